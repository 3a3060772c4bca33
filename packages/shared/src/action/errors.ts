/**
 * Errors a user can act on. `runAction` prints them as one `::error::` line,
 * without a stack trace: they say what was wrong and what was expected.
 */

/** A problem with an action input: names the input and the expected form. */
export class InputError extends Error {
  readonly input: string;
  constructor(input: string, message: string) {
    super(`Input '${input}': ${message}`);
    this.name = 'InputError';
    this.input = input;
  }
}

/** A problem with a file the user pointed us at: names the file and, where known, the line. */
export class FileError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  /** What is wrong, without the place (to say it again under another name for the file). */
  readonly reason: string;
  constructor(file: string, reason: string, line?: number, column?: number) {
    const where = line === undefined ? file : column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`;
    super(`${where}: ${reason}`);
    this.name = 'FileError';
    this.file = file;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }
}

/** Any other failure the user can act on (a command that cannot start, a config value out of range). */
export class UserError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'UserError';
  }
}

/** True for the errors above: the message is complete and a stack trace would add nothing. */
export function isUserFacing(error: unknown): error is InputError | FileError | UserError {
  return error instanceof InputError || error instanceof FileError || error instanceof UserError;
}
