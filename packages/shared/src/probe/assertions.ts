/**
 * Response assertions in Hurl's syntax, one per line:
 *
 *   status == 200            status == 2xx            status in [200, 204, 3xx]       status < 500
 *   header "Content-Type" contains "json"             header "X-Request-Id" exists
 *   body contains "ok"       body matches /"status":\s*"ok"/
 *   jsonpath "$.status" == "ok"    jsonpath "$.items" count >= 1    jsonpath "$.id" isInteger
 *   duration < 500ms         not / negation: jsonpath "$.error" not exists
 *
 * `query [filter] [not] predicate [value]`. Parsing happens once, before any request; errors carry the column.
 * A regular expression (`matches`, or a /regex/ value) is tested through a `RegexTest` the caller gives: the
 * probe runs it off the main thread within the check's timeout (see regex.ts).
 */
import { UserError } from '../action/errors.ts';
import { didYouMean } from '../action/suggest.ts';
import { compileJsonPath, type CompiledJsonPath } from './jsonpath.ts';
import type { AssertionFailure } from './types.ts';

export type Query =
  | { kind: 'status' }
  | { kind: 'header'; name: string }
  | { kind: 'body' }
  | { kind: 'jsonpath'; path: CompiledJsonPath }
  | { kind: 'duration' };

export type Value =
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'null' }
  | { kind: 'status-class'; digit: number }
  | { kind: 'regex'; value: RegExp };

const COMPARISONS = ['==', '!=', '>', '>=', '<', '<='] as const;
type Comparison = (typeof COMPARISONS)[number];
const TYPE_PREDICATES = [
  'isString',
  'isNumber',
  'isInteger',
  'isFloat',
  'isBoolean',
  'isNull',
  'isArray',
  'isObject',
  'isCollection',
  'isEmpty',
] as const;
type TypePredicate = (typeof TYPE_PREDICATES)[number];
const STRING_PREDICATES = ['contains', 'startsWith', 'endsWith', 'matches'] as const;
type StringPredicate = (typeof STRING_PREDICATES)[number];

export type Predicate =
  | { kind: 'compare'; op: Comparison; value: Value }
  | { kind: 'in'; values: Value[] }
  | { kind: Exclude<StringPredicate, 'matches'>; value: Value }
  /** `regex` is the value compiled (a "string" value is a pattern too). */
  | { kind: 'matches'; value: Value; regex: RegExp }
  | { kind: 'exists' }
  | { kind: TypePredicate };

export interface Assertion {
  /** The text as written, for reports. */
  source: string;
  query: Query;
  /** `count` (array/object/string length) applied to the query value before the predicate. */
  filter: 'count' | undefined;
  negated: boolean;
  predicate: Predicate;
}

/** An assertion that does not parse; the place's column is 1-based in the assertion text. */
function syntaxError(message: string, column: number): UserError {
  return new UserError(`${message} (column ${column})`, { column });
}

/**
 * Tests `regex` on `text`: true or false, or undefined when no answer came in time (the probe's bounded runner).
 * The default runs it here, unbounded: only for callers that control the pattern and the text.
 */
export type RegexTest = (regex: RegExp, text: string) => boolean | undefined;

/** Options of parseAssertion. */
export interface ParseOptions {
  /**
   * Applied to every "quoted" value after it is read (the checks config substitutes `${NAME}` there), so a
   * substituted value is never parsed as assertion syntax and never quoted in a syntax error.
   */
  substitute?: (value: string) => string;
}

/** What an assertion is evaluated against. */
export interface ResponseView {
  status?: number | undefined;
  /** Lower-cased header names. */
  headers?: Record<string, string | string[] | undefined>;
  body?: string | undefined;
  durationMs: number;
}

// ---------------------------------------------------------------------------------------------- tokens

type Token =
  | { kind: 'word'; text: string; column: number }
  /** `text` as written (quotes included), `value` decoded (and substituted). */
  | { kind: 'string'; text: string; value: string; column: number }
  | { kind: 'number'; value: number; unit: string; text: string; column: number }
  | { kind: 'regex'; value: RegExp; text: string; column: number }
  | { kind: 'op'; text: string; column: number }
  | { kind: 'punct'; text: string; column: number };

