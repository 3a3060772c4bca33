/**
 * The decision: the collected coverage, changed lines and baseline against the rules, and every warning and
 * verdict that follows from them. Pure: collect.ts reads, publish.ts tells, main.ts fails the step.
 */
import type { Collected } from './collect.ts';
import { evaluateGate, NO_RULES_MESSAGE, type GateResult, type Policy } from './evaluate.ts';
import type { Settings } from './settings.ts';

export interface Verdict {
  /** `failure` fails the step; `warning` is a failed gate with fail-on-decision off. */
  level: 'info' | 'warning' | 'failure';
  message: string;
}

/** What the decision reads of the settings: the rules and how a failure is told. */
export type DecisionSettings = Policy & Pick<Settings, 'baseline' | 'failOnDecision'>;

export interface GateOutcome {
  result: GateResult;
  /** What the log warns about, in order: the reports, the changed lines, the baseline, the rules. */
  warnings: string[];
  verdict: Verdict;
}

const listed = (items: readonly string[], max: number): string =>
  `${items.slice(0, max).join(', ')}${items.length > max ? ', …' : ''}`;

/** Warnings about what was read, before the decision's own. */
function collectionWarnings(collected: Collected, settings: DecisionSettings): string[] {
  const { coverage } = collected;
  const warnings = coverage.emptyReports.map((file) => `${file} parsed but holds no source file.`);
  if (coverage.unmatched.length > 0) {
    warnings.push(
      `${coverage.unmatched.length} path(s) in the reports match no file of the repository (they are kept in the totals): ${listed(coverage.unmatched, 20)}. Check the report's source roots or use include/exclude.`,
    );
  }
  if (collected.changedUnknown !== undefined)
    warnings.push(`The changed lines cannot be known: ${collected.changedUnknown}. New-code coverage is skipped.`);
  if (settings.baseline && !collected.baseline)
    warnings.push(`Baseline ${settings.baseline} does not exist yet: no comparison this time.`);
  return warnings;
}

function verdictOf(result: GateResult, settings: DecisionSettings): Verdict {
  if (result.decision === 'pass') return { level: 'info', message: 'Coverage gate passed.' };
  const reasons = result.rules
    .filter((rule) => !rule.passed)
    .map((rule) => `${rule.name} (${rule.detail})`)
    .join('; ');
  return settings.failOnDecision
    ? { level: 'failure', message: `Coverage gate failed: ${reasons}` }
    : { level: 'warning', message: `Coverage gate failed (fail-on-decision is off): ${reasons}` };
}

export function decide(collected: Collected, settings: DecisionSettings): GateOutcome {
  const result = evaluateGate(collected.coverage, settings, collected.changed, collected.baseline);
  const warnings = collectionWarnings(collected, settings);
  if (result.noRules) warnings.push(NO_RULES_MESSAGE);
  warnings.push(...result.warnings);
  return { result, warnings, verdict: verdictOf(result, settings) };
}
