/**
 * The policy: per category, tool or rule, the most findings allowed per severity, a test pass rate,
 * performance thresholds, and what a breach means. The default is the pipeline's quality-gate table.
 */
import {
  didYouMean,
  parseAndValidate,
  parseThreshold,
  UserError,
  type Schema,
  type Threshold,
  type ThresholdDomain,
} from '@pipeline-actions/shared';
import { CATEGORIES, SEVERITIES, type Category, type Severity } from './model.ts';

export const ACTIONS = ['fail', 'approve', 'warn', 'log'] as const;
/** What a breach means: fail the job, need a human's approval, warn, or only log it. */
export type BreachAction = (typeof ACTIONS)[number];

/** Limits of one scope (a category, a tool or a rule), before the scopes are merged. */
export interface ScopePolicy {
  /** Tools only: the category of the tool's findings, overriding the report's. */
  category?: Category;
  max?: Partial<Record<Severity, number>>;
  onBreach?: Partial<Record<Severity, BreachAction>>;
  /** Tests: minimum pass rate, e.g. '>=100%' (percent of the tests that ran, skipped ones excluded). */
  passRate?: Threshold;
  /** The action for a pass-rate or performance threshold breach. */
  thresholdAction?: BreachAction;
  /** Performance: metric name -> thresholds in k6 syntax ('p(95)<1000', 'rate<0.01'). */
  thresholds?: Record<string, Threshold[]>;
}

export interface Policy {
  categories: Partial<Record<Category, ScopePolicy>>;
  tools: Record<string, ScopePolicy>;
  /** By rule id, or "tool:rule" to name one tool's rule. */
  rules: Record<string, ScopePolicy>;
}

const severityMap = (values: Schema): Schema => ({ type: 'map', keys: SEVERITIES, values });
const scopeProperties: Record<string, Schema> = {
  max: severityMap({ type: 'number', min: 0, integer: true }),
  // Checked in toScope: a oneOf schema would lose the "did you mean" of a mistyped action.
  'on-breach': { type: 'any' },
  'pass-rate': { type: 'string' },
  thresholds: { type: 'map', values: { type: 'stringList' } },
};
const scopeSchema: Schema = { type: 'object', properties: scopeProperties };
const toolSchema: Schema = {
  type: 'object',
  properties: { ...scopeProperties, category: { type: 'string', enum: CATEGORIES } },
};

export const POLICY_SCHEMA: Schema = {
  type: 'object',
  properties: {
    /** 'default' (the pipeline's table, overridden key by key) or 'none' (only what this policy says). */
    extends: { type: 'string', enum: ['default', 'none'] },
    categories: { type: 'map', keys: CATEGORIES, values: scopeSchema },
    tools: { type: 'map', values: toolSchema },
    rules: { type: 'map', values: scopeSchema },
  },
};

interface RawScope {
  category?: Category;
  max?: Partial<Record<Severity, number>>;
  'on-breach'?: BreachAction | Partial<Record<Severity, BreachAction>>;
  'pass-rate'?: string;
  thresholds?: Record<string, string[]>;
}
export interface RawPolicy {
  extends?: 'default' | 'none';
  categories?: Partial<Record<Category, RawScope>>;
  tools?: Record<string, RawScope>;
  rules?: Record<string, RawScope>;
}

const ZERO = { critical: 0, high: 0, medium: 0, low: 0 };

/**
 * The pipeline's table: lint 0 issues; SAST 0 critical/high; container scan 0 critical, high needs
 * approval, medium/low logged; tests 100% pass; p95 < 1000 ms and error rate < 1%; no secrets.
 * Categories the table does not name follow their nearest neighbour (see the README).
 * As a policy file would say it (the README shows it in YAML; a test keeps the two equal), written as data so
 * that no YAML parser loads on a run without a policy.
 */
export const DEFAULT_POLICY_SOURCE: RawPolicy = {
  categories: {
    lint: { max: ZERO, 'on-breach': 'fail' },
    format: { max: ZERO, 'on-breach': 'fail' },
    type: { max: ZERO, 'on-breach': 'fail' },
    sast: { max: ZERO, 'on-breach': { critical: 'fail', high: 'fail', medium: 'log', low: 'log' } },
    dependency: { max: ZERO, 'on-breach': { critical: 'fail', high: 'fail', medium: 'log', low: 'log' } },
    container: { max: ZERO, 'on-breach': { critical: 'fail', high: 'approve', medium: 'log', low: 'log' } },
    secret: { max: { ...ZERO, info: 0 }, 'on-breach': 'fail' },
    license: { max: { critical: 0, high: 0 }, 'on-breach': 'approve' },
    test: { 'pass-rate': '>=100%', 'on-breach': 'fail' },
    performance: {
      max: { critical: 0, high: 0 },
      thresholds: { http_req_duration: ['p(95)<1000'], http_req_failed: ['rate<0.01'] },
      'on-breach': 'fail',
    },
  },
};

/** A pass rate is in percent: '>=95' and '>=95%' alike. */
const PASS_RATE_DOMAIN: ThresholdDomain = { min: 0, max: 100, describe: 'a pass rate is between 0% and 100%' };

