/**
 * A small schema language for the YAML/JSON objects users write in inputs and
 * config files (policies, checks, groups). Validation converts as it goes
 * (durations to milliseconds, percentages to numbers) and rejects unknown keys
 * with a suggestion, so a typo never silently turns a rule off.
 */
import type { Document, LineCounter } from 'yaml';
import { formatPath, UserError, type SchemaPath } from './errors.ts';
import { didYouMean } from './suggest.ts';
import { parseDuration, parsePercent } from './values.ts';

export type Schema =
  | { type: 'string'; enum?: readonly string[]; description?: string }
  | { type: 'number'; min?: number; max?: number; integer?: boolean }
  | { type: 'boolean' }
  /** '30s' or a number of milliseconds -> milliseconds */
  | { type: 'duration' }
  /** '85%' or 85 -> 85 */
  | { type: 'percent' }
  | { type: 'array'; items: Schema; minItems?: number }
  /** A string or a list of strings -> a list of strings. */
  | { type: 'stringList' }
  | { type: 'object'; properties: Record<string, Schema>; required?: readonly string[] }
  /** Any keys (globs, tool names…), each value of one schema. */
  | { type: 'map'; values: Schema; keys?: readonly string[] }
  /** The first alternative that accepts the value wins. */
  | { type: 'oneOf'; options: readonly Schema[]; expected: string }
  | { type: 'any' };

export { formatPath, type SchemaPath };

/** A value that does not fit its schema; the place's `path` locates it inside the document. */
function schemaError(path: SchemaPath, reason: string): UserError {
  return new UserError(reason, { path });
}

/** The most characters of a value (or key) a message quotes: a file that is not what was expected may be anything. */
const QUOTED_CHARS = 40;

/** 'value', or its start with its length when long or multi-line: never a whole file. */
export function quoteValue(value: unknown): string {
  const text = String(value);
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  if (firstLine.length === text.length && text.length <= QUOTED_CHARS) return `'${text}'`;
  return `'${firstLine.slice(0, QUOTED_CHARS)}…' (${text.length} characters)`;
}

function describe(value: unknown, path: SchemaPath): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  // A whole document that is one plain value: a text file, not YAML. Not even its start is shown.
  if (path.length === 0 && typeof value === 'string') return `plain text (${value.length} characters)`;
  return `${typeof value} ${quoteValue(value)}`;
}

/** Validates and converts `value`; throws a UserError naming the path and the expected form. */
export function validate<T = unknown>(value: unknown, schema: Schema, path: SchemaPath = []): T {
  return check(value, schema, path) as T;
}

