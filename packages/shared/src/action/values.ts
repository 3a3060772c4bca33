/**
 * Pure parsers for the value forms every action accepts. Each throws a plain
 * `Error` whose message says what was expected; callers add the input or file name.
 */

const DURATION_UNITS_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const DURATION_PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/y;
const DURATION_FORM = "a duration such as '250ms', '30s', '5m', '1h' or '1m30s'";

/** '250ms', '30s', '5m', '1h', '1m30s' -> milliseconds. */
export function parseDuration(text: string): number {
  const trimmed = text.trim();
  if (trimmed === '') throw new Error(`expected ${DURATION_FORM}, got an empty value`);
  let total = 0;
  DURATION_PART.lastIndex = 0;
  while (DURATION_PART.lastIndex < trimmed.length) {
    const start = DURATION_PART.lastIndex;
    const match = DURATION_PART.exec(trimmed);
    if (!match) {
      const hint = /^\d+(\.\d+)?$/.test(trimmed) ? ` (add a unit: '${trimmed}s' or '${trimmed}ms')` : '';
      throw new Error(
        `expected ${DURATION_FORM}, got '${text}'${hint}`.concat(start > 0 ? ` at '${trimmed.slice(start)}'` : ''),
      );
    }
    total += Number(match[1]) * DURATION_UNITS_MS[match[2]!]!;
  }
  return total;
}

/** Milliseconds -> the shortest readable form: 1500 -> '1.5s', 90000 -> '1m30s'. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms * 100) / 100}ms`;
  if (ms < 60_000) return `${Math.round(ms / 10) / 100}s`;
  const hours = Math.floor(ms / 3_600_000);
  const minutes = Math.floor((ms % 3_600_000) / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
  return `${hours ? `${hours}h` : ''}${minutes ? `${minutes}m` : ''}${seconds ? `${seconds}s` : ''}` || '0s';
}

/** '85', '85%', '99.9 %' -> 85, 85, 99.9 (a number between 0 and 100). */
export function parsePercent(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(text);
  const value = match ? Number(match[1]) : NaN;
  if (!match || value > 100) {
    throw new Error(`expected a percentage between 0 and 100 such as '85' or '85%', got '${text}'`);
  }
  return value;
}

/** Newline- or comma-separated values; blank entries and surrounding spaces dropped. */
export function parseList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** 'true' / 'false' only (any case), as the YAML 1.2 core schema and the runner do. */
export function parseBoolean(text: string): boolean {
  const lower = text.trim().toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  throw new Error(`expected 'true' or 'false', got '${text}'`);
}

export interface NumberRange {
  /** Smallest accepted value (inclusive). */
  min?: number;
  /** Largest accepted value (inclusive). */
  max?: number;
  /** Whole numbers only. */
  integer?: boolean;
}

/** A decimal number, optionally within a range. */
export function parseNumber(text: string, range: NumberRange = {}): number {
  const trimmed = text.trim();
  const value = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(trimmed) ? Number(trimmed) : NaN;
  const kind = range.integer ? 'a whole number' : 'a number';
  const bounds =
    range.min !== undefined && range.max !== undefined
      ? ` between ${range.min} and ${range.max}`
      : range.min !== undefined
        ? ` of at least ${range.min}`
        : range.max !== undefined
          ? ` of at most ${range.max}`
          : '';
  if (
    Number.isNaN(value) ||
    (range.integer && !Number.isInteger(value)) ||
    (range.min !== undefined && value < range.min) ||
    (range.max !== undefined && value > range.max)
  ) {
    throw new Error(`expected ${kind}${bounds}, got '${text}'`);
  }
  return value;
}
