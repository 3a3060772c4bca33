import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7302:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  pL: () => (/* binding */ COMMANDS_SCHEMA),
  aK: () => (/* binding */ runCommands),
  tN: () => (/* binding */ toCommandSpecs)
});

// UNUSED EXPORTS: FINDINGS_FROM, commandFindings, splitCommandLine

// EXTERNAL MODULE: ./packages/shared/src/exec/map-limit.ts
var map_limit = __nccwpck_require__(6082);
// EXTERNAL MODULE: ./packages/shared/src/exec/exec.ts
var exec = __nccwpck_require__(5201);
// EXTERNAL MODULE: ./actions/quality-gate/src/model.ts
var model = __nccwpck_require__(6547);
// EXTERNAL MODULE: ./packages/shared/src/report/paths.ts
var paths = __nccwpck_require__(3257);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/shared/src/action/files.ts
var files = __nccwpck_require__(6662);
// EXTERNAL MODULE: ./packages/shared/src/action/errors.ts
var errors = __nccwpck_require__(6774);
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

;// CONCATENATED MODULE: ./actions/quality-gate/src/problem-matcher.ts
/**
 * Text output read through GitHub problem matchers, the format the runner itself uses (`::add-matcher::`):
 * { problemMatcher: [{ owner, severity?, pattern: [{ regexp, file, line, column, severity, code, message,
 * fromPath, loop }] }] }. Checked and matched as actions/runner's IssueMatcher does: one pattern matches one
 * line; several match consecutive lines, the last one with `loop` matching again and again after the others;
 * values from earlier lines win; a match without a message, or with a severity other than error, warning or
 * notice, is no problem. Colour codes are stripped from each line first.
 *
 * Built-in matchers (flake8, mypy, isort) are chosen by name; a user's matcher file is read from the
 * workspace. A user's regexps run against output nobody controls: each line is first tested in a worker with
 * a time budget (shared RegexRunner), so a catastrophic regexp stops the step with a clear error instead of
 * hanging it, and lines are cut to MAX_LINE characters.
 */




const CAPTURES = ['file', 'line', 'column', 'severity', 'code', 'message', 'fromPath'];
/** The runner's words: error is the command entry's severity (default high), as for tsc. */
const RUNNER_WORDS = { from: 'severity', table: { error: 'entry', warning: 'medium', notice: 'low' } };
/**
 * flake8's default format (`path:line:col: CODE message`). Its codes by prefix: the ones GitHub's Python starter
 * workflow stops the build on (E9 syntax errors, F63 invalid comparisons, F7 statement errors, F82 undefined
 * names) are high; other pyflakes F codes (unused imports, redefinitions) medium; pycodestyle E/W and the C90
 * complexity check low; a plugin's codes medium.
 */
const FLAKE8 = {
    category: 'lint',
    matchers: [
        {
            owner: 'flake8',
            pattern: [
                { regexp: '^(.+?):(\\d+):(\\d+): ([A-Z]+\\d+) (.*)$', file: 1, line: 2, column: 3, code: 4, message: 5 },
            ],
        },
    ],
    severity: {
        from: 'code',
        table: {
            E9: 'high',
            F63: 'high',
            F7: 'high',
            F82: 'high',
            F: 'medium',
            E: 'low',
            W: 'low',
            C: 'low',
            '': 'medium',
        },
    },
};
/** mypy's default output (`path:line[:col]: error|note: message  [code]`): errors high, notes info. */
const MYPY = {
    category: 'type',
    matchers: [
        {
            owner: 'mypy',
            pattern: [
                {
                    regexp: '^(.+?):(\\d+):(?:(\\d+):)? (error|note): (.*?)(?:  \\[([a-z0-9_-]+)\\])?$',
                    file: 1,
                    line: 2,
                    column: 3,
                    severity: 4,
                    message: 5,
                    code: 6,
                },
            ],
        },
    ],
    severity: { from: 'severity', table: { error: 'high', note: 'info' } },
};
/** `isort --check` (--check-only): one line per file whose imports it would change. */
const ISORT = {
    category: 'format',
    matchers: [
        {
            owner: 'isort',
            pattern: [{ regexp: '^ERROR: (.+) (Imports are incorrectly sorted and/or formatted\\.)$', file: 1, message: 2 }],
        },
    ],
    severity: RUNNER_WORDS,
};
const BUILT_IN_MATCHERS = { flake8: FLAKE8, mypy: MYPY, isort: ISORT };
/** Lines longer than this are matched on their first MAX_LINE characters. */
const MAX_LINE = 4096;
/** The runner's own limit for one match. */
const MATCH_BUDGET_MS = 1000;
/** Checks a problem-matcher document as the runner does; throws an Error whose message says what is wrong. */
function checkMatchers(value) {
    const root = value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
    const list = root.problemMatcher;
    if (!Array.isArray(list) || list.length === 0)
        throw new Error('expected {"problemMatcher": [{"owner", "pattern": [{"regexp", ...}]}]}');
    const owners = new Set();
    return list.map((entry, index) => {
        const at = `problemMatcher[${index}]`;
        const matcher = (entry ?? {});
        const owner = matcher.owner;
        if (typeof owner !== 'string' || owner === '')
            throw new Error(`${at}.owner must be a non-empty string`);
        if (owners.has(owner.toLowerCase()))
            throw new Error(`${at}: owner '${owner}' appears twice`);
        owners.add(owner.toLowerCase());
        const severity = matcher.severity;
        if (severity !== undefined && !(typeof severity === 'string' && /^(error|warning|notice|)$/i.test(severity)))
            throw new Error(`${at}.severity must be error, warning or notice`);
        const patterns = matcher.pattern;
        if (!Array.isArray(patterns) || patterns.length === 0)
            throw new Error(`${at}.pattern must be a non-empty list`);
        const seen = new Set();
        const checked = patterns.map((raw, number) => checkPattern(raw, `${at}.pattern[${number}]`, number, patterns.length, seen));
        if (!seen.has('message'))
            throw new Error(`${at}: at least one pattern must set 'message'`);
        return { owner, ...(typeof severity === 'string' && severity !== '' ? { severity } : {}), pattern: checked };
    });
}
function checkPattern(raw, at, index, count, seen) {
    const pattern = (raw ?? {});
    if (typeof pattern.regexp !== 'string' || pattern.regexp === '')
        throw new Error(`${at}.regexp must be a non-empty string`);
    const regex = compile(pattern.regexp, at);
    const groups = new RegExp(`${regex.source}|`).exec('').length - 1;
    const loop = pattern.loop === true;
    if (pattern.loop !== undefined && typeof pattern.loop !== 'boolean')
        throw new Error(`${at}.loop must be true or false`);
    if (loop && (index === 0 || index !== count - 1))
        throw new Error(`${at}: only the last pattern of a multi-line matcher may set 'loop'`);
    if (loop && pattern.message === undefined)
        throw new Error(`${at}: the loop pattern must set 'message'`);
    const checked = { regexp: pattern.regexp, ...(loop ? { loop } : {}) };
    for (const capture of CAPTURES) {
        const group = pattern[capture];
        if (group === undefined)
            continue;
        if (typeof group !== 'number' || !Number.isInteger(group) || group < 0 || group > groups)
            throw new Error(`${at}.${capture} must be the number of one of the regexp's ${groups} group(s)`);
        if (seen.has(capture))
            throw new Error(`${at}: '${capture}' is set by two patterns`);
        seen.add(capture);
        checked[capture] = group;
    }
    return checked;
}
/** The runner compiles with ECMAScript semantics; a JavaScript RegExp is that. */
function compile(source, at) {
    try {
        return new RegExp(source);
    }
    catch (error) {
        throw new Error(`${at}.regexp is not a valid regular expression (${error.message.replace(/^.*: /, '')})`, { cause: error });
    }
}
/**
 * The matchers a command entry names: a built-in by name, else a matcher file in the workspace (read through the
 * shared safe reader). Errors name the entry: `commands[2] (lint)`.
 */
async function loadMatcher(name, entry, workspace) {
    const builtIn = BUILT_IN_MATCHERS[name];
    if (builtIn !== undefined)
        return compileAll(name, true, builtIn.matchers, builtIn.severity);
    const { file, text } = await (0,files/* readUserFile */.E1)('commands', name, { root: workspace, maxBytes: 1024 * 1024 });
    // Invalid JSON is an error placed in the file, with its line and column.
    const document = (0,files/* parseJsonFile */.OW)(text, file.given, 'a problem matcher file');
    let matchers;
    try {
        matchers = checkMatchers(document);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`${entry}: matcher file '${name}': ${error.message}`, {}, { cause: error });
    }
    return compileAll(name, false, matchers, RUNNER_WORDS);
}
function compileAll(name, trusted, configs, severity) {
    return {
        name,
        trusted,
        severity,
        matchers: configs.map((config) => ({
            owner: config.owner,
            ...(config.severity !== undefined ? { severity: config.severity } : {}),
            patterns: config.pattern.map((pattern) => ({ ...pattern, regex: new RegExp(pattern.regexp) })),
        })),
    };
}
// The runner's colour-code pattern: ESC [ digits/semicolons, optionally m.
// eslint-disable-next-line no-control-regex
const COLOUR_CODES = /\u001b\[[0-9;]*m?/g;
/** The findings in a command's output, line by line, as the runner would annotate them. */
async function matchOutput(loaded, output, context) {
    const runner = loaded.trusted ? undefined : new RegexRunner();
    try {
        const states = loaded.matchers.map((matcher) => new Array(Math.max(0, matcher.patterns.length - 1)));
        const findings = [];
        const exec = async (pattern, line, lineNumber) => {
            if (runner !== undefined) {
                const matched = await runner.test(pattern.regex, line, MATCH_BUDGET_MS);
                if (matched === undefined)
                    throw new errors/* UserError */.yo(`${context.entry}: the matcher's regexp /${pattern.regexp}/ took more than ${MATCH_BUDGET_MS / 1000} s on line ${lineNumber} of the output; simplify it (nested repetition such as (a+)+ backtracks without end)`);
                if (!matched)
                    return null;
            }
            return pattern.regex.exec(line);
        };
        const lines = output.split(/\r?\n/);
        for (let index = 0; index < lines.length; index++) {
            const line = lines[index].replace(COLOUR_CODES, '').slice(0, MAX_LINE);
            for (let m = 0; m < loaded.matchers.length; m++) {
                const values = await matchLine(loaded.matchers[m].patterns, states[m], line, index + 1, exec);
                if (values === undefined)
                    continue;
                // As the runner: a line one matcher took resets the others' running matches.
                states.forEach((state, other) => other !== m && state.fill(undefined));
                const finding = toFinding(values, loaded, loaded.matchers[m], context);
                if (finding !== undefined) {
                    findings.push(finding);
                    break;
                }
            }
        }
        return findings;
    }
    finally {
        await runner?.close();
    }
}
/** actions/runner's IssueMatcher.Match: the patterns tried last to first against the running matches. */
async function matchLine(patterns, state, line, lineNumber, exec) {
    if (patterns.length === 1) {
        const match = await exec(patterns[0], line, lineNumber);
        return match === null ? undefined : valuesOf(patterns[0], match, undefined);
    }
    for (let i = patterns.length - 1; i >= 0; i--) {
        const running = i > 0 ? state[i - 1] : undefined;
        if (i > 0 && running === undefined)
            continue;
        const pattern = patterns[i];
        const isLast = i === patterns.length - 1;
        const match = await exec(pattern, line, lineNumber);
        if (match !== null) {
            if (isLast) {
                state.fill(undefined);
                if (pattern.loop)
                    state[i - 1] = running;
                return valuesOf(pattern, match, running);
            }
            state[i] = valuesOf(pattern, match, running);
        }
        else if (isLast)
            state[i - 1] = undefined;
        else
            state[i] = undefined;
    }
    return undefined;
}
function valuesOf(pattern, match, running) {
    const values = { ...running };
    for (const capture of CAPTURES) {
        const group = pattern[capture];
        if (values[capture] === undefined && group !== undefined)
            values[capture] = match[group] ?? '';
    }
    return values;
}
function toFinding(values, loaded, matcher, context) {
    const message = values.message?.trim();
    if (!message)
        return undefined;
    const severity = severityOf(loaded.severity, values, matcher.severity, context.severity);
    if (severity === undefined)
        return undefined;
    const code = values.code?.trim();
    const finding = {
        tool: context.tool,
        category: context.category,
        severity,
        rule: code || matcher.owner,
        message,
    };
    let file = values.file?.trim();
    if (file) {
        const fromDirectory = values.fromPath?.trim() ? external_node_path_default().dirname(values.fromPath.trim()) : '';
        if (fromDirectory && !external_node_path_default().isAbsolute(file))
            file = external_node_path_default().join(fromDirectory, file);
        finding.file = (0,paths/* toRepoPath */.x)(file, context.workspace);
    }
    const line = Number(values.line);
    if (values.line && /^\d+$/.test(values.line) && line >= 1)
        finding.line = line;
    const column = Number(values.column);
    if (values.column && /^\d+$/.test(values.column) && column >= 1)
        finding.column = column;
    return finding;
}
/** undefined: a severity word the runner would not annotate (it skips the line). */
function severityOf(rule, values, matcherDefault, entrySeverity) {
    if (rule.from === 'code') {
        const found = lookup(rule, (values.code ?? '').trim(), false);
        return found === undefined || found === 'entry' ? entrySeverity : found;
    }
    const word = (values.severity?.trim() || matcherDefault || 'error').toLowerCase();
    const found = lookup(rule, word, true);
    return found === 'entry' ? entrySeverity : found;
}
function lookup(rule, key, exact) {
    if (exact)
        return rule.table[key];
    let best;
    for (const prefix of Object.keys(rule.table))
        if (key.startsWith(prefix) && (best === undefined || prefix.length > best.length))
            best = prefix;
    return best === undefined ? undefined : rule.table[best];
}

;// CONCATENATED MODULE: ./actions/quality-gate/src/commands.ts
/**
 * Checks the action runs itself (black --check ., gofmt -l ., tsc --noEmit…), in parallel up to a limit.
 * Each becomes findings by its exit code, by the files it lists, by parsing tsc's output or through a problem
 * matcher (problem-matcher.ts), and may write a report that is read like any other.
 */




const FINDINGS_FROM = ['exit-code', 'files', 'tsc', 'report', 'problem-matcher'];
const COMMANDS_SCHEMA = {
    type: 'array',
    items: {
        type: 'object',
        properties: {
            name: { type: 'string' },
            run: {
                type: 'oneOf',
                options: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, minItems: 1 }],
                expected: 'a command line or a list of arguments',
            },
            category: { type: 'string', enum: model/* CATEGORIES */.R6 },
            severity: { type: 'string', enum: model/* SEVERITIES */.oC },
            'findings-from': { type: 'string', enum: FINDINGS_FROM },
            matcher: { type: 'string' },
            report: { type: 'string' },
            timeout: { type: 'duration' },
        },
        required: ['run'],
    },
};
/** Splits a command line into words: spaces separate, single or double quotes group. No expansion of any kind. */
function splitCommandLine(text) {
    const words = [];
    let current = '';
    let quote;
    let inWord = false;
    for (const char of text) {
        if (quote !== undefined) {
            if (char === quote)
                quote = undefined;
            else
                current += char;
        }
        else if (char === '"' || char === "'") {
            quote = char;
            inWord = true;
        }
        else if (/\s/.test(char)) {
            if (inWord)
                words.push(current);
            current = '';
            inWord = false;
        }
        else {
            current += char;
            inWord = true;
        }
    }
    if (quote !== undefined)
        throw new Error(`unclosed ${quote} quote in '${text}'`);
    if (inWord)
        words.push(current);
    return words;
}
const DEFAULT_TIMEOUT_MS = 10 * 60_000;
function toCommandSpecs(raw) {
    return raw.map((command, index) => {
        const run = typeof command.run === 'string' ? splitCommandLine(command.run) : command.run;
        if (run.length === 0)
            throw new Error(`commands[${index}].run is empty`);
        const findingsFrom = command['findings-from'] ??
            (command.matcher !== undefined ? 'problem-matcher' : command.report !== undefined ? 'report' : 'exit-code');
        if (findingsFrom === 'problem-matcher' && command.matcher === undefined) {
            throw new Error(`commands[${index}]: findings-from: problem-matcher needs 'matcher': ${Object.keys(BUILT_IN_MATCHERS).join(', ')} or the path of a problem matcher file`);
        }
        if (findingsFrom !== 'problem-matcher' && command.matcher !== undefined) {
            throw new Error(`commands[${index}].matcher is read only with findings-from: problem-matcher`);
        }
        const builtIn = command.matcher === undefined ? undefined : BUILT_IN_MATCHERS[command.matcher];
        const spec = {
            name: command.name ?? run[0].replace(/^.*\//, ''),
            run,
            category: command.category ?? builtIn?.category ?? 'lint',
            severity: command.severity ?? 'high',
            findingsFrom,
            timeoutMs: command.timeout ?? DEFAULT_TIMEOUT_MS,
        };
        if (command.matcher !== undefined)
            spec.matcher = command.matcher;
        if (command.report !== undefined)
            spec.report = command.report;
        return spec;
    });
}
const TSC_DIAGNOSTIC = /^(.+?)\((\d+),(\d+)\): (error|warning) (TS\d+): (.*)$/;
/** Findings from a finished command, as its spec says to read them (`matcher`: the loaded spec.matcher). */
async function commandFindings(spec, result, workspace, matcher, entry = spec.name) {
    const base = { tool: spec.name, category: spec.category, severity: spec.severity };
    const output = `${result.stdout}\n${result.stderr}`;
    if (result.timedOut)
        return [
            {
                ...base,
                rule: 'timeout',
                message: `${spec.run.join(' ')} timed out after ${Math.round(spec.timeoutMs / 1000)}s`,
            },
        ];
    switch (spec.findingsFrom) {
        case 'report':
            return [];
        case 'problem-matcher': {
            if (matcher === undefined)
                throw new Error(`${entry}: the problem matcher was not loaded`);
            const context = { entry, tool: spec.name, category: spec.category, severity: spec.severity, workspace };
            const findings = await matchOutput(matcher, output, context);
            if (findings.length === 0 && result.exitCode !== 0)
                return [{ ...base, rule: `exit-${result.exitCode}`, message: lastLines(output) }];
            return findings;
        }
        case 'tsc': {
            const findings = [];
            for (const line of output.split('\n')) {
                const match = TSC_DIAGNOSTIC.exec(line.trim());
                if (!match)
                    continue;
                findings.push({
                    ...base,
                    severity: match[4] === 'error' ? spec.severity : 'medium',
                    rule: match[5],
                    message: match[6],
                    file: (0,paths/* toRepoPath */.x)(match[1], workspace),
                    line: Number(match[2]),
                    column: Number(match[3]),
                });
            }
            if (findings.length === 0 && result.exitCode !== 0)
                return [{ ...base, rule: `exit-${result.exitCode}`, message: lastLines(output) }];
            return findings;
        }
        case 'files': {
            // gofmt -l / prettier -l print paths; black --check prints "would reformat <path>".
            const files = output
                .split('\n')
                .map((line) => line.trim().replace(/^would reformat /, ''))
                .filter((line) => line !== '' && !/\s/.test(line) && !/^(Oh no!|All done!)/.test(line) && /[./]/.test(line));
            const findings = files.map((file) => ({
                ...base,
                rule: 'needs-formatting',
                message: `${file} is not formatted (${spec.run.join(' ')})`,
                file: (0,paths/* toRepoPath */.x)(file, workspace),
            }));
            if (findings.length === 0 && result.exitCode !== 0)
                return [{ ...base, rule: `exit-${result.exitCode}`, message: lastLines(output) }];
            return findings;
        }
        case 'exit-code':
            return result.exitCode === 0
                ? []
                : [
                    {
                        ...base,
                        rule: `exit-${result.exitCode}`,
                        message: `${spec.run.join(' ')} exited with ${result.exitCode}: ${lastLines(output)}`,
                    },
                ];
    }
}
function lastLines(text, count = 5) {
    return text.trim().split('\n').slice(-count).join('\n').slice(0, 1000);
}
/** Runs the commands, at most `parallel` at a time, in the workspace. A command that cannot start throws (UserError). */
async function runCommands(specs, parallel, workspace) {
    // Every matcher is loaded (and checked) before any command runs: a bad matcher file fails fast.
    const entries = specs.map((spec, index) => `commands[${index}] (${spec.name})`);
    const matchers = await Promise.all(specs.map((spec, index) => spec.matcher === undefined ? undefined : loadMatcher(spec.matcher, entries[index], workspace)));
    const indexes = specs.map((_spec, index) => index);
    return (0,map_limit/* mapLimit */.s)(indexes, parallel, async (index) => {
        const spec = specs[index];
        const [command, ...args] = spec.run;
        const result = await (0,exec/* runCommand */.d)(command, args, { cwd: workspace, timeoutMs: spec.timeoutMs });
        return { spec, result, findings: await commandFindings(spec, result, workspace, matchers[index], entries[index]) };
    });
}


/***/ }),

/***/ 7722:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  mQ: () => (/* binding */ countsOf),
  Rg: () => (/* binding */ runGate)
});

// UNUSED EXPORTS: unmatchedPaths

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/shared/src/policy/threshold.ts
var policy_threshold = __nccwpck_require__(9530);
// EXTERNAL MODULE: ./actions/quality-gate/src/model.ts
var model = __nccwpck_require__(6547);
// EXTERNAL MODULE: ./actions/quality-gate/src/policy.ts
var src_policy = __nccwpck_require__(9142);
;// CONCATENATED MODULE: ./actions/quality-gate/src/evaluate.ts
/**
 * Applies the policy: every finding is counted in its most specific scope (rule, then tool, then
 * category), whose limits are the category's overridden by the tool's and the rule's. The decision
 * is the worst breach.
 */



const DECISIONS = ['pass', 'warn', 'approve', 'fail'];
/** A `log` breach does not change the decision. */
const ACTION_DECISION = { log: 'pass', warn: 'warn', approve: 'approve', fail: 'fail' };
function worstDecision(decisions) {
    let worst = 'pass';
    for (const decision of decisions)
        if (DECISIONS.indexOf(decision) > DECISIONS.indexOf(worst))
            worst = decision;
    return worst;
}
const zeroCounts = () => ({ critical: 0, high: 0, medium: 0, low: 0, info: 0 });
/** The scope a finding is counted in and the limits that apply there. */
function scopeFor(policy, finding) {
    const category = policy.categories[finding.category];
    const tool = policy.tools[finding.tool];
    const rule = policy.rules[`${finding.tool}:${finding.rule}`] ?? policy.rules[finding.rule];
    const ruleKey = policy.rules[`${finding.tool}:${finding.rule}`] ? `${finding.tool}:${finding.rule}` : finding.rule;
    const merged = (0,src_policy/* mergeScopes */.OL)(category, tool, rule);
    // A tool or rule scope is split by category: its limits are laid over that category's.
    if (rule !== undefined)
        return { key: `rule ${ruleKey} (${finding.category})`, policy: merged };
    if (tool !== undefined && (tool.max !== undefined || tool.onBreach !== undefined))
        return { key: `tool ${finding.tool} (${finding.category})`, policy: merged };
    return { key: `category ${finding.category}`, policy: merged };
}
/** Applies a tool's category override from the policy (`tools.<name>.category`). */
function recategorize(policy, findings) {
    return findings.map((finding) => {
        const category = policy.tools[finding.tool]?.category;
        return category === undefined || category === finding.category ? finding : { ...finding, category };
    });
}
const formatNumber = (value) => (Number.isInteger(value) ? String(value) : value.toFixed(2));
/** k6 names its statistics avg, min, med, max, p(90), p(95), rate, count, value. */
function metricValues(values) {
    return {
        count: values.count,
        rate: values.rate,
        value: values.value,
        avg: values.avg,
        min: values.min,
        max: values.max,
        med: values.med,
        percentile: (n) => values[`p(${n})`] ?? (n === 50 ? values.med : undefined) ?? Number.NaN,
    };
}
function thresholdBreach(scope, action, threshold, actual, subject) {
    const shown = actual === undefined ? 'missing' : formatNumber(actual);
    return {
        scope,
        kind: 'threshold',
        limit: threshold.source,
        actual: shown,
        action,
        message: actual === undefined
            ? `${subject}: '${threshold.source}' cannot be checked: the report has no ${(0,policy_threshold/* describeAggregation */.uh)(threshold)} for it`
            : `${subject}: ${(0,policy_threshold/* describeAggregation */.uh)(threshold)} is ${shown}, the policy requires ${threshold.source}`,
    };
}
function tally(policy, findings) {
    const scopes = new Map();
    const scopeOfFinding = new Array(findings.length);
    const rowOfFinding = new Array(findings.length);
    const byCategory = {};
    // Scopes depend only on tool, rule and category: look each combination up once. The rule's row
    // (one per tool and rule, for the summary) is found on the same path.
    const rules = new Map();
    for (const [index, finding] of findings.entries()) {
        let byRule = rules.get(finding.tool);
        if (byRule === undefined)
            rules.set(finding.tool, (byRule = new Map()));
        let entry = byRule.get(finding.rule);
        if (entry === undefined) {
            const row = {
                tool: finding.tool,
                rule: finding.rule,
                category: finding.category,
                counts: zeroCounts(),
                decision: 'pass',
            };
            byRule.set(finding.rule, (entry = { row, scopes: new Map() }));
        }
        let scope = entry.scopes.get(finding.category);
        if (scope === undefined) {
            const { key, policy: limits } = scopeFor(policy, finding);
            scope = scopes.get(key);
            if (scope === undefined) {
                scope = {
                    scope: key,
                    category: finding.category,
                    counts: zeroCounts(),
                    max: limits.max ?? {},
                    onBreach: limits.onBreach ?? {},
                };
                scopes.set(key, scope);
            }
            entry.scopes.set(finding.category, scope);
        }
        scope.counts[finding.severity]++;
        entry.row.counts[finding.severity]++;
        rowOfFinding[index] = entry.row;
        scopeOfFinding[index] = scope;
        (byCategory[finding.category] ??= zeroCounts())[finding.severity]++;
    }
    const rows = [...rules.values()].flatMap((byRule) => [...byRule.values()].map((entry) => entry.row));
    return { scopes, rules: rows, byCategory, scopeOfFinding, rowOfFinding };
}
/** Scopes over their limits; returns, per scope, the action of each severity that breached. */
function countBreaches(scopes, breaches) {
    const breachedSeverities = new Map();
    for (const scope of scopes) {
        for (const severity of model/* SEVERITIES */.oC) {
            const max = scope.max[severity];
            const count = scope.counts[severity];
            if (max === undefined || count <= max)
                continue;
            const action = scope.onBreach[severity] ?? 'fail';
            breaches.push({
                scope: scope.scope,
                kind: 'count',
                severity,
                limit: String(max),
                actual: String(count),
                action,
                message: `${scope.scope}: ${count} ${severity} finding${count === 1 ? '' : 's'}, at most ${max} allowed`,
            });
            if (!breachedSeverities.has(scope))
                breachedSeverities.set(scope, {});
            breachedSeverities.get(scope)[severity] = action;
        }
    }
    return breachedSeverities;
}
/** The scope a tool's tests are judged in: the tool's own pass-rate, else the test category's. */
function testScopeOf(policy, tool) {
    return policy.tools[tool]?.passRate !== undefined ? `tool ${tool}` : 'category test';
}
/** Tests: the pass rate per scope. Returns the rows for the summary and the action per breached scope. */
function judgeTests(policy, tests, breaches) {
    const rows = [];
    const groups = new Map();
    for (const totals of tests) {
        const tool = policy.tools[totals.tool];
        const key = testScopeOf(policy, totals.tool);
        const group = groups.get(key) ?? { policy: (0,src_policy/* mergeScopes */.OL)(policy.categories.test, tool), totals: [] };
        group.totals.push(totals);
        groups.set(key, group);
        const ran = totals.tests - totals.skipped;
        const passed = ran - totals.failures - totals.errors;
        rows.push({ ...totals, passed, passRate: ran > 0 ? (100 * passed) / ran : undefined });
    }
    const breached = new Map();
    for (const [key, group] of groups) {
        const threshold = group.policy.passRate;
        if (threshold === undefined)
            continue;
        const ran = group.totals.reduce((sum, totals) => sum + totals.tests - totals.skipped, 0);
        const failed = group.totals.reduce((sum, totals) => sum + totals.failures + totals.errors, 0);
        const rate = ran > 0 ? (100 * (ran - failed)) / ran : undefined;
        const result = (0,policy_threshold/* evaluateThreshold */.l2)(threshold, { value: rate });
        if (result.passed)
            continue;
        breached.set(key, group.policy.thresholdAction ?? 'fail');
        breaches.push({
            scope: key,
            kind: 'pass-rate',
            limit: threshold.source,
            actual: rate === undefined ? 'no tests ran' : `${formatNumber(rate)}%`,
            action: group.policy.thresholdAction ?? 'fail',
            message: rate === undefined
                ? `${key}: no tests ran (all ${group.totals.reduce((sum, totals) => sum + totals.tests, 0)} skipped or none found); the policy requires a pass rate ${threshold.source}`
                : `${key}: ${failed} of ${ran} tests failed (pass rate ${formatNumber(rate)}%), the policy requires ${threshold.source}`,
        });
    }
    return { rows, breached };
}
/** Performance thresholds, checked only when there are performance reports. */
function judgeMetrics(policy, metrics, breaches) {
    if (metrics.length === 0)
        return;
    const thresholdScopes = [
        ['category performance', (0,src_policy/* mergeScopes */.OL)(policy.categories.performance)],
    ];
    for (const [tool, scope] of Object.entries(policy.tools)) {
        if (scope.thresholds !== undefined)
            thresholdScopes.push([`tool ${tool}`, (0,src_policy/* mergeScopes */.OL)(policy.categories.performance, scope)]);
    }
    for (const [key, scope] of thresholdScopes) {
        const tool = key.startsWith('tool ') ? key.slice(5) : undefined;
        const candidates = tool === undefined ? metrics : metrics.filter((metric) => metric.tool === tool);
        for (const [name, thresholds] of Object.entries(scope.thresholds ?? {})) {
            const matching = candidates.filter((metric) => metric.name === name);
            for (const threshold of thresholds) {
                if (matching.length === 0) {
                    breaches.push(thresholdBreach(key, scope.thresholdAction ?? 'fail', threshold, undefined, `metric ${name} (not in any performance report)`));
                    continue;
                }
                for (const metric of matching) {
                    const result = (0,policy_threshold/* evaluateThreshold */.l2)(threshold, metricValues(metric.values));
                    if (!result.passed) {
                        breaches.push(thresholdBreach(key, scope.thresholdAction ?? 'fail', threshold, result.actual, `${name} in ${metric.file}`));
                    }
                }
            }
        }
    }
}
function evaluate(policy, findings, tests, metrics) {
    const breaches = [];
    const counted = tally(policy, findings);
    const breachedSeverities = countBreaches(counted.scopes.values(), breaches);
    const testResults = judgeTests(policy, tests, breaches);
    judgeMetrics(policy, metrics, breaches);
    // A rule's decision is the worst action of the breaches its findings are part of.
    const findingActions = findings.map((finding, index) => {
        const row = counted.rowOfFinding[index];
        // A failed test is part of its pass-rate breach, whatever its own scope says.
        const action = breachedSeverities.get(counted.scopeOfFinding[index])?.[finding.severity] ??
            (finding.category === 'test' ? testResults.breached.get(testScopeOf(policy, finding.tool)) : undefined);
        if (action !== undefined && DECISIONS.indexOf(ACTION_DECISION[action]) > DECISIONS.indexOf(row.decision)) {
            row.decision = ACTION_DECISION[action];
        }
        return action;
    });
    return {
        decision: worstDecision(breaches.map((breach) => ACTION_DECISION[breach.action])),
        breaches,
        scopes: [...counted.scopes.values()].sort((a, b) => model/* CATEGORIES */.R6.indexOf(a.category) - model/* CATEGORIES */.R6.indexOf(b.category) || a.scope.localeCompare(b.scope)),
        rules: counted.rules.sort((a, b) => DECISIONS.indexOf(b.decision) - DECISIONS.indexOf(a.decision) ||
            model/* SEVERITIES */.oC.findIndex((s) => a.counts[s] > 0) - model/* SEVERITIES */.oC.findIndex((s) => b.counts[s] > 0) ||
            a.rule.localeCompare(b.rule)),
        byCategory: counted.byCategory,
        findingActions,
        tests: testResults.rows,
    };
}

