/**
 * The checks configuration (the `checks` input or the `config` file), YAML or JSON:
 *
 *   defaults: { timeout: 5s, headers: { Accept: application/json }, assert: [duration < 1s] }
 *   thresholds: [p(95)<1000, rate<0.01]
 *   checks:
 *     - name: health
 *       url: /health
 *       assert: [status == 200, jsonpath "$.status" == "ok"]
 *     - name: api
 *       url: /api/items
 *       headers: { Authorization: Bearer ${API_TOKEN} }
 *     - name: database
 *       tcp: db.internal:5432
 *
 * A bare list is the `checks:` list. `${NAME}` takes the environment variable NAME (set it from a secret in
 * the step's `env:`); every value taken this way is masked in logs and reports. In an assertion it is taken
 * inside "quoted" values only, after the assertion is parsed, so a value never changes the assertion's syntax
 * and a syntax error never quotes it. Check names are shown masked (`api ***`): a name is an output.
 *
 * Everything is validated before any request: schema (unknown keys with "did you mean"), URLs, assertions
 * and thresholds. Errors name the check and the field.
 */
import { UserError } from '../action/errors.ts';
import { formatPath, validate, type Schema, type SchemaPath } from '../action/schema.ts';
import { parseAssertion, type Assertion } from './assertions.ts';
import { CHECK_DEFAULTS } from './check.ts';
import type { Redactor } from './redact.ts';
import { parseWatchThreshold, type WatchThreshold } from './thresholds.ts';
import type { Check } from './types.ts';

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/** Options a check may set and `defaults:` may set for all checks. */
const SHARED_OPTIONS: Record<string, Schema> = {
  headers: { type: 'map', values: { type: 'string' } },
  query: { type: 'map', values: { type: 'string' } },
  timeout: { type: 'duration' },
  'connect-timeout': { type: 'duration' },
  'follow-redirects': { type: 'boolean' },
  'max-redirects': { type: 'number', min: 0, max: 50, integer: true },
  insecure: { type: 'boolean' },
  assert: { type: 'stringList' },
  thresholds: { type: 'stringList' },
};

const CHECK_SCHEMA: Schema = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    url: { type: 'string' },
    tcp: { type: 'string' },
    method: { type: 'string', enum: METHODS },
    body: { type: 'string' },
    json: { type: 'any' },
    ...SHARED_OPTIONS,
  },
};

export const CONFIG_SCHEMA: Schema = {
  type: 'object',
  properties: {
    defaults: { type: 'object', properties: SHARED_OPTIONS },
    thresholds: { type: 'stringList' },
    checks: { type: 'array', items: CHECK_SCHEMA, minItems: 1 },
  },
  required: ['checks'],
};

interface RawOptions {
  headers?: Record<string, string>;
  query?: Record<string, string>;
  timeout?: number;
  'connect-timeout'?: number;
  'follow-redirects'?: boolean;
  'max-redirects'?: number;
  insecure?: boolean;
  assert?: string[];
  thresholds?: string[];
}
interface RawCheck extends RawOptions {
  name?: string;
  url?: string;
  tcp?: string;
  method?: (typeof METHODS)[number];
  body?: string;
  json?: unknown;
}
interface RawConfig {
  defaults?: RawOptions;
  thresholds?: string[];
  checks: RawCheck[];
}

export interface SmokeConfig {
  checks: Check[];
  /** Thresholds per check name (from the check's and the defaults' `thresholds`). */
  checkThresholds: Map<string, WatchThreshold[]>;
  /** Thresholds on the whole window (config `thresholds:` plus the `thresholds` input). */
  thresholds: WatchThreshold[];
  /** Names of checks with TLS verification turned off (the action warns about each). */
  insecureChecks: string[];
}

export interface ConfigContext {
  /** Where the config came from, for messages: the input name or the file path. */
  source: string;
  baseUrl: string | undefined;
  env: Readonly<Record<string, string | undefined>>;
  redactor: Redactor;
  /** Input-level defaults (timeout, connect-timeout), overridden by `defaults:` and by each check. */
  timeoutMs: number | undefined;
  connectTimeoutMs: number | undefined;
  /** Every HTTP check connects to this unix socket (a slot behind nginx); URLs then only give path and Host. */
  socketPath?: string;
}

/** Validates the parsed YAML and builds the checks; throws a UserError naming the check and field. */
export function buildConfig(parsed: unknown, context: ConfigContext): SmokeConfig {
  try {
    return build(parsed, context);
  } catch (error) {
    // A message may quote a value taken from ${NAME}: masked whole (values are quoted whole).
    if (error instanceof UserError) throw new UserError(context.redactor.text(error.message));
    throw error;
  }
}

