/**
 * Applies the policy: every finding is counted in its most specific scope (rule, then tool, then
 * category), whose limits are the category's overridden by the tool's and the rule's. The decision
 * is the worst breach.
 */
import { describeAggregation, evaluateThreshold, type MetricValues, type Threshold } from '@pipeline-actions/shared';
import {
  CATEGORIES,
  SEVERITIES,
  type Category,
  type Finding,
  type PerformanceMetric,
  type Severity,
  type TestTotals,
} from './model.ts';
import { mergeScopes, type BreachAction, type Policy, type ScopePolicy } from './policy.ts';

export const DECISIONS = ['pass', 'warn', 'approve', 'fail'] as const;
export type Decision = (typeof DECISIONS)[number];

/** A `log` breach does not change the decision. */
const ACTION_DECISION: Record<BreachAction, Decision> = { log: 'pass', warn: 'warn', approve: 'approve', fail: 'fail' };

export function worstDecision(decisions: Iterable<Decision>): Decision {
  let worst: Decision = 'pass';
  for (const decision of decisions) if (DECISIONS.indexOf(decision) > DECISIONS.indexOf(worst)) worst = decision;
  return worst;
}

export interface Breach {
  /** "category lint", "tool eslint", "rule eslint:no-console". */
  scope: string;
  kind: 'count' | 'pass-rate' | 'threshold';
  severity?: Severity;
  /** What the policy allows, as written ("0", ">=100%", "p(95)<1000"). */
  limit: string;
  /** What was found ("3", "85.7%", "1669.13"). */
  actual: string;
  action: BreachAction;
  message: string;
}

/** One scope's findings per severity, against its limits. */
export interface ScopeCount {
  scope: string;
  category: Category;
  counts: Record<Severity, number>;
  max: Partial<Record<Severity, number>>;
  onBreach: Partial<Record<Severity, BreachAction>>;
}

export interface RuleRow {
  tool: string;
  rule: string;
  category: Category;
  counts: Record<Severity, number>;
  decision: Decision;
}

export interface Evaluation {
  decision: Decision;
  breaches: Breach[];
  scopes: ScopeCount[];
  rules: RuleRow[];
  /** Findings per category and severity, all scopes together. */
  byCategory: Partial<Record<Category, Record<Severity, number>>>;
  /** Per finding (same order): the action of the breach it is part of, if its scope breached at its severity. */
  findingActions: (BreachAction | undefined)[];
  tests: (TestTotals & { passed: number; passRate: number | undefined })[];
}

const zeroCounts = (): Record<Severity, number> => ({ critical: 0, high: 0, medium: 0, low: 0, info: 0 });

interface ScopeChoice {
  key: string;
  policy: ScopePolicy;
}

/** The scope a finding is counted in and the limits that apply there. */
export function scopeFor(policy: Policy, finding: Pick<Finding, 'tool' | 'rule' | 'category'>): ScopeChoice {
  const category = policy.categories[finding.category];
  const tool = policy.tools[finding.tool];
  const rule = policy.rules[`${finding.tool}:${finding.rule}`] ?? policy.rules[finding.rule];
  const ruleKey = policy.rules[`${finding.tool}:${finding.rule}`] ? `${finding.tool}:${finding.rule}` : finding.rule;
  const merged = mergeScopes(category, tool, rule);
  // A tool or rule scope is split by category: its limits are laid over that category's.
  if (rule !== undefined) return { key: `rule ${ruleKey} (${finding.category})`, policy: merged };
  if (tool !== undefined && (tool.max !== undefined || tool.onBreach !== undefined))
    return { key: `tool ${finding.tool} (${finding.category})`, policy: merged };
  return { key: `category ${finding.category}`, policy: merged };
}

/** Applies a tool's category override from the policy (`tools.<name>.category`). */
export function recategorize(policy: Policy, findings: Finding[]): Finding[] {
  return findings.map((finding) => {
    const category = policy.tools[finding.tool]?.category;
    return category === undefined || category === finding.category ? finding : { ...finding, category };
  });
}

const formatNumber = (value: number): string => (Number.isInteger(value) ? String(value) : value.toFixed(2));

/** k6 names its statistics avg, min, med, max, p(90), p(95), rate, count, value. */
export function metricValues(values: Record<string, number>): MetricValues {
  return {
    count: values.count,
    rate: values.rate,
    value: values.value,
    avg: values.avg,
    min: values.min,
    max: values.max,
    med: values.med,
    percentile: (n) => values[`p(${n})`] ?? (n === 50 ? values.med : undefined) ?? Number.NaN,
  };
}

