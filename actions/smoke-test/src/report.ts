/**
 * The smoke test's reports: Markdown for the job summary, a JSON report and a JUnit XML report (for
 * artifact upload and test reporters). Every string goes through the redactor: header values under
 * sensitive names are never written, and registered secrets are replaced wherever they appear.
 */
import {
  escapeCell,
  formatDuration,
  inlineCode,
  markdown,
  table,
  type Check,
  type Redactor,
  type StatsSummary,
  formatActual,
  type CheckOutcome,
  type SmokeResult,
} from '@pipeline-actions/shared';

const ms = (value: number): string => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const percent = (value: number): string => `${value.toFixed(value === 100 || value === 0 ? 0 : 2)}%`;

export function describeTarget(check: Check, redactor: Redactor): string {
  return check.kind === 'tcp' ? `tcp ${check.host}:${check.port}` : `${check.method} ${redactor.url(check.url)}`;
}

function errorsByKind(stats: StatsSummary | undefined): string {
  const entries = Object.entries(stats?.errorsByKind ?? {});
  return entries.length === 0 ? '–' : entries.map(([kind, count]) => `${kind}: ${count}`).join(', ');
}

/** The job summary. */
export function renderSummary(result: SmokeResult, redactor: Redactor): string {
  const lines: string[] = [];
  const failed = result.failedChecks.length;
  lines.push(
    `## Smoke test ${result.passed ? '✅ passed' : '❌ failed'}`,
    '',
    result.passed
      ? `${result.checks.length} check(s) passed in ${formatDuration(result.elapsedMs)}.`
      : `${failed} of ${result.checks.length} check(s) failed${result.window && !result.window.thresholds.every((t) => t.passed) ? ', window thresholds failed' : ''}.`,
    '',
  );
  const rows = result.checks.map((outcome) => {
    const stats = outcome.window;
    return [
      outcome.passed ? '✅' : '❌',
      // Redacted before the table escapes it: an escaped secret would no longer match the final redaction.
      redactor.text(outcome.check.name),
      markdown(inlineCode(describeTarget(outcome.check, redactor))),
      outcome.readiness.attempts,
      stats ? stats.count : '',
      stats ? ms(stats.p50Ms) : ms(outcome.readiness.last.durationMs),
      stats ? ms(stats.p95Ms) : '',
      stats ? ms(stats.p99Ms) : '',
      stats ? errorsByKind(stats) : outcome.readiness.lastFailure ? `${outcome.readiness.lastFailure.errorKind}` : '–',
    ];
  });
  lines.push(
    table(['', 'Check', 'Target', 'Attempts', 'Requests', 'p50 ms', 'p95 ms', 'p99 ms', 'Errors by kind'], rows, [
      'c',
      'l',
      'l',
      'r',
      'r',
      'r',
      'r',
      'r',
      'l',
    ]),
    '',
  );

  const failures = result.checks.filter((outcome) => !outcome.readiness.ready);
  if (failures.length > 0) {
    lines.push('### Failed checks', '');
    for (const outcome of failures) {
      const last = outcome.readiness.last;
      lines.push(
        `- **${escapeCell(redactor.text(outcome.check.name))}** after ${outcome.readiness.attempts} attempt(s) in ${formatDuration(outcome.readiness.elapsedMs)}: ${escapeCell(redactor.text(last.error ?? 'failed'))}`,
      );
      for (const failure of last.failures) {
        lines.push(
          `  - ${inlineCode(redactor.text(failure.assertion))}: expected ${escapeCell(redactor.text(failure.expected))}, got ${escapeCell(redactor.text(failure.actual))}`,
        );
      }
    }
    lines.push('');
  }

  if (result.window) {
    const window = result.window;
    lines.push(
      '### Watch window',
      '',
      `${window.stats.count} requests in ${formatDuration(window.elapsedMs)} at ${window.achievedRate.toFixed(1)}/s (${window.ratePerCheck === undefined ? 'as fast as possible' : `${window.ratePerCheck}/s per check`}, concurrency ${window.concurrency}); ` +
        `error rate ${percent(window.stats.errorRate * 100)}, availability ${percent(window.stats.availability)}, p95 ${ms(window.stats.p95Ms)} ms.`,
      '',
    );
    if (window.aborted) {
      lines.push(
        `> [!WARNING]\n> Stopped early after ${formatDuration(window.aborted.afterMs)}: ${window.aborted.check ? `check '${escapeCell(redactor.text(window.aborted.check))}' ` : ''}threshold ${inlineCode(window.aborted.threshold)} could no longer be met.`,
        '',
      );
    }
    const thresholdRows = [
      ...window.thresholds.map((outcome) => ['(all)', outcome]),
      ...result.checks.flatMap((outcome) => outcome.thresholds.map((threshold) => [outcome.check.name, threshold])),
    ].map(([scope, outcome]) => {
      const threshold = outcome as CheckOutcome['thresholds'][number];
      return [
        threshold.passed ? '✅' : '❌',
        redactor.text(scope as string),
        markdown(inlineCode(threshold.source)),
        formatActual(threshold.actual),
      ];
    });
    if (thresholdRows.length > 0)
      lines.push(table(['', 'Scope', 'Threshold', 'Actual'], thresholdRows, ['c', 'l', 'l', 'r']), '');
  } else if (result.windowSkipped) {
    lines.push(`The watch window did not run: ${result.windowSkipped}.`, '');
  }
  return redactor.text(lines.join('\n'));
}

