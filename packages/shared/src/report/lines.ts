import { readChunks } from './chunks.ts';

/**
 * Calls `onLine` for every line of a file (`line` is 1-based, the text without its line terminator), streaming:
 * the file is never held whole. Handles LF and CRLF endings and a UTF-8 byte order mark. Chunks are read whole
 * lines at a time, so each is decoded once, a multi-byte character is never cut, and one long line costs its length.
 */
export async function scanLines(path: string, onLine: (text: string, line: number) => void): Promise<void> {
  let line = 0;
  let first = true;
  for await (const bytes of readChunks(path, { wholeLines: true })) {
    let start = 0;
    if (first) {
      first = false;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
    }
    const text = bytes.toString('utf8', start);
    const n = text.length;
    let from = 0;
    while (from < n) {
      let end = text.indexOf('\n', from);
      const next = end === -1 ? n : end + 1;
      if (end === -1) end = n;
      line++;
      onLine(text.slice(from, end > from && text.charCodeAt(end - 1) === 13 ? end - 1 : end), line);
      from = next;
    }
  }
}

/**
 * A copy of `text` that does not point into the chunk it was cut from. V8 keeps a whole read chunk
 * alive while any slice of it lives, so strings a parser keeps (file paths, function names)
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