;// CONCATENATED MODULE: ./actions/quality-gate/src/fingerprint.ts
/** Whitespace differences (reflowed messages) do not make a new finding. */
const normalizeMessage = (message) => 
// Test before replacing: almost no message needs it, and the replace allocates.
/\s\s|[\t\n\r\f\v]|^\s|\s$/.test(message) ? message.replace(/\s+/g, ' ').trim() : message;
/** What makes two findings the same finding (the line is left out on purpose, see above). */
const identityOf = (finding) => `${finding.tool}\u0000${finding.rule}\u0000${finding.file ?? ''}\u0000${finding.toolFingerprint ?? normalizeMessage(finding.message)}`;
/**
 * The fingerprint of a finding as if it were the first of its kind. The parallel SARIF reader computes it
 * in its workers; `withFingerprints` keeps it.
 */
const firstFingerprint = (finding) => fingerprintOf(identityOf(finding), 0);
/**
 * Turns raw findings into findings, in place (a report can hold hundreds of thousands: no copies).
 * The occurrence index counts identical findings in line order, so it does not depend on report order.
 */
function withFingerprints(raw) {
    // Hash every finding as if it were the first of its kind; only findings whose hash repeats (identical
    // findings) are numbered, in line order. Repeats are found with an open-addressing table keyed by the
    // hash's first 28 bits: a Map of 200,000 strings took 150 ms, this takes a few.
    const fingerprints = new Array(raw.length);
    for (let index = 0; index < raw.length; index++) {
        const finding = raw[index];
        fingerprints[index] = finding.fingerprint ??= firstFingerprint(finding);
    }
    const mask = slotCount(raw.length) - 1;
    const slots = new Int32Array(mask + 1).fill(-1);
    // Each slot's 28-bit key beside it: fingerprints are compared as text only when their keys are equal.
    const slotKeys = new Int32Array(mask + 1);
    /** Groups of repeats, by the index of their first finding. */
    const repeats = new Map();
    for (let index = 0; index < raw.length; index++) {
        const fingerprint = fingerprints[index];
        const key = hashPrefix(fingerprint);
        let slot = key & mask;
        for (;;) {
            const taken = slots[slot];
            if (taken === -1) {
                slots[slot] = index;
                slotKeys[slot] = key;
                break;
            }
            if (slotKeys[slot] === key && fingerprints[taken] === fingerprint) {
                const group = repeats.get(taken);
                if (group === undefined)
                    repeats.set(taken, [taken, index]);
                else
                    group.push(index);
                break;
            }
            slot = (slot + 1) & mask;
        }
    }
    for (const group of repeats.values()) {
        group.sort((a, b) => (raw[a].line ?? 0) - (raw[b].line ?? 0) || a - b);
        // The first keeps its fingerprint; each repeat's is made from it and its place, so the identity
        // itself (long, and made in a worker for large SARIF logs) is not needed again here.
        const first = fingerprints[group[0]];
        group.forEach((index, occurrence) => {
            raw[index].fingerprint = occurrence === 0 ? first : fingerprintOf(first, occurrence);
        });
    }
    // Only where set: adding the property to every finding would change 200,000 object shapes.
    for (const finding of raw)
        if (finding.toolFingerprint !== undefined)
            finding.toolFingerprint = undefined;
    return raw;
}
/** The first 28 bits of a hex fingerprint, from its character codes (no substring, no parseInt). */
function hashPrefix(fingerprint) {
    let value = 0;
    for (let index = 0; index < 7; index++) {
        const code = fingerprint.charCodeAt(index);
        value = (value << 4) | (code <= 57 ? code - 48 : (code | 32) - 87);
    }
    return value;
}
/** A power of two at least twice `count`: the table stays at most half full, so probes are short. */
function slotCount(count) {
    let size = 16;
    while (size < count * 2)
        size *= 2;
    return size;
}
/**
 * SHA-1 is enough for an identity (not a security boundary) and is the cheapest native hash here. crypto is
 * loaded by the first repeated finding, not by every run.
 */
const fingerprintOf = (base, occurrence) => process.getBuiltinModule('node:crypto').hash('sha1', `${base}\u0000${occurrence}`).slice(0, 24);

// EXTERNAL MODULE: ./packages/shared/src/action/errors.ts
var errors = __nccwpck_require__(6774);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: ./packages/shared/src/report/sniff.ts


const HEAD_BYTES = 8192;
/**
 * Reads the head of a file and rejects what cannot be a text report: a missing file, an empty one,
 * or binary content (NUL bytes, invalid UTF-8). `expected` names the wanted kind of file for the
 * message, e.g. "a coverage report (lcov, Cobertura XML, ...)".
 */
async function sniffFile(path, expected, headBytes = HEAD_BYTES) {
    let handle;
    try {
        handle = await (0,promises_.open)(path, 'r');
    }
    catch (error) {
        const code = error.code;
        throw (0,errors/* fileError */.zS)(path, code === 'ENOENT'
            ? 'does not exist'
            : code === 'EISDIR'
                ? 'is a directory, expected a file'
                : `cannot be read (${code ?? String(error)})`);
    }
    try {
        const { size } = await handle.stat();
        if (size === 0)
            throw (0,errors/* fileError */.zS)(path, `is empty, expected ${expected}`);
        const buffer = Buffer.alloc(Math.min(size, headBytes));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        const bytes = buffer.subarray(0, bytesRead);
        if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
            throw (0,errors/* fileError */.zS)(path, `is UTF-16 encoded, expected ${expected} in UTF-8`);
        }
        if (bytes.includes(0))
            throw (0,errors/* fileError */.zS)(path, `is a binary file, expected ${expected}`);
        let text;
        try {
            // stream: true tolerates a multi-byte character cut at the end of the head.
            text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes, { stream: bytesRead < size });
        }
        catch {
            throw (0,errors/* fileError */.zS)(path, `is a binary file (not UTF-8 text), expected ${expected}`);
        }
        const bom = text.charCodeAt(0) === 0xfeff;
        if (bom)
            text = text.slice(1);
        if (text.trim() === '' && size <= headBytes)
            throw (0,errors/* fileError */.zS)(path, `holds only whitespace, expected ${expected}`);
        return { text, size, bom };
    }
    finally {
        await handle.close();
    }
}
/**
 * What a file that is not a report looks like, for an error message, without quoting its text (a wrong file may
 * be anything: a .env file, a key): the root element of XML or HTML, the kind of JSON value, or the length of the
 * first line of other text.
 */
