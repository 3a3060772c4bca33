/**
 * Thresholds over a watch window, in the k6 grammar of policy/threshold.ts:
 *   p(95)<1000   avg<300   max<2s   med<200   rate<0.01 (error rate)   count>=100   availability>99.9%
 * `availability` is this module's one addition: the share of successful requests in percent.
 *
 * canStillPass() answers "can this threshold still be met?" by completing the window with the best
 * possible remaining requests (instant successes, or infinitely slow ones for `>` thresholds). When even
 * that fails, no future request can save it and abort-on-fail may stop the window.
 */
import {
  evaluateThreshold,
  parseThreshold,
  percentileOfSorted,
  type MetricValues,
  type Threshold,
} from '../policy/threshold.ts';
import { UserError } from '../action/errors.ts';
import type { LatencyStats } from './stats.ts';

export interface WatchThreshold {
  source: string;
  /** `availability` thresholds are evaluated as `value` against the availability in percent. */
  metric: 'latency' | 'availability';
  threshold: Threshold;
}

/** Parses one threshold; throws a UserError whose place is the column in the threshold. */
export function parseWatchThreshold(text: string): WatchThreshold {
  const source = text.trim();
  const availability = /^availability\b/i.exec(source);
  if (availability) {
    const rest = source.slice(availability[0].length);
    const threshold = parseAvailability(source, rest);
    if (threshold.aggregation !== 'value') {
      throw new UserError(`'${source}': expected an operator after 'availability', as in availability>99.9%`, {
        column: 13,
      });
    }
    return { source, metric: 'availability', threshold: { ...threshold, source } };
  }
  // Latencies, counts and rates are never negative.
  const threshold = parseThreshold(source, { min: 0, max: Infinity, describe: 'a latency is never negative' });
  if (threshold.aggregation === 'value') {
    throw new UserError(
      `'${source}': name what to compare: p(95)<500ms, avg<300, max<2s, rate<0.01 (error rate), count>100 or availability>99.9%`,
      { column: 1 },
    );
  }
  return { source, metric: 'latency', threshold };
}

/** The part after `availability`, in percent (0 to 100); errors name the whole threshold. */
function parseAvailability(source: string, rest: string): Threshold {
  return parseThreshold(rest, { min: 0, max: 100, describe: 'availability is between 0% and 100%' }, source);
}

export interface ThresholdOutcome {
  source: string;
  /** The check it applies to, or undefined for the whole window. */
  check: string | undefined;
  passed: boolean;
  actual: number | undefined;
}

export function evaluateWatchThreshold(
  threshold: WatchThreshold,
  stats: LatencyStats,
): { passed: boolean; actual: number | undefined } {
  if (stats.count === 0) return { passed: false, actual: undefined };
  return evaluateThreshold(threshold.threshold, metricValues(threshold, stats.metrics()));
}

function metricValues(threshold: WatchThreshold, metrics: MetricValues & { availability: number }): MetricValues {
  return threshold.metric === 'availability' ? { value: metrics.availability } : metrics;
}

/**
 * False when the threshold fails even if every one of the `remaining` requests still to come
 * turns out as good as possible for it.
 */
export function canStillPass(threshold: WatchThreshold, stats: LatencyStats, remaining: number): boolean {
  const { operator } = threshold.threshold;
  if (stats.count === 0 || operator === '==' || operator === '===' || operator === '!=') return true;
  const wantsLow = operator === '<' || operator === '<=';
  const count = stats.count;
  const total = count + Math.max(0, remaining);
  const extra = total - count;
  const failed = stats.failed;
  const succeeded = count - failed;
  if (threshold.metric === 'availability') {
    // wantsLow: the remaining requests all fail; else they all succeed.
    const value = ((wantsLow ? succeeded : succeeded + extra) / total) * 100;
    return evaluateThreshold(threshold.threshold, { value }).passed;
  }
  const metrics = stats.metrics();
  const sorted = stats.sorted();
  const padded = (n: number): number => percentileWithPadding(sorted, extra, wantsLow ? 0 : Infinity, n);
  const best: MetricValues = {
    count: wantsLow ? count : total,
    rate: (wantsLow ? failed : failed + extra) / total,
    avg: wantsLow ? stats.sum / total : extra > 0 ? Infinity : metrics.avg,
    // min only falls and max only rises as requests come in.
    min: wantsLow ? (extra > 0 ? 0 : metrics.min) : metrics.min,
    max: wantsLow ? metrics.max : extra > 0 ? Infinity : metrics.max,
    med: padded(50),
    percentile: padded,
  };
  return evaluateThreshold(threshold.threshold, best).passed;
}

/** Percentile of `sorted` with `padding` extra samples of `value` (0 goes first, Infinity last). */
function percentileWithPadding(sorted: Float64Array, padding: number, value: number, n: number): number {
  if (padding === 0) return percentileOfSorted(sorted as unknown as number[], n);
  const length = sorted.length + padding;
  const at = (index: number): number =>
    value === 0 ? (index < padding ? 0 : sorted[index - padding]!) : index < sorted.length ? sorted[index]! : Infinity;
  const rank = (n / 100) * (length - 1);
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  const low = at(lower);
  const high = at(upper);
  if (low === high) return low;
  return low + (high - low) * (rank - lower);
}
