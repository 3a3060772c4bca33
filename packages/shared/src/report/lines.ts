import { createReadStream } from 'node:fs';
import { readUtf8Chunks, TEXT_CHUNK_BYTES } from './chunks.ts';

/** One line of a text report, without its line terminator; `line` is 1-based. */
export interface TextLine {
  text: string;
  line: number;
}

// Large reads: most report lines are short, so per-chunk overhead dominates with small buffers.
const CHUNK_BYTES = TEXT_CHUNK_BYTES;

/**
 * Calls `onLine` for every line of a file, streaming (the file is never held whole).
 * Handles LF and CRLF endings and a UTF-8 byte order mark. The callback form is the fast path
 * for big reports; `readLines` is the same as an async generator.
 */
export async function scanLines(path: string, onLine: (text: string, line: number) => void): Promise<void> {
  const splitter = new LineSplitter();
  for await (const chunk of readUtf8Chunks(path)) splitter.push(chunk, onLine);
  splitter.end(onLine);
}

/** Streams the lines of a file (LF or CRLF, UTF-8 BOM dropped), one at a time. */
export async function* readLines(path: string): AsyncGenerator<TextLine> {
  const splitter = new LineSplitter();
  const batch: TextLine[] = [];
  const take = (text: string, line: number) => void batch.push({ text, line });
  for await (const chunk of readUtf8Chunks(path)) {
    splitter.push(chunk, take);
    yield* batch;
    batch.length = 0;
  }
  splitter.end(take);
  yield* batch;
}

/**
 * Cuts decoded chunks into lines. A line that spans chunks is kept as a list of pieces and joined once, when its
 * end comes: a 50 MB line costs its length, not its length once per chunk.
 */
class LineSplitter {
  #pieces: string[] = [];
  #line = 0;
  #first = true;

  push(chunk: string, onLine: (text: string, line: number) => void): void {
    let text = chunk;
    if (this.#first) {
      this.#first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    let start = 0;
    let end = text.indexOf('\n');
    if (end !== -1 && this.#pieces.length > 0) {
      this.#pieces.push(text.slice(0, end));
      this.#emit(this.#pieces.join(''), onLine);
      this.#pieces = [];
      start = end + 1;
      end = text.indexOf('\n', start);
    }
    while (end !== -1) {
      this.#emit(text.slice(start, end), onLine);
      start = end + 1;
      end = text.indexOf('\n', start);
    }
    if (start < text.length) this.#pieces.push(start === 0 ? text : text.slice(start));
  }

  end(onLine: (text: string, line: number) => void): void {
    const rest = this.#pieces.join('');
    this.#pieces = [];
    if (rest !== '') this.#emit(rest, onLine);
  }

  #emit(text: string, onLine: (text: string, line: number) => void): void {
    this.#line++;
    onLine(text.endsWith('\r') ? text.slice(0, -1) : text, this.#line);
  }
}

/**
 * A copy of `text` that does not point into the chunk it was cut from. V8 keeps a whole read chunk
 * (1 MB) alive while any slice of it lives, so strings a parser keeps (file paths, function names)
 * must be detached, or a big report ends up held whole in memory after all.
 */
export function detach(text: string): string {
  return text.length === 0 ? '' : Buffer.from(text, 'utf8').toString('utf8');
}

/** Length of `data` without a UTF-8 sequence cut at its end (decoded with the next chunk). */
export function completeUtf8Length(data: Buffer): number {
  const end = data.length;
  for (let k = end - 1; k >= 0 && k >= end - 4; k--) {
    const byte = data[k]!;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte
    const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return k + need > end ? k : end;
  }
  return end;
}

/**
 * Decoded chunks of a file that always end at a line boundary (after a '\n', except the last one),
 * as flat strings, BOM dropped: the building block for parsers that walk lines with charCodeAt.
 */
export async function* readTextChunks(path: string): AsyncGenerator<string> {
  const stream = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  // The unfinished line, as the chunks it spans: joined once, when its newline comes (linear on a long line).
  let carry: Buffer[] = [];
  let first = true;
  const bom = (text: string): string => {
    if (!first) return text;
    first = false;
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  };
  for await (const bytes of stream as AsyncIterable<Buffer>) {
    // Every yielded string ends at a newline. The unfinished line of the last chunk is joined with the
    // start of this one on its own, so chunks are decoded in place, never copied into a bigger buffer.
    const firstNewline = bytes.indexOf(10);
    if (firstNewline === -1) {
      carry.push(bytes);
      continue;
    }
    let from = 0;
    if (carry.length > 0) {
      yield bom(Buffer.concat([...carry, bytes.subarray(0, firstNewline + 1)]).toString('utf8'));
      carry = [];
      from = firstNewline + 1;
    }
    const lastNewline = bytes.lastIndexOf(10);
    if (lastNewline >= from) yield bom(bytes.toString('utf8', from, lastNewline + 1));
    if (lastNewline + 1 < bytes.length) carry.push(bytes.subarray(lastNewline + 1));
  }
  const rest = Buffer.concat(carry);
  if (rest.length > 0) yield bom(rest.toString('utf8'));
}

/**
 * The allocation-free form of `scanLines` for hot parsers: `onLine` gets the decoded chunk and the
 * bounds of one line in it (`end` excludes the line terminator, CR included), so a parser can read
 * numbers with charCodeAt and slice only what it keeps.
 */
export async function scanLineRanges(
  path: string,
  onLine: (chunk: string, start: number, end: number, line: number) => void,
): Promise<void> {
  let lineNumber = 0;
  for await (const text of readTextChunks(path)) {
    let start = 0;
    while (start < text.length) {
      let end = text.indexOf('\n', start);
      const next = end === -1 ? text.length : end + 1;
      if (end === -1) end = text.length;
      lineNumber++;
      onLine(text, start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end, lineNumber);
      start = next;
    }
  }
}
