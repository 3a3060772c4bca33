/**
 * How a probe's HTTP request is sent. Two transports answer alike: Node's own `http` for checks and readiness
 * attempts (part of Node: no bundled code to load and compile), undici for the watch window, whose many requests need its
 * throughput but whose start-up cost a run of a few checks should not pay.
 */
import type { HttpCheck } from './types.ts';

export type ResponseHeaders = Record<string, string | string[] | undefined>;

/** What a transport tells of one request: the final response only (1xx and followed redirects are its own). */
export interface ResponseEvents {
  /** Status and headers of the final response (header names in lower case, repeated ones as an array). */
  headers(status: number, headers: ResponseHeaders): void;
  data(chunk: Buffer): void;
  /** The last byte of the body is in. */
  end(): void;
  /** The request failed (connection, TLS, protocol or an abort); nothing follows. */
  error(error: unknown): void;
}

export interface HttpTransport {
  /** Sends the request; the function returned aborts it (no event follows but `error`). */
  send(check: HttpCheck, headers: Record<string, string>, events: ResponseEvents): (reason: Error) => void;
  /** Ends every connection at once, in-flight requests included. */
  close(): Promise<void>;
}

export interface TransportOptions {
  /** Connections kept per origin (keep-alive). */
  connectionsPerOrigin: number;
}

/** The statuses a followed redirect is taken on (as undici's redirect interceptor and the fetch standard do). */
export const REDIRECT_STATUSES = new Set([300, 301, 302, 303, 307, 308]);
