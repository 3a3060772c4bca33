// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- ambient types of the undici modules imported one by one; ncc compiles only what the entry reaches
/// <reference path="./undici-parts.d.ts" />
/**
 * One attempt of one check: an HTTP request through a keep-alive undici pool, or a TCP connect.
 * Times come from performance.now() (monotonic, sub-millisecond); the attempt's duration covers
 * connect, request, headers and the whole body, as Hurl's `duration` does.
 */
import type { Socket } from 'node:net';
import type { Dispatcher, buildConnector } from 'undici';
import {
  evaluateAssertion,
  needsBody,
  parseAssertion,
  usesRegex,
  type Assertion,
  type RegexTest,
  type ResponseView,
} from './assertions.ts';
import { classifyNetworkError, errorMessage } from './errors.ts';
import { RegexRunner } from './regex.ts';
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
  /** Masks secrets in response excerpts before they are cut for a failure (pass Redactor.text). */
  redact?: (text: string) => string;
}

/** The three parts of undici a probe uses. */
interface Undici {
  Agent: typeof import('undici').Agent;
  buildConnector: typeof import('undici').buildConnector;
  interceptors: { redirect: typeof import('undici').interceptors.redirect };
}
let undiciModule: Promise<Undici> | undefined;
/**
 * Loaded by the first HTTP check, not when the action starts (most runs of most actions make none), and only
 * the agent, connector and redirect interceptor: undici's index also loads fetch, WebSocket, caches and mocks.
 */
const loadUndici = (): Promise<Undici> =>
  (undiciModule ??= Promise.all([
    import('undici/lib/dispatcher/agent.js'),
    import('undici/lib/core/connect.js'),
    import('undici/lib/interceptor/redirect.js'),
  ]).then(([agent, connect, redirect]) => ({
    Agent: agent.default,
    buildConnector: connect.default,
    interceptors: { redirect: redirect.default },
  })));

/** Runs attempts; owns the connection pools, so create one per run and close it at the end. */
export class Prober {
  readonly #agents = new Map<string, Dispatcher>();
  readonly #options: Required<ProberOptions>;
  /** Runs the assertions' regular expressions within each check's timeout. */
  readonly #regexes = new RegexRunner();
  /**
   * Every socket the pools opened, connecting ones included: a probe that gave up on a connection still being
   * made (its timeout shorter than the connect timeout) leaves it to the pool, and close() ends it at once
   * rather than letting it keep the process alive until the connect timeout.
   */
  readonly #sockets = new Set<Socket>();
  /** TCP checks' sockets, for the same reason. */
  readonly #tcp = new Set<Socket>();

