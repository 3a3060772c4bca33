/**
 * Threshold expressions shared by every gate, in k6's grammar:
 *
 *   threshold   := aggregation operator number [unit]
 *                | operator number [unit]            (shorthand: aggregation `value`)
 *   aggregation := count | rate | value | avg | min | max | med | p(N)
 *   operator    := > | >= | < | <= | == | === | !=
 *   unit        := ms | s | m | h | %
 *
 * Durations are normalized to milliseconds. A percentage is a fraction for
 * `rate` (k6's rates are 0..1, so `rate<1%` means `rate<0.01`) and a number of
 * percent for every other aggregation (`>=85%` means `value >= 85`).
 */

import { UserError } from '../action/errors.ts';

export type Aggregation = 'count' | 'rate' | 'value' | 'avg' | 'min' | 'max' | 'med' | 'p';
export type Operator = '>' | '>=' | '<' | '<=' | '==' | '===' | '!=';
export type Unit = 'ms' | 's' | 'm' | 'h' | '%';

export interface Threshold {
  /** The text as written, for reports. */
  source: string;
  aggregation: Aggregation;
  /** For `p(N)`: N, e.g. 95 or 99.9. */
  percentile?: number;
  operator: Operator;
  /** Normalized: milliseconds for durations; fraction for `rate` with '%'; percent otherwise. */
  value: number;
  unit?: Unit;
}

/** The values a metric can take, for the range check of parseThreshold. */
export interface ThresholdDomain {
  min: number;
  max: number;
  /** What the metric is, for the message: "a rate is between 0 and 1". */
  describe: string;
}

const RATE_DOMAIN: ThresholdDomain = { min: 0, max: 1, describe: 'a rate is between 0 and 1 (0% to 100%)' };
const PERCENT_DOMAIN: ThresholdDomain = { min: 0, max: 100, describe: 'a percentage is between 0% and 100%' };
const COUNT_DOMAIN: ThresholdDomain = { min: 0, max: Infinity, describe: 'a count is never negative' };
const DURATION_DOMAIN: ThresholdDomain = { min: 0, max: Infinity, describe: 'a duration is never negative' };

/** The domain a threshold's own form implies: rates 0..1, percentages 0..100, counts and durations >= 0. */
function impliedDomain(aggregation: Aggregation, unit: Unit | undefined): ThresholdDomain | undefined {
  if (aggregation === 'rate') return RATE_DOMAIN;
  if (unit === '%') return PERCENT_DOMAIN;
  if (aggregation === 'count') return COUNT_DOMAIN;
  if (unit !== undefined) return DURATION_DOMAIN;
  return undefined;
}

/** Why `value` with `operator` is impossible in `domain` (outside it, or never met within it); undefined if fine. */
function rangeProblem(operator: Operator, value: number, domain: ThresholdDomain): string | undefined {
  if (value < domain.min || value > domain.max) return domain.describe;
  const never =
    (operator === '<' && value <= domain.min) ||
    (operator === '>' && value >= domain.max) ||
    ((operator === '<=' || operator === '<') && value < domain.min) ||
    ((operator === '>=' || operator === '>') && value > domain.max);
  return never ? `no value can ever meet it (${domain.describe})` : undefined;
}

const AGGREGATIONS = ['count', 'rate', 'value', 'avg', 'min', 'max', 'med'] as const;
const OPERATORS: readonly Operator[] = ['===', '==', '!=', '>=', '<=', '>', '<'];
const UNIT_FACTORS: Record<Exclude<Unit, '%'>, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/**
 * Parses one threshold expression; throws a UserError whose place is the column. A number outside what the
 * metric can be (`rate<-5`, `>=101%`, `count>-1`) or a threshold nothing can meet (`rate<0`) is "impossible":
 * `domain` gives the range when the caller knows it (a pass rate, an availability), otherwise the threshold's own
 * form implies it (rates, percentages, counts, durations). `whole` is the threshold `source` ends (the text after
 * `availability`): an impossible value names it, and its column.
 */
