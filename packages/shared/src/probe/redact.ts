/**
 * Keeps secrets out of logs, summaries and report files. Header values under sensitive names
 * (Authorization, Cookie, API keys, tokens) are always replaced; any value registered as secret
 * (e.g. interpolated from a secret) is replaced wherever it appears in text.
 */

export const REDACTED = '***';

/** Header and query parameter names whose values are never shown. */
const SENSITIVE_NAME =
  /^(authorization|proxy-authorization|cookie|set-cookie)$|token|secret|passw(or)?d|api[-_]?key|session|credential|signature|^x-amz-security/i;

export function isSensitiveName(name: string): boolean {
  return SENSITIVE_NAME.test(name);
}

export class Redactor {
  #secrets: string[] = [];
  readonly #onSecret: ((value: string) => void) | undefined;

  /** `onSecret` is told about every new secret (the action passes core.setSecret so the runner masks it too). */
  constructor(onSecret?: (value: string) => void) {
    this.#onSecret = onSecret;
  }

  /** Registers a value to hide. Very short values are ignored: masking "1" would mangle every number. */
  addSecret(value: string | undefined): void {
    if (!value || value.length < 3 || this.#secrets.includes(value)) return;
    this.#secrets.push(value);
    // Longest first, so a secret containing another is replaced whole.
    this.#secrets.sort((a, b) => b.length - a.length);
    this.#onSecret?.(value);
  }

  get secretCount(): number {
    return this.#secrets.length;
  }

  /** Text with every registered secret replaced. */
  text(text: string): string {
    let result = text;
    for (const secret of this.#secrets) result = result.split(secret).join(REDACTED);
    return result;
  }

  /** Headers for display: sensitive names fully hidden, others with secrets replaced. */
  headers(headers: Record<string, string>): Record<string, string> {
    return Object.fromEntries(
      Object.entries(headers).map(([name, value]) => [name, isSensitiveName(name) ? REDACTED : this.text(value)]),
    );
  }

  /** A URL for display: password, sensitive query parameters and secrets hidden. */
  url(url: URL | string): string {
    let parsed: URL;
    try {
      parsed = new URL(String(url));
    } catch {
      return this.text(String(url));
    }
    if (parsed.password) parsed.password = REDACTED;
    for (const name of [...parsed.searchParams.keys()]) {
      if (isSensitiveName(name)) parsed.searchParams.set(name, REDACTED);
    }
    return this.text(parsed.toString());
  }

  /** Deep copy of a JSON-like value with every string passed through text(). */
  value<T>(value: T): T {
    if (typeof value === 'string') return this.text(value) as T;
    if (Array.isArray(value)) return value.map((item: unknown) => this.value(item)) as T;
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, this.value(item)])) as T;
    }
    return value;
  }
}
