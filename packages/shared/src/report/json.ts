import { fileError } from '../action/errors.ts';
import { readUtf8Chunks } from './chunks.ts';

/** A position in a JSON document: object keys and array indexes from the root. */
export type JsonPath = (string | number)[];

export interface JsonStreamOptions {
  /**
   * Whether the value at `path` is wanted whole: `true` collects it, `JSON.parse`s it and gives it to
   * `onValue`; `'text'` gives its JSON text, not parsed nor checked beyond nesting and strings, to `onText`
   * (for callers that parse elsewhere, e.g. in worker threads). The array is reused between calls: copy it to keep it.
   */
  select(path: JsonPath): boolean | 'text';
  /** Whether to walk into an object/array that is not selected (default: yes). Saying no skips it fast. */
  descend?(path: JsonPath): boolean;
  /** Receives each selected value (its own copy of the path). */
  onValue(value: unknown, path: JsonPath): void;
  /**
   * Receives each value selected as `'text'`, with the line and column where it starts (for error messages).
   * The path array is reused (no copy per value: this is the hot path for large documents): copy it to keep it.
   * Returning a promise pauses the stream until it settles (backpressure).
   */
  onText?(text: string, path: JsonPath, line: number, column: number): void | Promise<void>;
}

/**
 * `JSON.parse` of one value read from `file` at `line`:`column`: a syntax error becomes a file error at the
 * error's own line and column in the file.
 */
export function parseJsonAt(file: string, text: string, line: number, column: number): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    let errLine = line;
    let errColumn = column;
    if (position) {
      const offset = Number(position[1]);
      const before = text.slice(0, offset);
      const newlines = before.split('\n').length - 1;
      errLine += newlines;
      errColumn = newlines === 0 ? column + offset : offset - before.lastIndexOf('\n');
    }
    throw fileError(
      file,
      `is not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}`,
      errLine,
      errColumn,
    );
  }
}

const enum_ = {
  value: 0, // a value is expected (top level, after ':', after ',' in an array)
  valueOrEnd: 1, // just after '['
  keyOrEnd: 2, // just after '{'
  key: 3, // after ',' in an object
  colon: 4,
  commaOrEnd: 5,
  done: 6,
} as const;
type Phase = (typeof enum_)[keyof typeof enum_];

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9;
const isDelimiter = (c: number): boolean => c === 44 || c === 125 || c === 93 || isSpace(c);

/**
 * Streams a JSON file and hands over only the selected values, so a report of any size is read with
 * memory bounded by its largest selected value. A small tokenizer tracks only nesting, strings and
 * keys; each selected slice is decoded by `JSON.parse` (fast, and it validates the slice).
 * Bad or truncated JSON becomes a file error with line and column.
 */