export function parseThreshold(source: string, domain?: ThresholdDomain, whole?: string): Threshold {
  let position = 0;
  const skipSpaces = () => {
    while (source[position] === ' ' || source[position] === '\t') position++;
  };
  const fail = (expected: string): never => {
    const column = position + 1;
    throw new UserError(`threshold '${source}' does not parse at column ${column}: expected ${expected}`, { column });
  };

  skipSpaces();
  let aggregation: Aggregation = 'value';
  let percentile: number | undefined;
  const word = /^[a-z]+/i.exec(source.slice(position))?.[0];
  if (word) {
    const lower = word.toLowerCase();
    if (lower === 'p' && source[position + 1] === '(') {
      position += 2;
      skipSpaces();
      const number = /^\d+(\.\d+)?/.exec(source.slice(position))?.[0];
      if (!number) fail('a percentile between 0 and 100, as in p(95)');
      percentile = Number(number);
      if (percentile! > 100) fail('a percentile between 0 and 100, as in p(95)');
      position += number!.length;
      skipSpaces();
      if (source[position] !== ')') fail("')' after the percentile");
      position++;
      aggregation = 'p';
    } else if ((AGGREGATIONS as readonly string[]).includes(lower)) {
      aggregation = lower as Aggregation;
      position += word.length;
    } else {
      fail(`an aggregation (${AGGREGATIONS.join(', ')}, p(N)) or an operator, not '${word}'`);
    }
  }
  skipSpaces();
  const operator = OPERATORS.find((op) => source.startsWith(op, position));
  if (!operator) fail('an operator: > >= < <= == === !=');
  position += operator!.length;
  skipSpaces();
  const number = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?/.exec(source.slice(position))?.[0];
  if (!number) fail('a number');
  const numberColumn = position + 1;
  position += number!.length;
  skipSpaces();
  let unit: Unit | undefined;
  const unitText = /^(ms|s|m|h|%)/.exec(source.slice(position))?.[0] as Unit | undefined;
  if (unitText) {
    unit = unitText;
    position += unitText.length;
  }
  skipSpaces();
  if (position < source.length)
    fail(unit ? 'the end of the threshold' : 'a unit (ms, s, m, h, %) or the end of the threshold');

  let value = Number(number);
  if (unit === '%') value = aggregation === 'rate' ? value / 100 : value;
  else if (unit) value *= UNIT_FACTORS[unit];
  const range = aggregation === 'rate' ? RATE_DOMAIN : (domain ?? impliedDomain(aggregation, unit));
  const problem = range === undefined ? undefined : rangeProblem(operator!, value, range);
  if (problem !== undefined) {
    const named = whole ?? source.trim();
    const column = numberColumn + (whole === undefined ? 0 : whole.length - source.length);
    throw new UserError(`threshold '${named}' is impossible: ${problem}`, { column });
  }
  return { source: source.trim(), aggregation, percentile, operator: operator!, value, unit };
}

/** The aggregated values a threshold can be checked against. Missing ones fail the check. */
export interface MetricValues {
  count?: number;
  rate?: number;
  value?: number;
  avg?: number;
  min?: number;
  max?: number;
  med?: number;
  /** Returns the N-th percentile. */
  percentile?: (n: number) => number;
}

export interface ThresholdResult {
  passed: boolean;
  /** The value compared, or undefined when the metric had no such aggregation. */
  actual: number | undefined;
}

export function compare(actual: number, operator: Operator, expected: number): boolean {
  switch (operator) {
    case '>':
      return actual > expected;
    case '>=':
      return actual >= expected;
    case '<':
      return actual < expected;
    case '<=':
      return actual <= expected;
    case '==':
    case '===':
      return actual === expected;
    case '!=':
      return actual !== expected;
  }
}

/** The value of `threshold`'s aggregation in `metrics`. */
export function aggregate(threshold: Threshold, metrics: MetricValues): number | undefined {
  if (threshold.aggregation === 'p') return metrics.percentile?.(threshold.percentile ?? 0);
  return metrics[threshold.aggregation];
}

/** Checks a threshold; a metric without the needed aggregation fails (never a silent pass). */
export function evaluateThreshold(threshold: Threshold, metrics: MetricValues): ThresholdResult {
  const actual = aggregate(threshold, metrics);
  if (actual === undefined || Number.isNaN(actual)) return { passed: false, actual: undefined };
  return { passed: compare(actual, threshold.operator, threshold.value), actual };
}

/** Nearest-rank percentile of sorted ascending values (k6 and most load tools interpolate; we interpolate too). */
export function percentileOfSorted(sorted: readonly number[], n: number): number {
  if (sorted.length === 0) return NaN;
  if (sorted.length === 1) return sorted[0]!;
  const rank = (n / 100) * (sorted.length - 1);
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (rank - lower);
}

/** 'p(95) < 1000' -> 'p(95)' etc., for tables. */
export function describeAggregation(threshold: Threshold): string {
  return threshold.aggregation === 'p' ? `p(${threshold.percentile})` : threshold.aggregation;
}