function describeStart(text) {
    const start = text.trimStart();
    const element = /^(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<(!DOCTYPE\s+)?([A-Za-z_][\w.:-]{0,39})/i.exec(start);
    if (element)
        return `it is XML or HTML whose first element is <${element[1] ? '!DOCTYPE ' : ''}${element[2]}>`;
    if (start.startsWith('{'))
        return 'it is JSON (an object) of no known report shape';
    if (start.startsWith('['))
        return 'it is JSON (a list) of no known report shape';
    const firstLine = start.split('\n', 1)[0] ?? '';
    return `its first line is ${firstLine.length} characters of text in no known report format`;
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __nccwpck_require__(8500);
;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
;// CONCATENATED MODULE: ./packages/shared/src/report/chunks.ts



/**
 * 64 KB reads: big enough that per-read costs are small; the decoded strings stay below V8's large-object
 * size, so they die young in scavenges instead of piling up in large-object space until a full GC (which
 * took peak memory over 400 MB on big reports).
 */
const TEXT_CHUNK_BYTES = 64 * 1024;
/**
 * The one reader of report files: their bytes in chunks, streaming (the file is never held whole). Each read is
 * synchronous, into one reused buffer, and is followed by a turn of the event loop (so timers and worker-thread
 * messages still run between chunks): on a 100 MB report this costs a fraction of a `createReadStream`
 * iterator's CPU and allocates nothing per chunk. A yielded chunk is a view of that buffer, valid until the
 * next one is asked for: copy what must outlive it.
 */
async function* readChunks(path, options = {}) {
    const chunkBytes = options.chunkBytes ?? TEXT_CHUNK_BYTES;
    const wholeLines = options.wholeLines === true;
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        let buffer = Buffer.allocUnsafe(chunkBytes);
        let kept = 0; // bytes of an unfinished line, moved to the buffer's start
        for (;;) {
            if (buffer.length - kept < chunkBytes / 2) {
                const bigger = Buffer.allocUnsafe(buffer.length * 2);
                buffer.copy(bigger, 0, 0, kept);
                buffer = bigger;
            }
            const bytesRead = (0,external_node_fs_.readSync)(fd, buffer, kept, buffer.length - kept, null);
            if (bytesRead === 0)
                break;
            const end = kept + bytesRead;
            if (!wholeLines) {
                yield buffer.subarray(0, end);
            }
            else {
                // Only the new bytes are searched: the kept ones hold no newline.
                const newline = buffer.subarray(kept, end).lastIndexOf(10);
                if (newline === -1) {
                    kept = end;
                    continue;
                }
                const cut = kept + newline + 1;
                yield buffer.subarray(0, cut);
                kept = end - cut;
                buffer.copyWithin(0, cut, end);
            }
            await (0,external_node_timers_promises_.setImmediate)();
        }
        if (kept > 0)
            yield buffer.subarray(0, kept);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** The text of a UTF-8 file in chunks (`readChunks`, decoded); characters cut between reads are joined. */
async function* readUtf8Chunks(path, chunkBytes = TEXT_CHUNK_BYTES) {
    const decoder = new external_node_string_decoder_namespaceObject.StringDecoder('utf8');
    for await (const bytes of readChunks(path, { chunkBytes })) {
        const text = decoder.write(bytes);
        if (text !== '')
            yield text;
    }
    const rest = decoder.end();
    if (rest !== '')
        yield rest;
}

;// CONCATENATED MODULE: ./packages/shared/src/report/json.ts


/**
 * `JSON.parse` of one value read from `file` at `line`:`column`: a syntax error becomes a file error at the
 * error's own line and column in the file.
 */
function parseJsonAt(file, text, line, column) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const position = /position (\d+)/.exec(message);
        let errLine = line;
        let errColumn = column;
        if (position) {
            const offset = Number(position[1]);
            const before = text.slice(0, offset);
            const newlines = before.split('\n').length - 1;
            errLine += newlines;
            errColumn = newlines === 0 ? column + offset : offset - before.lastIndexOf('\n');
        }
        throw (0,errors/* fileError */.zS)(file, `is not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}`, errLine, errColumn);
    }
}
const enum_ = {
    value: 0, // a value is expected (top level, after ':', after ',' in an array)
    valueOrEnd: 1, // just after '['
    keyOrEnd: 2, // just after '{'
    key: 3, // after ',' in an object
    colon: 4,
    commaOrEnd: 5,
    done: 6,
};
const isSpace = (c) => c === 32 || c === 10 || c === 13 || c === 9;
const isDelimiter = (c) => c === 44 || c === 125 || c === 93 || isSpace(c);
/**
 * Streams a JSON file and hands over only the selected values, so a report of any size is read with
 * memory bounded by its largest selected value. A small tokenizer tracks only nesting, strings and
 * keys; each selected slice is decoded by `JSON.parse` (fast, and it validates the slice).
 * Bad or truncated JSON becomes a file error with line and column.
 */
async function streamJson(file, options) {
    const { select, onValue } = options;
    const descend = options.descend ?? (() => true);
    const kinds = []; // 0 object, 1 array
    const path = [];
    let phase = enum_.value;
    let line = 1;
    let lineStart = 0; // absolute offset of the current line's first character
    let base = 0; // absolute offset of the current chunk
    // A value being collected (keep) or skipped (!keep).
    let capturing = false;
    let keep = false;
    let asText = false;
    let depth = 0;
    let primitive = false;
    let inString = false;
    let escapeNext = false;
    let parts = [];
    let captureLine = 0;
    let captureColumn = 0;
    // A key being read.
    let inKey = false;
    let keyParts = [];
    let sawAny = false;
    const fail = (message, at) => {
        throw (0,errors/* fileError */.zS)(file, `is not valid JSON: ${message}`, line, at - lineStart + 1);
    };
    /** Index of the closing quote at or after i, or -1 (then `escapeNext` tells if the chunk ended mid-escape). */
    const scanString = (s, from) => {
        let i = from;
        if (escapeNext) {
            escapeNext = false;
            i++;
        }
        for (;;) {
            const q = s.indexOf('"', i);
            if (q === -1) {
                let n = 0;
                for (let k = s.length - 1; k >= i && s.charCodeAt(k) === 92; k--)
                    n++;
                escapeNext = n % 2 === 1;
                return -1;
            }
            let n = 0;
            for (let k = q - 1; k >= i && s.charCodeAt(k) === 92; k--)
                n++;
            if (n % 2 === 0)
                return q;
            i = q + 1;
        }
    };
    /** Ends the value being collected; a promise when `onText` asked to pause. */
    const finishValue = () => {
        capturing = false;
        phase = kinds.length === 0 ? enum_.done : enum_.commaOrEnd;
        if (!keep)
            return;
        const text = parts.length === 1 ? parts[0] : parts.join('');
        parts = [];
        if (asText)
            return options.onText(text, path, captureLine, captureColumn);
        onValue(parseJsonAt(file, text, captureLine, captureColumn), path.slice());
    };
    let first = true;
    for await (const raw of readUtf8Chunks(file)) {
        let s = raw;
        if (first) {
            first = false;
            if (s.charCodeAt(0) === 0xfeff) {
                s = s.slice(1);
                base = 1;
                lineStart = 1;
            }
        }
        const n = s.length;
        let i = 0;
        // Where the value being collected starts in this chunk: at its opening character when it starts
        // here, so a value within one chunk is one slice (no join).
        let valueStart = -1;
        while (i < n) {
            if (capturing) {
                const captureStart = valueStart >= 0 ? valueStart : i;
                valueStart = -1;
                if (inString) {
                    const q = scanString(s, i);
                    if (q === -1) {
                        i = n;
                    }
                    else {
                        inString = false;
                        i = q + 1;
                        if (depth === 0) {
                            if (keep)
                                parts.push(s.slice(captureStart, i));
                            const paused = finishValue();
                            if (paused)
                                await paused;
                            continue;
                        }
                    }
                }
                if (primitive) {
                    while (i < n && !isDelimiter(s.charCodeAt(i)))
                        i++;
                    if (keep)
                        parts.push(s.slice(captureStart, i));
                    if (i < n) {
                        const paused = finishValue();
                        if (paused)
                            await paused;
                    }
                    continue;
                }
                let ended = false;
                for (; i < n; i++) {
                    const c = s.charCodeAt(i);
                    if (c === 34) {
                        const q = scanString(s, i + 1);
                        if (q === -1) {
                            inString = true;
                            i = n;
                            break;
                        }
                        i = q;
                    }
                    else if (c === 123 || c === 91) {
                        depth++;
                    }
                    else if (c === 125 || c === 93) {
                        if (--depth === 0) {
                            i++;
                            ended = true;
                            break;
                        }
                    }
                    else if (c === 10) {
                        line++;
                        lineStart = base + i + 1;
                    }
                }
                if (keep)
                    parts.push(s.slice(captureStart, i));
                if (ended) {
                    const paused = finishValue();
                    if (paused)
                        await paused;
                }
                continue;
            }
            if (inKey) {
                const q = scanString(s, i);
                if (q === -1) {
                    keyParts.push(s.slice(i));
                    i = n;
                    continue;
                }
                keyParts.push(s.slice(i, q));
                const rawKey = keyParts.join('');
                keyParts = [];
                inKey = false;
                path[path.length - 1] = rawKey.includes('\\') ? JSON.parse(`"${rawKey}"`) : rawKey;
                phase = enum_.colon;
                i = q + 1;
                continue;
            }
            const c = s.charCodeAt(i);
            if (isSpace(c)) {
                if (c === 10) {
                    line++;
                    lineStart = base + i + 1;
                }
                i++;
                continue;
            }
            const at = base + i;
            switch (phase) {
                case enum_.valueOrEnd:
                case enum_.value: {
                    if (phase === enum_.valueOrEnd && c === 93) {
                        kinds.pop();
                        path.pop();
                        phase = kinds.length === 0 ? enum_.done : enum_.commaOrEnd;
                        i++;
                        break;
                    }
                    sawAny = true;
                    const isContainer = c === 123 || c === 91;
                    if (!isContainer && c !== 34 && c !== 45 && !(c >= 48 && c <= 57) && c !== 116 && c !== 102 && c !== 110) {
                        fail(`unexpected '${s[i]}' where a value was expected`, at);
                    }
                    const selected = select(path);
                    if (selected !== false) {
                        keep = true;
                        asText = selected === 'text';
                        if (asText && options.onText === undefined)
                            throw new Error('streamJson: select() said "text" without onText');
                    }
                    else if (isContainer && descend(path)) {
                        kinds.push(c === 123 ? 0 : 1);
                        path.push(c === 123 ? '' : 0);
                        phase = c === 123 ? enum_.keyOrEnd : enum_.valueOrEnd;
                        i++;
                        break;
                    }
                    else {
                        keep = false;
                    }
                    capturing = true;
                    captureLine = line;
                    captureColumn = at - lineStart + 1;
                    parts = [];
                    primitive = !isContainer && c !== 34;
                    inString = c === 34;
                    depth = isContainer ? 1 : 0;
                    if (primitive)
                        break; // the scan starts at this character
                    valueStart = i;
                    i++;
                    break;
                }
                case enum_.keyOrEnd:
                case enum_.key:
                    if (phase === enum_.keyOrEnd && c === 125) {
                        kinds.pop();
                        path.pop();
                        phase = kinds.length === 0 ? enum_.done : enum_.commaOrEnd;
                        i++;
                        break;
                    }
                    if (c !== 34)
                        fail(`unexpected '${s[i]}' where a key was expected`, at);
                    inKey = true;
                    i++;
                    break;
                case enum_.colon:
                    if (c !== 58)
                        fail(`unexpected '${s[i]}' where ':' was expected`, at);
                    phase = enum_.value;
                    i++;
                    break;
                case enum_.commaOrEnd: {
                    const kind = kinds[kinds.length - 1];
                    if (c === 44) {
                        if (kind === 1) {
                            path[path.length - 1] = path[path.length - 1] + 1;
                            phase = enum_.value;
                        }
                        else {
                            phase = enum_.key;
                        }
                    }
                    else if ((c === 125 && kind === 0) || (c === 93 && kind === 1)) {
                        kinds.pop();
                        path.pop();
                        phase = kinds.length === 0 ? enum_.done : enum_.commaOrEnd;
                    }
                    else {
                        fail(`unexpected '${s[i]}' where ',' or '${kind === 0 ? '}' : ']'}' was expected`, at);
                    }
                    i++;
                    break;
                }
                case enum_.done:
                    fail(`unexpected '${s[i]}' after the end of the document`, at);
            }
        }
        // A value whose opening character ends the chunk: keep that character.
        if (valueStart >= 0 && keep)
            parts.push(s.slice(valueStart));
        base += n;
    }
    if (capturing && primitive && !inString) {
        await finishValue();
    }
    if (!sawAny)
        throw (0,errors/* fileError */.zS)(file, 'is not valid JSON: the file holds no value');
    if (phase !== enum_.done || capturing || inKey) {
        throw (0,errors/* fileError */.zS)(file, 'is not valid JSON: unexpected end of file (truncated?)', line, base - lineStart + 1);
    }
}

// EXTERNAL MODULE: ./packages/shared/src/report/paths.ts
var paths = __nccwpck_require__(3257);
;// CONCATENATED MODULE: ./actions/quality-gate/src/formats/format.ts
/** The severity `word` stands for in `table` (looked up as written, then upper- and lower-cased). */
function severityFrom(table, word, fallback = 'info') {
    if (word === undefined)
        return fallback;
    return table[word] ?? table[word.toUpperCase()] ?? table[word.toLowerCase()] ?? fallback;
}

;// CONCATENATED MODULE: ./actions/quality-gate/src/formats/json-util.ts
const asObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
const asArray = (value) => (Array.isArray(value) ? value : []);
const asString = (value) => typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
const asNumber = (value) => {
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
};
const asPositiveLine = (value) => {
    const line = asNumber(value);
    return line !== undefined && line >= 1 ? Math.trunc(line) : undefined;
};

;// CONCATENATED MODULE: ./actions/quality-gate/src/formats/bandit.ts



/** UNDEFINED -> info. Confidence is reported in the message only. */
const SEVERITY = { HIGH: 'high', MEDIUM: 'medium', LOW: 'low' };
const bandit = {
    id: 'bandit-json',
    label: 'Bandit JSON',
    syntax: 'json',
    detect: ({ document }) => looksLikeBandit(document),
    read: ({ document, workspace }) => ({ findings: banditFindings(document, workspace) }),
};
function looksLikeBandit(value) {
    const object = asObject(value);
    return (object !== undefined &&
        Array.isArray(object.results) &&
        asObject(object.metrics) !== undefined &&
        'generated_at' in object);
}
function banditFindings(value, workspace) {
    return asArray(asObject(value)?.results).flatMap((entry) => {
        const result = asObject(entry);
        if (result === undefined)
            return [];
        const confidence = asString(result.issue_confidence);
        const finding = {
            tool: 'bandit',
            category: 'sast',
            severity: severityFrom(SEVERITY, asString(result.issue_severity)),
            rule: asString(result.test_id) ?? 'unknown',
            message: `${asString(result.issue_text) ?? ''}${confidence ? ` (confidence: ${confidence.toLowerCase()})` : ''}`,
        };
        const file = asString(result.filename);
        if (file !== undefined)
            finding.file = (0,paths/* toRepoPath */.x)(file, workspace);
        const line = asPositiveLine(result.line_number);
        if (line !== undefined)
            finding.line = line;
        const helpUri = asString(result.more_info);
        if (helpUri !== undefined)
            finding.helpUri = helpUri;
        return [finding];
    });
}

;// CONCATENATED MODULE: ./packages/shared/src/report/lines.ts

/**
 * Calls `onLine` for every line of a file (`line` is 1-based, the text without its line terminator), streaming:
 * the file is never held whole. Handles LF and CRLF endings and a UTF-8 byte order mark. Chunks are read whole
 * lines at a time, so each is decoded once, a multi-byte character is never cut, and one long line costs its length.
 */
async function scanLines(path, onLine) {
    let line = 0;
    let first = true;
    for await (const bytes of readChunks(path, { wholeLines: true })) {
        let start = 0;
        if (first) {
            first = false;
            if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
                start = 3;
        }
        const text = bytes.toString('utf8', start);
        const n = text.length;
        let from = 0;
        while (from < n) {
            let end = text.indexOf('\n', from);
            const next = end === -1 ? n : end + 1;
            if (end === -1)
                end = n;
            line++;
            onLine(text.slice(from, end > from && text.charCodeAt(end - 1) === 13 ? end - 1 : end), line);
            from = next;
        }
    }
}
/**
 * A copy of `text` that does not point into the chunk it was cut from. V8 keeps a whole read chunk
 * alive while any slice of it lives, so strings a parser keeps (file paths, function names)
 * must be detached, or a big report ends up held whole in memory after all.
 */
function detach(text) {
    return text.length === 0 ? '' : Buffer.from(text, 'utf8').toString('utf8');
}
/** Length of `data` without a UTF-8 sequence cut at its end (decoded with the next chunk). */
function completeUtf8Length(data) {
    const end = data.length;
    for (let k = end - 1; k >= 0 && k >= end - 4; k--) {
        const byte = data[k];
        if ((byte & 0xc0) === 0x80)
            continue; // continuation byte
        const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
        return k + need > end ? k : end;
    }
    return end;
}

;// CONCATENATED MODULE: ./packages/shared/src/report/xml.ts



const CHUNK_BYTES = TEXT_CHUNK_BYTES;
const ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/**
 * Decodes the five predefined entities and character references; anything else is an error (no DTD entities: no
 * XXE), reported through `fail` at its offset in the buffer.
 */
function decodeEntities(text, at, fail) {
    return text.replace(/&([^;&\s]*);?/g, (match, body, offset) => {
        if (!match.endsWith(';'))
            fail(`'&' must start an entity like &amp;`, at + offset);
        if (body.startsWith('#x') || body.startsWith('#X')) {
            const code = parseInt(body.slice(2), 16);
            if (Number.isNaN(code))
                fail(`invalid character reference &${body};`, at + offset);
            return String.fromCodePoint(code);
        }
        if (body.startsWith('#')) {
            const code = parseInt(body.slice(1), 10);
            if (Number.isNaN(code))
                fail(`invalid character reference &${body};`, at + offset);
            return String.fromCodePoint(code);
        }
        const entity = ENTITIES[body];
        if (entity === undefined)
            fail(`undefined entity &${body};`, at + offset);
        return entity;
    });
}
const isNameStart = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 58 || c > 127;
const xml_isSpace = (c) => c === 32 || c === 10 || c === 9 || c === 13;
/**
 * Streams an XML file element by element: the document is never held whole. A small non-validating
 * tokenizer (tags, attributes, the predefined entities, comments, CDATA, processing instructions,
 * DOCTYPE without entity expansion) checks well-formedness as it goes: mismatched or unclosed tags,
 * bad attributes, text or a second element after the root, and a truncated file are file errors with
 * line and column. It replaced saxes here: saxes measured 21 MB/s on big reports, this runs at several
 * times that. An exception thrown by a handler propagates unchanged.
 */
async function streamXml(path, handlers) {
    const { open, close } = handlers;
    const stack = [];
    let line = 1;
    let lineStartAbs = 0;
    let base = 0; // absolute offset of buf[0]
    let buf = '';
    let countedTo = 0;
    let nextNewline = -1;
    let sawRoot = false;
    let first = true;
    const advanceLines = (to) => {
        if (to <= countedTo)
            return;
        while (nextNewline !== -1 && nextNewline < to) {
            line++;
            lineStartAbs = base + nextNewline + 1;
            nextNewline = buf.indexOf('\n', nextNewline + 1);
        }
        countedTo = to;
    };
    const fail = (message, at) => {
        advanceLines(at);
        throw (0,errors/* fileError */.zS)(path, `is not well-formed XML: ${message}`, line, base + at - lineStartAbs + 1);
    };
    const outsideRootText = (from, to) => {
        for (let k = from; k < to; k++) {
            if (!xml_isSpace(buf.charCodeAt(k)))
                fail(sawRoot ? 'text after the root element' : 'text before the root element', k);
        }
    };
    const emitText = (from, to) => {
        if (from >= to)
            return;
        if (stack.length === 0) {
            outsideRootText(from, to);
            return;
        }
        if (!handlers.text)
            return;
        const raw = buf.slice(from, to);
        handlers.text(raw.includes('&') ? decodeEntities(raw, from, fail) : raw);
    };
    // Attribute names repeat endlessly in coverage reports: reuse one internalized string per name, which
    // makes `attrs[name] = value` a fast property store instead of a string-table lookup per attribute.
    const namesByLength = [];
    const attributeName = (from, to) => {
        const length = to - from;
        const bucket = (namesByLength[length] ??= []);
        const raw = buf.slice(from, to);
        for (const known of bucket)
            if (known === raw)
                return known;
        const fresh = Object.keys({ [raw]: 0 })[0];
        if (bucket.length < 16)
            bucket.push(fresh);
        return fresh;
    };
    /**
     * Parses the start tag at buf[lt] and reports it; returns the index of its '>' or -1 when the tag
     * continues in the next chunk (nothing is reported then). Quoted values are skipped with indexOf.
     */
    const startTag = (lt) => {
        const n = buf.length;
        let k = lt + 1;
        if (!isNameStart(buf.charCodeAt(k)))
            fail(`invalid tag name`, k);
        for (; k < n; k++) {
            const c = buf.charCodeAt(k);
            if (c === 62 || c === 47 || xml_isSpace(c))
                break;
            if (c === 60)
                fail(`'<' inside a tag`, k);
        }
        if (k >= n)
            return -1;
        const name = buf.slice(lt + 1, k);
        const attrs = {};
        const seen = [];
        let gt;
        let selfClosing = false;
        for (;;) {
            const before = k;
            while (k < n && xml_isSpace(buf.charCodeAt(k)))
                k++;
            if (k >= n)
                return -1;
            const c = buf.charCodeAt(k);
            if (c === 62) {
                gt = k;
                break;
            }
            if (c === 47) {
                if (k + 1 >= n)
                    return -1;
                if (buf.charCodeAt(k + 1) !== 62)
                    fail(`expected '>' after '/'`, k + 1);
                gt = k + 1;
                selfClosing = true;
                break;
            }
            if (k === before)
                fail(`expected whitespace before attribute`, k);
            const nameStart = k;
            if (!isNameStart(c))
                fail(c === 60 ? `'<' inside a tag` : `invalid attribute name`, k);
            for (; k < n; k++) {
                const ch = buf.charCodeAt(k);
                if (ch === 61 || ch === 62 || ch === 47 || ch === 60 || xml_isSpace(ch))
                    break;
            }
            if (k >= n)
                return -1;
            const attrName = attributeName(nameStart, k);
            while (k < n && xml_isSpace(buf.charCodeAt(k)))
                k++;
            if (k >= n)
                return -1;
            if (buf.charCodeAt(k) !== 61)
                fail(`attribute '${attrName}' has no value`, k);
            k++;
            while (k < n && xml_isSpace(buf.charCodeAt(k)))
                k++;
            if (k >= n)
                return -1;
            const quote = buf.charCodeAt(k);
            if (quote !== 34 && quote !== 39)
                fail(`the value of '${attrName}' must be quoted`, k);
            const close = buf.indexOf(quote === 34 ? '"' : "'", k + 1);
            if (close === -1)
                return -1;
            const value = buf.slice(k + 1, close);
            if (value.includes('<'))
                fail(`'<' in the value of '${attrName}'`, k);
            for (const other of seen)
                if (other === attrName)
                    fail(`duplicate attribute '${attrName}'`, nameStart);
            seen.push(attrName);
            attrs[attrName] = value.includes('&') ? decodeEntities(value, k + 1, fail) : value;
            k = close + 1;
        }
        if (stack.length === 0 && sawRoot)
            fail(`a second root element <${name}>`, lt);
        sawRoot = true;
        advanceLines(gt);
        open?.(name, attrs, line);
        if (selfClosing)
            close?.(name, line);
        else
            stack.push(name);
        return gt;
    };
    let carry = '';
    let tail = Buffer.alloc(0);
    // A construct longer than a chunk (a 50 MB attribute) is parsed again only once the bytes read after it
    // have doubled it: each attempt costs its length, so the attempts together stay linear in the file.
    let waiting = [];
    let waitingBytes = 0;
    let needBytes = 0;
    /** Parses what `bytes` completes, after the carry; keeps the unfinished rest as the next carry. */
    const feed = (bytes) => {
        // The unfinished tail of the last chunk goes back in front as bytes, so the decoded chunk is one
        // flat string: character access on a concatenated (cons) string is several times slower.
        const data = carry === '' && tail.length === 0 ? bytes : Buffer.concat([Buffer.from(carry, 'utf8'), tail, bytes]);
        const cut = completeUtf8Length(data);
        // A copy: `data` may be the reader's buffer, which the next read overwrites.
        tail = Buffer.from(data.subarray(cut));
        buf = data.toString('utf8', 0, cut);
        if (first) {
            first = false;
            if (buf.charCodeAt(0) === 0xfeff) {
                buf = buf.slice(1);
                base = 1;
                lineStartAbs = 1;
            }
        }
        countedTo = 0;
        nextNewline = buf.indexOf('\n');
        const n = buf.length;
        let i = 0;
        let pending = -1; // start of an incomplete construct to carry over
        while (i < n) {
            const lt = buf.indexOf('<', i);
            if (lt === -1) {
                // Text up to the end of the chunk; keep a possible partial entity for the next one.
                const amp = buf.lastIndexOf('&');
                const cut = amp >= i && buf.indexOf(';', amp) === -1 && n - amp < 32 ? amp : n;
                emitText(i, cut);
                if (cut < n)
                    pending = cut;
                break;
            }
            emitText(i, lt);
            if (lt + 1 >= n) {
                pending = lt;
                break;
            }
            const c = buf.charCodeAt(lt + 1);
            if (c === 47) {
                const gt = buf.indexOf('>', lt + 2);
                if (gt === -1) {
                    pending = lt;
                    break;
                }
                const name = buf.slice(lt + 2, gt).trimEnd();
                const expected = stack.pop();
                if (expected === undefined)
                    fail(`closing tag </${name}> without an open element`, lt);
                if (name !== expected)
                    fail(`closing tag </${name}> does not match <${expected}>`, lt);
                advanceLines(gt);
                close?.(name, line);
                i = gt + 1;
            }
            else if (c === 63) {
                const end = buf.indexOf('?>', lt + 2);
                if (end === -1) {
                    pending = lt;
                    break;
                }
                i = end + 2;
            }
            else if (c === 33) {
                if (buf.startsWith('<!--', lt)) {
                    const end = buf.indexOf('-->', lt + 4);
                    if (end === -1) {
                        pending = lt;
                        break;
                    }
                    handlers.comment?.(buf.slice(lt + 4, end));
                    i = end + 3;
                }
                else if (buf.startsWith('<![CDATA[', lt)) {
                    const end = buf.indexOf(']]>', lt + 9);
                    if (end === -1) {
                        pending = lt;
                        break;
                    }
                    if (stack.length === 0)
                        fail('CDATA outside the root element', lt);
                    handlers.text?.(buf.slice(lt + 9, end));
                    i = end + 3;
                }
                else if (buf.startsWith('<!DOCTYPE', lt) || n - lt < 9) {
                    const bracket = buf.indexOf('[', lt);
                    let gt = buf.indexOf('>', lt);
                    if (bracket !== -1 && (gt === -1 || bracket < gt)) {
                        const closeBracket = buf.indexOf(']', bracket);
                        gt = closeBracket === -1 ? -1 : buf.indexOf('>', closeBracket);
                    }
                    if (gt === -1) {
                        pending = lt;
                        break;
                    }
                    if (!buf.startsWith('<!DOCTYPE', lt))
                        fail('unexpected markup declaration', lt);
                    if (sawRoot)
                        fail('DOCTYPE after the root element', lt);
                    i = gt + 1;
                }
                else {
                    fail('unexpected markup declaration', lt);
                }
            }
            else {
                const gt = startTag(lt);
                if (gt === -1) {
                    pending = lt;
                    break;
                }
                i = gt + 1;
            }
        }
        const consumed = pending === -1 ? n : pending;
        advanceLines(consumed);
        carry = consumed < n ? buf.slice(consumed) : '';
        base += consumed;
        if (carry.length > 64 * 1024 * 1024)
            fail('a single tag or comment is larger than 64 MB', consumed);
        needBytes = carry.length > CHUNK_BYTES ? carry.length : 0;
    };
    for await (const chunk of readChunks(path)) {
        if (needBytes > 0) {
            waiting.push(Buffer.from(chunk)); // kept past the next read: copied
            waitingBytes += chunk.length;
            if (waitingBytes < needBytes)
                continue;
        }
        const bytes = waiting.length > 0 ? Buffer.concat(waiting) : chunk;
        waiting = [];
        waitingBytes = 0;
        feed(bytes);
    }
    // The file ended while a long construct waited for more: parse what there is (it ends there or is truncated).
    if (waiting.length > 0)
        feed(Buffer.concat(waiting));
    buf = carry + tail.toString('utf8');
    countedTo = 0;
    nextNewline = buf.indexOf('\n');
    if (buf.trim() !== '')
        fail(`unexpected end of file inside '${buf.slice(0, 20).replace(/\s+/g, ' ')}…' (truncated?)`, 0);
    if (stack.length > 0)
        fail(`unexpected end of file: <${stack[stack.length - 1]}> is not closed (truncated?)`, buf.length);
    if (!sawRoot)
        throw (0,errors/* fileError */.zS)(path, 'is not well-formed XML: document must contain a root element');
}

;// CONCATENATED MODULE: ./actions/quality-gate/src/formats/checkstyle.ts
/**
 * Checkstyle XML (Checkstyle, and the checkstyle output of ShellCheck, ESLint, ktlint, PHP_CodeSniffer…):
 * <checkstyle><file name=".."><error line=".." column=".." severity=".." message=".." source=".."/></file></checkstyle>
 * Written as a handler over XML events so it runs on the streaming reader.
 */



/** ignore -> info. */
const checkstyle_SEVERITY = { error: 'high', warning: 'medium', info: 'low' };
const checkstyle = {
    id: 'checkstyle',
    label: 'checkstyle XML',
    syntax: 'xml',
    detect: ({ head }) => /<checkstyle[\s>]/.test(head),
    async read({ file, workspace }) {
        const findings = [];
        await streamXml(file, checkstyleHandlers(workspace, findings));
        return { findings };
    },
};
/** The tool and rule from a `source` attribute: "ShellCheck.SC2086", "eslint.rules.no-undef", "com.puppycrawl…FooCheck". */
function checkstyleSource(source) {
    if (source === undefined || source === '')
        return { tool: 'checkstyle', rule: 'unknown' };
    const shellcheck = /^shellcheck\.(.+)$/i.exec(source);
    if (shellcheck)
        return { tool: 'shellcheck', rule: shellcheck[1] };
    const eslint = /^eslint\.rules\.(.+)$/.exec(source);
    if (eslint)
        return { tool: 'eslint', rule: eslint[1] };
    if (source.startsWith('com.puppycrawl.tools.checkstyle.'))
        return { tool: 'checkstyle', rule: source.split('.').pop() };
    return { tool: 'checkstyle', rule: source };
}
/** XML event handlers that collect checkstyle findings into `findings`. */
function checkstyleHandlers(workspace, findings) {
    let file;
    return {
        open(name, attributes) {
            if (name === 'file') {
                file = attributes.name === undefined ? undefined : (0,paths/* toRepoPath */.x)(attributes.name, workspace);
            }
            else if (name === 'error') {
                const { tool, rule } = checkstyleSource(attributes.source);
                const finding = {
                    tool,
                    category: 'lint',
                    severity: severityFrom(checkstyle_SEVERITY, attributes.severity),
                    rule,
                    message: attributes.message ?? '',
                };
                if (file !== undefined)
                    finding.file = file;
                const line = Number(attributes.line);
                if (Number.isInteger(line) && line >= 1)
                    finding.line = line;
                const column = Number(attributes.column);
                if (Number.isInteger(column) && column >= 1)
                    finding.column = column;
                findings.push(finding);
            }
        },
        close(name) {
            if (name === 'file')
                file = undefined;
        },
    };
}

;// CONCATENATED MODULE: ./actions/quality-gate/src/formats/eslint.ts


/** ESLint severity 2 (error) and 1 (warning); a fatal parse error is high whatever its severity. */
const eslint_SEVERITY = { 2: 'high', 1: 'medium' };
const eslint = {
    id: 'eslint-json',
    label: 'ESLint JSON',
    syntax: 'json',
    detect: ({ document }) => looksLikeEslint(document),
    read: ({ document, workspace }) => ({ findings: eslintFindings(document, workspace) }),
};
function eslintSeverity(severity, fatal) {
    return fatal ? 'high' : (eslint_SEVERITY[String(severity)] ?? 'info');
}
function looksLikeEslint(value) {
    const first = asObject(asArray(value)[0]);
    return Array.isArray(value) && first !== undefined && 'filePath' in first && 'messages' in first;
}
function eslintFindings(value, workspace) {
    const findings = [];
    for (const entry of asArray(value)) {
        const result = asObject(entry);
        if (result === undefined)
            continue;
        const file = asString(result.filePath);
        for (const item of asArray(result.messages)) {
            const message = asObject(item);
            if (message === undefined)
                continue;
            const fatal = message.fatal === true;
            const finding = {
                tool: 'eslint',
                category: 'lint',
                severity: eslintSeverity(asNumber(message.severity), fatal),
                rule: asString(message.ruleId) ?? (fatal ? 'parse-error' : 'unknown'),
                message: asString(message.message) ?? '',
            };
            if (file !== undefined)
                finding.file = (0,paths/* toRepoPath */.x)(file, workspace);
            const line = asPositiveLine(message.line);
            if (line !== undefined)
                finding.line = line;
            const column = asPositiveLine(message.column);
            if (column !== undefined)
                finding.column = column;
            findings.push(finding);
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./actions/quality-gate/src/formats/gitleaks.ts


const gitleaks = {
    id: 'gitleaks-json',
    label: 'gitleaks JSON',
    syntax: 'json',
    detect: ({ document }) => looksLikeGitleaks(document),
    read: ({ document, workspace }) => ({ findings: gitleaksFindings(document, workspace) }),
};
function looksLikeGitleaks(value) {
    const first = asObject(asArray(value)[0]);
    return Array.isArray(value) && first !== undefined && 'RuleID' in first && 'Secret' in first;
}
/** Every leaked secret is critical: it is exposed the moment it is pushed. */
function gitleaksFindings(value, workspace) {
    return asArray(value).flatMap((entry) => {
        const leak = asObject(entry);
        if (leak === undefined)
            return [];
        const rule = asString(leak.RuleID) ?? 'secret';
        const commit = asString(leak.Commit);
        const finding = {
            tool: 'gitleaks',
            category: 'secret',
            severity: 'critical',
            rule,
            message: `${asString(leak.Description) ?? rule} detected${commit ? ` (commit ${commit.slice(0, 12)})` : ''}`,
        };
        const file = asString(leak.File);
        if (file !== undefined)
            finding.file = (0,paths/* toRepoPath */.x)(file, workspace);
        const line = asPositiveLine(leak.StartLine);
        if (line !== undefined)
            finding.line = line;
        const fingerprint = asString(leak.Fingerprint);
        if (fingerprint !== undefined)
            finding.toolFingerprint = fingerprint;
        return [finding];
    });
}

;// CONCATENATED MODULE: ./actions/quality-gate/src/formats/grype.ts



/** Negligible and Unknown -> info. */
const grype_SEVERITY = { critical: 'critical', high: 'high', medium: 'medium', low: 'low' };
const grype = {
    id: 'grype-json',
    label: 'Grype JSON',
    syntax: 'json',
    detect: ({ document }) => looksLikeGrype(document),
    read: ({ document, workspace }) => ({ findings: grypeFindings(document, workspace) }),
};
function looksLikeGrype(value) {
    const object = asObject(value);
    return (object !== undefined &&
        Array.isArray(object.matches) &&
        (asObject(object.descriptor)?.name === 'grype' || 'source' in object));
}
function grypeFindings(value, workspace) {
    const report = asObject(value) ?? {};
    const sourceType = asString(asObject(report.source)?.type) ?? 'image';
    const category = sourceType === 'image' ? 'container' : 'dependency';
    return asArray(report.matches).flatMap((entry) => {
        const match = asObject(entry);
        if (match === undefined)
            return [];
        const vulnerability = asObject(match.vulnerability) ?? {};
        const artifact = asObject(match.artifact) ?? {};
        const id = asString(vulnerability.id) ?? 'unknown';
        const fixes = asArray(asObject(vulnerability.fix)?.versions).map(String);
        const finding = {
            tool: 'grype',
            category,
            severity: severityFrom(grype_SEVERITY, asString(vulnerability.severity)),
            rule: id,
            message: `${id} in ${asString(artifact.name) ?? '?'} ${asString(artifact.version) ?? '?'}${fixes.length > 0 ? ` (fixed in ${fixes.join(', ')})` : ' (no fix yet)'}`,
        };
        // Only a directory scan has repository paths; an image's locations are inside the image.
        const location = asString(asObject(asArray(artifact.locations)[0])?.path);
        if (category === 'dependency' && location !== undefined)
            finding.file = (0,paths/* toRepoPath */.x)(location.replace(/^\//, ''), workspace);
        const url = asString(vulnerability.dataSource);
        if (url !== undefined)
            finding.helpUri = url;
        return [finding];
    });
}

;// CONCATENATED MODULE: ./actions/quality-gate/src/formats/junit.ts
/**
 * JUnit XML as written by jest-junit, pytest --junitxml, Maven Surefire, go-junit-report and most test runners:
 * <testsuites><testsuite><testcase classname name file line><failure|error|skipped/></testcase></testsuite></testsuites>
 * Totals are counted from the test cases themselves (suite attributes are sometimes missing or stale);
 * each failing or erroring test becomes a finding. Surefire's flakyFailure/rerunFailure (a test that passed on
 * a rerun) do not count as failures.
 *
 * Where a runner's JUnit says something other than the runner itself, the runner wins:
 * - PHPUnit writes a risky test (no assertion, output…) as an <error type="PHPUnit\Framework\RiskyTestError">,
 *   yet the run passes: it counts as passed, with an `info` finding.
 * - Node's test runner writes a test with subtests as a <testsuite>, leaving its own failure out; its totals are
 *   in trailer comments (`<!-- tests 11 -->`, `<!-- fail 5 -->`…), which are taken as they are.
 */


const junit = {
    id: 'junit',
    label: 'JUnit XML',
    syntax: 'xml',
    detect: ({ head }) => /<testsuites?[\s>]/.test(head),
    async read({ file, workspace }) {
        const totals = { tool: 'junit', file, tests: 0, failures: 0, errors: 0, skipped: 0 };
        const findings = [];
        await streamXml(file, junitHandlers(workspace, totals, findings));
        return { findings, tests: [totals] };
    },
};
const MAX_DETAIL = 2000;
/** The runner that wrote the file, from the marks each leaves at the top. */
function junitTool(rootName, attributes) {
    const name = attributes.name ?? '';
    if (rootName === 'testsuite' && attributes.assertions !== undefined)
        return 'phpunit';
    if (rootName === 'testsuites' && name === 'jest tests')
        return 'jest';
    if (name === 'pytest')
        return 'pytest';
    if ((attributes['xsi:noNamespaceSchemaLocation'] ?? '').includes('surefire'))
        return 'surefire';
    return 'junit';
}
/** XML event handlers that count tests into `totals` and push failing tests to `findings`. */
function junitHandlers(workspace, totals, findings) {
    let depth = 0;
    let testcase;
    let outcome;
    let outcomeMessage = '';
    let detail = '';
    let inOutcome = false;
    let suiteFile;
    let risky = false;
    /** Node's trailer totals (tests, pass, fail, cancelled, skipped, todo), when the file has them. */
    const trailer = new Map();
    let failingCases = 0;
    return {
        open(name, attributes) {
            depth++;
            if (depth === 1)
                totals.tool = junitTool(name, attributes);
            if (depth === 2 && name === 'testsuite' && totals.tool === 'junit') {
                if (attributes.name === 'pytest')
                    totals.tool = 'pytest';
                else if (attributes.assertions !== undefined)
                    totals.tool = 'phpunit';
            }
            if (name === 'testsuite')
                suiteFile = attributes.file ?? suiteFile;
            if (name === 'testcase') {
                testcase = attributes;
                outcome = undefined;
                outcomeMessage = '';
                detail = '';
            }
            else if (testcase !== undefined && (name === 'failure' || name === 'error' || name === 'skipped')) {
                // An error outranks a failure; a skip never replaces either.
                if (outcome === undefined || (name === 'error' && outcome === 'failure')) {
                    outcome = name;
                    outcomeMessage = attributes.message ?? attributes.type ?? '';
                    risky = name === 'error' && attributes.type === 'PHPUnit\\Framework\\RiskyTestError';
                }
                inOutcome = name !== 'skipped';
            }
        },
        comment(text) {
            const match = depth === 1 ? /^\s*(tests|suites|pass|fail|cancelled|skipped|todo) (\d+)\s*$/.exec(text) : null;
            if (match)
                trailer.set(match[1], Number(match[2]));
        },
        text(text) {
            if (inOutcome && detail.length < MAX_DETAIL)
                detail += text.slice(0, MAX_DETAIL - detail.length);
        },
        close(name) {
            depth--;
            if (name === 'failure' || name === 'error' || name === 'skipped')
                inOutcome = false;
            if (name === 'testsuite')
                suiteFile = undefined;
            if (depth === 0 && trailer.has('tests'))
                nodeTotals(totals, trailer, failingCases, findings);
            if (name !== 'testcase' || testcase === undefined)
                return;
            totals.tests++;
            if (outcome === 'skipped')
                totals.skipped++;
            else if (outcome === 'failure' || outcome === 'error') {
                if (risky) {
                    // PHPUnit's text: "Class::test\nThis test did not perform any assertions\n\nfile:line".
                    outcomeMessage = `Risky: ${detail.trim().split('\n')[1]?.trim() || 'PHPUnit marked the test risky'}`;
                }
                else if (outcome === 'failure')
                    totals.failures++;
                else
                    totals.errors++;
                if (!risky)
                    failingCases++;
                const caseName = (testcase.name ?? '(unnamed)').trim();
                const className = (testcase.classname ?? '').trim();
                const message = (outcomeMessage || detail.trim().split('\n')[0] || outcome).trim();
                const finding = {
                    tool: totals.tool,
                    category: 'test',
                    severity: risky ? 'info' : 'high',
                    rule: className && !caseName.startsWith(className) ? `${className} › ${caseName}` : caseName,
                    message: risky
                        ? message.slice(0, 500)
                        : `${outcome === 'error' ? 'Error' : 'Failed'}: ${message.slice(0, 500)}`,
                };
                const testFile = testcase.file ?? suiteFile;
                if (testFile !== undefined && testFile !== '')
                    finding.file = (0,paths/* toRepoPath */.x)(testFile, workspace);
                const lineNumber = Number(testcase.line);
                if (finding.file !== undefined && Number.isInteger(lineNumber) && lineNumber >= 1)
                    finding.line = lineNumber;
                findings.push(finding);
            }
            testcase = undefined;
            risky = false;
        },
    };
}
/**
 * Node's own totals from its trailer; the failed tests its JUnit lists under no failing test case (tests with
 * subtests, written as <testsuite>) become one finding, so the failure is seen.
 */
function nodeTotals(totals, trailer, failingCases, findings) {
    const count = (name) => trailer.get(name) ?? 0;
    totals.tool = 'node';
    totals.tests = count('tests');
    totals.failures = count('fail');
    totals.errors = count('cancelled');
    totals.skipped = count('skipped') + count('todo');
    const unlisted = count('fail') + count('cancelled') - failingCases;
    if (unlisted > 0) {
        findings.push({
            tool: 'node',
            category: 'test',
            severity: 'high',
            rule: 'tests with subtests',
            message: `Failed: ${unlisted} failed test(s) with subtests, which Node's JUnit report writes as <testsuite> elements without their own failure; see the test run's output.`,
        });
    }
}

;// CONCATENATED MODULE: ./actions/quality-gate/src/formats/k6.ts

const k6 = {
    id: 'k6-summary',
    label: 'k6 summary',
    syntax: 'json',
    detect: ({ document }) => looksLikeK6(document),
    read: ({ document, file }) => k6Summary(document, file),
};
function looksLikeK6(value) {
    const object = asObject(value);
    return object !== undefined && asObject(object.metrics) !== undefined && 'root_group' in object;
}
const format = (value) => (Number.isInteger(value) ? String(value) : value.toFixed(2));
function k6Summary(value, file) {
    const metrics = [];
    const findings = [];
    for (const [name, entry] of Object.entries(asObject(asObject(value)?.metrics) ?? {})) {
        const metric = asObject(entry);
        if (metric === undefined)
            continue;
        const nested = asObject(metric.values);
        const source = nested ?? metric;
        const values = {};
        for (const [key, raw] of Object.entries(source)) {
            const number = asNumber(raw);
            if (number !== undefined && key !== 'thresholds')
                values[key] = number;
        }
        // The legacy export's rate metrics give the rate as `value`; handleSummary gives it as `rate`.
        if (nested === undefined && 'passes' in metric && values.value !== undefined)
            values.rate = values.value;
        metrics.push({ tool: 'k6', file, name, values });
        for (const [expression, outcome] of Object.entries(asObject(metric.thresholds) ?? {})) {
            const failed = nested === undefined ? outcome === true : asObject(outcome)?.ok === false;
            if (!failed)
                continue;
            const shown = Object.entries(values)
                .filter(([key]) => expression.includes(key))
                .map(([key, number]) => `${key}=${format(number)}`)
                .join(', ');
            findings.push({
                tool: 'k6',
                category: 'performance',
                severity: 'high',
                rule: `${name}: ${expression}`,
                message: `k6 threshold '${expression}' on ${name} failed${shown ? ` (${shown})` : ''}`,
            });
        }
    }
    return { metrics, findings };
}

;// CONCATENATED MODULE: ./actions/quality-gate/src/formats/npm-audit.ts


/** info -> info. */
const npm_audit_SEVERITY = { critical: 'critical', high: 'high', moderate: 'medium', low: 'low' };
const npmAudit = {
    id: 'npm-audit-json',
    label: 'npm audit JSON',
    syntax: 'json',
    detect: ({ document }) => looksLikeNpmAudit(document),
    read: ({ document }) => ({ findings: npmAuditFindings(document) }),
};
function looksLikeNpmAudit(value) {
    const object = asObject(value);
    return object !== undefined && object.auditReportVersion === 2 && asObject(object.vulnerabilities) !== undefined;
}
function npmAuditFindings(value) {
    const vulnerabilities = asObject(asObject(value)?.vulnerabilities) ?? {};
    return Object.entries(vulnerabilities).flatMap(([name, entry]) => {
        const vulnerability = asObject(entry);
        if (vulnerability === undefined)
            return [];
        const advisories = asArray(vulnerability.via)
            .map(asObject)
            .filter((via) => via !== undefined);
        const via = asArray(vulnerability.via).filter((item) => typeof item === 'string');
        const advisory = advisories[0];
        const fix = vulnerability.fixAvailable;
        const fixText = fix === false
            ? 'no fix available'
            : fix === true
                ? 'fix available'
                : asObject(fix)
                    ? `fix: ${asString(asObject(fix)?.name)}@${asString(asObject(fix)?.version)}`
                    : '';
        const finding = {
            tool: 'npm-audit',
            category: 'dependency',
            severity: severityFrom(npm_audit_SEVERITY, asString(vulnerability.severity)),
            rule: asString(advisory?.url)?.replace(/^.*\//, '') ?? `npm:${name}`,
            message: `${name} ${asString(vulnerability.range) ?? ''}: ${advisory ? (asString(advisory.title) ?? 'vulnerable') : `vulnerable through ${via.join(', ')}`}${fixText ? ` (${fixText})` : ''}`.replace(/\s+:/, ':'),
            file: 'package-lock.json',
        };
        const url = asString(advisory?.url);
        if (url !== undefined)
            finding.helpUri = url;
        return [finding];
    });
}

;// CONCATENATED MODULE: ./actions/quality-gate/src/formats/pip-audit.ts

const pipAudit = {
    id: 'pip-audit-json',
    label: 'pip-audit JSON',
    syntax: 'json',
    detect: ({ document }) => {
        const object = asObject(document);
        const first = asObject(asArray(object?.dependencies)[0]);
        return (object !== undefined &&
            Array.isArray(object.dependencies) &&
            Array.isArray(object.fixes) &&
            (first === undefined || ('name' in first && ('vulns' in first || 'skip_reason' in first))));
    },
    read: ({ document }) => ({ findings: pipAuditFindings(document) }),
};
/**
 * pip-audit gives no severity: every known vulnerability is `high`, as a failed test is (the policy decides).
 * No file: the requirement it came from is not in the report.
 */
function pipAuditFindings(value) {
    const findings = [];
    for (const entry of asArray(asObject(value)?.dependencies)) {
        const dependency = asObject(entry);
        if (dependency === undefined)
            continue;
        const name = asString(dependency.name) ?? '?';
        const version = asString(dependency.version) ?? '?';
        for (const item of asArray(dependency.vulns)) {
            const vuln = asObject(item);
            if (vuln === undefined)
                continue;
            const id = asString(vuln.id) ?? 'unknown';
            const fixes = asArray(vuln.fix_versions).map(String);
            const aliases = asArray(vuln.aliases).map(String);
            const finding = {
                tool: 'pip-audit',
                category: 'dependency',
                severity: 'high',
                rule: id,
                message: `${id}${aliases.length > 0 ? ` (${aliases.join(', ')})` : ''} in ${name} ${version}${fixes.length > 0 ? ` (fixed in ${fixes.join(', ')})` : ' (no fix yet)'}`,
            };
            // pip-audit's ids (PYSEC-, GHSA-…) are OSV's: osv.dev has a page for each.
            if (id !== 'unknown')
                finding.helpUri = `https://osv.dev/vulnerability/${id}`;
            findings.push(finding);
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./actions/quality-gate/src/formats/pylint.ts



/** info -> info. */
const pylint_SEVERITY = {
    fatal: 'high',
    error: 'high',
    warning: 'medium',
    refactor: 'low',
    convention: 'low',
};
const pylint = {
    id: 'pylint-json',
    label: 'pylint JSON',
    syntax: 'json',
    detect: ({ document }) => looksLikePylint(document),
    read: ({ document, workspace }) => ({ findings: pylintFindings(document, workspace) }),
};
function looksLikePylint(value) {
    const first = asObject(asArray(value)[0]);
    return Array.isArray(value) && first !== undefined && 'message-id' in first && 'symbol' in first;
}
function pylintFindings(value, workspace) {
    return asArray(value).flatMap((entry) => {
        const item = asObject(entry);
        if (item === undefined)
            return [];
        const finding = {
            tool: 'pylint',
            category: 'lint',
            severity: severityFrom(pylint_SEVERITY, asString(item.type)),
            rule: asString(item.symbol) ?? asString(item['message-id']) ?? 'unknown',
            message: asString(item.message) ?? '',
        };
        const file = asString(item.path);
        if (file !== undefined)
            finding.file = (0,paths/* toRepoPath */.x)(file, workspace);
        const line = asPositiveLine(item.line);
        if (line !== undefined)
            finding.line = line;
        const column = asPositiveLine(Number(item.column) + 1);
        if (column !== undefined)
            finding.column = column;
        return [finding];
    });
}

;// CONCATENATED MODULE: ./actions/quality-gate/src/formats/safety.ts


/** The CVSS base severity when Safety's database has one (only its commercial one has). */
const safety_SEVERITY = { CRITICAL: 'critical', HIGH: 'high', MEDIUM: 'medium', LOW: 'low', NONE: 'info' };
const safety = {
    id: 'safety-json',
    label: 'Safety JSON',
    syntax: 'json',
    detect: ({ document }) => isSafetyReport(document) || isLegacySafetyList(document),
    read: ({ document }) => ({
        findings: isLegacySafetyList(document) ? legacyFindings(document) : safetyFindings(document),
    }),
};
function isSafetyReport(value) {
    const object = asObject(value);
    return object !== undefined && asObject(object.report_meta) !== undefined && Array.isArray(object.vulnerabilities);
}
/** Safety 1: a non-empty list of five-string rows (an empty list is "nothing found" whatever the tool). */
function isLegacySafetyList(value) {
    const first = asArray(value)[0];
    return Array.isArray(first) && first.length === 5 && first.every((cell) => typeof cell === 'string' || cell === null);
}
/**
 * Without a CVSS severity a vulnerability is `high`, as pip-audit's are: Safety's free database has none, and
 * a known vulnerable dependency is what the scan is run to stop.
 */
function severityOf(vulnerability) {
    const severity = asObject(vulnerability.severity);
    const cvss = asObject(severity?.cvssv3) ?? asObject(severity?.cvssv2);
    const word = asString(cvss?.base_severity);
    if (word !== undefined)
        return severityFrom(safety_SEVERITY, word, 'high');
    const score = asNumber(cvss?.base_score);
    if (score === undefined)
        return 'high';
    return score >= 9 ? 'critical' : score >= 7 ? 'high' : score >= 4 ? 'medium' : score > 0 ? 'low' : 'info';
}
function safetyFindings(value) {
    return asArray(asObject(value)?.vulnerabilities).flatMap((entry) => {
        const vulnerability = asObject(entry);
        if (vulnerability === undefined)
            return [];
        const id = asString(vulnerability.vulnerability_id) ?? 'unknown';
        const name = asString(vulnerability.package_name) ?? '?';
        const version = asString(vulnerability.analyzed_version) ?? '?';
        const cve = asString(vulnerability.CVE);
        const fixes = asArray(vulnerability.fixed_versions).map(String);
        const finding = {
            tool: 'safety',
            category: 'dependency',
            severity: severityOf(vulnerability),
            rule: id,
            message: `${id}${cve ? ` (${cve})` : ''} in ${name} ${version}${fixes.length > 0 ? ` (fixed in ${fixes.join(', ')})` : ' (no fix yet)'}`,
        };
        const url = asString(vulnerability.more_info_url);
        if (url !== undefined)
            finding.helpUri = url;
        return [finding];
    });
}
function legacyFindings(value) {
    return asArray(value).flatMap((row) => {
        if (!Array.isArray(row))
            return [];
        const [name, spec, version, , id] = row.map((cell) => (typeof cell === 'string' ? cell : undefined));
        const rule = id ?? 'unknown';
        return [
            {
                tool: 'safety',
                category: 'dependency',
                severity: 'high',
                rule,
                message: `${rule} in ${name ?? '?'} ${version ?? '?'} (vulnerable: ${spec ?? '?'})`,
            },
        ];
    });
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: ./actions/quality-gate/src/formats/sarif/finding-columns.ts
/**
 * Findings in columns, to move them between threads cheaply. Posting 200,000 finding objects costs the
 * receiving thread about as much as parsing the report did (structured clone rebuilds every property);
 * columns cost it a fraction: repeated strings (tool, rule, file…) travel once in a table, numbers in
 * typed arrays (transferred, not copied), and free text (messages, fingerprints) as one string sliced apart.
 */

const INDEX_FIELDS = 6;
const TEXT_FIELDS = 2;
function encodeFindings(findings) {
    const table = new Map();
    const strings = [];
    // Findings come in runs of one tool: the last string of each column is checked before the table.
    const lastValues = [];
    const lastIndexes = [];
    const indexOf = (column, value) => {
        if (value === undefined)
            return -1;
        if (value === lastValues[column])
            return lastIndexes[column];
        let index = table.get(value);
        if (index === undefined) {
            index = strings.length;
            strings.push(value);
            table.set(value, index);
        }
        lastValues[column] = value;
        lastIndexes[column] = index;
        return index;
    };
    const count = findings.length;
    const indexes = new Int32Array(count * INDEX_FIELDS);
    const numbers = new Float64Array(count * 2);
    const lengths = new Int32Array(count * TEXT_FIELDS);
    const texts = [];
    for (let i = 0; i < count; i++) {
        const finding = findings[i];
        const at = i * INDEX_FIELDS;
        indexes[at] = indexOf(0, finding.tool);
        indexes[at + 1] = indexOf(1, finding.category);
        indexes[at + 2] = indexOf(2, finding.severity);
        indexes[at + 3] = indexOf(3, finding.rule);
        indexes[at + 4] = indexOf(4, finding.file);
        indexes[at + 5] = indexOf(5, finding.helpUri);
        numbers[i * 2] = finding.line ?? Number.NaN;
        numbers[i * 2 + 1] = finding.column ?? Number.NaN;
        const textAt = i * TEXT_FIELDS;
        texts.push(finding.message, finding.fingerprint);
        lengths[textAt] = finding.message.length;
        lengths[textAt + 1] = finding.fingerprint.length;
    }
    return { count, strings, indexes, numbers, text: texts.join(''), lengths };
}
/** The findings back, each made by `newFinding` (one shape for all). */
function decodeFindings(columns) {
    const { count, strings, indexes, numbers, text, lengths } = columns;
    const findings = new Array(count);
    let offset = 0;
    const nextText = (length) => {
        const value = text.slice(offset, offset + length);
        offset += length;
        return value;
    };
    for (let i = 0; i < count; i++) {
        const at = i * INDEX_FIELDS;
        const textAt = i * TEXT_FIELDS;
        const message = nextText(lengths[textAt]);
        const fingerprint = nextText(lengths[textAt + 1]);
        const finding = (0,model/* newFinding */.iD)(strings[indexes[at]], strings[indexes[at + 1]], strings[indexes[at + 2]], strings[indexes[at + 3]], message);
        finding.fingerprint = fingerprint;
        const file = indexes[at + 4];
        if (file >= 0)
            finding.file = strings[file];
        const line = numbers[i * 2];
        if (!Number.isNaN(line))
            finding.line = line;
        const column = numbers[i * 2 + 1];
        if (!Number.isNaN(column))
            finding.column = column;
        const helpUri = indexes[at + 5];
        if (helpUri >= 0)
            finding.helpUri = strings[helpUri];
        findings[i] = finding;
    }
    return findings;
}
/** The buffers `postMessage` can transfer instead of copying. */
const transferablesOf = (columns) => [
    columns.indexes.buffer,
    columns.numbers.buffer,
    columns.lengths.buffer,
];

;// CONCATENATED MODULE: ./actions/quality-gate/src/tools.ts
/**
 * The category of a tool's findings when the report itself does not say (SARIF, checkstyle).
 * Matched on the lower-cased tool name; a policy can override it per tool (`tools.<name>.category`).
 */
const TOOL_CATEGORIES = {
    eslint: 'lint',
    ruff: 'lint',
    pylint: 'lint',
    flake8: 'lint',
    'golangci-lint': 'lint',
    stylelint: 'lint',
    shellcheck: 'lint',
    hadolint: 'lint',
    tflint: 'lint',
    rubocop: 'lint',
    ktlint: 'lint',
    detekt: 'lint',
    checkstyle: 'lint',
    pmd: 'lint',
    markdownlint: 'lint',
    yamllint: 'lint',
    clippy: 'lint',
    actionlint: 'lint',
    black: 'format',
    isort: 'format',
    prettier: 'format',
    gofmt: 'format',
    rustfmt: 'format',
    tsc: 'type',
    typescript: 'type',
    mypy: 'type',
    pyright: 'type',
    codeql: 'sast',
    semgrep: 'sast',
    'semgrep oss': 'sast',
    bandit: 'sast',
    gosec: 'sast',
    brakeman: 'sast',
    njsscan: 'sast',
    checkov: 'sast',
    kics: 'sast',
    'npm-audit': 'dependency',
    'pip-audit': 'dependency',
    safety: 'dependency',
    'osv-scanner': 'dependency',
    'dependency-check': 'dependency',
    trivy: 'container',
    grype: 'container',
    'docker scout': 'container',
    gitleaks: 'secret',
    trufflehog: 'secret',
    'detect-secrets': 'secret',
    k6: 'performance',
};
/** A short, stable tool id from a report's tool name: "ESLint" -> "eslint", "Semgrep OSS" -> "semgrep". */
function toolId(name) {
    const lower = name.trim().toLowerCase();
    if (lower.startsWith('semgrep'))
        return 'semgrep';
    if (lower.startsWith('codeql'))
        return 'codeql';
    return lower.replace(/\s+/g, '-');
}
/** The category for a tool, or `fallback` when the tool is unknown. */
function toolCategory(tool, fallback) {
    return TOOL_CATEGORIES[tool] ?? fallback;
}

;// CONCATENATED MODULE: ./actions/quality-gate/src/formats/sarif/map.ts
/**
 * One SARIF result as a finding, against its run's header (tool, rules, base URIs, artifacts): severity from
 * `security-severity` or the level, the rule found by index or id, messages from templates, suppressions, and
 * artifact locations resolved through `uriBaseId` chains to repository paths.
 */




function readRule(value) {
    const rule = asObject(value) ?? {};
    const properties = asObject(rule.properties) ?? {};
    const defaults = asObject(rule.defaultConfiguration) ?? {};
    const messageStrings = {};
    for (const [key, entry] of Object.entries(asObject(rule.messageStrings) ?? {})) {
        const text = asString(asObject(entry)?.text);
        if (text !== undefined)
            messageStrings[key] = text;
    }
    const securitySeverity = Number.parseFloat(String(properties['security-severity'] ?? ''));
    return {
        id: asString(rule.id),
        level: asString(defaults.level),
        securitySeverity: Number.isFinite(securitySeverity) ? securitySeverity : undefined,
        tags: asArray(properties.tags)
            .filter((tag) => typeof tag === 'string')
            .map((tag) => tag.toLowerCase()),
        messageStrings,
        helpUri: asString(rule.helpUri),
        shortDescription: asString(asObject(rule.shortDescription)?.text),
    };
}
/** Everything in a run but its results. */
function sarifRunContext(run, workspace) {
    const tool = asObject(run.tool) ?? {};
    const driver = asObject(tool.driver) ?? {};
    const name = toolId(asString(driver.name) ?? 'sarif');
    const rulesByIndex = asArray(driver.rules).map(readRule);
    const rulesById = new Map();
    for (const rule of rulesByIndex)
        if (rule.id !== undefined && !rulesById.has(rule.id))
            rulesById.set(rule.id, rule);
    const extensionRules = asArray(tool.extensions).map((extension) => asArray(asObject(extension)?.rules).map(readRule));
    for (const rules of extensionRules)
        for (const rule of rules)
            if (rule.id !== undefined && !rulesById.has(rule.id))
                rulesById.set(rule.id, rule);
    const baseUris = {};
    for (const [key, entry] of Object.entries(asObject(run.originalUriBaseIds) ?? {})) {
        const location = asObject(entry) ?? {};
        baseUris[key] = { uri: asString(location.uri), uriBaseId: asString(location.uriBaseId) };
    }
    const artifacts = asArray(run.artifacts).map((artifact) => asObject(asObject(artifact)?.location) ?? {});
    return {
        tool: name,
        category: toolCategory(name, 'lint'),
        rulesById,
        rulesByIndex,
        extensionRules,
        baseUris,
        artifactUris: artifacts.map((location) => asString(location.uri)),
        artifactBaseIds: artifacts.map((location) => asString(location.uriBaseId)),
        workspace,
        resolvedBases: new Map(),
    };
}
/**
 * GitHub code scanning's mapping of `security-severity` (a CVSS-like score on the rule):
 * over 9.0 critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low.
 */
function securitySeverityToSeverity(score) {
    if (score >= 9)
        return 'critical';
    if (score >= 7)
        return 'high';
    if (score >= 4)
        return 'medium';
    if (score >= 0.1)
        return 'low';
    return 'info';
}
/** SARIF levels; `none` -> info. */
const LEVEL_SEVERITY = { error: 'high', warning: 'medium', note: 'low' };
/** Resolves a uriBaseId chain (SRCROOT -> file:///work/repo/) into one URI; unknown ids leave the URI relative. */
function resolveUri(context, uri, baseId, depth = 0) {
    if (baseId === undefined || depth > 10 || (uri.includes(':') && /^[a-z][a-z0-9+.-]*:/i.test(uri)))
        return uri;
    let resolvedBase = context.resolvedBases.get(baseId);
    if (resolvedBase === undefined) {
        const base = context.baseUris[baseId];
        if (base?.uri === undefined)
            return uri;
        resolvedBase = resolveUri(context, base.uri, base.uriBaseId, depth + 1);
        if (depth === 0)
            context.resolvedBases.set(baseId, resolvedBase);
    }
    if (resolvedBase === '')
        return uri;
    return resolvedBase.endsWith('/') ? resolvedBase + uri : `${resolvedBase}/${uri}`;
}
function findRule(context, result) {
    const ruleRef = asObject(result.rule);
    const refIndex = asNumber(ruleRef?.index) ?? asNumber(result.ruleIndex);
    const extensionIndex = asNumber(asObject(ruleRef?.toolComponent)?.index);
    if (refIndex !== undefined) {
        const rules = extensionIndex === undefined ? context.rulesByIndex : context.extensionRules[extensionIndex];
        const byIndex = rules?.[refIndex];
        if (byIndex !== undefined)
            return byIndex;
    }
    const id = asString(result.ruleId) ?? asString(ruleRef?.id);
    if (id === undefined)
        return undefined;
    // CodeQL writes "js/sql-injection/1" style sub-ids: fall back to the base id.
    return context.rulesById.get(id) ?? context.rulesById.get(id.split('/').slice(0, -1).join('/'));
}
/**
 * A SARIF plain-text message as a reader sees it: an embedded link `[text](1)` (to related location 1, as
 * CodeQL writes) is its text, one to a URI `text (uri)`; `\\[` and `\\]` are brackets.
 */
function plainMessage(text) {
    if (!text.includes('['))
        return text;
    return text
        .replace(/(?<!\\)\[((?:[^\]\\]|\\.)*)\]\(([^)]*)\)/g, (_whole, label, target) => /^\d+$/.test(target) ? label : `${label} (${target})`)
        .replace(/\\([\\[\]])/g, '$1');
}
function messageText(result, rule) {
    const message = asObject(result.message) ?? {};
    const plain = asString(message.text);
    let text = plain === undefined ? asString(message.markdown) : plainMessage(plain);
    const id = asString(message.id);
    if (text === undefined && id !== undefined) {
        const template = rule?.messageStrings[id];
        text = template === undefined ? undefined : plainMessage(template);
    }
    text ??= rule?.shortDescription ?? '';
    if (!Array.isArray(message.arguments) || !text.includes('{'))
        return text;
    const args = message.arguments.map(String);
    return text.replace(/\{(\d+)\}/g, (whole, index) => args[Number(index)] ?? whole);
}
/** A `security-severity` on the result itself (some tools put it there rather than on the rule). */
function resultSecuritySeverity(result) {
    const text = asObject(result.properties)?.['security-severity'];
    if (text === undefined)
        return undefined;
    const score = Number.parseFloat(String(text));
    return Number.isFinite(score) ? score : undefined;
}
/** A result counts unless it is suppressed (accepted or status-less suppression, none rejected). */
function isSuppressed(result) {
    if (!Array.isArray(result.suppressions) || result.suppressions.length === 0)
        return false;
    const suppressions = result.suppressions.map((entry) => asString(asObject(entry)?.status));
    if (suppressions.some((status) => status === 'rejected' || status === 'underReview'))
        return false;
    return suppressions.some((status) => status === undefined || status === 'accepted');
}
function categoryFor(context, rule, hasSecuritySeverity) {
    const tags = rule?.tags ?? [];
    if (tags.includes('secret'))
        return 'secret';
    if (tags.includes('misconfiguration'))
        return 'sast';
    if (context.tool === 'trivy' && tags.includes('vulnerability'))
        return 'container';
    if (context.category === 'lint' && (hasSecuritySeverity || tags.includes('security')))
        return 'sast';
    return context.category;
}
/**
 * The tool's own fingerprint: `fingerprints` (stable ids) before `partialFingerprints` (hashes of the line),
 * the alphabetically first key of either, so the choice does not depend on key order.
 */
function toolFingerprint(result) {
    return firstByKey(asObject(result.fingerprints)) ?? firstByKey(asObject(result.partialFingerprints));
}
function firstByKey(source) {
    if (source === undefined)
        return undefined;
    let firstKey;
    for (const key in source)
        if (typeof source[key] === 'string' && (firstKey === undefined || key < firstKey))
            firstKey = key;
    return firstKey === undefined ? undefined : source[firstKey];
}
/**
 * The repository path of an artifact reference. Done after the run is read because a run may list
 * its base URIs and artifacts after its results.
 */
function resolveSarifFile(context, reference) {
    const { index } = reference;
    const uri = reference.uri ?? (index === undefined ? undefined : context.artifactUris[index]);
    const baseId = reference.uriBaseId ?? (index === undefined ? undefined : context.artifactBaseIds[index]);
    return uri === undefined ? undefined : (0,paths/* toRepoPath */.x)(resolveUri(context, uri, baseId), context.workspace);
}
/** One result as a finding, or undefined when it does not count (suppressed, passed, absent from this run). */
function sarifResultToFinding(context, value) {
    const result = asObject(value);
    if (result === undefined)
        return undefined;
    if (isSuppressed(result))
        return undefined;
    if (result.baselineState === 'absent')
        return undefined;
    const kind = asString(result.kind) ?? 'fail';
    if (kind === 'pass' || kind === 'notApplicable')
        return undefined;
    const rule = findRule(context, result);
    // A result without a level inherits its rule's default; without either, SARIF says "warning".
    // Non-"fail" kinds (review, open, informational) default to "none".
    const level = asString(result.level) ?? (kind === 'fail' ? (rule?.level ?? 'warning') : 'none');
    const score = rule?.securitySeverity ?? resultSecuritySeverity(result);
    // GitHub applies security-severity only to results that are problems (level error/warning/note).
    const severity = score !== undefined && level !== 'none' ? securitySeverityToSeverity(score) : (LEVEL_SEVERITY[level] ?? 'info');
    const physical = asObject(asObject(asArray(result.locations)[0])?.physicalLocation);
    const artifact = asObject(physical?.artifactLocation);
    const region = asObject(physical?.region);
    const firstFingerprint = toolFingerprint(result);
    const finding = (0,model/* newFinding */.iD)(context.tool, categoryFor(context, rule, score !== undefined), severity, asString(result.ruleId) ?? rule?.id ?? asString(asObject(result.rule)?.id) ?? 'unknown', messageText(result, rule));
    const location = artifact === undefined
        ? undefined
        : { uri: asString(artifact.uri), uriBaseId: asString(artifact.uriBaseId), index: asNumber(artifact.index) };
    const line = asNumber(region?.startLine);
    if (line !== undefined)
        finding.line = line;
    const column = asNumber(region?.startColumn);
    if (column !== undefined)
        finding.column = column;
    if (rule?.helpUri !== undefined)
        finding.helpUri = rule.helpUri;
    if (firstFingerprint !== undefined)
        finding.toolFingerprint = firstFingerprint;
    return { finding, location };
}

;// CONCATENATED MODULE: ./actions/quality-gate/src/formats/sarif/reader.ts


/** Where a SARIF log's results and run members are, for streamJson. */
const isSarifResult = (path) => path.length === 4 && path[0] === 'runs' && path[2] === 'results';
const isSarifRunMember = (path) => path.length === 3 && path[0] === 'runs' && path[2] !== 'results';
/** Only runs[i] and runs[i].results are walked into; everything else is skipped or taken whole. */
const descendSarif = (path) => path.length === 0 ||
    (path.length === 1 && path[0] === 'runs') ||
    (path.length === 2 && path[0] === 'runs') ||
    (path.length === 3 && path[0] === 'runs' && path[2] === 'results');
/** Run members that change how locations resolve: the context is rebuilt when one arrives. */
const LOCATION_MEMBERS = new Set(['tool', 'originalUriBaseIds', 'artifacts']);
class SarifReader {
    runIndex = -1;
    header = {};
    context;
    /** Results seen before their run's tool, each with the sink its finding goes to. */
    waiting = [];
    /** Findings (already in their sinks) whose file is known only when the run ends. */
    deferred = [];
    // Runs name the same files over and over: each distinct reference is resolved once per run.
    resolvedFiles = new Map();
    workspace;
    constructor(workspace) {
        this.workspace = workspace;
    }
    /** Whether some findings are not final yet (waiting for their run's tool, or for the run's end). */
    get pending() {
        return this.waiting.length > 0 || this.deferred.length > 0;
    }
    /** A member of run `runIndex` other than its results (tool, originalUriBaseIds, artifacts, invocations…). */
    member(runIndex, name, value) {
        this.enterRun(runIndex);
        this.header[name] = value;
        if (!LOCATION_MEMBERS.has(name) || asObject(this.header.tool) === undefined)
            return;
        this.context = sarifRunContext(this.header, this.workspace);
        this.resolvedFiles = new Map();
        const waiting = this.waiting;
        this.waiting = [];
        for (const { result, sink } of waiting)
            this.accept(this.context, result, sink);
    }
    /** One result of run `runIndex`: its finding, if it counts, is pushed to `sink` now or once its run's tool is known. */
    result(runIndex, value, sink) {
        this.enterRun(runIndex);
        if (this.context === undefined)
            this.waiting.push({ result: value, sink });
        else
            this.accept(this.context, value, sink);
    }
    /** The end of the log: the last run is finished and every finding is final. */
    finish() {
        this.finishRun();
        this.runIndex = -1;
    }
    enterRun(runIndex) {
        if (runIndex === this.runIndex)
            return;
        this.finishRun();
        this.runIndex = runIndex;
    }
    finishRun() {
        if (this.runIndex < 0)
            return;
        const complete = sarifRunContext(this.header, this.workspace);
        this.resolvedFiles = new Map();
        for (const { result, sink } of this.waiting)
            this.accept(complete, result, sink);
        for (const { finding, location } of this.deferred) {
            const resolved = this.resolve(complete, location);
            if (resolved !== undefined)
                finding.file = resolved;
        }
        this.header = {};
        this.context = undefined;
        this.waiting = [];
        this.deferred = [];
        this.resolvedFiles = new Map();
    }
    accept(context, result, sink) {
        const mapped = sarifResultToFinding(context, result);
        if (mapped === undefined)
            return;
        const { finding, location } = mapped;
        sink.push(finding);
        if (location === undefined)
            return;
        if (resolvableNow(context, location)) {
            const resolved = this.resolve(context, location);
            if (resolved !== undefined)
                finding.file = resolved;
        }
        else {
            // Kept in its place in the sink; its file is filled in when the run ends.
            this.deferred.push({ finding, location });
        }
    }
    resolve(context, location) {
        const scope = location.index === undefined ? (location.uriBaseId ?? '') : `${location.uriBaseId ?? ''}#${location.index}`;
        let cache = this.resolvedFiles.get(scope);
        if (cache === undefined)
            this.resolvedFiles.set(scope, (cache = new Map()));
        const uri = location.uri ?? '';
        let resolved = cache.get(uri);
        if (resolved === undefined && !cache.has(uri)) {
            resolved = resolveSarifFile(context, location);
            cache.set(uri, resolved);
        }
        return resolved;
    }
}
/** Whether everything the reference needs is already known (base ids and artifacts appear once per run). */
const resolvableNow = (context, location) => (location.uriBaseId === undefined || location.uriBaseId in context.baseUris) &&
    (location.index === undefined || location.index < context.artifactUris.length);

;// CONCATENATED MODULE: ./actions/quality-gate/src/formats/sarif/sarif.worker.ts




const isSarifWorkerData = (data) => typeof data === 'object' &&
    data !== null &&
    data.role === 'sarif-reader' &&
    typeof data.file === 'string' &&
    typeof data.workspace === 'string';
class SarifWorkerSession {
    reader;
    /** Batches taken in whose findings are not sent yet, in the order they came. */
    held = [];
    file;
    constructor(file, workspace) {
        this.file = file;
        this.reader = new SarifReader(workspace);
    }
    /**
     * Handles one message; returns the replies to send, in order (findings as objects: the worker loop puts
     * them in columns to post them). Throws a UserError placed in the file for a result that is not JSON.
     */
    handle(message) {
        const replies = [];
        switch (message.type) {
            case 'member':
                this.reader.member(message.run, message.name, message.value);
                break;
            case 'batch': {
                const findings = [];
                for (const result of this.parseBatch(message))
                    this.reader.result(message.run, result, findings);
                this.held.push({ seq: message.seq, findings });
                replies.push({ type: 'ack', seq: message.seq });
                break;
            }
            case 'end':
                this.reader.finish();
                break;
        }
        // Findings leave only when final: until then a later header may still change their files.
        if (!this.reader.pending && this.held.length > 0)
            replies.push(this.release());
        if (message.type === 'end')
            replies.push({ type: 'done' });
        return replies;
    }
    parseBatch(batch) {
        try {
            return JSON.parse(`[${batch.text}]`);
        }
        catch {
            // Find the result that is not JSON, and say where it is in the file.
            let offset = 0;
            for (let k = 0; k < batch.lengths.length; k++) {
                const length = batch.lengths[k];
                parseJsonAt(this.file, batch.text.slice(offset, offset + length), batch.lines[k], batch.columns[k]);
                offset += length + 1;
            }
            throw (0,errors/* fileError */.zS)(this.file, 'is not valid JSON');
        }
    }
    release() {
        const seqs = [];
        const counts = [];
        const all = [];
        for (const { seq, findings } of this.held) {
            seqs.push(seq);
            counts.push(findings.length);
            for (const finding of findings) {
                // The tool's own fingerprint is part of this one; the columns leave it out.
                const fingerprinted = finding;
                fingerprinted.fingerprint = firstFingerprint(finding);
                all.push(fingerprinted);
            }
        }
        this.held = [];
        return { type: 'findings', seqs, counts, findings: all };
    }
}
/** The worker thread's loop: one session, replies posted as they are made; the first error ends the session. */
function serveSarifWorker(port, data) {
    const session = new SarifWorkerSession(data.file, data.workspace);
    let failed = false;
    port.on('message', (message) => {
        if (failed)
            return;
        try {
            for (const reply of session.handle(message)) {
                if (reply.type === 'findings') {
                    const columns = encodeFindings(reply.findings);
                    port.postMessage({ type: 'findings', seqs: reply.seqs, counts: reply.counts, columns }, transferablesOf(columns));
                }
                else {
                    port.postMessage(reply);
                }
            }
        }
        catch (error) {
            failed = true;
            port.postMessage({ type: 'error', error: describeError(error) });
        }
    });
}
function describeError(error) {
    if (error instanceof errors/* UserError */.yo && error.place.file !== undefined)
        return { file: error.place.file, reason: error.reason, line: error.place.line, column: error.place.column };
    return { message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}
// The thread's entry: serve when this module is the worker bundle's entry (scripts/bundle.mjs builds it into
// dist/sarif.worker/index.js). Every run also imports it as a library, into the main bundle: there worker_threads
// is not even loaded.
if (import.meta.url.endsWith('/sarif.worker/index.js')) {
    const { isMainThread, parentPort, workerData } = process.getBuiltinModule('node:worker_threads');
    if (!isMainThread && parentPort !== null && isSarifWorkerData(workerData))
        serveSarifWorker(parentPort, workerData);
}

;// CONCATENATED MODULE: ./actions/quality-gate/src/formats/sarif/parallel.ts
/**
 * Reads a large SARIF log with worker threads. One thread cannot do better than about 40 MB/s here:
 * `JSON.parse` of each result, mapping it and hashing its fingerprint are most of the time. So this thread
 * finds where each result starts and ends (streamJson's tokenizer) and sends batches of raw results to the
 * workers; every run member (rules, base URIs…) goes to all of them, in document order. When every worker
 * already has `inFlight` batches queued, this thread parses the batch itself with its own session instead of
 * waiting, so the cores stay busy and memory stays bounded. Findings come back in columns
 * (finding-columns.ts) and are put back in document order. index.ts says when this is used and what it buys.
 */






/**
 * Batches of about 250 results: big enough that messages cost little, small enough to keep both threads busy,
 * and under V8's large-object size (~128 KB), so each batch's text dies young instead of waiting for a full GC.
 */
const DEFAULT_TUNING = { batchChars: 120 * 1024, inFlight: 6 };
async function readSarifInWorkers(file, workspace, pool, tuning = DEFAULT_TUNING) {
    const inFlight = new Array(pool.size).fill(0);
    const finished = new Array(pool.size).fill(false);
    const findingsBySeq = [];
    const local = new SarifWorkerSession(file, workspace);
    let failure;
    let waiter;
    const place = (seqs, counts, findings) => {
        let offset = 0;
        seqs.forEach((seq, k) => {
            findingsBySeq[seq] = findings.slice(offset, offset + counts[k]);
            offset += counts[k];
        });
    };
    const handleLocally = (message) => {
        for (const reply of local.handle(message))
            if (reply.type === 'findings')
                place(reply.seqs, reply.counts, reply.findings);
    };
    pool.listen((worker, reply) => {
        switch (reply.type) {
            case 'ack':
                inFlight[worker]--;
                break;
            case 'findings':
                place(reply.seqs, reply.counts, decodeFindings(reply.columns));
                break;
            case 'error': {
                const { error } = reply;
                failure ??=
                    'reason' in error
                        ? (0,errors/* fileError */.zS)(error.file, error.reason, error.line, error.column)
                        : new Error(`A SARIF worker failed: ${error.message}`);
                break;
            }
            case 'done':
                finished[worker] = true;
                break;
        }
        waiter?.();
    }, (error) => {
        failure ??= error;
        waiter?.();
    });
    let seq = 0;
    let batch = { run: -1, texts: [], lines: [], columns: [], chars: 0 };
    const post = () => {
        if (failure !== undefined)
            throw failure;
        if (batch.texts.length === 0)
            return;
        let worker = 0;
        for (let candidate = 1; candidate < pool.size; candidate++)
            if (inFlight[candidate] < inFlight[worker])
                worker = candidate;
        const lengths = new Int32Array(batch.texts.length);
        for (let k = 0; k < lengths.length; k++)
            lengths[k] = batch.texts[k].length;
        const lines = new Int32Array(batch.lines);
        const columns = new Int32Array(batch.columns);
        const message = {
            type: 'batch',
            seq: seq++,
            run: batch.run,
            text: batch.texts.join(','),
            lengths,
            lines,
            columns,
        };
        batch = { run: batch.run, texts: [], lines: [], columns: [], chars: 0 };
        if (inFlight[worker] >= tuning.inFlight) {
            // Every worker has work queued: do this batch here rather than wait.
            handleLocally(message);
            return;
        }
        pool.post(worker, message, [lengths.buffer, lines.buffer, columns.buffer]);
        inFlight[worker]++;
    };
    await streamJson(file, {
        select: (path) => (isSarifResult(path) ? 'text' : isSarifRunMember(path)),
        descend: descendSarif,
        onValue(value, path) {
            // Results before this member must reach their worker before it: post them first.
            post();
            const message = { type: 'member', run: path[1], name: path[2], value };
            for (let worker = 0; worker < pool.size; worker++)
                pool.post(worker, message);
            handleLocally(message);
        },
        onText(text, path, line, column) {
            const run = path[1];
            if (run !== batch.run)
                post();
            batch.run = run;
            batch.texts.push(text);
            batch.lines.push(line);
            batch.columns.push(column);
            batch.chars += text.length;
            if (batch.chars >= tuning.batchChars)
                post();
        },
    });
    post();
    for (let worker = 0; worker < pool.size; worker++)
        pool.post(worker, { type: 'end' });
    handleLocally({ type: 'end' });
    await new Promise((resolve, reject) => {
        const check = () => {
            if (failure !== undefined)
                reject(failure);
            else if (finished.every(Boolean))
                resolve();
            else
                return;
            waiter = undefined;
        };
        waiter = check;
        check();
    });
    const findings = [];
    for (let index = 0; index < seq; index++) {
        const part = findingsBySeq[index];
        if (part === undefined)
            throw new Error(`SARIF batch ${index} of ${file} came back without its findings`);
        for (const finding of part)
            findings.push(finding);
    }
    return findings;
}
/** The worker's own bundle, next to the action's (scripts/bundle.mjs builds every *.worker.ts under src/). */
const workerEntry = () => external_node_path_default().join(external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url)), 'sarif.worker', 'index.js');
/** Starts `count` workers (sarif.worker.ts). */
function startSarifWorkers(count, file, workspace) {
    const workerData = { role: 'sarif-reader', file, workspace };
    const entry = workerEntry();
    const { Worker } = process.getBuiltinModule('node:worker_threads');
    const workers = Array.from({ length: count }, () => new Worker(entry, { workerData }));
    return {
        size: count,
        post: (worker, message, transfer) => workers[worker].postMessage(message, transfer),
        listen(onReply, onFailure) {
            workers.forEach((worker, index) => {
                worker.on('message', (reply) => onReply(index, reply));
                worker.on('error', onFailure);
                worker.on('exit', (code) => {
                    if (code !== 0)
                        onFailure(new Error(`A SARIF worker stopped with exit code ${code}`));
                });
            });
        },
        async close() {
            await Promise.all(workers.map((worker) => worker.terminate()));
        },
    };
}

;// CONCATENATED MODULE: ./actions/quality-gate/src/formats/sarif/stream.ts
/**
 * Reads a SARIF file without holding it whole: streamJson selects each result (runs[i].results[j]) and
 * each other member of a run (its header). Small files are read on this thread; large ones are parsed
 * by worker threads (parallel.ts), which gives the same findings in the same order.
 */






/** Below this size starting a worker costs more than it saves. */
const PARALLEL_MIN_BYTES = 16 * 1024 * 1024;
/** More workers than this only add memory: the main thread's tokenizer then limits the rate. */
const MAX_WORKERS = 3;
async function readSarifFindings(file, workspace) {
    // This thread parses too when the workers are busy: one worker per other core.
    const workers = Math.min((0,external_node_os_.availableParallelism)() - 1, MAX_WORKERS);
    if (workers >= 1 && (await (0,promises_.stat)(file)).size >= PARALLEL_MIN_BYTES) {
        const pool = startSarifWorkers(workers, file, workspace);
        try {
            return await readSarifInWorkers(file, workspace, pool);
        }
        finally {
            await pool.close();
        }
    }
    return readSarifOnThisThread(file, workspace);
}
async function readSarifOnThisThread(file, workspace) {
    const findings = [];
    const reader = new SarifReader(workspace);
    await streamJson(file, {
        select: (path) => isSarifResult(path) || isSarifRunMember(path),
        descend: descendSarif,
        onValue(value, path) {
            const run = path[1];
            if (path.length === 4)
                reader.result(run, value, findings);
            else
                reader.member(run, path[2], value);
        },
    });
    reader.finish();
    return findings;
}
/** The findings of a log already decoded whole (one whose first bytes did not say it is SARIF), in document order. */
function readSarifDocument(document, workspace) {
    const findings = [];
    const reader = new SarifReader(workspace);
    asArray(asObject(document)?.runs).forEach((value, run) => {
        for (const [name, member] of Object.entries(asObject(value) ?? {})) {
            if (name !== 'results')
                reader.member(run, name, member);
            else
                for (const result of asArray(member))
                    reader.result(run, result, findings);
        }
    });
    reader.finish();
    return findings;
}

;// CONCATENATED MODULE: ./actions/quality-gate/src/formats/sarif/index.ts


/** The first bytes say SARIF (`$schema` or version 2.1.0 with runs). */
function headLooksLikeSarif(head) {
    return (/"\$schema"\s*:\s*"[^"]*sarif/i.test(head) || (/"version"\s*:\s*"2\.1\.0"/.test(head) && /"runs"\s*:/.test(head)));
}
/** A SARIF log whose first bytes do not say so (gosec writes `runs` first and `$schema` last). */
function isSarifDocument(value) {
    const object = asObject(value);
    return (object !== undefined &&
        Array.isArray(object.runs) &&
        (object.version === '2.1.0' || /sarif/i.test(String(object.$schema ?? ''))));
}
const sarif = {
    id: 'sarif',
    label: 'SARIF',
    syntax: 'json',
    detect: ({ head, document }) => (document === undefined ? headLooksLikeSarif(head) : isSarifDocument(document)),
    read: async ({ file, workspace, document }) => ({
        findings: document === undefined ? await readSarifFindings(file, workspace) : readSarifDocument(document, workspace),
    }),
};

;// CONCATENATED MODULE: ./actions/quality-gate/src/formats/trivy.ts



/** UNKNOWN -> info. */
const trivy_SEVERITY = { CRITICAL: 'critical', HIGH: 'high', MEDIUM: 'medium', LOW: 'low' };
const trivySeverity = (value) => severityFrom(trivy_SEVERITY, value);
const trivy = {
    id: 'trivy-json',
    label: 'Trivy JSON',
    syntax: 'json',
    detect: ({ document }) => looksLikeTrivy(document),
    read: ({ document, workspace }) => ({ findings: trivyFindings(document, workspace) }),
};
function looksLikeTrivy(value) {
    const object = asObject(value);
    return object !== undefined && 'SchemaVersion' in object && 'ArtifactName' in object;
}
function trivyFindings(value, workspace) {
    const report = asObject(value) ?? {};
    // Vulnerabilities in an image are container findings; in a filesystem or repository, dependency findings.
    const artifactType = asString(report.ArtifactType) ?? 'container_image';
    const vulnerabilityCategory = artifactType === 'container_image' || artifactType === 'vm' ? 'container' : 'dependency';
    const findings = [];
    for (const entry of asArray(report.Results)) {
        const result = asObject(entry);
        if (result === undefined)
            continue;
        const target = asString(result.Target);
        const isFile = target !== undefined && asString(result.Class) !== 'os-pkgs';
        const at = (finding, line) => {
            if (isFile && target !== undefined)
                finding.file = (0,paths/* toRepoPath */.x)(target, workspace);
            if (line !== undefined)
                finding.line = line;
            return finding;
        };
        for (const item of asArray(result.Vulnerabilities)) {
            const vulnerability = asObject(item) ?? {};
            const id = asString(vulnerability.VulnerabilityID) ?? 'unknown';
            const packageName = asString(vulnerability.PkgName) ?? '?';
            const installed = asString(vulnerability.InstalledVersion) ?? '?';
            const fixed = asString(vulnerability.FixedVersion);
            const finding = {
                tool: 'trivy',
                category: vulnerabilityCategory,
                severity: trivySeverity(asString(vulnerability.Severity)),
                rule: id,
                message: `${id} in ${packageName} ${installed}${fixed ? ` (fixed in ${fixed})` : ' (no fix yet)'}${asString(vulnerability.Title) ? `: ${asString(vulnerability.Title)}` : ''}${target ? ` [${target}]` : ''}`,
            };
            const url = asString(vulnerability.PrimaryURL);
            if (url !== undefined)
                finding.helpUri = url;
            findings.push(at(finding));
        }
        for (const item of asArray(result.Misconfigurations)) {
            const misconfiguration = asObject(item) ?? {};
            if (asString(misconfiguration.Status) === 'PASS')
                continue;
            const cause = asObject(misconfiguration.CauseMetadata);
            findings.push(at({
                tool: 'trivy',
                category: 'sast',
                severity: trivySeverity(asString(misconfiguration.Severity)),
                rule: asString(misconfiguration.AVDID) ?? asString(misconfiguration.ID) ?? 'unknown',
                message: asString(misconfiguration.Message) ?? asString(misconfiguration.Title) ?? '',
            }, asPositiveLine(cause?.StartLine)));
        }
        for (const item of asArray(result.Secrets)) {
            const secret = asObject(item) ?? {};
            // Match holds the (partly masked) secret: never copied.
            findings.push(at({
                tool: 'trivy',
                category: 'secret',
                severity: trivySeverity(asString(secret.Severity)),
                rule: asString(secret.RuleID) ?? 'secret',
                message: `${asString(secret.Title) ?? 'Secret'} detected`,
            }, asPositiveLine(secret.StartLine)));
        }
        for (const item of asArray(result.Licenses)) {
            const license = asObject(item) ?? {};
            const finding = {
                tool: 'trivy',
                category: 'license',
                severity: trivySeverity(asString(license.Severity)),
                rule: asString(license.Name) ?? 'license',
                message: `License ${asString(license.Name) ?? '?'} (${asString(license.Category) ?? 'unknown'}) in ${asString(license.PkgName) ?? asString(license.FilePath) ?? target ?? '?'}`,
            };
            const filePath = asString(license.FilePath);
            if (filePath)
                finding.file = (0,paths/* toRepoPath */.x)(filePath, workspace);
            findings.push(finding);
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./actions/quality-gate/src/formats/trufflehog.ts
/**
 * TruffleHog JSON (`trufflehog filesystem|git … --json`): one JSON object per line, one per secret found:
 * { SourceMetadata: { Data: { Filesystem|Git|Github…: { file, line, commit? } } }, DetectorName, Verified,
 *   Raw, RawV2, Redacted, ExtraData }.
 * The secret (Raw, RawV2, Redacted, ExtraData) is never copied into a finding: findings end up in logs and files.
 */



const trufflehog = {
    id: 'trufflehog-json',
    label: 'TruffleHog JSON',
    syntax: 'json',
    // TruffleHog writes SourceMetadata first; a JSON-lines file cannot be decoded whole, so the head decides.
    detect: ({ head }) => /^\s*\{\s*"SourceMetadata"\s*:/.test(head),
    async read({ file, workspace }) {
        const findings = [];
        await scanLines(file, (text, line) => {
            if (text.trim() === '')
                return;
            const finding = trufflehogFinding(parseJsonAt(file, text, line, 1), workspace);
            if (finding !== undefined)
                findings.push(finding);
        });
        return { findings };
    },
};
/** A verified secret works right now: critical. An unverified one looks like a secret: high. */
function trufflehogFinding(value, workspace) {
    const leak = asObject(value);
    if (leak === undefined)
        return undefined;
    const detector = asString(leak.DetectorName) ?? 'secret';
    const verified = leak.Verified === true;
    // One source per finding: Filesystem, Git, Github, Gitlab… all carry file and line where they have them.
    const data = asObject(asObject(leak.SourceMetadata)?.Data) ?? {};
    const source = Object.values(data)
        .map(asObject)
        .find((entry) => entry !== undefined) ?? {};
    const commit = asString(source.commit);
    const finding = {
        tool: 'trufflehog',
        category: 'secret',
        severity: verified ? 'critical' : 'high',
        rule: detector,
        message: `${detector} secret detected (${verified ? 'verified: it works' : 'unverified'})${commit ? ` (commit ${commit.slice(0, 12)})` : ''}`,
    };
    const file = asString(source.file);
    if (file !== undefined && file !== '')
        finding.file = (0,paths/* toRepoPath */.x)(file, workspace);
    const line = asPositiveLine(source.line);
    if (line !== undefined)
        finding.line = line;
    return finding;
}

;// CONCATENATED MODULE: ./actions/quality-gate/src/formats/index.ts
/**
 * Every report format, detected from content (never from the file name), in the order detection tries them.
 * A new format is one file in this folder (see format.ts) plus one line here.
 */














const FORMATS = [
    sarif,
    junit,
    checkstyle,
    eslint,
    trivy,
    grype,
    npmAudit,
    bandit,
    gitleaks,
    pylint,
    k6,
    safety,
    pipAudit,
    trufflehog,
];

;// CONCATENATED MODULE: ./actions/quality-gate/src/read.ts
/** Reads one report file of any supported format into the normalized model. */



/**
 * V8 quotes the text around a JSON syntax error (`Unexpected token 'e', ..."token":eyJhb"... is not valid JSON`).
 * Reports can hold secrets (k6 setup_data carries login tokens): the quote is cut, the line and column stay.
 */
function withoutQuotedSource(message) {
    return message.replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, '');
}
/**
 * Reads `file` (absolute); `displayName` is how messages name it (the path as the user gave it);
 * `workspace` is the repository root that report paths are made relative to.
 */
async function readReport(file, workspace, displayName = file) {
    try {
        return await readAnyReport(file, workspace);
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo && error.place.file === file) {
            const reason = withoutQuotedSource(error.reason);
            throw (0,errors/* fileError */.zS)(displayName, reason, error.place.line, error.place.column);
        }
        throw error;
    }
}
/** "A, B or C" (`or`), "neither A, B nor C" (`nor`). */
function labels(formats, last) {
    const names = formats.map((format) => format.label);
    const list = names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${last} ${names.at(-1)}`;
    return last === 'nor' ? `neither ${list}` : list;
}
const EXPECTED = labels(FORMATS, 'or');
async function readAnyReport(file, workspace) {
    const head = await sniffFile(file, `a quality report (${EXPECTED})`);
    const start = head.text.trimStart();
    const syntax = start.startsWith('<') ? 'xml' : start.startsWith('{') || start.startsWith('[') ? 'json' : undefined;
    if (syntax === undefined)
        throw (0,errors/* fileError */.zS)(file, `is not a supported report: expected ${EXPECTED}`);
    const candidates = FORMATS.filter((format) => format.syntax === syntax);
    let format = candidates.find((candidate) => candidate.detect({ head: head.text }));
    let document;
    if (format === undefined && syntax === 'xml') {
        throw (0,errors/* fileError */.zS)(file, `is XML but ${labels(candidates, 'nor')}`);
    }
    if (format === undefined) {
        await streamJson(file, {
            select: (path) => path.length === 0,
            onValue: (value) => {
                document = value;
            },
        });
        format = candidates.find((candidate) => candidate.detect({ head: head.text, document }));
    }
    if (format === undefined) {
        // An empty list is what ESLint, pylint and gitleaks all write when there is nothing to report.
        if (Array.isArray(document) && document.length === 0)
            return (0,model/* emptyReport */._O)(file, 'empty-list');
        throw (0,errors/* fileError */.zS)(file, `is JSON but not a supported report: expected ${EXPECTED}`);
    }
    const content = await format.read({ file, workspace, document });
    const report = (0,model/* emptyReport */._O)(file, format.id);
    report.findings = content.findings;
    report.tests = content.tests ?? [];
    report.metrics = content.metrics ?? [];
    return report;
}

// EXTERNAL MODULE: ./actions/quality-gate/src/commands.ts + 2 modules
var src_commands = __nccwpck_require__(7302);
// EXTERNAL MODULE: ./packages/shared/src/exec/map-limit.ts
var map_limit = __nccwpck_require__(6082);
// EXTERNAL MODULE: ./actions/quality-gate/src/scope.ts
var scope = __nccwpck_require__(8018);
;// CONCATENATED MODULE: ./actions/quality-gate/src/gate.ts
/**
 * The gate, step by step: run the commands, read every report, fingerprint, apply the scope
 * (baseline, new-only), evaluate the policy. No GitHub and no runner here: main.ts does the I/O around it.
 */









const REPORT_CONCURRENCY = 4;
function readAll(files, workspace) {
    return (0,map_limit/* mapLimit */.s)(files, REPORT_CONCURRENCY, (file) => readReport(file, workspace, external_node_path_default().relative(workspace, file) || file));
}
async function runGate(settings, dependencies) {
    // `start`: from the process's start to here (loading the bundle, reading inputs and the policy).
    const clock = { start: performance.now() };
    const start = Math.round(clock.start);
    const lap = () => {
        const now = performance.now();
        const elapsed = Math.round(now - clock.start);
        clock.start = now;
        return elapsed;
    };
    const commands = await (0,src_commands/* runCommands */.aK)(settings.commands, settings.parallel, settings.workspace);
    const commandReports = commands
        .filter((outcome) => outcome.spec.report !== undefined)
        .map((outcome) => external_node_path_default().resolve(settings.workspace, outcome.spec.report));
    const files = [...new Set([...settings.reports, ...commandReports])];
    const timings = { start, commands: lap(), read: 0, fingerprint: 0, scope: 0, evaluate: 0 };
    const reports = await readAll(files, settings.workspace);
    timings.read = lap();
    const raw = [];
    const tests = [];
    const metrics = [];
    for (const outcome of commands)
        for (const finding of outcome.findings)
            raw.push(finding);
    const relative = (file) => external_node_path_default().relative(settings.workspace, file) || file;
    for (const report of reports) {
        for (const finding of report.findings)
            raw.push(finding);
        for (const totals of report.tests)
            tests.push({ ...totals, file: relative(totals.file) });
        for (const metric of report.metrics)
            metrics.push({ ...metric, file: relative(metric.file) });
    }
    const allFindings = (0,model/* sortFindings */.Tc)(recategorize(settings.policy, withFingerprints(raw)));
    timings.fingerprint = lap();
    let findings = allFindings;
    let baselined = 0;
    if (settings.baseline !== undefined) {
        const result = (0,scope/* dropBaselined */.f$)(findings, await (0,scope/* readBaseline */.mF)(settings.baseline));
        findings = result.kept;
        baselined = result.dropped;
    }
    let outsideDiff = 0;
    const diffNotes = [];
    if (settings.newOnly) {
        const diff = await dependencies.changedLines();
        const result = (0,scope/* keepChangedLines */.rg)(findings, diff.lines, new Set(diff.incomplete));
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
function unmatchedPaths(findings, workspace) {
    const seen = new Set();
    const unmatched = [];
    for (const finding of findings) {
        const file = finding.file;
        if (file === undefined || finding.category === 'container' || seen.has(file))
            continue;
        seen.add(file);
        const outside = external_node_path_default().isAbsolute(file) || file === '..' || file.startsWith('../');
        if (outside || !(0,external_node_fs_.existsSync)(external_node_path_default().join(workspace, file)))
            unmatched.push(file);
    }
    return unmatched.sort();
}
/** The `counts` output: totals per severity and category, tests, breaches. */
function countsOf(result) {
    const bySeverity = Object.fromEntries(model/* SEVERITIES */.oC.map((severity) => [severity, 0]));
    for (const finding of result.findings)
        bySeverity[finding.severity]++;
    const tests = result.evaluation.tests.reduce((sum, row) => ({
        tests: sum.tests + row.tests,
        passed: sum.passed + row.passed,
        failed: sum.failed + row.failures + row.errors,
        skipped: sum.skipped + row.skipped,
    }), { tests: 0, passed: 0, failed: 0, skipped: 0 });
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


/***/ }),

/***/ 4409:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5396);
/* harmony import */ var _pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(588);
/* harmony import */ var _pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(1218);
/* harmony import */ var _pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(6774);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7722);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7595);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8905);
/* harmony import */ var _scope_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8018);
/** quality-gate: one policy over every linter, scanner, test and performance report. */






await (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_5__/* .runAction */ .Cs)({ output: 'decision', failing: 'fail' }, async () => {
    const settings = await (0,_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .readSettings */ .s)();
    const result = await (0,_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .runGate */ .Rg)(settings, {
        changedLines: async () => (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_6__/* .requireChangedLines */ .pZ)({
            workspace: settings.workspace,
            base: settings.base,
            client: settings.github,
        }, "scope 'new-only'"),
    });
    if (settings.mode === 'update-baseline') {
        await (0,_scope_js__WEBPACK_IMPORTED_MODULE_4__/* .writeBaseline */ .B9)(settings.baseline, result.allFindings);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`Baseline ${settings.baseline} now accepts ${result.allFindings.length} finding(s).`);
    }
    const publishStart = performance.now();
    const failure = await (0,_publish_js__WEBPACK_IMPORTED_MODULE_2__/* .publish */ .m)(settings, result, (0,_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .countsOf */ .mQ)(result));
    const timings = { ...result.timings, publish: Math.round(performance.now() - publishStart) };
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`Timings (ms): ${Object.entries(timings)
        .map(([phase, ms]) => `${phase} ${ms}`)
        .join(', ')}`);
    if (failure !== undefined)
        throw new _pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(failure);
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6547:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   R6: () => (/* binding */ CATEGORIES),
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   _O: () => (/* binding */ emptyReport),
/* harmony export */   iD: () => (/* binding */ newFinding),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qs: () => (/* binding */ severityRank)
/* harmony export */ });
/**
 * The normalized model every report format is parsed into. The policy, the scope filters and
 * every report (annotations, check run, summary, merged SARIF) only ever see these types.
 */
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
const CATEGORIES = [
    'lint',
    'format',
    'type',
    'sast',
    'dependency',
    'container',
    'secret',
    'license',
    'test',
    'performance',
];
/**
 * A finding with every property in place (the optional ones undefined) and always in the same order, so the
 * hundreds of thousands a large report yields share one object shape and every pass over them stays fast
 * (mixed shapes made each property read several times slower). Used where findings are made in bulk.
 */
function newFinding(tool, category, severity, rule, message) {
    return {
        tool,
        category,
        severity,
        rule,
        message,
        file: undefined,
        line: undefined,
        column: undefined,
        helpUri: undefined,
        toolFingerprint: undefined,
        // Filled in by withFingerprints (fingerprint.ts); present from the start for the same reason.
        fingerprint: undefined,
    };
}
const severityRank = (severity) => SEVERITIES.indexOf(severity);
const RANK = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };
/** Code-unit order: localeCompare is far too slow for 200,000 findings and need not be locale-aware here. */
const compareText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** Worst first: critical before info; then by file and line so output is stable. */
function compareFindings(a, b) {
    return (RANK[a.severity] - RANK[b.severity] ||
        compareText(a.file ?? '\uffff', b.file ?? '\uffff') ||
        (a.line ?? 0) - (b.line ?? 0) ||
        compareText(a.rule, b.rule));
}
function emptyReport(file, format) {
    return { file, format, findings: [], tests: [], metrics: [] };
}
/**
 * Orders worst first in place: by severity, and within a severity as the reports list them (tools write
 * them by file and line). A bucket pass, not a comparison sort: sorting 200,000 findings by path took seconds.
 */
function sortFindings(findings) {
    const buckets = SEVERITIES.map(() => []);
    for (const finding of findings)
        buckets[RANK[finding.severity]].push(finding);
    let index = 0;
    for (const bucket of buckets)
        for (const finding of bucket)
            findings[index++] = finding;
    return findings;
}


/***/ }),

/***/ 9142:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   OL: () => (/* binding */ mergeScopes),
/* harmony export */   ON: () => (/* binding */ parsePolicy),
/* harmony export */   zj: () => (/* binding */ DEFAULT_POLICY)
/* harmony export */ });
/* unused harmony exports ACTIONS, POLICY_SCHEMA, DEFAULT_POLICY_SOURCE */
/* harmony import */ var _pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9530);
/* harmony import */ var _pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6774);
/* harmony import */ var _pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7363);
/* harmony import */ var _pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2050);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6547);
/**
 * The policy: per category, tool or rule, the most findings allowed per severity, a test pass rate,
 * performance thresholds, and what a breach means. The default is the pipeline's quality-gate table.
 */


const ACTIONS = ['fail', 'approve', 'warn', 'log'];
const severityMap = (values) => ({ type: 'map', keys: _model_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC, values });
const scopeProperties = {
    max: severityMap({ type: 'number', min: 0, integer: true }),
    // Checked in toScope: a oneOf schema would lose the "did you mean" of a mistyped action.
    'on-breach': { type: 'any' },
    'pass-rate': { type: 'string' },
    thresholds: { type: 'map', values: { type: 'stringList' } },
};
const scopeSchema = { type: 'object', properties: scopeProperties };
const toolSchema = {
    type: 'object',
    properties: { ...scopeProperties, category: { type: 'string', enum: _model_js__WEBPACK_IMPORTED_MODULE_0__/* .CATEGORIES */ .R6 } },
};
const POLICY_SCHEMA = {
    type: 'object',
    properties: {
        /** 'default' (the pipeline's table, overridden key by key) or 'none' (only what this policy says). */
        extends: { type: 'string', enum: ['default', 'none'] },
        categories: { type: 'map', keys: _model_js__WEBPACK_IMPORTED_MODULE_0__/* .CATEGORIES */ .R6, values: scopeSchema },
        tools: { type: 'map', values: toolSchema },
        rules: { type: 'map', values: scopeSchema },
    },
};
const ZERO = { critical: 0, high: 0, medium: 0, low: 0 };
/**
 * The pipeline's table: lint 0 issues; SAST 0 critical/high; container scan 0 critical, high needs
 * approval, medium/low logged; tests 100% pass; p95 < 1000 ms and error rate < 1%; no secrets.
 * Categories the table does not name follow their nearest neighbour (see the README).
 * As a policy file would say it (the README shows it in YAML; a test keeps the two equal), written as data so
 * that no YAML parser loads on a run without a policy.
 */
const DEFAULT_POLICY_SOURCE = {
    categories: {
        lint: { max: ZERO, 'on-breach': 'fail' },
        format: { max: ZERO, 'on-breach': 'fail' },
        type: { max: ZERO, 'on-breach': 'fail' },
        sast: { max: ZERO, 'on-breach': { critical: 'fail', high: 'fail', medium: 'log', low: 'log' } },
        dependency: { max: ZERO, 'on-breach': { critical: 'fail', high: 'fail', medium: 'log', low: 'log' } },
        container: { max: ZERO, 'on-breach': { critical: 'fail', high: 'approve', medium: 'log', low: 'log' } },
        secret: { max: { ...ZERO, info: 0 }, 'on-breach': 'fail' },
        license: { max: { critical: 0, high: 0 }, 'on-breach': 'approve' },
        test: { 'pass-rate': '>=100%', 'on-breach': 'fail' },
        performance: {
            max: { critical: 0, high: 0 },
            thresholds: { http_req_duration: ['p(95)<1000'], http_req_failed: ['rate<0.01'] },
            'on-breach': 'fail',
        },
    },
};
/** A pass rate is in percent: '>=95' and '>=95%' alike. */
const PASS_RATE_DOMAIN = { min: 0, max: 100, describe: 'a pass rate is between 0% and 100%' };
function toThreshold(text, where, domain) {
    try {
        return (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_1__/* .parseThreshold */ .B7)(text, domain);
    }
    catch (error) {
        if (error instanceof _pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo)
            throw error.within(where);
        throw error;
    }
}
function checkAction(value, where) {
    if (typeof value === 'string' && ACTIONS.includes(value))
        return value;
    const text = typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
    throw new _pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${where}: expected one of ${ACTIONS.join(', ')}, got ${text}${typeof value === 'string' ? (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_3__/* .didYouMean */ .au)(value, ACTIONS) : ''}`);
}
function checkOnBreach(value, where) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return checkAction(value, where);
    const actions = {};
    for (const [key, action] of Object.entries(value)) {
        if (!_model_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.includes(key)) {
            throw new _pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${where}.${key}: unknown severity '${key}'${(0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_3__/* .didYouMean */ .au)(key, _model_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC)}; expected one of ${_model_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.join(', ')}`);
        }
        actions[key] = checkAction(action, `${where}.${key}`);
    }
    return actions;
}
function toScope(raw, where) {
    const scope = {};
    if (raw.category !== undefined)
        scope.category = raw.category;
    if (raw.max !== undefined)
        scope.max = raw.max;
    const onBreach = raw['on-breach'] === undefined ? undefined : checkOnBreach(raw['on-breach'], `${where}.on-breach`);
    if (typeof onBreach === 'string') {
        scope.onBreach = Object.fromEntries(_model_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.map((severity) => [severity, onBreach]));
        scope.thresholdAction = onBreach;
    }
    else if (onBreach !== undefined) {
        scope.onBreach = onBreach;
        // Pass-rate and performance breaches take the action of the worst severity named.
        scope.thresholdAction = _model_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.map((severity) => onBreach[severity]).find((action) => action !== undefined);
    }
    if (raw['pass-rate'] !== undefined)
        scope.passRate = toThreshold(raw['pass-rate'], `${where}.pass-rate`, PASS_RATE_DOMAIN);
    if (raw.thresholds !== undefined) {
        scope.thresholds = Object.fromEntries(Object.entries(raw.thresholds).map(([metric, list]) => [
            metric,
            list.map((text, index) => toThreshold(text, `${where}.thresholds.${metric}${list.length > 1 ? `[${index}]` : ''}`)),
        ]));
    }
    return scope;
}
/** Later scopes win, key by key (a tool's `max.high` overrides only `high`). */
function mergeScopes(...scopes) {
    const merged = {};
    for (const scope of scopes) {
        if (scope === undefined)
            continue;
        if (scope.category !== undefined)
            merged.category = scope.category;
        if (scope.max !== undefined)
            merged.max = { ...merged.max, ...scope.max };
        if (scope.onBreach !== undefined)
            merged.onBreach = { ...merged.onBreach, ...scope.onBreach };
        if (scope.passRate !== undefined)
            merged.passRate = scope.passRate;
        if (scope.thresholdAction !== undefined)
            merged.thresholdAction = scope.thresholdAction;
        if (scope.thresholds !== undefined)
            merged.thresholds = { ...merged.thresholds, ...scope.thresholds };
    }
    return merged;
}
function fromRaw(raw) {
    const map = (entries, prefix) => Object.fromEntries(Object.entries(entries ?? {}).map(([key, scope]) => [key, toScope(scope, `${prefix}.${key}`)]));
    return {
        categories: map(raw.categories, 'categories'),
        tools: map(raw.tools, 'tools'),
        rules: map(raw.rules, 'rules'),
    };
}
async function parseRaw(text) {
    return (await (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_4__/* .parseAndValidate */ .r8)(text, POLICY_SCHEMA)) ?? {};
}
const DEFAULT_POLICY = fromRaw(DEFAULT_POLICY_SOURCE);
/**
 * Parses a policy (YAML or JSON) and lays it over the default unless it says `extends: none`.
 * Throws a UserError for YAML errors, unknown keys (with a suggestion) and thresholds that do not parse.
 */
async function parsePolicy(text) {
    if (text.trim() === '')
        return DEFAULT_POLICY;
    const raw = await parseRaw(text);
    const custom = fromRaw(raw);
    if (raw.extends === 'none')
        return custom;
    const categories = { ...DEFAULT_POLICY.categories };
    for (const [category, scope] of Object.entries(custom.categories)) {
        categories[category] = mergeScopes(DEFAULT_POLICY.categories[category], scope);
    }
    return { categories, tools: custom.tools, rules: custom.rules };
}


/***/ }),

/***/ 7595:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  m: () => (/* binding */ publish)
});

// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=a41ba35b216b70ccccab12bba8da886a68c865f3cff3b32ff22d68888af6c034/node_modules/@actions/core/lib/core.js + 7 modules
var core = __nccwpck_require__(5396);
// EXTERNAL MODULE: ./packages/shared/src/github/checks.ts
var checks = __nccwpck_require__(2855);
// EXTERNAL MODULE: ./packages/shared/src/github/client.ts
var github_client = __nccwpck_require__(5081);
;// CONCATENATED MODULE: ./packages/shared/src/github/pull-request.ts
/**
 * The pull request a gate reports on and the commit its check run belongs to, in the three ways a gate runs:
 * on the pull request itself, in the `workflow_run` pattern for fork pull requests (a second workflow with a
 * write token, told the PR by `pr-number` or by the run's payload), or on a push.
 */


/**
 * `prNumber` (an input) wins over the event. In a `workflow_run` run the head commit is the triggering run's
 * (`workflow_run.head_sha`): GitHub leaves `pull_requests` empty for forks, hence `pr-number`. When a PR is
 * named by `prNumber` alone (e.g. `workflow_dispatch`), its head commit is read from the API.
 */
async function pullRequestTarget(context, prNumber, client) {
    const workflowRun = context.payload['workflow_run'];
    const fromRun = workflowRun?.pull_requests?.find((pr) => typeof pr.number === 'number');
    const number = prNumber ?? context.pullRequest?.number ?? fromRun?.number;
    if (number === undefined)
        return { number, headSha: workflowRun?.head_sha || context.sha };
    if (context.pullRequest?.number === number && context.pullRequest.headSha)
        return { number, headSha: context.pullRequest.headSha };
    if (workflowRun?.head_sha)
        return { number, headSha: workflowRun.head_sha };
    if (client && context.repo) {
        try {
            const { data } = await (await (0,github_client/* resolveGitHubClient */.Z7)(client)).rest.pulls.get({ ...context.repo, pull_number: number });
            const sha = data?.head?.sha;
            if (typeof sha === 'string' && sha !== '')
                return { number, headSha: sha };
        }
        catch (error) {
            core.warning(`Could not read pull request #${number}: ${(0,github_client/* describeWriteFailure */.jg)(error, 'pull-requests: read')}. The check run goes on ${context.sha || 'the run commit'}.`);
        }
    }
    return { number, headSha: context.sha };
}

// EXTERNAL MODULE: ./packages/shared/src/github/comments.ts
var comments = __nccwpck_require__(7264);
// EXTERNAL MODULE: ./packages/shared/src/action/annotations.ts
var annotations = __nccwpck_require__(587);
// EXTERNAL MODULE: ./packages/shared/src/action/summary.ts
var action_summary = __nccwpck_require__(3353);
// EXTERNAL MODULE: ./packages/shared/src/action/run.ts
var run = __nccwpck_require__(588);
// EXTERNAL MODULE: ./actions/quality-gate/src/model.ts
var model = __nccwpck_require__(6547);
;// CONCATENATED MODULE: ./actions/quality-gate/src/output/annotations.ts
/** Findings as annotations: the level says what the finding does to the decision, the weight orders by severity. */


const LEVEL = {
    fail: 'error',
    approve: 'warning',
    warn: 'warning',
    log: 'notice',
    none: 'notice',
};
function findingAnnotation(finding, action) {
    const annotation = {
        level: LEVEL[action ?? 'none'],
        title: `${finding.tool} ${finding.rule} (${finding.severity}${action === 'approve' ? ', needs approval' : ''})`,
        message: finding.message || finding.rule,
        weight: 10 - (0,model/* severityRank */.qs)(finding.severity),
    };
    if (finding.file !== undefined)
        annotation.file = finding.file;
    if (finding.line !== undefined)
        annotation.startLine = finding.line;
    if (finding.column !== undefined)
        annotation.startColumn = finding.column;
    return annotation;
}
function findingAnnotations(findings, evaluation) {
    return findings.map((finding, index) => findingAnnotation(finding, evaluation.findingActions[index]));
}
/**
 * The step's annotations: the worst `limit` per level (findings are already worst first), emitted through the
 * shared annotate(), which also logs how many per level were left out. Avoids building and sorting an annotation for
 * every one of possibly hundreds of thousands of findings.
 */
function annotateWorst(findings, evaluation, elsewhere, limit = annotations/* STEP_ANNOTATION_LIMITS */.iz) {
    const chosen = [];
    const taken = { error: 0, warning: 0, notice: 0 };
    const omitted = { error: 0, warning: 0, notice: 0 };
    findings.forEach((finding, index) => {
        const level = LEVEL[evaluation.findingActions[index] ?? 'none'];
        if (taken[level] < limit[level]) {
            taken[level]++;
            chosen.push(findingAnnotation(finding, evaluation.findingActions[index]));
        }
        else
            omitted[level]++;
    });
    (0,annotations/* annotate */.fz)(chosen, limit, elsewhere, omitted);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./actions/quality-gate/src/output/findings-file.ts
/** The findings JSON file (output `findings-path`): decision, counts, breaches and every finding. */



/**
 * Findings per `JSON.stringify` call: about 100 KB of text, under V8's large-object size, so each piece dies
 * young instead of waiting for a full GC (1 MB pieces added 100 MB to peak memory).
 */
const FINDINGS_PER_PIECE = 300;
async function writeFindingsFile(file, counts, evaluation, findings) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(external_node_path_default().resolve(file)), { recursive: true });
    // Synchronous writes of large pieces: nothing else runs while the gate publishes, and a stream's
    // per-write bookkeeping was a third of the time for 200,000 findings.
    const fd = (0,external_node_fs_.openSync)(file, 'w');
    try {
        (0,external_node_fs_.writeSync)(fd, `{"decision":${JSON.stringify(evaluation.decision)},"counts":${JSON.stringify(counts)},"breaches":${JSON.stringify(evaluation.breaches)},"findings":[`);
        for (let start = 0; start < findings.length; start += FINDINGS_PER_PIECE) {
            const piece = findings
                .slice(start, start + FINDINGS_PER_PIECE)
                .map((finding, offset) => findingRecord(finding, evaluation.findingActions[start + offset]));
            // One flat string per piece, written without its brackets: a third faster than joining a text per finding.
            const bytes = Buffer.from(JSON.stringify(piece));
            if (start > 0)
                (0,external_node_fs_.writeSync)(fd, ',');
            (0,external_node_fs_.writeSync)(fd, bytes, 1, bytes.length - 2);
        }
        (0,external_node_fs_.writeSync)(fd, ']}\n');
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * One finding as written: always the same properties in the same order (undefined ones are left out), which
 * keeps JSON.stringify on its fast path; findings from different parsers have different shapes.
 */
const findingRecord = (finding, action) => ({
    tool: finding.tool,
    category: finding.category,
    severity: finding.severity,
    rule: finding.rule,
    message: finding.message,
    file: finding.file,
    line: finding.line,
    column: finding.column,
    fingerprint: finding.fingerprint,
    helpUri: finding.helpUri,
    action,
});

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __nccwpck_require__(8474);
;// CONCATENATED MODULE: ./actions/quality-gate/src/output/sarif-out.ts
/**
 * One merged SARIF file for code-scanning upload, within GitHub's limits: at most 20 runs per file
 * and 25,000 results per run. Over a limit, the worst results are kept and the run says how many were left out.
 */





const SARIF_MAX_RUNS = 20;
const SARIF_MAX_RESULTS_PER_RUN = 25_000;
const sarif_out_LEVEL = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'note',
    info: 'note',
};
/** The security-severity a code-scanning alert shows for our severity (midpoints of GitHub's bands). */
const SECURITY_SEVERITY = {
    critical: '9.5',
    high: '8.0',
    medium: '5.5',
    low: '2.0',
    info: '0.0',
};
const SECURITY_CATEGORIES = new Set(['sast', 'dependency', 'container', 'secret']);
async function writeMergedSarif(file, findings) {
    const byTool = new Map();
    for (const finding of findings) {
        const list = byTool.get(finding.tool) ?? [];
        list.push(finding);
        byTool.set(finding.tool, list);
    }
    // More tools than runs allowed: the tools with the worst findings keep their runs.
    const tools = [...byTool.entries()]
        .map(([tool, list]) => [tool, [...list].sort(model/* compareFindings */.Eg)])
        .sort((a, b) => (0,model/* compareFindings */.Eg)(a[1][0], b[1][0]) || b[1].length - a[1].length);
    const kept = tools.slice(0, SARIF_MAX_RUNS);
    const droppedRuns = tools.length - kept.length;
    let droppedResults = tools.slice(SARIF_MAX_RUNS).reduce((sum, [, list]) => sum + list.length, 0);
    let written = 0;
    await (0,promises_.mkdir)(external_node_path_default().dirname(external_node_path_default().resolve(file)), { recursive: true });
    const out = (0,external_node_fs_.createWriteStream)(file);
    const write = async (text) => {
        if (!out.write(text))
            await (0,external_node_events_.once)(out, 'drain');
    };
    await write('{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[');
    for (const [runIndex, [tool, list]] of kept.entries()) {
        const results = list.slice(0, SARIF_MAX_RESULTS_PER_RUN);
        droppedResults += list.length - results.length;
        const ruleIds = [...new Set(results.map((finding) => finding.rule))];
        const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));
        const worst = new Map();
        for (const finding of results)
            if (!worst.has(finding.rule))
                worst.set(finding.rule, finding);
        const rules = ruleIds.map((id) => {
            const finding = worst.get(id);
            const properties = { tags: [finding.category] };
            if (SECURITY_CATEGORIES.has(finding.category))
                properties['security-severity'] = SECURITY_SEVERITY[finding.severity];
            return {
                id,
                ...(finding.helpUri ? { helpUri: finding.helpUri } : {}),
                defaultConfiguration: { level: sarif_out_LEVEL[finding.severity] },
                properties,
            };
        });
        const header = {
            tool: { driver: { name: tool, informationUri: 'https://github.com/', rules } },
            automationDetails: { id: `quality-gate/${tool}/` },
            ...(list.length > results.length ? { properties: { omittedResults: list.length - results.length } } : {}),
        };
        const headerText = JSON.stringify(header);
        await write(`${runIndex === 0 ? '' : ','}${headerText.slice(0, -1)},"results":[`);
        for (const [index, finding] of results.entries()) {
            const result = {
                ruleId: finding.rule,
                ruleIndex: ruleIndex.get(finding.rule),
                level: sarif_out_LEVEL[finding.severity],
                message: { text: finding.message || finding.rule },
                partialFingerprints: { qualityGate: finding.fingerprint },
            };
            // Code scanning needs a location; findings without a file (a failed threshold) point at the repository root.
            result.locations = [
                {
                    physicalLocation: {
                        artifactLocation: { uri: finding.file ?? '.', uriBaseId: '%SRCROOT%' },
                        ...(finding.line !== undefined
                            ? { region: { startLine: finding.line, ...(finding.column ? { startColumn: finding.column } : {}) } }
                            : {}),
                    },
                },
            ];
            await write(`${index === 0 ? '' : ','}${JSON.stringify(result)}`);
            written++;
        }
        await write(']}');
    }
    await write(']}\n');
    out.end();
    await (0,external_node_events_.once)(out, 'finish');
    return { runs: kept.length, results: written, droppedResults, droppedRuns };
}

;// CONCATENATED MODULE: ./actions/quality-gate/src/output/summary.ts
/** The job summary (and check run text): decision, category × severity against limits, rules, breaches, top findings. */


/** The heading carries the verdict, as the coverage gate's and the smoke test's do. */
const HEADING = {
    pass: '## ✅ Quality gate passed',
    warn: '## ⚠️ Quality gate passed with warnings',
    approve: '## 🛂 Quality gate needs approval',
    fail: '## ❌ Quality gate failed',
};
function renderSummary(input) {
    const { evaluation } = input;
    const parts = [HEADING[evaluation.decision], ''];
    if (evaluation.decision === 'approve')
        parts.push('A reviewer must approve the deployment.', '');
    const total = input.findings.length;
    const scopeNotes = [];
    if (input.scope.newOnly)
        scopeNotes.push(`${input.scope.outsideDiff} finding(s) outside the lines this PR changes were not counted`);
    if (input.scope.baseline)
        scopeNotes.push(`${input.scope.baselined} finding(s) accepted by the baseline were not counted`);
    parts.push(`${total} finding(s) from ${input.reports.length} report(s)${input.commands.length > 0 ? ` and ${input.commands.length} command(s)` : ''}.${scopeNotes.length > 0 ? ` ${scopeNotes.join('; ')}.` : ''}`, '');
    for (const note of input.scope.notes ?? [])
        parts.push(`> ${(0,action_summary/* escapeMarkdown */.FV)(note)}`, '');
    if (input.unmatchedNote !== undefined)
        parts.push(`> [!WARNING]\n> ${(0,action_summary/* escapeMarkdown */.FV)(input.unmatchedNote)}`, '');
    if (evaluation.breaches.length > 0) {
        parts.push('### Breaches', '');
        parts.push((0,action_summary/* table */.tp)(['Scope', 'What', 'Found', 'Limit', 'Means'], evaluation.breaches.map((breach) => [
            breach.scope,
            breach.kind === 'count' ? `${breach.severity} findings` : breach.kind,
            breach.actual,
            breach.limit,
            breach.action,
        ])), '');
    }
    if (evaluation.scopes.length > 0) {
        parts.push('### Findings against limits', '');
        const rows = evaluation.scopes.map((scope) => [
            scope.scope,
            ...model/* SEVERITIES */.oC.map((severity) => {
                const count = scope.counts[severity];
                const max = scope.max[severity];
                if (max === undefined)
                    return count === 0 ? '·' : `${count}`;
                const mark = count > max
                    ? ` ${scope.onBreach[severity] === 'fail' ? '❌' : scope.onBreach[severity] === 'log' ? '📝' : '⚠️'}`
                    : '';
                return `${count} / ${max}${mark}`;
            }),
        ]);
        parts.push((0,action_summary/* table */.tp)(['Scope', ...model/* SEVERITIES */.oC], rows, ['l', 'r', 'r', 'r', 'r', 'r']), '', '_count / most allowed; · none found and no limit_', '');
    }
    if (evaluation.tests.length > 0) {
        parts.push('### Tests', '');
        parts.push((0,action_summary/* table */.tp)(['Report', 'Tool', 'Tests', 'Passed', 'Failed', 'Errors', 'Skipped', 'Pass rate'], evaluation.tests.map((row) => [
            row.file,
            row.tool,
            row.tests,
            row.passed,
            row.failures,
            row.errors,
            row.skipped,
            row.passRate === undefined ? '–' : `${row.passRate.toFixed(1)}%`,
        ]), ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r']), '');
    }
    if (evaluation.rules.length > 0) {
        const maxRules = input.maxRules ?? 200;
        const rules = evaluation.rules.slice(0, maxRules);
        const body = (0,action_summary/* table */.tp)(['Tool', 'Rule', 'Category', ...model/* SEVERITIES */.oC, 'Decision'], rules.map((row) => [
            row.tool,
            row.rule,
            row.category,
            ...model/* SEVERITIES */.oC.map((severity) => row.counts[severity] || ''),
            row.decision,
        ]));
        const more = evaluation.rules.length > maxRules
            ? `\n\n_${evaluation.rules.length - maxRules} more rules in the findings file._`
            : '';
        parts.push((0,action_summary/* details */.zH)(`Rules (${evaluation.rules.length})`, body + more, evaluation.rules.length <= 30), '');
    }
    if (total > 0) {
        const top = input.findings.slice(0, input.topFindings ?? 50);
        const body = (0,action_summary/* table */.tp)(['Severity', 'Tool', 'Rule', 'Where', 'Message'], top.map((finding) => [
            finding.severity,
            finding.tool,
            finding.rule,
            finding.file === undefined ? '' : `${finding.file}${finding.line ? `:${finding.line}` : ''}`,
            finding.message.slice(0, 300),
        ]));
        const more = total > top.length ? `\n\n_${total - top.length} more in the findings file (output \`findings-path\`)._` : '';
        parts.push((0,action_summary/* details */.zH)(`Top findings (${top.length} of ${total})`, body + more, true), '');
    }
    if (input.commands.length > 0) {
        parts.push('### Commands', '');
        parts.push((0,action_summary/* table */.tp)(['Command', 'Exit code', 'Time', 'Findings'], input.commands.map((command) => [
            command.name,
            command.exitCode,
            `${(command.durationMs / 1000).toFixed(1)}s`,
            command.findings,
        ]), ['l', 'r', 'r', 'r']), '');
        // The output of a command that failed, so the reason is one click away.
        for (const command of input.commands) {
            if (command.exitCode === 0 || !command.output)
                continue;
            const tail = command.output.trim().split('\n').slice(-30).join('\n').replace(/```/g, "'''");
            parts.push((0,action_summary/* details */.zH)(`Output of ${(0,action_summary/* escapeMarkdown */.FV)(command.name)} (exit ${command.exitCode}${command.timedOut ? ', timed out' : ''})`, `\`\`\`\n${tail}\n\`\`\``), '');
        }
    }
    parts.push((0,action_summary/* details */.zH)('Reports read', (0,action_summary/* table */.tp)(['File', 'Format', 'Findings'], input.reports.map((report) => [report.file, report.format, report.findings]), ['l', 'l', 'r'])));
    return parts.join('\n');
}

;// CONCATENATED MODULE: ./actions/quality-gate/src/publish.ts
/** Everything the gate tells the outside: annotations, check run, job summary, files, outputs, exit code. */






/** Says which finding paths name no repository file, so their missing annotations are explained. */
function unmatchedPathsNote(paths) {
    const shown = paths.slice(0, 10).join(', ');
    return `${paths.length} finding path(s) match no file of the repository (their annotations cannot show on the code): ${shown}${paths.length > 10 ? ', …' : ''}. Was the report made in another checkout or with another root?`;
}
function planCheckRun(settings, result) {
    if (settings.mode !== 'check' || !settings.checkRun || settings.github === undefined)
        return undefined;
    if (settings.context.repo === undefined)
        return undefined;
    const annotations = findingAnnotations(result.findings, result.evaluation);
    const omitted = (0,checks/* checkRunOmitted */.A_)(annotations, settings.checkRunAnnotations);
    const note = (0,checks/* checkRunOmittedNote */.G7)(omitted, settings.checkRunAnnotations, `the job summary and the findings file (${settings.findingsPath})`);
    return { annotations, note };
}
/** The check run (on the pull request's head commit) and the sticky PR comment; refusals only warn. */
async function publishToGitHub(settings, result, summary, plan, render) {
    const { evaluation } = result;
    const { context } = settings;
    if (context.repo === undefined || (!settings.checkRun && settings.comment.mode === 'off'))
        return;
    // The client is made when a request is sent: a push with the check run off makes none, and loads no Octokit.
    const client = settings.github;
    const target = await pullRequestTarget(context, settings.pullNumber, client);
    if (settings.checkRun) {
        if (client === undefined)
            core.warning('check-run is on but github-token is empty: no check run.');
        else {
            const check = await (0,checks/* createCheckRun */._U)(await client(), {
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
                core.info(`Check run '${settings.checkName}' created with ${check.annotations} annotation(s) in ${check.requests} request(s)${check.omitted > 0 ? `, ${check.omitted} left out (check-run-annotations: ${settings.checkRunAnnotations})` : ''}: ${check.url}`);
        }
    }
    await (0,comments/* commentOnPullRequest */.rh)({
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
const CONCLUSION = {
    pass: 'success',
    warn: 'neutral',
    approve: 'action_required',
    fail: 'failure',
};
/** Tells the outcome everywhere it goes; returns the failure for main to throw, once, after all this. */
async function publish(settings, result, counts) {
    const { evaluation } = result;
    for (const outcome of result.commands) {
        core.startGroup(`${outcome.spec.run.join(' ')}: exit ${outcome.result.exitCode}${outcome.result.timedOut ? ' (timed out)' : ''}, ${outcome.findings.length} finding(s)`);
        // A tool's own "::error::" lines must not become annotations outside the gate's counts and limits.
        const resume = process.getBuiltinModule('node:crypto').randomUUID();
        core.info(`::stop-commands::${resume}`);
        core.info(`${outcome.result.stdout}${outcome.result.stderr}`.trimEnd());
        core.info(`::${resume}::`);
        core.endGroup();
    }
    const decision = settings.mode === 'update-baseline' ? 'pass' : evaluation.decision;
    const unmatched = result.unmatchedPaths.length > 0;
    if (unmatched)
        core.warning(unmatchedPathsNote(result.unmatchedPaths));
    // The verdict line at the end is an annotation too, and so is the warning above: the findings leave room.
    const limits = (0,annotations/* leaveRoomFor */.Wl)(decision === 'pass' ? undefined : decision === 'fail' && settings.failOnDecision ? 'error' : 'warning');
    annotateWorst(result.findings, evaluation, `the job summary and the findings file (${settings.findingsPath})`, {
        ...limits,
        warning: Math.max(0, limits.warning - (unmatched ? 1 : 0)),
    });
    for (const breach of evaluation.breaches)
        core.info(`${breach.action.toUpperCase()}: ${breach.message}`);
    const summaryInput = (options = {}) => renderSummary({
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
    await (0,action_summary/* writeSummary */.Sy)((0,checks/* withSummaryNote */.xL)(summary, plan?.note));
    await writeFindingsFile(settings.findingsPath, counts, evaluation, result.findings);
    core.setOutput('findings-path', settings.findingsPath);
    if (settings.sarifPath !== undefined) {
        const sarif = await writeMergedSarif(settings.sarifPath, result.findings);
        if (sarif.droppedResults > 0) {
            core.warning(`The merged SARIF keeps ${sarif.results} results; ${sarif.droppedResults} were left out to stay within code scanning's limits (25,000 results per run, 20 runs).`);
        }
        core.setOutput('sarif-path', settings.sarifPath);
    }
    if (settings.mode === 'check')
        await publishToGitHub(settings, result, summary, plan, summaryInput);
    (0,run/* setVerdict */.OU)(decision);
    core.setOutput('counts', JSON.stringify(counts));
    core.setOutput('total', String(result.findings.length));
    if (decision === 'fail') {
        const breaches = evaluation.breaches.filter((breach) => breach.action === 'fail').map((breach) => breach.message);
        if (settings.failOnDecision)
            return `Quality gate failed: ${breaches.join('; ')}`;
        core.warning(`Quality gate failed (fail-on-decision is off): ${breaches.join('; ')}`);
    }
    else if (decision === 'approve') {
        core.warning(`Quality gate needs approval: ${evaluation.breaches
            .filter((breach) => breach.action === 'approve')
            .map((breach) => breach.message)
            .join('; ')}`);
    }
    else if (decision === 'warn') {
        core.warning(`Quality gate warnings: ${evaluation.breaches
            .filter((breach) => breach.action === 'warn')
            .map((breach) => breach.message)
            .join('; ')}`);
    }
    else {
        core.info(`Quality gate passed (${result.findings.length} finding(s) within the policy).`);
    }
    return undefined;
}


/***/ }),

/***/ 8018:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ writeBaseline),
/* harmony export */   f$: () => (/* binding */ dropBaselined),
/* harmony export */   mF: () => (/* binding */ readBaseline),
/* harmony export */   rg: () => (/* binding */ keepChangedLines)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6662);
/* harmony import */ var _pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6774);
/**
 * Which findings a PR is judged on: `new-only` keeps findings on lines the PR adds or changes;
 * a baseline of accepted fingerprints keeps old debt from failing new PRs.
 */



/**
 * Keeps findings on changed lines. A finding with no file (a vulnerable dependency, a failed test,
 * a performance threshold) cannot be placed in the diff and is always kept: it is never silently dropped.
 * A finding with a file but no line is kept when the file changed.
 */
function keepChangedLines(findings, changed, 
/** Files the PR changed whose changed lines are unknown (no patch in the API): all their findings are kept. */
unknownLines = new Set()) {
    const kept = [];
    let dropped = 0;
    for (const finding of findings) {
        const { file, line } = finding;
        const onChangedLine = file === undefined ||
            unknownLines.has(file) ||
            (line === undefined ? changed.has(file) : (changed.get(file)?.has(line) ?? false));
        if (onChangedLine)
            kept.push(finding);
        else
            dropped++;
    }
    return { kept, dropped };
}
function dropBaselined(findings, accepted) {
    const kept = findings.filter((finding) => !accepted.has(finding.fingerprint));
    return { kept, dropped: findings.length - kept.length };
}
async function readBaseline(file, root = (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_2__/* .workspaceDir */ .zf)()) {
    // No baseline yet is normal before the first `update-baseline` run.
    const read = await (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_2__/* .readUserFile */ .E1)('baseline', node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, file) || file, {
        root,
        optional: true,
        maxBytes: 256 * 1024 * 1024,
    });
    if (!read)
        return new Set();
    const parsed = (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_2__/* .parseJsonFile */ .OW)(read.text, read.file.given, 'is not a quality-gate baseline');
    const entries = parsed?.findings;
    if (parsed?.version !== 1 || !Array.isArray(entries)) {
        throw (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_3__/* .fileError */ .zS)(file, 'is not a quality-gate baseline: expected { "version": 1, "findings": [...] } written by mode \'update-baseline\'');
    }
    return new Set(entries.map((entry) => String(entry.fingerprint)));
}
async function writeBaseline(file, findings, now = new Date()) {
    const baseline = {
        version: 1,
        generated: now.toISOString(),
        findings: [...findings]
            .sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') ||
            a.rule.localeCompare(b.rule) ||
            a.fingerprint.localeCompare(b.fingerprint))
            .map((finding) => {
            const entry = {
                fingerprint: finding.fingerprint,
                tool: finding.tool,
                rule: finding.rule,
                severity: finding.severity,
            };
            if (finding.file !== undefined)
                entry.file = finding.file;
            return entry;
        }),
    };
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(file)), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, `${JSON.stringify(baseline, null, 1)}\n`);
}


/***/ }),

/***/ 8905:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ readSettings)
/* harmony export */ });
/* unused harmony export DEFAULTS */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5396);
/* harmony import */ var _pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2855);
/* harmony import */ var _pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(7264);
/* harmony import */ var _pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(6412);
/* harmony import */ var _pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(6662);
/* harmony import */ var _pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(6774);
/* harmony import */ var _pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(2839);
/* harmony import */ var _pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(5081);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7302);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9142);
/** Every input, read once into one typed settings object. */