  constructor(options: ProberOptions = {}) {
    this.#options = {
      connectionsPerOrigin: options.connectionsPerOrigin ?? 16,
      userAgent: options.userAgent ?? 'pipeline-actions-probe',
      redact: options.redact ?? ((text) => text),
    };
  }

  probe(check: Check): Promise<ProbeResult> {
    return check.kind === 'http' ? this.#probeHttp(check) : probeTcp(check, this.#tcp);
  }

  /** Closes every connection (in-flight requests are destroyed, not awaited) and the regex worker. */
  async close(): Promise<void> {
    const agents = [...this.#agents.values()];
    this.#agents.clear();
    for (const socket of [...this.#sockets, ...this.#tcp]) socket.destroy();
    this.#sockets.clear();
    this.#tcp.clear();
    await Promise.all([...agents.map((agent) => agent.destroy()), this.#regexes.close()]);
  }

  #dispatcher(check: HttpCheck, { Agent, buildConnector, interceptors }: Undici): Dispatcher {
    const key = `${check.verifyTls}|${check.connectTimeoutMs}|${check.followRedirects ? check.maxRedirects : 0}|${check.socketPath ?? ''}`;
    let dispatcher = this.#agents.get(key);
    if (!dispatcher) {
      const connector = buildConnector({
        timeout: check.connectTimeoutMs,
        rejectUnauthorized: check.verifyTls,
        ...(check.socketPath === undefined ? {} : { socketPath: check.socketPath }),
      });
      const sockets = this.#sockets;
      const connect = (options: buildConnector.Options, callback: buildConnector.Callback): Socket => {
        const socket = (connector as unknown as (...args: Parameters<typeof connector>) => Socket)(options, callback);
        sockets.add(socket);
        socket.once('close', () => sockets.delete(socket));
        return socket;
      };
      const agent = new Agent({
        connections: this.#options.connectionsPerOrigin,
        connect,
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
  async #probeHttp(check: HttpCheck): Promise<ProbeResult> {
    const dispatcher = this.#dispatcher(check, await loadUndici());
    const keepBody = check.assertions.some(needsBody);
    const regexes = check.assertions.some(usesRegex);
    if (regexes) this.#regexes.warm();
    const headers: Record<string, string> = { 'user-agent': this.#options.userAgent, ...check.headers };
    return new Promise((resolve) => {
      const startedAt = performance.now();
      let settled = false;
      let timedOut = false;
      /** The whole response is in: what is left of the timeout is the assertions' (their regexes'). */
      let responded = false;
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
        if (responded) return;
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
        onResponseEnd: () => {
          const durationMs = performance.now() - startedAt;
          const body = keepBody ? Buffer.concat(chunks).subarray(0, MAX_BODY_BYTES).toString('utf8') : undefined;
          const view: ResponseView = { status, headers: responseHeaders, body, durationMs };
          const evaluate = (regexTest?: RegexTest) =>
            evaluateResponse(check, view, startedAt, firstByteMs, this.#options.redact, regexTest);
          if (!regexes) {
            settle(evaluate());
            return;
          }
          responded = true;
          clearTimeout(timer);
          void this.#testRegexes(check, view, check.timeoutMs - durationMs).then((regexTest) =>
            settle(evaluate(regexTest)),
          );
        },
        onResponseError(_controller, error) {
          if (settled || responded) return;
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

  /**
   * Runs every regular expression the check's assertions will test on this response, together, within
   * `budgetMs`; returns the test that answers from those results (undefined for one that ran out of time).
   */
  async #testRegexes(check: HttpCheck, view: ResponseView, budgetMs: number): Promise<RegexTest> {
    const wanted: [RegExp, string][] = [];
    // A dry run collects the (pattern, text) pairs: `false` for each explores every branch that could test one.
    const collect: RegexTest = (regex, text) => {
      wanted.push([regex, text]);
      return false;
    };
    for (const assertion of check.assertions) evaluateAssertion(assertion, view, undefined, collect);
    const results = new Map<RegExp, Map<string, boolean | undefined>>();
    await Promise.all(
      wanted.map(async ([regex, text]) => {
        let byText = results.get(regex);
        if (!byText) results.set(regex, (byText = new Map()));
        if (byText.has(text)) return;
        byText.set(text, undefined);
        byText.set(text, await this.#regexes.test(regex, text, budgetMs));
      }),
    );
    return (regex, text) => results.get(regex)?.get(text);
  }
}

function evaluateResponse(
  check: HttpCheck,
  view: ResponseView,
  startedAt: number,
  firstByteMs: number | undefined,
  redact: (text: string) => string,
  regexTest: RegexTest | undefined,
): ProbeResult {
  const assertions = check.assertions.some((assertion) => assertion.query.kind === 'status')
    ? check.assertions
    : [DEFAULT_STATUS_ASSERTION, ...check.assertions];
  const failures: AssertionFailure[] = [];
  for (const assertion of assertions) {
    const failure = evaluateAssertion(assertion, view, redact, regexTest);
    if (failure) failures.push(failure);
  }
  const ok = failures.length === 0;
  const errorKind: ErrorKind | undefined = ok
    ? undefined
    : view.status !== undefined && view.status >= 500
      ? 'http-5xx'
      : failures.some((failure) => failure.timedOut)
        ? 'timeout'
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
export function probeTcp(check: TcpCheck, open?: Set<Socket>): Promise<ProbeResult> {
  const startedAt = performance.now();
  const limitMs = Math.min(check.timeoutMs, check.connectTimeoutMs);
  return new Promise((resolve) => {
    // net on first use, like undici: a gate that imports the probes for their regexes opens no socket.
    const socket = process.getBuiltinModule('node:net').connect({ host: check.host, port: check.port });
    open?.add(socket);
    socket.once('close', () => open?.delete(socket));
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
