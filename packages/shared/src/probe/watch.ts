/**
 * The watch window: repeat the checks for a duration, either at a fixed rate (open loop: request i of
 * the window is due at start + i / rate, whatever the responses do) or as fast as `concurrency`
 * connections allow (closed loop, for capacity). In-flight requests never exceed `concurrency`; a
 * fixed-rate schedule that falls behind catches up when a slot frees, so the window's rate holds.
 */
import { LatencyStats } from './stats.ts';
import { canStillPass, evaluateWatchThreshold, type ThresholdOutcome, type WatchThreshold } from './thresholds.ts';
import type { Check, ProbeFunction, ProbeResult } from './types.ts';

export interface WatchOptions {
  durationMs: number;
  /** Requests per second for each check; undefined for as fast as possible. */
  ratePerCheck: number | undefined;
  /** Most requests in flight at once (all checks together). */
  concurrency: number;
  /** Thresholds on all requests of the window. */
  thresholds: WatchThreshold[];
  /** Thresholds per check name. */
  checkThresholds: ReadonlyMap<string, WatchThreshold[]>;
  /** Stop as soon as a threshold can no longer be met. */
  abortOnFail: boolean;
  onResult?: (result: ProbeResult) => void;
  /** Stops the window early; the result is then `interrupted` and does not pass. */
  signal?: AbortSignal;
}

export interface WatchResult {
  overall: LatencyStats;
  perCheck: Map<string, LatencyStats>;
  thresholds: ThresholdOutcome[];
  passed: boolean;
  /** Set when abort-on-fail stopped the window early. */
  aborted: { threshold: string; check: string | undefined; afterMs: number } | undefined;
  /** The signal stopped the window before its end: what was measured is incomplete. */
  interrupted: boolean;
  elapsedMs: number;
  /** Requests started per second over the window. */
  achievedRate: number;
  /** Requests the window planned (fixed rate), or undefined for as fast as possible. */
  planned: number | undefined;
}

/** How often abort-on-fail re-examines the thresholds. */
const ABORT_CHECK_INTERVAL_MS = 100;

export async function runWatch(
  checks: readonly Check[],
  probe: ProbeFunction,
  options: WatchOptions,
): Promise<WatchResult> {
  if (checks.length === 0) throw new Error('runWatch needs at least one check');
  const concurrency = Math.max(1, Math.floor(options.concurrency));
  const overall = new LatencyStats();
  const perCheck = new Map(checks.map((check) => [check.name, new LatencyStats()]));
  const totalRate = options.ratePerCheck ? options.ratePerCheck * checks.length : undefined;
  const planned = totalRate ? Math.max(1, Math.floor((options.durationMs / 1000) * totalRate)) : undefined;
  const started = performance.now();
  const deadline = started + options.durationMs;
  let stopped = false;
  let aborted: WatchResult['aborted'];
  let launched = 0;
  let inFlight = 0;
  let wake: (() => void) | undefined;
  const wakeUp = () => {
    const resolve = wake;
    wake = undefined;
    resolve?.();
  };
  const pending = new Set<Promise<void>>();

  const record = (result: ProbeResult) => {
    overall.add(result);
    perCheck.get(result.check)?.add(result);
    options.onResult?.(result);
  };
  let firstLaunchAt = 0;
  let lastLaunchAt = 0;
  const launch = (check: Check) => {
    lastLaunchAt = performance.now();
    if (launched === 0) firstLaunchAt = lastLaunchAt;
    launched++;
    inFlight++;
    const task = probe(check, 'load')
      .then(record)
      .finally(() => {
        inFlight--;
        pending.delete(task);
        wakeUp();
      });
    pending.add(task);
  };

  const abortTimer = options.abortOnFail
    ? setInterval(() => {
        const elapsed = performance.now() - started;
        const share = (stats: LatencyStats): number => {
          if (planned !== undefined)
            return Math.max(0, Math.round((planned * stats.count) / Math.max(1, overall.count)) - stats.count);
          // As fast as possible: extrapolate this check's pace to the end of the window.
          return elapsed <= 0 ? 0 : Math.max(0, Math.round((stats.count * options.durationMs) / elapsed) - stats.count);
        };
        const failing =
          findHopeless(options.thresholds, undefined, overall, share(overall)) ??
          [...perCheck]
            .map(([name, stats]) => findHopeless(options.checkThresholds.get(name) ?? [], name, stats, share(stats)))
            .find(Boolean);
        if (failing) {
          aborted = { ...failing, afterMs: elapsed };
          stopped = true;
          wakeUp();
        }
      }, ABORT_CHECK_INTERVAL_MS)
    : undefined;
  let interrupted = false;
  const interrupt = () => {
    interrupted = true;
    stopped = true;
    wakeUp();
  };
  if (options.signal?.aborted) interrupt();
  options.signal?.addEventListener('abort', interrupt, { once: true });
  const endTimer = setTimeout(() => {
    stopped = true;
    wakeUp();
  }, options.durationMs);

  try {
    if (totalRate === undefined) {
      // Closed loop: `concurrency` workers, each sends its next request when the previous one is done.
      let next = 0;
      const worker = async () => {
        while (!stopped && performance.now() < deadline) {
          const check = checks[next++ % checks.length]!;
          launched++;
          record(await probe(check, 'load'));
        }
      };
      await Promise.all(Array.from({ length: concurrency }, worker));
    } else {
      const intervalMs = 1000 / totalRate;
      while (!stopped && launched < planned!) {
        const now = performance.now();
        const due = started + launched * intervalMs;
        if (now >= due && inFlight < concurrency) {
          launch(checks[launched % checks.length]!);
          continue;
        }
        const wait = new Promise<void>((resolve) => (wake = resolve));
        const timer = inFlight < concurrency ? setTimeout(wakeUp, Math.max(0, due - now)) : undefined;
        await wait;
        if (timer) clearTimeout(timer);
      }
      await Promise.all(pending);
    }
  } finally {
    clearTimeout(endTimer);
    if (abortTimer) clearInterval(abortTimer);
    options.signal?.removeEventListener('abort', interrupt);
  }
  const elapsedMs = performance.now() - started;

  const outcomes: ThresholdOutcome[] = [];
  for (const threshold of options.thresholds) {
    outcomes.push({ source: threshold.source, check: undefined, ...evaluateWatchThreshold(threshold, overall) });
  }
  for (const [name, thresholds] of options.checkThresholds) {
    const stats = perCheck.get(name);
    for (const threshold of thresholds) {
      const result = stats ? evaluateWatchThreshold(threshold, stats) : { passed: false, actual: undefined };
      outcomes.push({ source: threshold.source, check: name, ...result });
    }
  }
  return {
    overall,
    perCheck,
    thresholds: outcomes,
    passed: aborted === undefined && !interrupted && outcomes.every((outcome) => outcome.passed),
    aborted,
    interrupted,
    elapsedMs,
    achievedRate:
      totalRate === undefined || launched < 2
        ? launched / (elapsedMs / 1000)
        : // Measured on the launch times, so a schedule that fell behind shows it.
          (launched - 1) / ((lastLaunchAt - firstLaunchAt) / 1000),
    planned,
  };
}

function findHopeless(
  thresholds: readonly WatchThreshold[],
  check: string | undefined,
  stats: LatencyStats,
  remaining: number,
): { threshold: string; check: string | undefined } | undefined {
  const hopeless = thresholds.find((threshold) => !canStillPass(threshold, stats, remaining));
  return hopeless ? { threshold: hopeless.source, check } : undefined;
}
