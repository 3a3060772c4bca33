/**
 * The runner's file commands: `GITHUB_OUTPUT`, `GITHUB_ENV` and `GITHUB_STATE` hold `name=value` lines and
 * `name<<DELIMITER` ... `DELIMITER` blocks; `GITHUB_PATH` holds one directory a line.
 * Parsed with the rules of actions/runner `EnvFileKeyValuePairs`: whichever of `=` and `<<` comes first decides
 * the form, a heredoc value keeps its inner newlines but not the one before the delimiter, a missing delimiter
 * is an error (the runner fails the step; here it throws).
 */

/** A malformed file command: the runner would fail the step with this message. */
export class FileCommandError extends Error {
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'FileCommandError';
  }
}

interface Line {
  text: string;
  /** Offset just past the line's newline (or the end of the text). */
  next: number;
  hasNewline: boolean;
}

function readLine(text: string, start: number): Line | undefined {
  if (start >= text.length) return undefined;
  const lf = text.indexOf('\n', start);
  if (lf < 0) return { text: text.slice(start), next: text.length, hasNewline: false };
  const end = lf > start && text[lf - 1] === '\r' ? lf - 1 : lf;
  return { text: text.slice(start, end), next: lf + 1, hasNewline: true };
}

/**
 * Parses a key/value file command. Later values of the same name win, as in the runner.
 * @param label the variable name (e.g. `GITHUB_OUTPUT`), used in error messages.
 */
export function parseKeyValueFile(text: string, label = 'file command'): Record<string, string> {
  const values: Record<string, string> = {};
  let index = 0;
  for (let line = readLine(text, index); line !== undefined; line = readLine(text, index)) {
    index = line.next;
    if (line.text === '') continue;
    const eq = line.text.indexOf('=');
    const heredoc = line.text.indexOf('<<');
    if (eq >= 0 && (heredoc < 0 || eq < heredoc)) {
      const name = line.text.slice(0, eq);
      if (name === '') throw new FileCommandError(label, `Invalid format '${line.text}'. Name must not be empty`);
      values[name] = line.text.slice(eq + 1);
    } else if (heredoc >= 0) {
      const name = line.text.slice(0, heredoc);
      const delimiter = line.text.slice(heredoc + 2);
      if (name === '' || delimiter === '') {
        throw new FileCommandError(
          label,
          `Invalid format '${line.text}'. Name must not be empty and delimiter must not be empty`,
        );
      }
      const valueStart = index;
      let valueEnd = index;
      let inner = readLine(text, index);
      while (inner === undefined || inner.text !== delimiter) {
        if (inner === undefined) {
          throw new FileCommandError(label, `Invalid value. Matching delimiter not found '${delimiter}'`);
        }
        if (!inner.hasNewline) throw new FileCommandError(label, 'Invalid value. EOF marker missing new line.');
        // The value runs up to, not including, the newline before the delimiter line.
        valueEnd = inner.next - (text[inner.next - 2] === '\r' ? 2 : 1);
        index = inner.next;
        inner = readLine(text, index);
      }
      index = inner.next;
      values[name] = valueEnd > valueStart ? text.slice(valueStart, valueEnd) : '';
    } else {
      throw new FileCommandError(label, `Invalid format '${line.text}'`);
    }
  }
  return values;
}

/** Parses a `GITHUB_PATH` file: each non-blank line is a directory to prepend to PATH. */
export function parsePathFile(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
