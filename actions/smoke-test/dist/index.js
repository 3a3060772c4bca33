import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2024:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5396);
/* harmony import */ var _pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6614);
/* harmony import */ var _pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3205);
/* harmony import */ var _pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(9991);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3499);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1138);
/** smoke-test: readiness, assertions and a watch window over a live service. */




await (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_3__/* .runAction */ .Cs)({ output: 'decision', failing: 'fail' }, async () => {
    const settings = await (0,_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .readSettings */ .s)();
    (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .warnBeforeRun */ .P)(settings);
    const { redactor } = settings;
    const log = {
        info: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(redactor.text(message)),
        warning: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(redactor.text(message)),
        group: (title, body) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(title, body),
    };
    const prober = new _pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_4__/* .Prober */ .JC({
        connectionsPerOrigin: settings.window?.concurrency ?? 4,
        userAgent: 'pipeline-actions-smoke-test',
        redact: (text) => redactor.text(text),
    });
    const result = await (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_5__/* .runSmokeTest */ .pb)(settings, prober.probe, log).finally(() => prober.close());
    await (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .publish */ .m)(settings, result);
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3499:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  m: () => (/* binding */ publish),
  P: () => (/* binding */ warnBeforeRun)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=a41ba35b216b70ccccab12bba8da886a68c865f3cff3b32ff22d68888af6c034/node_modules/@actions/core/lib/core.js + 7 modules
var core = __nccwpck_require__(5396);
;// CONCATENATED MODULE: ./packages/shared/src/action/summary.ts
/**
 * Markdown for job summaries and PR comments, within GitHub's limits: a step
 * summary over 1 MiB and a comment over 65,536 characters are cut with a note
 * rather than rejected (GitHub would drop the whole summary or refuse the comment).
 */


/** GitHub's limit for one step's summary file. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** GitHub's limit for an issue/PR comment body. */
const COMMENT_LIMIT_CHARS = 65_536;
/**
 * Text from a report or a tool, made to show as written in GitHub Markdown: HTML-looking text
 * (`expected:<true> but was:<false>`) is not eaten as tags, brackets do not become links, `*` and `_` do not
 * become emphasis. Newlines are kept (see escapeCell for table cells).
 */
function escapeMarkdown(text) {
    return (text
        .replace(/[\\`*_[\]|~]/g, '\\$&')
        // Only what could start an entity or a tag: `p(95)<1000` and `a & b` stay as they are.
        .replace(/&(?=[A-Za-z#])/g, '&amp;')
        .replace(/<(?=[A-Za-z/!?])/g, '&lt;'));
}
/** Markdown written on purpose (emphasis, a code span), which a table cell keeps as it is. */
class Markdown {
    text;
    constructor(text) {
        this.text = text;
    }
    toString() {
        return this.text;
    }
}
/** Marks `text` as Markdown for a table cell; anything else in a cell is shown literally. */
function markdown(text) {
    return new Markdown(text);
}
/** A code span holding `text` as is (paths, thresholds): a fence longer than any backtick run inside. */
function inlineCode(text) {
    const oneLine = text.replace(/\r?\n/g, ' ');
    const longest = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${oneLine}${pad}${fence}`;
}
/**
 * A table cell: text shown literally (escapeMarkdown, newlines as <br>); a Markdown value as written, with
 * its pipes escaped so the row keeps its columns (GitHub honours `\\|` inside code spans in tables too).
 */
function escapeCell(value) {
    if (value instanceof Markdown)
        return value.text.replace(/(?<!\\)\|/g, '\\|').replace(/\r?\n/g, '<br>');
    return escapeMarkdown(String(value ?? '')).replace(/\r?\n/g, '<br>');
}
/** A GitHub-flavoured Markdown table. `align` per column: 'l' | 'r' | 'c'. */
function table(headers, rows, align = []) {
    const separator = headers.map((_, i) => ({ l: '---', r: '---:', c: ':---:' })[align[i] ?? 'l']);
    const lines = [headers.map(escapeCell), separator, ...rows.map((row) => row.map(escapeCell))];
    return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
/** A collapsible block. */
function details(summary, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/** Cuts `text` at a line boundary so that it plus `note` fits `limit` measured by `size`. */
function cut(text, limit, size, note) {
    if (size(text) <= limit)
        return text;
    const reserve = size(note(text.length)) + 1;
    // Binary search the longest prefix that fits; `size` may be bytes, not characters.
    let low = 0;
    let high = text.length;
    while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (size(text.slice(0, mid)) + reserve <= limit)
            low = mid;
        else
            high = mid - 1;
    }
    const lineEnd = text.lastIndexOf('\n', low);
    const kept = text.slice(0, lineEnd > low / 2 ? lineEnd : low);
    return `${kept}\n${note(text.length - kept.length)}`;
}
/** Fits a PR comment into 65,536 characters, with a note saying what was cut. */
function fitComment(markdown, limit = COMMENT_LIMIT_CHARS) {
    return cut(markdown, limit, (s) => s.length, (omitted) => `\n> [!NOTE]\n> This comment was cut to fit GitHub's ${limit.toLocaleString('en-US')}-character limit (${omitted.toLocaleString('en-US')} characters omitted). The job summary has the full report.`);
}
/** Fits a step summary into 1 MiB, with a note saying what was cut. */
function fitSummary(markdown, limitBytes = SUMMARY_LIMIT_BYTES) {
    return cut(markdown, limitBytes, (s) => Buffer.byteLength(s, 'utf8'), (omitted) => `\n> [!NOTE]\n> This summary was cut to fit GitHub's 1 MiB step-summary limit (${omitted.toLocaleString('en-US')} characters omitted).`);
}
/**
 * Appends Markdown to the step summary (GITHUB_STEP_SUMMARY), cut to fit.
 * Outside the runner (no summary file) it does nothing. A failure to write
 * is a warning: the summary never decides the outcome.
 */
async function writeSummary(markdown) {
    const file = process.env['GITHUB_STEP_SUMMARY'];
    if (!file)
        return;
    try {
        await (0,promises_.appendFile)(file, `${fitSummary(markdown)}\n`, 'utf8');
    }
    catch (error) {
        core/* warning */.$e(`Could not write the job summary: ${error.message}`);
    }
}

// EXTERNAL MODULE: ./packages/shared/src/action/errors.ts
var errors = __nccwpck_require__(6774);
// EXTERNAL MODULE: ./packages/shared/src/action/run.ts + 1 modules
var run = __nccwpck_require__(6614);
// EXTERNAL MODULE: ./packages/shared/src/probe/smoke.ts + 2 modules
var smoke = __nccwpck_require__(9991);
// EXTERNAL MODULE: ./packages/shared/src/action/values.ts
var values = __nccwpck_require__(3423);
;// CONCATENATED MODULE: ./actions/smoke-test/src/report.ts
/**
 * The smoke test's reports: Markdown for the job summary, a JSON report and a JUnit XML report (for
 * artifact upload and test reporters). Every string goes through the redactor: header values under
 * sensitive names are never written, and registered secrets are replaced wherever they appear.
 */

const ms = (value) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const percent = (value) => `${value.toFixed(value === 100 || value === 0 ? 0 : 2)}%`;
function describeTarget(check, redactor) {
    return check.kind === 'tcp' ? `tcp ${check.host}:${check.port}` : `${check.method} ${redactor.url(check.url)}`;
}
function errorsByKind(stats) {
    const entries = Object.entries(stats?.errorsByKind ?? {});
    return entries.length === 0 ? '–' : entries.map(([kind, count]) => `${kind}: ${count}`).join(', ');
}
/** The job summary. */
function renderSummary(result, redactor) {
    const lines = [];
    const failed = result.failedChecks.length;
    lines.push(`## Smoke test ${result.passed ? '✅ passed' : '❌ failed'}`, '', result.passed
        ? `${result.checks.length} check(s) passed in ${(0,values/* formatDuration */.a3)(result.elapsedMs)}.`
        : `${failed} of ${result.checks.length} check(s) failed${result.window && !result.window.thresholds.every((t) => t.passed) ? ', window thresholds failed' : ''}.`, '');
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
    lines.push(table(['', 'Check', 'Target', 'Attempts', 'Requests', 'p50 ms', 'p95 ms', 'p99 ms', 'Errors by kind'], rows, [
        'c',
        'l',
        'l',
        'r',
        'r',
        'r',
        'r',
        'r',
        'l',
    ]), '');
    const failures = result.checks.filter((outcome) => !outcome.readiness.ready);
    if (failures.length > 0) {
        lines.push('### Failed checks', '');
        for (const outcome of failures) {
            const last = outcome.readiness.last;
            lines.push(`- **${escapeCell(redactor.text(outcome.check.name))}** after ${outcome.readiness.attempts} attempt(s) in ${(0,values/* formatDuration */.a3)(outcome.readiness.elapsedMs)}: ${escapeCell(redactor.text(last.error ?? 'failed'))}`);
            for (const failure of last.failures) {
                lines.push(`  - ${inlineCode(redactor.text(failure.assertion))}: expected ${escapeCell(redactor.text(failure.expected))}, got ${escapeCell(redactor.text(failure.actual))}`);
            }
        }
        lines.push('');
    }
    if (result.window) {
        const window = result.window;
        lines.push('### Watch window', '', `${window.stats.count} requests in ${(0,values/* formatDuration */.a3)(window.elapsedMs)} at ${window.achievedRate.toFixed(1)}/s (${window.ratePerCheck === undefined ? 'as fast as possible' : `${window.ratePerCheck}/s per check`}, concurrency ${window.concurrency}); ` +
            `error rate ${percent(window.stats.errorRate * 100)}, availability ${percent(window.stats.availability)}, p95 ${ms(window.stats.p95Ms)} ms.`, '');
        if (window.aborted) {
            lines.push(`> [!WARNING]\n> Stopped early after ${(0,values/* formatDuration */.a3)(window.aborted.afterMs)}: ${window.aborted.check ? `check '${escapeCell(redactor.text(window.aborted.check))}' ` : ''}threshold ${inlineCode(window.aborted.threshold)} could no longer be met.`, '');
        }
        const thresholdRows = [
            ...window.thresholds.map((outcome) => ['(all)', outcome]),
            ...result.checks.flatMap((outcome) => outcome.thresholds.map((threshold) => [outcome.check.name, threshold])),
        ].map(([scope, outcome]) => {
            const threshold = outcome;
            return [
                threshold.passed ? '✅' : '❌',
                redactor.text(scope),
                markdown(inlineCode(threshold.source)),
                (0,smoke/* formatActual */.Wk)(threshold.actual),
            ];
        });
        if (thresholdRows.length > 0)
            lines.push(table(['', 'Scope', 'Threshold', 'Actual'], thresholdRows, ['c', 'l', 'l', 'r']), '');
    }
    else if (result.windowSkipped) {
        lines.push(`The watch window did not run: ${result.windowSkipped}.`, '');
    }
    return redactor.text(lines.join('\n'));
}
/** The JSON report (schema: smoke-test-report/v1). */
function buildJsonReport(result, redactor) {
    const check = (outcome) => ({
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
    const attempt = (value) => ({
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
function renderJunit(result, redactor) {
    const cases = [];
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
                        ...last.failures.map((failure) => `${failure.assertion}: expected ${failure.expected}, got ${failure.actual}`),
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
            if (!testCase.failure)
                return `${open}/>`;
            return `${open}>\n      <failure message="${xmlEscape(testCase.failure.message)}" type="smoke-test">${xmlEscape(testCase.failure.body)}</failure>\n    </testcase>`;
        }),
        '  </testsuite>',
        '</testsuites>',
        '',
    ].join('\n');
    return redactor.text(xml);
    function thresholdCase(classname, threshold) {
        return {
            classname,
            name: threshold.source,
            seconds: (result.window?.elapsedMs ?? 0) / 1000,
            failure: threshold.passed
                ? undefined
                : {
                    message: `${threshold.source} failed (actual ${(0,smoke/* formatActual */.Wk)(threshold.actual)})`,
                    body: `actual: ${(0,smoke/* formatActual */.Wk)(threshold.actual)}`,
                },
        };
    }
}
// Built from a string so no control character appears literally in a regex.
const XML_FORBIDDEN = new RegExp('[^\\t\\n\\r\\u0020-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]', 'gu');
function xmlEscape(text) {
    return (text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        // Characters XML 1.0 cannot carry at all (control characters from a binary body).
        .replace(XML_FORBIDDEN, '\uFFFD'));
}
function round(value) {
    return Math.round(value * 1000) / 1000;
}
function roundStats(stats) {
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

;// CONCATENATED MODULE: ./actions/smoke-test/src/publish.ts
/**
 * Everything the smoke test tells the outside: warnings about the settings, the JSON and JUnit reports, the job
 * summary and the outputs; then the failure, thrown once.
 */





/** What the user should know before the checks run: settings that weaken or skip part of the test. */
function warnBeforeRun(settings) {
    for (const name of settings.config.insecureChecks) {
        core/* warning */.$e(`Check '${name}': TLS certificate verification is turned off (insecure: true)`);
    }
    const checkThresholds = [...settings.config.checkThresholds.values()].flat();
    if (!settings.window && checkThresholds.length > 0) {
        core/* info */.pq('No watch window (duration is 0s): check thresholds apply only to a window and are not evaluated.');
    }
}
async function publish(settings, result) {
    const { redactor } = settings;
    const reports = await writeReports(result, settings.reportDir, redactor);
    await writeSummary(renderSummary(result, redactor));
    setOutputs(result, reports, redactor);
    if (result.passed)
        return;
    if (settings.failOnDecision)
        throw new errors/* UserError */.yo(failureMessage(result, redactor));
    core/* warning */.$e(failureMessage(result, redactor));
}
async function writeReports(result, directory, redactor) {
    const paths = { json: external_node_path_default().join(directory, 'smoke-test.json'), junit: external_node_path_default().join(directory, 'smoke-test.junit.xml') };
    try {
        await (0,promises_.mkdir)(directory, { recursive: true });
        await (0,promises_.writeFile)(paths.json, `${JSON.stringify(buildJsonReport(result, redactor), null, 2)}\n`);
        await (0,promises_.writeFile)(paths.junit, renderJunit(result, redactor));
    }
    catch (error) {
        throw (0,errors/* fileError */.zS)(directory, `cannot write the reports: ${error.code ?? error.message}`);
    }
    return paths;
}
function setOutputs(result, reports, redactor) {
    (0,run/* setVerdict */.OU)(result.passed ? 'pass' : 'fail');
    core/* setOutput */.uH('passed', String(result.passed));
    // Names are masked already (a ${NAME} in a name); masked again in case a `secrets` value is in one.
    core/* setOutput */.uH('failed-checks', redactor.text(result.failedChecks.join(',')));
    core/* setOutput */.uH('p95-ms', result.stats.count === 0 ? '' : result.stats.p95Ms.toFixed(1));
    core/* setOutput */.uH('error-rate', result.stats.count === 0 ? '' : String(Math.round(result.stats.errorRate * 1e6) / 1e6));
    core/* setOutput */.uH('availability', result.stats.count === 0 ? '' : String(Math.round(result.stats.availability * 1e4) / 1e4));
    core/* setOutput */.uH('report-path', reports.json);
    core/* setOutput */.uH('junit-path', reports.junit);
}
/** The one ::error line of a failed smoke test: what failed first, and how many more. */
function failureMessage(result, redactor) {
    const reasons = [];
    for (const outcome of result.checks) {
        if (!outcome.readiness.ready) {
            const last = outcome.readiness.last;
            reasons.push(`check '${outcome.check.name}' failed after ${outcome.readiness.attempts} attempt(s): ${last.error ?? last.errorKind}`);
        }
        for (const threshold of outcome.thresholds.filter((t) => !t.passed)) {
            reasons.push(`check '${outcome.check.name}' threshold ${threshold.source} failed (actual ${(0,smoke/* formatActual */.Wk)(threshold.actual)})`);
        }
    }
    for (const threshold of result.window?.thresholds.filter((t) => !t.passed) ?? []) {
        reasons.push(`threshold ${threshold.source} failed (actual ${(0,smoke/* formatActual */.Wk)(threshold.actual)})`);
    }
    if (result.window?.aborted)
        reasons.push(`the watch window was stopped early (${result.window.aborted.threshold})`);
    const [first, ...rest] = reasons;
    const more = rest.length > 0 ? ` (and ${rest.length} more: see the job summary)` : '';
    return redactor.text(`Smoke test failed: ${first ?? 'see the job summary'}${more}`);
}


/***/ }),

/***/ 1138:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  s: () => (/* binding */ readSettings)
});

// UNUSED EXPORTS: DEFAULTS

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=a41ba35b216b70ccccab12bba8da886a68c865f3cff3b32ff22d68888af6c034/node_modules/@actions/core/lib/core.js + 7 modules
var core = __nccwpck_require__(5396);
// EXTERNAL MODULE: ./packages/shared/src/probe/wait-for.ts + 1 modules
var wait_for = __nccwpck_require__(9027);
;// CONCATENATED MODULE: ./packages/shared/src/probe/check.ts

/** Every default of a check, in one place. */
const CHECK_DEFAULTS = {
    method: 'GET',
    timeoutMs: 10_000,
    connectTimeoutMs: 5_000,
    followRedirects: false,
    maxRedirects: 10,
    verifyTls: true,
};
/** An HTTP check from code (blue-green readiness, tests): defaults filled in, assertions parsed. */
function httpCheck(init) {
    const { assert, url, ...rest } = init;
    return {
        kind: 'http',
        method: CHECK_DEFAULTS.method,
        headers: {},
        body: undefined,
        timeoutMs: CHECK_DEFAULTS.timeoutMs,
        connectTimeoutMs: CHECK_DEFAULTS.connectTimeoutMs,
        followRedirects: CHECK_DEFAULTS.followRedirects,
        maxRedirects: CHECK_DEFAULTS.maxRedirects,
        verifyTls: CHECK_DEFAULTS.verifyTls,
        ...rest,
        url: new URL(String(url)),
        assertions: (assert ?? []).map((text) => parseAssertion(text)),
    };
}
function tcpCheck(init) {
    const { assert, ...rest } = init;
    return {
        kind: 'tcp',
        timeoutMs: CHECK_DEFAULTS.timeoutMs,
        connectTimeoutMs: CHECK_DEFAULTS.connectTimeoutMs,
        ...rest,
        assertions: (assert ?? []).map((text) => parseAssertion(text)),
    };
}

;// CONCATENATED MODULE: ./packages/shared/src/probe/redact.ts
/**
 * Keeps secrets out of logs, summaries and report files. Header values under sensitive names
 * (Authorization, Cookie, API keys, tokens) are always replaced; any value registered as secret
 * (e.g. interpolated from a secret) is replaced wherever it appears in text, in every form a report
 * writes it: as is, JSON-escaped (once, and twice for a JSON body quoted in a message), XML-escaped
 * and escaped for a Markdown table cell. Text is cut only after masking (see `cut`); a prefix of a
 * secret left at a cut made elsewhere ("…" or the end of the text) is masked too.
 */
const REDACTED = '***';
/** A secret's prefix this long or longer, left right before a cut, is masked. */
const MIN_PREFIX = 4;
/** What a cut leaves behind it (describeValue, cut below). */
const CUT_MARK = '…';
const jsonEscape = (text) => JSON.stringify(text).slice(1, -1);
const xmlEscape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const xmlEscapeApos = (text) => xmlEscape(text).replace(/'/g, '&apos;');
const cellEscape = (text) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
/** Every form in which a report may write `secret`, the secret itself first. */
function writtenForms(secret) {
    const forms = new Set();
    for (const base of [secret, jsonEscape(secret), jsonEscape(jsonEscape(secret))]) {
        for (const form of [base, xmlEscape(base), xmlEscapeApos(base), cellEscape(base)])
            forms.add(form);
    }
    return [...forms];
}
/** Header and query parameter names whose values are never shown. */
const SENSITIVE_NAME = /^(authorization|proxy-authorization|cookie|set-cookie)$|token|secret|passw(or)?d|api[-_]?key|session|credential|signature|^x-amz-security/i;
function isSensitiveName(name) {
    return SENSITIVE_NAME.test(name);
}
class Redactor {
    #secrets = [];
    /** Every written form of every secret, longest first, so a secret containing another is replaced whole. */
    #forms = [];
    #onSecret;
    /**
     * `onSecret` is told about every new secret and each of its escaped forms (the action passes core.setSecret
     * so the runner masks them too).
     */
    constructor(onSecret) {
        this.#onSecret = onSecret;
    }
    /** Registers a value to hide. Very short values are ignored: masking "1" would mangle every number. */
    addSecret(value) {
        if (!value || value.length < 3 || this.#secrets.includes(value))
            return;
        this.#secrets.push(value);
        for (const form of writtenForms(value)) {
            if (this.#forms.includes(form))
                continue;
            this.#forms.push(form);
            this.#onSecret?.(form);
        }
        this.#forms.sort((a, b) => b.length - a.length);
    }
    get secretCount() {
        return this.#secrets.length;
    }
    /** Text with every registered secret replaced, in each of its written forms. */
    text(text) {
        if (this.#forms.length === 0)
            return text;
        let result = text;
        for (const form of this.#forms)
            if (result.includes(form))
                result = result.split(form).join(REDACTED);
        return this.#maskCutPrefixes(result);
    }
    /** `text` masked, then cut to `limit` characters with a note of the full length: never the other way round. */
    cut(text, limit) {
        const masked = this.text(text);
        return masked.length > limit ? `${masked.slice(0, limit)}${CUT_MARK} (${masked.length} chars)` : masked;
    }
    /** A secret's prefix (MIN_PREFIX characters or more) right before a cut mark or at the very end is masked. */
    #maskCutPrefixes(text) {
        const ends = [text.length];
        for (let at = text.indexOf(CUT_MARK); at !== -1; at = text.indexOf(CUT_MARK, at + 1))
            ends.push(at);
        const cuts = [];
        for (const end of ends) {
            let longest = 0;
            for (const form of this.#forms) {
                for (let length = Math.min(form.length - 1, end); length >= MIN_PREFIX && length > longest; length--) {
                    if (text.startsWith(form.slice(0, length), end - length)) {
                        longest = length;
                        break;
                    }
                }
            }
            if (longest > 0)
                cuts.push([end - longest, end]);
        }
        if (cuts.length === 0)
            return text;
        cuts.sort((a, b) => b[0] - a[0]);
        let result = text;
        for (const [start, end] of cuts)
            result = `${result.slice(0, start)}${REDACTED}${result.slice(end)}`;
        return result;
    }
    /** Headers for display: sensitive names fully hidden, others with secrets replaced. */
    headers(headers) {
        return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, isSensitiveName(name) ? REDACTED : this.text(value)]));
    }
    /** A URL for display: password, sensitive query parameters and secrets hidden. */
    url(url) {
        let parsed;
        try {
            parsed = new URL(String(url));
        }
        catch {
            return this.text(String(url));
        }
        if (parsed.password)
            parsed.password = REDACTED;
        for (const name of [...parsed.searchParams.keys()]) {
            if (isSensitiveName(name))
                parsed.searchParams.set(name, REDACTED);
        }
        return this.text(parsed.toString());
    }
    /** Deep copy of a JSON-like value with every string passed through text(). */
    value(value) {
        if (typeof value === 'string')
            return this.text(value);
        if (Array.isArray(value))
            return value.map((item) => this.value(item));
        if (value && typeof value === 'object') {
            return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, this.value(item)]));
        }
        return value;
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: ./packages/shared/src/action/errors.ts
var errors = __nccwpck_require__(6774);
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./packages/shared/src/action/files.ts
/**
 * Files the user names (config and policy files, baselines, reports), opened one safe way: the path is resolved
 * with its symbolic links and must stay inside the workspace, it must be a regular file (not a FIFO, a device or
 * a directory) and not a kernel pseudo-file (/proc, /sys, /dev), and it is read up to a size limit. Messages
 * about a file never quote its content beyond a short excerpt: a file that is not what was expected may be
 * anything (an .env file, a key).
 */




/** Kernel pseudo-filesystems: their "regular" files report size 0 and hold the process's environment and memory. */
const PSEUDO_ROOTS = ['/proc', '/sys', '/dev'];
/** The default most bytes read from a config-like file. */
const USER_FILE_MAX_BYTES = 16 * 1024 * 1024;
/** The directory the runner checked the repository out into (or the cwd outside the runner). */
function files_workspaceDir() {
    return external_node_path_default().resolve(process.env['GITHUB_WORKSPACE'] || process.cwd());
}
/** True when `candidate` is `root` or inside it. */
function files_isInside(root, candidate) {
    const relative = external_node_path_default().relative(root, candidate);
    return relative === '' || (!relative.startsWith('..') && !external_node_path_default().isAbsolute(relative));
}
function describeKind(stats) {
    if (stats.isDirectory())
        return 'a directory';
    if (stats.isFIFO())
        return 'a named pipe';
    if (stats.isSocket())
        return 'a socket';
    if (stats.isCharacterDevice() || stats.isBlockDevice())
        return 'a device';
    return 'not a regular file';
}
function isPseudo(file) {
    return PSEUDO_ROOTS.some((root) => file === root || file.startsWith(`${root}/`));
}
async function resolveUserFile(input, given, options = {}) {
    const root = options.root ?? files_workspaceDir();
    const absolute = external_node_path_default().resolve(root, given);
    if (isPseudo(absolute))
        throw (0,errors/* inputError */.Xu)(input, `'${given}' is a kernel pseudo-file, not a file of the workspace`);
    if (!files_isInside(root, absolute))
        throw (0,errors/* inputError */.Xu)(input, `'${given}' points outside the workspace (${root})`);
    let real;
    try {
        real = await (0,promises_.realpath)(absolute);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' && options.optional)
            return undefined;
        throw (0,errors/* fileError */.zS)(given, code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(error)})`);
    }
    const realRoot = await (0,promises_.realpath)(root).catch(() => root);
    if (isPseudo(real))
        throw (0,errors/* inputError */.Xu)(input, `'${given}' leads to a kernel pseudo-file (${real})`);
    if (!files_isInside(realRoot, real)) {
        throw (0,errors/* inputError */.Xu)(input, `'${given}' is a symbolic link to ${real}, outside the workspace (${root}); only files of the workspace are read`);
    }
    const stats = await (0,promises_.stat)(real);
    if (!stats.isFile())
        throw (0,errors/* inputError */.Xu)(input, `'${given}' is ${describeKind(stats)}, not a regular file`);
    return { given, path: real, size: stats.size };
}
async function readUserFile(input, given, options = {}) {
    const file = await resolveUserFile(input, given, options);
    if (!file)
        return undefined;
    return { file, text: await readChecked(file, options.maxBytes ?? USER_FILE_MAX_BYTES) };
}
async function readChecked(file, maxBytes) {
    let handle;
    try {
        handle = await (0,promises_.open)(file.path, external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NONBLOCK | external_node_fs_namespaceObject.constants.O_NOFOLLOW);
    }
    catch (error) {
        throw (0,errors/* fileError */.zS)(file.given, `cannot be read (${error.code ?? String(error)})`);
    }
    try {
        const stats = await handle.stat();
        if (!stats.isFile())
            throw (0,errors/* fileError */.zS)(file.given, `is ${describeKind(stats)}, not a regular file`);
        if (stats.size > maxBytes) {
            throw (0,errors/* fileError */.zS)(file.given, `is ${stats.size} bytes, more than the ${maxBytes} this file may have`);
        }
        const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1);
        let length = 0;
        while (length < buffer.length) {
            const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
            if (bytesRead === 0)
                break;
            length += bytesRead;
        }
        if (length > maxBytes)
            throw (0,errors/* fileError */.zS)(file.given, `grew past ${maxBytes} bytes while it was read`);
        return buffer.subarray(0, length).toString('utf8');
    }
    finally {
        await handle.close();
    }
}
/**
 * Checks files a glob matched (reports): each must resolve inside the workspace and be a regular file. Throws
 * a UserError naming `input` and the first file refused; the paths stay as matched (for messages and mapping).
 */
async function files_checkMatchedFiles(input, files, root = files_workspaceDir()) {
    for (const file of files)
        await resolveUserFile(input, path.relative(root, file) || file, { root });
}
/**
 * JSON.parse for a user's file, with an error that says where (line and column) but, unlike V8's own message,
 * quotes nothing of the text: `what` says what the file should have been.
 */
function parseJsonFile(text, file, what) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        const position = /at position (\d+)/.exec(error.message);
        if (!position)
            throw fileError(file, `${what} (invalid JSON)`);
        const offset = Number(position[1]);
        const before = text.slice(0, offset);
        const line = before.split('\n').length;
        const column = offset - before.lastIndexOf('\n');
        throw fileError(file, `${what} (invalid JSON)`, line, column);
    }
}

// EXTERNAL MODULE: ./packages/shared/src/action/values.ts
var values = __nccwpck_require__(3423);
;// CONCATENATED MODULE: ./packages/shared/src/action/inputs.ts
/**
 * Typed action inputs. Every reader names the input in its error and says what
 * form was expected; nothing downstream should call `core.getInput` again.
 */









/** The raw value the runner passed ('' when absent). */
function raw(name) {
    return core/* getInput */.V4(name, { trimWhitespace: true });
}
function convert(name, parse) {
    const text = raw(name);
    if (text === '')
        return undefined;
    try {
        return parse(text);
    }
    catch (error) {
        throw (0,errors/* inputError */.Xu)(name, error.message);
    }
}
/** A string input; '' when absent unless `required`. */
function getString(name, options = {}) {
    const text = raw(name);
    if (options.required && text === '')
        throw (0,errors/* inputError */.Xu)(name, 'is required and was not supplied');
    return text;
}
/** A required input: exists for readability at call sites. */
function getRequired(name) {
    return getString(name, { required: true });
}
/** 'true' or 'false' only; `fallback` when absent. */
function getBoolean(name, fallback = false) {
    return convert(name, values/* parseBoolean */.yG) ?? fallback;
}
function getNumber(name, range = {}) {
    return convert(name, (text) => (0,values/* parseNumber */.$J)(text, range));
}
/** Milliseconds, from '250ms', '30s', '5m', '1h'. */
function getDuration(name) {
    return convert(name, values/* parseDuration */.E9);
}
/** 0..100, from '85' or '85%'. */
function getPercent(name) {
    return convert(name, parsePercent);
}
/** Newline- or comma-separated values. */
function getList(name) {
    return (0,values/* parseList */.E1)(raw(name));
}
/** One of `allowed`; an unknown value gets "did you mean". `fallback` when absent. */
function getEnum(name, allowed, fallback) {
    const text = raw(name);
    if (text === '') {
        if (fallback !== undefined)
            return fallback;
        throw inputError(name, `is required; expected one of ${allowed.join(', ')}`);
    }
    const match = allowed.find((value) => value === text) ?? allowed.find((v) => v.toLowerCase() === text.toLowerCase());
    if (match === undefined) {
        throw inputError(name, `expected one of ${allowed.join(', ')}, got '${text}'${didYouMean(text, allowed)}`);
    }
    return match;
}
/** An inline YAML or JSON object validated against `schema`; undefined when absent. */
async function getObject(name, schema) {
    const text = raw(name);
    if (text === '')
        return undefined;
    try {
        return await parseAndValidate(text, schema);
    }
    catch (error) {
        throw placed(error, { input: name });
    }
}
/**
 * A configuration given either inline or as a file, never both; undefined when neither is given. A mistake is
 * reported on the inline input (with its line) or on the file (with line and column), never quoting the file.
 */
async function readInlineOrFile(options) {
    const inline = raw(options.inline);
    const file = raw(options.file);
    if (inline !== '' && file !== '')
        throw (0,errors/* inputError */.Xu)(options.inline, `give either '${options.inline}' (inline YAML) or '${options.file}' (a file), not both`);
    if (inline !== '') {
        try {
            return await options.parse(inline, options.inline);
        }
        catch (error) {
            throw (0,errors/* placed */.GS)(error, { input: options.inline });
        }
    }
    if (file === '')
        return undefined;
    // Resolved in the workspace, symbolic links included; never quoted whole when it does not parse.
    const { text } = await readUserFile(options.file, file);
    try {
        return await options.parse(text, file);
    }
    catch (error) {
        throw (0,errors/* placed */.GS)(error, { file });
    }
}

/**
 * Resolves glob patterns (newline/comma separated, `!pattern` excludes) inside
 * `GITHUB_WORKSPACE` only. Returns absolute paths, sorted.
 */
async function resolveGlobs(name, patterns, options = {}) {
    const root = workspaceDir();
    const include = [];
    const ignore = [];
    for (const pattern of patterns) {
        const negated = pattern.startsWith('!');
        const body = negated ? pattern.slice(1) : pattern;
        const absolute = path.resolve(root, body);
        // Patterns may be written absolute (e.g. ${{ github.workspace }}/coverage/*.xml) but must stay in the workspace.
        if (!isInside(root, absolute.split('*')[0] ?? absolute)) {
            throw inputError(name, `'${pattern}' points outside the workspace (${root}); expected a path or glob inside it`);
        }
        const relative = path.relative(root, absolute).split(path.sep).join('/');
        (negated ? ignore : include).push(relative);
    }
    if (include.length === 0) {
        if (options.required)
            throw inputError(name, 'is required; expected one or more file paths or globs');
        return [];
    }
    const files = ignore.length === 0 && include.every((pattern) => !GLOB_SYNTAX.test(pattern))
        ? await existingFiles(include, root)
        : await (await __nccwpck_require__.e(/* import() */ 191).then(__nccwpck_require__.bind(__nccwpck_require__, 1191))).glob(include, { cwd: root, ignore, absolute: true, dot: true, onlyFiles: true });
    const inside = files.map((file) => path.resolve(file)).filter((file) => isInside(root, file));
    if (inside.length === 0 && options.required) {
        throw inputError(name, `no file matches '${patterns.join(', ')}' in ${root}`);
    }
    const matched = [...new Set(inside)].sort();
    // A match may be a symbolic link out of the workspace, or a pipe: refused, named.
    await checkMatchedFiles(name, matched, root);
    return matched;
}
/** Characters that make a pattern a glob for tinyglobby (picomatch); a path without any is just a path. */
const GLOB_SYNTAX = /[*?[\]{}()!+@\\]/;
/**
 * The plain paths (no glob syntax) that name existing files, as the glob would find them: the common case of one
 * report path, answered without loading and running the glob engine.
 */
async function existingFiles(relativePaths, root) {
    const found = await Promise.all(relativePaths.map(async (relative) => {
        const absolute = path.resolve(root, relative);
        const stats = await stat(absolute).catch(() => undefined);
        // Regular files (a link to one included), as the glob's onlyFiles finds them: a pipe matches no file.
        return stats?.isFile() ? absolute : undefined;
    }));
    return found.filter((file) => file !== undefined);
}
/** How an entry of a report list is marked as one that may be absent: `reports/trivy.json (optional)`. */
const OPTIONAL_MARK = /\s+\(optional\)$/i;
/**
 * Report files from glob entries inside the workspace. Every entry must match at least one file: a missing
 * report (a scan that did not run, a coverage shard that was not downloaded) must never read as a clean one.
 * An entry ending in ` (optional)` may match nothing. `!pattern` entries exclude files, as in resolveGlobs.
 * `context` prefixes the message (e.g. "group 'unit': ").
 */
async function resolveReportGlobs(name, entries, context = '') {
    const excludes = entries.filter((entry) => entry.startsWith('!'));
    const files = new Set();
    const absentOptional = [];
    for (const entry of entries) {
        if (entry.startsWith('!'))
            continue;
        const optional = OPTIONAL_MARK.test(entry);
        const pattern = entry.replace(OPTIONAL_MARK, '');
        const matched = await resolveGlobs(name, [pattern, ...excludes]);
        if (matched.length === 0) {
            if (optional) {
                absentOptional.push(pattern);
                continue;
            }
            throw inputError(name, `${context}'${pattern}' matches no file in ${workspaceDir()}; a missing report must not read as a clean one. Did the step that writes it run? End the entry with ' (optional)' if it may be absent.`);
        }
        for (const file of matched)
            files.add(file);
    }
    return { files: [...files].sort(), absentOptional };
}
/**
 * Where an action writes its own files by default: `$RUNNER_TEMP/<name>` (the OS temp directory outside the
 * runner), never the checkout, where they would be committed, linted or uploaded by accident.
 */
function runnerTempPath(...parts) {
    return external_node_path_default().join(process.env['RUNNER_TEMP'] || (0,external_node_os_namespaceObject.tmpdir)(), ...parts);
}
/** File globs from an input; see resolveGlobs. */
async function getFiles(name, options = {}) {
    return resolveGlobs(name, getList(name), options);
}

// EXTERNAL MODULE: ./packages/shared/src/action/suggest.ts
var suggest = __nccwpck_require__(7363);
;// CONCATENATED MODULE: ./packages/shared/src/action/schema.ts




/** A value that does not fit its schema; the place's `path` locates it inside the document. */
function schemaError(path, reason) {
    return new errors/* UserError */.yo(reason, { path });
}
/** The most characters of a value (or key) a message quotes: a file that is not what was expected may be anything. */
const QUOTED_CHARS = 40;
/** 'value', or its start with its length when long or multi-line: never a whole file. */
function quoteValue(value) {
    const text = String(value);
    const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
    if (firstLine.length === text.length && text.length <= QUOTED_CHARS)
        return `'${text}'`;
    return `'${firstLine.slice(0, QUOTED_CHARS)}…' (${text.length} characters)`;
}
function describe(value, path) {
    if (value === null || value === undefined)
        return 'nothing';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    // A whole document that is one plain value: a text file, not YAML. Not even its start is shown.
    if (path.length === 0 && typeof value === 'string')
        return `plain text (${value.length} characters)`;
    return `${typeof value} ${quoteValue(value)}`;
}
/** Validates and converts `value`; throws a UserError naming the path and the expected form. */
function validate(value, schema, path = []) {
    return check(value, schema, path);
}
function check(value, schema, path) {
    switch (schema.type) {
        case 'any':
            return value;
        case 'string': {
            if (typeof value === 'number' || typeof value === 'boolean')
                value = String(value);
            if (typeof value !== 'string')
                throw schemaError(path, `expected a string, got ${describe(value, path)}`);
            if (schema.enum && !schema.enum.includes(value)) {
                throw schemaError(path, `expected one of ${schema.enum.map((v) => `'${v}'`).join(', ')}, got ${quoteValue(value)}${(0,suggest/* didYouMean */.au)(value, schema.enum)}`);
            }
            return value;
        }
        case 'number': {
            const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
            if (typeof number !== 'number' || Number.isNaN(number)) {
                throw schemaError(path, `expected a number, got ${describe(value, path)}`);
            }
            if (schema.integer && !Number.isInteger(number))
                throw schemaError(path, `expected a whole number, got ${number}`);
            if (schema.min !== undefined && number < schema.min)
                throw schemaError(path, `expected at least ${schema.min}, got ${number}`);
            if (schema.max !== undefined && number > schema.max)
                throw schemaError(path, `expected at most ${schema.max}, got ${number}`);
            return number;
        }
        case 'boolean':
            if (typeof value !== 'boolean')
                throw schemaError(path, `expected true or false, got ${describe(value, path)}`);
            return value;
        case 'duration':
            if (typeof value === 'number' && value >= 0)
                return value;
            if (typeof value !== 'string')
                throw schemaError(path, `expected a duration such as '30s', got ${describe(value, path)}`);
            try {
                return (0,values/* parseDuration */.E9)(value);
            }
            catch (error) {
                throw schemaError(path, error.message);
            }
        case 'percent':
            try {
                return (0,values/* parsePercent */.lo)(String(value));
            }
            catch (error) {
                throw schemaError(path, error.message);
            }
        case 'stringList':
            if (typeof value === 'string')
                return [value];
            if (Array.isArray(value) && value.every((item) => typeof item === 'string'))
                return value;
            throw schemaError(path, `expected a string or a list of strings, got ${describe(value, path)}`);
        case 'array': {
            if (!Array.isArray(value))
                throw schemaError(path, `expected a list, got ${describe(value, path)}`);
            if (schema.minItems !== undefined && value.length < schema.minItems) {
                throw schemaError(path, `expected at least ${schema.minItems} item(s), got ${value.length}`);
            }
            return value.map((item, index) => check(item, schema.items, [...path, index]));
        }
        case 'map': {
            if (!isPlainObject(value))
                throw schemaError(path, `expected a mapping, got ${describe(value, path)}`);
            const result = {};
            for (const [key, item] of Object.entries(value)) {
                if (schema.keys && !schema.keys.includes(key)) {
                    throw schemaError([...path, key], `unknown key ${quoteValue(key)}${(0,suggest/* didYouMean */.au)(key, schema.keys)}; expected one of ${schema.keys.join(', ')}`);
                }
                result[key] = check(item, schema.values, [...path, key]);
            }
            return result;
        }
        case 'object': {
            if (!isPlainObject(value))
                throw schemaError(path, `expected a mapping, got ${describe(value, path)}`);
            const known = Object.keys(schema.properties);
            const result = {};
            for (const [key, item] of Object.entries(value)) {
                const property = schema.properties[key];
                if (!property) {
                    throw schemaError([...path, key], `unknown key ${quoteValue(key)}${(0,suggest/* didYouMean */.au)(key, known)}; expected one of ${known.join(', ')}`);
                }
                if (item === null || item === undefined)
                    continue;
                result[key] = check(item, property, [...path, key]);
            }
            for (const key of schema.required ?? []) {
                if (result[key] === undefined)
                    throw schemaError([...path, key], `is required`);
            }
            return result;
        }
        case 'oneOf': {
            for (const option of schema.options) {
                try {
                    return check(value, option, path);
                }
                catch (error) {
                    if (!(error instanceof errors/* UserError */.yo))
                        throw error;
                }
            }
            throw schemaError(path, `expected ${schema.expected}, got ${describe(value, path)}`);
        }
    }
}
/** True for a JSON/YAML mapping: an object that is neither null nor an array. */
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * Parses YAML/JSON text and validates it; errors carry the line of the
 * offending node so a config file error can point at it.
 */
async function schema_parseAndValidate(text, schema) {
    // yaml is loaded here, on first use: most runs have no YAML input.
    const { LineCounter, parseDocument, isNode } = await __nccwpck_require__.e(/* import() */ 9).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8009, 19));
    const lineCounter = new LineCounter();
    const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const syntaxError = document.errors[0];
    if (syntaxError) {
        const position = lineCounter.linePos(syntaxError.pos[0]);
        const firstLine = syntaxError.message.split('\n')[0] ?? syntaxError.message;
        throw new errors/* UserError */.yo(`invalid YAML: ${firstLine}`, { line: position.line, column: position.col });
    }
    try {
        return validate(document.toJS({ maxAliasCount: 100 }), schema);
    }
    catch (error) {
        if (!(error instanceof errors/* UserError */.yo))
            throw error;
        // Point at the key when the key is the problem (unknown key), else at the value.
        const path = error.place.path ?? [];
        const keyIsTheProblem = error.reason.startsWith('unknown key');
        const node = keyIsTheProblem ? undefined : (document.getIn(path, true) ?? document.getIn(path.slice(0, -1), true));
        const offset = isNode(node) && node.range ? node.range[0] : undefined;
        const position = offset !== undefined ? lineCounter.linePos(offset) : findKeyLine(document, path, lineCounter, isNode);
        throw error.at({ line: position?.line, column: position?.col });
    }
}
function findKeyLine(document, path, lineCounter, isNode) {
    const last = path[path.length - 1];
    if (typeof last !== 'string')
        return undefined;
    const parent = path.length === 1 ? document.contents : document.getIn(path.slice(0, -1), true);
    const items = parent?.items;
    const pair = items?.find((item) => isNode(item.key) && item.key.value === last);
    const range = pair && isNode(pair.key) ? pair.key.range : undefined;
    return range ? lineCounter.linePos(range[0]) : undefined;
}

// EXTERNAL MODULE: ./packages/shared/src/probe/assertions.ts + 1 modules
var probe_assertions = __nccwpck_require__(2712);
// EXTERNAL MODULE: ./packages/shared/src/probe/thresholds.ts
var thresholds = __nccwpck_require__(1851);
;// CONCATENATED MODULE: ./packages/shared/src/probe/config.ts
/**
 * The checks configuration (the `checks` input or the `config` file), YAML or JSON:
 *
 *   defaults: { timeout: 5s, headers: { Accept: application/json }, assert: [duration < 1s] }
 *   thresholds: [p(95)<1000, rate<0.01]
 *   checks:
 *     - name: health
 *       url: /health
 *       assert: [status == 200, jsonpath "$.status" == "ok"]
 *     - name: api
 *       url: /api/items
 *       headers: { Authorization: Bearer ${API_TOKEN} }
 *     - name: database
 *       tcp: db.internal:5432
 *
 * A bare list is the `checks:` list. `${NAME}` takes the environment variable NAME (set it from a secret in
 * the step's `env:`); every value taken this way is masked in logs and reports. In an assertion it is taken
 * inside "quoted" values only, after the assertion is parsed, so a value never changes the assertion's syntax
 * and a syntax error never quotes it. Check names are shown masked (`api ***`): a name is an output.
 *
 * Everything is validated before any request: schema (unknown keys with "did you mean"), URLs, assertions
 * and thresholds. Errors name the check and the field.
 */





const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
/** Options a check may set and `defaults:` may set for all checks. */
const SHARED_OPTIONS = {
    headers: { type: 'map', values: { type: 'string' } },
    query: { type: 'map', values: { type: 'string' } },
    timeout: { type: 'duration' },
    'connect-timeout': { type: 'duration' },
    'follow-redirects': { type: 'boolean' },
    'max-redirects': { type: 'number', min: 0, max: 50, integer: true },
    insecure: { type: 'boolean' },
    assert: { type: 'stringList' },
    thresholds: { type: 'stringList' },
};
const CHECK_SCHEMA = {
    type: 'object',
    properties: {
        name: { type: 'string' },
        url: { type: 'string' },
        tcp: { type: 'string' },
        method: { type: 'string', enum: METHODS },
        body: { type: 'string' },
        json: { type: 'any' },
        ...SHARED_OPTIONS,
    },
};
const CONFIG_SCHEMA = {
    type: 'object',
    properties: {
        defaults: { type: 'object', properties: SHARED_OPTIONS },
        thresholds: { type: 'stringList' },
        checks: { type: 'array', items: CHECK_SCHEMA, minItems: 1 },
    },
    required: ['checks'],
};
/** Validates the parsed YAML and builds the checks; throws a UserError naming the check and field. */
function buildConfig(parsed, context) {
    try {
        return build(parsed, context);
    }
    catch (error) {
        // A message may quote a value taken from ${NAME}: masked whole (values are quoted whole).
        if (error instanceof errors/* UserError */.yo)
            throw new errors/* UserError */.yo(context.redactor.text(error.message));
        throw error;
    }
}
function build(parsed, context) {
    const normalized = Array.isArray(parsed) ? { checks: parsed } : parsed;
    const interpolated = interpolate(normalized, [], context);
    let raw;
    try {
        raw = validate(interpolated, CONFIG_SCHEMA);
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo)
            throw error.within(where(error.place.path ?? [], normalized));
        throw error;
    }
    const defaults = raw.defaults ?? {};
    const checks = [];
    const checkThresholds = new Map();
    const insecureChecks = [];
    const names = new Set();
    raw.checks.forEach((rawCheck, index) => {
        const name = context.redactor.text(rawCheck.name ?? defaultName(rawCheck, index));
        const at = (field) => `check '${name}' (checks[${index}]) field '${field}'`;
        if (names.has(name))
            throw new errors/* UserError */.yo(`${at('name')}: another check is already named '${name}'; names must be unique`);
        names.add(name);
        const option = (key) => rawCheck[key] ?? defaults[key];
        const timeoutMs = option('timeout') ?? context.timeoutMs ?? CHECK_DEFAULTS.timeoutMs;
        const connectTimeoutMs = Math.min(option('connect-timeout') ?? context.connectTimeoutMs ?? CHECK_DEFAULTS.connectTimeoutMs, timeoutMs);
        const assertTexts = [...(defaults.assert ?? []), ...(rawCheck.assert ?? [])];
        const assertions = assertTexts.map((text, position) => {
            const field = position < (defaults.assert?.length ?? 0)
                ? `defaults.assert[${position}]`
                : `assert[${position - (defaults.assert?.length ?? 0)}]`;
            try {
                return (0,probe_assertions/* parseAssertion */.MV)(text, { substitute: (value) => substitute(value, at(field), context) });
            }
            catch (error) {
                // A syntax error has its column in the assertion; a substitution's error names the field already.
                if (error instanceof errors/* UserError */.yo && error.place.column !== undefined)
                    throw error.within(`${at(field)}: '${text}'`);
                throw error;
            }
        });
        const thresholdTexts = [...(defaults.thresholds ?? []), ...(rawCheck.thresholds ?? [])];
        checkThresholds.set(name, thresholdTexts.map((text, position) => parseThresholdAt(text, at(`thresholds[${position}]`))));
        if ((rawCheck.url === undefined) === (rawCheck.tcp === undefined)) {
            throw new errors/* UserError */.yo(`${at('url')}: give either 'url' (an HTTP check) or 'tcp' (host:port), not ${rawCheck.url === undefined ? 'neither' : 'both'}`);
        }
        if (rawCheck.tcp !== undefined) {
            const target = /^\[?([^\]]+?)\]?:(\d{1,5})$/.exec(rawCheck.tcp.trim());
            const port = Number(target?.[2]);
            if (!target || port < 1 || port > 65535) {
                throw new errors/* UserError */.yo(`${at('tcp')}: expected host:port such as 'db.internal:5432', got '${context.redactor.text(rawCheck.tcp)}'`);
            }
            for (const key of ['method', 'body', 'json', 'headers', 'query']) {
                if (rawCheck[key] !== undefined)
                    throw new errors/* UserError */.yo(`${at(key)}: does not apply to a TCP check`);
            }
            const httpOnly = assertions.find((assertion) => assertion.query.kind !== 'duration');
            if (httpOnly)
                throw new errors/* UserError */.yo(`${at('assert')}: '${httpOnly.source}': a TCP check can only assert on duration`);
            checks.push({ kind: 'tcp', name, host: target[1], port, timeoutMs, connectTimeoutMs, assertions });
            return;
        }
        const url = resolveUrl(rawCheck.url, context, at('url'));
        for (const [key, value] of Object.entries(option('query') ?? {}))
            url.searchParams.append(key, value);
        if (rawCheck.query && defaults.query) {
            for (const [key, value] of Object.entries(defaults.query))
                if (!(key in rawCheck.query))
                    url.searchParams.append(key, value);
        }
        const headers = {};
        for (const [key, value] of Object.entries({ ...defaults.headers, ...rawCheck.headers }))
            headers[key.toLowerCase()] = value;
        if (rawCheck.body !== undefined && rawCheck.json !== undefined) {
            throw new errors/* UserError */.yo(`${at('json')}: give either 'body' or 'json', not both`);
        }
        let body = rawCheck.body;
        if (rawCheck.json !== undefined) {
            body = JSON.stringify(rawCheck.json);
            headers['content-type'] ??= 'application/json';
        }
        const method = rawCheck.method ?? (body === undefined ? 'GET' : 'POST');
        const verifyTls = !(option('insecure') ?? false);
        if (!verifyTls && url.protocol === 'https:')
            insecureChecks.push(name);
        checks.push({
            kind: 'http',
            name,
            method,
            url,
            headers,
            body,
            followRedirects: option('follow-redirects') ?? CHECK_DEFAULTS.followRedirects,
            maxRedirects: option('max-redirects') ?? CHECK_DEFAULTS.maxRedirects,
            verifyTls,
            timeoutMs,
            connectTimeoutMs,
            assertions: assertions,
            ...(context.socketPath === undefined ? {} : { socketPath: context.socketPath }),
        });
    });
    const thresholds = [...(raw.thresholds ?? []).map((text, index) => parseThresholdAt(text, `thresholds[${index}]`))];
    return { checks, checkThresholds, thresholds, insecureChecks };
}
function parseThresholdAt(text, at) {
    try {
        return (0,thresholds/* parseWatchThreshold */.qv)(text);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`${at}: ${error.message}`);
    }
}
function defaultName(check, index) {
    if (check.tcp)
        return `tcp ${check.tcp}`;
    if (check.url)
        return `${check.method ?? 'GET'} ${check.url.replace(/\?.*$/, '')}`;
    return `check ${index + 1}`;
}
function resolveUrl(text, context, at) {
    const shown = context.redactor.text(text);
    const absolute = /^[a-z][a-z\d+.-]*:/i.test(text);
    if (!absolute && !context.baseUrl) {
        throw new errors/* UserError */.yo(`${at}: '${shown}' is relative; set the base-url input or write an absolute http(s) URL`);
    }
    let url;
    try {
        // base-url is a prefix: https://host/app + /health -> https://host/app/health.
        url = absolute ? new URL(text) : new URL(`${context.baseUrl.replace(/\/+$/, '')}/${text.replace(/^\/+/, '')}`);
    }
    catch {
        throw new errors/* UserError */.yo(`${at}: '${shown}' is not a valid URL${absolute ? '' : ` relative to '${context.redactor.url(context.baseUrl ?? '')}'`}`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new errors/* UserError */.yo(`${at}: '${shown}' must be http or https (use 'tcp: host:port' for other services)`);
    }
    return url;
}
/** Replaces ${NAME} in `text` with the environment variable NAME and registers the value as a secret. */
function substitute(text, at, context) {
    return text.replace(/\$(\$)?\{([^}]*)\}/g, (match, escaped, name) => {
        if (escaped)
            return match.slice(1);
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
            throw new errors/* UserError */.yo(`${at}: '\${${name}}' is not a valid variable name (letters, digits, _)`);
        }
        const variable = context.env[name];
        if (variable === undefined || variable === '') {
            throw new errors/* UserError */.yo(`${at}: environment variable ${name} is not set (map it in the step's env:, e.g. ${name}: \${{ secrets.${name} }})`);
        }
        context.redactor.addSecret(variable);
        return variable;
    });
}
/** An assertion's text (`assert:` of a check or of the defaults): substituted when it is parsed, not before. */
function isAssertionText(path) {
    const inCheck = path[0] === 'checks' && typeof path[1] === 'number' ? 2 : path[0] === 'defaults' ? 1 : -1;
    return inCheck > 0 && path[inCheck] === 'assert' && path.length <= inCheck + 2;
}
/** Substitutes ${NAME} in every string but assertion texts (see substitute). */
function interpolate(value, path, context) {
    if (typeof value === 'string')
        return isAssertionText(path) ? value : substitute(value, (0,errors/* formatPath */.jV)(path), context);
    if (Array.isArray(value))
        return value.map((item, index) => interpolate(item, [...path, index], context));
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, interpolate(item, [...path, key], context)]));
    }
    return value;
}
/** "check 'api' (checks[1]) field 'asert'" for a schema path inside a check, else the plain path. */
function where(path, document) {
    if (path[0] === 'checks' && typeof path[1] === 'number') {
        const raw = document.checks?.[path[1]];
        const name = typeof raw?.name === 'string' ? raw.name : `#${path[1] + 1}`;
        const field = path.slice(2);
        const fieldText = field.length === 0 ? '' : ` field '${(0,errors/* formatPath */.jV)(field)}'`;
        return `check '${name}' (checks[${path[1]}])${fieldText}`;
    }
    return (0,errors/* formatPath */.jV)(path);
}

