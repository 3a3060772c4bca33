/**
 * Readiness: retry a check until it passes or the deadline runs out, with exponential backoff.
 * Every failure is retried (connection refused, timeouts, 5xx, failed assertions): right after a
 * deploy each of them means "not ready yet". Each attempt's timeout is cut to the time left.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Check, ProbeFunction, ProbeResult } from './types.ts';

export interface WaitForOptions {
  /** Give up when this much time has passed since the first attempt, in ms. */
  deadlineMs: number;
  /** Pause after the first failure, in ms; doubled after each further failure. */
  initialDelayMs?: number;
  /** Upper bound for the pause, in ms. */
  maxDelayMs?: number;
  /** Consecutive successes required (a flapping service must settle), default 1. */
  successes?: number;
  /** Called after each attempt (logging). */
  onAttempt?: (result: ProbeResult, attempt: number) => void;
  signal?: AbortSignal;
}

export interface WaitForResult {
  check: string;
  ready: boolean;
  attempts: number;
  elapsedMs: number;
  /** The last attempt: the success, or the failure that remained when the deadline ran out. */
  last: ProbeResult;
  /** The last failed attempt, if any attempt failed. */
  lastFailure: ProbeResult | undefined;
}

/** The last attempt before the deadline gets at least this long (or the check's own timeout). */
const MIN_ATTEMPT_MS = 100;

export const WAIT_FOR_DEFAULTS = { initialDelayMs: 500, maxDelayMs: 5_000, successes: 1 } as const;

/** Runs `probe` (given the timeout allowed for this attempt) until ready or out of time. */
export async function waitFor(check: Check, probe: ProbeFunction, options: WaitForOptions): Promise<WaitForResult> {
  const initialDelayMs = options.initialDelayMs ?? WAIT_FOR_DEFAULTS.initialDelayMs;
  const maxDelayMs = Math.max(initialDelayMs, options.maxDelayMs ?? WAIT_FOR_DEFAULTS.maxDelayMs);
  const needed = Math.max(1, options.successes ?? WAIT_FOR_DEFAULTS.successes);
  const started = performance.now();
  let attempts = 0;
  let streak = 0;
  let delay = initialDelayMs;
  let lastFailure: ProbeResult | undefined;
  for (;;) {
    const left = options.deadlineMs - (performance.now() - started);
    const timeoutMs = Math.max(1, Math.min(check.timeoutMs, left));
    // Only the total timeout shrinks: the connect timeout selects a connection pool, so it stays fixed.
    const attemptCheck: Check = { ...check, timeoutMs };
    const result = await probe(attemptCheck);
    attempts++;
    options.onAttempt?.(result, attempts);
    const elapsedMs = performance.now() - started;
    if (result.ok) {
      streak++;
      if (streak >= needed) return { check: check.name, ready: true, attempts, elapsedMs, last: result, lastFailure };
    } else {
      streak = 0;
      lastFailure = result;
    }
    const pause = result.ok ? Math.min(initialDelayMs, maxDelayMs) : delay;
    if (!result.ok) delay = Math.min(delay * 2, maxDelayMs);
    const remaining = options.deadlineMs - elapsedMs;
    // An attempt squeezed into the last few milliseconds would only report a meaningless timeout.
    const shortestAttempt = Math.min(check.timeoutMs, MIN_ATTEMPT_MS);
    if (remaining < shortestAttempt || options.signal?.aborted) {
      return { check: check.name, ready: false, attempts, elapsedMs, last: result, lastFailure };
    }
    await sleep(Math.min(pause, remaining - shortestAttempt), undefined, { signal: options.signal }).catch(
      () => undefined,
    );
  }
}