/** The inputs' defaults, as action.yml gives them (a test compares the two). */
const DEFAULTS = {
    parallel: 4,
    scope: 'all',
    mode: 'check',
    'check-run': true,
    'check-name': 'Quality gate',
    'check-run-annotations': _pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_4__/* .CHECK_RUN_ANNOTATIONS_DEFAULT */ .we,
    ..._pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_5__/* .COMMENT_INPUT_DEFAULTS */ .k$,
    'comment-key': 'quality-gate',
    'fail-on-decision': true,
};
async function readPolicy() {
    const policy = await (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_6__/* .readInlineOrFile */ .L8)({
        inline: 'policy',
        file: 'policy-file',
        parse: _policy_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePolicy */ .ON,
    });
    return policy ?? _policy_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_POLICY */ .zj;
}
async function readSettings() {
    const workspace = (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_7__/* .workspaceDir */ .zf)();
    const mode = (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_6__/* .getEnum */ .GV)('mode', ['check', 'update-baseline'], DEFAULTS.mode);
    const scope = (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_6__/* .getEnum */ .GV)('scope', ['all', 'new-only'], DEFAULTS.scope);
    const policy = await readPolicy();
    let commands;
    try {
        commands = (0,_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .toCommandSpecs */ .tN)((await (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_6__/* .getObject */ .iM)('commands', _commands_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMANDS_SCHEMA */ .pL)) ?? []);
    }
    catch (error) {
        if (error instanceof _pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .yo && error.place.input !== undefined)
            throw error;
        throw (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_8__/* .inputError */ .Xu)('commands', error.message);
    }
    // An entry that matches nothing is a missing report, never an empty one: it must not read as a pass.
    const found = await (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_6__/* .resolveReportGlobs */ .wB)('reports', (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_6__/* .getList */ .vS)('reports'));
    for (const pattern of found.absentOptional)
        _actions_core__WEBPACK_IMPORTED_MODULE_1__.info(`Optional report '${pattern}' matches no file; skipped.`);
    const reports = found.files;
    if (reports.length === 0 && commands.length === 0) {
        throw (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_8__/* .inputError */ .Xu)('reports', found.absentOptional.length > 0
            ? "no report was found (every entry is optional and none matched) and no 'commands' were given: nothing to check"
            : "is empty and no 'commands' were given: nothing to check");
    }
    const baseline = (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_6__/* .getString */ .AA)('baseline');
    if (mode === 'update-baseline' && baseline === '')
        throw (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_8__/* .inputError */ .Xu)('baseline', "is required with mode 'update-baseline': the file to write");
    let base = (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_6__/* .getString */ .AA)('base') || undefined;
    if (scope === 'new-only' && base === undefined) {
        base = (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_9__/* .readRunContext */ .$)().pullRequest?.baseSha;
        if (base === undefined)
            _actions_core__WEBPACK_IMPORTED_MODULE_1__.warning("scope 'new-only' needs a pull request event or the 'base' input; judging every finding.");
    }
    return {
        mode,
        workspace,
        reports,
        commands,
        parallel: (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_6__/* .getNumber */ .WZ)('parallel', { min: 1, max: 64, integer: true }) ?? DEFAULTS.parallel,
        policy,
        newOnly: scope === 'new-only' && base !== undefined,
        base,
        baseline: baseline === '' ? undefined : node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workspace, baseline),
        findingsPath: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workspace, (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_6__/* .getString */ .AA)('findings-path') || (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_6__/* .runnerTempPath */ .IS)('quality-gate', 'findings.json')),
        sarifPath: (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_6__/* .getString */ .AA)('sarif-output') === '' ? undefined : node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workspace, (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_6__/* .getString */ .AA)('sarif-output')),
        checkRun: (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_6__/* .getBoolean */ .pW)('check-run', DEFAULTS['check-run']),
        checkName: (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_6__/* .getString */ .AA)('check-name') || DEFAULTS['check-name'],
        github: (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_10__/* .lazyGitHubClient */ .dL)((0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_6__/* .getString */ .AA)('github-token')),
        context: (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_9__/* .readRunContext */ .$)(),
        checkRunAnnotations: (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_6__/* .getNumber */ .WZ)('check-run-annotations', { min: 0, integer: true }) ?? DEFAULTS['check-run-annotations'],
        failOnDecision: (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_6__/* .getBoolean */ .pW)('fail-on-decision', DEFAULTS['fail-on-decision']),
        comment: (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_5__/* .getCommentPolicy */ .oi)(),
        commentKey: (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_6__/* .getString */ .AA)('comment-key') || DEFAULTS['comment-key'],
        pullNumber: (0,_pipeline_actions_shared__WEBPACK_IMPORTED_MODULE_6__/* .getNumber */ .WZ)('pr-number', { min: 1, integer: true }),
    };
}