;// CONCATENATED MODULE: ./actions/smoke-test/src/settings.ts
/**
 * Every input read once into one settings object; nothing downstream calls core.getInput.
 */



/** The inputs' defaults, as action.yml gives them (a test compares the two); durations in ms. */
const DEFAULTS = {
    'wait-for': 0,
    'retry-interval': wait_for/* WAIT_FOR_DEFAULTS */.N.initialDelayMs,
    timeout: CHECK_DEFAULTS.timeoutMs,
    'connect-timeout': CHECK_DEFAULTS.connectTimeoutMs,
    duration: 0,
    rate: '10',
    concurrency: 10,
    'abort-on-fail': true,
    'fail-on-decision': true,
};
async function readSettings(env = process.env) {
    const redactor = new Redactor((secret) => core/* setSecret */.Pq(secret));
    for (const secret of getList('secrets'))
        redactor.addSecret(secret);
    const baseUrl = getString('base-url') || undefined;
    if (baseUrl !== undefined) {
        let parsed;
        try {
            parsed = new URL(baseUrl);
        }
        catch {
            parsed = undefined;
        }
        if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
            throw (0,errors/* inputError */.Xu)('base-url', `expected an http(s) URL such as 'https://staging.example.com', got '${redactor.text(baseUrl)}'`);
        }
    }
    const timeoutMs = positiveDuration('timeout', DEFAULTS.timeout);
    const connectTimeoutMs = positiveDuration('connect-timeout', DEFAULTS['connect-timeout']);
    const context = { baseUrl, env, redactor, timeoutMs, connectTimeoutMs };
    const config = readUrlChecks(context) ??
        (await readInlineOrFile({
            inline: 'checks',
            file: 'config',
            parse: async (text, source) => buildConfig(await schema_parseAndValidate(text, { type: 'any' }), { ...context, source }),
        }));
    if (config === undefined)
        throw (0,errors/* inputError */.Xu)('checks', "is required: list the checks inline, point 'config' at a YAML file, or give the URLs to check in 'url'");
    for (const [index, text] of getList('thresholds').entries()) {
        try {
            config.thresholds.push((0,thresholds/* parseWatchThreshold */.qv)(text));
        }
        catch (error) {
            throw (0,errors/* inputError */.Xu)('thresholds', `entry ${index + 1}: ${error.message}`);
        }
    }
    const waitForMs = getDuration('wait-for') ?? DEFAULTS['wait-for'];
    const retryIntervalMs = getDuration('retry-interval') ?? DEFAULTS['retry-interval'];
    const durationMs = getDuration('duration') ?? DEFAULTS.duration;
    const rateText = getString('rate') || DEFAULTS.rate;
    let ratePerCheck;
    if (rateText.toLowerCase() !== 'max') {
        ratePerCheck = Number(rateText);
        if (!Number.isFinite(ratePerCheck) || ratePerCheck <= 0 || ratePerCheck > 100_000) {
            throw (0,errors/* inputError */.Xu)('rate', `expected requests per second per check (a number above 0, at most 100000) or 'max', got '${rateText}'`);
        }
    }
    const concurrency = getNumber('concurrency', { min: 1, max: 1000, integer: true }) ?? DEFAULTS.concurrency;
    const reportDirText = getString('report-dir');
    const reportDir = reportDirText ? external_node_path_default().resolve(files_workspaceDir(), reportDirText) : runnerTempPath('smoke-test');
    return {
        config,
        redactor,
        waitForMs,
        retryIntervalMs,
        maxRetryIntervalMs: Math.max(retryIntervalMs, wait_for/* WAIT_FOR_DEFAULTS */.N.maxDelayMs),
        window: durationMs > 0 ? { durationMs, ratePerCheck, concurrency } : undefined,
        abortOnFail: getBoolean('abort-on-fail', DEFAULTS['abort-on-fail']),
        reportDir,
        failOnDecision: getBoolean('fail-on-decision', DEFAULTS['fail-on-decision']),
    };
}
/**
 * The `url` input's checks, one GET per line with the default assertion, built as the same checks written in YAML
 * would be; undefined when it is empty. No YAML here: a run that only checks URLs never loads the parser.
 */
