/**
 * Checks the action runs itself (black --check ., gofmt -l ., tsc --noEmit…), in parallel up to a limit.
 * Each becomes findings by its exit code, by the files it lists, by parsing tsc's output or through a problem
 * matcher (problem-matcher.ts), and may write a report that is read like any other.
 */
import { mapLimit, runCommand, type CommandResult } from '@pipeline-actions/shared';
import { CATEGORIES, SEVERITIES, type Category, type RawFinding, type Severity } from './model.ts';
import { toRepoPath } from './paths.ts';
import { BUILT_IN_MATCHERS, loadMatcher, matchOutput, type LoadedMatcher } from './problem-matcher.ts';
import type { Schema } from '@pipeline-actions/shared';

export const FINDINGS_FROM = ['exit-code', 'files', 'tsc', 'report', 'problem-matcher'] as const;
export type FindingsFrom = (typeof FINDINGS_FROM)[number];

export interface CommandSpec {
  /** Shown in findings and the summary; also the tool name of its findings. */
  name: string;
  /** Argument vector: no shell. A string is split on spaces (quotes group words). */
  run: string[];
  category: Category;
  severity: Severity;
  /**
   * exit-code: one finding when it exits non-zero; files: one per path it prints; tsc: one per diagnostic;
   * report: none, read `report`; problem-matcher: one per line its `matcher` matches.
   */
  findingsFrom: FindingsFrom;
  /** A built-in problem matcher (flake8, mypy, isort) or the path of a matcher file in the workspace. */
  matcher?: string;
  /** A report file the command writes, read afterwards with the other reports. */
  report?: string;
  timeoutMs: number;
}

export const COMMANDS_SCHEMA: Schema = {
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
      category: { type: 'string', enum: CATEGORIES },
      severity: { type: 'string', enum: SEVERITIES },
      'findings-from': { type: 'string', enum: FINDINGS_FROM },
      matcher: { type: 'string' },
      report: { type: 'string' },
      timeout: { type: 'duration' },
    },
    required: ['run'],
  },
};

interface RawCommand {
  name?: string;
  run: string | string[];
  category?: Category;
  severity?: Severity;
  'findings-from'?: FindingsFrom;
  matcher?: string;
  report?: string;
  timeout?: number;
}

/** Splits a command line into words: spaces separate, single or double quotes group. No expansion of any kind. */
export function splitCommandLine(text: string): string[] {
  const words: string[] = [];
  let current = '';
  let quote: string | undefined;
  let inWord = false;
  for (const char of text) {
    if (quote !== undefined) {
      if (char === quote) quote = undefined;
      else current += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      inWord = true;
    } else if (/\s/.test(char)) {
      if (inWord) words.push(current);
      current = '';
      inWord = false;
    } else {
      current += char;
      inWord = true;
    }
  }
  if (quote !== undefined) throw new Error(`unclosed ${quote} quote in '${text}'`);
  if (inWord) words.push(current);
  return words;
}

const DEFAULT_TIMEOUT_MS = 10 * 60_000;

export function toCommandSpecs(raw: RawCommand[]): CommandSpec[] {
  return raw.map((command, index) => {
    const run = typeof command.run === 'string' ? splitCommandLine(command.run) : command.run;
    if (run.length === 0) throw new Error(`commands[${index}].run is empty`);
    const findingsFrom =
      command['findings-from'] ??
      (command.matcher !== undefined ? 'problem-matcher' : command.report !== undefined ? 'report' : 'exit-code');
    if (findingsFrom === 'problem-matcher' && command.matcher === undefined) {
      throw new Error(
        `commands[${index}]: findings-from: problem-matcher needs 'matcher': ${Object.keys(BUILT_IN_MATCHERS).join(', ')} or the path of a problem matcher file`,
      );
    }
    if (findingsFrom !== 'problem-matcher' && command.matcher !== undefined) {
      throw new Error(`commands[${index}].matcher is read only with findings-from: problem-matcher`);
    }
    const builtIn = command.matcher === undefined ? undefined : BUILT_IN_MATCHERS[command.matcher];
    const spec: CommandSpec = {
      name: command.name ?? run[0]!.replace(/^.*\//, ''),
      run,
      category: command.category ?? builtIn?.category ?? 'lint',
      severity: command.severity ?? 'high',
      findingsFrom,
      timeoutMs: command.timeout ?? DEFAULT_TIMEOUT_MS,
    };
    if (command.matcher !== undefined) spec.matcher = command.matcher;
    if (command.report !== undefined) spec.report = command.report;
    return spec;
  });
}

export interface CommandOutcome {
  spec: CommandSpec;
  result: CommandResult;
  findings: RawFinding[];
}

const TSC_DIAGNOSTIC = /^(.+?)\((\d+),(\d+)\): (error|warning) (TS\d+): (.*)$/;

/** Findings from a finished command, as its spec says to read them (`matcher`: the loaded spec.matcher). */
export async function commandFindings(
  spec: CommandSpec,
  result: CommandResult,
  workspace: string,
  matcher?: LoadedMatcher,
  entry = spec.name,
): Promise<RawFinding[]> {
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
      if (matcher === undefined) throw new Error(`${entry}: the problem matcher was not loaded`);
      const context = { entry, tool: spec.name, category: spec.category, severity: spec.severity, workspace };
      const findings = await matchOutput(matcher, output, context);
      if (findings.length === 0 && result.exitCode !== 0)
        return [{ ...base, rule: `exit-${result.exitCode}`, message: lastLines(output) }];
      return findings;
    }
    case 'tsc': {
      const findings: RawFinding[] = [];
      for (const line of output.split('\n')) {
        const match = TSC_DIAGNOSTIC.exec(line.trim());
        if (!match) continue;
        findings.push({
          ...base,
          severity: match[4] === 'error' ? spec.severity : 'medium',
          rule: match[5]!,
          message: match[6]!,
          file: toRepoPath(match[1]!, workspace),
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
      const findings: RawFinding[] = files.map((file) => ({
        ...base,
        rule: 'needs-formatting',
        message: `${file} is not formatted (${spec.run.join(' ')})`,
        file: toRepoPath(file, workspace),
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

function lastLines(text: string, count = 5): string {
  return text.trim().split('\n').slice(-count).join('\n').slice(0, 1000);
}

/** Runs the commands, at most `parallel` at a time, in the workspace. A command that cannot start throws (UserError). */
export async function runCommands(
  specs: CommandSpec[],
  parallel: number,
  workspace: string,
): Promise<CommandOutcome[]> {
  // Every matcher is loaded (and checked) before any command runs: a bad matcher file fails fast.
  const entries = specs.map((spec, index) => `commands[${index}] (${spec.name})`);
  const matchers = await Promise.all(
    specs.map((spec, index) =>
      spec.matcher === undefined ? undefined : loadMatcher(spec.matcher, entries[index]!, workspace),
    ),
  );
  const indexes = specs.map((_spec, index) => index);
  return mapLimit(indexes, parallel, async (index): Promise<CommandOutcome> => {
    const spec = specs[index]!;
    const [command, ...args] = spec.run;
    const result = await runCommand(command!, args, { cwd: workspace, timeoutMs: spec.timeoutMs });
    return { spec, result, findings: await commandFindings(spec, result, workspace, matchers[index], entries[index]) };
  });
}