function thresholdBreach(
  scope: string,
  action: BreachAction,
  threshold: Threshold,
  actual: number | undefined,
  subject: string,
): Breach {
  const shown = actual === undefined ? 'missing' : formatNumber(actual);
  return {
    scope,
    kind: 'threshold',
    limit: threshold.source,
    actual: shown,
    action,
    message:
      actual === undefined
        ? `${subject}: '${threshold.source}' cannot be checked: the report has no ${describeAggregation(threshold)} for it`
        : `${subject}: ${describeAggregation(threshold)} is ${shown}, the policy requires ${threshold.source}`,
  };
}

/** Every finding counted in its scope and its rule's row, in one pass. */
interface Tally {
  scopes: Map<string, ScopeCount>;
  rules: RuleRow[];
  byCategory: Evaluation['byCategory'];
  /** Per finding (same order): its scope and its rule's row. */
  scopeOfFinding: ScopeCount[];
  rowOfFinding: RuleRow[];
}

function tally(policy: Policy, findings: readonly Finding[]): Tally {
  const scopes = new Map<string, ScopeCount>();
  const scopeOfFinding: ScopeCount[] = new Array<ScopeCount>(findings.length);
  const rowOfFinding: RuleRow[] = new Array<RuleRow>(findings.length);
  const byCategory: Evaluation['byCategory'] = {};
  // Scopes depend only on tool, rule and category: look each combination up once. The rule's row
  // (one per tool and rule, for the summary) is found on the same path.
  const rules = new Map<string, Map<string, { row: RuleRow; scopes: Map<Category, ScopeCount> }>>();
  for (const [index, finding] of findings.entries()) {
    let byRule = rules.get(finding.tool);
    if (byRule === undefined) rules.set(finding.tool, (byRule = new Map()));
    let entry = byRule.get(finding.rule);
    if (entry === undefined) {
      const row: RuleRow = {
        tool: finding.tool,
        rule: finding.rule,
        category: finding.category,
        counts: zeroCounts(),
        decision: 'pass',
      };
      byRule.set(finding.rule, (entry = { row, scopes: new Map() }));
    }
    let scope = entry.scopes.get(finding.category);
    if (scope === undefined) {
      const { key, policy: limits } = scopeFor(policy, finding);
      scope = scopes.get(key);
      if (scope === undefined) {
        scope = {
          scope: key,
          category: finding.category,
          counts: zeroCounts(),
          max: limits.max ?? {},
          onBreach: limits.onBreach ?? {},
        };
        scopes.set(key, scope);
      }
      entry.scopes.set(finding.category, scope);
    }
    scope.counts[finding.severity]++;
    entry.row.counts[finding.severity]++;
    rowOfFinding[index] = entry.row;
    scopeOfFinding[index] = scope;
    (byCategory[finding.category] ??= zeroCounts())[finding.severity]++;
  }
  const rows = [...rules.values()].flatMap((byRule) => [...byRule.values()].map((entry) => entry.row));
  return { scopes, rules: rows, byCategory, scopeOfFinding, rowOfFinding };
}

/** Scopes over their limits; returns, per scope, the action of each severity that breached. */
function countBreaches(
  scopes: Iterable<ScopeCount>,
  breaches: Breach[],
): Map<ScopeCount, Partial<Record<Severity, BreachAction>>> {
  const breachedSeverities = new Map<ScopeCount, Partial<Record<Severity, BreachAction>>>();
  for (const scope of scopes) {
    for (const severity of SEVERITIES) {
      const max = scope.max[severity];
      const count = scope.counts[severity];
      if (max === undefined || count <= max) continue;
      const action = scope.onBreach[severity] ?? 'fail';
      breaches.push({
        scope: scope.scope,
        kind: 'count',
        severity,
        limit: String(max),
        actual: String(count),
        action,
        message: `${scope.scope}: ${count} ${severity} finding${count === 1 ? '' : 's'}, at most ${max} allowed`,
      });
      if (!breachedSeverities.has(scope)) breachedSeverities.set(scope, {});
      breachedSeverities.get(scope)![severity] = action;
    }
  }
  return breachedSeverities;
}

/** The scope a tool's tests are judged in: the tool's own pass-rate, else the test category's. */
function testScopeOf(policy: Policy, tool: string): string {
  return policy.tools[tool]?.passRate !== undefined ? `tool ${tool}` : 'category test';
}