/***/ }),

/***/ 587:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qi: () => (/* binding */ sortWorstFirst),
/* harmony export */   Wl: () => (/* binding */ leaveRoomFor),
/* harmony export */   _P: () => (/* binding */ ANNOTATION_MESSAGE_CHARS),
/* harmony export */   fz: () => (/* binding */ annotate),
/* harmony export */   iz: () => (/* binding */ STEP_ANNOTATION_LIMITS),
/* harmony export */   yA: () => (/* binding */ capText)
/* harmony export */ });
/* unused harmony export ANNOTATION_TITLE_CHARS */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5396);
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
        _actions_core__WEBPACK_IMPORTED_MODULE_0__[annotation.level](capText(annotation.message, ANNOTATION_MESSAGE_CHARS, `all of it is in ${elsewhere}`), {
            ...properties,
            ...(properties.title === undefined ? {} : { title: capText(properties.title, ANNOTATION_TITLE_CHARS) }),
        });
    }
    for (const level of ['error', 'warning', 'notice']) {
        if (omitted[level] > 0) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`${omitted[level]} more ${level}${omitted[level] === 1 ? '' : 's'} not annotated (GitHub shows at most ${limits[level]} per step); see ${elsewhere}.`);
        }
    }
    return { emitted, omitted };
}


