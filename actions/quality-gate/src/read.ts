/** Reads one report file of any supported format into the normalized model. */
import { fileError, sniffFile, streamJson, streamXml, UserError } from '@pipeline-actions/shared';
import { FORMAT_NAMES, JSON_FORMATS, XML_FORMATS } from './formats/index.ts';
import { looksLikeSarif } from './formats/sarif.ts';
import { readSarifFindings } from './formats/sarif-stream.ts';
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
      const { line, column } = error.place;
      throw fileError(displayName, withoutQuotedSource(error.reason), line, column);
    }
    throw error;
  }
}

/** A SARIF log whose first bytes do not say so (gosec writes `runs` first and `$schema` last). */
function isSarifDocument(value: unknown): boolean {
  const object =
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  return (
    object !== undefined &&
    Array.isArray(object.runs) &&
    (object.version === '2.1.0' || /sarif/i.test(String(object.$schema ?? '')))
  );
}

async function readAnyReport(file: string, workspace: string): Promise<ParsedReport> {
  const head = await sniffFile(file, `a quality report (${FORMAT_NAMES})`);
  const text = head.text.trimStart();
  if (text.startsWith('<')) {
    const format = XML_FORMATS.find((candidate) => candidate.detect(head.text));
    if (format === undefined) {
      throw fileError(file, 'is XML but neither JUnit (<testsuites>/<testsuite>) nor checkstyle (<checkstyle>)');
    }
    const report = emptyReport(file, format.id);
    await streamXml(file, format.handlers(workspace, report.findings, report.tests, file));
    return report;
  }
  if (!text.startsWith('{') && !text.startsWith('[')) {
    throw fileError(file, `is not a supported report: expected ${FORMAT_NAMES}`);
  }
  if (looksLikeSarif(head.text)) {
    const report = emptyReport(file, 'sarif');
    report.findings = await readSarifFindings(file, workspace);
    return report;
  }
  let document: unknown;
  await streamJson(file, {
    select: (path) => path.length === 0,
    onValue: (value) => {
      document = value;
    },
  });
  if (isSarifDocument(document)) {
    document = undefined;
    const report = emptyReport(file, 'sarif');
    report.findings = await readSarifFindings(file, workspace);
    return report;
  }
  const format = JSON_FORMATS.find((candidate) => candidate.detect(document));
  if (format === undefined) {
    // An empty list is what ESLint, pylint and gitleaks all write when there is nothing to report.
    if (Array.isArray(document) && document.length === 0) return emptyReport(file, 'empty-list');
    throw fileError(file, `is JSON but not a supported report: expected ${FORMAT_NAMES}`);
  }
  const parsed = format.parse(document, workspace, file);
  const report = emptyReport(file, format.id);
  report.findings = parsed.findings;
  report.metrics = parsed.metrics ?? [];
  return report;
}