function tokenize(text: string, substitute: (value: string) => string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index] ?? '';
    const column = index + 1;
    if (/\s/.test(char)) {
      index++;
    } else if (char === '"') {
      let end = index + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (end >= text.length) throw syntaxError('unterminated string', column);
      const raw = text.slice(index, end + 1);
      let value: string;
      try {
        value = JSON.parse(raw) as string;
      } catch {
        throw syntaxError(`invalid escape in string ${raw}`, column);
      }
      tokens.push({ kind: 'string', text: raw, value: substitute(value), column });
      index = end + 1;
    } else if (char === '/') {
      let end = index + 1;
      while (end < text.length && text[end] !== '/') end += text[end] === '\\' ? 2 : 1;
      if (end >= text.length) throw syntaxError('unterminated regular expression', column);
      const flags = /^[dgimsuy]*/.exec(text.slice(end + 1))?.[0] ?? '';
      const pattern = text.slice(index + 1, end);
      const value = compileRegex(pattern, flags, column);
      tokens.push({ kind: 'regex', value, text: text.slice(index, end + 1 + flags.length), column });
      index = end + 1 + flags.length;
    } else if (/[<>=!]/.test(char)) {
      const op = /^(==|!=|>=|<=|>|<)/.exec(text.slice(index))?.[0];
      if (!op) throw syntaxError(`unexpected '${char}' (operators are ${COMPARISONS.join(' ')})`, column);
      tokens.push({ kind: 'op', text: op, column });
      index += op.length;
    } else if (char === '[' || char === ']' || char === ',') {
      tokens.push({ kind: 'punct', text: char, column });
      index++;
    } else {
      const match = /^[^\s[\],<>=!"]+/.exec(text.slice(index));
      const word = match?.[0] ?? char;
      const number = /^(-?\d+(?:\.\d+)?)(ms|s|m)?$/.exec(word);
      if (number) tokens.push({ kind: 'number', value: Number(number[1]), unit: number[2] ?? '', text: word, column });
      else tokens.push({ kind: 'word', text: word, column });
      index += word.length;
    }
  }
  return tokens;
}

function compileRegex(pattern: string, flags: string, column: number): RegExp {
  try {
    return new RegExp(pattern, flags);
  } catch (error) {
    throw syntaxError(`invalid regular expression /${pattern}/: ${(error as Error).message}`, column);
  }
}

// ---------------------------------------------------------------------------------------------- parser

