import { open } from 'node:fs/promises';
import { fileError } from '../action/errors.ts';

/** The first bytes of a report, decoded, for content-based format detection. */
export interface FileHead {
  /** Decoded text of the head (BOM removed); may end mid-line. */
  text: string;
  /** Size of the whole file in bytes. */
  size: number;
  /** Whether the file started with a UTF-8 byte order mark. */
  bom: boolean;
}

const HEAD_BYTES = 8192;

/**
 * Reads the head of a file and rejects what cannot be a text report: a missing file, an empty one,
 * or binary content (NUL bytes, invalid UTF-8). `expected` names the wanted kind of file for the
 * message, e.g. "a coverage report (lcov, Cobertura XML, ...)".
 */
export async function sniffFile(path: string, expected: string, headBytes = HEAD_BYTES): Promise<FileHead> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw fileError(
      path,
      code === 'ENOENT'
        ? 'does not exist'
        : code === 'EISDIR'
          ? 'is a directory, expected a file'
          : `cannot be read (${code ?? String(error)})`,
    );
  }
  try {
    const { size } = await handle.stat();
    if (size === 0) throw fileError(path, `is empty, expected ${expected}`);
    const buffer = Buffer.alloc(Math.min(size, headBytes));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const bytes = buffer.subarray(0, bytesRead);
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
      throw fileError(path, `is UTF-16 encoded, expected ${expected} in UTF-8`);
    }
    if (bytes.includes(0)) throw fileError(path, `is a binary file, expected ${expected}`);
    let text: string;
    try {
      // stream: true tolerates a multi-byte character cut at the end of the head.
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes, { stream: bytesRead < size });
    } catch {
      throw fileError(path, `is a binary file (not UTF-8 text), expected ${expected}`);
    }
    const bom = text.charCodeAt(0) === 0xfeff;
    if (bom) text = text.slice(1);
    if (text.trim() === '' && size <= headBytes) throw fileError(path, `holds only whitespace, expected ${expected}`);
    return { text, size, bom };
  } finally {
    await handle.close();
  }
}

/**
 * What a file that is not a report looks like, for an error message, without quoting its text (a wrong file may
 * be anything: a .env file, a key): the root element of XML or HTML, the kind of JSON value, or the length of the
 * first line of other text.
 */
export function describeStart(text: string): string {
  const start = text.trimStart();
  const element = /^(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<(!DOCTYPE\s+)?([A-Za-z_][\w.:-]{0,39})/i.exec(start);
  if (element) return `it is XML or HTML whose first element is <${element[1] ? '!DOCTYPE ' : ''}${element[2]}>`;
  if (start.startsWith('{')) return 'it is JSON (an object) of no known report shape';
  if (start.startsWith('[')) return 'it is JSON (a list) of no known report shape';
  const firstLine = start.split('\n', 1)[0] ?? '';
  return `its first line is ${firstLine.length} characters of text in no known report format`;
}
