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
import path from 'node:path';
import { parseJsonFile, readUserFile, UserError } from '@pipeline-actions/shared';
import { RegexRunner } from '@pipeline-actions/shared/probe/regex';
import type { Category, RawFinding, Severity } from './model.ts';
import { toRepoPath } from './paths.ts';

const CAPTURES = ['file', 'line', 'column', 'severity', 'code', 'message', 'fromPath'] as const;
type Capture = (typeof CAPTURES)[number];

export interface MatcherPattern extends Partial<Record<Capture, number>> {
  regexp: string;
  loop?: boolean;
}

export interface MatcherConfig {
  owner: string;
  severity?: string;
  pattern: MatcherPattern[];
}

/** How a matched severity word (or code, for flake8) becomes a severity: longest matching prefix wins. */
export interface SeverityRule {
  /** What is looked up: the matched `severity` (the runner's words by default) or the matched `code`. */
  from: 'severity' | 'code';
  /** Prefix (lower-case for words) -> severity; the entry's own `severity` stands for "error". */
  table: Readonly<Record<string, Severity | 'entry'>>;
}

/** The runner's words: error is the command entry's severity (default high), as for tsc. */
const RUNNER_WORDS: SeverityRule = { from: 'severity', table: { error: 'entry', warning: 'medium', notice: 'low' } };

export interface BuiltInMatcher {
  category: Category;
  matchers: MatcherConfig[];
  severity: SeverityRule;
}

/**
 * flake8's default format (`path:line:col: CODE message`). Its codes by prefix: the ones GitHub's Python starter
 * workflow stops the build on (E9 syntax errors, F63 invalid comparisons, F7 statement errors, F82 undefined
 * names) are high; other pyflakes F codes (unused imports, redefinitions) medium; pycodestyle E/W and the C90
 * complexity check low; a plugin's codes medium.
 */
