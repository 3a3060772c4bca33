/**
 * The probe model shared by smoke-test, blue-green-deploy and rollback: what to check (a check),
 * and what one attempt observed (a probe result).
 */
import type { Assertion } from './assertions.ts';

/** Options common to HTTP and TCP checks. */
export interface CheckBase {
  /** Name shown in logs and reports; unique within a run. */
  name: string;
  /** Assertions every attempt must satisfy (parsed, see assertions.ts). */
  assertions: Assertion[];
  /** Total time allowed for one attempt, in ms (connect, send, headers and body). */
  timeoutMs: number;
  /** Time allowed to establish the connection (TCP + TLS), in ms. */
  connectTimeoutMs: number;
}

export interface HttpCheck extends CheckBase {
  kind: 'http';
  method: string;
  /** Absolute URL, query included. */
  url: URL;
  headers: Record<string, string>;
  /** Request body, already serialised (a JSON body is serialised with content-type set by the caller). */
  body: string | undefined;
  followRedirects: boolean;
  /** Maximum redirects followed when followRedirects is on. */
  maxRedirects: number;
  /** TLS certificate verification; on unless the user opted out for this check. */
  verifyTls: boolean;
  /** Connect to this unix socket instead of the URL's host and port (a blue-green slot such as unix:/run/app/blue.sock). */
  socketPath?: string;
}

export interface TcpCheck extends CheckBase {
  kind: 'tcp';
  host: string;
  port: number;
}

export type Check = HttpCheck | TcpCheck;

/**
 * Why an attempt failed, coarse enough to count ("errors by kind") and to decide on retries.
 * `assertion` is a response that arrived but did not satisfy an assertion; `http-5xx` is the same
 * with a 5xx status, counted apart because it is what a failing upstream looks like.
 */
export const ERROR_KINDS = [
  'refused',
  'reset',
  'timeout',
  'connect-timeout',
  'dns',
  'tls',
  'http-5xx',
  'assertion',
  'other',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

/** One failed assertion: what was asked for and what the response had. */
export interface AssertionFailure {
  /** The assertion as the user wrote it. */
  assertion: string;
  expected: string;
  actual: string;
  /** A regular expression got no answer within the check's timeout (the attempt counts as a timeout). */
  timedOut?: boolean;
}

/** What one attempt of one check observed. */
/** What an attempt is for: a check or readiness attempt, or one request of a watch window's load. */
export type ProbeUse = 'check' | 'load';

/** Makes one attempt of a check (a Prober's `probe`). */
export type ProbeFunction = (check: Check, use?: ProbeUse) => Promise<ProbeResult>;

export interface ProbeResult {
  check: string;
  ok: boolean;
  /** Set when ok is false. */
  errorKind: ErrorKind | undefined;
  /** One-line description of the failure (an error message or the first failed assertion). */
  error: string | undefined;
  /** Wall time of the attempt in ms, from a monotonic clock (sub-millisecond resolution). */
  durationMs: number;
  /** Time to the response headers (HTTP) or to the established connection (TCP), in ms. */
  firstByteMs: number | undefined;
  status: number | undefined;
  failures: AssertionFailure[];
  /** Monotonic start time in ms (performance.now()), to order results in a window. */
  startedAt: number;
}
