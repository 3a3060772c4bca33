/**
 * The smoke test's flow: readiness of every check (retried until the wait-for deadline), then, when all
 * are ready and a window is configured, the watch window gated by thresholds. Pure of the runner: the
 * probe and the log come in, a result goes out.
 */
import type { SmokeConfig } from './config.ts';
import { LatencyStats, type StatsSummary } from './stats.ts';
import type { ThresholdOutcome } from './thresholds.ts';
import type { Check, ProbeFunction, ProbeResult } from './types.ts';
import { waitFor, type WaitForResult } from './wait-for.ts';
import { runWatch, type WatchResult } from './watch.ts';

export interface SmokeSettings {
  config: SmokeConfig;
  /** Readiness deadline per check in ms; 0 makes one attempt per check. */
  waitForMs: number;
  /** First pause between readiness attempts (doubles up to maxRetryIntervalMs). */
  retryIntervalMs: number;
  maxRetryIntervalMs: number;
  /** The watch window, or undefined for none. */
  window: { durationMs: number; ratePerCheck: number | undefined; concurrency: number } | undefined;
  abortOnFail: boolean;
  /** How often a long window logs its progress (default every 10 s). */
  progressIntervalMs?: number;
  /** Stops waiting and the window early (a cancelled run); the result then does not pass. */
  signal?: AbortSignal;
  /** Consecutive passing attempts a check needs to count as ready (default 1). */
  successes?: number;
}

export interface SmokeLog {
  info(message: string): void;
  warning(message: string): void;
  group<T>(title: string, body: () => Promise<T>): Promise<T>;
}

export interface CheckOutcome {
  check: Check;
  passed: boolean;
  readiness: WaitForResult;
  /** Statistics of this check in the window. */
  window: StatsSummary | undefined;
  thresholds: ThresholdOutcome[];
}

export interface SmokeResult {
  passed: boolean;
  checks: CheckOutcome[];
  /** The window, when it ran. */
  window:
    | (Pick<WatchResult, 'aborted' | 'interrupted' | 'elapsedMs' | 'achievedRate' | 'planned'> & {
        stats: StatsSummary;
        thresholds: ThresholdOutcome[];
        durationMs: number;
        ratePerCheck: number | undefined;
        concurrency: number;
      })
    | undefined;
  /** Why the window did not run, when one was configured. */
  windowSkipped: string | undefined;
  failedChecks: string[];
  /** Over the window when it ran, else over each check's final readiness attempt. */
  stats: StatsSummary;
  startedAt: Date;
  elapsedMs: number;
}