export async function streamJson(file: string, options: JsonStreamOptions): Promise<void> {
  const { select, onValue } = options;
  const descend = options.descend ?? (() => true);
  const kinds: number[] = []; // 0 object, 1 array
  const path: JsonPath = [];
  let phase: Phase = enum_.value;
  let line = 1;
  let lineStart = 0; // absolute offset of the current line's first character
  let base = 0; // absolute offset of the current chunk

  // A value being collected (keep) or skipped (!keep).
  let capturing = false;
  let keep = false;
  let asText = false;
  let depth = 0;
  let primitive = false;
  let inString = false;
  let escapeNext = false;
  let parts: string[] = [];
  let captureLine = 0;
  let captureColumn = 0;
  // A key being read.
  let inKey = false;
  let keyParts: string[] = [];
  let sawAny = false;

  const fail = (message: string, at: number): never => {
    throw fileError(file, `is not valid JSON: ${message}`, line, at - lineStart + 1);
  };

  /** Index of the closing quote at or after i, or -1 (then `escapeNext` tells if the chunk ended mid-escape). */
  const scanString = (s: string, from: number): number => {
    let i = from;
    if (escapeNext) {
      escapeNext = false;
      i++;
    }
    for (;;) {
      const q = s.indexOf('"', i);
      if (q === -1) {
        let n = 0;
        for (let k = s.length - 1; k >= i && s.charCodeAt(k) === 92; k--) n++;
        escapeNext = n % 2 === 1;
        return -1;
      }
      let n = 0;
      for (let k = q - 1; k >= i && s.charCodeAt(k) === 92; k--) n++;
      if (n % 2 === 0) return q;
      i = q + 1;
    }
  };

  /** Ends the value being collected; a promise when `onText` asked to pause. */
  const finishValue = (): void | Promise<void> => {
    capturing = false;
    phase = kinds.length === 0 ? enum_.done : enum_.commaOrEnd;
    if (!keep) return;
    const text = parts.length === 1 ? parts[0]! : parts.join('');
    parts = [];
    if (asText) return options.onText!(text, path, captureLine, captureColumn);
    onValue(parseJsonAt(file, text, captureLine, captureColumn), path.slice());
  };

  let first = true;
  for await (const raw of readUtf8Chunks(file)) {
    let s = raw;
    if (first) {
      first = false;
      if (s.charCodeAt(0) === 0xfeff) {
        s = s.slice(1);
        base = 1;
        lineStart = 1;
      }
    }
    const n = s.length;
    let i = 0;
    // Where the value being collected starts in this chunk: at its opening character when it starts
    // here, so a value within one chunk is one slice (no join).
    let valueStart = -1;
    while (i < n) {
      if (capturing) {
        const captureStart = valueStart >= 0 ? valueStart : i;
        valueStart = -1;
        if (inString) {
          const q = scanString(s, i);
          if (q === -1) {
            i = n;
          } else {
            inString = false;
            i = q + 1;
            if (depth === 0) {
              if (keep) parts.push(s.slice(captureStart, i));
              const paused = finishValue();
              if (paused) await paused;
              continue;
            }
          }
        }
        if (primitive) {
          while (i < n && !isDelimiter(s.charCodeAt(i))) i++;
          if (keep) parts.push(s.slice(captureStart, i));
          if (i < n) {
            const paused = finishValue();
            if (paused) await paused;
          }
          continue;
        }
        let ended = false;
        for (; i < n; i++) {
          const c = s.charCodeAt(i);
          if (c === 34) {
            const q = scanString(s, i + 1);
            if (q === -1) {
              inString = true;
              i = n;
              break;
            }
            i = q;
          } else if (c === 123 || c === 91) {
            depth++;
          } else if (c === 125 || c === 93) {
            if (--depth === 0) {
              i++;
              ended = true;
              break;
            }
          } else if (c === 10) {
            line++;
            lineStart = base + i + 1;
          }
        }
        if (keep) parts.push(s.slice(captureStart, i));
        if (ended) {
          const paused = finishValue();
          if (paused) await paused;
        }
        continue;
      }
      if (inKey) {
        const q = scanString(s, i);
        if (q === -1) {
          keyParts.push(s.slice(i));
          i = n;
          continue;
        }
        keyParts.push(s.slice(i, q));
        const rawKey = keyParts.join('');
        keyParts = [];
        inKey = false;
        path[path.length - 1] = rawKey.includes('\\') ? (JSON.parse(`"${rawKey}"`) as string) : rawKey;
        phase = enum_.colon;
        i = q + 1;
        continue;
      }
      const c = s.charCodeAt(i);
      if (isSpace(c)) {
        if (c === 10) {
          line++;
          lineStart = base + i + 1;
        }
        i++;
        continue;
      }
      const at = base + i;
      switch (phase) {
        case enum_.valueOrEnd:
        case enum_.value: {
          if (phase === enum_.valueOrEnd && c === 93) {
            kinds.pop();
            path.pop();
            phase = kinds.length === 0 ? enum_.done : enum_.commaOrEnd;
            i++;
            break;
          }
          sawAny = true;
          const isContainer = c === 123 || c === 91;
          if (!isContainer && c !== 34 && c !== 45 && !(c >= 48 && c <= 57) && c !== 116 && c !== 102 && c !== 110) {
            fail(`unexpected '${s[i]}' where a value was expected`, at);
          }
          const selected = select(path);
          if (selected !== false) {
            keep = true;
            asText = selected === 'text';
            if (asText && options.onText === undefined)
              throw new Error('streamJson: select() said "text" without onText');
          } else if (isContainer && descend(path)) {
            kinds.push(c === 123 ? 0 : 1);
            path.push(c === 123 ? '' : 0);
            phase = c === 123 ? enum_.keyOrEnd : enum_.valueOrEnd;
            i++;
            break;
          } else {
            keep = false;
          }
          capturing = true;
          captureLine = line;
          captureColumn = at - lineStart + 1;
          parts = [];
          primitive = !isContainer && c !== 34;
          inString = c === 34;
          depth = isContainer ? 1 : 0;
          if (primitive) break; // the scan starts at this character
          valueStart = i;
          i++;
          break;
        }
        case enum_.keyOrEnd:
        case enum_.key:
          if (phase === enum_.keyOrEnd && c === 125) {
            kinds.pop();
            path.pop();
            phase = kinds.length === 0 ? enum_.done : enum_.commaOrEnd;
            i++;
            break;
          }
          if (c !== 34) fail(`unexpected '${s[i]}' where a key was expected`, at);
          inKey = true;
          i++;
          break;
        case enum_.colon:
          if (c !== 58) fail(`unexpected '${s[i]}' where ':' was expected`, at);
          phase = enum_.value;
          i++;
          break;
        case enum_.commaOrEnd: {
          const kind = kinds[kinds.length - 1];
          if (c === 44) {
            if (kind === 1) {
              path[path.length - 1] = (path[path.length - 1] as number) + 1;
              phase = enum_.value;
            } else {
              phase = enum_.key;
            }
          } else if ((c === 125 && kind === 0) || (c === 93 && kind === 1)) {
            kinds.pop();
            path.pop();
            phase = kinds.length === 0 ? enum_.done : enum_.commaOrEnd;
          } else {
            fail(`unexpected '${s[i]}' where ',' or '${kind === 0 ? '}' : ']'}' was expected`, at);
          }
          i++;
          break;
        }
        case enum_.done:
          fail(`unexpected '${s[i]}' after the end of the document`, at);
      }
    }
    // A value whose opening character ends the chunk: keep that character.
    if (valueStart >= 0 && keep) parts.push(s.slice(valueStart));
    base += n;
  }
  if (capturing && primitive && !inString) {
    await finishValue();
  }
  if (!sawAny) throw fileError(file, 'is not valid JSON: the file holds no value');
  if (phase !== enum_.done || capturing || inKey) {
    throw fileError(file, 'is not valid JSON: unexpected end of file (truncated?)', line, base - lineStart + 1);
  }
}