/***/ }),

/***/ 6774:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GS: () => (/* binding */ placed),
/* harmony export */   Qx: () => (/* binding */ isUserFacing),
/* harmony export */   Xu: () => (/* binding */ inputError),
/* harmony export */   yo: () => (/* binding */ UserError),
/* harmony export */   zS: () => (/* binding */ fileError)
/* harmony export */ });
/* unused harmony exports formatPath, describeError */
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

/***/ 6662:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AV: () => (/* binding */ checkMatchedFiles),
/* harmony export */   E1: () => (/* binding */ readUserFile),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   OW: () => (/* binding */ parseJsonFile),
/* harmony export */   zf: () => (/* binding */ workspaceDir)
/* harmony export */ });
/* unused harmony exports USER_FILE_MAX_BYTES, resolveUserFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6774);
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
function workspaceDir() {
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(process.env['GITHUB_WORKSPACE'] || process.cwd());
}
/** True when `candidate` is `root` or inside it. */
function isInside(root, candidate) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, candidate);
    return relative === '' || (!relative.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(relative));
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
    const root = options.root ?? workspaceDir();
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root, given);
    if (isPseudo(absolute))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)(input, `'${given}' is a kernel pseudo-file, not a file of the workspace`);
    if (!isInside(root, absolute))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)(input, `'${given}' points outside the workspace (${root})`);
    let real;
    try {
        real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(absolute);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' && options.optional)
            return undefined;
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .fileError */ .zS)(given, code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(error)})`);
    }
    const realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(root).catch(() => root);
    if (isPseudo(real))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)(input, `'${given}' leads to a kernel pseudo-file (${real})`);
    if (!isInside(realRoot, real)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)(input, `'${given}' is a symbolic link to ${real}, outside the workspace (${root}); only files of the workspace are read`);
    }
    const stats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(real);
    if (!stats.isFile())
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)(input, `'${given}' is ${describeKind(stats)}, not a regular file`);
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
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file.path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW);
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .fileError */ .zS)(file.given, `cannot be read (${error.code ?? String(error)})`);
    }
    try {
        const stats = await handle.stat();
        if (!stats.isFile())
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .fileError */ .zS)(file.given, `is ${describeKind(stats)}, not a regular file`);
        if (stats.size > maxBytes) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .fileError */ .zS)(file.given, `is ${stats.size} bytes, more than the ${maxBytes} this file may have`);
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
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .fileError */ .zS)(file.given, `grew past ${maxBytes} bytes while it was read`);
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
async function checkMatchedFiles(input, files, root = workspaceDir()) {
    for (const file of files)
        await resolveUserFile(input, node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, file) || file, { root });
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
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .fileError */ .zS)(file, `${what} (invalid JSON)`);
        const offset = Number(position[1]);
        const before = text.slice(0, offset);
        const line = before.split('\n').length;
        const column = offset - before.lastIndexOf('\n');
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .fileError */ .zS)(file, `${what} (invalid JSON)`, line, column);
    }
}


/***/ }),

/***/ 6412:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AA: () => (/* binding */ getString),
/* harmony export */   GV: () => (/* binding */ getEnum),
/* harmony export */   IS: () => (/* binding */ runnerTempPath),
/* harmony export */   L8: () => (/* binding */ readInlineOrFile),
/* harmony export */   WZ: () => (/* binding */ getNumber),
/* harmony export */   iM: () => (/* binding */ getObject),
/* harmony export */   pW: () => (/* binding */ getBoolean),
/* harmony export */   vS: () => (/* binding */ getList),
/* harmony export */   wB: () => (/* binding */ resolveReportGlobs)
/* harmony export */ });
/* unused harmony exports getRequired, getDuration, getPercent, resolveGlobs, getFiles */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5396);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6774);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(6662);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(2050);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(7363);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(3423);
/**
 * Typed action inputs. Every reader names the input in its error and says what
 * form was expected; nothing downstream should call `core.getInput` again.
 */









/** The raw value the runner passed ('' when absent). */
function raw(name) {
    return _actions_core__WEBPACK_IMPORTED_MODULE_3__.getInput(name, { trimWhitespace: true });
}
function convert(name, parse) {
    const text = raw(name);
    if (text === '')
        return undefined;
    try {
        return parse(text);
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)(name, error.message);
    }
}
/** A string input; '' when absent unless `required`. */
function getString(name, options = {}) {
    const text = raw(name);
    if (options.required && text === '')
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)(name, 'is required and was not supplied');
    return text;
}
/** A required input: exists for readability at call sites. */
function getRequired(name) {
    return getString(name, { required: true });
}
/** 'true' or 'false' only; `fallback` when absent. */
function getBoolean(name, fallback = false) {
    return convert(name, _values_js__WEBPACK_IMPORTED_MODULE_5__/* .parseBoolean */ .yG) ?? fallback;
}
function getNumber(name, range = {}) {
    return convert(name, (text) => (0,_values_js__WEBPACK_IMPORTED_MODULE_5__/* .parseNumber */ .$J)(text, range));
}
/** Milliseconds, from '250ms', '30s', '5m', '1h'. */
function getDuration(name) {
    return convert(name, parseDuration);
}
/** 0..100, from '85' or '85%'. */
function getPercent(name) {
    return convert(name, parsePercent);
}
/** Newline- or comma-separated values. */
function getList(name) {
    return (0,_values_js__WEBPACK_IMPORTED_MODULE_5__/* .parseList */ .E1)(raw(name));
}
/** One of `allowed`; an unknown value gets "did you mean". `fallback` when absent. */
function getEnum(name, allowed, fallback) {
    const text = raw(name);
    if (text === '') {
        if (fallback !== undefined)
            return fallback;
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)(name, `is required; expected one of ${allowed.join(', ')}`);
    }
    const match = allowed.find((value) => value === text) ?? allowed.find((v) => v.toLowerCase() === text.toLowerCase());
    if (match === undefined) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)(name, `expected one of ${allowed.join(', ')}, got '${text}'${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_6__/* .didYouMean */ .au)(text, allowed)}`);
    }
    return match;
}
/** An inline YAML or JSON object validated against `schema`; undefined when absent. */
async function getObject(name, schema) {
    const text = raw(name);
    if (text === '')
        return undefined;
    try {
        return await (0,_schema_js__WEBPACK_IMPORTED_MODULE_7__/* .parseAndValidate */ .r8)(text, schema);
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .placed */ .GS)(error, { input: name });
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
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)(options.inline, `give either '${options.inline}' (inline YAML) or '${options.file}' (a file), not both`);
    if (inline !== '') {
        try {
            return await options.parse(inline, options.inline);
        }
        catch (error) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .placed */ .GS)(error, { input: options.inline });
        }
    }
    if (file === '')
        return undefined;
    // Resolved in the workspace, symbolic links included; never quoted whole when it does not parse.
    const { text } = await (0,_files_js__WEBPACK_IMPORTED_MODULE_8__/* .readUserFile */ .E1)(options.file, file);
    try {
        return await options.parse(text, file);
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .placed */ .GS)(error, { file });
    }
}

/**
 * Resolves glob patterns (newline/comma separated, `!pattern` excludes) inside
 * `GITHUB_WORKSPACE` only. Returns absolute paths, sorted.
 */
async function resolveGlobs(name, patterns, options = {}) {
    const root = (0,_files_js__WEBPACK_IMPORTED_MODULE_8__/* .workspaceDir */ .zf)();
    const include = [];
    const ignore = [];
    for (const pattern of patterns) {
        const negated = pattern.startsWith('!');
        const body = negated ? pattern.slice(1) : pattern;
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root, body);
        // Patterns may be written absolute (e.g. ${{ github.workspace }}/coverage/*.xml) but must stay in the workspace.
        if (!(0,_files_js__WEBPACK_IMPORTED_MODULE_8__/* .isInside */ .FK)(root, absolute.split('*')[0] ?? absolute)) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)(name, `'${pattern}' points outside the workspace (${root}); expected a path or glob inside it`);
        }
        const relative = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, absolute).split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/');
        (negated ? ignore : include).push(relative);
    }
    if (include.length === 0) {
        if (options.required)
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)(name, 'is required; expected one or more file paths or globs');
        return [];
    }
    const files = ignore.length === 0 && include.every((pattern) => !GLOB_SYNTAX.test(pattern))
        ? await existingFiles(include, root)
        : await (await __nccwpck_require__.e(/* import() */ 191).then(__nccwpck_require__.bind(__nccwpck_require__, 3572))).glob(include, { cwd: root, ignore, absolute: true, dot: true, onlyFiles: true });
    const inside = files.map((file) => node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(file)).filter((file) => (0,_files_js__WEBPACK_IMPORTED_MODULE_8__/* .isInside */ .FK)(root, file));
    if (inside.length === 0 && options.required) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)(name, `no file matches '${patterns.join(', ')}' in ${root}`);
    }
    const matched = [...new Set(inside)].sort();
    // A match may be a symbolic link out of the workspace, or a pipe: refused, named.
    await (0,_files_js__WEBPACK_IMPORTED_MODULE_8__/* .checkMatchedFiles */ .AV)(name, matched, root);
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
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root, relative);
        const stats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(absolute).catch(() => undefined);
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
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)(name, `${context}'${pattern}' matches no file in ${(0,_files_js__WEBPACK_IMPORTED_MODULE_8__/* .workspaceDir */ .zf)()}; a missing report must not read as a clean one. Did the step that writes it run? End the entry with ' (optional)' if it may be absent.`);
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
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(process.env['RUNNER_TEMP'] || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), ...parts);
}
/** File globs from an input; see resolveGlobs. */
async function getFiles(name, options = {}) {
    return resolveGlobs(name, getList(name), options);
}


/***/ }),

/***/ 588:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ runAction),
/* harmony export */   OU: () => (/* binding */ setVerdict)
/* harmony export */ });
/* unused harmony export reportFailure */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5396);
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(587);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6774);
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
    const text = (0,_annotations_js__WEBPACK_IMPORTED_MODULE_2__/* .capText */ .yA)((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isUserFacing */ .Qx)(error) || !(error instanceof Error) ? message : `Unexpected error: ${message}`, _annotations_js__WEBPACK_IMPORTED_MODULE_2__/* .ANNOTATION_MESSAGE_CHARS */ ._P);
    const place = error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo ? error.place : {};
    if (place.file !== undefined) {
        const workspace = process.env['GITHUB_WORKSPACE'];
        const file = workspace ? node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(workspace, node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workspace, place.file)) : place.file;
        const inside = !file.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(file);
        _actions_core__WEBPACK_IMPORTED_MODULE_1__.error(text, inside ? { file: file.split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/'), startLine: place.line, startColumn: place.column } : {});
    }
    else {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__.error(text);
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
    _actions_core__WEBPACK_IMPORTED_MODULE_1__.setOutput(verdict.output, value);
}
function failVerdict() {
    // A run that could not finish never leaves a verdict a workflow could read as a success.
    if (verdict !== undefined && !verdict.written)
        _actions_core__WEBPACK_IMPORTED_MODULE_1__.setOutput(verdict.output, verdict.failing);
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

/***/ 2050:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   r8: () => (/* binding */ parseAndValidate)
/* harmony export */ });
/* unused harmony exports quoteValue, validate, isPlainObject */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6774);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7363);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3423);




/** A value that does not fit its schema; the place's `path` locates it inside the document. */
function schemaError(path, reason) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(reason, { path });
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
                throw schemaError(path, `expected one of ${schema.enum.map((v) => `'${v}'`).join(', ')}, got ${quoteValue(value)}${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .au)(value, schema.enum)}`);
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
                return (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)(value);
            }
            catch (error) {
                throw schemaError(path, error.message);
            }
        case 'percent':
            try {
                return (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePercent */ .lo)(String(value));
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
                    throw schemaError([...path, key], `unknown key ${quoteValue(key)}${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .au)(key, schema.keys)}; expected one of ${schema.keys.join(', ')}`);
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
                    throw schemaError([...path, key], `unknown key ${quoteValue(key)}${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .au)(key, known)}; expected one of ${known.join(', ')}`);
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
                    if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo))
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
async function parseAndValidate(text, schema) {
    // yaml is loaded here, on first use: most runs have no YAML input.
    const { LineCounter, parseDocument, isNode } = await __nccwpck_require__.e(/* import() */ 9).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8009, 19));
    const lineCounter = new LineCounter();
    const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const syntaxError = document.errors[0];
    if (syntaxError) {
        const position = lineCounter.linePos(syntaxError.pos[0]);
        const firstLine = syntaxError.message.split('\n')[0] ?? syntaxError.message;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`invalid YAML: ${firstLine}`, { line: position.line, column: position.col });
    }
    try {
        return validate(document.toJS({ maxAliasCount: 100 }), schema);
    }
    catch (error) {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo))
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

/***/ 3353:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Jz: () => (/* binding */ SUMMARY_LIMIT_BYTES),
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   mW: () => (/* binding */ fitSummary),
/* harmony export */   pI: () => (/* binding */ fitComment),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony exports COMMENT_LIMIT_CHARS, Markdown, markdown, inlineCode, escapeCell */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5396);
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
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.appendFile)(file, `${fitSummary(markdown)}\n`, 'utf8');
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__.warning(`Could not write the job summary: ${error.message}`);
    }
}


/***/ }),

/***/ 3423:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ parseNumber),
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   lo: () => (/* binding */ parsePercent),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* unused harmony export formatDuration */
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

/***/ 1218:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   pZ: () => (/* binding */ requireChangedLines)
/* harmony export */ });
/* unused harmony exports unquoteGitPath, parseUnifiedDiff, parsePatch, changedLinesFromGit, API_FILE_LIMIT, changedLinesFromFiles, changedLinesFromApi, findChangedLines, changedLinesOfRun */
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6774);
/* harmony import */ var _exec_exec_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5201);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5081);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2839);
/**
 * The lines a pull request adds or changes, per repository-relative file: from `git diff` against the
 * merge base when the checkout has the history (exact, rename-aware), else from the PR files API
 * (limited by GitHub: 3000 files, no patch for large or binary files).
 */




const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
/** Undoes git's C-style quoting of unusual paths ("a\\tb", octal UTF-8 bytes). */
function unquoteGitPath(text) {
    if (!text.startsWith('"'))
        return text;
    const bytes = [];
    const body = text.slice(1, -1);
    const escapes = { n: 10, t: 9, r: 13, b: 8, f: 12, a: 7, v: 11, '\\': 92, '"': 34 };
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c !== '\\') {
            bytes.push(...Buffer.from(c, 'utf8'));
            continue;
        }
        const next = body[i + 1] ?? '';
        if (/[0-7]/.test(next)) {
            bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
            i += 3;
        }
        else {
            bytes.push(escapes[next] ?? next.charCodeAt(0));
            i += 1;
        }
    }
    return Buffer.from(bytes).toString('utf8');
}
function addRange(lines, file, start, count) {
    if (count <= 0)
        return;
    let set = lines.get(file);
    if (!set) {
        set = new Set();
        lines.set(file, set);
    }
    for (let l = start; l < start + count; l++)
        set.add(l);
}
/**
 * Parses `git diff --unified=0` output: every line of a hunk's new side is added or changed.
 * A rename without edits yields no lines; a renamed file with edits is keyed by its new path.
 */
function parseUnifiedDiff(diff) {
    const lines = new Map();
    let file;
    for (const line of diff.split('\n')) {
        if (line.startsWith('+++ ')) {
            const target = line.slice(4).replace(/\t$/, '');
            const unquoted = unquoteGitPath(target);
            file = unquoted === '/dev/null' ? undefined : unquoted.replace(/^[a-z]\//, '');
            continue;
        }
        if (line.startsWith('diff --git ')) {
            file = undefined;
            continue;
        }
        if (file === undefined)
            continue;
        const hunk = HUNK.exec(line);
        if (hunk)
            addRange(lines, file, Number(hunk[1]), hunk[2] === undefined ? 1 : Number(hunk[2]));
    }
    return lines;
}
/** Added lines of one file from a patch with context (the PR files API's `patch`). */
function parsePatch(patch) {
    const added = new Set();
    let next = 0;
    for (const line of patch.split('\n')) {
        const hunk = HUNK.exec(line);
        if (hunk) {
            next = Number(hunk[1]);
            continue;
        }
        if (next === 0)
            continue;
        const mark = line[0];
        if (mark === '+')
            added.add(next++);
        else if (mark === ' ' || mark === undefined)
            next++;
        // '-' lines and "\ No newline at end of file" do not advance the new side
    }
    return added;
}
/**
 * Changed lines from the local history; undefined when the history is missing (shallow clone,
 * base commit absent, not a git repository) so the caller can fall back to the API.
 */
async function changedLinesFromGit(options) {
    const head = options.head || 'HEAD';
    const git = (args) => (0,_exec_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .runCommand */ .d)('git', ['-c', 'core.quotePath=false', ...args], { cwd: options.cwd, timeoutMs: 120_000 });
    const mergeBase = await git(['merge-base', options.base, head]).catch(() => undefined);
    if (!mergeBase || mergeBase.exitCode !== 0)
        return undefined;
    const diff = await git([
        'diff',
        '--no-color',
        '--no-ext-diff',
        '--unified=0',
        '-M',
        '--diff-filter=d',
        mergeBase.stdout.trim(),
        head,
        '--',
    ]);
    if (diff.exitCode !== 0)
        return undefined;
    return { lines: parseUnifiedDiff(diff.stdout), source: 'git', incomplete: [], notes: [] };
}
/** GitHub lists at most 3000 files of a pull request. */
const API_FILE_LIMIT = 3000;
/** Changed lines from the PR files listing (its patches); files without a patch are listed as incomplete. */
function changedLinesFromFiles(files) {
    const lines = new Map();
    const incomplete = [];
    for (const file of files) {
        if (file.status === 'removed')
            continue;
        if (file.patch === undefined) {
            // Renames without edits have no patch and no changed lines; big or binary files have no patch either.
            if (file.status !== 'renamed')
                incomplete.push(file.filename);
            continue;
        }
        const added = parsePatch(file.patch);
        if (added.size > 0)
            lines.set(file.filename, added);
    }
    const notes = [];
    if (files.length >= API_FILE_LIMIT)
        notes.push(`GitHub lists only the first ${API_FILE_LIMIT} files of a pull request; later files are not checked.`);
    if (incomplete.length > 0)
        notes.push(`${incomplete.length} file(s) have no patch in the API (too large or binary): their changed lines are unknown.`);
    return { lines, source: 'api', incomplete, notes };
}
/** Changed lines of a pull request through the API (all pages, up to GitHub's 3000-file limit). */
async function changedLinesFromApi(client, pr) {
    const files = (await client.paginate(client.rest.pulls.listFiles, {
        owner: pr.owner,
        repo: pr.repo,
        pull_number: pr.pullNumber,
        per_page: 100,
    }));
    const result = changedLinesFromFiles(files);
    result.notes.unshift('Changed lines come from the GitHub API (no local history: use actions/checkout with fetch-depth: 0 for an exact, rename-aware diff).');
    return result;
}
/**
 * The lines a change adds or modifies: `git diff` against the merge base when the checkout has the
 * history (exact and rename-aware), else the pull request's files from the API.
 */
async function findChangedLines(source) {
    if (source.base) {
        const fromGit = await changedLinesFromGit({ cwd: source.cwd, base: source.base });
        if (fromGit)
            return { found: fromGit };
    }
    const noHistory = source.base
        ? `git could not find the merge base of ${source.base} and HEAD (check out with fetch-depth: 0)`
        : 'there is no base commit to diff against';
    if (source.pullNumber === undefined || !source.repo)
        return { unavailable: `${noHistory}, and this is not a pull request` };
    if (!source.client)
        return { unavailable: `${noHistory}, and there is no token to ask the GitHub API` };
    try {
        return {
            found: await changedLinesFromApi(await (0,_github_client_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveGitHubClient */ .Z7)(source.client), {
                ...source.repo,
                pullNumber: source.pullNumber,
            }),
        };
    }
    catch (error) {
        return {
            unavailable: `${noHistory}, and the pull request's files could not be listed: ${(0,_github_client_js__WEBPACK_IMPORTED_MODULE_1__/* .describeWriteFailure */ .jg)(error, 'pull-requests: read')}`,
        };
    }
}
/**
 * The changed lines of this run's pull request (or against `base`), or why they cannot be known: every gate asks
 * through here, and decides itself whether not knowing them is a warning or a failure.
 */