/** Parse one assertion; throws a UserError naming the column. */
export function parseAssertion(text: string, options: ParseOptions = {}): Assertion {
  const tokens = tokenize(text, options.substitute ?? ((value) => value));
  let position = 0;
  const peek = (): Token | undefined => tokens[position];
  const end = text.length + 1;
  const next = (what: string): Token => {
    const token = tokens[position++];
    if (!token) throw syntaxError(`expected ${what} but the assertion ended`, end);
    return token;
  };

  const first = next('a query (status, header, body, jsonpath, duration)');
  let query: Query;
  const queryName = first.kind === 'word' ? first.text : '';
  switch (queryName) {
    case 'status':
    case 'body':
    case 'duration':
      query = { kind: queryName };
      break;
    case 'header': {
      const name = next('a header name in double quotes');
      if (name.kind !== 'string') throw syntaxError('expected a header name in double quotes', name.column);
      query = { kind: 'header', name: name.value.toLowerCase() };
      break;
    }
    case 'jsonpath': {
      const path = next('a JSONPath in double quotes, e.g. "$.status"');
      if (path.kind !== 'string')
        throw syntaxError('expected a JSONPath in double quotes, e.g. "$.status"', path.column);
      try {
        query = { kind: 'jsonpath', path: compileJsonPath(path.value) };
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        throw syntaxError(`invalid JSONPath: ${error.reason}`, path.column + (error.place.column ?? 1));
      }
      break;
    }
    default:
      throw syntaxError(
        `unknown query '${'text' in first ? first.text : ''}'${queryName ? didYouMean(queryName, ['status', 'header', 'body', 'jsonpath', 'duration']) : ''}; expected status, header, body, jsonpath or duration`,
        first.column,
      );
  }

  let filter: Assertion['filter'];
  if (peek()?.kind === 'word' && (peek() as { text: string }).text === 'count') {
    if (query.kind === 'status' || query.kind === 'duration') {
      throw syntaxError(`'count' applies to body, header or jsonpath`, peek()!.column);
    }
    filter = 'count';
    position++;
  }
  let negated = false;
  if (peek()?.kind === 'word' && (peek() as { text: string }).text === 'not') {
    negated = true;
    position++;
  }

  const predicateToken = next('a predicate (==, !=, <, <=, >, >=, in, contains, matches, exists, isString, ...)');
  let predicate: Predicate;
  if (predicateToken.kind === 'op') {
    predicate = { kind: 'compare', op: predicateToken.text as Comparison, value: parseValue(next('a value'), query) };
  } else if (predicateToken.kind === 'word' && predicateToken.text === 'in') {
    const open = next("'['");
    if (open.kind !== 'punct' || open.text !== '[') throw syntaxError("expected '[' after 'in'", open.column);
    const values: Value[] = [];
    for (;;) {
      values.push(parseValue(next('a value'), query));
      const separator = next("',' or ']'");
      if (separator.kind === 'punct' && separator.text === ']') break;
      if (separator.kind !== 'punct' || separator.text !== ',') {
        throw syntaxError("expected ',' or ']'", separator.column);
      }
    }
    predicate = { kind: 'in', values };
  } else if (predicateToken.kind === 'word' && isOneOf(predicateToken.text, STRING_PREDICATES)) {
    const valueToken = next('a value');
    const value = parseValue(valueToken, query);
    if (predicateToken.text === 'matches') {
      if (value.kind === 'regex') predicate = { kind: 'matches', value, regex: value.value };
      else if (value.kind === 'string')
        predicate = { kind: 'matches', value, regex: compileRegex(value.value, '', valueToken.column) };
      else throw syntaxError("'matches' takes a /regex/ or a string", predicateToken.column);
    } else predicate = { kind: predicateToken.text, value };
  } else if (predicateToken.kind === 'word' && predicateToken.text === 'exists') {
    predicate = { kind: 'exists' };
  } else if (predicateToken.kind === 'word' && isOneOf(predicateToken.text, TYPE_PREDICATES)) {
    predicate = { kind: predicateToken.text };
  } else if (query.kind === 'status' && (predicateToken.kind === 'number' || predicateToken.kind === 'word')) {
    // `status 200` / `status 2xx`, as in Hurl's `HTTP 200` line.
    predicate = { kind: 'compare', op: '==', value: parseValue(predicateToken, query) };
  } else {
    const got = 'text' in predicateToken ? predicateToken.text : '';
    const known = [...COMPARISONS, 'in', ...STRING_PREDICATES, 'exists', ...TYPE_PREDICATES];
    throw syntaxError(
      `unknown predicate '${got}'${got ? didYouMean(got, known) : ''}; expected one of ${known.join(', ')}`,
      predicateToken.column,
    );
  }
  const extra = peek();
  if (extra) throw syntaxError(`unexpected '${'text' in extra ? extra.text : ''}' after the predicate`, extra.column);
  return { source: text.trim(), query, filter, negated, predicate };
}

function parseValue(token: Token, query: Query): Value {
  switch (token.kind) {
    case 'string':
      return { kind: 'string', value: token.value };
    case 'regex':
      return { kind: 'regex', value: token.value };
    case 'number': {
      if (token.unit && query.kind !== 'duration') {
        throw syntaxError(`a unit ('${token.unit}') only makes sense for duration`, token.column);
      }
      const factor = token.unit === 's' ? 1000 : token.unit === 'm' ? 60_000 : 1;
      return { kind: 'number', value: token.value * factor };
    }
    case 'word': {
      if (token.text === 'true' || token.text === 'false') return { kind: 'boolean', value: token.text === 'true' };
      if (token.text === 'null') return { kind: 'null' };
      const statusClass = /^([1-5])xx$/i.exec(token.text);
      if (statusClass && query.kind === 'status') return { kind: 'status-class', digit: Number(statusClass[1]) };
      throw syntaxError(
        `expected a value (a number, "string", /regex/, true, false, null${query.kind === 'status' ? ', 2xx' : ''}), got '${token.text}'`,
        token.column,
      );
    }
    default:
      throw syntaxError(`expected a value, got '${token.text}'`, token.column);
  }
}

function isOneOf<T extends string>(text: string, list: readonly T[]): text is T {
  return (list as readonly string[]).includes(text);
}

// ---------------------------------------------------------------------------------------------- evaluation

const MISSING = Symbol('missing');
type Actual = unknown;