function readUrlChecks(context) {
    const urls = getString('url')
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '');
    if (urls.length === 0)
        return undefined;
    const others = ['checks', 'config'].filter((name) => getString(name) !== '');
    if (others.length > 0)
        throw (0,errors/* inputError */.Xu)('url', `give one of 'url', 'checks' and 'config', not '${others.join("' and '")}' too`);
    try {
        return buildConfig(urls.map((url) => ({ url })), { ...context, source: 'url' });
    }
    catch (error) {
        throw (0,errors/* placed */.GS)(error, { input: 'url' });
    }
}
function positiveDuration(name, fallback) {
    const value = getDuration(name);
    if (value !== undefined && value <= 0)
        throw (0,errors/* inputError */.Xu)(name, 'must be longer than 0');
    return value ?? fallback;
}


/***/ }),

/***/ 6774:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GS: () => (/* binding */ placed),
/* harmony export */   Qx: () => (/* binding */ isUserFacing),
/* harmony export */   Xu: () => (/* binding */ inputError),
/* harmony export */   jV: () => (/* binding */ formatPath),
/* harmony export */   yo: () => (/* binding */ UserError),
/* harmony export */   zS: () => (/* binding */ fileError)
/* harmony export */ });
/* unused harmony export describeError */
/**
 * The one error a user can act on. `runAction` prints it as one `::error::` line, without a stack trace: it says
 * what was wrong, where, and what was expected. A parser throws it with the position it knows (a column in a
 * threshold, a line in a YAML document); the boundary that read the text adds the input or the file (`placed`).
 */
