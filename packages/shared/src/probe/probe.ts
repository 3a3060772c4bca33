/**
 * One attempt of one check: an HTTP request (through a transport, see transport.ts) or a TCP connect.
 * Times come from performance.now() (monotonic, sub-millisecond); the attempt's duration covers
 * connect, request, headers and the whole body, as Hurl's `duration` does.
 */
import type { Socket } from 'node:net';
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
import { NodeHttpTransport } from './http-node.ts';
import { UndiciTransport } from './http-undici.ts';
import { RegexRunner } from './regex.ts';
import type { HttpTransport, ResponseHeaders } from './transport.ts';
import type {
  AssertionFailure,
  Check,
  ErrorKind,
  HttpCheck,
  ProbeFunction,
  ProbeResult,
  ProbeUse,
  TcpCheck,
} from './types.ts';

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

/** Runs attempts; owns the connection pools, so create one per run and close it at the end. */
export class Prober {
  readonly #options: Required<ProberOptions>;
  /** Runs the assertions' regular expressions within each check's timeout. */
  readonly #regexes = new RegexRunner();
  /** Node's client for checks; undici, loaded by the first request of a watch window, for load. */
  #checkTransport: NodeHttpTransport | undefined;
  #loadTransport: Promise<UndiciTransport> | undefined;
  /**
   * TCP checks' sockets: a probe that gave up on a connection still being made leaves it open, and close()
   * ends it at once rather than letting it keep the process alive until the connect timeout.
   */
  readonly #tcp = new Set<Socket>();

  constructor(options: ProberOptions = {}) {
    this.#options = {
      connectionsPerOrigin: options.connectionsPerOrigin ?? 16,
      userAgent: options.userAgent ?? 'pipeline-actions-probe',
      redact: options.redact ?? ((text) => text),
    };
  }

  /**
   * One attempt; `use` says whether it is a check (or readiness attempt) or one request of a load window. Bound,
   * so it is passed as it is (`prober.probe`): a wrapper that drops `use` would send a window's load through the
   * checks' transport.
   */
  readonly probe: ProbeFunction = (check: Check, use: ProbeUse = 'check'): Promise<ProbeResult> =>
    check.kind === 'http' ? this.#probeHttp(check, use) : probeTcp(check, this.#tcp);

  /** Closes every connection (in-flight requests are destroyed, not awaited) and the regex worker. */
  async close(): Promise<void> {
    for (const socket of this.#tcp) socket.destroy();
    this.#tcp.clear();
    const transports: Promise<HttpTransport | undefined>[] = [
      Promise.resolve(this.#checkTransport),
      this.#loadTransport?.catch(() => undefined) ?? Promise.resolve(undefined),
    ];
    this.#checkTransport = undefined;
    this.#loadTransport = undefined;
    await Promise.all([...transports.map(async (transport) => (await transport)?.close()), this.#regexes.close()]);
  }

  #transport(use: ProbeUse): HttpTransport | Promise<HttpTransport> {
    const options = { connectionsPerOrigin: this.#options.connectionsPerOrigin };
    if (use === 'check') return (this.#checkTransport ??= new NodeHttpTransport(options));
    return (this.#loadTransport ??= UndiciTransport.load(options));
  }

  async #probeHttp(check: HttpCheck, use: ProbeUse): Promise<ProbeResult> {
    const transport = await this.#transport(use);
    const keepBody = check.assertions.some(needsBody);
    const regexes = check.assertions.some(usesRegex);
    if (regexes) this.#regexes.warm();
    const headers: Record<string, string> = { 'user-agent': this.#options.userAgent, ...check.headers };
    return new Promise((resolve) => {
      const startedAt = performance.now();
      let settled = false;
      /** The whole response is in: what is left of the timeout is the assertions' (their regexes'). */
      let responded = false;
      let status: number | undefined;
      let firstByteMs: number | undefined;
      let responseHeaders: ResponseHeaders = {};
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
        // After settling: an abort reports an error, which must not win.
        abort(new Error('probe timeout'));
      }, check.timeoutMs);
      const abort = transport.send(check, headers, {
        headers(statusCode, headersIn) {
          status = statusCode;
          responseHeaders = headersIn;
          firstByteMs = performance.now() - startedAt;
        },
        data(chunk) {
          if (keepBody && kept < MAX_BODY_BYTES) {
            chunks.push(chunk);
            kept += chunk.length;
          }
        },
        end: () => {
          if (settled) return;
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
        error(error) {
          if (settled || responded) return;
          settle(networkFailure(check.name, error, startedAt, status, firstByteMs));
        },
      });
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
