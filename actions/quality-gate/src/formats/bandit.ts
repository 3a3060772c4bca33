/** Bandit's JSON (`bandit -f json`): { results: [{ test_id, test_name, issue_severity, issue_confidence, issue_text, filename, line_number }] }. */
import type { RawFinding } from '../model.ts';
import { toRepoPath } from '../paths.ts';
import { severityFrom, type ReportFormat, type SeverityTable } from './format.ts';
import { asArray, asObject, asPositiveLine, asString } from './json-util.ts';

/** UNDEFINED -> info. Confidence is reported in the message only. */
const SEVERITY: SeverityTable = { HIGH: 'high', MEDIUM: 'medium', LOW: 'low' };

export const bandit: ReportFormat = {
  id: 'bandit-json',
  label: 'Bandit JSON',
  syntax: 'json',
  detect: ({ document }) => looksLikeBandit(document),
  read: ({ document, workspace }) => ({ findings: banditFindings(document, workspace) }),
};

function looksLikeBandit(value: unknown): boolean {
  const object = asObject(value);
  return (
    object !== undefined &&
    Array.isArray(object.results) &&
    asObject(object.metrics) !== undefined &&
    'generated_at' in object
  );
}

function banditFindings(value: unknown, workspace: string): RawFinding[] {
  return asArray(asObject(value)?.results).flatMap((entry): RawFinding[] => {
    const result = asObject(entry);
    if (result === undefined) return [];
    const confidence = asString(result.issue_confidence);
    const finding: RawFinding = {
      tool: 'bandit',
      category: 'sast',
      severity: severityFrom(SEVERITY, asString(result.issue_severity)),
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
