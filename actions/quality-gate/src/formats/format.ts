/**
 * What every report format is: one object per file in this folder, listed in index.ts. Detection runs over the
 * formats of the file's syntax in two passes: first on the file's first bytes alone (XML roots, SARIF's
 * `$schema`, JSON lines), then, for a JSON file no format claimed, once more with the document decoded whole.
 * A format answers in the pass it can: one `detect` covers both, so the list needs no per-entry adapters.
 */
import type { PerformanceMetric, RawFinding, Severity, TestTotals } from '../model.ts';

/** What detection sees of a file. */
export interface FormatSample {
  /** The file's first bytes, decoded (may end mid-line). */
  head: string;
  /** The decoded JSON document: set in the second pass only, and only for a file that is one JSON value. */
  document?: unknown;
}

/** What a reader is given. */
export interface ReportSource {
  /** Absolute path of the report. */
  file: string;
  /** The repository root report paths are made relative to. */
  workspace: string;
  /** The decoded document when detection needed it (the second pass); otherwise the reader reads `file`. */
  document?: unknown;
}

/** What one report yields. */
export interface ReportContent {
  findings: RawFinding[];
  tests?: TestTotals[];
  metrics?: PerformanceMetric[];
}

export interface ReportFormat {
  /** The report's `format` in outputs and the summary ("eslint-json", "sarif"). */
  id: string;
  /** How messages and the README name it ("ESLint JSON"). */
  label: string;
  /** What the file starts with: `<` (xml) or `{`/`[` (json, which includes JSON lines). */
  syntax: 'xml' | 'json';
  /** Whether the file is this format; `sample.document` is undefined in the first pass. */
  detect(sample: FormatSample): boolean;
  read(source: ReportSource): ReportContent | Promise<ReportContent>;
}

/** A tool's severity words and the severity each means; a word not in the table means `info`. */
export type SeverityTable = Readonly<Record<string, Severity>>;

/** The severity `word` stands for in `table` (looked up as written, then upper- and lower-cased). */
export function severityFrom(table: SeverityTable, word: string | undefined, fallback: Severity = 'info'): Severity {
  if (word === undefined) return fallback;
  return table[word] ?? table[word.toUpperCase()] ?? table[word.toLowerCase()] ?? fallback;
}
