/**
 * One attempt of one check: an HTTP request through a keep-alive undici pool, or a TCP connect.
 * Times come from performance.now() (monotonic, sub-millisecond); the attempt's duration covers
 * connect, request, headers and the whole body, as Hurl's `duration` does.
 */
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import { Agent, interceptors, type Dispatcher } from 'undici';
import { evaluateAssertion, needsBody, parseAssertion, type Assertion } from './assertions.ts';
import { classifyNetworkError, errorMessage } from './errors.ts';
import type { AssertionFailure, Check, ErrorKind, HttpCheck, ProbeResult, TcpCheck } from './types.ts';

/** Applied when a check has no status assertion of its own: a smoke test fails on 4xx/5xx. */
export const DEFAULT_STATUS_ASSERTION: Assertion = parseAssertion('status < 400');

/** Bodies kept for assertions are cut here; the rest is read and discarded (timing still covers it). */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

export interface ProberOptions {
  /** Connections kept per origin (keep-alive); the watch window sets it to its concurrency. */
  connectionsPerOrigin?: number;
  /** User-Agent sent unless a check sets its own. */
  userAgent?: string;
}

/** Runs attempts; owns the connection pools, so create one per run and close it at the end. */
export class Prober {
  readonly #agents = new Map<string, Dispatcher>();
  readonly #options: Required<ProberOptions>;

  constructor(options: ProberOptions = {}) {
    this.#options = {
      connectionsPerOrigin: options.connectionsPerOrigin ?? 16,
      userAgent: options.userAgent ?? 'pipeline-actions-probe',
    };
  }

  probe(check: Check): Promise<ProbeResult> {
    return check.kind === 'http' ? this.#probeHttp(check) : probeTcp(check);
  }

  async close(): Promise<void> {
    const agents = [...this.#agents.values()];
    this.#agents.clear();
    await Promise.all(agents.map((agent) => agent.close()));
  }

  #dispatcher(check: HttpCheck): Dispatcher {
    const key = `${check.verifyTls}|${check.connectTimeoutMs}|${check.followRedirects ? check.maxRedirects : 0}|${check.socketPath ?? ''}`;
    let dispatcher = this.#agents.get(key);
    if (!dispatcher) {
      const agent = new Agent({
        connections: this.#options.connectionsPerOrigin,
        connect: {
          timeout: check.connectTimeoutMs,
          rejectUnauthorized: check.verifyTls,
          ...(check.socketPath === undefined ? {} : { socketPath: check.socketPath }),
        },
        keepAliveTimeout: 10_000,
        // The total deadline is enforced with an abort signal; these are backstops.
        headersTimeout: 0,
        bodyTimeout: 0,
      });
      dispatcher = check.followRedirects
        ? agent.compose(interceptors.redirect({ maxRedirections: check.maxRedirects }))
        : agent;
      this.#agents.set(key, dispatcher);
    }
    return dispatcher;
  }

  /**
   * Uses undici's dispatch handler API rather than request(): no body stream per response, and the
   * clock stops in the parser callback that sees the last byte, not several ticks later.
   */
  #probeHttp(check: HttpCheck): Promise<ProbeResult> {
    const dispatcher = this.#dispatcher(check);
    const keepBody = check.assertions.some(needsBody);
    const headers: Record<string, string> = { 'user-agent': this.#options.userAgent, ...check.headers };
    return new Promise((resolve) => {
      const startedAt = performance.now();
      let settled = false;
      let timedOut = false;
      let controller: Dispatcher.DispatchController | undefined;
      let status: number | undefined;
      let firstByteMs: number | undefined;
      let responseHeaders: Record<string, string | string[] | undefined> = {};
      const chunks: Buffer[] = [];
      let kept = 0;
      const settle = (result: ProbeResult) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(result);
      };
      const timer = setTimeout(() => {
        timedOut = true;
        const received = status === undefined ? '' : ` (status ${status} received)`;
        settle(
          failed(
            check.name,
            'timeout',
            `no complete response within ${check.timeoutMs} ms${received}`,
            performance.now() - startedAt,
            startedAt,
            status,
            firstByteMs,
          ),
        );
        // After settling: abort() calls onResponseError synchronously, which must not win.
        controller?.abort(new Error('probe timeout'));
      }, check.timeoutMs);
      const handler: Dispatcher.DispatchHandler = {
        onRequestStart(requestController) {
          controller = requestController;
          // Timed out while waiting for a connection from the pool: never send it.
          if (timedOut) requestController.abort(new Error('probe timeout'));
        },
        onResponseStart(_controller, statusCode, responseHeadersIn) {
          if (statusCode < 200) return; // 1xx informational: the real response follows
          status = statusCode;
          responseHeaders = responseHeadersIn;
          firstByteMs = performance.now() - startedAt;
        },
        onResponseData(_controller, chunk) {
          if (keepBody && kept < MAX_BODY_BYTES) {
            chunks.push(chunk);
            kept += chunk.length;
          }
        },
        onResponseEnd() {
          const durationMs = performance.now() - startedAt;
          const body = keepBody ? Buffer.concat(chunks).subarray(0, MAX_BODY_BYTES).toString('utf8') : undefined;
          settle(
            evaluateResponse(check, { status, headers: responseHeaders, body, durationMs }, startedAt, firstByteMs),
          );
        },
        onResponseError(_controller, error) {
          if (settled) return;
          settle(networkFailure(check.name, error, startedAt, status, firstByteMs));
        },
      };
      try {
        dispatcher.dispatch(
          {
            origin: check.url.origin,
            path: check.url.pathname + check.url.search,
            method: check.method as Dispatcher.HttpMethod,
            headers,
            body: check.body,
          },
          handler,
        );
      } catch (error) {
        settle(networkFailure(check.name, error, startedAt));
      }
    });
  }
}

