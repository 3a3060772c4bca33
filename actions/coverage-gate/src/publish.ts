/** Everything the gate tells the outside: warnings, job summary, annotations, PR comment, check run, files, outputs. */
import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import {
  type Annotation,
  annotate,
  checkRunOmitted,
  checkRunOmittedNote,
  commentOnPullRequest,
  leaveRoomFor,
  createCheckRun,
  type GitHubClientSource,
  resolveGitHubClient,
  withSummaryNote,
  writeSummary,
} from '@pipeline-actions/shared';
import { buildBaseline, writeBaseline } from './baseline.ts';
import { renderBadge } from './badge.ts';
import type { Collected } from './collect.ts';
import type { CollectedCoverage } from './coverage.ts';
import type { GateResult } from './evaluate.ts';
import type { GateOutcome } from './gate.ts';
import { combinedPercent, METRICS, percent } from './model.ts';
import { renderReport } from './report.ts';
import type { Settings } from './settings.ts';

/** Annotations for uncovered changed lines, one per range, the longest ranges first. */
export function uncoveredAnnotations(result: GateResult): Annotation[] {
  const annotations: Annotation[] = [];
  for (const file of result.newCode?.files ?? []) {
    for (const [start, end] of file.uncovered) {
      annotations.push({
        level: 'warning',
        title: 'Uncovered change',
        message:
          start === end
            ? `Added/changed line ${start} is not covered by tests.`
            : `Added/changed lines ${start}-${end} are not covered by tests.`,
        file: file.path,
        startLine: start,
        endLine: end,
        weight: end - start + 1,
      });
    }
  }
  return annotations;
}

// Truncated like the summary (and istanbul): 79.999% never reads as 80.00%.
const round = (value: number | undefined): string =>
  value === undefined ? '' : (Math.floor(value * 100 + 1e-9) / 100).toFixed(2);

function summaryJson(coverage: CollectedCoverage, result: GateResult): string {
  const totals = (t: CollectedCoverage['totals']) =>
    Object.fromEntries(
      METRICS.filter((m) => t[m].total > 0).map((m) => [m, { ...t[m], percent: Number(round(percent(t[m]))) }]),
    );
  return JSON.stringify({
    decision: result.decision,
    totals: totals(coverage.totals),
    combined: coverage.totals.lines.total > 0 ? Number(round(combinedPercent(coverage.totals))) : null,
    groups: Object.fromEntries(coverage.groups.map((g) => [g.name, totals(g.totals)])),
    newCode: result.newCode ? { ...result.newCode.totals, percent: percent(result.newCode.totals) ?? null } : null,
    delta: Object.fromEntries(Object.entries(result.deltas).map(([m, d]) => [m, Number(round(d))])),
    rules: result.rules.map((r) => ({ name: r.name, passed: r.passed, actual: r.actual ?? null })),
    unmatched: coverage.unmatched.length,
  });
}

/** The sticky PR comment; the run link changes every run, so the report without it is what 'changed' compares. */
async function comment(
  settings: Settings,
  collected: Collected,
  result: GateResult,
  runUrl: string | undefined,
  client: GitHubClientSource | undefined,
) {
  const pullNumber = collected.target.number;
  if (settings.comment.mode === 'off' || pullNumber === undefined) return;
  const report = (link: string | undefined) =>
    renderReport(collected.coverage, result, { maxFiles: 100, maxNewCodeFiles: 10, runUrl: link });
  await commentOnPullRequest({
    context: collected.context,
    client,
    pullNumber,
    key: settings.commentKey,
    body: report(runUrl),
    digestOf: report(undefined),
    passing: result.decision === 'pass',
    policy: settings.comment,
  });
}

