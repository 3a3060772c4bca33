/** Reads one report file of any supported format into the normalized model. */
import { fileError, sniffFile, streamJson, UserError } from '@pipeline-actions/shared';
import type { ReportFormat } from './formats/format.ts';
import { FORMATS } from './formats/index.ts';
import type { ParsedReport } from './model.ts';
import { emptyReport } from './model.ts';

/**
 * V8 quotes the text around a JSON syntax error (`Unexpected token 'e', ..."token":eyJhb"... is not valid JSON`).
 * Reports can hold secrets (k6 setup_data carries login tokens): the quote is cut, the line and column stay.
 */
export function withoutQuotedSource(message: string): string {
  return message.replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, '');
}

/**
 * Reads `file` (absolute); `displayName` is how messages name it (the path as the user gave it);
 * `workspace` is the repository root that report paths are made relative to.
 */
export async function readReport(file: string, workspace: string, displayName = file): Promise<ParsedReport> {
  try {
    return await readAnyReport(file, workspace);
  } catch (error) {
    if (error instanceof UserError && error.place.file === file) {
      const reason = withoutQuotedSource(error.reason);
      throw fileError(displayName, reason, error.place.line, error.place.column);
    }
    throw error;
  }
}

/** "A, B or C" (`or`), "neither A, B nor C" (`nor`). */
function labels(formats: readonly ReportFormat[], last: 'or' | 'nor'): string {
  const names = formats.map((format) => format.label);
  const list = names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${last} ${names.at(-1)}`;
  return last === 'nor' ? `neither ${list}` : list;
}

const EXPECTED = labels(FORMATS, 'or');

async function readAnyReport(file: string, workspace: string): Promise<ParsedReport> {
  const head = await sniffFile(file, `a quality report (${EXPECTED})`);
  const start = head.text.trimStart();
  const syntax = start.startsWith('<') ? 'xml' : start.startsWith('{') || start.startsWith('[') ? 'json' : undefined;
  if (syntax === undefined) throw fileError(file, `is not a supported report: expected ${EXPECTED}`);
  const candidates = FORMATS.filter((format) => format.syntax === syntax);
  let format = candidates.find((candidate) => candidate.detect({ head: head.text }));
  let document: unknown;
  if (format === undefined && syntax === 'xml') {
    throw fileError(file, `is XML but ${labels(candidates, 'nor')}`);
  }
  if (format === undefined) {
    await streamJson(file, {
      select: (path) => path.length === 0,
      onValue: (value) => {
        document = value;
      },
    });
    format = candidates.find((candidate) => candidate.detect({ head: head.text, document }));
  }
  if (format === undefined) {
    // An empty list is what ESLint, pylint and gitleaks all write when there is nothing to report.
    if (Array.isArray(document) && document.length === 0) return emptyReport(file, 'empty-list');
    throw fileError(file, `is JSON but not a supported report: expected ${EXPECTED}`);
  }
  const content = await format.read({ file, workspace, document });
  const report = emptyReport(file, format.id);
  report.findings = content.findings;
  report.tests = content.tests ?? [];
  report.metrics = content.metrics ?? [];
  return report;
}
