import { fileError } from '../action/errors.ts';
import { readChunks, TEXT_CHUNK_BYTES } from './chunks.ts';
import { completeUtf8Length } from './lines.ts';

/** Callbacks of `streamXml`; only the ones given cost anything (text is not even sliced without `text`). */
export interface XmlHandlers {
  /** An element opened; `line` is where its start tag ends. */
  open?(name: string, attrs: Record<string, string>, line: number): void;
  /** An element closed (self-closing elements get `open` then `close`). */
  close?(name: string, line: number): void;
  /**
   * Character data between tags (entities decoded, CDATA included); may arrive in several pieces.
   * Read at each use: a handler may set it only while inside the element whose text it wants.
   */
  text?(text: string): void;
  /** A comment's text (between `<!--` and `-->`); some tools write data there (Node's JUnit totals). */
  comment?(text: string): void;
}

const CHUNK_BYTES = TEXT_CHUNK_BYTES;

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Decodes the five predefined entities and character references; anything else is an error (no DTD entities: no
 * XXE), reported through `fail` at its offset in the buffer.
 */
function decodeEntities(text: string, at: number, fail: (message: string, at: number) => never): string {
  return text.replace(/&([^;&\s]*);?/g, (match, body: string, offset: number) => {
    if (!match.endsWith(';')) fail(`'&' must start an entity like &amp;`, at + offset);
    if (body.startsWith('#x') || body.startsWith('#X')) {
      const code = parseInt(body.slice(2), 16);
      if (Number.isNaN(code)) fail(`invalid character reference &${body};`, at + offset);
      return String.fromCodePoint(code);
    }
    if (body.startsWith('#')) {
      const code = parseInt(body.slice(1), 10);
      if (Number.isNaN(code)) fail(`invalid character reference &${body};`, at + offset);
      return String.fromCodePoint(code);
    }
    const entity = ENTITIES[body];
    if (entity === undefined) fail(`undefined entity &${body};`, at + offset);
    return entity;
  });
}

const isNameStart = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 58 || c > 127;
const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;

/**
 * Streams an XML file element by element: the document is never held whole. A small non-validating
 * tokenizer (tags, attributes, the predefined entities, comments, CDATA, processing instructions,
 * DOCTYPE without entity expansion) checks well-formedness as it goes: mismatched or unclosed tags,
 * bad attributes, text or a second element after the root, and a truncated file are file errors with
 * line and column. It replaced saxes here: saxes measured 21 MB/s on big reports, this runs at several
 * times that. An exception thrown by a handler propagates unchanged.
 */