async function changedLinesOfRun(request) {
    const context = request.context ?? (0,_github_context_js__WEBPACK_IMPORTED_MODULE_2__/* .readRunContext */ .$)();
    return findChangedLines({
        cwd: request.workspace,
        base: request.base,
        repo: context.repo,
        pullNumber: request.pullNumber ?? context.pullRequest?.number,
        client: request.client,
    });
}
/** The changed lines when `purpose` cannot do without them: a UserError saying why they are unknown otherwise. */
async function requireChangedLines(request, purpose) {
    const changed = await changedLinesOfRun(request);
    if ('found' in changed)
        return changed.found;
    throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${purpose} needs the changed lines of the pull request: ${changed.unavailable}`);
}


/***/ }),

/***/ 5201:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ runCommand)
/* harmony export */ });
/* unused harmony export maskSecrets */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5396);
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6774);
/**
 * Runs a command from an argument array — never a shell string built from
 * inputs — with a timeout, captured output and secrets masked. A user who
 * wants a shell asks for it explicitly: runCommand('bash', ['-c', script]).
 */


/** Masks every secret (longest first, so overlapping secrets are fully hidden). */
function maskSecrets(text, secrets) {
    let masked = text;
    for (const secret of [...secrets].filter((s) => s.length > 0).sort((a, b) => b.length - a.length)) {
        masked = masked.split(secret).join('***');
    }
    return masked;
}
class Capture {
    chunks = [];
    size = 0;
    truncated = false;
    limit;
    constructor(limit) {
        this.limit = limit;
    }
    push(chunk) {
        this.chunks.push(chunk);
        this.size += chunk.length;
        while (this.size > this.limit && this.chunks.length > 1) {
            this.size -= this.chunks.shift().length;
            this.truncated = true;
        }
    }
    text() {
        const text = Buffer.concat(this.chunks).toString('utf8');
        return this.truncated ? `[… earlier output omitted …]\n${text}` : text;
    }
}
/**
 * Runs `command` with `args`. Resolves with the exit code whatever it is;
 * rejects with a UserError only when the command cannot start at all.
 */
function runCommand(command, args, options = {}) {
    const secrets = options.secrets ?? [];
    for (const secret of secrets)
        if (secret)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.setSecret(secret);
    const limit = options.maxOutputBytes ?? 4 * 1024 * 1024;
    const started = performance.now();
    return new Promise((resolve, reject) => {
        // child_process (and the net and dgram it loads) on first use: most runs of a gate start no process.
        const { spawn } = process.getBuiltinModule('node:child_process');
        const child = spawn(command, [...args], {
            cwd: options.cwd,
            env: { ...process.env, ...options.env },
            stdio: ['pipe', 'pipe', 'pipe'],
            detached: true,
            shell: false,
        });
        const stdout = new Capture(limit);
        const stderr = new Capture(limit);
        let timedOut = false;
        const timer = options.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                try {
                    process.kill(-child.pid, 'SIGKILL');
                }
                catch {
                    child.kill('SIGKILL');
                }
            }, options.timeoutMs);
        child.stdout.on('data', (chunk) => {
            stdout.push(chunk);
            if (options.echo)
                process.stdout.write(maskSecrets(chunk.toString('utf8'), secrets));
        });
        child.stderr.on('data', (chunk) => {
            stderr.push(chunk);
            if (options.echo)
                process.stdout.write(maskSecrets(chunk.toString('utf8'), secrets));
        });
        child.on('error', (error) => {
            if (timer)
                clearTimeout(timer);
            const why = error.code === 'ENOENT'
                ? 'not found (is it installed and on PATH?)'
                : error.code === 'EACCES'
                    ? 'not executable'
                    : error.message;
            reject(new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Command '${command}' cannot start: ${why}`));
        });
        child.on('close', (code, signal) => {
            if (timer)
                clearTimeout(timer);
            resolve({
                command,
                args: [...args],
                exitCode: code ?? (signal ? 128 : 1),
                signal,
                stdout: maskSecrets(stdout.text(), secrets),
                stderr: maskSecrets(stderr.text(), secrets),
                timedOut,
                durationMs: performance.now() - started,
            });
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input ?? '');
    });
}


/***/ }),

/***/ 6082:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/**
 * `fn` over `items` with at most `limit` calls in flight (at least one), results in the items' order; after a
 * failure no further call starts, and the first failure is thrown once the calls in flight have settled.
 */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    let failed = false;
    const worker = async () => {
        while (!failed && next < items.length) {
            const index = next++;
            try {
                results[index] = await fn(items[index]);
            }
            catch (error) {
                failed = true;
                throw error;
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
    return results;
}


/***/ }),

/***/ 2855:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A_: () => (/* binding */ checkRunOmitted),
/* harmony export */   G7: () => (/* binding */ checkRunOmittedNote),
/* harmony export */   _U: () => (/* binding */ createCheckRun),
/* harmony export */   we: () => (/* binding */ CHECK_RUN_ANNOTATIONS_DEFAULT),
/* harmony export */   xL: () => (/* binding */ withSummaryNote)
/* harmony export */ });
/* unused harmony exports CHECK_ANNOTATIONS_PER_REQUEST, CHECK_TEXT_LIMIT, toCheckAnnotations */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5396);
/* harmony import */ var _action_annotations_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(587);
/* harmony import */ var _action_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3353);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5081);
/**
 * A check run carrying the worst annotations, up to a cap: the API takes at most 50 annotations per request, so
 * the first batch goes with the create call and the rest are appended with updates, and GitHub spaces writes about
 * a second apart, so each batch beyond the first costs that second. Output text is cut to the API's 65,535
 * characters.
 */




const CHECK_ANNOTATIONS_PER_REQUEST = 50;
const CHECK_TEXT_LIMIT = 65_535;
/**
 * Default cap on the annotations sent to a check run (the `check-run-annotations` input): two requests, one
 * spacing of GitHub's writes, so publishing does not grow with the findings; the rest are in the job summary.
 */
const CHECK_RUN_ANNOTATIONS_DEFAULT = 2 * CHECK_ANNOTATIONS_PER_REQUEST;
const LEVEL = {
    error: 'failure',
    warning: 'warning',
    notice: 'notice',
};
/** Check-run annotations need a path and a line; others stay in the text. */
function toCheckAnnotations(annotations) {
    return annotations
        .filter((a) => a.file && a.startLine)
        .map((a) => {
        const sameLine = !a.endLine || a.endLine === a.startLine;
        return {
            path: a.file,
            start_line: a.startLine,
            end_line: a.endLine ?? a.startLine,
            annotation_level: LEVEL[a.level],
            message: a.message.slice(0, 64 * 1024),
            ...(a.title ? { title: a.title.slice(0, 255) } : {}),
            ...(sameLine && a.startColumn ? { start_column: a.startColumn, end_column: a.endColumn ?? a.startColumn } : {}),
        };
    });
}
/** Whether an annotation can go on a check run (it needs a path and a line). */
const onCode = (annotation) => Boolean(annotation.file && annotation.startLine);
/** How many of `annotations` a check run capped at `max` leaves out (those without a place count for none). */
function checkRunOmitted(annotations, max) {
    if (max === undefined)
        return 0;
    let placed = 0;
    for (const annotation of annotations)
        if (onCode(annotation))
            placed++;
    return Math.max(0, placed - max);
}
/** The sentence for a summary when the cap left annotations out; undefined when it left none out. */
function checkRunOmittedNote(omitted, max, elsewhere) {
    if (omitted <= 0)
        return undefined;
    const carried = max === 0 ? 'no annotations' : `the worst ${max} annotation(s)`;
    return `The check run carries ${carried}: ${omitted} were left out (input \`check-run-annotations\`); they are all in ${elsewhere}.`;
}
/** The job summary with `note` at its end, kept there when the summary is cut to fit. */
function withSummaryNote(markdown, note) {
    if (note === undefined)
        return markdown;
    const tail = `\n\n> [!NOTE]\n> ${note}`;
    return `${(0,_action_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .fitSummary */ .mW)(markdown, _action_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .SUMMARY_LIMIT_BYTES */ .Jz - Buffer.byteLength(tail, 'utf8') - 1)}${tail}`;
}
/**
 * Creates a completed check run with the worst `maxAnnotations` annotations. A refused write or an unavailable
 * API warns once and returns `skipped`; a call not sent because the API failed earlier in the step only logs.
 */
async function createCheckRun(client, request) {
    const placed = request.annotations.filter(onCode);
    const max = request.maxAnnotations ?? placed.length;
    const chosen = max >= placed.length ? placed : (0,_action_annotations_js__WEBPACK_IMPORTED_MODULE_2__/* .sortWorstFirst */ .Qi)(placed).slice(0, Math.max(0, max));
    const all = toCheckAnnotations(chosen);
    const batches = [];
    for (let i = 0; i < all.length; i += CHECK_ANNOTATIONS_PER_REQUEST)
        batches.push(all.slice(i, i + CHECK_ANNOTATIONS_PER_REQUEST));
    const output = (annotations) => ({
        title: request.title.slice(0, 255),
        summary: (0,_action_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .fitComment */ .pI)(request.summary, CHECK_TEXT_LIMIT),
        ...(request.text ? { text: (0,_action_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .fitComment */ .pI)(request.text, CHECK_TEXT_LIMIT) } : {}),
        annotations,
    });
    const { owner, repo } = request;
    try {
        const created = await client.rest.checks.create({
            owner,
            repo,
            name: request.name,
            head_sha: request.headSha,
            status: 'completed',
            conclusion: request.conclusion,
            output: output(batches[0] ?? []),
        });
        const data = (0,_client_js__WEBPACK_IMPORTED_MODULE_3__/* .expectAnswer */ .As)(client, 'the check run created', created.data, (answer) => typeof answer?.id === 'number');
        for (const batch of batches.slice(1)) {
            await client.rest.checks.update({ owner, repo, check_run_id: data.id, output: output(batch) });
        }
        return {
            status: 'created',
            id: data.id,
            url: data.html_url ?? '',
            annotations: all.length,
            omitted: placed.length - all.length,
            requests: Math.max(1, batches.length),
        };
    }
    catch (error) {
        const reason = (0,_client_js__WEBPACK_IMPORTED_MODULE_3__/* .describeWriteFailure */ .jg)(error, 'checks: write');
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_3__/* .isSkippedCall */ .lx)(error))
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`No check run: ${reason}`);
        else
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`Could not create the check run: ${reason}. The decision stands.`);
        return { status: 'skipped', reason };
    }
}


/***/ }),

/***/ 5081:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   As: () => (/* binding */ expectAnswer),
/* harmony export */   Z7: () => (/* binding */ resolveGitHubClient),
/* harmony export */   dL: () => (/* binding */ lazyGitHubClient),
/* harmony export */   jg: () => (/* binding */ describeWriteFailure),
/* harmony export */   lx: () => (/* binding */ isSkippedCall)
/* harmony export */ });
/* unused harmony exports GITHUB_CLIENT_DEFAULTS, GitHubUnavailableError, createGitHubClient, httpStatus */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5396);
/**
 * The GitHub API client every action uses: Octokit from @actions/github with GitHub's recommended throttling,
 * bounded in time. The base URL comes from GITHUB_API_URL, so GitHub Enterprise Server works unchanged.
 *
 * - Every request has a timeout (its answer's body included) and every client a total budget, counted from its
 *   first request: an API that hangs costs at most that long.
 * - Retries: a 5xx answer or a dropped connection is retried (twice by default, after 0.5 s then 1 s, within
 *   the budget). Nothing else is: not a 4xx (the answer will not change), not a refused connection (the API is
 *   not there), not a timeout (it would cost the timeout again).
 * - An answer that is not JSON where JSON is due (a proxy's error page) is an error, not data.
 * - Once the API has failed that way (unavailable: timeout, refused, 5xx after the retries, garbage), the client
 *   sends nothing more: each later call fails at once with `skipped` set, so the caller that warned first is
 *   the only one to warn, and a gate spends one timeout, not one per request.
 */


const STATES = new WeakMap();
/** Every default of the client, in one place. */
const GITHUB_CLIENT_DEFAULTS = {
    /** Longest wait for one request, its whole answer included. */
    requestTimeoutMs: 10_000,
    /** Total time for every request of one client (a publishing phase). */
    budgetMs: 30_000,
    /** Retries of a 5xx answer or a dropped connection. */
    retries: 2,
    /** Pause before the first retry; doubled for each next one. */
    retryDelayMs: 500,
    /** A rate limit is waited out only when it lifts this soon (seconds). */
    maxRateLimitWaitSeconds: 10,
};
/**
 * The API cannot be used now: it did not answer in time, refused the connection, kept failing with 5xx, or
 * answered something that is not the API's. `skipped` when this request was not even sent because an earlier one
 * failed that way (its caller warned already).
 */
