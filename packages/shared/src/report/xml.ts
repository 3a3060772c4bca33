import { createReadStream } from 'node:fs';
import { SaxesParser } from 'saxes';
import { FileError } from '../action/errors.ts';

/** Callbacks of `streamXml`; only the ones given are wired (text events are costly on big files). */
export interface XmlHandlers {
  /** An element opened; `line` is where its start tag ends. */
  open?(name: string, attrs: Record<string, string>, line: number): void;
  /** An element closed (self-closing elements get `open` then `close`). */
  close?(name: string, line: number): void;
  /** Character data between tags (entities decoded, CDATA included). */
  text?(text: string): void;
}

const CHUNK_BYTES = 1 << 20;

/**
 * Streams an XML file through `saxes`, calling the handlers element by element: the document is
 * never held whole. Malformed or truncated XML becomes a FileError with the line and column.
 * An exception thrown by a handler (e.g. a FileError about the content) propagates unchanged.
 */
export async function streamXml(path: string, handlers: XmlHandlers): Promise<void> {
  // No namespace processing: coverage formats do not use namespaces, and it halves the cost.
  const parser = new SaxesParser({ xmlns: false, position: true });
  let handlerError: unknown;
  const guard =
    <A extends unknown[]>(fn: (...args: A) => void) =>
    (...args: A): void => {
      if (handlerError !== undefined) return;
      try {
        fn(...args);
      } catch (error) {
        handlerError = error;
      }
    };
  const { open, close, text } = handlers;
  if (open) {
    parser.on(
      'opentag',
      guard((tag) => open(tag.name, tag.attributes as Record<string, string>, parser.line)),
    );
  }
  if (close)
    parser.on(
      'closetag',
      guard((tag) => close(tag.name, parser.line)),
    );
  if (text) {
    parser.on('text', guard(text));
    parser.on('cdata', guard(text));
  }
  const fail = (error: unknown): never => {
    const message = error instanceof Error ? error.message : String(error);
    throw new FileError(
      path,
      `is not well-formed XML: ${message.replace(/^\d+:\d+: /, '')}`,
      parser.line,
      parser.column,
    );
  };
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: CHUNK_BYTES });
  let first = true;
  let sawElement = false;
  parser.on('opentagstart', () => {
    sawElement = true;
  });
  try {
    for await (const raw of stream as AsyncIterable<string>) {
      let chunk = raw;
      if (first) {
        first = false;
        if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      }
      try {
        parser.write(chunk);
      } catch (error) {
        fail(error);
      }
      if (handlerError !== undefined) throw handlerError;
    }
    try {
      parser.close();
    } catch (error) {
      // saxes reports a truncated document as unclosed tags at the end.
      fail(error);
    }
  } finally {
    stream.destroy();
  }
  if (handlerError !== undefined) throw handlerError;
  if (!sawElement) throw new FileError(path, 'is not XML: no root element found');
}