const FLAKE8: BuiltInMatcher = {
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
const MYPY: BuiltInMatcher = {
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
const ISORT: BuiltInMatcher = {
  category: 'format',
  matchers: [
    {
      owner: 'isort',
      pattern: [{ regexp: '^ERROR: (.+) (Imports are incorrectly sorted and/or formatted\\.)$', file: 1, message: 2 }],
    },
  ],
  severity: RUNNER_WORDS,
};

export const BUILT_IN_MATCHERS: Readonly<Record<string, BuiltInMatcher>> = { flake8: FLAKE8, mypy: MYPY, isort: ISORT };

/** Lines longer than this are matched on their first MAX_LINE characters. */
export const MAX_LINE = 4096;
/** The runner's own limit for one match. */
const MATCH_BUDGET_MS = 1000;

interface CompiledPattern extends MatcherPattern {
  regex: RegExp;
}

/** Matchers ready to run: built-in (trusted regexps) or the user's (each line tested under a budget first). */
export interface LoadedMatcher {
  /** The built-in's name or the file as given. */
  name: string;
  trusted: boolean;
  matchers: { owner: string; severity?: string; patterns: CompiledPattern[] }[];
  severity: SeverityRule;
}

/** Checks a problem-matcher document as the runner does; throws an Error whose message says what is wrong. */
export function checkMatchers(value: unknown): MatcherConfig[] {
  const root =
    value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const list = root.problemMatcher;
  if (!Array.isArray(list) || list.length === 0)
    throw new Error('expected {"problemMatcher": [{"owner", "pattern": [{"regexp", ...}]}]}');
  const owners = new Set<string>();
  return list.map((entry, index) => {
    const at = `problemMatcher[${index}]`;
    const matcher = (entry ?? {}) as Record<string, unknown>;
    const owner = matcher.owner;
    if (typeof owner !== 'string' || owner === '') throw new Error(`${at}.owner must be a non-empty string`);
    if (owners.has(owner.toLowerCase())) throw new Error(`${at}: owner '${owner}' appears twice`);
    owners.add(owner.toLowerCase());
    const severity = matcher.severity;
    if (severity !== undefined && !(typeof severity === 'string' && /^(error|warning|notice|)$/i.test(severity)))
      throw new Error(`${at}.severity must be error, warning or notice`);
    const patterns = matcher.pattern;
    if (!Array.isArray(patterns) || patterns.length === 0) throw new Error(`${at}.pattern must be a non-empty list`);
    const seen = new Set<Capture>();
    const checked = patterns.map((raw, number) =>
      checkPattern(raw, `${at}.pattern[${number}]`, number, patterns.length, seen),
    );
    if (!seen.has('message')) throw new Error(`${at}: at least one pattern must set 'message'`);
    return { owner, ...(typeof severity === 'string' && severity !== '' ? { severity } : {}), pattern: checked };
  });
}

function checkPattern(raw: unknown, at: string, index: number, count: number, seen: Set<Capture>): MatcherPattern {
  const pattern = (raw ?? {}) as Record<string, unknown>;
  if (typeof pattern.regexp !== 'string' || pattern.regexp === '')
    throw new Error(`${at}.regexp must be a non-empty string`);
  const regex = compile(pattern.regexp, at);
  const groups = new RegExp(`${regex.source}|`).exec('')!.length - 1;
  const loop = pattern.loop === true;
  if (pattern.loop !== undefined && typeof pattern.loop !== 'boolean')
    throw new Error(`${at}.loop must be true or false`);
  if (loop && (index === 0 || index !== count - 1))
    throw new Error(`${at}: only the last pattern of a multi-line matcher may set 'loop'`);
  if (loop && pattern.message === undefined) throw new Error(`${at}: the loop pattern must set 'message'`);
  const checked: MatcherPattern = { regexp: pattern.regexp, ...(loop ? { loop } : {}) };
  for (const capture of CAPTURES) {
    const group = pattern[capture];
    if (group === undefined) continue;
    if (typeof group !== 'number' || !Number.isInteger(group) || group < 0 || group > groups)
      throw new Error(`${at}.${capture} must be the number of one of the regexp's ${groups} group(s)`);
    if (seen.has(capture)) throw new Error(`${at}: '${capture}' is set by two patterns`);
    seen.add(capture);
    checked[capture] = group;
  }
  return checked;
}

/** The runner compiles with ECMAScript semantics; a JavaScript RegExp is that. */
function compile(source: string, at: string): RegExp {
  try {
    return new RegExp(source);
  } catch (error) {
    throw new Error(
      `${at}.regexp is not a valid regular expression (${(error as Error).message.replace(/^.*: /, '')})`,
      { cause: error },
    );
  }
}

/**
 * The matchers a command entry names: a built-in by name, else a matcher file in the workspace (read through the
 * shared safe reader). Errors name the entry: `commands[2] (lint)`.
 */
export async function loadMatcher(name: string, entry: string, workspace: string): Promise<LoadedMatcher> {
  const builtIn = BUILT_IN_MATCHERS[name];
  if (builtIn !== undefined) return compileAll(name, true, builtIn.matchers, builtIn.severity);
  const { file, text } = await readUserFile('commands', name, { root: workspace, maxBytes: 1024 * 1024 });
  // Invalid JSON is an error placed in the file, with its line and column.
  const document = parseJsonFile(text, file.given, 'a problem matcher file');
  let matchers: MatcherConfig[];
  try {
    matchers = checkMatchers(document);
  } catch (error) {
    throw new UserError(`${entry}: matcher file '${name}': ${(error as Error).message}`, {}, { cause: error });
  }
  return compileAll(name, false, matchers, RUNNER_WORDS);
}

function compileAll(name: string, trusted: boolean, configs: MatcherConfig[], severity: SeverityRule): LoadedMatcher {
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

type Values = Partial<Record<Capture, string>>;

// The runner's colour-code pattern: ESC [ digits/semicolons, optionally m.
// eslint-disable-next-line no-control-regex
const COLOUR_CODES = /\u001b\[[0-9;]*m?/g;

/** Where the entry's findings come from, for messages and the findings themselves. */
export interface MatchContext {
  /** `commands[2] (lint)`. */
  entry: string;
  tool: string;
  category: Category;
  /** The entry's severity: what "error" means. */
  severity: Severity;
  workspace: string;
}

/** The findings in a command's output, line by line, as the runner would annotate them. */
export async function matchOutput(loaded: LoadedMatcher, output: string, context: MatchContext): Promise<RawFinding[]> {
  const runner = loaded.trusted ? undefined : new RegexRunner();
  try {
    const states = loaded.matchers.map(
      (matcher) => new Array<Values | undefined>(Math.max(0, matcher.patterns.length - 1)),
    );
    const findings: RawFinding[] = [];
    const exec = async (
      pattern: CompiledPattern,
      line: string,
      lineNumber: number,
    ): Promise<RegExpExecArray | null> => {
      if (runner !== undefined) {
        const matched = await runner.test(pattern.regex, line, MATCH_BUDGET_MS);
        if (matched === undefined)
          throw new UserError(
            `${context.entry}: the matcher's regexp /${pattern.regexp}/ took more than ${MATCH_BUDGET_MS / 1000} s on line ${lineNumber} of the output; simplify it (nested repetition such as (a+)+ backtracks without end)`,
          );
        if (!matched) return null;
      }
      return pattern.regex.exec(line);
    };
    const lines = output.split(/\r?\n/);
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index]!.replace(COLOUR_CODES, '').slice(0, MAX_LINE);
      for (let m = 0; m < loaded.matchers.length; m++) {
        const values = await matchLine(loaded.matchers[m]!.patterns, states[m]!, line, index + 1, exec);
        if (values === undefined) continue;
        // As the runner: a line one matcher took resets the others' running matches.
        states.forEach((state, other) => other !== m && state.fill(undefined));
        const finding = toFinding(values, loaded, loaded.matchers[m]!, context);
        if (finding !== undefined) {
          findings.push(finding);
          break;
        }
      }
    }
    return findings;
  } finally {
    await runner?.close();
  }
}

/** actions/runner's IssueMatcher.Match: the patterns tried last to first against the running matches. */
async function matchLine(
  patterns: CompiledPattern[],
  state: (Values | undefined)[],
  line: string,
  lineNumber: number,
  exec: (pattern: CompiledPattern, line: string, lineNumber: number) => Promise<RegExpExecArray | null>,
): Promise<Values | undefined> {
  if (patterns.length === 1) {
    const match = await exec(patterns[0]!, line, lineNumber);
    return match === null ? undefined : valuesOf(patterns[0]!, match, undefined);
  }
  for (let i = patterns.length - 1; i >= 0; i--) {
    const running = i > 0 ? state[i - 1] : undefined;
    if (i > 0 && running === undefined) continue;
    const pattern = patterns[i]!;
    const isLast = i === patterns.length - 1;
    const match = await exec(pattern, line, lineNumber);
    if (match !== null) {
      if (isLast) {
        state.fill(undefined);
        if (pattern.loop) state[i - 1] = running;
        return valuesOf(pattern, match, running);
      }
      state[i] = valuesOf(pattern, match, running);
    } else if (isLast) state[i - 1] = undefined;
    else state[i] = undefined;
  }
  return undefined;
}

function valuesOf(pattern: MatcherPattern, match: RegExpExecArray, running: Values | undefined): Values {
  const values: Values = { ...running };
  for (const capture of CAPTURES) {
    const group = pattern[capture];
    if (values[capture] === undefined && group !== undefined) values[capture] = match[group] ?? '';
  }
  return values;
}

function toFinding(
  values: Values,
  loaded: LoadedMatcher,
  matcher: LoadedMatcher['matchers'][number],
  context: MatchContext,
): RawFinding | undefined {
  const message = values.message?.trim();
  if (!message) return undefined;
  const severity = severityOf(loaded.severity, values, matcher.severity, context.severity);
  if (severity === undefined) return undefined;
  const code = values.code?.trim();
  const finding: RawFinding = {
    tool: context.tool,
    category: context.category,
    severity,
    rule: code || matcher.owner,
    message,
  };
  let file = values.file?.trim();
  if (file) {
    const fromDirectory = values.fromPath?.trim() ? path.dirname(values.fromPath.trim()) : '';
    if (fromDirectory && !path.isAbsolute(file)) file = path.join(fromDirectory, file);
    finding.file = toRepoPath(file, context.workspace);
  }
  const line = Number(values.line);
  if (values.line && /^\d+$/.test(values.line) && line >= 1) finding.line = line;
  const column = Number(values.column);
  if (values.column && /^\d+$/.test(values.column) && column >= 1) finding.column = column;
  return finding;
}

/** undefined: a severity word the runner would not annotate (it skips the line). */
function severityOf(
  rule: SeverityRule,
  values: Values,
  matcherDefault: string | undefined,
  entrySeverity: Severity,
): Severity | undefined {
  if (rule.from === 'code') {
    const found = lookup(rule, (values.code ?? '').trim(), false);
    return found === undefined || found === 'entry' ? entrySeverity : found;
  }
  const word = (values.severity?.trim() || matcherDefault || 'error').toLowerCase();
  const found = lookup(rule, word, true);
  return found === 'entry' ? entrySeverity : found;
}

function lookup(rule: SeverityRule, key: string, exact: boolean): Severity | 'entry' | undefined {
  if (exact) return rule.table[key];
  let best: string | undefined;
  for (const prefix of Object.keys(rule.table))
    if (key.startsWith(prefix) && (best === undefined || prefix.length > best.length)) best = prefix;
  return best === undefined ? undefined : rule.table[best];
}