function toThreshold(text: string, where: string, domain?: ThresholdDomain): Threshold {
  try {
    return parseThreshold(text, domain);
  } catch (error) {
    if (error instanceof UserError) throw error.within(where);
    throw error;
  }
}

function checkAction(value: unknown, where: string): BreachAction {
  if (typeof value === 'string' && (ACTIONS as readonly string[]).includes(value)) return value as BreachAction;
  const text = typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
  throw new UserError(
    `${where}: expected one of ${ACTIONS.join(', ')}, got ${text}${typeof value === 'string' ? didYouMean(value, ACTIONS) : ''}`,
  );
}

function checkOnBreach(value: unknown, where: string): BreachAction | Partial<Record<Severity, BreachAction>> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return checkAction(value, where);
  const actions: Partial<Record<Severity, BreachAction>> = {};
  for (const [key, action] of Object.entries(value)) {
    if (!(SEVERITIES as readonly string[]).includes(key)) {
      throw new UserError(
        `${where}.${key}: unknown severity '${key}'${didYouMean(key, SEVERITIES)}; expected one of ${SEVERITIES.join(', ')}`,
      );
    }
    actions[key as Severity] = checkAction(action, `${where}.${key}`);
  }
  return actions;
}

function toScope(raw: RawScope, where: string): ScopePolicy {
  const scope: ScopePolicy = {};
  if (raw.category !== undefined) scope.category = raw.category;
  if (raw.max !== undefined) scope.max = raw.max;
  const onBreach = raw['on-breach'] === undefined ? undefined : checkOnBreach(raw['on-breach'], `${where}.on-breach`);
  if (typeof onBreach === 'string') {
    scope.onBreach = Object.fromEntries(SEVERITIES.map((severity) => [severity, onBreach]));
    scope.thresholdAction = onBreach;
  } else if (onBreach !== undefined) {
    scope.onBreach = onBreach;
    // Pass-rate and performance breaches take the action of the worst severity named.
    scope.thresholdAction = SEVERITIES.map((severity) => onBreach[severity]).find((action) => action !== undefined);
  }
  if (raw['pass-rate'] !== undefined)
    scope.passRate = toThreshold(raw['pass-rate'], `${where}.pass-rate`, PASS_RATE_DOMAIN);
  if (raw.thresholds !== undefined) {
    scope.thresholds = Object.fromEntries(
      Object.entries(raw.thresholds).map(([metric, list]) => [
        metric,
        list.map((text, index) =>
          toThreshold(text, `${where}.thresholds.${metric}${list.length > 1 ? `[${index}]` : ''}`),
        ),
      ]),
    );
  }
  return scope;
}

/** Later scopes win, key by key (a tool's `max.high` overrides only `high`). */
export function mergeScopes(...scopes: (ScopePolicy | undefined)[]): ScopePolicy {
  const merged: ScopePolicy = {};
  for (const scope of scopes) {
    if (scope === undefined) continue;
    if (scope.category !== undefined) merged.category = scope.category;
    if (scope.max !== undefined) merged.max = { ...merged.max, ...scope.max };
    if (scope.onBreach !== undefined) merged.onBreach = { ...merged.onBreach, ...scope.onBreach };
    if (scope.passRate !== undefined) merged.passRate = scope.passRate;
    if (scope.thresholdAction !== undefined) merged.thresholdAction = scope.thresholdAction;
    if (scope.thresholds !== undefined) merged.thresholds = { ...merged.thresholds, ...scope.thresholds };
  }
  return merged;
}

function fromRaw(raw: RawPolicy): Policy {
  const map = (entries: Record<string, RawScope> | undefined, prefix: string): Record<string, ScopePolicy> =>
    Object.fromEntries(Object.entries(entries ?? {}).map(([key, scope]) => [key, toScope(scope, `${prefix}.${key}`)]));
  return {
    categories: map(raw.categories, 'categories') as Policy['categories'],
    tools: map(raw.tools, 'tools'),
    rules: map(raw.rules, 'rules'),
  };
}

async function parseRaw(text: string): Promise<RawPolicy> {
  return (await parseAndValidate<RawPolicy>(text, POLICY_SCHEMA)) ?? {};
}

export const DEFAULT_POLICY: Policy = fromRaw(DEFAULT_POLICY_SOURCE);

/**
 * Parses a policy (YAML or JSON) and lays it over the default unless it says `extends: none`.
 * Throws a UserError for YAML errors, unknown keys (with a suggestion) and thresholds that do not parse.
 */
export async function parsePolicy(text: string): Promise<Policy> {
  if (text.trim() === '') return DEFAULT_POLICY;
  const raw = await parseRaw(text);
  const custom = fromRaw(raw);
  if (raw.extends === 'none') return custom;
  const categories: Policy['categories'] = { ...DEFAULT_POLICY.categories };
  for (const [category, scope] of Object.entries(custom.categories) as [Category, ScopePolicy][]) {
    categories[category] = mergeScopes(DEFAULT_POLICY.categories[category], scope);
  }
  return { categories, tools: custom.tools, rules: custom.rules };
}
