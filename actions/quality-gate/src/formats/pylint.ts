/** Pylint's JSON (`pylint --output-format=json`): [{ type, symbol, message, message-id, path, line, column }]. */
import type { RawFinding } from '../model.ts';
import { toRepoPath } from '../paths.ts';
import { severityFrom, type ReportFormat, type SeverityTable } from './format.ts';
import { asArray, asObject, asPositiveLine, asString } from './json-util.ts';

/** info -> info. */
const SEVERITY: SeverityTable = {
  fatal: 'high',
  error: 'high',
  warning: 'medium',
  refactor: 'low',
  convention: 'low',
};

export const pylint: ReportFormat = {
  id: 'pylint-json',
  label: 'pylint JSON',
  syntax: 'json',
  detect: ({ document }) => looksLikePylint(document),
  read: ({ document, workspace }) => ({ findings: pylintFindings(document, workspace) }),
};

function looksLikePylint(value: unknown): boolean {
  const first = asObject(asArray(value)[0]);
  return Array.isArray(value) && first !== undefined && 'message-id' in first && 'symbol' in first;
}

function pylintFindings(value: unknown, workspace: string): RawFinding[] {
  return asArray(value).flatMap((entry): RawFinding[] => {
    const item = asObject(entry);
    if (item === undefined) return [];
    const finding: RawFinding = {
      tool: 'pylint',
      category: 'lint',
      severity: severityFrom(SEVERITY, asString(item.type)),
      rule: asString(item.symbol) ?? asString(item['message-id']) ?? 'unknown',
      message: asString(item.message) ?? '',
    };
    const file = asString(item.path);
    if (file !== undefined) finding.file = toRepoPath(file, workspace);
    const line = asPositiveLine(item.line);
    if (line !== undefined) finding.line = line;
    const column = asPositiveLine(Number(item.column) + 1);
    if (column !== undefined) finding.column = column;
    return [finding];
  });
}
