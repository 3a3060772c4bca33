/**
 * The checks of a deploy, written once in the smoke-test syntax and aimed at three places: a slot directly
 * (through the transport: an SSH tunnel when the slot lives on another host), the public entrypoint, and the
 * identity of whoever answers there (the version a `version-url` reports).
 */
import { buildConfig, type SmokeConfig } from '../probe/config.ts';
import { parseAssertion } from '../probe/assertions.ts';
import { CHECK_DEFAULTS } from '../probe/check.ts';
import { Prober } from '../probe/probe.ts';
import type { Redactor } from '../probe/redact.ts';
import { runSmokeTest, type SmokeLog, type SmokeResult } from '../probe/smoke.ts';
import type { WatchThreshold } from '../probe/thresholds.ts';
import { LatencyStats } from '../probe/stats.ts';
import type { HttpCheck } from '../probe/types.ts';
import { urlHost, type Slot, type SlotAddress } from './slots.ts';
import type { TrafficTarget } from './target.ts';
import type { Transport } from './transport.ts';

export interface ProbeSettings {
  /** The `checks` input, parsed from YAML (smoke-test syntax); URLs relative to the slot or the entrypoint. */
  checks: unknown;
  /** The public entrypoint (the proxy's URL), or undefined for none. */
  publicUrl: string | undefined;
  /** A path whose response body contains the running version, such as /version. */
  versionUrl: string | undefined;
  /** Thresholds of the verification window, besides those in `checks`. */
  thresholds: WatchThreshold[];
  /** The verification window: length, requests per second per check, concurrency. */
  verify: { durationMs: number; ratePerCheck: number; concurrency: number };
  env: Readonly<Record<string, string | undefined>>;
  redactor: Redactor;
}

export interface HealthReport {
  healthy: boolean;
  /** One line: why not, or what passed. */
  detail: string;
  result: SmokeResult;
}

/** The one check every slot gets when no checks are given: it answers HTTP below 400 at `/`. */
const DEFAULT_CHECKS = [{ name: 'root', url: '/' }];

export class DeployProbes {
  readonly #settings: ProbeSettings;
  readonly #prober: Prober;
  readonly #transport: Transport;
  readonly #log: SmokeLog;
  readonly #target: Pick<TrafficTarget, 'probeAddress'> | undefined;

  /** `target`: where a target routes direct checks itself (Kubernetes' preview Service), else the slot addresses. */
  constructor(
    settings: ProbeSettings,
    prober: Prober,
    transport: Transport,
    log: SmokeLog,
    target?: Pick<TrafficTarget, 'probeAddress'>,
  ) {
    this.#settings = settings;
    this.#prober = prober;
    this.#transport = transport;
    this.#log = log;
    this.#target = target;
  }

  /** Checks the config once against a placeholder base, so bad checks fail before anything is touched. */
  static validate(settings: ProbeSettings): void {
    config(settings, { baseUrl: 'http://127.0.0.1', socketPath: undefined });
  }

  get hasPublicUrl(): boolean {
    return this.#settings.publicUrl !== undefined;
  }