class UserError extends Error {
    /** What is wrong, without the place (to say it again in another context). */
    reason;
    place;
    constructor(reason, place = {}, options) {
        super(describeError(reason, place), options);
        this.name = 'UserError';
        this.reason = reason;
        this.place = place;
    }
    /** The same mistake with more of its place (the input or file it crossed in); `place` wins where both say. */
    at(place) {
        return new UserError(this.reason, { ...this.place, ...place });
    }
    /**
     * The same mistake as part of something larger: "`context`: reason". Its place was inside the smaller text
     * (a column in one threshold, a key path); `context` says where that text is, and only `place` remains.
     */
    within(context, place = {}) {
        return new UserError(`${context}: ${this.reason}`, place);
    }
}
/** A problem with an action input: names the input and the expected form. */
function inputError(input, reason) {
    return new UserError(reason, { input });
}
/** A problem with a file the user pointed us at: names the file and, where known, the line and column. */
function fileError(file, reason, line, column) {
    return new UserError(reason, { file, line, column });
}
/** ['checks', 0, 'url'] -> 'checks[0].url' */
function formatPath(path) {
    if (path.length === 0)
        return '(top level)';
    return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');
}
/**
 * The one wording of a mistake: `file:line:column: reason` for a file, `Input 'name': reason (line N of the
 * input)` for an input, the reason alone when the place is not known yet. A key path goes before the reason.
 */
function describeError(reason, place) {
    const said = place.path === undefined ? reason : `${formatPath(place.path)}: ${reason}`;
    const { file, input, line, column } = place;
    if (file !== undefined) {
        const where = line === undefined ? file : column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`;
        return `${where}: ${said}`;
    }
    if (input !== undefined)
        return `Input '${input}': ${said}${line === undefined ? '' : ` (line ${line} of the input)`}`;
    return said;
}
/**
 * `error` placed where it crossed in (an input or a file); an error already placed, or not a UserError (a bug,
 * an outage), goes on as it is.
 */
function placed(error, place) {
    if (!(error instanceof UserError) || error.place.input !== undefined || error.place.file !== undefined)
        return error;
    return error.at(place);
}
/** True for a UserError: the message is complete and a stack trace would add nothing. */
function isUserFacing(error) {
    return error instanceof UserError;
}


/***/ }),

/***/ 6614:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Cs: () => (/* binding */ runAction),
  OU: () => (/* binding */ setVerdict)
});

// UNUSED EXPORTS: reportFailure

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=a41ba35b216b70ccccab12bba8da886a68c865f3cff3b32ff22d68888af6c034/node_modules/@actions/core/lib/core.js + 7 modules
var lib_core = __nccwpck_require__(5396);
;// CONCATENATED MODULE: ./packages/shared/src/action/annotations.ts
/**
 * Annotations within GitHub's per-step limit: the UI shows at most 10 errors,
 * 10 warnings and 10 notices per step and silently drops the rest. We emit the
 * worst first and say how many more there are, so nothing disappears unseen.
 */

/** GitHub's documented per-step display limits. */
const STEP_ANNOTATION_LIMITS = { error: 10, warning: 10, notice: 10 };
/** The most characters of an annotation's message (a tool's message may be a whole document). */
const ANNOTATION_MESSAGE_CHARS = 4096;
/** The most characters of an annotation's title (the check-runs API's own limit). */
const ANNOTATION_TITLE_CHARS = 255;
/**
 * `text` cut to `limit` characters with a note of its full length, for annotations and messages that echo what a
 * report or an API said. The note says where the rest is, when given.
 */
function capText(text, limit, rest) {
    if (text.length <= limit)
        return text;
    return `${text.slice(0, limit)}… (${text.length} characters${rest ? `; ${rest}` : ''})`;
}
/**
 * The limits minus one at `level`: the room a step leaves for its verdict line (core.setFailed is an error
 * annotation too), so the verdict is never the 11th error that GitHub drops. No level: the limits unchanged.
 */
function leaveRoomFor(level, limits = STEP_ANNOTATION_LIMITS) {
    return level === undefined ? limits : { ...limits, [level]: Math.max(0, limits[level] - 1) };
}
const LEVEL_ORDER = { error: 0, warning: 1, notice: 2 };
/** Worst first: by level, then weight (descending), then file and line for a stable order. */
function sortWorstFirst(annotations) {
    return [...annotations].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
        (b.weight ?? 0) - (a.weight ?? 0) ||
        // Plain code-unit order: localeCompare is far too slow for hundreds of thousands of findings.
        compareText(a.file ?? '', b.file ?? '') ||
        (a.startLine ?? 0) - (b.startLine ?? 0));
}
const compareText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/**
 * Emits the worst annotations per level within `limits` and one log line per
 * level saying how many were left out (and where to find them).
 * `alreadyLeftOut` counts annotations the caller chose not to build at all
 * (it pre-selected the worst from a very large set); they are reported too.
 */
function annotate(annotations, limits = STEP_ANNOTATION_LIMITS, elsewhere = 'the job summary', alreadyLeftOut = {}) {
    const emitted = { error: 0, warning: 0, notice: 0 };
    const omitted = {
        error: alreadyLeftOut.error ?? 0,
        warning: alreadyLeftOut.warning ?? 0,
        notice: alreadyLeftOut.notice ?? 0,
    };
    for (const annotation of sortWorstFirst(annotations)) {
        if (emitted[annotation.level] >= limits[annotation.level]) {
            omitted[annotation.level]++;
            continue;
        }
        emitted[annotation.level]++;
        const properties = {
            title: annotation.title,
            file: annotation.file,
            startLine: annotation.startLine,
            endLine: annotation.endLine,
            // GitHub ignores columns on multi-line annotations.
            startColumn: annotation.endLine && annotation.endLine !== annotation.startLine ? undefined : annotation.startColumn,
            endColumn: annotation.endLine && annotation.endLine !== annotation.startLine ? undefined : annotation.endColumn,
        };
        core[annotation.level](capText(annotation.message, ANNOTATION_MESSAGE_CHARS, `all of it is in ${elsewhere}`), {
            ...properties,
            ...(properties.title === undefined ? {} : { title: capText(properties.title, ANNOTATION_TITLE_CHARS) }),
        });
    }
    for (const level of ['error', 'warning', 'notice']) {
        if (omitted[level] > 0) {
            core.info(`${omitted[level]} more ${level}${omitted[level] === 1 ? '' : 's'} not annotated (GitHub shows at most ${limits[level]} per step); see ${elsewhere}.`);
        }
    }
    return { emitted, omitted };
}

// EXTERNAL MODULE: ./packages/shared/src/action/errors.ts
var errors = __nccwpck_require__(6774);
;// CONCATENATED MODULE: ./packages/shared/src/action/run.ts
/**
 * The top level of every action: any thrown error or unhandled rejection becomes
 * exactly one `::error::` line and exit code 1. A stack trace is printed only
 * when the workflow runs with debug logging (RUNNER_DEBUG=1).
 */




let reported = false;
/** Writes the single error annotation for `error`; later calls are ignored. */
function reportFailure(error) {
    if (reported)
        return;
    reported = true;
    process.exitCode = 1;
    const message = error instanceof Error ? error.message : String(error);
    // A message may quote what a report or a service said: one annotation, of a readable length.
    const text = capText((0,errors/* isUserFacing */.Qx)(error) || !(error instanceof Error) ? message : `Unexpected error: ${message}`, ANNOTATION_MESSAGE_CHARS);
    const place = error instanceof errors/* UserError */.yo ? error.place : {};
    if (place.file !== undefined) {
        const workspace = process.env['GITHUB_WORKSPACE'];
        const file = workspace ? external_node_path_default().relative(workspace, external_node_path_default().resolve(workspace, place.file)) : place.file;
        const inside = !file.startsWith('..') && !external_node_path_default().isAbsolute(file);
        lib_core/* error */.z3(text, inside ? { file: file.split((external_node_path_default()).sep).join('/'), startLine: place.line, startColumn: place.column } : {});
    }
    else {
        lib_core/* error */.z3(text);
    }
    if (process.env['RUNNER_DEBUG'] === '1' && error instanceof Error && error.stack) {
        process.stdout.write(`${error.stack}\n`);
    }
}
let verdict;
/**
 * Sets the action's verdict output. A failure thrown after it keeps the value written (a deploy that switched
 * back says so); without it, any thrown error leaves the verdict's failing value.
 */
function setVerdict(value) {
    if (verdict === undefined)
        throw new Error('setVerdict is called inside runAction with a verdict only');
    verdict.written = true;
    lib_core/* setOutput */.uH(verdict.output, value);
}
function failVerdict() {
    // A run that could not finish never leaves a verdict a workflow could read as a success.
    if (verdict !== undefined && !verdict.written)
        lib_core/* setOutput */.uH(verdict.output, verdict.failing);
}
/**
 * Runs `main` as the action's body. Resolves when it is done; the exit code is
 * set through `process.exitCode` so pending output is flushed. On any thrown error,
 * the `verdict` output gets its failing value unless `main` set it already.
 */
async function runAction(action, main) {
    verdict = { ...action, written: false };
    process.on('unhandledRejection', (reason) => {
        failVerdict();
        reportFailure(reason);
        process.exit(1);
    });
    process.on('uncaughtException', (error) => {
        failVerdict();
        reportFailure(error);
        process.exit(1);
    });
    try {
        await main();
    }
    catch (error) {
        failVerdict();
        reportFailure(error);
    }
}


/***/ }),

/***/ 7363:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ didYouMean)
/* harmony export */ });
/* unused harmony exports editDistance, closest */
/** "Did you mean …" for unknown keys and enum values: the closest candidate by edit distance. */
/** Levenshtein distance, small strings only (keys and enum values). */
function editDistance(a, b) {
    const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = previous[0];
        previous[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = previous[j];
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            previous[j] = Math.min(above + 1, previous[j - 1] + 1, diagonal + cost);
            diagonal = above;
        }
    }
    return previous[b.length];
}
/** The closest candidate, or undefined when nothing is close enough to be a likely typo. */
function closest(word, candidates) {
    const lower = word.toLowerCase();
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(lower, candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    const tolerance = Math.max(2, Math.floor(word.length / 3));
    return bestDistance <= tolerance ? best : undefined;
}
/** " (did you mean 'x'?)" or "" — ready to append to an error message. */
function didYouMean(word, candidates) {
    const match = closest(word, candidates);
    return match === undefined ? '' : ` (did you mean '${match}'?)`;
}


/***/ }),

/***/ 3423:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ parseNumber),
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   lo: () => (/* binding */ parsePercent),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/**
 * Pure parsers for the value forms every action accepts. Each throws a plain
 * `Error` whose message says what was expected; callers add the input or file name.
 */
const DURATION_UNITS_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const DURATION_PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/y;
const DURATION_FORM = "a duration such as '250ms', '30s', '5m', '1h' or '1m30s'";
/** '250ms', '30s', '5m', '1h', '1m30s' -> milliseconds. */
function parseDuration(text) {
    const trimmed = text.trim();
    if (trimmed === '')
        throw new Error(`expected ${DURATION_FORM}, got an empty value`);
    let total = 0;
    DURATION_PART.lastIndex = 0;
    while (DURATION_PART.lastIndex < trimmed.length) {
        const start = DURATION_PART.lastIndex;
        const match = DURATION_PART.exec(trimmed);
        if (!match) {
            const hint = /^\d+(\.\d+)?$/.test(trimmed) ? ` (add a unit: '${trimmed}s' or '${trimmed}ms')` : '';
            throw new Error(`expected ${DURATION_FORM}, got '${text}'${hint}`.concat(start > 0 ? ` at '${trimmed.slice(start)}'` : ''));
        }
        total += Number(match[1]) * DURATION_UNITS_MS[match[2]];
    }
    return total;
}
/** Milliseconds -> the shortest readable form: 1500 -> '1.5s', 90000 -> '1m30s'. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms * 100) / 100}ms`;
    if (ms < 60_000)
        return `${Math.round(ms / 10) / 100}s`;
    const hours = Math.floor(ms / 3_600_000);
    const minutes = Math.floor((ms % 3_600_000) / 60_000);
    const seconds = Math.round((ms % 60_000) / 1000);
    return `${hours ? `${hours}h` : ''}${minutes ? `${minutes}m` : ''}${seconds ? `${seconds}s` : ''}` || '0s';
}
/** '85', '85%', '99.9 %' -> 85, 85, 99.9 (a number between 0 and 100). */
function parsePercent(text) {
    const match = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(text);
    const value = match ? Number(match[1]) : NaN;
    if (!match || value > 100) {
        throw new Error(`expected a percentage between 0 and 100 such as '85' or '85%', got '${text}'`);
    }
    return value;
}
/** Newline- or comma-separated values; blank entries and surrounding spaces dropped. */
function parseList(text) {
    return text
        .split(/[\n,]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
/** 'true' / 'false' only (any case), as the YAML 1.2 core schema and the runner do. */
function parseBoolean(text) {
    const lower = text.trim().toLowerCase();
    if (lower === 'true')
        return true;
    if (lower === 'false')
        return false;
    throw new Error(`expected 'true' or 'false', got '${text}'`);
}
/** A decimal number, optionally within a range. */
function parseNumber(text, range = {}) {
    const trimmed = text.trim();
    const value = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(trimmed) ? Number(trimmed) : NaN;
    const kind = range.integer ? 'a whole number' : 'a number';
    const bounds = range.min !== undefined && range.max !== undefined
        ? ` between ${range.min} and ${range.max}`
        : range.min !== undefined
            ? ` of at least ${range.min}`
            : range.max !== undefined
                ? ` of at most ${range.max}`
                : '';
    if (Number.isNaN(value) ||
        (range.integer && !Number.isInteger(value)) ||
        (range.min !== undefined && value < range.min) ||
        (range.max !== undefined && value > range.max)) {
        throw new Error(`expected ${kind}${bounds}, got '${text}'`);
    }
    return value;
}


/***/ }),

/***/ 9530:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ parseThreshold),
/* harmony export */   WB: () => (/* binding */ percentileOfSorted),
/* harmony export */   l2: () => (/* binding */ evaluateThreshold)
/* harmony export */ });
/* unused harmony exports compare, aggregate, describeAggregation */
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6774);
/**
 * Threshold expressions shared by every gate, in k6's grammar:
 *
 *   threshold   := aggregation operator number [unit]
 *                | operator number [unit]            (shorthand: aggregation `value`)
 *   aggregation := count | rate | value | avg | min | max | med | p(N)
 *   operator    := > | >= | < | <= | == | === | !=
 *   unit        := ms | s | m | h | %
 *
 * Durations are normalized to milliseconds. A percentage is a fraction for
 * `rate` (k6's rates are 0..1, so `rate<1%` means `rate<0.01`) and a number of
 * percent for every other aggregation (`>=85%` means `value >= 85`).
 */

const RATE_DOMAIN = { min: 0, max: 1, describe: 'a rate is between 0 and 1 (0% to 100%)' };
const PERCENT_DOMAIN = { min: 0, max: 100, describe: 'a percentage is between 0% and 100%' };
const COUNT_DOMAIN = { min: 0, max: Infinity, describe: 'a count is never negative' };
const DURATION_DOMAIN = { min: 0, max: Infinity, describe: 'a duration is never negative' };
/** The domain a threshold's own form implies: rates 0..1, percentages 0..100, counts and durations >= 0. */
function impliedDomain(aggregation, unit) {
    if (aggregation === 'rate')
        return RATE_DOMAIN;
    if (unit === '%')
        return PERCENT_DOMAIN;
    if (aggregation === 'count')
        return COUNT_DOMAIN;
    if (unit !== undefined)
        return DURATION_DOMAIN;
    return undefined;
}
/** Why `value` with `operator` is impossible in `domain` (outside it, or never met within it); undefined if fine. */
function rangeProblem(operator, value, domain) {
    if (value < domain.min || value > domain.max)
        return domain.describe;
    const never = (operator === '<' && value <= domain.min) ||
        (operator === '>' && value >= domain.max) ||
        ((operator === '<=' || operator === '<') && value < domain.min) ||
        ((operator === '>=' || operator === '>') && value > domain.max);
    return never ? `no value can ever meet it (${domain.describe})` : undefined;
}
const AGGREGATIONS = ['count', 'rate', 'value', 'avg', 'min', 'max', 'med'];
const OPERATORS = ['===', '==', '!=', '>=', '<=', '>', '<'];
const UNIT_FACTORS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/**
 * Parses one threshold expression; throws a UserError whose place is the column. A number outside what the
 * metric can be (`rate<-5`, `>=101%`, `count>-1`) or a threshold nothing can meet (`rate<0`) is "impossible":
 * `domain` gives the range when the caller knows it (a pass rate, an availability), otherwise the threshold's own
 * form implies it (rates, percentages, counts, durations). `whole` is the threshold `source` ends (the text after
 * `availability`): an impossible value names it, and its column.
 */