async function checkRun(
  settings: Settings,
  collected: Collected,
  result: GateResult,
  annotations: Annotation[],
  note: string | undefined,
  runUrl: string | undefined,
  client: GitHubClientSource | undefined,
) {
  const { context, coverage } = collected;
  if (!settings.checkRun || !context.repo) return;
  if (!client) {
    core.warning('check-run is on but github-token is empty: no check run.');
    return;
  }
  const failed = result.rules.filter((r) => !r.passed).length;
  const posted = await createCheckRun(await resolveGitHubClient(client), {
    ...context.repo,
    name: settings.checkName,
    headSha: collected.target.headSha,
    conclusion: result.decision === 'pass' ? 'success' : 'failure',
    title: `${round(percent(coverage.totals.lines))}% lines${failed ? `, ${failed} rule(s) failed` : ''}`,
    summary: renderReport(coverage, result, { maxFiles: 50, maxNewCodeFiles: 10, runUrl }),
    ...(note ? { text: note } : {}),
    annotations,
    maxAnnotations: settings.checkRunAnnotations,
  });
  if (posted.status === 'created')
    core.info(
      `Check run created with ${posted.annotations} annotation(s) in ${posted.requests} request(s)${posted.omitted > 0 ? `, ${posted.omitted} left out (check-run-annotations: ${settings.checkRunAnnotations})` : ''}: ${posted.url}`,
    );
}

/** The badge and the baseline for later runs. */
async function writeFiles(settings: Settings, collected: Collected) {
  const { coverage, context } = collected;
  if (settings.badge) {
    const label = settings.badgeMetric === 'lines' ? 'coverage' : settings.badgeMetric;
    await mkdir(path.dirname(settings.badge), { recursive: true });
    await writeFile(settings.badge, renderBadge(label, percent(coverage.totals[settings.badgeMetric])));
  }
  if (settings.baselineOut) {
    const groups = new Map(coverage.groups.map((g): [string, typeof g.totals] => [g.name, g.totals]));
    await writeBaseline(settings.baselineOut, buildBaseline(coverage.totals, groups, context.sha, context.ref));
    core.info(`Baseline written to ${settings.baselineOut}`);
  }
}

function setOutputs(coverage: CollectedCoverage, result: GateResult) {
  core.setOutput('decision', result.decision);
  for (const metric of METRICS) core.setOutput(metric, round(percent(coverage.totals[metric])));
  core.setOutput('combined', round(combinedPercent(coverage.totals)));
  core.setOutput('new-code-percent', result.newCode ? round(percent(result.newCode.totals)) : '');
  core.setOutput('delta', round(result.deltas.lines));
  core.setOutput('summary-json', summaryJson(coverage, result));
}

/** Tells the outcome everywhere it goes; a failed verdict is main's to throw, once, after all this. */
export async function publish(settings: Settings, collected: Collected, outcome: GateOutcome): Promise<void> {
  const client = settings.github;
  const { context, coverage } = collected;
  const { result, verdict } = outcome;
  // Warnings before the annotations take their share of GitHub's 10 per step: they are counted.
  for (const warning of outcome.warnings) core.warning(warning);

  const runUrl =
    context.repo && context.runId
      ? `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/actions/runs/${context.runId}`
      : undefined;
  const annotations = uncoveredAnnotations(result);
  const checkRunNote =
    settings.checkRun && context.repo && client
      ? checkRunOmittedNote(
          checkRunOmitted(annotations, settings.checkRunAnnotations),
          settings.checkRunAnnotations,
          'the job summary',
        )
      : undefined;
  await writeSummary(
    withSummaryNote(renderReport(coverage, result, { maxFiles: 1000, maxNewCodeFiles: 20, runUrl }), checkRunNote),
  );

  // The verdict line at the end is a warning when fail-on-decision is off: the annotations leave room for it.
  const limits = leaveRoomFor(verdict.level === 'warning' ? 'warning' : undefined);
  if (settings.annotations && annotations.length > 0)
    annotate(
      annotations,
      { ...limits, warning: Math.max(0, limits.warning - outcome.warnings.length) },
      'the job summary',
    );

  await comment(settings, collected, result, runUrl, client);
  await checkRun(settings, collected, result, annotations, checkRunNote, runUrl, client);
  await writeFiles(settings, collected);
  setOutputs(coverage, result);
  if (verdict.level === 'info') core.info(verdict.message);
  else if (verdict.level === 'warning') core.warning(verdict.message);
}