  /** Readiness (retried up to `deadlineMs`) and assertions of every check on the slot itself, plus its version. */
  async slotHealth(
    slot: Slot,
    version: string | undefined,
    deadlineMs: number,
    signal?: AbortSignal,
  ): Promise<HealthReport> {
    const base = await this.#slotBase(slot);
    if (!base) {
      return {
        healthy: true,
        detail: `no direct checks of slot '${slot.name}' (it has no address the runner can reach)`,
        result: emptyResult(),
      };
    }
    const checks = config(this.#settings, base);
    if (version !== undefined && this.#settings.versionUrl)
      checks.checks.push(identityCheck(this.#settings.versionUrl, version, base));
    return this.#health(checks, deadlineMs, signal);
  }

  /**
   * The read-back through the entrypoint: until `deadlineMs`, the public URL must answer every check and, with a
   * version-url, report `version` on several requests in a row (new connections reach the new slot).
   */
  async entrypointServes(version: string | undefined, deadlineMs: number, signal?: AbortSignal): Promise<HealthReport> {
    const base = { baseUrl: this.#settings.publicUrl!, socketPath: undefined };
    const checks = config(this.#settings, base);
    if (version !== undefined && this.#settings.versionUrl)
      checks.checks.push(identityCheck(this.#settings.versionUrl, version, base));
    return this.#health(checks, deadlineMs, signal, { successes: 3, intervalMs: 25 });
  }

  /** The verification window on the entrypoint (or on the slot when there is no public URL). */
  /**
   * `freshConnections`: every request on a new connection, as a new client would come. A proxy keeps a keep-alive
   * connection on the server it started with, so only new connections sample a weighted split fairly.
   */
  async verify(
    slot: Slot,
    signal?: AbortSignal,
    durationMs = this.#settings.verify.durationMs,
    freshConnections = false,
  ): Promise<HealthReport> {
    const base = this.#settings.publicUrl
      ? { baseUrl: this.#settings.publicUrl, socketPath: undefined }
      : await this.#slotBase(slot);
    if (!base) {
      return {
        healthy: false,
        detail: `nothing to verify through: give public-url (slot '${slot.name}' has no address the runner can reach)`,
        result: emptyResult(),
      };
    }
    const checks = config(this.#settings, base);
    checks.thresholds.push(...this.#settings.thresholds);
    if (freshConnections) {
      for (const check of checks.checks)
        if (check.kind === 'http') check.headers = { ...check.headers, connection: 'close' };
    }
    const { ratePerCheck, concurrency } = this.#settings.verify;
    const result = await runSmokeTest(
      {
        config: checks,
        waitForMs: 0,
        retryIntervalMs: 250,
        maxRetryIntervalMs: 1000,
        window: { durationMs, ratePerCheck, concurrency },
        abortOnFail: true,
        signal,
      },
      this.#prober.probe,
      this.#log,
    );
    return { healthy: result.passed, detail: describeHealth(result), result };
  }

  async #health(
    checks: SmokeConfig,
    deadlineMs: number,
    signal: AbortSignal | undefined,
    pace: { successes: number; intervalMs: number } = { successes: 1, intervalMs: 50 },
  ): Promise<HealthReport> {
    const result = await runSmokeTest(
      {
        config: checks,
        waitForMs: Math.max(1, deadlineMs),
        retryIntervalMs: pace.intervalMs,
        maxRetryIntervalMs: 2000,
        window: undefined,
        abortOnFail: true,
        signal,
        successes: pace.successes,
      },
      this.#prober.probe,
      this.#log,
    );
    return { healthy: result.passed, detail: describeHealth(result), result };
  }

  async #slotBase(slot: Slot): Promise<{ baseUrl: string; socketPath: string | undefined } | undefined> {
    const address = this.#target?.probeAddress ? await this.#target.probeAddress(slot) : slot.address;
    if (!address) return undefined;
    const reached: SlotAddress = await this.#transport.reach(address);
    return reached.kind === 'unix'
      ? { baseUrl: 'http://localhost', socketPath: reached.path }
      : { baseUrl: `http://${urlHost(reached)}:${reached.port}`, socketPath: undefined };
  }
}

function config(settings: ProbeSettings, base: { baseUrl: string; socketPath: string | undefined }): SmokeConfig {
  return buildConfig(settings.checks ?? DEFAULT_CHECKS, {
    source: 'checks',
    baseUrl: base.baseUrl,
    socketPath: base.socketPath,
    env: settings.env,
    redactor: settings.redactor,
    timeoutMs: undefined,
    connectTimeoutMs: undefined,
  });
}

/** A check that the response of `versionUrl` names `version` as a whole word. */
function identityCheck(
  versionUrl: string,
  version: string,
  base: { baseUrl: string; socketPath: string | undefined },
): HttpCheck {
  const escaped = version.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const url = new URL(`${base.baseUrl.replace(/\/+$/, '')}/${versionUrl.replace(/^\/+/, '')}`);
  return {
    kind: 'http',
    name: `version ${version}`,
    method: 'GET',
    url,
    headers: {},
    body: undefined,
    followRedirects: false,
    maxRedirects: CHECK_DEFAULTS.maxRedirects,
    verifyTls: true,
    timeoutMs: CHECK_DEFAULTS.timeoutMs,
    connectTimeoutMs: CHECK_DEFAULTS.connectTimeoutMs,
    assertions: [
      parseAssertion('status == 200'),
      parseAssertion(`body matches /(^|[^A-Za-z0-9._+-])${escaped}($|[^A-Za-z0-9._+-])/`),
    ],
    ...(base.socketPath === undefined ? {} : { socketPath: base.socketPath }),
  };
}

/** One line on a smoke result: the first failed check and why, or what passed. */
export function describeHealth(result: SmokeResult): string {
  const failed = result.checks.find((outcome) => !outcome.passed);
  if (failed) {
    const last = failed.readiness.lastFailure ?? failed.readiness.last;
    if (!failed.readiness.ready)
      return `check '${failed.check.name}' failed: ${last.error ?? 'failed'} (${failed.readiness.attempts} attempts in ${Math.round(failed.readiness.elapsedMs)} ms)`;
    const threshold = failed.thresholds.find((outcome) => !outcome.passed);
    if (threshold)
      return `check '${failed.check.name}' broke threshold ${threshold.source} (actual ${threshold.actual ?? 'no data'})`;
  }
  if (result.window) {
    if (result.window.interrupted) return 'the verification window was interrupted before its end';
    const broken = result.window.thresholds.find((outcome) => !outcome.passed);
    if (broken) return `threshold ${broken.source} broken (actual ${broken.actual ?? 'no data'})`;
    if (result.window.aborted) return `threshold ${result.window.aborted.threshold} can no longer be met`;
    if (result.stats.count === 0) return 'the verification window made no request';
    return `${result.stats.count} requests, ${result.stats.failed} failed, p95 ${result.stats.p95Ms.toFixed(1)} ms`;
  }
  if (result.windowSkipped) return result.windowSkipped;
  if (!result.passed) return 'interrupted';
  return `${result.checks.length} checks passed`;
}

function emptyResult(): SmokeResult {
  const stats = new LatencyStats().summary();
  return {
    passed: true,
    checks: [],
    window: undefined,
    windowSkipped: undefined,
    failedChecks: [],
    stats,
    startedAt: new Date(),
    elapsedMs: 0,
  };
}

/**
 * The checks of one run against its target: a Prober of its own (closed when `body` ends), masking every excerpt,
 * and direct checks through the session's transport and the target's preview route.
 */
export async function withDeployProbes<T>(
  settings: ProbeSettings,
  session: { transport: Transport; target: TrafficTarget },
  userAgent: string,
  log: SmokeLog,
  body: (probes: DeployProbes) => Promise<T>,
): Promise<T> {
  const prober = new Prober({
    connectionsPerOrigin: settings.verify.concurrency,
    userAgent,
    redact: (text) => settings.redactor.text(text),
  });
  try {
    return await body(new DeployProbes(settings, prober, session.transport, log, session.target));
  } finally {
    await prober.close();
  }
}
