/**
 * Everything the smoke test tells the outside: warnings about the settings, the JSON and JUnit reports, the job
 * summary and the outputs; then the failure, thrown once.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import {
  fileError,
  formatActual,
  setVerdict,
  UserError,
  writeSummary,
  type Redactor,
  type SmokeResult,
} from '@pipeline-actions/shared';
import { buildJsonReport, renderJunit, renderSummary } from './report.ts';
import type { ActionSettings } from './settings.ts';

interface ReportPaths {
  json: string;
  junit: string;
}

/** What the user should know before the checks run: settings that weaken or skip part of the test. */
export function warnBeforeRun(settings: ActionSettings): void {
  for (const name of settings.config.insecureChecks) {
    core.warning(`Check '${name}': TLS certificate verification is turned off (insecure: true)`);
  }
  const checkThresholds = [...settings.config.checkThresholds.values()].flat();
  if (!settings.window && checkThresholds.length > 0) {
    core.info('No watch window (duration is 0s): check thresholds apply only to a window and are not evaluated.');
  }
}

export async function publish(settings: ActionSettings, result: SmokeResult): Promise<void> {
  const { redactor } = settings;
  const reports = await writeReports(result, settings.reportDir, redactor);
  await writeSummary(renderSummary(result, redactor));
  setOutputs(result, reports, redactor);
  if (result.passed) return;
  if (settings.failOnDecision) throw new UserError(failureMessage(result, redactor));
  core.warning(failureMessage(result, redactor));
}

async function writeReports(result: SmokeResult, directory: string, redactor: Redactor): Promise<ReportPaths> {
  const paths = { json: path.join(directory, 'smoke-test.json'), junit: path.join(directory, 'smoke-test.junit.xml') };
  try {
    await mkdir(directory, { recursive: true });
    await writeFile(paths.json, `${JSON.stringify(buildJsonReport(result, redactor), null, 2)}\n`);
    await writeFile(paths.junit, renderJunit(result, redactor));
  } catch (error) {
    throw fileError(
      directory,
      `cannot write the reports: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  return paths;
}

function setOutputs(result: SmokeResult, reports: ReportPaths, redactor: Redactor): void {
  setVerdict(result.passed ? 'pass' : 'fail');
  core.setOutput('passed', String(result.passed));
  // Names are masked already (a ${NAME} in a name); masked again in case a `secrets` value is in one.
  core.setOutput('failed-checks', redactor.text(result.failedChecks.join(',')));
  core.setOutput('p95-ms', result.stats.count === 0 ? '' : result.stats.p95Ms.toFixed(1));
  core.setOutput('error-rate', result.stats.count === 0 ? '' : String(Math.round(result.stats.errorRate * 1e6) / 1e6));
  core.setOutput(
    'availability',
    result.stats.count === 0 ? '' : String(Math.round(result.stats.availability * 1e4) / 1e4),
  );
  core.setOutput('report-path', reports.json);
  core.setOutput('junit-path', reports.junit);
}

/** The one ::error line of a failed smoke test: what failed first, and how many more. */
function failureMessage(result: SmokeResult, redactor: Redactor): string {
  const reasons: string[] = [];
  for (const outcome of result.checks) {
    if (!outcome.readiness.ready) {
      const last = outcome.readiness.last;
      reasons.push(
        `check '${outcome.check.name}' failed after ${outcome.readiness.attempts} attempt(s): ${last.error ?? last.errorKind}`,
      );
    }
    for (const threshold of outcome.thresholds.filter((t) => !t.passed)) {
      reasons.push(
        `check '${outcome.check.name}' threshold ${threshold.source} failed (actual ${formatActual(threshold.actual)})`,
      );
    }
  }
  for (const threshold of result.window?.thresholds.filter((t) => !t.passed) ?? []) {
    reasons.push(`threshold ${threshold.source} failed (actual ${formatActual(threshold.actual)})`);
  }
  if (result.window?.aborted) reasons.push(`the watch window was stopped early (${result.window.aborted.threshold})`);
  const [first, ...rest] = reasons;
  const more = rest.length > 0 ? ` (and ${rest.length} more: see the job summary)` : '';
  return redactor.text(`Smoke test failed: ${first ?? 'see the job summary'}${more}`);
}
