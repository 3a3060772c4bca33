/**
 * Findings in columns, to move them between threads cheaply. Posting 200,000 finding objects costs the
 * receiving thread about as much as parsing the report did (structured clone rebuilds every property);
 * columns cost it a fraction: repeated strings (tool, rule, file…) travel once in a table, numbers in
 * typed arrays (transferred, not copied), and free text (messages, fingerprints) as one string sliced apart.
 */
import { newFinding, type Category, type RawFinding, type Severity } from '../../model.ts';

/**
 * A finding with the fingerprint it would have as the first of its kind (see fingerprint.ts). Its tool's own
 * fingerprint went into that one and does not travel.
 */
export type FingerprintedFinding = Omit<RawFinding, 'toolFingerprint'> & { fingerprint: string };

export interface FindingColumns {
  count: number;
  /** Distinct short strings; the index columns point into it (-1: absent). */
  strings: string[];
  /** Per finding: tool, category, severity, rule, file, helpUri. */
  indexes: Int32Array;
  /** Per finding: line, column (NaN: absent). */
  numbers: Float64Array;
  /** Per finding: message and fingerprint, one after the other. */
  text: string;
  /** Per finding: the length of each of the two in `text`. */
  lengths: Int32Array;
}

const INDEX_FIELDS = 6;
const TEXT_FIELDS = 2;

export function encodeFindings(findings: readonly FingerprintedFinding[]): FindingColumns {
  const table = new Map<string, number>();
  const strings: string[] = [];
  // Findings come in runs of one tool: the last string of each column is checked before the table.
  const lastValues: (string | undefined)[] = [];
  const lastIndexes: number[] = [];
  const indexOf = (column: number, value: string | undefined): number => {
    if (value === undefined) return -1;
    if (value === lastValues[column]) return lastIndexes[column]!;
    let index = table.get(value);
    if (index === undefined) {
      index = strings.length;
      strings.push(value);
      table.set(value, index);
    }
    lastValues[column] = value;
    lastIndexes[column] = index;
    return index;
  };
  const count = findings.length;
  const indexes = new Int32Array(count * INDEX_FIELDS);
  const numbers = new Float64Array(count * 2);
  const lengths = new Int32Array(count * TEXT_FIELDS);
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    const finding = findings[i]!;
    const at = i * INDEX_FIELDS;
    indexes[at] = indexOf(0, finding.tool);
    indexes[at + 1] = indexOf(1, finding.category);
    indexes[at + 2] = indexOf(2, finding.severity);
    indexes[at + 3] = indexOf(3, finding.rule);
    indexes[at + 4] = indexOf(4, finding.file);
    indexes[at + 5] = indexOf(5, finding.helpUri);
    numbers[i * 2] = finding.line ?? Number.NaN;
    numbers[i * 2 + 1] = finding.column ?? Number.NaN;
    const textAt = i * TEXT_FIELDS;
    texts.push(finding.message, finding.fingerprint);
    lengths[textAt] = finding.message.length;
    lengths[textAt + 1] = finding.fingerprint.length;
  }
  return { count, strings, indexes, numbers, text: texts.join(''), lengths };
}

/** The findings back, each made by `newFinding` (one shape for all). */
export function decodeFindings(columns: FindingColumns): FingerprintedFinding[] {
  const { count, strings, indexes, numbers, text, lengths } = columns;
  const findings = new Array<FingerprintedFinding>(count);
  let offset = 0;
  const nextText = (length: number): string => {
    const value = text.slice(offset, offset + length);
    offset += length;
    return value;
  };
  for (let i = 0; i < count; i++) {
    const at = i * INDEX_FIELDS;
    const textAt = i * TEXT_FIELDS;
    const message = nextText(lengths[textAt]!);
    const fingerprint = nextText(lengths[textAt + 1]!);
    const finding = newFinding(
      strings[indexes[at]!]!,
      strings[indexes[at + 1]!] as Category,
      strings[indexes[at + 2]!] as Severity,
      strings[indexes[at + 3]!]!,
      message,
    ) as FingerprintedFinding;
    finding.fingerprint = fingerprint;
    const file = indexes[at + 4]!;
    if (file >= 0) finding.file = strings[file]!;
    const line = numbers[i * 2]!;
    if (!Number.isNaN(line)) finding.line = line;
    const column = numbers[i * 2 + 1]!;
    if (!Number.isNaN(column)) finding.column = column;
    const helpUri = indexes[at + 5]!;
    if (helpUri >= 0) finding.helpUri = strings[helpUri]!;
    findings[i] = finding;
  }
  return findings;
}

/** The buffers `postMessage` can transfer instead of copying. */
export const transferablesOf = (columns: FindingColumns): ArrayBuffer[] => [
  columns.indexes.buffer as ArrayBuffer,
  columns.numbers.buffer as ArrayBuffer,
  columns.lengths.buffer as ArrayBuffer,
];
