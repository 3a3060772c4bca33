/** Everything the gate tells the outside: annotations, check run, job summary, files, outputs, exit code. */
import * as core from '@actions/core';
import {
  type Annotation,
  checkRunOmitted,
  checkRunOmittedNote,
  commentOnPullRequest,
  createCheckRun,
  leaveRoomFor,
  pullRequestTarget,
  setVerdict,
  withSummaryNote,
  writeSummary,
} from '@pipeline-actions/shared';
import type { Decision } from './evaluate.ts';
import type { GateResult } from './gate.ts';
import { annotateWorst, findingAnnotations } from './output/annotations.ts';
import { writeFindingsFile } from './output/findings-file.ts';
import { writeMergedSarif } from './output/sarif-out.ts';
import { renderSummary } from './output/summary.ts';
import type { Settings } from './settings.ts';

/** Says which finding paths name no repository file, so their missing annotations are explained. */
function unmatchedPathsNote(paths: readonly string[]): string {
  const shown = paths.slice(0, 10).join(', ');
  return `${paths.length} finding path(s) match no file of the repository (their annotations cannot show on the code): ${shown}${paths.length > 10 ? ', …' : ''}. Was the report made in another checkout or with another root?`;
}

/** The check run's annotations and the note on those its cap leaves out, when a check run is to be made. */
interface CheckRunPlan {
  annotations: Annotation[];
  note: string | undefined;
}

function planCheckRun(settings: Settings, result: GateResult): CheckRunPlan | undefined {
  if (settings.mode !== 'check' || !settings.checkRun || settings.github === undefined) return undefined;
  if (settings.context.repo === undefined) return undefined;
  const annotations = findingAnnotations(result.findings, result.evaluation);
  const omitted = checkRunOmitted(annotations, settings.checkRunAnnotations);
  const note = checkRunOmittedNote(
    omitted,
    settings.checkRunAnnotations,
    `the job summary and the findings file (${settings.findingsPath})`,
  );
  return { annotations, note };
}

/** The check run (on the pull request's head commit) and the sticky PR comment; refusals only warn. */
async function publishToGitHub(
  settings: Settings,
  result: GateResult,
  summary: string,
  plan: CheckRunPlan | undefined,
  render: (options: { stable?: boolean; short?: boolean }) => string,
): Promise<void> {
  const { evaluation } = result;
  const { context } = settings;
  if (context.repo === undefined || (!settings.checkRun && settings.comment.mode === 'off')) return;
  // The client is made when a request is sent: a push with the check run off makes none, and loads no Octokit.
  const client = settings.github;
  const target = await pullRequestTarget(context, settings.pullNumber, client);
  if (settings.checkRun) {
    if (client === undefined) core.warning('check-run is on but github-token is empty: no check run.');
    else {
      const check = await createCheckRun(await client(), {
        ...context.repo,
        name: settings.checkName,
        headSha: target.headSha,
        conclusion: CONCLUSION[evaluation.decision],
        title: `${evaluation.decision}: ${result.findings.length} finding(s), ${evaluation.breaches.length} breach(es)`,
        summary,
        ...(plan?.note ? { text: plan.note } : {}),
        annotations: plan?.annotations ?? findingAnnotations(result.findings, evaluation),
        maxAnnotations: settings.checkRunAnnotations,
      });
      if (check.status === 'created')
        core.info(
          `Check run '${settings.checkName}' created with ${check.annotations} annotation(s) in ${check.requests} request(s)${check.omitted > 0 ? `, ${check.omitted} left out (check-run-annotations: ${settings.checkRunAnnotations})` : ''}: ${check.url}`,
        );
    }
  }
  await commentOnPullRequest({
    context,
    client,
    pullNumber: target.number,
    key: settings.commentKey,
    body: render({ short: true }),
    digestOf: render({ short: true, stable: true }),
    passing: evaluation.decision === 'pass',
    policy: settings.comment,
  });
}

const CONCLUSION: Record<Decision, 'success' | 'neutral' | 'action_required' | 'failure'> = {
  pass: 'success',
  warn: 'neutral',
  approve: 'action_required',
  fail: 'failure',
};