function build(parsed: unknown, context: ConfigContext): SmokeConfig {
  const normalized = Array.isArray(parsed) ? { checks: parsed } : parsed;
  const interpolated = interpolate(normalized, [], context);
  let raw: RawConfig;
  try {
    raw = validate<RawConfig>(interpolated, CONFIG_SCHEMA);
  } catch (error) {
    if (error instanceof UserError) throw error.within(where(error.place.path ?? [], normalized));
    throw error;
  }

  const defaults = raw.defaults ?? {};
  const checks: Check[] = [];
  const checkThresholds = new Map<string, WatchThreshold[]>();
  const insecureChecks: string[] = [];
  const names = new Set<string>();
  raw.checks.forEach((rawCheck, index) => {
    const name = context.redactor.text(rawCheck.name ?? defaultName(rawCheck, index));
    const at = (field: string) => `check '${name}' (checks[${index}]) field '${field}'`;
    if (names.has(name))
      throw new UserError(`${at('name')}: another check is already named '${name}'; names must be unique`);
    names.add(name);
    const option = <K extends keyof RawOptions>(key: K): RawOptions[K] => rawCheck[key] ?? defaults[key];
    const timeoutMs = option('timeout') ?? context.timeoutMs ?? CHECK_DEFAULTS.timeoutMs;
    const connectTimeoutMs = Math.min(
      option('connect-timeout') ?? context.connectTimeoutMs ?? CHECK_DEFAULTS.connectTimeoutMs,
      timeoutMs,
    );
    const assertTexts = [...(defaults.assert ?? []), ...(rawCheck.assert ?? [])];
    const assertions = assertTexts.map((text, position) => {
      const field =
        position < (defaults.assert?.length ?? 0)
          ? `defaults.assert[${position}]`
          : `assert[${position - (defaults.assert?.length ?? 0)}]`;
      try {
        return parseAssertion(text, { substitute: (value) => substitute(value, at(field), context) });
      } catch (error) {
        // A syntax error has its column in the assertion; a substitution's error names the field already.
        if (error instanceof UserError && error.place.column !== undefined)
          throw error.within(`${at(field)}: '${text}'`);
        throw error;
      }
    });
    const thresholdTexts = [...(defaults.thresholds ?? []), ...(rawCheck.thresholds ?? [])];
    checkThresholds.set(
      name,
      thresholdTexts.map((text, position) => parseThresholdAt(text, at(`thresholds[${position}]`))),
    );

    if ((rawCheck.url === undefined) === (rawCheck.tcp === undefined)) {
      throw new UserError(
        `${at('url')}: give either 'url' (an HTTP check) or 'tcp' (host:port), not ${rawCheck.url === undefined ? 'neither' : 'both'}`,
      );
    }
    if (rawCheck.tcp !== undefined) {
      const target = /^\[?([^\]]+?)\]?:(\d{1,5})$/.exec(rawCheck.tcp.trim());
      const port = Number(target?.[2]);
      if (!target || port < 1 || port > 65535) {
        throw new UserError(
          `${at('tcp')}: expected host:port such as 'db.internal:5432', got '${context.redactor.text(rawCheck.tcp)}'`,
        );
      }
      for (const key of ['method', 'body', 'json', 'headers', 'query'] as const) {
        if (rawCheck[key] !== undefined) throw new UserError(`${at(key)}: does not apply to a TCP check`);
      }
      const httpOnly = assertions.find((assertion) => assertion.query.kind !== 'duration');
      if (httpOnly)
        throw new UserError(`${at('assert')}: '${httpOnly.source}': a TCP check can only assert on duration`);
      checks.push({ kind: 'tcp', name, host: target[1]!, port, timeoutMs, connectTimeoutMs, assertions });
      return;
    }

    const url = resolveUrl(rawCheck.url!, context, at('url'));
    for (const [key, value] of Object.entries(option('query') ?? {})) url.searchParams.append(key, value);
    if (rawCheck.query && defaults.query) {
      for (const [key, value] of Object.entries(defaults.query))
        if (!(key in rawCheck.query)) url.searchParams.append(key, value);
    }
    const headers: Record<string, string> = {};
    for (const [key, value] of Object.entries({ ...defaults.headers, ...rawCheck.headers }))
      headers[key.toLowerCase()] = value;
    if (rawCheck.body !== undefined && rawCheck.json !== undefined) {
      throw new UserError(`${at('json')}: give either 'body' or 'json', not both`);
    }
    let body = rawCheck.body;
    if (rawCheck.json !== undefined) {
      body = JSON.stringify(rawCheck.json);
      headers['content-type'] ??= 'application/json';
    }
    const method = rawCheck.method ?? (body === undefined ? 'GET' : 'POST');
    const verifyTls = !(option('insecure') ?? false);
    if (!verifyTls && url.protocol === 'https:') insecureChecks.push(name);
    checks.push({
      kind: 'http',
      name,
      method,
      url,
      headers,
      body,
      followRedirects: option('follow-redirects') ?? CHECK_DEFAULTS.followRedirects,
      maxRedirects: option('max-redirects') ?? CHECK_DEFAULTS.maxRedirects,
      verifyTls,
      timeoutMs,
      connectTimeoutMs,
      assertions: assertions as Assertion[],
      ...(context.socketPath === undefined ? {} : { socketPath: context.socketPath }),
    });
  });

  const thresholds = [...(raw.thresholds ?? []).map((text, index) => parseThresholdAt(text, `thresholds[${index}]`))];
  return { checks, checkThresholds, thresholds, insecureChecks };
}