function parseThreshold(source, domain, whole) {
    let position = 0;
    const skipSpaces = () => {
        while (source[position] === ' ' || source[position] === '\t')
            position++;
    };
    const fail = (expected) => {
        const column = position + 1;
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`threshold '${source}' does not parse at column ${column}: expected ${expected}`, { column });
    };
    skipSpaces();
    let aggregation = 'value';
    let percentile;
    const word = /^[a-z]+/i.exec(source.slice(position))?.[0];
    if (word) {
        const lower = word.toLowerCase();
        if (lower === 'p' && source[position + 1] === '(') {
            position += 2;
            skipSpaces();
            const number = /^\d+(\.\d+)?/.exec(source.slice(position))?.[0];
            if (!number)
                fail('a percentile between 0 and 100, as in p(95)');
            percentile = Number(number);
            if (percentile > 100)
                fail('a percentile between 0 and 100, as in p(95)');
            position += number.length;
            skipSpaces();
            if (source[position] !== ')')
                fail("')' after the percentile");
            position++;
            aggregation = 'p';
        }
        else if (AGGREGATIONS.includes(lower)) {
            aggregation = lower;
            position += word.length;
        }
        else {
            fail(`an aggregation (${AGGREGATIONS.join(', ')}, p(N)) or an operator, not '${word}'`);
        }
    }
    skipSpaces();
    const operator = OPERATORS.find((op) => source.startsWith(op, position));
    if (!operator)
        fail('an operator: > >= < <= == === !=');
    position += operator.length;
    skipSpaces();
    const number = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?/.exec(source.slice(position))?.[0];
    if (!number)
        fail('a number');
    const numberColumn = position + 1;
    position += number.length;
    skipSpaces();
    let unit;
    const unitText = /^(ms|s|m|h|%)/.exec(source.slice(position))?.[0];
    if (unitText) {
        unit = unitText;
        position += unitText.length;
    }
    skipSpaces();
    if (position < source.length)
        fail(unit ? 'the end of the threshold' : 'a unit (ms, s, m, h, %) or the end of the threshold');
    let value = Number(number);
    if (unit === '%')
        value = aggregation === 'rate' ? value / 100 : value;
    else if (unit)
        value *= UNIT_FACTORS[unit];
    const range = aggregation === 'rate' ? RATE_DOMAIN : (domain ?? impliedDomain(aggregation, unit));
    const problem = range === undefined ? undefined : rangeProblem(operator, value, range);
    if (problem !== undefined) {
        const named = whole ?? source.trim();
        const column = numberColumn + (whole === undefined ? 0 : whole.length - source.length);
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`threshold '${named}' is impossible: ${problem}`, { column });
    }
    return { source: source.trim(), aggregation, percentile, operator: operator, value, unit };
}
function compare(actual, operator, expected) {
    switch (operator) {
        case '>':
            return actual > expected;
        case '>=':
            return actual >= expected;
        case '<':
            return actual < expected;
        case '<=':
            return actual <= expected;
        case '==':
        case '===':
            return actual === expected;
        case '!=':
            return actual !== expected;
    }
}
/** The value of `threshold`'s aggregation in `metrics`. */
function aggregate(threshold, metrics) {
    if (threshold.aggregation === 'p')
        return metrics.percentile?.(threshold.percentile ?? 0);
    return metrics[threshold.aggregation];
}
/** Checks a threshold; a metric without the needed aggregation fails (never a silent pass). */
function evaluateThreshold(threshold, metrics) {
    const actual = aggregate(threshold, metrics);
    if (actual === undefined || Number.isNaN(actual))
        return { passed: false, actual: undefined };
    return { passed: compare(actual, threshold.operator, threshold.value), actual };
}
/** Nearest-rank percentile of sorted ascending values (k6 and most load tools interpolate; we interpolate too). */
function percentileOfSorted(sorted, n) {
    if (sorted.length === 0)
        return NaN;
    if (sorted.length === 1)
        return sorted[0];
    const rank = (n / 100) * (sorted.length - 1);
    const lower = Math.floor(rank);
    const upper = Math.ceil(rank);
    return sorted[lower] + (sorted[upper] - sorted[lower]) * (rank - lower);
}
/** 'p(95) < 1000' -> 'p(95)' etc., for tables. */
function describeAggregation(threshold) {
    return threshold.aggregation === 'p' ? `p(${threshold.percentile})` : threshold.aggregation;
}


/***/ }),

/***/ 2712:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  o2: () => (/* binding */ evaluateAssertion),
  Mw: () => (/* binding */ needsBody),
  MV: () => (/* binding */ parseAssertion),
  Wm: () => (/* binding */ usesRegex)
});

// UNUSED EXPORTS: describeValue

// EXTERNAL MODULE: ./packages/shared/src/action/errors.ts
var errors = __nccwpck_require__(6774);
// EXTERNAL MODULE: ./packages/shared/src/action/suggest.ts
var suggest = __nccwpck_require__(7363);
;// CONCATENATED MODULE: ./packages/shared/src/probe/jsonpath.ts
/**
 * The JSONPath subset smoke checks need: `$`, `.name`, `['name']`, `[0]`, `[-1]`, `[*]`, `.*` and `..name`.
 * A definite path (no wildcard, no `..`) yields one value or `undefined`; an indefinite one yields the
 * array of every match, as Hurl and Jayway do.
 */

/** A path that does not parse; the place's column is 1-based within the path. */
function syntaxError(message, column) {
    return new errors/* UserError */.yo(message, { column });
}
const NAME = /^[A-Za-z_$][\w$-]*/;
function compileJsonPath(source) {
    const path = source.trim();
    if (!path.startsWith('$'))
        throw syntaxError(`a JSONPath starts with '$', got '${source}'`, 1);
    const segments = [];
    let position = 1;
    while (position < path.length) {
        const rest = path.slice(position);
        if (rest.startsWith('..')) {
            position += 2;
            if (path[position] === '*') {
                segments.push({ kind: 'descendant', key: undefined });
                position += 1;
                continue;
            }
            const name = NAME.exec(path.slice(position));
            if (!name)
                throw syntaxError(`expected a member name after '..'`, position + 1);
            segments.push({ kind: 'descendant', key: name[0] });
            position += name[0].length;
        }
        else if (rest.startsWith('.')) {
            position += 1;
            if (path[position] === '*') {
                segments.push({ kind: 'wildcard' });
                position += 1;
                continue;
            }
            const name = NAME.exec(path.slice(position));
            if (!name)
                throw syntaxError(`expected a member name after '.'`, position + 1);
            segments.push({ kind: 'key', key: name[0] });
            position += name[0].length;
        }
        else if (rest.startsWith('[')) {
            const close = findBracketEnd(path, position);
            const inner = path.slice(position + 1, close).trim();
            if (inner === '*')
                segments.push({ kind: 'wildcard' });
            else if (/^-?\d+$/.test(inner))
                segments.push({ kind: 'index', index: Number(inner) });
            else if (/^'(?:[^'\\]|\\.)*'$/.test(inner) || /^"(?:[^"\\]|\\.)*"$/.test(inner)) {
                segments.push({ kind: 'key', key: inner.slice(1, -1).replace(/\\(.)/g, '$1') });
            }
            else {
                throw syntaxError(`expected an index, '*' or a quoted name inside [ ], got '${inner}'`, position + 2);
            }
            position = close + 1;
        }
        else {
            throw syntaxError(`unexpected '${rest[0]}' (expected '.', '..' or '[')`, position + 1);
        }
    }
    const definite = segments.every((segment) => segment.kind === 'key' || segment.kind === 'index');
    return {
        source: path,
        definite,
        evaluate(document) {
            let nodes = [document];
            for (const segment of segments)
                nodes = nodes.flatMap((node) => step(node, segment));
            return definite ? nodes[0] : nodes;
        },
    };
}
function findBracketEnd(path, open) {
    let quote;
    for (let index = open + 1; index < path.length; index++) {
        const char = path[index];
        if (quote) {
            if (char === '\\')
                index++;
            else if (char === quote)
                quote = undefined;
        }
        else if (char === "'" || char === '"')
            quote = char;
        else if (char === ']')
            return index;
    }
    throw syntaxError(`'[' is never closed`, open + 1);
}
function step(node, segment) {
    switch (segment.kind) {
        case 'key':
            return isObject(node) && Object.hasOwn(node, segment.key) ? [node[segment.key]] : [];
        case 'index': {
            if (!Array.isArray(node))
                return [];
            const index = segment.index < 0 ? node.length + segment.index : segment.index;
            return index >= 0 && index < node.length ? [node[index]] : [];
        }
        case 'wildcard':
            return Array.isArray(node) ? node : isObject(node) ? Object.values(node) : [];
        case 'descendant': {
            const found = [];
            const visit = (value) => {
                if (segment.key === undefined) {
                    for (const child of children(value)) {
                        found.push(child);
                        visit(child);
                    }
                    return;
                }
                if (isObject(value) && Object.hasOwn(value, segment.key))
                    found.push(value[segment.key]);
                for (const child of children(value))
                    visit(child);
            };
            visit(node);
            return found;
        }
    }
}
function children(value) {
    return Array.isArray(value) ? value : isObject(value) ? Object.values(value) : [];
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./packages/shared/src/probe/assertions.ts
/**
 * Response assertions in Hurl's syntax, one per line:
 *
 *   status == 200            status == 2xx            status in [200, 204, 3xx]       status < 500
 *   header "Content-Type" contains "json"             header "X-Request-Id" exists
 *   body contains "ok"       body matches /"status":\s*"ok"/
 *   jsonpath "$.status" == "ok"    jsonpath "$.items" count >= 1    jsonpath "$.id" isInteger
 *   duration < 500ms         not / negation: jsonpath "$.error" not exists
 *
 * `query [filter] [not] predicate [value]`. Parsing happens once, before any request; errors carry the column.
 * A regular expression (`matches`, or a /regex/ value) is tested through a `RegexTest` the caller gives: the
 * probe runs it off the main thread within the check's timeout (see regex.ts).
 */



const COMPARISONS = ['==', '!=', '>', '>=', '<', '<='];
const TYPE_PREDICATES = [
    'isString',
    'isNumber',
    'isInteger',
    'isFloat',
    'isBoolean',
    'isNull',
    'isArray',
    'isObject',
    'isCollection',
    'isEmpty',
];
const STRING_PREDICATES = ['contains', 'startsWith', 'endsWith', 'matches'];
/** An assertion that does not parse; the place's column is 1-based in the assertion text. */
function assertions_syntaxError(message, column) {
    return new errors/* UserError */.yo(`${message} (column ${column})`, { column });
}
function tokenize(text, substitute) {
    const tokens = [];
    let index = 0;
    while (index < text.length) {
        const char = text[index] ?? '';
        const column = index + 1;
        if (/\s/.test(char)) {
            index++;
        }
        else if (char === '"') {
            let end = index + 1;
            while (end < text.length && text[end] !== '"')
                end += text[end] === '\\' ? 2 : 1;
            if (end >= text.length)
                throw assertions_syntaxError('unterminated string', column);
            const raw = text.slice(index, end + 1);
            let value;
            try {
                value = JSON.parse(raw);
            }
            catch {
                throw assertions_syntaxError(`invalid escape in string ${raw}`, column);
            }
            tokens.push({ kind: 'string', text: raw, value: substitute(value), column });
            index = end + 1;
        }
        else if (char === '/') {
            let end = index + 1;
            while (end < text.length && text[end] !== '/')
                end += text[end] === '\\' ? 2 : 1;
            if (end >= text.length)
                throw assertions_syntaxError('unterminated regular expression', column);
            const flags = /^[dgimsuy]*/.exec(text.slice(end + 1))?.[0] ?? '';
            const pattern = text.slice(index + 1, end);
            const value = compileRegex(pattern, flags, column);
            tokens.push({ kind: 'regex', value, text: text.slice(index, end + 1 + flags.length), column });
            index = end + 1 + flags.length;
        }
        else if (/[<>=!]/.test(char)) {
            const op = /^(==|!=|>=|<=|>|<)/.exec(text.slice(index))?.[0];
            if (!op)
                throw assertions_syntaxError(`unexpected '${char}' (operators are ${COMPARISONS.join(' ')})`, column);
            tokens.push({ kind: 'op', text: op, column });
            index += op.length;
        }
        else if (char === '[' || char === ']' || char === ',') {
            tokens.push({ kind: 'punct', text: char, column });
            index++;
        }
        else {
            const match = /^[^\s[\],<>=!"]+/.exec(text.slice(index));
            const word = match?.[0] ?? char;
            const number = /^(-?\d+(?:\.\d+)?)(ms|s|m)?$/.exec(word);
            if (number)
                tokens.push({ kind: 'number', value: Number(number[1]), unit: number[2] ?? '', text: word, column });
            else
                tokens.push({ kind: 'word', text: word, column });
            index += word.length;
        }
    }
    return tokens;
}
function compileRegex(pattern, flags, column) {
    try {
        return new RegExp(pattern, flags);
    }
    catch (error) {
        throw assertions_syntaxError(`invalid regular expression /${pattern}/: ${error.message}`, column);
    }
}
// ---------------------------------------------------------------------------------------------- parser
/** Parse one assertion; throws a UserError naming the column. */
function parseAssertion(text, options = {}) {
    const tokens = tokenize(text, options.substitute ?? ((value) => value));
    let position = 0;
    const peek = () => tokens[position];
    const end = text.length + 1;
    const next = (what) => {
        const token = tokens[position++];
        if (!token)
            throw assertions_syntaxError(`expected ${what} but the assertion ended`, end);
        return token;
    };
    const first = next('a query (status, header, body, jsonpath, duration)');
    let query;
    const queryName = first.kind === 'word' ? first.text : '';
    switch (queryName) {
        case 'status':
        case 'body':
        case 'duration':
            query = { kind: queryName };
            break;
        case 'header': {
            const name = next('a header name in double quotes');
            if (name.kind !== 'string')
                throw assertions_syntaxError('expected a header name in double quotes', name.column);
            query = { kind: 'header', name: name.value.toLowerCase() };
            break;
        }
        case 'jsonpath': {
            const path = next('a JSONPath in double quotes, e.g. "$.status"');
            if (path.kind !== 'string')
                throw assertions_syntaxError('expected a JSONPath in double quotes, e.g. "$.status"', path.column);
            try {
                query = { kind: 'jsonpath', path: compileJsonPath(path.value) };
            }
            catch (error) {
                if (!(error instanceof errors/* UserError */.yo))
                    throw error;
                throw assertions_syntaxError(`invalid JSONPath: ${error.reason}`, path.column + (error.place.column ?? 1));
            }
            break;
        }
        default:
            throw assertions_syntaxError(`unknown query '${'text' in first ? first.text : ''}'${queryName ? (0,suggest/* didYouMean */.au)(queryName, ['status', 'header', 'body', 'jsonpath', 'duration']) : ''}; expected status, header, body, jsonpath or duration`, first.column);
    }
    let filter;
    if (peek()?.kind === 'word' && peek().text === 'count') {
        if (query.kind === 'status' || query.kind === 'duration') {
            throw assertions_syntaxError(`'count' applies to body, header or jsonpath`, peek().column);
        }
        filter = 'count';
        position++;
    }
    let negated = false;
    if (peek()?.kind === 'word' && peek().text === 'not') {
        negated = true;
        position++;
    }
    const predicateToken = next('a predicate (==, !=, <, <=, >, >=, in, contains, matches, exists, isString, ...)');
    let predicate;
    if (predicateToken.kind === 'op') {
        predicate = { kind: 'compare', op: predicateToken.text, value: parseValue(next('a value'), query) };
    }
    else if (predicateToken.kind === 'word' && predicateToken.text === 'in') {
        const open = next("'['");
        if (open.kind !== 'punct' || open.text !== '[')
            throw assertions_syntaxError("expected '[' after 'in'", open.column);
        const values = [];
        for (;;) {
            values.push(parseValue(next('a value'), query));
            const separator = next("',' or ']'");
            if (separator.kind === 'punct' && separator.text === ']')
                break;
            if (separator.kind !== 'punct' || separator.text !== ',') {
                throw assertions_syntaxError("expected ',' or ']'", separator.column);
            }
        }
        predicate = { kind: 'in', values };
    }
    else if (predicateToken.kind === 'word' && isOneOf(predicateToken.text, STRING_PREDICATES)) {
        const valueToken = next('a value');
        const value = parseValue(valueToken, query);
        if (predicateToken.text === 'matches') {
            if (value.kind === 'regex')
                predicate = { kind: 'matches', value, regex: value.value };
            else if (value.kind === 'string')
                predicate = { kind: 'matches', value, regex: compileRegex(value.value, '', valueToken.column) };
            else
                throw assertions_syntaxError("'matches' takes a /regex/ or a string", predicateToken.column);
        }
        else
            predicate = { kind: predicateToken.text, value };
    }
    else if (predicateToken.kind === 'word' && predicateToken.text === 'exists') {
        predicate = { kind: 'exists' };
    }
    else if (predicateToken.kind === 'word' && isOneOf(predicateToken.text, TYPE_PREDICATES)) {
        predicate = { kind: predicateToken.text };
    }
    else if (query.kind === 'status' && (predicateToken.kind === 'number' || predicateToken.kind === 'word')) {
        // `status 200` / `status 2xx`, as in Hurl's `HTTP 200` line.
        predicate = { kind: 'compare', op: '==', value: parseValue(predicateToken, query) };
    }
    else {
        const got = 'text' in predicateToken ? predicateToken.text : '';
        const known = [...COMPARISONS, 'in', ...STRING_PREDICATES, 'exists', ...TYPE_PREDICATES];
        throw assertions_syntaxError(`unknown predicate '${got}'${got ? (0,suggest/* didYouMean */.au)(got, known) : ''}; expected one of ${known.join(', ')}`, predicateToken.column);
    }
    const extra = peek();
    if (extra)
        throw assertions_syntaxError(`unexpected '${'text' in extra ? extra.text : ''}' after the predicate`, extra.column);
    return { source: text.trim(), query, filter, negated, predicate };
}
function parseValue(token, query) {
    switch (token.kind) {
        case 'string':
            return { kind: 'string', value: token.value };
        case 'regex':
            return { kind: 'regex', value: token.value };
        case 'number': {
            if (token.unit && query.kind !== 'duration') {
                throw assertions_syntaxError(`a unit ('${token.unit}') only makes sense for duration`, token.column);
            }
            const factor = token.unit === 's' ? 1000 : token.unit === 'm' ? 60_000 : 1;
            return { kind: 'number', value: token.value * factor };
        }
        case 'word': {
            if (token.text === 'true' || token.text === 'false')
                return { kind: 'boolean', value: token.text === 'true' };
            if (token.text === 'null')
                return { kind: 'null' };
            const statusClass = /^([1-5])xx$/i.exec(token.text);
            if (statusClass && query.kind === 'status')
                return { kind: 'status-class', digit: Number(statusClass[1]) };
            throw assertions_syntaxError(`expected a value (a number, "string", /regex/, true, false, null${query.kind === 'status' ? ', 2xx' : ''}), got '${token.text}'`, token.column);
        }
        default:
            throw assertions_syntaxError(`expected a value, got '${token.text}'`, token.column);
    }
}
function isOneOf(text, list) {
    return list.includes(text);
}
// ---------------------------------------------------------------------------------------------- evaluation
const MISSING = Symbol('missing');
/** Does this assertion test a regular expression (`matches`, or a /regex/ value)? */
function usesRegex(assertion) {
    const { predicate } = assertion;
    if (predicate.kind === 'matches')
        return true;
    if (predicate.kind === 'in')
        return predicate.values.some((value) => value.kind === 'regex');
    return 'value' in predicate && predicate.value.kind === 'regex';
}
/** Does this assertion need the response body? (TCP checks and HEAD requests have none.) */
function needsBody(assertion) {
    return assertion.query.kind === 'body' || assertion.query.kind === 'jsonpath';
}
/**
 * Evaluate one assertion; undefined when it holds, otherwise expected versus actual. `redact` masks secrets in
 * the response before an excerpt of it is cut for the failure (a cut secret could no longer be found whole).
 */
function evaluateAssertion(assertion, response, redact = unchanged, regexTest = testHere) {
    let actual;
    let jsonError;
    const { query } = assertion;
    switch (query.kind) {
        case 'status':
            actual = response.status ?? MISSING;
            break;
        case 'duration':
            actual = Math.round(response.durationMs * 1000) / 1000;
            break;
        case 'body':
            actual = response.body ?? MISSING;
            break;
        case 'header': {
            const value = response.headers?.[query.name];
            actual = value === undefined ? MISSING : Array.isArray(value) ? value.join(', ') : value;
            break;
        }
        case 'jsonpath': {
            if (response.body === undefined) {
                actual = MISSING;
                jsonError = 'no body';
                break;
            }
            try {
                const document = JSON.parse(response.body);
                const found = query.path.evaluate(document);
                actual = found === undefined ? MISSING : found;
            }
            catch {
                actual = MISSING;
                jsonError = `body is not JSON: ${describeValue(response.body, undefined, redact)}`;
            }
            break;
        }
    }
    if (assertion.filter === 'count' && actual !== MISSING) {
        actual = Array.isArray(actual)
            ? actual.length
            : typeof actual === 'string'
                ? actual.length
                : typeof actual === 'object' && actual !== null
                    ? Object.keys(actual).length
                    : MISSING;
    }
    const regexes = { test: regexTest, timedOut: false };
    const holds = test(assertion.predicate, actual, regexes);
    if (regexes.timedOut) {
        return {
            assertion: assertion.source,
            expected: (assertion.negated ? 'not ' : '') + expectation(assertion.predicate),
            actual: `no answer: the regular expression ran past the check's timeout on ${typeof actual === 'string' ? `${actual.length} characters` : 'the value'}`,
            timedOut: true,
        };
    }
    if (holds !== assertion.negated)
        return undefined;
    return {
        assertion: assertion.source,
        expected: (assertion.negated ? 'not ' : '') + expectation(assertion.predicate),
        actual: jsonError ?? (actual === MISSING ? 'missing' : describeValue(actual, undefined, redact)),
    };
}
function testHere(regex, text) {
    regex.lastIndex = 0;
    return regex.test(text);
}
function runRegex(regexes, regex, text) {
    const result = regexes.test(regex, text);
    if (result === undefined)
        regexes.timedOut = true;
    return result ?? false;
}
function test(predicate, actual, regexes) {
    if (predicate.kind === 'exists')
        return actual !== MISSING;
    if (actual === MISSING)
        return false;
    switch (predicate.kind) {
        case 'compare':
            return compare(predicate.op, actual, predicate.value, regexes);
        case 'in':
            return predicate.values.some((value) => compare('==', actual, value, regexes));
        case 'contains':
            if (Array.isArray(actual))
                return actual.some((item) => equals(item, predicate.value, regexes));
            return typeof actual === 'string' && typeof assertions_valueOf(predicate.value) === 'string'
                ? actual.includes(assertions_valueOf(predicate.value))
                : false;
        case 'startsWith':
            return typeof actual === 'string' && actual.startsWith(String(assertions_valueOf(predicate.value)));
        case 'endsWith':
            return typeof actual === 'string' && actual.endsWith(String(assertions_valueOf(predicate.value)));
        case 'matches':
            return typeof actual === 'string' && runRegex(regexes, predicate.regex, actual);
        case 'isString':
            return typeof actual === 'string';
        case 'isNumber':
            return typeof actual === 'number';
        case 'isInteger':
            return typeof actual === 'number' && Number.isInteger(actual);
        case 'isFloat':
            return typeof actual === 'number' && !Number.isInteger(actual);
        case 'isBoolean':
            return typeof actual === 'boolean';
        case 'isNull':
            return actual === null;
        case 'isArray':
            return Array.isArray(actual);
        case 'isObject':
            return typeof actual === 'object' && actual !== null && !Array.isArray(actual);
        case 'isCollection':
            return typeof actual === 'object' && actual !== null;
        case 'isEmpty':
            return Array.isArray(actual)
                ? actual.length === 0
                : typeof actual === 'string'
                    ? actual.length === 0
                    : typeof actual === 'object' && actual !== null && Object.keys(actual).length === 0;
    }
}
function compare(op, actual, value, regexes) {
    if (value.kind === 'status-class') {
        const matches = typeof actual === 'number' && Math.floor(actual / 100) === value.digit;
        if (op === '==')
            return matches;
        if (op === '!=')
            return !matches;
        return false;
    }
    if (op === '==')
        return equals(actual, value, regexes);
    if (op === '!=')
        return !equals(actual, value, regexes);
    const left = toNumber(actual);
    const right = value.kind === 'number' ? value.value : value.kind === 'string' ? undefined : undefined;
    if (left !== undefined && right !== undefined) {
        return op === '>' ? left > right : op === '>=' ? left >= right : op === '<' ? left < right : left <= right;
    }
    // Strings compare lexically (e.g. ISO dates), as in Hurl.
    if (typeof actual === 'string' && value.kind === 'string') {
        const r = value.value;
        return op === '>' ? actual > r : op === '>=' ? actual >= r : op === '<' ? actual < r : actual <= r;
    }
    return false;
}
function equals(actual, value, regexes) {
    switch (value.kind) {
        case 'number':
            return toNumber(actual) === value.value && (typeof actual === 'number' || typeof actual === 'string');
        case 'string':
            return actual === value.value;
        case 'boolean':
            return actual === value.value;
        case 'null':
            return actual === null;
        case 'regex':
            return typeof actual === 'string' && runRegex(regexes, value.value, actual);
        case 'status-class':
            return typeof actual === 'number' && Math.floor(actual / 100) === value.digit;
    }
}
/** Numbers, and header values such as Content-Length that are numbers in text. */
function toNumber(actual) {
    if (typeof actual === 'number')
        return actual;
    if (typeof actual === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(actual))
        return Number(actual);
    return undefined;
}
function assertions_valueOf(value) {
    switch (value.kind) {
        case 'null':
            return null;
        case 'status-class':
            return `${value.digit}xx`;
        default:
            return value.value;
    }
}
function showValue(value) {
    switch (value.kind) {
        case 'string':
            return JSON.stringify(value.value);
        case 'regex':
            return String(value.value);
        default:
            return String(assertions_valueOf(value));
    }
}
function expectation(predicate) {
    switch (predicate.kind) {
        case 'compare':
            return `${predicate.op} ${showValue(predicate.value)}`;
        case 'in':
            return `in [${predicate.values.map(showValue).join(', ')}]`;
        case 'contains':
        case 'startsWith':
        case 'endsWith':
        case 'matches':
            return `${predicate.kind} ${showValue(predicate.value)}`;
        default:
            return predicate.kind;
    }
}
const unchanged = (text) => text;
/**
 * A short, single-line rendering of an actual value for reports. `redact` masks secrets before the cut (in the
 * value, then in its JSON rendering), so no cut leaves a secret's prefix behind.
 */
function describeValue(value, limit = 200, redact = unchanged) {
    const masked = typeof value === 'string' ? redact(value) : value;
    const text = redact(typeof masked === 'string' ? JSON.stringify(masked) : (JSON.stringify(masked) ?? String(masked)));
    return text.length > limit ? `${text.slice(0, limit)}… (${text.length} chars)` : text;
}


/***/ }),

