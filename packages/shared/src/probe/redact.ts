/**
 * Keeps secrets out of logs, summaries and report files. Header values under sensitive names
 * (Authorization, Cookie, API keys, tokens) are always replaced; any value registered as secret
 * (e.g. interpolated from a secret) is replaced wherever it appears in text, in every form a report
 * writes it: as is, JSON-escaped (once, and twice for a JSON body quoted in a message), XML-escaped
 * and escaped for a Markdown table cell. Text is cut only after masking (see `cut`); a prefix of a
 * secret left at a cut made elsewhere ("…" or the end of the text) is masked too.
 */

export const REDACTED = '***';

/** A secret's prefix this long or longer, left right before a cut, is masked. */
const MIN_PREFIX = 4;
/** What a cut leaves behind it (describeValue, cut below). */
const CUT_MARK = '…';

const jsonEscape = (text: string): string => JSON.stringify(text).slice(1, -1);
const xmlEscape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const xmlEscapeApos = (text: string): string => xmlEscape(text).replace(/'/g, '&apos;');
const cellEscape = (text: string): string => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|');

/** Every form in which a report may write `secret`, the secret itself first. */
export function writtenForms(secret: string): string[] {
  const forms = new Set<string>();
  for (const base of [secret, jsonEscape(secret), jsonEscape(jsonEscape(secret))]) {
    for (const form of [base, xmlEscape(base), xmlEscapeApos(base), cellEscape(base)]) forms.add(form);
  }
  return [...forms];
}

/** Header and query parameter names whose values are never shown. */
const SENSITIVE_NAME =
  /^(authorization|proxy-authorization|cookie|set-cookie)$|token|secret|passw(or)?d|api[-_]?key|session|credential|signature|^x-amz-security/i;

export function isSensitiveName(name: string): boolean {
  return SENSITIVE_NAME.test(name);
}

export class Redactor {
  #secrets: string[] = [];
  /** Every written form of every secret, longest first, so a secret containing another is replaced whole. */
  #forms: string[] = [];
  readonly #onSecret: ((value: string) => void) | undefined;

  /**
   * `onSecret` is told about every new secret and each of its escaped forms (the action passes core.setSecret
   * so the runner masks them too).
   */
  constructor(onSecret?: (value: string) => void) {
    this.#onSecret = onSecret;
  }

  /** Registers a value to hide. Very short values are ignored: masking "1" would mangle every number. */
  addSecret(value: string | undefined): void {
    if (!value || value.length < 3 || this.#secrets.includes(value)) return;
    this.#secrets.push(value);
    for (const form of writtenForms(value)) {
      if (this.#forms.includes(form)) continue;
      this.#forms.push(form);
      this.#onSecret?.(form);
    }
    this.#forms.sort((a, b) => b.length - a.length);
  }

  get secretCount(): number {
    return this.#secrets.length;
  }

  /** Text with every registered secret replaced, in each of its written forms. */
  text(text: string): string {
    if (this.#forms.length === 0) return text;
    let result = text;
    for (const form of this.#forms) if (result.includes(form)) result = result.split(form).join(REDACTED);
    return this.#maskCutPrefixes(result);
  }

  /** `text` masked, then cut to `limit` characters with a note of the full length: never the other way round. */
  cut(text: string, limit: number): string {
    const masked = this.text(text);
    return masked.length > limit ? `${masked.slice(0, limit)}${CUT_MARK} (${masked.length} chars)` : masked;
  }

  /** A secret's prefix (MIN_PREFIX characters or more) right before a cut mark or at the very end is masked. */
  #maskCutPrefixes(text: string): string {
    const ends: number[] = [text.length];
    for (let at = text.indexOf(CUT_MARK); at !== -1; at = text.indexOf(CUT_MARK, at + 1)) ends.push(at);
    const cuts: [number, number][] = [];
    for (const end of ends) {
      let longest = 0;
      for (const form of this.#forms) {
        for (let length = Math.min(form.length - 1, end); length >= MIN_PREFIX && length > longest; length--) {
          if (text.startsWith(form.slice(0, length), end - length)) {
            longest = length;
            break;
          }
        }
      }
      if (longest > 0) cuts.push([end - longest, end]);
    }
    if (cuts.length === 0) return text;
    cuts.sort((a, b) => b[0] - a[0]);
    let result = text;
    for (const [start, end] of cuts) result = `${result.slice(0, start)}${REDACTED}${result.slice(end)}`;
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
