import type { ErrorKind } from './types.ts';

const CODE_KINDS: Record<string, ErrorKind> = {
  ECONNREFUSED: 'refused',
  ECONNRESET: 'reset',
  EPIPE: 'reset',
  UND_ERR_SOCKET: 'reset',
  UND_ERR_CLOSED: 'reset',
  ECONNABORTED: 'reset',
  UND_ERR_CONNECT_TIMEOUT: 'connect-timeout',
  ETIMEDOUT: 'connect-timeout',
  UND_ERR_HEADERS_TIMEOUT: 'timeout',
  UND_ERR_BODY_TIMEOUT: 'timeout',
  ENOTFOUND: 'dns',
  EAI_AGAIN: 'dns',
  EAI_NONAME: 'dns',
};

/** Map a network error (undici or node:net, possibly wrapped in `cause`) to an ErrorKind. */
export function classifyNetworkError(error: unknown): ErrorKind {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') {
      const kind = CODE_KINDS[code];
      if (kind) return kind;
      if (/^(ERR_TLS|ERR_SSL|CERT_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|ERR_OSSL)/.test(code)) return 'tls';
    }
    current = (current as { cause?: unknown }).cause;
  }
  return 'other';
}

/** The most specific message in an error's cause chain, on one line. */
export function errorMessage(error: unknown): string {
  const parts: string[] = [];
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const { message, code } = current as { message?: unknown; code?: unknown };
    const text = typeof message === 'string' && message ? message : String(current);
    const withCode = typeof code === 'string' && !text.includes(code) ? `${text} (${code})` : text;
    if (!parts.includes(withCode)) parts.push(withCode);
    current = (current as { cause?: unknown }).cause;
  }
  return parts.join(': ').replace(/\s+/g, ' ');
}
