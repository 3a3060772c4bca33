/** The job summary (and check run text): decision, category × severity against limits, rules, breaches, top findings. */
import { details, escapeMarkdown, table } from '@pipeline-actions/shared';
import type { Decision, Evaluation } from '../evaluate.ts';
import { SEVERITIES, type Finding } from '../model.ts';

/** The heading carries the verdict, as the coverage gate's and the smoke test's do. */
const HEADING: Record<Decision, string> = {
  pass: '## ✅ Quality gate passed',
  warn: '## ⚠️ Quality gate passed with warnings',
  approve: '## 🛂 Quality gate needs approval',
  fail: '## ❌ Quality gate failed',
};

export interface SummaryInput {
  evaluation: Evaluation;
  /** Worst first. */
  findings: readonly Finding[];
  reports: { file: string; format: string; findings: number }[];
  commands: {
    name: string;
    exitCode: number;
    durationMs: number;
    findings: number;
    timedOut?: boolean;
    output?: string;
  }[];
  /** Finding paths that name no repository file, said under the counts. */
  unmatchedNote?: string;
  scope: { outsideDiff: number; baselined: number; newOnly: boolean; baseline: boolean; notes?: string[] };
  topFindings?: number;
  maxRules?: number;
}

export function renderSummary(input: SummaryInput): string {
  const { evaluation } = input;
  const parts: string[] = [HEADING[evaluation.decision], ''];
  if (evaluation.decision === 'approve') parts.push('A reviewer must approve the deployment.', '');
  const total = input.findings.length;
  const scopeNotes: string[] = [];
  if (input.scope.newOnly)
    scopeNotes.push(`${input.scope.outsideDiff} finding(s) outside the lines this PR changes were not counted`);
  if (input.scope.baseline)
    scopeNotes.push(`${input.scope.baselined} finding(s) accepted by the baseline were not counted`);
  parts.push(
    `${total} finding(s) from ${input.reports.length} report(s)${input.commands.length > 0 ? ` and ${input.commands.length} command(s)` : ''}.${scopeNotes.length > 0 ? ` ${scopeNotes.join('; ')}.` : ''}`,
    '',
  );

  for (const note of input.scope.notes ?? []) parts.push(`> ${escapeMarkdown(note)}`, '');
  if (input.unmatchedNote !== undefined) parts.push(`> [!WARNING]\n> ${escapeMarkdown(input.unmatchedNote)}`, '');
  if (evaluation.breaches.length > 0) {
    parts.push('### Breaches', '');
    parts.push(
      table(
        ['Scope', 'What', 'Found', 'Limit', 'Means'],
        evaluation.breaches.map((breach) => [
          breach.scope,
          breach.kind === 'count' ? `${breach.severity} findings` : breach.kind,
          breach.actual,
          breach.limit,
          breach.action,
        ]),
      ),
      '',
    );
  }

  if (evaluation.scopes.length > 0) {
    parts.push('### Findings against limits', '');
    const rows = evaluation.scopes.map((scope) => [
      scope.scope,
      ...SEVERITIES.map((severity) => {
        const count = scope.counts[severity];
        const max = scope.max[severity];
        if (max === undefined) return count === 0 ? '·' : `${count}`;
        const mark =
          count > max
            ? ` ${scope.onBreach[severity] === 'fail' ? '❌' : scope.onBreach[severity] === 'log' ? '📝' : '⚠️'}`
            : '';
        return `${count} / ${max}${mark}`;
      }),
    ]);
    parts.push(
      table(['Scope', ...SEVERITIES], rows, ['l', 'r', 'r', 'r', 'r', 'r']),
      '',
      '_count / most allowed; · none found and no limit_',
      '',
    );
  }

  if (evaluation.tests.length > 0) {
    parts.push('### Tests', '');
    parts.push(
      table(
        ['Report', 'Tool', 'Tests', 'Passed', 'Failed', 'Errors', 'Skipped', 'Pass rate'],
        evaluation.tests.map((row) => [
          row.file,
          row.tool,
          row.tests,
          row.passed,
          row.failures,
          row.errors,
          row.skipped,
          row.passRate === undefined ? '–' : `${row.passRate.toFixed(1)}%`,
        ]),
        ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r'],
      ),
      '',
    );
  }

  if (evaluation.rules.length > 0) {
    const maxRules = input.maxRules ?? 200;
    const rules = evaluation.rules.slice(0, maxRules);
    const body = table(
      ['Tool', 'Rule', 'Category', ...SEVERITIES, 'Decision'],
      rules.map((row) => [
        row.tool,
        row.rule,
        row.category,
        ...SEVERITIES.map((severity) => row.counts[severity] || ''),
        row.decision,
      ]),
    );
    const more =
      evaluation.rules.length > maxRules
        ? `\n\n_${evaluation.rules.length - maxRules} more rules in the findings file._`
        : '';
    parts.push(details(`Rules (${evaluation.rules.length})`, body + more, evaluation.rules.length <= 30), '');
  }

  if (total > 0) {
    const top = input.findings.slice(0, input.topFindings ?? 50);
    const body = table(
      ['Severity', 'Tool', 'Rule', 'Where', 'Message'],
      top.map((finding) => [
        finding.severity,
        finding.tool,
        finding.rule,
        finding.file === undefined ? '' : `${finding.file}${finding.line ? `:${finding.line}` : ''}`,
        finding.message.slice(0, 300),
      ]),
    );
    const more =
      total > top.length ? `\n\n_${total - top.length} more in the findings file (output \`findings-path\`)._` : '';
    parts.push(details(`Top findings (${top.length} of ${total})`, body + more, true), '');
  }

  if (input.commands.length > 0) {
    parts.push('### Commands', '');
    parts.push(
      table(
        ['Command', 'Exit code', 'Time', 'Findings'],
        input.commands.map((command) => [
          command.name,
          command.exitCode,
          `${(command.durationMs / 1000).toFixed(1)}s`,
          command.findings,
        ]),
        ['l', 'r', 'r', 'r'],
      ),
      '',
    );
    // The output of a command that failed, so the reason is one click away.
    for (const command of input.commands) {
      if (command.exitCode === 0 || !command.output) continue;
      const tail = command.output.trim().split('\n').slice(-30).join('\n').replace(/```/g, "'''");
      parts.push(
        details(
          `Output of ${escapeMarkdown(command.name)} (exit ${command.exitCode}${command.timedOut ? ', timed out' : ''})`,
          `\`\`\`\n${tail}\n\`\`\``,
        ),
        '',
      );
    }
  }
  parts.push(
    details(
      'Reports read',
      table(
        ['File', 'Format', 'Findings'],
        input.reports.map((report) => [report.file, report.format, report.findings]),
        ['l', 'l', 'r'],
      ),
    ),
  );
  return parts.join('\n');
}