/** The JSON report (schema: smoke-test-report/v1). */
export function buildJsonReport(result: SmokeResult, redactor: Redactor): unknown {
  const check = (outcome: CheckOutcome) => ({
    name: outcome.check.name,
    kind: outcome.check.kind,
    target: describeTarget(outcome.check, redactor),
    ...(outcome.check.kind === 'http' ? { headers: redactor.headers(outcome.check.headers) } : {}),
    assertions: outcome.check.assertions.map((assertion) => assertion.source),
    passed: outcome.passed,
    readiness: {
      ready: outcome.readiness.ready,
      attempts: outcome.readiness.attempts,
      elapsedMs: round(outcome.readiness.elapsedMs),
      last: attempt(outcome.readiness.last),
      lastFailure: outcome.readiness.lastFailure ? attempt(outcome.readiness.lastFailure) : null,
    },
    window: outcome.window ? roundStats(outcome.window) : null,
    thresholds: outcome.thresholds.map(({ source, passed, actual }) => ({
      threshold: source,
      passed,
      actual: actual ?? null,
    })),
  });
  const attempt = (value: CheckOutcome['readiness']['last']) => ({
    ok: value.ok,
    status: value.status ?? null,
    durationMs: round(value.durationMs),
    errorKind: value.errorKind ?? null,
    error: value.error ?? null,
    failures: value.failures,
  });
  return redactor.value({
    schema: 'smoke-test-report/v1',
    passed: result.passed,
    startedAt: result.startedAt.toISOString(),
    elapsedMs: round(result.elapsedMs),
    failedChecks: result.failedChecks,
    summary: roundStats(result.stats),
    checks: result.checks.map(check),
    window: result.window
      ? {
          durationMs: result.window.durationMs,
          ratePerCheck: result.window.ratePerCheck ?? 'max',
          concurrency: result.window.concurrency,
          planned: result.window.planned ?? null,
          elapsedMs: round(result.window.elapsedMs),
          achievedRate: round(result.window.achievedRate),
          aborted: result.window.aborted ?? null,
          stats: roundStats(result.window.stats),
          thresholds: result.window.thresholds.map(({ source, passed, actual }) => ({
            threshold: source,
            passed,
            actual: actual ?? null,
          })),
        }
      : null,
    windowSkipped: result.windowSkipped ?? null,
  });
}

/** JUnit XML: one test case per check and one per threshold, in the smoke-test suite. */
export function renderJunit(result: SmokeResult, redactor: Redactor): string {
  interface Case {
    classname: string;
    name: string;
    seconds: number;
    failure: { message: string; body: string } | undefined;
  }
  const cases: Case[] = [];
  for (const outcome of result.checks) {
    const last = outcome.readiness.last;
    cases.push({
      classname: 'smoke-test.checks',
      name: outcome.check.name,
      seconds: outcome.readiness.elapsedMs / 1000,
      failure: outcome.readiness.ready
        ? undefined
        : {
            message: `${last.errorKind}: ${last.error ?? 'failed'}`,
            body: [
              `${describeTarget(outcome.check, redactor)} failed after ${outcome.readiness.attempts} attempt(s)`,
              ...last.failures.map(
                (failure) => `${failure.assertion}: expected ${failure.expected}, got ${failure.actual}`,
              ),
            ].join('\n'),
          },
    });
    for (const threshold of outcome.thresholds)
      cases.push(thresholdCase(`smoke-test.thresholds.${outcome.check.name}`, threshold));
  }
  for (const threshold of result.window?.thresholds ?? [])
    cases.push(thresholdCase('smoke-test.thresholds', threshold));
  const failures = cases.filter((testCase) => testCase.failure).length;
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="smoke-test" tests="${cases.length}" failures="${failures}" errors="0" time="${(result.elapsedMs / 1000).toFixed(3)}">`,
    `  <testsuite name="smoke-test" tests="${cases.length}" failures="${failures}" errors="0" skipped="0" time="${(result.elapsedMs / 1000).toFixed(3)}" timestamp="${result.startedAt.toISOString()}">`,
    ...cases.map((testCase) => {
      const open = `    <testcase classname="${xmlEscape(testCase.classname)}" name="${xmlEscape(testCase.name)}" time="${testCase.seconds.toFixed(3)}"`;
      if (!testCase.failure) return `${open}/>`;
      return `${open}>\n      <failure message="${xmlEscape(testCase.failure.message)}" type="smoke-test">${xmlEscape(testCase.failure.body)}</failure>\n    </testcase>`;
    }),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
  return redactor.text(xml);

  function thresholdCase(classname: string, threshold: CheckOutcome['thresholds'][number]): Case {
    return {
      classname,
      name: threshold.source,
      seconds: (result.window?.elapsedMs ?? 0) / 1000,
      failure: threshold.passed
        ? undefined
        : {
            message: `${threshold.source} failed (actual ${formatActual(threshold.actual)})`,
            body: `actual: ${formatActual(threshold.actual)}`,
          },
    };
  }
}

// Built from a string so no control character appears literally in a regex.
const XML_FORBIDDEN = new RegExp('[^\\t\\n\\r\\u0020-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]', 'gu');

function xmlEscape(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // Characters XML 1.0 cannot carry at all (control characters from a binary body).
      .replace(XML_FORBIDDEN, '\uFFFD')
  );
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function roundStats(stats: StatsSummary): StatsSummary {
  return {
    ...stats,
    errorRate: round(stats.errorRate),
    availability: round(stats.availability),
    minMs: round(stats.minMs),
    maxMs: round(stats.maxMs),
    avgMs: round(stats.avgMs),
    p50Ms: round(stats.p50Ms),
    p90Ms: round(stats.p90Ms),
    p95Ms: round(stats.p95Ms),
    p99Ms: round(stats.p99Ms),
  };
}
