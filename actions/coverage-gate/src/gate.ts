import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import {
  type Annotation,
  annotate,
  commentOnPullRequest,
  leaveRoomFor,
  pullRequestTarget,
  createCheckRun,
  createGitHubClient,
  readRunContext,
  writeSummary,
} from '@pipeline-actions/shared';
import { buildBaseline, readBaseline, writeBaseline } from './baseline.ts';
import { renderBadge } from './badge.ts';
import { findChangedLines } from './changes.ts';
import { collectCoverage, type CollectedCoverage } from './collect.ts';
import { evaluateGate, NO_RULES_MESSAGE, type GateResult } from './evaluate.ts';
import { combinedPercent, METRICS, percent } from './model.ts';
import { PathMapper } from './paths.ts';
import { renderReport } from './report.ts';
import { readRepository } from './repository.ts';
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

/** The whole flow: reports -> coverage -> rules -> decision -> summary, comment, annotations, check, files, outputs. */
export async function runGate(settings: Settings): Promise<GateResult> {
  const context = readRunContext();
  const client = settings.token ? await createGitHubClient(settings.token) : undefined;

  const repository = await readRepository(settings.workspace);
  const coverage = await core.group('Reading coverage reports', async () => {
    const collected = await collectCoverage(settings.groups, new PathMapper(repository), {
      include: settings.include,
      exclude: settings.exclude,
    });
    for (const group of collected.groups)
      for (const r of group.reports) core.info(`${r.file}: ${r.format}, ${r.files} file(s)`);
    return collected;
  });
  // Warnings before the annotations take their share of GitHub's 10 per step: they are counted.
  let warned = 0;
  const warn = (message: string): void => {
    warned++;
    core.warning(message);
  };
  for (const file of coverage.emptyReports) warn(`${file} parsed but holds no source file.`);
  if (coverage.unmatched.length > 0) {
    warn(
      `${coverage.unmatched.length} path(s) in the reports match no file of the repository (they are kept in the totals): ${coverage.unmatched.slice(0, 20).join(', ')}${coverage.unmatched.length > 20 ? ', …' : ''}. Check the report's source roots or use include/exclude.`,
    );
  }

  const target = await pullRequestTarget(context, settings.pullNumber, client);
  const pullNumber = target.number;
  const base = settings.diffBase || context.pullRequest?.baseSha || undefined;
  const changed =
    base || pullNumber !== undefined
      ? await findChangedLines({ workspace: settings.workspace, base, pullNumber, context, client })
      : undefined;
  const baseline = settings.baseline ? await readBaseline(settings.baseline) : undefined;
  if (settings.baseline && !baseline)
    warn(`Baseline ${settings.baseline} does not exist yet: no comparison this time.`);

  const result = evaluateGate(coverage, settings, changed, baseline);
  if (result.noRules) warn(NO_RULES_MESSAGE);
  for (const warning of result.warnings) warn(warning);

  const runUrl =
    context.repo && context.runId
      ? `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/actions/runs/${context.runId}`
      : undefined;
  await writeSummary(renderReport(coverage, result, { maxFiles: 1000, maxNewCodeFiles: 20, runUrl }));

  const annotations = uncoveredAnnotations(result);
  // The verdict line at the end is a warning when fail-on-decision is off: the annotations leave room for it.
  const verdictLevel = result.decision === 'fail' && !settings.failOnDecision ? 'warning' : undefined;
  const limits = leaveRoomFor(verdictLevel);
  if (settings.annotations && annotations.length > 0)
    annotate(annotations, { ...limits, warning: Math.max(0, limits.warning - warned) }, 'the job summary');

  if (settings.comment.mode !== 'off' && pullNumber !== undefined) {
    const report = (link: string | undefined) =>
      renderReport(coverage, result, { maxFiles: 100, maxNewCodeFiles: 10, runUrl: link });
    await commentOnPullRequest({
      context,
      client,
      pullNumber,
      key: settings.commentKey,
      body: report(runUrl),
      // The run link changes every run; the report without it is what 'changed' compares.
      digestOf: report(undefined),
      passing: result.decision === 'pass',
      policy: settings.comment,
    });
  }

  if (settings.checkRun && context.repo) {
    const headSha = target.headSha;
    if (!client) core.warning('check-run is on but github-token is empty: no check run.');
    else {
      const failed = result.rules.filter((r) => !r.passed).length;
      const posted = await createCheckRun(client, {
        ...context.repo,
        name: settings.checkName,
        headSha,
        conclusion: result.decision === 'pass' ? 'success' : 'failure',
        title: `${round(percent(coverage.totals.lines))}% lines${failed ? `, ${failed} rule(s) failed` : ''}`,
        summary: renderReport(coverage, result, { maxFiles: 50, maxNewCodeFiles: 10, runUrl }),
        annotations,
      });
      if (posted.status === 'created')
        core.info(
          `Check run created with ${posted.annotations} annotation(s) in ${posted.requests} request(s): ${posted.url}`,
        );
    }
  }

  if (settings.badge) {
    await mkdir(path.dirname(settings.badge), { recursive: true });
    await writeFile(
      settings.badge,
      renderBadge(
        settings.badgeMetric === 'lines' ? 'coverage' : settings.badgeMetric,
        percent(coverage.totals[settings.badgeMetric]),
      ),
    );
  }
  if (settings.baselineOut) {
    await writeBaseline(
      settings.baselineOut,
      buildBaseline(
        coverage.totals,
        new Map(coverage.groups.map((g): [string, typeof g.totals] => [g.name, g.totals])),
        context.sha,
        context.ref,
      ),
    );
    core.info(`Baseline written to ${settings.baselineOut}`);
  }

  core.setOutput('decision', result.decision);
  for (const metric of METRICS) core.setOutput(metric, round(percent(coverage.totals[metric])));
  core.setOutput('combined', round(combinedPercent(coverage.totals)));
  core.setOutput('new-code-percent', result.newCode ? round(percent(result.newCode.totals)) : '');
  core.setOutput('delta', round(result.deltas.lines));
  core.setOutput('summary-json', summaryJson(coverage, result));
  return result;
}
