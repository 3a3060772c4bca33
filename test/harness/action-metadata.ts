/**
 * Reads an action's `action.yml` and turns a step's `with:` into the `INPUT_*` variables the runner sets.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root of the monorepo (test/harness/ is two levels down). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface YamlModule {
  parse(text: string): unknown;
}

// `yaml` is a dependency of packages/shared, not of the workspace root: resolve it from there.
const loadYaml = (): YamlModule =>
  createRequire(path.join(REPO_ROOT, 'packages/shared/package.json'))('yaml') as YamlModule;

/** One input declared in `action.yml`. */
export interface ActionInput {
  description?: string;
  required?: boolean;
  /** The default as written (may contain `${{ }}` expressions). */
  default?: string;
  deprecationMessage?: string;
}

/** The parts of `action.yml` the harness uses. */
export interface ActionMetadata {
  name: string;
  description?: string;
  inputs: Record<string, ActionInput>;
  outputs: Record<string, { description?: string }>;
  runs: { using: string; main: string; pre?: string; post?: string };
  /** Directory holding `action.yml`. */
  directory: string;
}

function asRecord(value: unknown, where: string): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new Error(`${where} must be a mapping`);
  return value as Record<string, unknown>;
}

/** YAML scalars in `default:` (numbers, booleans) reach the action as their text, as on the runner. */
function scalarText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new Error(`input default must be a scalar, got ${JSON.stringify(value)}`);
}

/** Reads `action.yml` (or `action.yaml`) in `directory`. */
export function loadActionMetadata(directory: string): ActionMetadata {
  const candidates = ['action.yml', 'action.yaml'].map((f) => path.join(directory, f));
  let text: string | undefined;
  let file = candidates[0] as string;
  for (const candidate of candidates) {
    try {
      text = readFileSync(candidate, 'utf8');
      file = candidate;
      break;
    } catch {
      // try the next spelling
    }
  }
  if (text === undefined) throw new Error(`No action.yml in ${directory}`);
  let parsed: unknown;
  try {
    parsed = loadYaml().parse(text);
  } catch (error) {
    throw new Error(`${file}: invalid YAML: ${(error as Error).message.split('\n')[0]}`, { cause: error });
  }
  const doc = asRecord(parsed, file);
  const runs = asRecord(doc.runs, `${file}: runs`);
  if (typeof runs.using !== 'string' || typeof runs.main !== 'string') {
    throw new Error(`${file}: runs.using and runs.main are required for a JavaScript action`);
  }
  const inputs: Record<string, ActionInput> = {};
  for (const [name, raw] of Object.entries(asRecord(doc.inputs, `${file}: inputs`))) {
    const spec = asRecord(raw, `${file}: inputs.${name}`);
    const input: ActionInput = {};
    if (typeof spec.description === 'string') input.description = spec.description;
    if (spec.required !== undefined) input.required = spec.required === true || spec.required === 'true';
    const def = scalarText(spec.default);
    if (def !== undefined) input.default = def;
    if (typeof spec.deprecationMessage === 'string') input.deprecationMessage = spec.deprecationMessage;
    inputs[name] = input;
  }
  const outputs: Record<string, { description?: string }> = {};
  for (const [name, raw] of Object.entries(asRecord(doc.outputs, `${file}: outputs`))) {
    const spec = asRecord(raw, `${file}: outputs.${name}`);
    outputs[name] = typeof spec.description === 'string' ? { description: spec.description } : {};
  }
  const metadata: ActionMetadata = {
    name: typeof doc.name === 'string' ? doc.name : path.basename(directory),
    inputs,
    outputs,
    runs: { using: runs.using, main: runs.main },
    directory,
  };
  if (typeof doc.description === 'string') metadata.description = doc.description;
  if (typeof runs.pre === 'string') metadata.runs.pre = runs.pre;
  if (typeof runs.post === 'string') metadata.runs.post = runs.post;
  return metadata;
}

/** `INPUT_<NAME>`: upper-cased, spaces to `_`, hyphens kept (what `core.getInput` reads). */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Context an input default may refer to through `${{ github.* }}`. */
export interface ExpressionContext {
  /** The `github` context: `token`, `repository`, `sha`, `event` (the payload)... */
  github: Record<string, unknown>;
}

function lookup(context: ExpressionContext, dotted: string): unknown {
  const parts = dotted.split('.');
  if (parts[0] !== 'github') return undefined;
  let value: unknown = context.github;
  for (const part of parts.slice(1)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function evaluateOperand(operand: string, context: ExpressionContext): unknown {
  const text = operand.trim();
  const quoted = /^'((?:[^']|'')*)'$/.exec(text);
  if (quoted) return (quoted[1] as string).replace(/''/g, "'");
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  if (text === 'null') return null;
  if (/^[A-Za-z_][\w-]*(\.[\w-]+)*$/.test(text)) return lookup(context, text);
  return undefined;
}

function expressionText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * Evaluates the `${{ }}` parts of an input default, a deliberately small subset of the runner's language:
 * a `github.*` property path (`github.token`, `github.repository`, `github.event.pull_request.number`...),
 * a string/number/boolean literal, and `a || b` fallbacks between those. Anything else (functions,
 * other contexts such as `env`/`secrets`/`inputs`) evaluates to the empty string.
 */
export function evaluateDefault(text: string, context: ExpressionContext): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_match, expression: string) => {
    for (const operand of expression.split('||')) {
      const value = evaluateOperand(operand, context);
      if (value !== undefined && value !== null && value !== '' && value !== false && value !== 0) {
        return expressionText(value);
      }
    }
    // `a || b` yields the last operand when every one is falsy.
    const operands = expression.split('||');
    return expressionText(evaluateOperand(operands[operands.length - 1] as string, context));
  });
}

/** What the runner does with the declared inputs and the step's `with:`. */
export interface ResolvedInputs {
  env: Record<string, string>;
  /** Names given in `with:` that `action.yml` does not declare (the runner warns about them). */
  unexpected: string[];
}

/**
 * Builds the `INPUT_*` variables: every declared input with a default gets it unless given; given inputs
 * (including undeclared ones) are set as given. An input given as `undefined` counts as not given.
 */
export function resolveInputs(
  metadata: ActionMetadata,
  given: Record<string, string | number | boolean | undefined>,
  context: ExpressionContext,
): ResolvedInputs {
  const env: Record<string, string> = {};
  for (const [name, input] of Object.entries(metadata.inputs)) {
    if (input.default !== undefined) env[inputEnvName(name)] = evaluateDefault(input.default, context);
  }
  const unexpected: string[] = [];
  for (const [name, value] of Object.entries(given)) {
    if (value === undefined) continue;
    // The runner matches `with:` keys to declared inputs case-insensitively.
    const declared = Object.keys(metadata.inputs).some((d) => d.toLowerCase() === name.toLowerCase());
    if (!declared) unexpected.push(name);
    env[inputEnvName(name)] = String(value);
  }
  return { env, unexpected };
}
