/** Findings as annotations: the level says what the finding does to the decision, the weight orders by severity. */
import { annotate, STEP_ANNOTATION_LIMITS, type Annotation } from '@pipeline-actions/shared';
import type { Evaluation } from '../evaluate.ts';
import { severityRank, type Finding } from '../model.ts';
import type { BreachAction } from '../policy.ts';

const LEVEL: Record<BreachAction | 'none', Annotation['level']> = {
  fail: 'error',
  approve: 'warning',
  warn: 'warning',
  log: 'notice',
  none: 'notice',
};

export function findingAnnotation(finding: Finding, action: BreachAction | undefined): Annotation {
  const annotation: Annotation = {
    level: LEVEL[action ?? 'none'],
    title: `${finding.tool} ${finding.rule} (${finding.severity}${action === 'approve' ? ', needs approval' : ''})`,
    message: finding.message || finding.rule,
    weight: 10 - severityRank(finding.severity),
  };
  if (finding.file !== undefined) annotation.file = finding.file;
  if (finding.line !== undefined) annotation.startLine = finding.line;
  if (finding.column !== undefined) annotation.startColumn = finding.column;
  return annotation;
}

export function findingAnnotations(findings: readonly Finding[], evaluation: Evaluation): Annotation[] {
  return findings.map((finding, index) => findingAnnotation(finding, evaluation.findingActions[index]));
}

/**
 * The step's annotations: the worst `limit` per level (findings are already worst first), emitted through the
 * shared annotate(), which also logs how many per level were left out. Avoids building and sorting an annotation for
 * every one of possibly hundreds of thousands of findings.
 */
export function annotateWorst(
  findings: readonly Finding[],
  evaluation: Evaluation,
  elsewhere: string,
  limit = STEP_ANNOTATION_LIMITS,
): void {
  const chosen: Annotation[] = [];
  const taken = { error: 0, warning: 0, notice: 0 };
  const omitted = { error: 0, warning: 0, notice: 0 };
  findings.forEach((finding, index) => {
    const level = LEVEL[evaluation.findingActions[index] ?? 'none'];
    if (taken[level] < limit[level]) {
      taken[level]++;
      chosen.push(findingAnnotation(finding, evaluation.findingActions[index]));
    } else omitted[level]++;
  });
  annotate(chosen, limit, elsewhere, omitted);
}