/** Tells the outcome everywhere it goes; returns the failure for main to throw, once, after all this. */
export async function publish(
  settings: Settings,
  result: GateResult,
  counts: Record<string, unknown>,
): Promise<string | undefined> {
  const { evaluation } = result;
  for (const outcome of result.commands) {
    core.startGroup(
      `${outcome.spec.run.join(' ')}: exit ${outcome.result.exitCode}${outcome.result.timedOut ? ' (timed out)' : ''}, ${outcome.findings.length} finding(s)`,
    );
    // A tool's own "::error::" lines must not become annotations outside the gate's counts and limits.
    const resume = process.getBuiltinModule('node:crypto').randomUUID();
    core.info(`::stop-commands::${resume}`);
    core.info(`${outcome.result.stdout}${outcome.result.stderr}`.trimEnd());
    core.info(`::${resume}::`);
    core.endGroup();
  }
  const decision: Decision = settings.mode === 'update-baseline' ? 'pass' : evaluation.decision;
  const unmatched = result.unmatchedPaths.length > 0;
  if (unmatched) core.warning(unmatchedPathsNote(result.unmatchedPaths));
  // The verdict line at the end is an annotation too, and so is the warning above: the findings leave room.
  const limits = leaveRoomFor(
    decision === 'pass' ? undefined : decision === 'fail' && settings.failOnDecision ? 'error' : 'warning',
  );
  annotateWorst(result.findings, evaluation, `the job summary and the findings file (${settings.findingsPath})`, {
    ...limits,
    warning: Math.max(0, limits.warning - (unmatched ? 1 : 0)),
  });
  for (const breach of evaluation.breaches) core.info(`${breach.action.toUpperCase()}: ${breach.message}`);

  const summaryInput = (options: { stable?: boolean; short?: boolean } = {}) =>
    renderSummary({
      evaluation,
      findings: result.findings,
      reports: result.reports,
      commands: result.commands.map((outcome) => ({
        name: outcome.spec.name,
        exitCode: outcome.result.exitCode,
        // Durations change every run: the comment's 'changed' compares the report without them.
        durationMs: options.stable ? 0 : outcome.result.durationMs,
        findings: outcome.findings.length,
        timedOut: outcome.result.timedOut,
        output: `${outcome.result.stdout}${outcome.result.stderr}`,
      })),
      unmatchedNote: result.unmatchedPaths.length > 0 ? unmatchedPathsNote(result.unmatchedPaths) : undefined,
      scope: {
        outsideDiff: result.outsideDiff,
        baselined: result.baselined,
        newOnly: settings.newOnly,
        baseline: settings.baseline !== undefined && settings.mode === 'check',
        notes: result.diffNotes,
      },
      ...(options.short ? { topFindings: 20, maxRules: 30 } : {}),
    });
  const summary = summaryInput();
  const plan = planCheckRun(settings, result);
  await writeSummary(withSummaryNote(summary, plan?.note));

  await writeFindingsFile(settings.findingsPath, counts, evaluation, result.findings);
  core.setOutput('findings-path', settings.findingsPath);
  if (settings.sarifPath !== undefined) {
    const sarif = await writeMergedSarif(settings.sarifPath, result.findings);
    if (sarif.droppedResults > 0) {
      core.warning(
        `The merged SARIF keeps ${sarif.results} results; ${sarif.droppedResults} were left out to stay within code scanning's limits (25,000 results per run, 20 runs).`,
      );
    }
    core.setOutput('sarif-path', settings.sarifPath);
  }

  if (settings.mode === 'check') await publishToGitHub(settings, result, summary, plan, summaryInput);

  setVerdict(decision);
  core.setOutput('counts', JSON.stringify(counts));
  core.setOutput('total', String(result.findings.length));
  if (decision === 'fail') {
    const breaches = evaluation.breaches.filter((breach) => breach.action === 'fail').map((breach) => breach.message);
    if (settings.failOnDecision) return `Quality gate failed: ${breaches.join('; ')}`;
    core.warning(`Quality gate failed (fail-on-decision is off): ${breaches.join('; ')}`);
  } else if (decision === 'approve') {
    core.warning(
      `Quality gate needs approval: ${evaluation.breaches
        .filter((breach) => breach.action === 'approve')
        .map((breach) => breach.message)
        .join('; ')}`,
    );
  } else if (decision === 'warn') {
    core.warning(
      `Quality gate warnings: ${evaluation.breaches
        .filter((breach) => breach.action === 'warn')
        .map((breach) => breach.message)
        .join('; ')}`,
    );
  } else {
    core.info(`Quality gate passed (${result.findings.length} finding(s) within the policy).`);
  }
  return undefined;
}