/** Tests: the pass rate per scope. Returns the rows for the summary and the action per breached scope. */
function judgeTests(
  policy: Policy,
  tests: readonly TestTotals[],
  breaches: Breach[],
): { rows: Evaluation['tests']; breached: Map<string, BreachAction> } {
  const rows: Evaluation['tests'] = [];
  const groups = new Map<string, { policy: ScopePolicy; totals: TestTotals[] }>();
  for (const totals of tests) {
    const tool = policy.tools[totals.tool];
    const key = testScopeOf(policy, totals.tool);
    const group = groups.get(key) ?? { policy: mergeScopes(policy.categories.test, tool), totals: [] };
    group.totals.push(totals);
    groups.set(key, group);
    const ran = totals.tests - totals.skipped;
    const passed = ran - totals.failures - totals.errors;
    rows.push({ ...totals, passed, passRate: ran > 0 ? (100 * passed) / ran : undefined });
  }
  const breached = new Map<string, BreachAction>();
  for (const [key, group] of groups) {
    const threshold = group.policy.passRate;
    if (threshold === undefined) continue;
    const ran = group.totals.reduce((sum, totals) => sum + totals.tests - totals.skipped, 0);
    const failed = group.totals.reduce((sum, totals) => sum + totals.failures + totals.errors, 0);
    const rate = ran > 0 ? (100 * (ran - failed)) / ran : undefined;
    const result = evaluateThreshold(threshold, { value: rate });
    if (result.passed) continue;
    breached.set(key, group.policy.thresholdAction ?? 'fail');
    breaches.push({
      scope: key,
      kind: 'pass-rate',
      limit: threshold.source,
      actual: rate === undefined ? 'no tests ran' : `${formatNumber(rate)}%`,
      action: group.policy.thresholdAction ?? 'fail',
      message:
        rate === undefined
          ? `${key}: no tests ran (all ${group.totals.reduce((sum, totals) => sum + totals.tests, 0)} skipped or none found); the policy requires a pass rate ${threshold.source}`
          : `${key}: ${failed} of ${ran} tests failed (pass rate ${formatNumber(rate)}%), the policy requires ${threshold.source}`,
    });
  }
  return { rows, breached };
}

/** Performance thresholds, checked only when there are performance reports. */
function judgeMetrics(policy: Policy, metrics: readonly PerformanceMetric[], breaches: Breach[]): void {
  if (metrics.length === 0) return;
  const thresholdScopes: [string, ScopePolicy][] = [
    ['category performance', mergeScopes(policy.categories.performance)],
  ];
  for (const [tool, scope] of Object.entries(policy.tools)) {
    if (scope.thresholds !== undefined)
      thresholdScopes.push([`tool ${tool}`, mergeScopes(policy.categories.performance, scope)]);
  }
  for (const [key, scope] of thresholdScopes) {
    const tool = key.startsWith('tool ') ? key.slice(5) : undefined;
    const candidates = tool === undefined ? metrics : metrics.filter((metric) => metric.tool === tool);
    for (const [name, thresholds] of Object.entries(scope.thresholds ?? {})) {
      const matching = candidates.filter((metric) => metric.name === name);
      for (const threshold of thresholds) {
        if (matching.length === 0) {
          breaches.push(
            thresholdBreach(
              key,
              scope.thresholdAction ?? 'fail',
              threshold,
              undefined,
              `metric ${name} (not in any performance report)`,
            ),
          );
          continue;
        }
        for (const metric of matching) {
          const result = evaluateThreshold(threshold, metricValues(metric.values));
          if (!result.passed) {
            breaches.push(
              thresholdBreach(
                key,
                scope.thresholdAction ?? 'fail',
                threshold,
                result.actual,
                `${name} in ${metric.file}`,
              ),
            );
          }
        }
      }
    }
  }
}

export function evaluate(
  policy: Policy,
  findings: readonly Finding[],
  tests: readonly TestTotals[],
  metrics: readonly PerformanceMetric[],
): Evaluation {
  const breaches: Breach[] = [];
  const counted = tally(policy, findings);
  const breachedSeverities = countBreaches(counted.scopes.values(), breaches);
  const testResults = judgeTests(policy, tests, breaches);
  judgeMetrics(policy, metrics, breaches);

  // A rule's decision is the worst action of the breaches its findings are part of.
  const findingActions = findings.map((finding, index) => {
    const row = counted.rowOfFinding[index]!;
    // A failed test is part of its pass-rate breach, whatever its own scope says.
    const action =
      breachedSeverities.get(counted.scopeOfFinding[index]!)?.[finding.severity] ??
      (finding.category === 'test' ? testResults.breached.get(testScopeOf(policy, finding.tool)) : undefined);
    if (action !== undefined && DECISIONS.indexOf(ACTION_DECISION[action]) > DECISIONS.indexOf(row.decision)) {
      row.decision = ACTION_DECISION[action];
    }
    return action;
  });

  return {
    decision: worstDecision(breaches.map((breach) => ACTION_DECISION[breach.action])),
    breaches,
    scopes: [...counted.scopes.values()].sort(
      (a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category) || a.scope.localeCompare(b.scope),
    ),
    rules: counted.rules.sort(
      (a, b) =>
        DECISIONS.indexOf(b.decision) - DECISIONS.indexOf(a.decision) ||
        SEVERITIES.findIndex((s) => a.counts[s] > 0) - SEVERITIES.findIndex((s) => b.counts[s] > 0) ||
        a.rule.localeCompare(b.rule),
    ),
    byCategory: counted.byCategory,
    findingActions,
    tests: testResults.rows,
  };
}
