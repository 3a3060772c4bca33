/** ESLint's built-in JSON formatter (`eslint -f json`): [{ filePath, messages: [{ruleId, severity, message, line, column, fatal}] }]. */
import type { RawFinding, Severity } from '../model.ts';
import { toRepoPath } from '../paths.ts';
import type { ReportFormat, SeverityTable } from './format.ts';
import { asArray, asNumber, asObject, asPositiveLine, asString } from './json-util.ts';

/** ESLint severity 2 (error) and 1 (warning); a fatal parse error is high whatever its severity. */
const SEVERITY: SeverityTable = { 2: 'high', 1: 'medium' };

export const eslint: ReportFormat = {
  id: 'eslint-json',
  label: 'ESLint JSON',
  syntax: 'json',
  detect: ({ document }) => looksLikeEslint(document),
  read: ({ document, workspace }) => ({ findings: eslintFindings(document, workspace) }),
};

function eslintSeverity(severity: number | undefined, fatal: boolean): Severity {
  return fatal ? 'high' : (SEVERITY[String(severity)] ?? 'info');
}

function looksLikeEslint(value: unknown): boolean {
  const first = asObject(asArray(value)[0]);
  return Array.isArray(value) && first !== undefined && 'filePath' in first && 'messages' in first;
}

function eslintFindings(value: unknown, workspace: string): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const entry of asArray(value)) {
    const result = asObject(entry);
    if (result === undefined) continue;
    const file = asString(result.filePath);
    for (const item of asArray(result.messages)) {
      const message = asObject(item);
      if (message === undefined) continue;
      const fatal = message.fatal === true;
      const finding: RawFinding = {
        tool: 'eslint',
        category: 'lint',
        severity: eslintSeverity(asNumber(message.severity), fatal),
        rule: asString(message.ruleId) ?? (fatal ? 'parse-error' : 'unknown'),
        message: asString(message.message) ?? '',
      };
      if (file !== undefined) finding.file = toRepoPath(file, workspace);
      const line = asPositiveLine(message.line);
      if (line !== undefined) finding.line = line;
      const column = asPositiveLine(message.column);
      if (column !== undefined) finding.column = column;
      findings.push(finding);
    }
  }
  return findings;
}
