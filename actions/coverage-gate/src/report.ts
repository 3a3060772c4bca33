import { details, escapeMarkdown, inlineCode, markdown, table } from '@pipeline-actions/shared';
import type { CollectedCoverage } from './coverage.ts';
import { NO_RULES_MESSAGE, type GateResult } from './evaluate.ts';
import { type Counts, METRICS, type Metric, type Totals, percent } from './model.ts';
import { formatPercent } from './rules.ts';

const cell = (counts: Counts): string =>
  counts.total === 0 ? '–' : `${formatPercent(percent(counts))} (${counts.covered}/${counts.total})`;

/** Metrics present in at least one group, in the usual order. */
function shownMetrics(coverage: CollectedCoverage): Metric[] {
  return METRICS.filter((m) => coverage.totals[m].total > 0 || coverage.groups.some((g) => g.totals[m].total > 0));
}

function totalsRow(name: string, totals: Totals, metrics: Metric[]): string[] {
  return [name, ...metrics.map((m) => cell(totals[m]))];
}

interface FileRow {
  path: string;
  /** Line percentage; 101 for a file without lines, so it sorts last. */
  rank: number;
  totals: Totals;
}

const byRank = (a: Pick<FileRow, 'path' | 'rank'>, b: FileRow): number =>
  a.rank - b.rank || a.path.localeCompare(b.path);

/**
 * The `limit` files of lowest line coverage, lowest first (by path among equals), and how many files there are:
 * a bounded selection, so a report of a hundred thousand files does not make a row for each.
 */
function lowestCoverage(coverage: CollectedCoverage, limit: number): { count: number; shown: FileRow[] } {
  const shown: FileRow[] = [];
  let count = 0;
  for (const file of coverage.files.values()) {
    count++;
    const candidate = { path: file.path, rank: percent(file.counts('lines')) ?? 101 };
    if (shown.length === limit && (limit === 0 || byRank(candidate, shown[limit - 1]!) >= 0)) continue;
    let low = 0;
    let high = shown.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (byRank(candidate, shown[middle]!) < 0) high = middle;
      else low = middle + 1;
    }
    shown.splice(low, 0, { ...candidate, totals: file.totals() });
    if (shown.length > limit) shown.pop();
  }
  return { count, shown };
}

export interface ReportOptions {
  /** At most this many rows in the per-file table (the PR comment keeps it short). */
  maxFiles: number;
  /** At most this many rows in the new-code table. */
  maxNewCodeFiles: number;
  /** Link to the run, for the comment. */
  runUrl?: string;
}

/** The Markdown report used for the job summary and (shorter) the PR comment. */
export function renderReport(coverage: CollectedCoverage, result: GateResult, options: ReportOptions): string {
  const parts: string[] = [];
  const icon = result.decision === 'pass' ? '✅' : '❌';
  const failed = result.rules.filter((r) => !r.passed).length;
  parts.push(
    `## ${icon} Coverage ${result.decision === 'pass' ? 'passed' : 'failed'}${failed > 0 ? ` (${failed} of ${result.rules.length} rules failed)` : ''}`,
  );
  if (result.noRules) parts.push(`> [!WARNING]\n> ${NO_RULES_MESSAGE}`);
  const metrics = shownMetrics(coverage);
  const delta = (m: Metric): string => {
    const d = result.deltas[m];
    return d === undefined ? '' : ` ${d >= 0 ? '▲' : '▼'}${Math.abs(d).toFixed(2)}`;
  };
  const rows: unknown[][] = coverage.groups.map((g) => totalsRow(g.name, g.totals, metrics));
  if (coverage.groups.length > 1 || result.baseline) {
    rows.push([markdown('**Total**'), ...metrics.map((m) => markdown(`**${cell(coverage.totals[m])}**${delta(m)}`))]);
  }
  if (metrics.length > 0)
    parts.push(
      table(['Group', ...metrics.map((m) => m[0]!.toUpperCase() + m.slice(1))], rows, [
        'l',
        ...metrics.map(() => 'r' as const),
      ]),
    );
  if (result.baseline)
    parts.push(
      `Compared with the baseline of ${result.baseline.commit ? inlineCode(result.baseline.commit.slice(0, 12)) : escapeMarkdown(result.baseline.file)}.`,
    );

  if (result.rules.length > 0) {
    parts.push('### Rules');
    parts.push(
      table(
        ['Rule', 'Result', 'Actual', 'Detail'],
        result.rules.map((r) => [r.name, r.passed ? '✅ pass' : '❌ fail', formatPercent(r.actual), r.detail]),
        ['l', 'l', 'r', 'l'],
      ),
    );
  }

  const newCode = result.newCode;
  if (newCode) {
    const p = percent(newCode.totals);
    parts.push(
      `### New code\n${newCode.totals.total === 0 ? 'No executable line was added or changed.' : `${newCode.totals.covered} of ${newCode.totals.total} added or changed executable lines are covered (**${formatPercent(p)}**), from ${result.changed?.source === 'git' ? '`git diff` against the merge base' : 'the GitHub API'}.`}`,
    );
    const worst = newCode.files.filter((f) => f.uncoveredLines > 0);
    if (worst.length > 0) {
      const shown = worst.slice(0, options.maxNewCodeFiles);
      parts.push(
        table(
          ['File', 'Uncovered changed lines', 'Lines'],
          shown.map((f) => [
            markdown(inlineCode(f.path)),
            `${f.uncoveredLines} of ${f.total}`,
            f.uncovered.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(', '),
          ]),
          ['l', 'r', 'l'],
        ) +
          (worst.length > shown.length
            ? `\n\n…and ${worst.length - shown.length} more file(s) with uncovered changed lines.`
            : ''),
      );
    }
  }

  const { count: fileCount, shown } = lowestCoverage(coverage, options.maxFiles);
  if (fileCount > 0) {
    const body =
      table(
        ['File', ...metrics.map((m) => m[0]!.toUpperCase() + m.slice(1))],
        shown.map((f) => [markdown(inlineCode(f.path)), ...metrics.map((m) => cell(f.totals[m]))]),
        ['l', ...metrics.map(() => 'r' as const)],
      ) +
      (fileCount > shown.length
        ? `\n\n…and ${fileCount - shown.length} more file(s) (lowest line coverage first).`
        : '');
    parts.push(details(`Coverage of ${fileCount} file(s), lowest first`, body));
  }

  if (result.warnings.length > 0 || coverage.unmatched.length > 0) {
    const lines = result.warnings.map((w) => `- ⚠️ ${escapeMarkdown(w)}`);
    if (coverage.unmatched.length > 0) {
      lines.push(
        `- ⚠️ ${coverage.unmatched.length} report path(s) match no repository file (kept in the totals): ${coverage.unmatched
          .slice(0, 10)
          .map((p) => inlineCode(p))
          .join(', ')}${coverage.unmatched.length > 10 ? ', …' : ''}`,
      );
    }
    parts.push(lines.join('\n'));
  }
  const reports = coverage.groups.flatMap((g) =>
    g.reports.map(
      (r) =>
        `${inlineCode(r.file)} (${r.format}, ${r.files} files${coverage.groups.length > 1 ? `, ${escapeMarkdown(g.name)}` : ''})`,
    ),
  );
  parts.push(`<sub>Reports: ${reports.join(', ')}${options.runUrl ? ` · [run](${options.runUrl})` : ''}</sub>`);
  return parts.join('\n\n');
}