/***/ 3205:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  JC: () => (/* binding */ Prober)
});

// UNUSED EXPORTS: DEFAULT_STATUS_ASSERTION, describeFailure, probeTcp

// EXTERNAL MODULE: ./packages/shared/src/probe/assertions.ts + 1 modules
var probe_assertions = __nccwpck_require__(2712);
;// CONCATENATED MODULE: ./packages/shared/src/probe/errors.ts
const CODE_KINDS = {
    ECONNREFUSED: 'refused',
    ECONNRESET: 'reset',
    EPIPE: 'reset',
    UND_ERR_SOCKET: 'reset',
    UND_ERR_CLOSED: 'reset',
    ECONNABORTED: 'reset',
    UND_ERR_CONNECT_TIMEOUT: 'connect-timeout',
    ETIMEDOUT: 'connect-timeout',
    UND_ERR_HEADERS_TIMEOUT: 'timeout',
    UND_ERR_BODY_TIMEOUT: 'timeout',
    ENOTFOUND: 'dns',
    EAI_AGAIN: 'dns',
    EAI_NONAME: 'dns',
};
/** Map a network error (undici or node:net, possibly wrapped in `cause`) to an ErrorKind. */
function classifyNetworkError(error) {
    for (let current = error, depth = 0; current && depth < 5; depth++) {
        const code = current.code;
        if (typeof code === 'string') {
            const kind = CODE_KINDS[code];
            if (kind)
                return kind;
            if (/^(ERR_TLS|ERR_SSL|CERT_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|ERR_OSSL)/.test(code))
                return 'tls';
        }
        current = current.cause;
    }
    return 'other';
}
/** The most specific message in an error's cause chain, on one line. */
function errorMessage(error) {
    const parts = [];
    for (let current = error, depth = 0; current && depth < 5; depth++) {
        const { message, code } = current;
        const text = typeof message === 'string' && message ? message : String(current);
        const withCode = typeof code === 'string' && !text.includes(code) ? `${text} (${code})` : text;
        if (!parts.includes(withCode))
            parts.push(withCode);
        current = current.cause;
    }
    return parts.join(': ').replace(/\s+/g, ' ');
}

;// CONCATENATED MODULE: ./packages/shared/src/probe/transport.ts
/** The statuses a followed redirect is taken on (as undici's redirect interceptor and the fetch standard do). */
const REDIRECT_STATUSES = new Set([300, 301, 302, 303, 307, 308]);

;// CONCATENATED MODULE: ./packages/shared/src/probe/http-node.ts

