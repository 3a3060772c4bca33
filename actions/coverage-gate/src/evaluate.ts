import type { ChangedLinesResult } from '@pipeline-actions/shared';
import type { Baseline } from './baseline.ts';
import type { CollectedCoverage } from './coverage.ts';
import { type Metric, percent } from './model.ts';
import { type NewCodeCoverage, newCodeCoverage } from './new-code.ts';
import {
  type GlobRule,
  type Minimums,
  type RuleResult,
  evaluateDrop,
  evaluateGlobRules,
  evaluateMinimums,
  evaluatePerFile,
  formatPercent,
} from './rules.ts';

export interface Policy {
  minimums: Minimums;
  groupMinimums: ReadonlyMap<string, Minimums>;
  perFile: Minimums;
  globRules: readonly GlobRule[];
  newCodeLines: number | undefined;
  maxDrop: number | undefined;
}

export interface GateResult {
  decision: 'pass' | 'fail';
  rules: RuleResult[];
  newCode: NewCodeCoverage | undefined;
  changed: ChangedLinesResult | undefined;
  baseline: Baseline | undefined;
  deltas: Partial<Record<Metric, number>>;
  /** Things the user should know that do not fail the gate by themselves. */
  warnings: string[];
  /** No threshold is set at all: the gate reports coverage but cannot fail (on data that parsed). */
  noRules: boolean;
}

export const NO_RULES_MESSAGE =
  "No coverage rule is set (lines, branches, functions, statements, per-file, rules, new-code-lines, max-drop or a group's minimums): this gate reports coverage but cannot fail.";

/** True when the policy sets at least one threshold. */
export function hasRules(policy: Policy): boolean {
  const any = (minimums: Minimums): boolean => Object.values(minimums).some((value) => value !== undefined);
  return (
    any(policy.minimums) ||
    [...policy.groupMinimums.values()].some(any) ||
    any(policy.perFile) ||
    policy.globRules.length > 0 ||
    policy.newCodeLines !== undefined ||
    policy.maxDrop !== undefined
  );
}

/**
 * Applies the policy to the collected coverage. Every threshold is its own rule; the decision fails
 * when any rule fails, and when the reports hold no line at all (never a silent 100%).
 */
export function evaluateGate(
  coverage: CollectedCoverage,
  policy: Policy,
  changed: ChangedLinesResult | undefined,
  baseline: Baseline | undefined,
): GateResult {
  const rules: RuleResult[] = [];
  const warnings: string[] = [];
  const multipleGroups = coverage.groups.length > 1;

  const measured = coverage.totals.lines.total + coverage.totals.statements.total + coverage.totals.branches.total;
  if (measured === 0) {
    const message = `The coverage reports parsed but hold no executable line (${coverage.groups.flatMap((g) => g.reports.map((r) => r.file)).join(', ')}): nothing was measured.`;
    warnings.push(message);
    rules.push({ name: 'reports hold coverage data', passed: false, actual: undefined, detail: message });
  }
  rules.push(...evaluateMinimums(multipleGroups ? 'total: ' : '', coverage.totals, policy.minimums));
  for (const group of coverage.groups) {
    const minimums = policy.groupMinimums.get(group.name);
    if (minimums) rules.push(...evaluateMinimums(`${group.name}: `, group.totals, minimums));
  }
  rules.push(...evaluatePerFile(coverage.files, policy.perFile));
  rules.push(...evaluateGlobRules(coverage.files, policy.globRules));

  let newCode: NewCodeCoverage | undefined;
  if (changed) {
    newCode = newCodeCoverage(coverage.files.values(), changed.lines);
    if (newCode.withoutLineData.length > 0) {
      warnings.push(
        `New-code coverage ignores ${newCode.withoutLineData.length} changed file(s) whose report has no line data (e.g. coverage-summary.json): ${newCode.withoutLineData.slice(0, 5).join(', ')}`,
      );
    }
    warnings.push(...changed.notes);
  }
  if (policy.newCodeLines !== undefined) {
    const name = `new code: lines >= ${policy.newCodeLines}%`;
    if (!newCode) {
      warnings.push(
        'new-code-lines is set but this run is not for a pull request (and no diff-base was given): the rule was skipped.',
      );
    } else {
      const actual = percent(newCode.totals);
      rules.push(
        actual === undefined
          ? { name, passed: true, actual, detail: 'no executable line was added or changed' }
          : {
              name,
              passed: Math.round(actual * 1e6) / 1e6 >= policy.newCodeLines,
              actual,
              detail: `${newCode.totals.covered}/${newCode.totals.total} changed lines covered (${formatPercent(actual)})`,
            },
      );
    }
  }

  let deltas: Partial<Record<Metric, number>> = {};
  if (baseline) {
    const drop = evaluateDrop(coverage.totals, baseline.totals, policy.maxDrop ?? Number.POSITIVE_INFINITY);
    deltas = drop.deltas;
    if (policy.maxDrop !== undefined) rules.push(...drop.results);
  } else if (policy.maxDrop !== undefined) {
    warnings.push(
      'max-drop is set but no baseline file was found: the drop rules were skipped (the first run on the default branch writes it with baseline-out).',
    );
  }

  return {
    decision: rules.every((r) => r.passed) ? 'pass' : 'fail',
    rules,
    newCode,
    changed,
    baseline,
    deltas,
    warnings,
    noRules: !hasRules(policy),
  };
}