/** Does this assertion test a regular expression (`matches`, or a /regex/ value)? */
export function usesRegex(assertion: Assertion): boolean {
  const { predicate } = assertion;
  if (predicate.kind === 'matches') return true;
  if (predicate.kind === 'in') return predicate.values.some((value) => value.kind === 'regex');
  return 'value' in predicate && predicate.value.kind === 'regex';
}

/** Does this assertion need the response body? (TCP checks and HEAD requests have none.) */
export function needsBody(assertion: Assertion): boolean {
  return assertion.query.kind === 'body' || assertion.query.kind === 'jsonpath';
}

/**
 * Evaluate one assertion; undefined when it holds, otherwise expected versus actual. `redact` masks secrets in
 * the response before an excerpt of it is cut for the failure (a cut secret could no longer be found whole).
 */
export function evaluateAssertion(
  assertion: Assertion,
  response: ResponseView,
  redact: (text: string) => string = unchanged,
  regexTest: RegexTest = testHere,
): AssertionFailure | undefined {
  let actual: Actual;
  let jsonError: string | undefined;
  const { query } = assertion;
  switch (query.kind) {
    case 'status':
      actual = response.status ?? MISSING;
      break;
    case 'duration':
      actual = Math.round(response.durationMs * 1000) / 1000;
      break;
    case 'body':
      actual = response.body ?? MISSING;
      break;
    case 'header': {
      const value = response.headers?.[query.name];
      actual = value === undefined ? MISSING : Array.isArray(value) ? value.join(', ') : value;
      break;
    }
    case 'jsonpath': {
      if (response.body === undefined) {
        actual = MISSING;
        jsonError = 'no body';
        break;
      }
      try {
        const document: unknown = JSON.parse(response.body);
        const found = query.path.evaluate(document);
        actual = found === undefined ? MISSING : found;
      } catch {
        actual = MISSING;
        jsonError = `body is not JSON: ${describeValue(response.body, undefined, redact)}`;
      }
      break;
    }
  }
  if (assertion.filter === 'count' && actual !== MISSING) {
    actual = Array.isArray(actual)
      ? actual.length
      : typeof actual === 'string'
        ? actual.length
        : typeof actual === 'object' && actual !== null
          ? Object.keys(actual).length
          : MISSING;
  }
  const regexes: Regexes = { test: regexTest, timedOut: false };
  const holds = test(assertion.predicate, actual, regexes);
  if (regexes.timedOut) {
    return {
      assertion: assertion.source,
      expected: (assertion.negated ? 'not ' : '') + expectation(assertion.predicate),
      actual: `no answer: the regular expression ran past the check's timeout on ${typeof actual === 'string' ? `${actual.length} characters` : 'the value'}`,
      timedOut: true,
    };
  }
  if (holds !== assertion.negated) return undefined;
  return {
    assertion: assertion.source,
    expected: (assertion.negated ? 'not ' : '') + expectation(assertion.predicate),
    actual: jsonError ?? (actual === MISSING ? 'missing' : describeValue(actual, undefined, redact)),
  };
}

/** The regex test of one evaluation, and whether any test went without an answer. */
interface Regexes {
  test: RegexTest;
  timedOut: boolean;
}

function testHere(regex: RegExp, text: string): boolean {
  regex.lastIndex = 0;
  return regex.test(text);
}

function runRegex(regexes: Regexes, regex: RegExp, text: string): boolean {
  const result = regexes.test(regex, text);
  if (result === undefined) regexes.timedOut = true;
  return result ?? false;
}

