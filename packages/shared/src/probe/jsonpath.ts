/**
 * The JSONPath subset smoke checks need: `$`, `.name`, `['name']`, `[0]`, `[-1]`, `[*]`, `.*` and `..name`.
 * A definite path (no wildcard, no `..`) yields one value or `undefined`; an indefinite one yields the
 * array of every match, as Hurl and Jayway do.
 */

import { UserError } from '../action/errors.ts';

type Segment =
  | { kind: 'key'; key: string }
  | { kind: 'index'; index: number }
  | { kind: 'wildcard' }
  | { kind: 'descendant'; key: string | undefined };

export interface CompiledJsonPath {
  readonly source: string;
  readonly definite: boolean;
  evaluate(document: unknown): unknown;
}

/** A path that does not parse; the place's column is 1-based within the path. */
function syntaxError(message: string, column: number): UserError {
  return new UserError(message, { column });
}

const NAME = /^[A-Za-z_$][\w$-]*/;

export function compileJsonPath(source: string): CompiledJsonPath {
  const path = source.trim();
  if (!path.startsWith('$')) throw syntaxError(`a JSONPath starts with '$', got '${source}'`, 1);
  const segments: Segment[] = [];
  let position = 1;
  while (position < path.length) {
    const rest = path.slice(position);
    if (rest.startsWith('..')) {
      position += 2;
      if (path[position] === '*') {
        segments.push({ kind: 'descendant', key: undefined });
        position += 1;
        continue;
      }
      const name = NAME.exec(path.slice(position));
      if (!name) throw syntaxError(`expected a member name after '..'`, position + 1);
      segments.push({ kind: 'descendant', key: name[0] });
      position += name[0].length;
    } else if (rest.startsWith('.')) {
      position += 1;
      if (path[position] === '*') {
        segments.push({ kind: 'wildcard' });
        position += 1;
        continue;
      }
      const name = NAME.exec(path.slice(position));
      if (!name) throw syntaxError(`expected a member name after '.'`, position + 1);
      segments.push({ kind: 'key', key: name[0] });
      position += name[0].length;
    } else if (rest.startsWith('[')) {
      const close = findBracketEnd(path, position);
      const inner = path.slice(position + 1, close).trim();
      if (inner === '*') segments.push({ kind: 'wildcard' });
      else if (/^-?\d+$/.test(inner)) segments.push({ kind: 'index', index: Number(inner) });
      else if (/^'(?:[^'\\]|\\.)*'$/.test(inner) || /^"(?:[^"\\]|\\.)*"$/.test(inner)) {
        segments.push({ kind: 'key', key: inner.slice(1, -1).replace(/\\(.)/g, '$1') });
      } else {
        throw syntaxError(`expected an index, '*' or a quoted name inside [ ], got '${inner}'`, position + 2);
      }
      position = close + 1;
    } else {
      throw syntaxError(`unexpected '${rest[0]}' (expected '.', '..' or '[')`, position + 1);
    }
  }
  const definite = segments.every((segment) => segment.kind === 'key' || segment.kind === 'index');
  return {
    source: path,
    definite,
    evaluate(document: unknown): unknown {
      let nodes: unknown[] = [document];
      for (const segment of segments) nodes = nodes.flatMap((node) => step(node, segment));
      return definite ? nodes[0] : nodes;
    },
  };
}

function findBracketEnd(path: string, open: number): number {
  let quote: string | undefined;
  for (let index = open + 1; index < path.length; index++) {
    const char = path[index];
    if (quote) {
      if (char === '\\') index++;
      else if (char === quote) quote = undefined;
    } else if (char === "'" || char === '"') quote = char;
    else if (char === ']') return index;
  }
  throw syntaxError(`'[' is never closed`, open + 1);
}

function step(node: unknown, segment: Segment): unknown[] {
  switch (segment.kind) {
    case 'key':
      return isObject(node) && Object.hasOwn(node, segment.key) ? [node[segment.key]] : [];
    case 'index': {
      if (!Array.isArray(node)) return [];
      const index = segment.index < 0 ? node.length + segment.index : segment.index;
      return index >= 0 && index < node.length ? [node[index]] : [];
    }
    case 'wildcard':
      return Array.isArray(node) ? node : isObject(node) ? Object.values(node) : [];
    case 'descendant': {
      const found: unknown[] = [];
      const visit = (value: unknown): void => {
        if (segment.key === undefined) {
          for (const child of children(value)) {
            found.push(child);
            visit(child);
          }
          return;
        }
        if (isObject(value) && Object.hasOwn(value, segment.key)) found.push(value[segment.key]);
        for (const child of children(value)) visit(child);
      };
      visit(node);
      return found;
    }
  }
}

function children(value: unknown): unknown[] {
  return Array.isArray(value) ? value : isObject(value) ? Object.values(value) : [];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
