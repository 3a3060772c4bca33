import picomatch from 'picomatch';
import { inputError } from '@pipeline-actions/shared';
import { METRICS, type Metric, type Totals, emptyTotals, percent, type FileCoverage } from './model.ts';

export type Minimums = Partial<Record<Metric, number>>;

/** `src/payments/**: lines >= 95, branches >= 80` */
export interface GlobRule {
  pattern: string;
  metric: Metric;
  minimum: number;
  /** '>=' or '>' */
  strict: boolean;
}

export interface RuleResult {
  /** e.g. "unit: lines >= 80%", "src/payments/**: lines >= 95%". */
  name: string;
  passed: boolean;
  /** Actual percentage, when measurable. */
  actual: number | undefined;
  /** Why it failed or what it measured (e.g. the worst files). */
  detail: string;
}

const CONDITION = /^\s*(\w+)\s*(>=|>)\s*(\d+(?:\.\d+)?)\s*%?\s*$/;

function parseMetric(word: string, input: string, context: string): Metric {
  const metric = word.toLowerCase() === 'methods' ? 'functions' : word.toLowerCase();
  if (!(METRICS as readonly string[]).includes(metric)) {
    throw inputError(input, `${context}: unknown metric '${word}'; expected one of ${METRICS.join(', ')}`);
  }
  return metric as Metric;
}

/** Parses "lines >= 80" / "branches > 70%". */
export function parseCondition(
  text: string,
  input: string,
  context: string,
): { metric: Metric; minimum: number; strict: boolean } {
  const match = CONDITION.exec(text);
  if (!match) throw inputError(input, `${context}: '${text.trim()}' is not a condition; expected e.g. 'lines >= 80'`);
  const minimum = Number(match[3]);
  if (minimum > 100) throw inputError(input, `${context}: ${minimum} is above 100%`);
  return { metric: parseMetric(match[1]!, input, context), minimum, strict: match[2] === '>' };
}

/**
 * Parses the `rules` input: one line per glob, `<glob>: <metric> >= <percent>[, <metric> >= <percent>]`.
 * Blank lines and `#` comments are ignored; an error names the line.
 */
export function parseGlobRules(text: string, input = 'rules'): GlobRule[] {
  const rules: GlobRule[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line === '') return;
    const context = `line ${index + 1}`;
    const colon = line.lastIndexOf(':');
    if (colon <= 0)
      throw inputError(
        input,
        `${context}: '${line}' needs '<glob>: <metric> >= <percent>', e.g. 'src/payments/**: lines >= 95'`,
      );
    const pattern = line
      .slice(0, colon)
      .trim()
      .replace(/^['"]|['"]$/g, '');
    for (const part of line.slice(colon + 1).split(',')) {
      rules.push({ pattern, ...parseCondition(part, input, context) });
    }
  });
  return rules;
}

const fmt = (value: number | undefined): string =>
  value === undefined ? 'n/a' : `${(Math.floor(value * 100 + 1e-9) / 100).toFixed(2)}%`;
export const formatPercent = fmt;

function meets(actual: number, minimum: number, strict: boolean): boolean {
  // Compare at the precision we print, so 79.999% never shows as "80.00% < 80%".
  const rounded = Math.round(actual * 1e6) / 1e6;
  return strict ? rounded > minimum : rounded >= minimum;
}

/** Minimum percentages on a set of totals (overall or a group). */
export function evaluateMinimums(scope: string, totals: Totals, minimums: Minimums): RuleResult[] {
  const results: RuleResult[] = [];
  for (const metric of METRICS) {
    const minimum = minimums[metric];
    if (minimum === undefined) continue;
    const actual = percent(totals[metric]);
    const name = `${scope}${metric} >= ${minimum}%`;
    if (actual === undefined) {
      results.push({ name, passed: false, actual, detail: `the reports hold no ${metric} data` });
    } else {
      results.push({
        name,
        passed: meets(actual, minimum, false),
        actual,
        detail: `${totals[metric].covered}/${totals[metric].total} ${metric} covered (${fmt(actual)})`,
      });
    }
  }
  return results;
}

/** A minimum that every file must reach on its own (files without data for the metric are skipped). */
export function evaluatePerFile(files: ReadonlyMap<string, FileCoverage>, minimums: Minimums): RuleResult[] {
  const results: RuleResult[] = [];
  for (const metric of METRICS) {
    const minimum = minimums[metric];
    if (minimum === undefined) continue;
    const failing: [string, number][] = [];
    let measured = 0;
    for (const file of files.values()) {
      const actual = percent(file.counts(metric));
      if (actual === undefined) continue;
      measured++;
      if (!meets(actual, minimum, false)) failing.push([file.path, actual]);
    }
    failing.sort((a, b) => a[1] - b[1]);
    const worst = failing.slice(0, 5).map(([p, a]) => `${p} (${fmt(a)})`);
    results.push({
      name: `every file: ${metric} >= ${minimum}%`,
      passed: failing.length === 0,
      actual: failing[0]?.[1],
      detail:
        failing.length === 0
          ? `${measured} file(s) checked`
          : `${failing.length} of ${measured} file(s) below: ${worst.join(', ')}${failing.length > worst.length ? ', ...' : ''}`,
    });
  }
  return results;
}

/** Rules on the files matching a glob, taken together. */
export function evaluateGlobRules(files: ReadonlyMap<string, FileCoverage>, rules: readonly GlobRule[]): RuleResult[] {
  return rules.map((rule) => {
    const isMatch = picomatch(rule.pattern, { dot: true });
    const totals = emptyTotals();
    let count = 0;
    for (const file of files.values()) {
      if (!isMatch(file.path)) continue;
      count++;
      file.addTo(totals);
    }
    const actual = percent(totals[rule.metric]);
    const name = `${rule.pattern}: ${rule.metric} ${rule.strict ? '>' : '>='} ${rule.minimum}%`;
    if (actual === undefined) {
      return {
        name,
        passed: false,
        actual,
        detail:
          count === 0
            ? 'no covered file matches the glob'
            : `the ${count} matching file(s) hold no ${rule.metric} data`,
      };
    }
    return {
      name,
      passed: meets(actual, rule.minimum, rule.strict),
      actual,
      detail: `${count} file(s): ${totals[rule.metric].covered}/${totals[rule.metric].total} ${rule.metric} covered`,
    };
  });
}

/** The maximum drop of each metric versus the baseline, in percentage points. */
export function evaluateDrop(
  current: Totals,
  baseline: Partial<Record<Metric, number>>,
  maxDrop: number,
): { results: RuleResult[]; deltas: Partial<Record<Metric, number>> } {
  const results: RuleResult[] = [];
  const deltas: Partial<Record<Metric, number>> = {};
  for (const metric of METRICS) {
    const before = baseline[metric];
    const now = percent(current[metric]);
    if (before === undefined || now === undefined) continue;
    const delta = now - before;
    deltas[metric] = delta;
    results.push({
      name: `${metric} drop <= ${maxDrop} pp vs baseline`,
      passed: Math.round(delta * 1e6) / 1e6 >= -maxDrop,
      actual: now,
      detail: `${fmt(before)} -> ${fmt(now)} (${delta >= 0 ? '+' : ''}${delta.toFixed(2)} pp)`,
    });
  }
  return { results, deltas };
}