const CREDENTIALS = new Set(['authorization', 'cookie', 'proxy-authorization']);
/** The request a redirect leads to, or an error for a loop; undefined when the response is the final one. */
function nextHop(hop, status, location, visited) {
    if (!REDIRECT_STATUSES.has(status) || location === undefined)
        return undefined;
    let url;
    try {
        url = new URL(location, hop.url);
    }
    catch {
        return new Error(`invalid redirect location '${location}'`);
    }
    url.hash = '';
    if (visited.some((seen) => seen.href === url.href))
        return new Error(`redirect loop: ${url.href} was already visited`);
    let { method, body } = hop;
    // RFC 9110 15.4: POST becomes GET on 301/302 (as browsers do), and any method but HEAD on 303.
    if (((status === 301 || status === 302) && method === 'POST') || (status === 303 && method !== 'HEAD')) {
        method = 'GET';
        body = undefined;
    }
    const crossOrigin = url.origin !== hop.url.origin;
    const headers = {};
    for (const [name, value] of Object.entries(hop.headers)) {
        const lower = name.toLowerCase();
        if (lower === 'host' || (status === 303 && lower.startsWith('content-')))
            continue;
        if (crossOrigin && CREDENTIALS.has(lower))
            continue;
        headers[name] = value;
    }
    return { method, url, headers, body };
}
/** Repeated headers as an array, single ones as a string: the shape undici gives, whichever transport ran. */
function headersOf(response) {
    const headers = {};
    for (const [name, values] of Object.entries(response.headersDistinct)) {
        if (values)
            headers[name] = values.length === 1 ? values[0] : values;
    }
    return headers;
}
function connectTimeoutError(url, socketPath, timeoutMs) {
    const address = socketPath ?? `${url.hostname}:${url.port || (url.protocol === 'https:' ? 443 : 80)}`;
    return Object.assign(new Error(`Connect Timeout Error (attempted address: ${address}, timeout: ${timeoutMs}ms)`), {
        code: 'ETIMEDOUT',
    });
}
class NodeHttpTransport {
    #agents = new Map();
    /** Every socket made, connecting ones included, so that close() ends them all at once. */
    #sockets = new Set();
    #options;
    constructor(options) {
        this.#options = options;
    }
    send(check, headers, events) {
        const visited = [];
        let current;
        let done = false;
        const fail = (error) => {
            if (done)
                return;
            done = true;
            events.error(error);
        };
        const sendHop = (hop) => {
            visited.push(hop.url);
            let request;
            try {
                request = this.#request(check, hop);
            }
            catch (error) {
                fail(error);
                return;
            }
            current = request;
            request.on('error', fail);
            request.on('socket', (socket) => this.#watchConnect(check, hop, request, socket));
            request.on('response', (response) => {
                if (done) {
                    response.resume();
                    return;
                }
                const location = response.headers.location;
                const redirect = check.followRedirects && visited.length <= check.maxRedirects
                    ? nextHop(hop, response.statusCode, location, visited)
                    : undefined;
                if (redirect instanceof Error) {
                    response.resume();
                    fail(redirect);
                    return;
                }
                if (redirect) {
                    // A redirect's own body is not wanted; the connection goes back to the pool once it is read.
                    response.resume();
                    response.on('end', () => {
                        if (!done)
                            sendHop(redirect);
                    });
                    response.on('error', fail);
                    return;
                }
                events.headers(response.statusCode, headersOf(response));
                response.on('data', (chunk) => {
                    if (!done)
                        events.data(chunk);
                });
                response.on('end', () => {
                    if (done)
                        return;
                    done = true;
                    events.end();
                });
                response.on('error', fail);
            });
            request.end(hop.body);
        };
        sendHop({ method: check.method, url: check.url, headers, body: check.body });
        return (reason) => {
            current?.destroy(reason);
            fail(reason);
        };
    }
    #request(check, hop) {
        const secure = hop.url.protocol === 'https:';
        // https (and with it tls) is loaded only by a run that checks an https URL.
        const client = process.getBuiltinModule(secure ? 'node:https' : 'node:http');
        const key = `${hop.url.protocol}|${check.verifyTls}`;
        let agent = this.#agents.get(key);
        if (!agent) {
            agent = new client.Agent({
                keepAlive: true,
                maxSockets: this.#options.connectionsPerOrigin,
                ...(secure ? { rejectUnauthorized: check.verifyTls } : {}),
            });
            this.#agents.set(key, agent);
        }
        const headers = { ...hop.headers };
        if (hop.body !== undefined && !Object.keys(headers).some((name) => name.toLowerCase() === 'content-length'))
            headers['content-length'] = String(Buffer.byteLength(hop.body));
        return client.request({
            protocol: hop.url.protocol,
            // An IPv6 literal comes bracketed in a URL, and bare in a socket address.
            hostname: hop.url.hostname.replace(/^\[(.*)\]$/, '$1'),
            port: hop.url.port || undefined,
            path: hop.url.pathname + hop.url.search,
            method: hop.method,
            headers,
            agent,
            ...(check.socketPath === undefined ? {} : { socketPath: check.socketPath }),
            ...(secure ? { rejectUnauthorized: check.verifyTls } : {}),
        });
    }
    /** A new connection has `connectTimeoutMs` to be made, its TLS handshake included; a reused one is made. */
    #watchConnect(check, hop, request, socket) {
        if (!this.#sockets.has(socket)) {
            this.#sockets.add(socket);
            socket.once('close', () => this.#sockets.delete(socket));
        }
        if (request.reusedSocket)
            return;
        const secure = hop.url.protocol === 'https:';
        if (!secure && !socket.connecting)
            return;
        const timer = setTimeout(() => request.destroy(connectTimeoutError(hop.url, check.socketPath, check.connectTimeoutMs)), check.connectTimeoutMs);
        const connected = () => clearTimeout(timer);
        socket.once(secure ? 'secureConnect' : 'connect', connected);
        socket.once('close', connected);
    }
    async close() {
        for (const socket of this.#sockets)
            socket.destroy();
        this.#sockets.clear();
        for (const agent of this.#agents.values())
            agent.destroy();
        this.#agents.clear();
    }
}

;// CONCATENATED MODULE: ./packages/shared/src/probe/http-undici.ts
/** Only the agent, connector and redirect interceptor: undici's index also loads fetch, WebSocket, caches and mocks. */
const loadUndici = async () => {
    const [agent, connect, redirect] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(415), __nccwpck_require__.e(44)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1044, 23)),
        Promise.all(/* import() */[__nccwpck_require__.e(415), __nccwpck_require__.e(701)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7701, 23)),
        Promise.all(/* import() */[__nccwpck_require__.e(415), __nccwpck_require__.e(567)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8567, 23)),
    ]);
    return { Agent: agent.default, buildConnector: connect.default, interceptors: { redirect: redirect.default } };
};
class UndiciTransport {
    #agents = new Map();
    /**
     * Every socket the pools opened, connecting ones included: a probe that gave up on a connection still being
     * made (its timeout shorter than the connect timeout) leaves it to the pool, and close() ends it at once
     * rather than letting it keep the process alive until the connect timeout.
     */
    #sockets = new Set();
    #options;
    #undici;
    constructor(options, undici) {
        this.#options = options;
        this.#undici = undici;
    }
    static async load(options) {
        return new UndiciTransport(options, await loadUndici());
    }
    #dispatcher(check) {
        const key = `${check.verifyTls}|${check.connectTimeoutMs}|${check.followRedirects ? check.maxRedirects : 0}|${check.socketPath ?? ''}`;
        let dispatcher = this.#agents.get(key);
        if (!dispatcher) {
            const { Agent, buildConnector, interceptors } = this.#undici;
            const connector = buildConnector({
                timeout: check.connectTimeoutMs,
                rejectUnauthorized: check.verifyTls,
                ...(check.socketPath === undefined ? {} : { socketPath: check.socketPath }),
            });
            const sockets = this.#sockets;
            const connect = (options, callback) => {
                const socket = connector(options, callback);
                sockets.add(socket);
                socket.once('close', () => sockets.delete(socket));
                return socket;
            };
            const agent = new Agent({
                connections: this.#options.connectionsPerOrigin,
                connect,
                keepAliveTimeout: 10_000,
                // The total deadline is enforced by the prober's abort; these are backstops.
                headersTimeout: 0,
                bodyTimeout: 0,
            });
            dispatcher = check.followRedirects
                ? agent.compose(interceptors.redirect({ maxRedirections: check.maxRedirects }))
                : agent;
            this.#agents.set(key, dispatcher);
        }
        return dispatcher;
    }
    send(check, headers, events) {
        const handler = new ForwardingHandler(events);
        try {
            this.#dispatcher(check).dispatch({
                origin: check.url.origin,
                path: check.url.pathname + check.url.search,
                method: check.method,
                headers,
                body: check.body,
            }, handler);
        }
        catch (error) {
            events.error(error);
        }
        return handler.abort;
    }
    async close() {
        const agents = [...this.#agents.values()];
        this.#agents.clear();
        for (const socket of this.#sockets)
            socket.destroy();
        this.#sockets.clear();
        await Promise.all(agents.map((agent) => agent.destroy()));
    }
}
/**
 * undici's handler for one request, telling the prober's events: one object per request with its methods on the
 * prototype, as a window sends tens of thousands of requests a second.
 */
class ForwardingHandler {
    #events;
    #controller;
    #aborted;
    constructor(events) {
        this.#events = events;
    }
    /** Aborts the request, or keeps it from being sent when it still waits for a connection from the pool. */
    abort = (reason) => {
        this.#aborted = reason;
        this.#controller?.abort(reason);
    };
    onRequestStart(controller) {
        this.#controller = controller;
        if (this.#aborted)
            controller.abort(this.#aborted);
    }
    onResponseStart(_controller, statusCode, headers) {
        if (statusCode >= 200)
            this.#events.headers(statusCode, headers); // 1xx: the real response follows
    }
    onResponseData(_controller, chunk) {
        this.#events.data(chunk);
    }
    onResponseEnd() {
        this.#events.end();
    }
    onResponseError(_controller, error) {
        this.#events.error(error);
    }
}

;// CONCATENATED MODULE: ./packages/shared/src/probe/regex.ts
// A script, not a module file: nothing to bundle beside the action, and no import in the worker.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const compiled = new Map();
parentPort.on('message', ({ id, source, flags, text }) => {
  const key = flags + '/' + source;
  let regex = compiled.get(key);
  if (!regex) {
    regex = new RegExp(source, flags);
    if (compiled.size < 256) compiled.set(key, regex);
  }
  regex.lastIndex = 0;
  parentPort.postMessage({ id, matched: regex.test(text) });
});
`;
class RegexRunner {
    #worker;
    #online;
    #jobs = new Map();
    #nextId = 1;
    #closed = false;
    /** Starts the worker now (ahead of the first test), so its start-up is not counted in a test's budget. */
    warm() {
        if (!this.#closed)
            this.#start();
    }
    /** Tests `regex` on `text`; undefined when no answer came within `budgetMs` (or the runner was closed). */
    test(regex, text, budgetMs) {
        if (this.#closed)
            return Promise.resolve(undefined);
        return new Promise((resolve) => {
            const job = {
                id: this.#nextId++,
                source: regex.source,
                flags: regex.flags,
                text,
                budgetMs: Math.max(1, budgetMs),
                resolve,
                timer: undefined,
            };
            this.#jobs.set(job.id, job);
            this.#start().ref();
            this.#send(job);
        });
    }
    /** Stops the worker; tests still waiting resolve undefined. */
    async close() {
        this.#closed = true;
        for (const job of [...this.#jobs.values()])
            this.#finish(job, undefined);
        const worker = this.#worker;
        this.#worker = undefined;
        this.#online = undefined;
        await worker?.terminate();
    }
    #start() {
        if (this.#worker)
            return this.#worker;
        // worker_threads on first use: a run whose checks have no regex never loads it.
        const { Worker } = process.getBuiltinModule('node:worker_threads');
        const worker = new Worker(WORKER_SOURCE, { eval: true });
        this.#worker = worker;
        this.#online = new Promise((resolve) => worker.once('online', resolve));
        worker.unref();
        worker.on('message', ({ id, matched }) => {
            const job = this.#jobs.get(id);
            if (job)
                this.#finish(job, matched);
        });
        const lost = () => {
            if (this.#worker !== worker)
                return;
            this.#worker = undefined;
            // The worker died under the jobs (out of memory, say): they get no answer, as on a timeout.
            for (const job of [...this.#jobs.values()])
                this.#finish(job, undefined);
        };
        worker.on('error', lost);
        worker.on('exit', lost);
        return worker;
    }
    #send(job) {
        const worker = this.#start();
        const online = this.#online;
        void online.then(() => {
            if (this.#worker !== worker || !this.#jobs.has(job.id))
                return;
            worker.postMessage({ id: job.id, source: job.source, flags: job.flags, text: job.text });
            job.timer ??= setTimeout(() => this.#expire(job), job.budgetMs);
        });
    }
    #finish(job, matched) {
        if (!this.#jobs.delete(job.id))
            return;
        if (job.timer)
            clearTimeout(job.timer);
        job.resolve(matched);
        if (this.#jobs.size === 0)
            this.#worker?.unref();
    }
    /** Out of time: stop the match by terminating the worker, and hand the other jobs to a new one. */
    #expire(job) {
        if (!this.#jobs.has(job.id))
            return;
        const worker = this.#worker;
        this.#worker = undefined;
        this.#online = undefined;
        void worker?.terminate();
        this.#finish(job, undefined);
        if (this.#closed)
            return;
        if (this.#jobs.size === 0)
            return;
        this.#start().ref();
        for (const waiting of this.#jobs.values())
            this.#send(waiting);
    }
}

;// CONCATENATED MODULE: ./packages/shared/src/probe/probe.ts





/** Applied when a check has no status assertion of its own: a smoke test fails on 4xx/5xx. */
const DEFAULT_STATUS_ASSERTION = (0,probe_assertions/* parseAssertion */.MV)('status < 400');
/** Bodies kept for assertions are cut here; the rest is read and discarded (timing still covers it). */
const MAX_BODY_BYTES = 4 * 1024 * 1024;
/** Runs attempts; owns the connection pools, so create one per run and close it at the end. */
class Prober {
    #options;
    /** Runs the assertions' regular expressions within each check's timeout. */
    #regexes = new RegexRunner();
    /** Node's client for checks; undici, loaded by the first request of a watch window, for load. */
    #checkTransport;
    #loadTransport;
    /**
     * TCP checks' sockets: a probe that gave up on a connection still being made leaves it open, and close()
     * ends it at once rather than letting it keep the process alive until the connect timeout.
     */
    #tcp = new Set();
    constructor(options = {}) {
        this.#options = {
            connectionsPerOrigin: options.connectionsPerOrigin ?? 16,
            userAgent: options.userAgent ?? 'pipeline-actions-probe',
            redact: options.redact ?? ((text) => text),
        };
    }
    /**
     * One attempt; `use` says whether it is a check (or readiness attempt) or one request of a load window. Bound,
     * so it is passed as it is (`prober.probe`): a wrapper that drops `use` would send a window's load through the
     * checks' transport.
     */
    probe = (check, use = 'check') => check.kind === 'http' ? this.#probeHttp(check, use) : probeTcp(check, this.#tcp);
    /** Closes every connection (in-flight requests are destroyed, not awaited) and the regex worker. */
    async close() {
        for (const socket of this.#tcp)
            socket.destroy();
        this.#tcp.clear();
        const transports = [
            Promise.resolve(this.#checkTransport),
            this.#loadTransport?.catch(() => undefined) ?? Promise.resolve(undefined),
        ];
        this.#checkTransport = undefined;
        this.#loadTransport = undefined;
        await Promise.all([...transports.map(async (transport) => (await transport)?.close()), this.#regexes.close()]);
    }
    #transport(use) {
        const options = { connectionsPerOrigin: this.#options.connectionsPerOrigin };
        if (use === 'check')
            return (this.#checkTransport ??= new NodeHttpTransport(options));
        return (this.#loadTransport ??= UndiciTransport.load(options));
    }
    async #probeHttp(check, use) {
        const transport = await this.#transport(use);
        const keepBody = check.assertions.some(probe_assertions/* needsBody */.Mw);
        const regexes = check.assertions.some(probe_assertions/* usesRegex */.Wm);
        if (regexes)
            this.#regexes.warm();
        const headers = { 'user-agent': this.#options.userAgent, ...check.headers };
        return new Promise((resolve) => {
            const startedAt = performance.now();
            let settled = false;
            /** The whole response is in: what is left of the timeout is the assertions' (their regexes'). */
            let responded = false;
            let status;
            let firstByteMs;
            let responseHeaders = {};
            const chunks = [];
            let kept = 0;
            const settle = (result) => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(timer);
                resolve(result);
            };
            const timer = setTimeout(() => {
                if (responded)
                    return;
                const received = status === undefined ? '' : ` (status ${status} received)`;
                settle(failed(check.name, 'timeout', `no complete response within ${check.timeoutMs} ms${received}`, performance.now() - startedAt, startedAt, status, firstByteMs));
                // After settling: an abort reports an error, which must not win.
                abort(new Error('probe timeout'));
            }, check.timeoutMs);
            const abort = transport.send(check, headers, {
                headers(statusCode, headersIn) {
                    status = statusCode;
                    responseHeaders = headersIn;
                    firstByteMs = performance.now() - startedAt;
                },
                data(chunk) {
                    if (keepBody && kept < MAX_BODY_BYTES) {
                        chunks.push(chunk);
                        kept += chunk.length;
                    }
                },
                end: () => {
                    if (settled)
                        return;
                    const durationMs = performance.now() - startedAt;
                    const body = keepBody ? Buffer.concat(chunks).subarray(0, MAX_BODY_BYTES).toString('utf8') : undefined;
                    const view = { status, headers: responseHeaders, body, durationMs };
                    const evaluate = (regexTest) => evaluateResponse(check, view, startedAt, firstByteMs, this.#options.redact, regexTest);
                    if (!regexes) {
                        settle(evaluate());
                        return;
                    }
                    responded = true;
                    clearTimeout(timer);
                    void this.#testRegexes(check, view, check.timeoutMs - durationMs).then((regexTest) => settle(evaluate(regexTest)));
                },
                error(error) {
                    if (settled || responded)
                        return;
                    settle(networkFailure(check.name, error, startedAt, status, firstByteMs));
                },
            });
        });
    }
    /**
     * Runs every regular expression the check's assertions will test on this response, together, within
     * `budgetMs`; returns the test that answers from those results (undefined for one that ran out of time).
     */
    async #testRegexes(check, view, budgetMs) {
        const wanted = [];
        // A dry run collects the (pattern, text) pairs: `false` for each explores every branch that could test one.
        const collect = (regex, text) => {
            wanted.push([regex, text]);
            return false;
        };
        for (const assertion of check.assertions)
            (0,probe_assertions/* evaluateAssertion */.o2)(assertion, view, undefined, collect);
        const results = new Map();
        await Promise.all(wanted.map(async ([regex, text]) => {
            let byText = results.get(regex);
            if (!byText)
                results.set(regex, (byText = new Map()));
            if (byText.has(text))
                return;
            byText.set(text, undefined);
            byText.set(text, await this.#regexes.test(regex, text, budgetMs));
        }));
        return (regex, text) => results.get(regex)?.get(text);
    }
}
function evaluateResponse(check, view, startedAt, firstByteMs, redact, regexTest) {
    const assertions = check.assertions.some((assertion) => assertion.query.kind === 'status')
        ? check.assertions
        : [DEFAULT_STATUS_ASSERTION, ...check.assertions];
    const failures = [];
    for (const assertion of assertions) {
        const failure = (0,probe_assertions/* evaluateAssertion */.o2)(assertion, view, redact, regexTest);
        if (failure)
            failures.push(failure);
    }
    const ok = failures.length === 0;
    const errorKind = ok
        ? undefined
        : view.status !== undefined && view.status >= 500
            ? 'http-5xx'
            : failures.some((failure) => failure.timedOut)
                ? 'timeout'
                : 'assertion';
    return {
        check: check.name,
        ok,
        errorKind,
        error: ok ? undefined : describeFailure(failures[0]),
        durationMs: view.durationMs,
        firstByteMs,
        status: view.status,
        failures,
        startedAt,
    };
}
/** A TCP connect: the service's port accepts connections (databases, caches behind the service). */
function probeTcp(check, open) {
    const startedAt = performance.now();
    const limitMs = Math.min(check.timeoutMs, check.connectTimeoutMs);
    return new Promise((resolve) => {
        // net on first use, like undici: a gate that imports the probes for their regexes opens no socket.
        const socket = process.getBuiltinModule('node:net').connect({ host: check.host, port: check.port });
        open?.add(socket);
        socket.once('close', () => open?.delete(socket));
        const timer = setTimeout(() => {
            socket.destroy();
            resolve(failed(check.name, 'connect-timeout', `no connection within ${limitMs} ms`, limitMs, startedAt));
        }, limitMs);
        socket.once('connect', () => {
            clearTimeout(timer);
            const durationMs = performance.now() - startedAt;
            socket.destroy();
            const failures = check.assertions
                .map((assertion) => (0,probe_assertions/* evaluateAssertion */.o2)(assertion, { durationMs }))
                .filter((failure) => failure !== undefined);
            resolve({
                check: check.name,
                ok: failures.length === 0,
                errorKind: failures.length === 0 ? undefined : 'assertion',
                error: failures[0] ? describeFailure(failures[0]) : undefined,
                durationMs,
                firstByteMs: durationMs,
                status: undefined,
                failures,
                startedAt,
            });
        });
        socket.once('error', (error) => {
            clearTimeout(timer);
            socket.destroy();
            resolve(networkFailure(check.name, error, startedAt));
        });
    });
}
function describeFailure(failure) {
    return `${failure.assertion}: expected ${failure.expected}, got ${failure.actual}`;
}
/** A probe that ended on a socket or HTTP-level error, classified by kind. */
function networkFailure(check, error, startedAt, status, firstByteMs) {
    return failed(check, classifyNetworkError(error), errorMessage(error), performance.now() - startedAt, startedAt, status, firstByteMs);
}
function failed(check, errorKind, error, durationMs, startedAt, status, firstByteMs) {
    return { check, ok: false, errorKind, error, durationMs, firstByteMs, status, failures: [], startedAt };
}


/***/ }),

/***/ 9991:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Wk: () => (/* binding */ formatActual),
  pb: () => (/* binding */ runSmokeTest)
});

// UNUSED EXPORTS: describeAttempt

// EXTERNAL MODULE: ./packages/shared/src/policy/threshold.ts
var threshold = __nccwpck_require__(9530);
;// CONCATENATED MODULE: ./packages/shared/src/probe/stats.ts
/**
 * Aggregates of probe results: latency percentiles (linear interpolation between ranks, as k6 does),
 * error rate, availability and errors by kind. Samples are kept in a growing Float64Array so a long
 * watch window costs 8 bytes per request.
 */

class LatencyStats {
    #samples = new Float64Array(1024);
    #count = 0;
    #failed = 0;
    #sum = 0;
    #min = Infinity;
    #max = -Infinity;
    #sorted;
    errorsByKind = {};
    add(result) {
        if (this.#count === this.#samples.length) {
            const grown = new Float64Array(this.#samples.length * 2);
            grown.set(this.#samples);
            this.#samples = grown;
        }
        this.#samples[this.#count++] = result.durationMs;
        this.#sum += result.durationMs;
        this.#min = Math.min(this.#min, result.durationMs);
        this.#max = Math.max(this.#max, result.durationMs);
        if (!result.ok) {
            this.#failed++;
            const kind = result.errorKind ?? 'other';
            this.errorsByKind[kind] = (this.errorsByKind[kind] ?? 0) + 1;
        }
        this.#sorted = undefined;
    }
    get count() {
        return this.#count;
    }
    get failed() {
        return this.#failed;
    }
    get sum() {
        return this.#sum;
    }
    /** Sorted durations (cached until the next add). */
    sorted() {
        this.#sorted ??= this.#samples.slice(0, this.#count).sort();
        return this.#sorted;
    }
    percentile(n) {
        return (0,threshold/* percentileOfSorted */.WB)(this.sorted(), n);
    }
    /** The values thresholds are evaluated on: duration trend (ms), `rate` = error rate, `count`, availability. */
    metrics() {
        const count = this.#count;
        return {
            count,
            rate: count === 0 ? NaN : this.#failed / count,
            avg: count === 0 ? NaN : this.#sum / count,
            min: count === 0 ? NaN : this.#min,
            max: count === 0 ? NaN : this.#max,
            med: count === 0 ? NaN : this.percentile(50),
            percentile: (n) => this.percentile(n),
            availability: count === 0 ? NaN : ((count - this.#failed) / count) * 100,
        };
    }
    summary() {
        const count = this.#count;
        const empty = count === 0;
        return {
            count,
            failed: this.#failed,
            errorRate: empty ? 0 : this.#failed / count,
            availability: empty ? 0 : ((count - this.#failed) / count) * 100,
            minMs: empty ? 0 : this.#min,
            maxMs: empty ? 0 : this.#max,
            avgMs: empty ? 0 : this.#sum / count,
            p50Ms: empty ? 0 : this.percentile(50),
            p90Ms: empty ? 0 : this.percentile(90),
            p95Ms: empty ? 0 : this.percentile(95),
            p99Ms: empty ? 0 : this.percentile(99),
            errorsByKind: { ...this.errorsByKind },
        };
    }
}

// EXTERNAL MODULE: ./packages/shared/src/probe/wait-for.ts + 1 modules
var wait_for = __nccwpck_require__(9027);
// EXTERNAL MODULE: ./packages/shared/src/probe/thresholds.ts
var probe_thresholds = __nccwpck_require__(1851);
;// CONCATENATED MODULE: ./packages/shared/src/probe/watch.ts
/**
 * The watch window: repeat the checks for a duration, either at a fixed rate (open loop: request i of
 * the window is due at start + i / rate, whatever the responses do) or as fast as `concurrency`
 * connections allow (closed loop, for capacity). In-flight requests never exceed `concurrency`; a
 * fixed-rate schedule that falls behind catches up when a slot frees, so the window's rate holds.
 */


/** How often abort-on-fail re-examines the thresholds. */
const ABORT_CHECK_INTERVAL_MS = 100;
async function runWatch(checks, probe, options) {
    if (checks.length === 0)
        throw new Error('runWatch needs at least one check');
    const concurrency = Math.max(1, Math.floor(options.concurrency));
    const overall = new LatencyStats();
    const perCheck = new Map(checks.map((check) => [check.name, new LatencyStats()]));
    const totalRate = options.ratePerCheck ? options.ratePerCheck * checks.length : undefined;
    const planned = totalRate ? Math.max(1, Math.floor((options.durationMs / 1000) * totalRate)) : undefined;
    const started = performance.now();
    const deadline = started + options.durationMs;
    let stopped = false;
    let aborted;
    let launched = 0;
    let inFlight = 0;
    let wake;
    const wakeUp = () => {
        const resolve = wake;
        wake = undefined;
        resolve?.();
    };
    const pending = new Set();
    const record = (result) => {
        overall.add(result);
        perCheck.get(result.check)?.add(result);
        options.onResult?.(result);
    };
    let firstLaunchAt = 0;
    let lastLaunchAt = 0;
    const launch = (check) => {
        lastLaunchAt = performance.now();
        if (launched === 0)
            firstLaunchAt = lastLaunchAt;
        launched++;
        inFlight++;
        const task = probe(check, 'load')
            .then(record)
            .finally(() => {
            inFlight--;
            pending.delete(task);
            wakeUp();
        });
        pending.add(task);
    };
    const abortTimer = options.abortOnFail
        ? setInterval(() => {
            const elapsed = performance.now() - started;
            const share = (stats) => {
                if (planned !== undefined)
                    return Math.max(0, Math.round((planned * stats.count) / Math.max(1, overall.count)) - stats.count);
                // As fast as possible: extrapolate this check's pace to the end of the window.
                return elapsed <= 0 ? 0 : Math.max(0, Math.round((stats.count * options.durationMs) / elapsed) - stats.count);
            };
            const failing = findHopeless(options.thresholds, undefined, overall, share(overall)) ??
                [...perCheck]
                    .map(([name, stats]) => findHopeless(options.checkThresholds.get(name) ?? [], name, stats, share(stats)))
                    .find(Boolean);
            if (failing) {
                aborted = { ...failing, afterMs: elapsed };
                stopped = true;
                wakeUp();
            }
        }, ABORT_CHECK_INTERVAL_MS)
        : undefined;
    let interrupted = false;
    const interrupt = () => {
        interrupted = true;
        stopped = true;
        wakeUp();
    };
    if (options.signal?.aborted)
        interrupt();
    options.signal?.addEventListener('abort', interrupt, { once: true });
    const endTimer = setTimeout(() => {
        stopped = true;
        wakeUp();
    }, options.durationMs);
    try {
        if (totalRate === undefined) {
            // Closed loop: `concurrency` workers, each sends its next request when the previous one is done.
            let next = 0;
            const worker = async () => {
                while (!stopped && performance.now() < deadline) {
                    const check = checks[next++ % checks.length];
                    launched++;
                    record(await probe(check, 'load'));
                }
            };
            await Promise.all(Array.from({ length: concurrency }, worker));
        }
        else {
            const intervalMs = 1000 / totalRate;
            while (!stopped && launched < planned) {
                const now = performance.now();
                const due = started + launched * intervalMs;
                if (now >= due && inFlight < concurrency) {
                    launch(checks[launched % checks.length]);
                    continue;
                }
                const wait = new Promise((resolve) => (wake = resolve));
                const timer = inFlight < concurrency ? setTimeout(wakeUp, Math.max(0, due - now)) : undefined;
                await wait;
                if (timer)
                    clearTimeout(timer);
            }
            await Promise.all(pending);
        }
    }
    finally {
        clearTimeout(endTimer);
        if (abortTimer)
            clearInterval(abortTimer);
        options.signal?.removeEventListener('abort', interrupt);
    }
    const elapsedMs = performance.now() - started;
    const outcomes = [];
    for (const threshold of options.thresholds) {
        outcomes.push({ source: threshold.source, check: undefined, ...(0,probe_thresholds/* evaluateWatchThreshold */.qs)(threshold, overall) });
    }
    for (const [name, thresholds] of options.checkThresholds) {
        const stats = perCheck.get(name);
        for (const threshold of thresholds) {
            const result = stats ? (0,probe_thresholds/* evaluateWatchThreshold */.qs)(threshold, stats) : { passed: false, actual: undefined };
            outcomes.push({ source: threshold.source, check: name, ...result });
        }
    }
    return {
        overall,
        perCheck,
        thresholds: outcomes,
        passed: aborted === undefined && !interrupted && outcomes.every((outcome) => outcome.passed),
        aborted,
        interrupted,
        elapsedMs,
        achievedRate: totalRate === undefined || launched < 2
            ? launched / (elapsedMs / 1000)
            : // Measured on the launch times, so a schedule that fell behind shows it.
                (launched - 1) / ((lastLaunchAt - firstLaunchAt) / 1000),
        planned,
    };
}
function findHopeless(thresholds, check, stats, remaining) {
    const hopeless = thresholds.find((threshold) => !(0,probe_thresholds/* canStillPass */.MH)(threshold, stats, remaining));
    return hopeless ? { threshold: hopeless.source, check } : undefined;
}

;// CONCATENATED MODULE: ./packages/shared/src/probe/smoke.ts



async function runSmokeTest(settings, probe, log) {
    const startedAt = new Date();
    const started = performance.now();
    const { checks } = settings.config;
    const readiness = await log.group(settings.waitForMs > 0 ? `Readiness (up to ${settings.waitForMs} ms per check)` : 'Checks', () => Promise.all(checks.map((check) => settings.waitForMs > 0
        ? (0,wait_for/* waitFor */.f)(check, probe, {
            deadlineMs: settings.waitForMs,
            initialDelayMs: settings.retryIntervalMs,
            maxDelayMs: settings.maxRetryIntervalMs,
            onAttempt: (result, attempt) => log.info(describeAttempt(result, attempt)),
            signal: settings.signal,
            successes: settings.successes,
        })
        : probeOnce(check, probe, log))));
    const allReady = readiness.every((result) => result.ready);
    let window;
    let windowSkipped;
    let watch;
    if (settings.window && !allReady) {
        windowSkipped = 'not every check passed readiness';
    }
    else if (settings.window) {
        const { durationMs, ratePerCheck, concurrency } = settings.window;
        watch = await log.group(`Watch window: ${durationMs} ms, ${ratePerCheck === undefined ? 'as fast as possible' : `${ratePerCheck} requests/s per check`}, concurrency ${concurrency}`, async () => {
            const result = await runWatch(checks, probe, {
                durationMs,
                ratePerCheck,
                concurrency,
                thresholds: settings.config.thresholds,
                checkThresholds: settings.config.checkThresholds,
                abortOnFail: settings.abortOnFail,
                onResult: progress(log, durationMs, settings.progressIntervalMs ?? PROGRESS_INTERVAL_MS),
                signal: settings.signal,
            });
            log.info(`${result.overall.count} requests in ${Math.round(result.elapsedMs)} ms (${result.achievedRate.toFixed(1)}/s), ${result.overall.failed} failed`);
            for (const outcome of result.thresholds) {
                log.info(`${outcome.passed ? '✓' : '✗'} ${outcome.check ? `${outcome.check}: ` : ''}${outcome.source} (actual ${formatActual(outcome.actual)})`);
            }
            if (result.aborted) {
                log.warning(`Window stopped after ${Math.round(result.aborted.afterMs)} ms: ${result.aborted.check ? `check '${result.aborted.check}' ` : ''}threshold ${result.aborted.threshold} can no longer be met`);
            }
            return result;
        });
        window = {
            aborted: watch.aborted,
            interrupted: watch.interrupted,
            elapsedMs: watch.elapsedMs,
            achievedRate: watch.achievedRate,
            planned: watch.planned,
            stats: watch.overall.summary(),
            thresholds: watch.thresholds.filter((outcome) => outcome.check === undefined),
            durationMs,
            ratePerCheck,
            concurrency,
        };
    }
    const outcomes = checks.map((check, index) => {
        const thresholds = watch?.thresholds.filter((outcome) => outcome.check === check.name) ?? [];
        const ready = readiness[index];
        return {
            check,
            passed: ready.ready && thresholds.every((outcome) => outcome.passed),
            readiness: ready,
            window: watch?.perCheck.get(check.name)?.summary(),
            thresholds,
        };
    });
    let stats;
    if (watch)
        stats = watch.overall.summary();
    else {
        const last = new LatencyStats();
        for (const result of readiness)
            last.add(result.last);
        stats = last.summary();
    }
    const failedChecks = outcomes.filter((outcome) => !outcome.passed).map((outcome) => outcome.check.name);
    return {
        passed: failedChecks.length === 0 &&
            (window === undefined
                ? windowSkipped === undefined
                : window.thresholds.every((t) => t.passed) && !window.aborted && !window.interrupted) &&
            !settings.signal?.aborted,
        checks: outcomes,
        window,
        windowSkipped,
        failedChecks,
        stats,
        startedAt,
        elapsedMs: performance.now() - started,
    };
}
/** A long window logs a line this often, so it does not look stuck. */
const PROGRESS_INTERVAL_MS = 10_000;
function progress(log, durationMs, intervalMs) {
    const started = performance.now();
    let next = started + intervalMs;
    let count = 0;
    let failed = 0;
    return (result) => {
        count++;
        if (!result.ok)
            failed++;
        const now = performance.now();
        if (now < next)
            return;
        next = now + intervalMs;
        const seconds = Math.round((now - started) / 1000);
        log.info(`${seconds}/${Math.round(durationMs / 1000)} s: ${count} requests, ${failed} failed`);
    };
}
async function probeOnce(check, probe, log) {
    const result = await probe(check);
    log.info(describeAttempt(result, 1));
    return {
        check: check.name,
        ready: result.ok,
        attempts: 1,
        elapsedMs: result.durationMs,
        last: result,
        lastFailure: result.ok ? undefined : result,
    };
}
function describeAttempt(result, attempt) {
    const timing = `${result.durationMs.toFixed(1)} ms`;
    const status = result.status === undefined ? '' : ` ${result.status}`;
    return result.ok
        ? `✓ ${result.check}: attempt ${attempt} passed${status} in ${timing}`
        : `✗ ${result.check}: attempt ${attempt} failed (${result.errorKind})${status} in ${timing}: ${result.error}`;
}
function formatActual(actual) {
    if (actual === undefined)
        return 'no data';
    return Number.isInteger(actual) ? String(actual) : actual.toFixed(actual < 1 ? 4 : 2);
}


/***/ }),

/***/ 1851:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MH: () => (/* binding */ canStillPass),
/* harmony export */   qs: () => (/* binding */ evaluateWatchThreshold),
/* harmony export */   qv: () => (/* binding */ parseWatchThreshold)
/* harmony export */ });
/* harmony import */ var _policy_threshold_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9530);
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6774);
/**
 * Thresholds over a watch window, in the k6 grammar of policy/threshold.ts:
 *   p(95)<1000   avg<300   max<2s   med<200   rate<0.01 (error rate)   count>=100   availability>99.9%
 * `availability` is this module's one addition: the share of successful requests in percent.
 *
 * canStillPass() answers "can this threshold still be met?" by completing the window with the best
 * possible remaining requests (instant successes, or infinitely slow ones for `>` thresholds). When even
 * that fails, no future request can save it and abort-on-fail may stop the window.
 */


/** Parses one threshold; throws a UserError whose place is the column in the threshold. */
function parseWatchThreshold(text) {
    const source = text.trim();
    const availability = /^availability\b/i.exec(source);
    if (availability) {
        const rest = source.slice(availability[0].length);
        const threshold = parseAvailability(source, rest);
        if (threshold.aggregation !== 'value') {
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`'${source}': expected an operator after 'availability', as in availability>99.9%`, {
                column: 13,
            });
        }
        return { source, metric: 'availability', threshold: { ...threshold, source } };
    }
    // Latencies, counts and rates are never negative.
    const threshold = (0,_policy_threshold_js__WEBPACK_IMPORTED_MODULE_1__/* .parseThreshold */ .B7)(source, { min: 0, max: Infinity, describe: 'a latency is never negative' });
    if (threshold.aggregation === 'value') {
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`'${source}': name what to compare: p(95)<500ms, avg<300, max<2s, rate<0.01 (error rate), count>100 or availability>99.9%`, { column: 1 });
    }
    return { source, metric: 'latency', threshold };
}
/** The part after `availability`, in percent (0 to 100); errors name the whole threshold. */
function parseAvailability(source, rest) {
    return (0,_policy_threshold_js__WEBPACK_IMPORTED_MODULE_1__/* .parseThreshold */ .B7)(rest, { min: 0, max: 100, describe: 'availability is between 0% and 100%' }, source);
}
function evaluateWatchThreshold(threshold, stats) {
    if (stats.count === 0)
        return { passed: false, actual: undefined };
    return (0,_policy_threshold_js__WEBPACK_IMPORTED_MODULE_1__/* .evaluateThreshold */ .l2)(threshold.threshold, metricValues(threshold, stats.metrics()));
}
function metricValues(threshold, metrics) {
    return threshold.metric === 'availability' ? { value: metrics.availability } : metrics;
}
/**
 * False when the threshold fails even if every one of the `remaining` requests still to come
 * turns out as good as possible for it.
 */
function canStillPass(threshold, stats, remaining) {
    const { operator } = threshold.threshold;
    if (stats.count === 0 || operator === '==' || operator === '===' || operator === '!=')
        return true;
    const wantsLow = operator === '<' || operator === '<=';
    const count = stats.count;
    const total = count + Math.max(0, remaining);
    const extra = total - count;
    const failed = stats.failed;
    const succeeded = count - failed;
    if (threshold.metric === 'availability') {
        // wantsLow: the remaining requests all fail; else they all succeed.
        const value = ((wantsLow ? succeeded : succeeded + extra) / total) * 100;
        return (0,_policy_threshold_js__WEBPACK_IMPORTED_MODULE_1__/* .evaluateThreshold */ .l2)(threshold.threshold, { value }).passed;
    }
    const metrics = stats.metrics();
    const sorted = stats.sorted();
    const padded = (n) => percentileWithPadding(sorted, extra, wantsLow ? 0 : Infinity, n);
    const best = {
        count: wantsLow ? count : total,
        rate: (wantsLow ? failed : failed + extra) / total,
        avg: wantsLow ? stats.sum / total : extra > 0 ? Infinity : metrics.avg,
        // min only falls and max only rises as requests come in.
        min: wantsLow ? (extra > 0 ? 0 : metrics.min) : metrics.min,
        max: wantsLow ? metrics.max : extra > 0 ? Infinity : metrics.max,
        med: padded(50),
        percentile: padded,
    };
    return (0,_policy_threshold_js__WEBPACK_IMPORTED_MODULE_1__/* .evaluateThreshold */ .l2)(threshold.threshold, best).passed;
}
/** Percentile of `sorted` with `padding` extra samples of `value` (0 goes first, Infinity last). */
function percentileWithPadding(sorted, padding, value, n) {
    if (padding === 0)
        return (0,_policy_threshold_js__WEBPACK_IMPORTED_MODULE_1__/* .percentileOfSorted */ .WB)(sorted, n);
    const length = sorted.length + padding;
    const at = (index) => value === 0 ? (index < padding ? 0 : sorted[index - padding]) : index < sorted.length ? sorted[index] : Infinity;
    const rank = (n / 100) * (length - 1);
    const lower = Math.floor(rank);
    const upper = Math.ceil(rank);
    const low = at(lower);
    const high = at(upper);
    if (low === high)
        return low;
    return low + (high - low) * (rank - lower);
}


/***/ }),

/***/ 9027:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  N: () => (/* binding */ WAIT_FOR_DEFAULTS),
  f: () => (/* binding */ waitFor)
});

;// CONCATENATED MODULE: external "node:timers/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
;// CONCATENATED MODULE: ./packages/shared/src/probe/wait-for.ts
/**
 * Readiness: retry a check until it passes or the deadline runs out, with exponential backoff.
 * Every failure is retried (connection refused, timeouts, 5xx, failed assertions): right after a
 * deploy each of them means "not ready yet". Each attempt's timeout is cut to the time left.
 */

/** The last attempt before the deadline gets at least this long (or the check's own timeout). */
const MIN_ATTEMPT_MS = 100;
const WAIT_FOR_DEFAULTS = { initialDelayMs: 500, maxDelayMs: 5_000, successes: 1 };
/** Runs `probe` (given the timeout allowed for this attempt) until ready or out of time. */
async function waitFor(check, probe, options) {
    const initialDelayMs = options.initialDelayMs ?? WAIT_FOR_DEFAULTS.initialDelayMs;
    const maxDelayMs = Math.max(initialDelayMs, options.maxDelayMs ?? WAIT_FOR_DEFAULTS.maxDelayMs);
    const needed = Math.max(1, options.successes ?? WAIT_FOR_DEFAULTS.successes);
    const started = performance.now();
    let attempts = 0;
    let streak = 0;
    let delay = initialDelayMs;
    let lastFailure;
    for (;;) {
        const left = options.deadlineMs - (performance.now() - started);
        const timeoutMs = Math.max(1, Math.min(check.timeoutMs, left));
        // Only the total timeout shrinks: the connect timeout selects a connection pool, so it stays fixed.
        const attemptCheck = { ...check, timeoutMs };
        const result = await probe(attemptCheck);
        attempts++;
        options.onAttempt?.(result, attempts);
        const elapsedMs = performance.now() - started;
        if (result.ok) {
            streak++;
            if (streak >= needed)
                return { check: check.name, ready: true, attempts, elapsedMs, last: result, lastFailure };
        }
        else {
            streak = 0;
            lastFailure = result;
        }
        const pause = result.ok ? Math.min(initialDelayMs, maxDelayMs) : delay;
        if (!result.ok)
            delay = Math.min(delay * 2, maxDelayMs);
        const remaining = options.deadlineMs - elapsedMs;
        // An attempt squeezed into the last few milliseconds would only report a meaningless timeout.
        const shortestAttempt = Math.min(check.timeoutMs, MIN_ATTEMPT_MS);
        if (remaining < shortestAttempt || options.signal?.aborted) {
            return { check: check.name, ready: false, attempts, elapsedMs, last: result, lastFailure };
        }
        await (0,promises_namespaceObject.setTimeout)(Math.min(pause, remaining - shortestAttempt), undefined, { signal: options.signal }).catch(() => undefined);
    }
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 99:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 5396:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  z3: () => (/* binding */ error),
  V4: () => (/* binding */ getInput),
  Os: () => (/* binding */ group),
  pq: () => (/* binding */ info),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ core_setSecret),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: ExitCode, addPath, debug, endGroup, exportVariable, getBooleanInput, getIDToken, getMultilineInput, getState, isDebug, markdownSummary, notice, platform, saveState, setCommandEcho, setFailed, startGroup, summary, toPlatformPath, toPosixPath, toWin32Path

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=a41ba35b216b70ccccab12bba8da886a68c865f3cff3b32ff22d68888af6c034/node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function utils_toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=a41ba35b216b70ccccab12bba8da886a68c865f3cff3b32ff22d68888af6c034/node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=a41ba35b216b70ccccab12bba8da886a68c865f3cff3b32ff22d68888af6c034/node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */



function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const convertedValue = utils_toCommandValue(value);
    // One line needs no delimiter: the runner reads `name=value` as it reads the heredoc form (whichever of `=` and
    // `<<` comes first in the line decides), and a value without a line break cannot end a block early. Without a
    // delimiter there is no random UUID to make, so crypto is loaded only by a multi-line value.
    if (!/[\r\n]/.test(convertedValue) && !key.includes('=') && !key.includes('<<') && !/[\r\n]/.test(key)) {
        return `${key}=${convertedValue}`;
    }
    const delimiter = `ghadelimiter_${process.getBuiltinModule('crypto').randomUUID()}`;
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=a41ba35b216b70ccccab12bba8da886a68c865f3cff3b32ff22d68888af6c034/node_modules/@actions/core/lib/oidc-utils.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
// Loaded on first use (getIDToken), not with @actions/core: most actions never ask for an ID token.
const loadHttpClient = () => Promise.all([__nccwpck_require__.e(/* import() */ 343).then(__nccwpck_require__.bind(__nccwpck_require__, 343)), __nccwpck_require__.e(/* import() */ 525).then(__nccwpck_require__.bind(__nccwpck_require__, 5525))]);

class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        return __awaiter(this, void 0, void 0, function* () {
        const [{ HttpClient }, { BearerCredentialHandler }] = yield loadHttpClient();
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
        });
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return __awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = yield oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return __awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=a41ba35b216b70ccccab12bba8da886a68c865f3cff3b32ff22d68888af6c034/node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = (/* unused pure expression or super */ null && (_summary));
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=a41ba35b216b70ccccab12bba8da886a68c865f3cff3b32ff22d68888af6c034/node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=a41ba35b216b70ccccab12bba8da886a68c865f3cff3b32ff22d68888af6c034/node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};

// Loaded when the platform details are asked for, not with @actions/core: it brings child_process, net and assert.
const loadExec = () => __nccwpck_require__.e(/* import() */ 296).then(__nccwpck_require__.bind(__nccwpck_require__, 296));
const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield (yield loadExec()).getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield (yield loadExec()).getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield (yield loadExec()).getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield (yield loadExec()).getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=a41ba35b216b70ccccab12bba8da886a68c865f3cff3b32ff22d68888af6c034/node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    command_issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    command_issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(2024);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
