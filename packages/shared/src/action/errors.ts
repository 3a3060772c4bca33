/**
 * The one error a user can act on. `runAction` prints it as one `::error::` line, without a stack trace: it says
 * what was wrong, where, and what was expected. A parser throws it with the position it knows (a column in a
 * threshold, a line in a YAML document); the boundary that read the text adds the input or the file (`placed`).
 */

/** A key path inside a YAML/JSON document: ['checks', 0, 'url']. */
export type SchemaPath = (string | number)[];

/** Where a mistake is: the input or file it came from and, where known, its line, column and key path. */
export interface Place {
  /** The action input that held the text. */
  input?: string;
  /** The file as the user gave it. */
  file?: string;
  /** 1-based line in the input or file. */
  line?: number;
  /** 1-based column: in the file, or in the expression the parser read (a threshold, an assertion). */
  column?: number;
  /** The key inside the document (`categories.lint.max`). */
  path?: SchemaPath;
}

export class UserError extends Error {
  /** What is wrong, without the place (to say it again in another context). */
  readonly reason: string;
  readonly place: Readonly<Place>;
  constructor(reason: string, place: Place = {}, options?: ErrorOptions) {
    super(describeError(reason, place), options);
    this.name = 'UserError';
    this.reason = reason;
    this.place = place;
  }

  /** The same mistake with more of its place (the input or file it crossed in); `place` wins where both say. */
  at(place: Place): UserError {
    return new UserError(this.reason, { ...this.place, ...place });
  }

  /**
   * The same mistake as part of something larger: "`context`: reason". Its place was inside the smaller text
   * (a column in one threshold, a key path); `context` says where that text is, and only `place` remains.
   */
  within(context: string, place: Place = {}): UserError {
    return new UserError(`${context}: ${this.reason}`, place);
  }
}

/** A problem with an action input: names the input and the expected form. */
export function inputError(input: string, reason: string): UserError {
  return new UserError(reason, { input });
}

/** A problem with a file the user pointed us at: names the file and, where known, the line and column. */
export function fileError(file: string, reason: string, line?: number, column?: number): UserError {
  return new UserError(reason, { file, line, column });
}

/** ['checks', 0, 'url'] -> 'checks[0].url' */
export function formatPath(path: SchemaPath): string {
  if (path.length === 0) return '(top level)';
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');
}

/**
 * The one wording of a mistake: `file:line:column: reason` for a file, `Input 'name': reason (line N of the
 * input)` for an input, the reason alone when the place is not known yet. A key path goes before the reason.
 */
export function describeError(reason: string, place: Place): string {
  const said = place.path === undefined ? reason : `${formatPath(place.path)}: ${reason}`;
  const { file, input, line, column } = place;
  if (file !== undefined) {
    const where = line === undefined ? file : column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`;
    return `${where}: ${said}`;
  }
  if (input !== undefined)
    return `Input '${input}': ${said}${line === undefined ? '' : ` (line ${line} of the input)`}`;
  return said;
}

/**
 * `error` placed where it crossed in (an input or a file); an error already placed, or not a UserError (a bug,
 * an outage), goes on as it is.
 */
export function placed(error: unknown, place: Place): unknown {
  if (!(error instanceof UserError) || error.place.input !== undefined || error.place.file !== undefined) return error;
  return error.at(place);
}

/** True for a UserError: the message is complete and a stack trace would add nothing. */
export function isUserFacing(error: unknown): error is UserError {
  return error instanceof UserError;
}