function check(value: unknown, schema: Schema, path: SchemaPath): unknown {
  switch (schema.type) {
    case 'any':
      return value;
    case 'string': {
      if (typeof value === 'number' || typeof value === 'boolean') value = String(value);
      if (typeof value !== 'string') throw schemaError(path, `expected a string, got ${describe(value, path)}`);
      if (schema.enum && !schema.enum.includes(value)) {
        throw schemaError(
          path,
          `expected one of ${schema.enum.map((v) => `'${v}'`).join(', ')}, got ${quoteValue(value)}${didYouMean(value, schema.enum)}`,
        );
      }
      return value;
    }
    case 'number': {
      const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof number !== 'number' || Number.isNaN(number)) {
        throw schemaError(path, `expected a number, got ${describe(value, path)}`);
      }
      if (schema.integer && !Number.isInteger(number))
        throw schemaError(path, `expected a whole number, got ${number}`);
      if (schema.min !== undefined && number < schema.min)
        throw schemaError(path, `expected at least ${schema.min}, got ${number}`);
      if (schema.max !== undefined && number > schema.max)
        throw schemaError(path, `expected at most ${schema.max}, got ${number}`);
      return number;
    }
    case 'boolean':
      if (typeof value !== 'boolean') throw schemaError(path, `expected true or false, got ${describe(value, path)}`);
      return value;
    case 'duration':
      if (typeof value === 'number' && value >= 0) return value;
      if (typeof value !== 'string')
        throw schemaError(path, `expected a duration such as '30s', got ${describe(value, path)}`);
      try {
        return parseDuration(value);
      } catch (error) {
        throw schemaError(path, (error as Error).message);
      }
    case 'percent':
      try {
        return parsePercent(String(value));
      } catch (error) {
        throw schemaError(path, (error as Error).message);
      }
    case 'stringList':
      if (typeof value === 'string') return [value];
      if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value;
      throw schemaError(path, `expected a string or a list of strings, got ${describe(value, path)}`);
    case 'array': {
      if (!Array.isArray(value)) throw schemaError(path, `expected a list, got ${describe(value, path)}`);
      if (schema.minItems !== undefined && value.length < schema.minItems) {
        throw schemaError(path, `expected at least ${schema.minItems} item(s), got ${value.length}`);
      }
      return value.map((item, index) => check(item, schema.items, [...path, index]));
    }
    case 'map': {
      if (!isPlainObject(value)) throw schemaError(path, `expected a mapping, got ${describe(value, path)}`);
      const result: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        if (schema.keys && !schema.keys.includes(key)) {
          throw schemaError(
            [...path, key],
            `unknown key ${quoteValue(key)}${didYouMean(key, schema.keys)}; expected one of ${schema.keys.join(', ')}`,
          );
        }
        result[key] = check(item, schema.values, [...path, key]);
      }
      return result;
    }
    case 'object': {
      if (!isPlainObject(value)) throw schemaError(path, `expected a mapping, got ${describe(value, path)}`);
      const known = Object.keys(schema.properties);
      const result: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        const property = schema.properties[key];
        if (!property) {
          throw schemaError(
            [...path, key],
            `unknown key ${quoteValue(key)}${didYouMean(key, known)}; expected one of ${known.join(', ')}`,
          );
        }
        if (item === null || item === undefined) continue;
        result[key] = check(item, property, [...path, key]);
      }
      for (const key of schema.required ?? []) {
        if (result[key] === undefined) throw schemaError([...path, key], `is required`);
      }
      return result;
    }
    case 'oneOf': {
      for (const option of schema.options) {
        try {
          return check(value, option, path);
        } catch (error) {
          if (!(error instanceof UserError)) throw error;
        }
      }
      throw schemaError(path, `expected ${schema.expected}, got ${describe(value, path)}`);
    }
  }
}

/** True for a JSON/YAML mapping: an object that is neither null nor an array. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parses YAML/JSON text and validates it; errors carry the line of the
 * offending node so a config file error can point at it.
 */
export async function parseAndValidate<T>(text: string, schema: Schema): Promise<T> {
  // yaml is loaded here, on first use: most runs have no YAML input.
  const { LineCounter, parseDocument, isNode } = await import('yaml');
  const lineCounter = new LineCounter();
  const document: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const syntaxError = document.errors[0];
  if (syntaxError) {
    const position = lineCounter.linePos(syntaxError.pos[0]);
    const firstLine = syntaxError.message.split('\n')[0] ?? syntaxError.message;
    throw new UserError(`invalid YAML: ${firstLine}`, { line: position.line, column: position.col });
  }
  try {
    return validate<T>(document.toJS({ maxAliasCount: 100 }), schema);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    // Point at the key when the key is the problem (unknown key), else at the value.
    const path = error.place.path ?? [];
    const keyIsTheProblem = error.reason.startsWith('unknown key');
    const node = keyIsTheProblem ? undefined : (document.getIn(path, true) ?? document.getIn(path.slice(0, -1), true));
    const offset = isNode(node) && node.range ? node.range[0] : undefined;
    const position =
      offset !== undefined ? lineCounter.linePos(offset) : findKeyLine(document, path, lineCounter, isNode);
    throw error.at({ line: position?.line, column: position?.col });
  }
}

function findKeyLine(
  document: Document,
  path: SchemaPath,
  lineCounter: LineCounter,
  isNode: (value: unknown) => value is { range?: [number, number, number] | null },
) {
  const last = path[path.length - 1];
  if (typeof last !== 'string') return undefined;
  const parent = path.length === 1 ? document.contents : document.getIn(path.slice(0, -1), true);
  const items = (parent as { items?: { key?: unknown }[] } | undefined)?.items;
  const pair = items?.find((item) => isNode(item.key) && (item.key as { value?: unknown }).value === last);
  const range = pair && isNode(pair.key) ? pair.key.range : undefined;
  return range ? lineCounter.linePos(range[0]) : undefined;
}