class GitHubUnavailableError extends Error {
    reason;
    skipped;
    constructor(message, reason, skipped = false, cause) {
        super(message, cause === undefined ? {} : { cause });
        // Callers that catch a deadline by name (AbortSignal.timeout's TimeoutError) keep working.
        this.name =
            reason === 'timeout' || reason === 'budget'
                ? 'TimeoutError'
                : reason === 'aborted'
                    ? 'AbortError'
                    : 'GitHubUnavailableError';
        this.reason = reason;
        this.skipped = skipped;
    }
}
/** The client `source` gives, made now if it was deferred. */
async function resolveGitHubClient(source) {
    return typeof source === 'function' ? source() : source;
}
/** A client for `token` made on first use, then the same one (its time budget is one step's); undefined without a token. */
function lazyGitHubClient(token, options = {}) {
    if (token === '')
        return undefined;
    let client;
    return () => (client ??= createGitHubClient(token, options));
}
/**
 * The client for `token`. Octokit and its plugins are loaded here, on first use, not when the action starts:
 * most runs of a gate never call the API.
 */
async function createGitHubClient(token, options = {}) {
    const [{ getOctokit }, { throttling }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(521), __nccwpck_require__.e(918)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1918)),
        __nccwpck_require__.e(/* import() */ 864).then(__nccwpck_require__.bind(__nccwpck_require__, 8864)),
    ]);
    const retries = Math.max(0, options.retries ?? GITHUB_CLIENT_DEFAULTS.retries);
    const requestTimeoutMs = options.requestTimeoutMs ?? GITHUB_CLIENT_DEFAULTS.requestTimeoutMs;
    const budgetMs = options.budgetMs ?? GITHUB_CLIENT_DEFAULTS.budgetMs;
    const baseUrl = options.baseUrl ?? process.env['GITHUB_API_URL'] ?? 'https://api.github.com';
    const state = { unavailable: undefined, budget: undefined };
    const stop = (budget) => [budget, ...(options.signal ? [options.signal] : [])];
    /**
     * Inside throttling (a plugin applied before it): each attempt with its deadline, retries, garbage. Retries
     * here are not queued again behind GitHub's spacing of writes and notifications.
     */
    const attempts = (octokit) => {
        octokit.hook.wrap('request', async (request, requestOptions) => {
            const endpoint = requestOptions;
            const what = describeEndpoint(endpoint, baseUrl);
            const budget = (state.budget ??= AbortSignal.timeout(budgetMs));
            for (let attempt = 0;; attempt++) {
                const deadline = AbortSignal.timeout(requestTimeoutMs);
                endpoint.request = { ...endpoint.request, signal: AbortSignal.any([deadline, ...stop(budget)]) };
                let failure;
                try {
                    const response = await request(requestOptions);
                    // A body cut by the deadline reaches here as empty data: the deadline decides, not the status.
                    if (deadline.aborted || budget.aborted || options.signal?.aborted)
                        throw deadline.reason;
                    checkAnswer(response, what);
                    return response;
                }
                catch (error) {
                    failure = classify(error, what, { deadline, budget, signal: options.signal, requestTimeoutMs, budgetMs });
                    if (!failure)
                        throw error;
                }
                const retryable = failure.reason === 'server-error' || failure.reason === 'network';
                if (retryable && attempt < retries) {
                    const delay = GITHUB_CLIENT_DEFAULTS.retryDelayMs * 2 ** attempt;
                    const waited = await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(delay, true, { signal: AbortSignal.any(stop(budget)) }).catch(() => false);
                    if (waited)
                        continue;
                    failure = classify(failure, what, { deadline, budget, signal: options.signal, requestTimeoutMs, budgetMs });
                }
                state.unavailable ??= failure;
                throw failure;
            }
        });
    };
    const client = getOctokit(token, {
        baseUrl,
        throttle: {
            onRateLimit: (retryAfter, request, _octokit, count) => waitForLimit('rate limit', retryAfter, request, count < 1),
            onSecondaryRateLimit: (retryAfter, request, _octokit, count) => waitForLimit('secondary rate limit', retryAfter, request, count < 1),
        },
    }, attempts, throttling);
    STATES.set(client, state);
    // Outside everything (throttling's queues and rate-limit waits included): skip once unavailable, and the budget.
    client.hook.wrap('request', async (request, requestOptions) => {
        const endpoint = requestOptions;
        const what = describeEndpoint(endpoint, baseUrl);
        const { unavailable } = state;
        if (unavailable) {
            throw new GitHubUnavailableError(`${what} was not sent: ${unavailable.message}`, unavailable.reason, true);
        }
        const budget = (state.budget ??= AbortSignal.timeout(budgetMs));
        const stopped = AbortSignal.any(stop(budget));
        let onStop;
        const deadline = new Promise((_resolve, reject) => {
            onStop = () => reject(classify(stopped.reason, what, {
                deadline: budget,
                budget,
                signal: options.signal,
                requestTimeoutMs,
                budgetMs,
            }));
            if (stopped.aborted)
                onStop();
            else
                stopped.addEventListener('abort', onStop, { once: true });
        });
        try {
            return await Promise.race([request(requestOptions), deadline]);
        }
        catch (error) {
            if (error instanceof GitHubUnavailableError)
                state.unavailable ??= error;
            throw error;
        }
        finally {
            if (onStop)
                stopped.removeEventListener('abort', onStop);
            deadline.catch(() => undefined);
        }
    });
    return client;
}
/** `GET /repos/o/r/issues/3/comments?per_page=100`: the request without the API's address. */
function describeEndpoint(endpoint, baseUrl) {
    const url = endpoint.url.startsWith(baseUrl) ? endpoint.url.slice(baseUrl.replace(/\/+$/, '').length) : endpoint.url;
    return `${endpoint.method} ${url}`;
}
function waitForLimit(kind, retryAfter, request, firstTime) {
    const wait = firstTime && retryAfter <= GITHUB_CLIENT_DEFAULTS.maxRateLimitWaitSeconds;
    _actions_core__WEBPACK_IMPORTED_MODULE_1__.warning(`GitHub API ${kind} hit for ${request.method} ${request.url}; ${wait ? `retrying in ${retryAfter}s` : `it lifts in ${retryAfter}s, not waited for`}.`);
    return wait;
}
/** An answer of the API is JSON (or empty for 204/205/304); anything else came from something else. */
function checkAnswer(response, what) {
    if (response.status === 204 || response.status === 205 || response.status === 304)
        return;
    const type = response.headers['content-type'] ?? '';
    if (typeof response.data === 'object' && response.data !== null && /json/i.test(type))
        return;
    const shown = typeof response.data === 'string' ? `${response.data.length} characters of text` : typeof response.data;
    throw new GitHubUnavailableError(`${what} was answered with HTTP ${response.status} and ${type || 'no content type'} that is not the API's JSON (${shown})`, 'garbage');
}
const NETWORK_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ECONNABORTED', 'ETIMEDOUT']);
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
function codeOf(error) {
    for (let current = error, depth = 0; current && depth < 6; depth++) {
        const code = current.code;
        if (typeof code === 'string')
            return code;
        current = current.cause;
    }
    return undefined;
}
/** The error as an unavailable API, or undefined for an answer the caller must see (4xx, and 5xx kept below). */
function classify(error, what, context) {
    if (context.signal?.aborted)
        return new GitHubUnavailableError(`${what} was stopped (the caller's deadline)`, 'aborted', false, error);
    if (context.budget.aborted) {
        return new GitHubUnavailableError(`the GitHub API did not answer ${what} within the ${context.budgetMs / 1000} s budget of this step`, 'budget', false, error);
    }
    if (error instanceof GitHubUnavailableError)
        return error;
    if (context.deadline.aborted) {
        return new GitHubUnavailableError(`the GitHub API did not answer ${what} within ${context.requestTimeoutMs / 1000} s`, 'timeout', false, error);
    }
    const status = httpStatus(error);
    const answered = error.response !== undefined;
    if (answered && status !== undefined && status >= 500) {
        return new GitHubUnavailableError(`the GitHub API answered ${what} with HTTP ${status}`, 'server-error', false, error);
    }
    if (answered)
        return undefined;
    const code = codeOf(error);
    // fetch refuses some ports itself ("bad port"): as unreachable as a refused connection.
    const unreachable = code ? UNREACHABLE_CODES.has(code) : /\bbad port\b/i.test(error.message ?? '');
    if (unreachable) {
        return new GitHubUnavailableError(`the GitHub API cannot be reached (${code ?? error.message}) for ${what}`, 'refused', false, error);
    }
    if ((code && NETWORK_CODES.has(code)) || status === 500)
        return new GitHubUnavailableError(`the connection to the GitHub API was lost during ${what} (${code ?? error.message})`, 'network', false, error);
    return undefined;
}
/** The HTTP status of an Octokit error, if it has one. */
function httpStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/** Why a write was refused, phrased for a warning: fork PRs and read-only tokens get 403/404. */
function describeWriteFailure(error, permission) {
    if (error instanceof GitHubUnavailableError)
        return error.message;
    const status = httpStatus(error);
    const message = capText(error?.message ?? String(error));
    if (status === 403 || status === 404) {
        return `${message} (HTTP ${status}). The token lacks '${permission}' permission — expected on pull requests from forks and with read-only tokens; see the README's 'Fork pull requests' section.`;
    }
    return status ? `${message} (HTTP ${status})` : message;
}
/** The most characters of an API's error text echoed into a warning. */
const ECHOED_CHARS = 500;
function capText(text) {
    const line = text.replace(/\s+/g, ' ');
    return line.length > ECHOED_CHARS ? `${line.slice(0, ECHOED_CHARS)}… (${line.length} characters)` : line;
}
/** True for a call that was not sent because the API failed before: its caller need not warn again. */
function isSkippedCall(error) {
    return error instanceof GitHubUnavailableError && error.skipped;
}
/**
 * `data` when `valid(data)` holds; otherwise the answer is not the API's (a 200 with `{}` where a list is due):
 * the client is marked unavailable, like for any garbage answer, and a GitHubUnavailableError is thrown.
 */
function expectAnswer(client, what, data, valid) {
    if (valid(data))
        return data;
    const error = new GitHubUnavailableError(`the GitHub API answered ${what} with JSON of another shape (${Array.isArray(data) ? 'a list' : typeof data})`, 'garbage');
    const state = STATES.get(client);
    if (state)
        state.unavailable ??= error;
    throw error;
}


/***/ }),

/***/ 7264:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k$: () => (/* binding */ COMMENT_INPUT_DEFAULTS),
/* harmony export */   oi: () => (/* binding */ getCommentPolicy),
/* harmony export */   rh: () => (/* binding */ commentOnPullRequest)
/* harmony export */ });
/* unused harmony exports COMMENT_MODES, COMMENT_WHEN, COMMENT_ON_PASS, DEFAULT_COMMENT_POLICY, stickyMarker, upsertStickyComment */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5396);
/* harmony import */ var _action_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6412);
/* harmony import */ var _action_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3353);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5081);
/**
 * A sticky PR comment: one comment per action (and key), found again by a hidden HTML marker across every page
 * of comments, and written the way the user chose (the modes the anchors' users ask for): updated in place or
 * recreated at the bottom, on every run or only when failing or changed, kept, deleted or hidden once passing.
 */




const COMMENT_MODES = ['update', 'recreate', 'off'];
const COMMENT_WHEN = ['always', 'failing-or-changed'];
const COMMENT_ON_PASS = ['keep', 'delete', 'hide'];
const DEFAULT_COMMENT_POLICY = { mode: 'update', when: 'always', onPass: 'keep' };
/** The comment inputs' defaults, as every gate's action.yml gives them. */
const COMMENT_INPUT_DEFAULTS = {
    comment: DEFAULT_COMMENT_POLICY.mode,
    'comment-when': DEFAULT_COMMENT_POLICY.when,
    'comment-on-pass': DEFAULT_COMMENT_POLICY.onPass,
};
/** The inputs `comment`, `comment-when` and `comment-on-pass`, the same in every gate. */
function getCommentPolicy() {
    const text = (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getString */ .AA)('comment').toLowerCase();
    // 0.1 took a boolean.
    const mode = text === 'true'
        ? 'update'
        : text === 'false'
            ? 'off'
            : (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getEnum */ .GV)('comment', COMMENT_MODES, DEFAULT_COMMENT_POLICY.mode);
    return {
        mode,
        when: (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getEnum */ .GV)('comment-when', COMMENT_WHEN, DEFAULT_COMMENT_POLICY.when),
        onPass: (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getEnum */ .GV)('comment-on-pass', COMMENT_ON_PASS, DEFAULT_COMMENT_POLICY.onPass),
    };
}
/** The hidden marker written at the top of the comment. */
function stickyMarker(key) {
    return `<!-- pipeline-actions:sticky:${key} -->`;
}
const DIGEST = /<!-- pipeline-actions:digest:([0-9a-f]+) -->/;
const HIDDEN = '<!-- pipeline-actions:hidden -->';
/**
 * Writes the comment as `request.policy` says. Never throws for a refused write: a fork PR, a read-only token or
 * an API that is unavailable (see client.ts) gets one warning and `skipped`, so the gate's decision stands; a call
 * not sent because the API failed earlier in the step only logs.
 */
async function upsertStickyComment(client, request) {
    const policy = request.policy ?? DEFAULT_COMMENT_POLICY;
    if (policy.mode === 'off')
        return { status: 'skipped', reason: "comment is 'off'" };
    const { owner, repo, issueNumber } = request;
    const marker = stickyMarker(request.key);
    const digest = process
        .getBuiltinModule('node:crypto')
        .createHash('sha256')
        .update(request.digestOf ?? request.body)
        .digest('hex')
        .slice(0, 16);
    const passing = request.passing === true;
    const bodyOf = (hidden) => (0,_action_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .fitComment */ .pI)(`${marker}\n<!-- pipeline-actions:digest:${digest} -->${hidden ? `\n${HIDDEN}` : ''}\n${request.body}`);
    try {
        const existing = await findComment(client, request, marker);
        const changed = existing?.digest !== digest;
        if (passing && policy.onPass === 'delete') {
            if (!existing)
                return { status: 'skipped', reason: 'the gate passes and there is no comment to delete' };
            await client.rest.issues.deleteComment({ owner, repo, comment_id: existing.id });
            return { status: 'deleted', id: existing.id };
        }
        if (passing && policy.onPass === 'hide') {
            if (!existing)
                return { status: 'skipped', reason: 'the gate passes and there is no comment to hide' };
            if (existing.hidden && !changed)
                return { status: 'skipped', reason: 'the hidden comment is unchanged' };
            const written = await client.rest.issues.updateComment({
                owner,
                repo,
                comment_id: existing.id,
                body: bodyOf(true),
            });
            const data = (0,_client_js__WEBPACK_IMPORTED_MODULE_3__/* .expectAnswer */ .As)(client, 'the comment written', written.data, isComment);
            const nodeId = data.node_id ?? existing.nodeId;
            if (nodeId !== undefined)
                await client.graphql(MINIMIZE, { id: nodeId });
            return { status: 'hidden', id: data.id, url: data.html_url };
        }
        if (passing && policy.when === 'failing-or-changed') {
            if (!existing)
                return { status: 'skipped', reason: 'the gate passes and there is no earlier comment' };
            if (!changed)
                return { status: 'skipped', reason: 'the gate passes and the comment is unchanged' };
        }
        // A hidden comment is recreated: updating it would leave it folded away.
        const recreate = existing !== undefined && (policy.mode === 'recreate' || existing.hidden);
        if (recreate)
            await client.rest.issues.deleteComment({ owner, repo, comment_id: existing.id });
        const written = existing !== undefined && !recreate
            ? await client.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body: bodyOf(false) })
            : await client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body: bodyOf(false) });
        const data = (0,_client_js__WEBPACK_IMPORTED_MODULE_3__/* .expectAnswer */ .As)(client, 'the comment written', written.data, isComment);
        const status = existing === undefined ? 'created' : recreate ? 'recreated' : 'updated';
        return { status, id: data.id, url: data.html_url };
    }
    catch (error) {
        const reason = (0,_client_js__WEBPACK_IMPORTED_MODULE_3__/* .describeWriteFailure */ .jg)(error, 'pull-requests: write');
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_3__/* .isSkippedCall */ .lx)(error))
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`No PR comment: ${reason}`);
        else
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`Could not post the PR comment: ${reason}. The decision stands.`);
        return { status: 'skipped', reason };
    }
}
/**
 * A gate's comment on its pull request, with what every gate says when it cannot be written: no token, or a
 * fork pull request's read-only token (the README's workflow_run pattern comments on those).
 */
async function commentOnPullRequest(request) {
    const { context, client, pullNumber, policy } = request;
    if (policy.mode === 'off')
        return { status: 'skipped', reason: "comment is 'off'" };
    if (pullNumber === undefined || context.repo === undefined)
        return { status: 'skipped', reason: 'not a pull request (give pr-number in a workflow_run workflow)' };
    if (client === undefined) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning('comment is on but github-token is empty: no PR comment.');
        return { status: 'skipped', reason: 'no token' };
    }
    if (context.pullRequest?.isFork && context.eventName === 'pull_request') {
        const reason = "This pull request comes from a fork: its token is read-only, so no comment is posted (the decision stands). Use the README's workflow_run pattern to comment on fork PRs.";
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(reason);
        return { status: 'skipped', reason };
    }
    const posted = await upsertStickyComment(await (0,_client_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveGitHubClient */ .Z7)(client), {
        ...context.repo,
        issueNumber: pullNumber,
        ...request,
    });
    if (posted.status === 'skipped')
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`No PR comment: ${posted.reason}.`);
    else
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`PR comment ${posted.status}${'url' in posted ? `: ${posted.url}` : ''}`);
    return posted;
}
const MINIMIZE = `mutation($id: ID!) {
  minimizeComment(input: { subjectId: $id, classifier: RESOLVED }) { minimizedComment { isMinimized } }
}`;
/** The comment carrying `marker`, across every page of the PR's comments. */
async function findComment(client, request, marker) {
    for await (const page of client.paginate.iterator(client.rest.issues.listComments, {
        owner: request.owner,
        repo: request.repo,
        issue_number: request.issueNumber,
        per_page: 100,
    })) {
        const comments = (0,_client_js__WEBPACK_IMPORTED_MODULE_3__/* .expectAnswer */ .As)(client, 'the comments of the pull request', page.data, Array.isArray);
        const found = comments.find((comment) => typeof comment?.body === 'string' && comment.body.includes(marker));
        if (found) {
            const body = found.body ?? '';
            return { id: found.id, nodeId: found.node_id, digest: DIGEST.exec(body)?.[1], hidden: body.includes(HIDDEN) };
        }
    }
    return undefined;
}
function isComment(data) {
    return typeof data?.id === 'number';
}


/***/ }),

/***/ 2839:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ readRunContext)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/** What an action needs to know about the run, read from the runner's environment and event payload. */


function readPayload() {
    const file = process.env['GITHUB_EVENT_PATH'];
    if (!file)
        return {};
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
    }
    catch {
        return {};
    }
}
/** Reads the run's context now (not at module load, so tests can change the environment). */
function readRunContext(env = process.env) {
    const payload = readPayload();
    const [owner, repo] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
    // pull_request, pull_request_target and workflow_run-less events carry `pull_request`.
    const pr = (payload['pull_request'] ?? undefined);
    const pullRequest = pr && typeof pr.number === 'number'
        ? {
            number: pr.number,
            baseSha: pr.base?.sha ?? '',
            headSha: pr.head?.sha ?? '',
            baseRef: pr.base?.ref ?? '',
            headRef: pr.head?.ref ?? '',
            isFork: !pr.head?.repo || pr.head.repo.full_name !== pr.base?.repo?.full_name,
        }
        : undefined;
    const serverUrl = env['GITHUB_SERVER_URL'] ?? 'https://github.com';
    const runId = env['GITHUB_RUN_ID'] ?? '';
    const repository = env['GITHUB_REPOSITORY'];
    const run = `${repository || 'local'} run ${runId || '?'} attempt ${env['GITHUB_RUN_ATTEMPT'] ?? '1'}`;
    const job = [env['GITHUB_WORKFLOW'], env['GITHUB_JOB']].filter(Boolean).join(' / ');
    return {
        repo: owner && repo ? { owner, repo } : undefined,
        eventName: env['GITHUB_EVENT_NAME'] ?? '',
        sha: env['GITHUB_SHA'] ?? '',
        ref: env['GITHUB_REF'] ?? '',
        runId,
        serverUrl,
        payload,
        pullRequest,
        runUrl: repository && runId ? `${serverUrl.replace(/\/+$/, '')}/${repository}/actions/runs/${runId}` : undefined,
        runLabel: job ? `${run} (${job})` : run,
        runnerTemp: env['RUNNER_TEMP'] || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(),
    };
}


/***/ }),

/***/ 9530:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ parseThreshold),
/* harmony export */   l2: () => (/* binding */ evaluateThreshold),
/* harmony export */   uh: () => (/* binding */ describeAggregation)
/* harmony export */ });
/* unused harmony exports compare, aggregate, percentileOfSorted */
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

/***/ 3257:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ toRepoPath)
/* harmony export */ });
/* unused harmony export RepositoryPathMapper */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Report paths as repository paths. Every gate's reports name files their own way (absolute from the CI
 * machine or another one, file:// URIs, Windows separators, relative to a source root): `toRepoPath` turns one
 * into a workspace-relative path, and `RepositoryPathMapper` also matches it against the checkout's files.
 */


const DRIVE = /^[a-z]:\//i;
const isAbsolutePath = (value) => node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.isAbsolute(value) || DRIVE.test(value);
let lastWorkspace = '';
let lastRoot = '';
let lastRunnerRoot = '';
/** The workspace with forward slashes and no trailing slash; cached, as it is needed once per path. */
function rootOf(workspace) {
    if (workspace !== lastWorkspace) {
        lastWorkspace = workspace;
        lastRoot = workspace.replace(/\\/g, '/').replace(/\/+$/, '');
    }
    return lastRoot;
}
/** A file reference with the URI and the platform taken off: a plain path with forward slashes. */
function plainPath(reference) {
    let value = reference.trim();
    if (value.startsWith('file:///') && !value.includes('%') && !value.includes('?') && !value.includes('#')) {
        // The common case (ESLint's SARIF writes one per result): no URL parsing needed.
        value = value.slice(7);
    }
    else if (/^file:/i.test(value)) {
        try {
            value = (0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(value);
        }
        catch {
            value = decodeURIComponent(value.replace(/^file:\/*/i, '/'));
        }
    }
    else if (/%[0-9a-f]{2}/i.test(value) && !/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
        try {
            value = decodeURIComponent(value);
        }
        catch {
            // Not percent-encoding after all: keep the text.
        }
    }
    if (value.includes('\\'))
        value = value.replace(/\\/g, '/');
    // normalize() only when there is something to normalize: it is costly on hundreds of thousands of paths.
    if (!/(^|\/)\.{1,2}(\/|$)|\/\//.test(value))
        return value;
    const drive = DRIVE.test(value) ? value.slice(0, 2) : '';
    return drive + node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(value.slice(drive.length)).replace(/^\.\//, '');
}
/** `value` (absolute) relative to the workspace, or to a GitHub runner's checkout; unchanged when neither. */
function relativeToWorkspace(value, workspace) {
    const root = rootOf(workspace);
    if (value === root)
        return '.';
    // Windows drive letters are case-insensitive: C:/a and c:/a are the same checkout.
    const inside = DRIVE.test(value)
        ? value.toLowerCase().startsWith(`${root.toLowerCase()}/`)
        : value.startsWith(`${root}/`);
    if (inside)
        return value.slice(root.length + 1);
    // Reports made on another machine: GitHub's runner layouts are known, so their paths still map.
    // A report names one root over and over: the last one matched is tried first, without the regex.
    if (lastRunnerRoot !== '' && value.length > lastRunnerRoot.length && value.startsWith(lastRunnerRoot)) {
        return value.slice(lastRunnerRoot.length);
    }
    const runner = /^((?:\/home\/runner\/work\/[^/]+\/[^/]+|\/github\/workspace|[a-z]:\/a\/[^/]+\/[^/]+)\/)(.+)$/i.exec(value);
    if (runner) {
        lastRunnerRoot = runner[1];
        return runner[2];
    }
    return value;
}
/**
 * A report's file reference as a repository path: forward slashes, relative to the workspace.
 * Accepts plain relative or absolute paths and file:// URIs (ESLint's SARIF writes file:///abs/path).
 * Paths outside the workspace are kept as they are: they still name the file for a human.
 */
function toRepoPath(reference, workspace) {
    const value = plainPath(reference);
    return isAbsolutePath(value) ? relativeToWorkspace(value, workspace) : value;
}
/**
 * Maps report paths onto the files of a checkout: `toRepoPath`, joined with the report's source roots, and
 * when no such file exists the repository file sharing the longest path suffix (JaCoCo's package paths,
 * reports made in another checkout), when it is unique.
 */
class RepositoryPathMapper {
    workspace;
    files;
    known;
    byBasename = new Map();
    /** `files`: repository-relative paths (forward slashes) of the checkout; empty when unknown. */
    constructor(workspace, files) {
        this.workspace = workspace;
        this.files = files;
        this.known = new Set(files);
        for (const file of files) {
            const base = file.slice(file.lastIndexOf('/') + 1);
            const list = this.byBasename.get(base);
            if (list)
                list.push(file);
            else
                this.byBasename.set(base, [file]);
        }
    }
    map(reference, options = {}) {
        const file = toRepoPath(reference, this.workspace);
        const resolved = options.resolve?.(file);
        const candidates = resolved === undefined ? [] : [resolved];
        if (!isAbsolutePath(file))
            for (const root of options.roots ?? [])
                candidates.push(toRepoPath(`${root}/${file}`, this.workspace));
        candidates.push(file);
        const usable = (candidate) => candidate !== '' && !candidate.startsWith('../');
        for (const candidate of candidates) {
            if (usable(candidate) && this.known.has(candidate))
                return { path: candidate, matched: true };
        }
        const bySuffix = this.matchSuffix(file);
        if (bySuffix)
            return { path: bySuffix, matched: true };
        // Unknown to the repository: keep the most useful form, and let the caller warn.
        const fallback = candidates.find((c) => usable(c) && !isAbsolutePath(c)) ?? file;
        return { path: fallback, matched: this.files.length === 0 && !isAbsolutePath(fallback) };
    }
    /** The repository file sharing the most trailing path segments with `file` (at least the name), if unique. */
    matchSuffix(file) {
        // Most paths have a plain last segment that no repository file is named like: nothing to split then.
        const last = file.slice(file.lastIndexOf('/') + 1);
        if (last !== '' && !/^[A-Za-z]:$/.test(last) && !this.byBasename.has(last))
            return undefined;
        const segments = file.split('/').filter((s) => s !== '' && !/^[A-Za-z]:$/.test(s));
        const base = segments[segments.length - 1];
        if (base === undefined)
            return undefined;
        const options = this.byBasename.get(base);
        if (!options)
            return undefined;
        let best;
        let bestScore = 0;
        let tie = false;
        for (const option of options) {
            const parts = option.split('/');
            let score = 0;
            while (score < parts.length &&
                score < segments.length &&
                parts[parts.length - 1 - score] === segments[segments.length - 1 - score])
                score++;
            if (score > bestScore) {
                best = option;
                bestScore = score;
                tie = false;
            }
            else if (score === bestScore) {
                tie = true;
            }
        }
        // A bare file name shared by several files is ambiguous; a longer shared suffix decides.
        return tie ? undefined : best;
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

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

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

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

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

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

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

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ExitCode: () => (/* binding */ ExitCode),
  addPath: () => (/* binding */ addPath),
  debug: () => (/* binding */ debug),
  endGroup: () => (/* binding */ endGroup),
  error: () => (/* binding */ error),
  exportVariable: () => (/* binding */ exportVariable),
  getBooleanInput: () => (/* binding */ getBooleanInput),
  getIDToken: () => (/* binding */ getIDToken),
  getInput: () => (/* binding */ getInput),
  getMultilineInput: () => (/* binding */ getMultilineInput),
  getState: () => (/* binding */ getState),
  group: () => (/* binding */ group),
  info: () => (/* binding */ info),
  isDebug: () => (/* binding */ isDebug),
  markdownSummary: () => (/* reexport */ markdownSummary),
  notice: () => (/* binding */ notice),
  platform: () => (/* reexport */ platform_namespaceObject),
  saveState: () => (/* binding */ saveState),
  setCommandEcho: () => (/* binding */ setCommandEcho),
  setFailed: () => (/* binding */ setFailed),
  setOutput: () => (/* binding */ setOutput),
  setSecret: () => (/* binding */ setSecret),
  startGroup: () => (/* binding */ startGroup),
  summary: () => (/* reexport */ summary),
  toPlatformPath: () => (/* reexport */ toPlatformPath),
  toPosixPath: () => (/* reexport */ toPosixPath),
  toWin32Path: () => (/* reexport */ toWin32Path),
  warning: () => (/* binding */ warning)
});

// NAMESPACE OBJECT: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=a41ba35b216b70ccccab12bba8da886a68c865f3cff3b32ff22d68888af6c034/node_modules/@actions/core/lib/platform.js
var platform_namespaceObject = {};
__nccwpck_require__.r(platform_namespaceObject);
__nccwpck_require__.d(platform_namespaceObject, {
  arch: () => (arch),
  getDetails: () => (getDetails),
  isLinux: () => (isLinux),
  isMacOS: () => (isMacOS),
  isWindows: () => (isWindows),
  platform: () => (platform)
});

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=a41ba35b216b70ccccab12bba8da886a68c865f3cff3b32ff22d68888af6c034/node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
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
function toCommandProperties(annotationProperties) {
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
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function issue(name, message = '') {
    issueCommand(name, {}, message);
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
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
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



function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const convertedValue = toCommandValue(value);
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
const loadHttpClient = () => Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(521), __nccwpck_require__.e(343)]).then(__nccwpck_require__.bind(__nccwpck_require__, 343)), __nccwpck_require__.e(/* import() */ 525).then(__nccwpck_require__.bind(__nccwpck_require__, 5525))]);

class OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        return __awaiter(this, void 0, void 0, function* () {
        const [{ HttpClient }, { BearerCredentialHandler }] = yield loadHttpClient();
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(OidcClient.getRequestToken())], requestOptions);
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
            const httpclient = yield OidcClient.createHttpClient();
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
                let id_token_url = OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield OidcClient.getCall(id_token_url);
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
const markdownSummary = _summary;
const summary = _summary;
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
    return pth.replace(/[/\\]/g, external_path_.sep);
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
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
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
    process.env['PATH'] = `${inputPath}${external_path_.delimiter}${process.env['PATH']}`;
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
        return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
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
function debug(message) {
    issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
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
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
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
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
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
/******/ var __webpack_exports__ = __nccwpck_require__(4409);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
