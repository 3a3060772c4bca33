/** Pylint's JSON (`pylint --output-format=json`): [{ type, symbol, message, message-id, path, line, column }]. */
import type { RawFinding, Severity } from '../model.ts';
import { toRepoPath } from '../paths.ts';
import { asArray, asObject, asPositiveLine, asString } from './json-util.ts';

/** fatal/error -> high, warning -> medium, refactor/convention -> low, info -> info. */
export function pylintSeverity(type: string | undefined): Severity {
  switch (type) {
    case 'fatal':
    case 'error':
      return 'high';
    case 'warning':
      return 'medium';
    case 'refactor':
    case 'convention':
      return 'low';
    default:
      return 'info';
  }
}

export function looksLikePylint(value: unknown): boolean {
  const first = asObject(asArray(value)[0]);
  return Array.isArray(value) && first !== undefined && 'message-id' in first && 'symbol' in first;
}

export function pylintFindings(value: unknown, workspace: string): RawFinding[] {
  return asArray(value).flatMap((entry): RawFinding[] => {
    const item = asObject(entry);
    if (item === undefined) return [];
    const finding: RawFinding = {
      tool: 'pylint',
      category: 'lint',
      severity: pylintSeverity(asString(item.type)),
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
