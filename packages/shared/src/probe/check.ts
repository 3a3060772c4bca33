import { parseAssertion } from './assertions.ts';
import type { HttpCheck, TcpCheck } from './types.ts';

/** Every default of a check, in one place. */
export const CHECK_DEFAULTS = {
  method: 'GET',
  timeoutMs: 10_000,
  connectTimeoutMs: 5_000,
  followRedirects: false,
  maxRedirects: 10,
  verifyTls: true,
} as const;

type HttpInit = Partial<Omit<HttpCheck, 'kind' | 'url' | 'assertions'>> & {
  name: string;
  url: string | URL;
  /** Assertion texts, parsed here (throws a UserError with the column). */
  assert?: string[];
};

/** An HTTP check from code (blue-green readiness, tests): defaults filled in, assertions parsed. */
export function httpCheck(init: HttpInit): HttpCheck {
  const { assert, url, ...rest } = init;
  return {
    kind: 'http',
    method: CHECK_DEFAULTS.method,
    headers: {},
    body: undefined,
    timeoutMs: CHECK_DEFAULTS.timeoutMs,
    connectTimeoutMs: CHECK_DEFAULTS.connectTimeoutMs,
    followRedirects: CHECK_DEFAULTS.followRedirects,
    maxRedirects: CHECK_DEFAULTS.maxRedirects,
    verifyTls: CHECK_DEFAULTS.verifyTls,
    ...rest,
    url: new URL(String(url)),
    assertions: (assert ?? []).map((text) => parseAssertion(text)),
  };
}

type TcpInit = Partial<Omit<TcpCheck, 'kind' | 'assertions'>> & {
  name: string;
  host: string;
  port: number;
  assert?: string[];
};

export function tcpCheck(init: TcpInit): TcpCheck {
  const { assert, ...rest } = init;
  return {
    kind: 'tcp',
    timeoutMs: CHECK_DEFAULTS.timeoutMs,
    connectTimeoutMs: CHECK_DEFAULTS.connectTimeoutMs,
    ...rest,
    assertions: (assert ?? []).map((text) => parseAssertion(text)),
  };
}
