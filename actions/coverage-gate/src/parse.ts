/** One report file to the model: its format (forced, or detected from its first KB), then that format's reader. */
import { describeStart, fileError, sniffFile } from '@pipeline-actions/shared';
import { FORMATS } from './formats/index.ts';
import type { CoverageFormat } from './formats/format.ts';
import type { ParsedReport } from './model.ts';

/** The names the `format` input accepts besides `auto`. */
export const FORMAT_IDS: readonly string[] = FORMATS.map((format) => format.id);

export const EXPECTED_REPORT = `a coverage report (${FORMATS.map((format) => format.label).join(', ')})`;

export function formatById(id: string): CoverageFormat | undefined {
  return FORMATS.find((format) => format.id === id);
}

/** Recognizes a format from the first KB of a report (the first listed format that does); undefined when none does. */
export function detectFormat(head: string): CoverageFormat | undefined {
  const text = head.trimStart();
  return FORMATS.find((format) => format.detect(text));
}

/**
 * Parses one report. The format is `format` when given, otherwise detected from the content;
 * empty, binary and unrecognized files are UserErrors naming the file.
 */
export async function parseReport(path: string, format?: CoverageFormat): Promise<ParsedReport> {
  const head = await sniffFile(path, EXPECTED_REPORT);
  const detected = format ?? detectFormat(head.text);
  if (!detected) {
    // Described, not quoted: a file that is no report may hold anything.
    throw fileError(
      path,
      `is not ${EXPECTED_REPORT}: ${describeStart(head.text)}. Set 'format' if detection is wrong.`,
    );
  }
  const builder = await detected.read(path);
  return { format: detected.id, file: path, files: builder.files, sourceRoots: builder.sourceRoots };
}
