/** Findings as annotations: the level says what the finding does to the decision, the weight orders by severity. */
import type { Annotation } from '@pipeline-actions/shared';
import type { Evaluation } from '../evaluate.ts';
import { severityRank, type Finding } from '../model.ts';
import type { BreachAction } from '../policy.ts';

const LEVEL: Record<BreachAction | 'none', Annotation['level']> = { fail: 'error', approve: 'warning', warn: 'warning', log: 'notice', none: 'notice' };

export function findingAnnotations(findings: readonly Finding[], evaluation: Evaluation): Annotation[] {
  return findings.map((finding, index) => {
    const action = evaluation.findingActions[index] ?? 'none';
    const annotation: Annotation = {
      level: LEVEL[action],
      title: `${finding.tool} ${finding.rule} (${finding.severity}${action === 'approve' ? ', needs approval' : ''})`,
      message: finding.message || finding.rule,
      weight: 10 - severityRank(finding.severity),
    };
    if (finding.file !== undefined) annotation.file = finding.file;
    if (finding.line !== undefined) annotation.startLine = finding.line;
    if (finding.column !== undefined) annotation.startColumn = finding.column;
    return annotation;
  });
}
