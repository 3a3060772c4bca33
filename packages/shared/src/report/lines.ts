import { createReadStream } from 'node:fs';

/** One line of a text report, without its line terminator; `line` is 1-based. */
export interface TextLine {
  text: string;
  line: number;
}

// Large reads: most report lines are short, so per-chunk overhead dominates with small buffers.
const CHUNK_BYTES = 1 << 20;

/**
 * Calls `onLine` for every line of a file, streaming (the file is never held whole).
 * Handles LF and CRLF endings and a UTF-8 byte order mark. The callback form is the fast path
 * for big reports; `readLines` is the same as an async generator.
 */
export async function scanLines(path: string, onLine: (text: string, line: number) => void): Promise<void> {
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: CHUNK_BYTES });
  let carry = '';
  let lineNumber = 0;
  let first = true;
  for await (const chunk of stream as AsyncIterable<string>) {
    let text = carry === '' ? chunk : carry + chunk;
    if (first) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    let start = 0;
    let end = text.indexOf('\n', start);
    while (end !== -1) {
      lineNumber++;
      onLine(text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end), lineNumber);
      start = end + 1;
      end = text.indexOf('\n', start);
    }
    carry = start === 0 ? text : text.slice(start);
  }
  if (carry !== '') {
    lineNumber++;
    onLine(carry.endsWith('\r') ? carry.slice(0, -1) : carry, lineNumber);
  }
}

/** Streams the lines of a file (LF or CRLF, UTF-8 BOM dropped), one at a time. */
export async function* readLines(path: string): AsyncGenerator<TextLine> {
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: CHUNK_BYTES });
  let carry = '';
  let lineNumber = 0;
  let first = true;
  for await (const chunk of stream as AsyncIterable<string>) {
    let text = carry === '' ? chunk : carry + chunk;
    if (first) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const batch: TextLine[] = [];
    let start = 0;
    let end = text.indexOf('\n', start);
    while (end !== -1) {
      lineNumber++;
      batch.push({
        text: text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end),
        line: lineNumber,
      });
      start = end + 1;
      end = text.indexOf('\n', start);
    }
    carry = start === 0 ? text : text.slice(start);
    yield* batch;
  }
  if (carry !== '') {
    lineNumber++;
    yield { text: carry.endsWith('\r') ? carry.slice(0, -1) : carry, line: lineNumber };
  }
}
