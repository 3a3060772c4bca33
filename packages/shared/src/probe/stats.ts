/**
 * Aggregates of probe results: latency percentiles (linear interpolation between ranks, as k6 does),
 * error rate, availability and errors by kind. Samples are kept in a growing Float64Array so a long
 * watch window costs 8 bytes per request.
 */
import { percentileOfSorted, type MetricValues } from '../policy/threshold.ts';
import type { ErrorKind, ProbeResult } from './types.ts';

export interface StatsSummary {
  count: number;
  failed: number;
  /** Failed / count, 0..1 (k6's `rate`). */
  errorRate: number;
  /** Succeeded / count in percent, 0..100. */
  availability: number;
  minMs: number;
  maxMs: number;
  avgMs: number;
  p50Ms: number;
  p90Ms: number;
  p95Ms: number;
  p99Ms: number;
  errorsByKind: Partial<Record<ErrorKind, number>>;
}

export class LatencyStats {
  #samples = new Float64Array(1024);
  #count = 0;
  #failed = 0;
  #sum = 0;
  #min = Infinity;
  #max = -Infinity;
  #sorted: Float64Array | undefined;
  readonly errorsByKind: Partial<Record<ErrorKind, number>> = {};

  add(result: Pick<ProbeResult, 'ok' | 'durationMs' | 'errorKind'>): void {
    if (this.#count === this.#samples.length) {
      const grown = new Float64Array(this.#samples.length * 2);
      grown.set(this.#samples);
      this.#samples = grown;
    }
    this.#samples[this.#count++] = result.durationMs;
    this.#sum += result.durationMs;
    this.#min = Math.min(this.#min, result.durationMs);
    this.#max = Math.max(this.#max, result.durationMs);
    if (!result.ok) {
      this.#failed++;
      const kind = result.errorKind ?? 'other';
      this.errorsByKind[kind] = (this.errorsByKind[kind] ?? 0) + 1;
    }
    this.#sorted = undefined;
  }

  get count(): number {
    return this.#count;
  }
  get failed(): number {
    return this.#failed;
  }
  get sum(): number {
    return this.#sum;
  }

  /** Sorted durations (cached until the next add). */
  sorted(): Float64Array {
    this.#sorted ??= this.#samples.slice(0, this.#count).sort();
    return this.#sorted;
  }

  percentile(n: number): number {
    return percentileOfSorted(this.sorted() as unknown as number[], n);
  }

  /** The values thresholds are evaluated on: duration trend (ms), `rate` = error rate, `count`, availability. */
  metrics(): MetricValues & { availability: number } {
    const count = this.#count;
    return {
      count,
      rate: count === 0 ? NaN : this.#failed / count,
      avg: count === 0 ? NaN : this.#sum / count,
      min: count === 0 ? NaN : this.#min,
      max: count === 0 ? NaN : this.#max,
      med: count === 0 ? NaN : this.percentile(50),
      percentile: (n) => this.percentile(n),
      availability: count === 0 ? NaN : ((count - this.#failed) / count) * 100,
    };
  }

  summary(): StatsSummary {
    const count = this.#count;
    const empty = count === 0;
    return {
      count,
      failed: this.#failed,
      errorRate: empty ? 0 : this.#failed / count,
      availability: empty ? 0 : ((count - this.#failed) / count) * 100,
      minMs: empty ? 0 : this.#min,
      maxMs: empty ? 0 : this.#max,
      avgMs: empty ? 0 : this.#sum / count,
      p50Ms: empty ? 0 : this.percentile(50),
      p90Ms: empty ? 0 : this.percentile(90),
      p95Ms: empty ? 0 : this.percentile(95),
      p99Ms: empty ? 0 : this.percentile(99),
      errorsByKind: { ...this.errorsByKind },
    };
  }
}
