/** Bandit's JSON (`bandit -f json`): { results: [{ test_id, test_name, issue_severity, issue_confidence, issue_text, filename, line_number }] }. */
import type { RawFinding, Severity } from '../model.ts';
import { toRepoPath } from '../paths.ts';
import { asArray, asObject, asPositiveLine, asString } from './json-util.ts';

/** HIGH/MEDIUM/LOW -> high/medium/low; UNDEFINED -> info. Confidence is reported in the message only. */
export function banditSeverity(value: string | undefined): Severity {
  switch (value?.toUpperCase()) {
    case 'HIGH':
      return 'high';
    case 'MEDIUM':
      return 'medium';
    case 'LOW':
      return 'low';
    default:
      return 'info';
  }
}

export function looksLikeBandit(value: unknown): boolean {
  const object = asObject(value);
  return (
    object !== undefined &&
    Array.isArray(object.results) &&
    asObject(object.metrics) !== undefined &&
    'generated_at' in object
  );
}

export function banditFindings(value: unknown, workspace: string): RawFinding[] {
  return asArray(asObject(value)?.results).flatMap((entry): RawFinding[] => {
    const result = asObject(entry);
    if (result === undefined) return [];
    const confidence = asString(result.issue_confidence);
    const finding: RawFinding = {
      tool: 'bandit',
      category: 'sast',
      severity: banditSeverity(asString(result.issue_severity)),
      rule: asString(result.test_id) ?? 'unknown',
      message: `${asString(result.issue_text) ?? ''}${confidence ? ` (confidence: ${confidence.toLowerCase()})` : ''}`,
    };
    const file = asString(result.filename);
    if (file !== undefined) finding.file = toRepoPath(file, workspace);
    const line = asPositiveLine(result.line_number);
    if (line !== undefined) finding.line = line;
    const helpUri = asString(result.more_info);
    if (helpUri !== undefined) finding.helpUri = helpUri;
    return [finding];
  });
}
