/**
 * The gate, step by step: run the commands, read every report, fingerprint, apply the scope
 * (baseline, new-only), evaluate the policy. No GitHub and no runner here: main.ts does the I/O around it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { evaluate, recategorize, type Evaluation } from './evaluate.ts';
import { withFingerprints } from './fingerprint.ts';
import {
  SEVERITIES,
  sortFindings,
  type Finding,
  type ParsedReport,
  type PerformanceMetric,
  type RawFinding,
  type TestTotals,
} from './model.ts';
import type { Policy } from './policy.ts';
import { readReport } from './read.ts';
import { runCommands, type CommandOutcome, type CommandSpec } from './commands.ts';
import { mapLimit, type ChangedLinesResult } from '@pipeline-actions/shared';
import { dropBaselined, keepChangedLines, readBaseline } from './scope.ts';

export interface GateSettings {
  /** Absolute paths of the report files. */
  reports: string[];
  commands: CommandSpec[];
  parallel: number;
  policy: Policy;
  workspace: string;
  /** Keep only findings on lines the PR changes. */
  newOnly: boolean;
  /** Baseline file of accepted fingerprints (read in `check` mode). */
  baseline?: string;
}

export interface GateDependencies {
  /** The PR's changed lines; called only when `newOnly`. */
  changedLines(): Promise<ChangedLinesResult>;
}

export interface GateResult {
  evaluation: Evaluation;
  /** The findings that were judged, worst first. */
  findings: Finding[];
  /** Every finding before the scope was applied (what `update-baseline` records). */
  allFindings: Finding[];
  reports: { file: string; format: string; findings: number }[];
  commands: CommandOutcome[];
  outsideDiff: number;
  baselined: number;
  /** What limited the diff (API fallback, files without a patch), for the summary. */
  diffNotes: string[];
  /** Finding paths that name no file of the workspace (their annotations cannot show on the code), sorted. */
  unmatchedPaths: string[];
  /** Milliseconds per phase, logged for the benchmark and for slow runs. */
  timings: Record<'start' | 'commands' | 'read' | 'fingerprint' | 'scope' | 'evaluate', number>;
}

const REPORT_CONCURRENCY = 4;

function readAll(files: string[], workspace: string): Promise<ParsedReport[]> {
  return mapLimit(files, REPORT_CONCURRENCY, (file) =>
    readReport(file, workspace, path.relative(workspace, file) || file),
  );
}

export async function runGate(settings: GateSettings, dependencies: GateDependencies): Promise<GateResult> {
  // `start`: from the process's start to here (loading the bundle, reading inputs and the policy).
  const clock = { start: performance.now() };
  const start = Math.round(clock.start);
  const lap = (): number => {
    const now = performance.now();
    const elapsed = Math.round(now - clock.start);
    clock.start = now;
    return elapsed;
  };
  const commands = await runCommands(settings.commands, settings.parallel, settings.workspace);
  const commandReports = commands
    .filter((outcome) => outcome.spec.report !== undefined)
    .map((outcome) => path.resolve(settings.workspace, outcome.spec.report!));
  const files = [...new Set([...settings.reports, ...commandReports])];
  const timings = { start, commands: lap(), read: 0, fingerprint: 0, scope: 0, evaluate: 0 };
  const reports = await readAll(files, settings.workspace);
  timings.read = lap();

  const raw: RawFinding[] = [];
  const tests: TestTotals[] = [];
  const metrics: PerformanceMetric[] = [];
  for (const outcome of commands) for (const finding of outcome.findings) raw.push(finding);
  const relative = (file: string): string => path.relative(settings.workspace, file) || file;
  for (const report of reports) {
    for (const finding of report.findings) raw.push(finding);
    for (const totals of report.tests) tests.push({ ...totals, file: relative(totals.file) });
    for (const metric of report.metrics) metrics.push({ ...metric, file: relative(metric.file) });
  }
  const allFindings = sortFindings(recategorize(settings.policy, withFingerprints(raw)));

  timings.fingerprint = lap();
  let findings = allFindings;
  let baselined = 0;
  if (settings.baseline !== undefined) {
    const result = dropBaselined(findings, await readBaseline(settings.baseline));
    findings = result.kept;
    baselined = result.dropped;
  }
  let outsideDiff = 0;
  const diffNotes: string[] = [];
  if (settings.newOnly) {
    const diff = await dependencies.changedLines();
    const result = keepChangedLines(findings, diff.lines, new Set(diff.incomplete));
    findings = result.kept;
    outsideDiff = result.dropped;
    diffNotes.push(...diff.notes);
  }

  timings.scope = lap();
  const evaluation = evaluate(settings.policy, findings, tests, metrics);
  timings.evaluate = lap();
  return {
    unmatchedPaths: unmatchedPaths(findings, settings.workspace),
    evaluation,
    findings,
    allFindings,
    reports: reports.map((report) => ({
      file: relative(report.file),
      format: report.format,
      findings: report.findings.length,
    })),
    commands,
    outsideDiff,
    baselined,
    diffNotes,
    timings,
  };
}

/**
 * Paths of judged findings that are no file of the workspace: reports made in another checkout or container,
 * or with another root. Container findings name files inside the image and are left out.
 */
export function unmatchedPaths(findings: readonly Finding[], workspace: string): string[] {
  const seen = new Set<string>();
  const unmatched: string[] = [];
  for (const finding of findings) {
    const file = finding.file;
    if (file === undefined || finding.category === 'container' || seen.has(file)) continue;
    seen.add(file);
    const outside = path.isAbsolute(file) || file === '..' || file.startsWith('../');
    if (outside || !existsSync(path.join(workspace, file))) unmatched.push(file);
  }
  return unmatched.sort();
}

/** The `counts` output: totals per severity and category, tests, breaches. */
export function countsOf(result: GateResult): Record<string, unknown> {
  const bySeverity = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<string, number>;
  for (const finding of result.findings) bySeverity[finding.severity]!++;
  const tests = result.evaluation.tests.reduce(
    (sum, row) => ({
      tests: sum.tests + row.tests,
      passed: sum.passed + row.passed,
      failed: sum.failed + row.failures + row.errors,
      skipped: sum.skipped + row.skipped,
    }),
    { tests: 0, passed: 0, failed: 0, skipped: 0 },
  );
  return {
    decision: result.evaluation.decision,
    total: result.findings.length,
    bySeverity,
    byCategory: result.evaluation.byCategory,
    tests,
    breaches: result.evaluation.breaches.length,
    outsideDiff: result.outsideDiff,
    baselined: result.baselined,
  };
}