function parseThresholdAt(text: string, at: string): WatchThreshold {
  try {
    return parseWatchThreshold(text);
  } catch (error) {
    throw new UserError(`${at}: ${(error as Error).message}`);
  }
}

function defaultName(check: RawCheck, index: number): string {
  if (check.tcp) return `tcp ${check.tcp}`;
  if (check.url) return `${check.method ?? 'GET'} ${check.url.replace(/\?.*$/, '')}`;
  return `check ${index + 1}`;
}

function resolveUrl(text: string, context: ConfigContext, at: string): URL {
  const shown = context.redactor.text(text);
  const absolute = /^[a-z][a-z\d+.-]*:/i.test(text);
  if (!absolute && !context.baseUrl) {
    throw new UserError(`${at}: '${shown}' is relative; set the base-url input or write an absolute http(s) URL`);
  }
  let url: URL;
  try {
    // base-url is a prefix: https://host/app + /health -> https://host/app/health.
    url = absolute ? new URL(text) : new URL(`${context.baseUrl!.replace(/\/+$/, '')}/${text.replace(/^\/+/, '')}`);
  } catch {
    throw new UserError(
      `${at}: '${shown}' is not a valid URL${absolute ? '' : ` relative to '${context.redactor.url(context.baseUrl ?? '')}'`}`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UserError(`${at}: '${shown}' must be http or https (use 'tcp: host:port' for other services)`);
  }
  return url;
}

/** Replaces ${NAME} in `text` with the environment variable NAME and registers the value as a secret. */
function substitute(text: string, at: string, context: ConfigContext): string {
  return text.replace(/\$(\$)?\{([^}]*)\}/g, (match: string, escaped: string | undefined, name: string) => {
    if (escaped) return match.slice(1);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      throw new UserError(`${at}: '\${${name}}' is not a valid variable name (letters, digits, _)`);
    }
    const variable = context.env[name];
    if (variable === undefined || variable === '') {
      throw new UserError(
        `${at}: environment variable ${name} is not set (map it in the step's env:, e.g. ${name}: \${{ secrets.${name} }})`,
      );
    }
    context.redactor.addSecret(variable);
    return variable;
  });
}

/** An assertion's text (`assert:` of a check or of the defaults): substituted when it is parsed, not before. */
function isAssertionText(path: SchemaPath): boolean {
  const inCheck = path[0] === 'checks' && typeof path[1] === 'number' ? 2 : path[0] === 'defaults' ? 1 : -1;
  return inCheck > 0 && path[inCheck] === 'assert' && path.length <= inCheck + 2;
}

/** Substitutes ${NAME} in every string but assertion texts (see substitute). */
function interpolate(value: unknown, path: SchemaPath, context: ConfigContext): unknown {
  if (typeof value === 'string') return isAssertionText(path) ? value : substitute(value, formatPath(path), context);
  if (Array.isArray(value)) return value.map((item, index) => interpolate(item, [...path, index], context));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, interpolate(item, [...path, key], context)]),
    );
  }
  return value;
}

/** "check 'api' (checks[1]) field 'asert'" for a schema path inside a check, else the plain path. */
function where(path: SchemaPath, document: unknown): string {
  if (path[0] === 'checks' && typeof path[1] === 'number') {
    const raw = (document as { checks?: { name?: unknown }[] }).checks?.[path[1]];
    const name = typeof raw?.name === 'string' ? raw.name : `#${path[1] + 1}`;
    const field = path.slice(2);
    const fieldText = field.length === 0 ? '' : ` field '${formatPath(field)}'`;
    return `check '${name}' (checks[${path[1]}])${fieldText}`;
  }
  return formatPath(path);
}