export async function runSmokeTest(settings: SmokeSettings, probe: ProbeFunction, log: SmokeLog): Promise<SmokeResult> {
  const startedAt = new Date();
  const started = performance.now();
  const { checks } = settings.config;

  const readiness = await log.group(
    settings.waitForMs > 0 ? `Readiness (up to ${settings.waitForMs} ms per check)` : 'Checks',
    () =>
      Promise.all(
        checks.map((check) =>
          settings.waitForMs > 0
            ? waitFor(check, probe, {
                deadlineMs: settings.waitForMs,
                initialDelayMs: settings.retryIntervalMs,
                maxDelayMs: settings.maxRetryIntervalMs,
                onAttempt: (result, attempt) => log.info(describeAttempt(result, attempt)),
                signal: settings.signal,
                successes: settings.successes,
              })
            : probeOnce(check, probe, log),
        ),
      ),
  );

  const allReady = readiness.every((result) => result.ready);
  let window: SmokeResult['window'];
  let windowSkipped: string | undefined;
  let watch: WatchResult | undefined;
  if (settings.window && !allReady) {
    windowSkipped = 'not every check passed readiness';
  } else if (settings.window) {
    const { durationMs, ratePerCheck, concurrency } = settings.window;
    watch = await log.group(
      `Watch window: ${durationMs} ms, ${ratePerCheck === undefined ? 'as fast as possible' : `${ratePerCheck} requests/s per check`}, concurrency ${concurrency}`,
      async () => {
        const result = await runWatch(checks, probe, {
          durationMs,
          ratePerCheck,
          concurrency,
          thresholds: settings.config.thresholds,
          checkThresholds: settings.config.checkThresholds,
          abortOnFail: settings.abortOnFail,
          onResult: progress(log, durationMs, settings.progressIntervalMs ?? PROGRESS_INTERVAL_MS),
          signal: settings.signal,
        });
        log.info(
          `${result.overall.count} requests in ${Math.round(result.elapsedMs)} ms (${result.achievedRate.toFixed(1)}/s), ${result.overall.failed} failed`,
        );
        for (const outcome of result.thresholds) {
          log.info(
            `${outcome.passed ? '✓' : '✗'} ${outcome.check ? `${outcome.check}: ` : ''}${outcome.source} (actual ${formatActual(outcome.actual)})`,
          );
        }
        if (result.aborted) {
          log.warning(
            `Window stopped after ${Math.round(result.aborted.afterMs)} ms: ${result.aborted.check ? `check '${result.aborted.check}' ` : ''}threshold ${result.aborted.threshold} can no longer be met`,
          );
        }
        return result;
      },
    );
    window = {
      aborted: watch.aborted,
      interrupted: watch.interrupted,
      elapsedMs: watch.elapsedMs,
      achievedRate: watch.achievedRate,
      planned: watch.planned,
      stats: watch.overall.summary(),
      thresholds: watch.thresholds.filter((outcome) => outcome.check === undefined),
      durationMs,
      ratePerCheck,
      concurrency,
    };
  }

  const outcomes: CheckOutcome[] = checks.map((check, index) => {
    const thresholds = watch?.thresholds.filter((outcome) => outcome.check === check.name) ?? [];
    const ready = readiness[index]!;
    return {
      check,
      passed: ready.ready && thresholds.every((outcome) => outcome.passed),
      readiness: ready,
      window: watch?.perCheck.get(check.name)?.summary(),
      thresholds,
    };
  });

  let stats: StatsSummary;
  if (watch) stats = watch.overall.summary();
  else {
    const last = new LatencyStats();
    for (const result of readiness) last.add(result.last);
    stats = last.summary();
  }
  const failedChecks = outcomes.filter((outcome) => !outcome.passed).map((outcome) => outcome.check.name);
  return {
    passed:
      failedChecks.length === 0 &&
      (window === undefined
        ? windowSkipped === undefined
        : window.thresholds.every((t) => t.passed) && !window.aborted && !window.interrupted) &&
      !settings.signal?.aborted,
    checks: outcomes,
    window,
    windowSkipped,
    failedChecks,
    stats,
    startedAt,
    elapsedMs: performance.now() - started,
  };
}

/** A long window logs a line this often, so it does not look stuck. */
const PROGRESS_INTERVAL_MS = 10_000;

function progress(log: SmokeLog, durationMs: number, intervalMs: number): (result: ProbeResult) => void {
  const started = performance.now();
  let next = started + intervalMs;
  let count = 0;
  let failed = 0;
  return (result) => {
    count++;
    if (!result.ok) failed++;
    const now = performance.now();
    if (now < next) return;
    next = now + intervalMs;
    const seconds = Math.round((now - started) / 1000);
    log.info(`${seconds}/${Math.round(durationMs / 1000)} s: ${count} requests, ${failed} failed`);
  };
}

async function probeOnce(check: Check, probe: ProbeFunction, log: SmokeLog): Promise<WaitForResult> {
  const result = await probe(check);
  log.info(describeAttempt(result, 1));
  return {
    check: check.name,
    ready: result.ok,
    attempts: 1,
    elapsedMs: result.durationMs,
    last: result,
    lastFailure: result.ok ? undefined : result,
  };
}

export function describeAttempt(result: ProbeResult, attempt: number): string {
  const timing = `${result.durationMs.toFixed(1)} ms`;
  const status = result.status === undefined ? '' : ` ${result.status}`;
  return result.ok
    ? `✓ ${result.check}: attempt ${attempt} passed${status} in ${timing}`
    : `✗ ${result.check}: attempt ${attempt} failed (${result.errorKind})${status} in ${timing}: ${result.error}`;
}

export function formatActual(actual: number | undefined): string {
  if (actual === undefined) return 'no data';
  return Number.isInteger(actual) ? String(actual) : actual.toFixed(actual < 1 ? 4 : 2);
}