function test(predicate: Predicate, actual: Actual, regexes: Regexes): boolean {
  if (predicate.kind === 'exists') return actual !== MISSING;
  if (actual === MISSING) return false;
  switch (predicate.kind) {
    case 'compare':
      return compare(predicate.op, actual, predicate.value, regexes);
    case 'in':
      return predicate.values.some((value) => compare('==', actual, value, regexes));
    case 'contains':
      if (Array.isArray(actual)) return actual.some((item) => equals(item, predicate.value, regexes));
      return typeof actual === 'string' && typeof valueOf(predicate.value) === 'string'
        ? actual.includes(valueOf(predicate.value) as string)
        : false;
    case 'startsWith':
      return typeof actual === 'string' && actual.startsWith(String(valueOf(predicate.value)));
    case 'endsWith':
      return typeof actual === 'string' && actual.endsWith(String(valueOf(predicate.value)));
    case 'matches':
      return typeof actual === 'string' && runRegex(regexes, predicate.regex, actual);
    case 'isString':
      return typeof actual === 'string';
    case 'isNumber':
      return typeof actual === 'number';
    case 'isInteger':
      return typeof actual === 'number' && Number.isInteger(actual);
    case 'isFloat':
      return typeof actual === 'number' && !Number.isInteger(actual);
    case 'isBoolean':
      return typeof actual === 'boolean';
    case 'isNull':
      return actual === null;
    case 'isArray':
      return Array.isArray(actual);
    case 'isObject':
      return typeof actual === 'object' && actual !== null && !Array.isArray(actual);
    case 'isCollection':
      return typeof actual === 'object' && actual !== null;
    case 'isEmpty':
      return Array.isArray(actual)
        ? actual.length === 0
        : typeof actual === 'string'
          ? actual.length === 0
          : typeof actual === 'object' && actual !== null && Object.keys(actual).length === 0;
  }
}

function compare(op: Comparison, actual: Actual, value: Value, regexes: Regexes): boolean {
  if (value.kind === 'status-class') {
    const matches = typeof actual === 'number' && Math.floor(actual / 100) === value.digit;
    if (op === '==') return matches;
    if (op === '!=') return !matches;
    return false;
  }
  if (op === '==') return equals(actual, value, regexes);
  if (op === '!=') return !equals(actual, value, regexes);
  const left = toNumber(actual);
  const right = value.kind === 'number' ? value.value : value.kind === 'string' ? undefined : undefined;
  if (left !== undefined && right !== undefined) {
    return op === '>' ? left > right : op === '>=' ? left >= right : op === '<' ? left < right : left <= right;
  }
  // Strings compare lexically (e.g. ISO dates), as in Hurl.
  if (typeof actual === 'string' && value.kind === 'string') {
    const r = value.value;
    return op === '>' ? actual > r : op === '>=' ? actual >= r : op === '<' ? actual < r : actual <= r;
  }
  return false;
}

function equals(actual: Actual, value: Value, regexes: Regexes): boolean {
  switch (value.kind) {
    case 'number':
      return toNumber(actual) === value.value && (typeof actual === 'number' || typeof actual === 'string');
    case 'string':
      return actual === value.value;
    case 'boolean':
      return actual === value.value;
    case 'null':
      return actual === null;
    case 'regex':
      return typeof actual === 'string' && runRegex(regexes, value.value, actual);
    case 'status-class':
      return typeof actual === 'number' && Math.floor(actual / 100) === value.digit;
  }
}

/** Numbers, and header values such as Content-Length that are numbers in text. */
function toNumber(actual: Actual): number | undefined {
  if (typeof actual === 'number') return actual;
  if (typeof actual === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(actual)) return Number(actual);
  return undefined;
}

function valueOf(value: Value): unknown {
  switch (value.kind) {
    case 'null':
      return null;
    case 'status-class':
      return `${value.digit}xx`;
    default:
      return value.value;
  }
}

function showValue(value: Value): string {
  switch (value.kind) {
    case 'string':
      return JSON.stringify(value.value);
    case 'regex':
      return String(value.value);
    default:
      return String(valueOf(value));
  }
}

function expectation(predicate: Predicate): string {
  switch (predicate.kind) {
    case 'compare':
      return `${predicate.op} ${showValue(predicate.value)}`;
    case 'in':
      return `in [${predicate.values.map(showValue).join(', ')}]`;
    case 'contains':
    case 'startsWith':
    case 'endsWith':
    case 'matches':
      return `${predicate.kind} ${showValue(predicate.value)}`;
    default:
      return predicate.kind;
  }
}

const unchanged = (text: string): string => text;

/**
 * A short, single-line rendering of an actual value for reports. `redact` masks secrets before the cut (in the
 * value, then in its JSON rendering), so no cut leaves a secret's prefix behind.
 */
export function describeValue(value: unknown, limit = 200, redact: (text: string) => string = unchanged): string {
  const masked = typeof value === 'string' ? redact(value) : value;
  const text = redact(typeof masked === 'string' ? JSON.stringify(masked) : (JSON.stringify(masked) ?? String(masked)));
  return text.length > limit ? `${text.slice(0, limit)}… (${text.length} chars)` : text;
}