export async function streamXml(path: string, handlers: XmlHandlers): Promise<void> {
  const { open, close } = handlers;
  const stack: string[] = [];
  let line = 1;
  let lineStartAbs = 0;
  let base = 0; // absolute offset of buf[0]
  let buf = '';
  let countedTo = 0;
  let nextNewline = -1;
  let sawRoot = false;
  let first = true;

  const advanceLines = (to: number): void => {
    if (to <= countedTo) return;
    while (nextNewline !== -1 && nextNewline < to) {
      line++;
      lineStartAbs = base + nextNewline + 1;
      nextNewline = buf.indexOf('\n', nextNewline + 1);
    }
    countedTo = to;
  };
  const fail = (message: string, at: number): never => {
    advanceLines(at);
    throw fileError(path, `is not well-formed XML: ${message}`, line, base + at - lineStartAbs + 1);
  };
  const outsideRootText = (from: number, to: number): void => {
    for (let k = from; k < to; k++) {
      if (!isSpace(buf.charCodeAt(k)))
        fail(sawRoot ? 'text after the root element' : 'text before the root element', k);
    }
  };
  const emitText = (from: number, to: number): void => {
    if (from >= to) return;
    if (stack.length === 0) {
      outsideRootText(from, to);
      return;
    }
    if (!handlers.text) return;
    const raw = buf.slice(from, to);
    handlers.text(raw.includes('&') ? decodeEntities(raw, from, fail) : raw);
  };

  // Attribute names repeat endlessly in coverage reports: reuse one internalized string per name, which
  // makes `attrs[name] = value` a fast property store instead of a string-table lookup per attribute.
  const namesByLength: string[][] = [];
  const attributeName = (from: number, to: number): string => {
    const length = to - from;
    const bucket = (namesByLength[length] ??= []);
    const raw = buf.slice(from, to);
    for (const known of bucket) if (known === raw) return known;
    const fresh = Object.keys({ [raw]: 0 })[0]!;
    if (bucket.length < 16) bucket.push(fresh);
    return fresh;
  };

  /**
   * Parses the start tag at buf[lt] and reports it; returns the index of its '>' or -1 when the tag
   * continues in the next chunk (nothing is reported then). Quoted values are skipped with indexOf.
   */
  const startTag = (lt: number): number => {
    const n = buf.length;
    let k = lt + 1;
    if (!isNameStart(buf.charCodeAt(k))) fail(`invalid tag name`, k);
    for (; k < n; k++) {
      const c = buf.charCodeAt(k);
      if (c === 62 || c === 47 || isSpace(c)) break;
      if (c === 60) fail(`'<' inside a tag`, k);
    }
    if (k >= n) return -1;
    const name = buf.slice(lt + 1, k);
    const attrs: Record<string, string> = {};
    const seen: string[] = [];
    let gt: number;
    let selfClosing = false;
    for (;;) {
      const before = k;
      while (k < n && isSpace(buf.charCodeAt(k))) k++;
      if (k >= n) return -1;
      const c = buf.charCodeAt(k);
      if (c === 62) {
        gt = k;
        break;
      }
      if (c === 47) {
        if (k + 1 >= n) return -1;
        if (buf.charCodeAt(k + 1) !== 62) fail(`expected '>' after '/'`, k + 1);
        gt = k + 1;
        selfClosing = true;
        break;
      }
      if (k === before) fail(`expected whitespace before attribute`, k);
      const nameStart = k;
      if (!isNameStart(c)) fail(c === 60 ? `'<' inside a tag` : `invalid attribute name`, k);
      for (; k < n; k++) {
        const ch = buf.charCodeAt(k);
        if (ch === 61 || ch === 62 || ch === 47 || ch === 60 || isSpace(ch)) break;
      }
      if (k >= n) return -1;
      const attrName = attributeName(nameStart, k);
      while (k < n && isSpace(buf.charCodeAt(k))) k++;
      if (k >= n) return -1;
      if (buf.charCodeAt(k) !== 61) fail(`attribute '${attrName}' has no value`, k);
      k++;
      while (k < n && isSpace(buf.charCodeAt(k))) k++;
      if (k >= n) return -1;
      const quote = buf.charCodeAt(k);
      if (quote !== 34 && quote !== 39) fail(`the value of '${attrName}' must be quoted`, k);
      const close = buf.indexOf(quote === 34 ? '"' : "'", k + 1);
      if (close === -1) return -1;
      const value = buf.slice(k + 1, close);
      if (value.includes('<')) fail(`'<' in the value of '${attrName}'`, k);
      for (const other of seen) if (other === attrName) fail(`duplicate attribute '${attrName}'`, nameStart);
      seen.push(attrName);
      attrs[attrName] = value.includes('&') ? decodeEntities(value, k + 1, fail) : value;
      k = close + 1;
    }
    if (stack.length === 0 && sawRoot) fail(`a second root element <${name}>`, lt);
    sawRoot = true;
    advanceLines(gt);
    open?.(name, attrs, line);
    if (selfClosing) close?.(name, line);
    else stack.push(name);
    return gt;
  };

  let carry = '';
  let tail: Buffer = Buffer.alloc(0);
  // A construct longer than a chunk (a 50 MB attribute) is parsed again only once the bytes read after it
  // have doubled it: each attempt costs its length, so the attempts together stay linear in the file.
  let waiting: Buffer[] = [];
  let waitingBytes = 0;
  let needBytes = 0;
  /** Parses what `bytes` completes, after the carry; keeps the unfinished rest as the next carry. */
  const feed = (bytes: Buffer): void => {
    // The unfinished tail of the last chunk goes back in front as bytes, so the decoded chunk is one
    // flat string: character access on a concatenated (cons) string is several times slower.
    const data = carry === '' && tail.length === 0 ? bytes : Buffer.concat([Buffer.from(carry, 'utf8'), tail, bytes]);
    const cut = completeUtf8Length(data);
    // A copy: `data` may be the reader's buffer, which the next read overwrites.
    tail = Buffer.from(data.subarray(cut));
    buf = data.toString('utf8', 0, cut);
    if (first) {
      first = false;
      if (buf.charCodeAt(0) === 0xfeff) {
        buf = buf.slice(1);
        base = 1;
        lineStartAbs = 1;
      }
    }
    countedTo = 0;
    nextNewline = buf.indexOf('\n');
    const n = buf.length;
    let i = 0;
    let pending = -1; // start of an incomplete construct to carry over
    while (i < n) {
      const lt = buf.indexOf('<', i);
      if (lt === -1) {
        // Text up to the end of the chunk; keep a possible partial entity for the next one.
        const amp = buf.lastIndexOf('&');
        const cut = amp >= i && buf.indexOf(';', amp) === -1 && n - amp < 32 ? amp : n;
        emitText(i, cut);
        if (cut < n) pending = cut;
        break;
      }
      emitText(i, lt);
      if (lt + 1 >= n) {
        pending = lt;
        break;
      }
      const c = buf.charCodeAt(lt + 1);
      if (c === 47) {
        const gt = buf.indexOf('>', lt + 2);
        if (gt === -1) {
          pending = lt;
          break;
        }
        const name = buf.slice(lt + 2, gt).trimEnd();
        const expected = stack.pop();
        if (expected === undefined) fail(`closing tag </${name}> without an open element`, lt);
        if (name !== expected) fail(`closing tag </${name}> does not match <${expected}>`, lt);
        advanceLines(gt);
        close?.(name, line);
        i = gt + 1;
      } else if (c === 63) {
        const end = buf.indexOf('?>', lt + 2);
        if (end === -1) {
          pending = lt;
          break;
        }
        i = end + 2;
      } else if (c === 33) {
        if (buf.startsWith('<!--', lt)) {
          const end = buf.indexOf('-->', lt + 4);
          if (end === -1) {
            pending = lt;
            break;
          }
          handlers.comment?.(buf.slice(lt + 4, end));
          i = end + 3;
        } else if (buf.startsWith('<![CDATA[', lt)) {
          const end = buf.indexOf(']]>', lt + 9);
          if (end === -1) {
            pending = lt;
            break;
          }
          if (stack.length === 0) fail('CDATA outside the root element', lt);
          handlers.text?.(buf.slice(lt + 9, end));
          i = end + 3;
        } else if (buf.startsWith('<!DOCTYPE', lt) || n - lt < 9) {
          const bracket = buf.indexOf('[', lt);
          let gt = buf.indexOf('>', lt);
          if (bracket !== -1 && (gt === -1 || bracket < gt)) {
            const closeBracket = buf.indexOf(']', bracket);
            gt = closeBracket === -1 ? -1 : buf.indexOf('>', closeBracket);
          }
          if (gt === -1) {
            pending = lt;
            break;
          }
          if (!buf.startsWith('<!DOCTYPE', lt)) fail('unexpected markup declaration', lt);
          if (sawRoot) fail('DOCTYPE after the root element', lt);
          i = gt + 1;
        } else {
          fail('unexpected markup declaration', lt);
        }
      } else {
        const gt = startTag(lt);
        if (gt === -1) {
          pending = lt;
          break;
        }
        i = gt + 1;
      }
    }
    const consumed = pending === -1 ? n : pending;
    advanceLines(consumed);
    carry = consumed < n ? buf.slice(consumed) : '';
    base += consumed;
    if (carry.length > 64 * 1024 * 1024) fail('a single tag or comment is larger than 64 MB', consumed);
    needBytes = carry.length > CHUNK_BYTES ? carry.length : 0;
  };

  for await (const chunk of readChunks(path)) {
    if (needBytes > 0) {
      waiting.push(Buffer.from(chunk)); // kept past the next read: copied
      waitingBytes += chunk.length;
      if (waitingBytes < needBytes) continue;
    }
    const bytes = waiting.length > 0 ? Buffer.concat(waiting) : chunk;
    waiting = [];
    waitingBytes = 0;
    feed(bytes);
  }
  // The file ended while a long construct waited for more: parse what there is (it ends there or is truncated).
  if (waiting.length > 0) feed(Buffer.concat(waiting));
  buf = carry + tail.toString('utf8');
  countedTo = 0;
  nextNewline = buf.indexOf('\n');
  if (buf.trim() !== '')
    fail(`unexpected end of file inside '${buf.slice(0, 20).replace(/\s+/g, ' ')}…' (truncated?)`, 0);
  if (stack.length > 0)
    fail(`unexpected end of file: <${stack[stack.length - 1]}> is not closed (truncated?)`, buf.length);
  if (!sawRoot) throw fileError(path, 'is not well-formed XML: document must contain a root element');
}