function evaluateResponse(
  check: HttpCheck,
  view: {
    status: number | undefined;
    headers: Record<string, string | string[] | undefined>;
    body: string | undefined;
    durationMs: number;
  },
  startedAt: number,
  firstByteMs: number | undefined,
): ProbeResult {
  const assertions = check.assertions.some((assertion) => assertion.query.kind === 'status')
    ? check.assertions
    : [DEFAULT_STATUS_ASSERTION, ...check.assertions];
  const failures: AssertionFailure[] = [];
  for (const assertion of assertions) {
    const failure = evaluateAssertion(assertion, view);
    if (failure) failures.push(failure);
  }
  const ok = failures.length === 0;
  const errorKind: ErrorKind | undefined = ok
    ? undefined
    : view.status !== undefined && view.status >= 500
      ? 'http-5xx'
      : 'assertion';
  return {
    check: check.name,
    ok,
    errorKind,
    error: ok ? undefined : describeFailure(failures[0]!),
    durationMs: view.durationMs,
    firstByteMs,
    status: view.status,
    failures,
    startedAt,
  };
}

/** A TCP connect: the service's port accepts connections (databases, caches behind the service). */
export function probeTcp(check: TcpCheck): Promise<ProbeResult> {
  const startedAt = performance.now();
  const limitMs = Math.min(check.timeoutMs, check.connectTimeoutMs);
  return new Promise((resolve) => {
    const socket = net.connect({ host: check.host, port: check.port });
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(failed(check.name, 'connect-timeout', `no connection within ${limitMs} ms`, limitMs, startedAt));
    }, limitMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      const durationMs = performance.now() - startedAt;
      socket.destroy();
      const failures = check.assertions
        .map((assertion) => evaluateAssertion(assertion, { durationMs }))
        .filter((failure): failure is AssertionFailure => failure !== undefined);
      resolve({
        check: check.name,
        ok: failures.length === 0,
        errorKind: failures.length === 0 ? undefined : 'assertion',
        error: failures[0] ? describeFailure(failures[0]) : undefined,
        durationMs,
        firstByteMs: durationMs,
        status: undefined,
        failures,
        startedAt,
      });
    });
    socket.once('error', (error) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(networkFailure(check.name, error, startedAt));
    });
  });
}

export function describeFailure(failure: AssertionFailure): string {
  return `${failure.assertion}: expected ${failure.expected}, got ${failure.actual}`;
}

/** A probe that ended on a socket or HTTP-level error, classified by kind. */
function networkFailure(
  check: string,
  error: unknown,
  startedAt: number,
  status?: number,
  firstByteMs?: number,
): ProbeResult {
  return failed(
    check,
    classifyNetworkError(error),
    errorMessage(error),
    performance.now() - startedAt,
    startedAt,
    status,
    firstByteMs,
  );
}

function failed(
  check: string,
  errorKind: ErrorKind,
  error: string,
  durationMs: number,
  startedAt: number,
  status?: number,
  firstByteMs?: number,
): ProbeResult {
  return { check, ok: false, errorKind, error, durationMs, firstByteMs, status, failures: [], startedAt };
}
