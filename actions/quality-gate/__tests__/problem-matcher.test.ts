/**
 * `findings-from: problem-matcher`: the built-in flake8, mypy and isort matchers on what the real tools print at
 * test time (Debian's packages), each finding count equal to the tool's own count; a user's matcher file, with a
 * multi-line `loop` pattern, on a real command's output; bad matcher files and a catastrophic regexp.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCommands, toCommandSpecs } from '../src/commands.ts';
import { countBySeverity, makeWorkspace, runTool } from './helpers/tools.ts';

const APP = `import os, sys
import json


def f(x):
    y = undefined_name + 1
    if x == None:
        return  1
    l = 1
    return x+y

def g() -> int:
    return "text"


class Thing:
    pass
count: int = "three"
`;
const OTHER = `import sys
import os
from typing import List


def h(a: List[int]) -> str:
    reveal_type(a)
    return a
`;
const SORTED = `import json
import os
`;

let workspace: { dir: string; cleanup(): void };
beforeAll(() => {
  workspace = makeWorkspace({ 'py/app.py': APP, 'py/other.py': OTHER, 'py/sorted_ok.py': SORTED });
});
afterAll(() => workspace.cleanup());

async function run(commands: Parameters<typeof toCommandSpecs>[0]) {
  return runCommands(toCommandSpecs(commands), 2, workspace.dir);
}

describe('built-in matchers on the real tools', () => {
  test('flake8: one finding per diagnostic (flake8 --count), severity by code prefix', async () => {
    const own = runTool('flake8', ['--count', 'py'], workspace.dir);
    const total = Number(own.stdout.trim().split('\n').at(-1));
    const codes = runTool('flake8', ['--format=%(code)s', 'py'], workspace.dir).stdout.trim().split('\n');
    expect(total).toBe(codes.length);
    const expected = { high: 0, medium: 0, low: 0 };
    for (const code of codes) {
      if (/^(E9|F63|F7|F82)/.test(code)) expected.high++;
      else if (code.startsWith('F')) expected.medium++;
      else expected.low++;
    }
    expect(expected.high).toBeGreaterThan(0);
    expect(expected.medium).toBeGreaterThan(0);
    expect(expected.low).toBeGreaterThan(0);

    const [outcome] = await run([{ run: 'flake8 py', matcher: 'flake8' }]);
    expect(outcome!.spec).toMatchObject({ findingsFrom: 'problem-matcher', category: 'lint' });
    expect(outcome!.findings).toHaveLength(total);
    expect(countBySeverity(outcome!.findings)).toEqual(expected);
    expect(outcome!.findings).toContainEqual(
      expect.objectContaining({
        tool: 'flake8',
        rule: 'F821',
        severity: 'high',
        file: 'py/app.py',
        line: 6,
        column: 9,
        message: "undefined name 'undefined_name'",
      }),
    );
  });

  test("mypy: errors high (its 'Found N errors'), notes info", async () => {
    const own = runTool('mypy', ['--no-incremental', '--cache-dir=/dev/null', 'py'], workspace.dir);
    const errors = Number(/^Found (\d+) errors? in/m.exec(own.stdout)![1]);
    const notes = own.stdout.split('\n').filter((line) => /^\S+:\d+: note: /.test(line)).length;
    expect(errors).toBeGreaterThan(0);
    expect(notes).toBeGreaterThan(0);

    const [outcome] = await run([
      {
        run: ['mypy', '--no-incremental', '--cache-dir=/dev/null', 'py'],
        'findings-from': 'problem-matcher',
        matcher: 'mypy',
      },
    ]);
    expect(outcome!.spec.category).toBe('type');
    expect(countBySeverity(outcome!.findings)).toEqual({ high: errors, info: notes });
    expect(outcome!.findings).toContainEqual(
      expect.objectContaining({ tool: 'mypy', rule: 'assignment', file: 'py/app.py', line: 18, severity: 'high' }),
    );
    // The code is the rule, not part of the message.
    expect(outcome!.findings.every((finding) => !/\[[a-z-]+\]$/.test(finding.message))).toBe(true);
  }, 60_000);

  test('isort --check: one format finding per file it would change (the files isort --diff shows)', async () => {
    const diff = runTool('isort', ['--diff', 'py'], workspace.dir);
    const changed = new Set(
      [...diff.stdout.matchAll(/^\+\+\+ (\S+?)(?::after)?\s/gm)].map((match) =>
        path.relative(workspace.dir, match[1]!),
      ),
    );
    expect(changed.size).toBe(2);

    const [outcome] = await run([{ name: 'isort', run: 'isort --check py', matcher: 'isort' }]);
    expect(outcome!.result.exitCode).not.toBe(0);
    expect(outcome!.findings.map((finding) => finding.file).sort()).toEqual([...changed].sort());
    expect(outcome!.findings.every((finding) => finding.category === 'format' && finding.severity === 'high')).toBe(
      true,
    );
  });
});

describe("a user's matcher file", () => {
  // The runner documentation's multi-line example: a file line, then one line per problem in it.
  const MULTI_LINE = {
    problemMatcher: [
      {
        owner: 'stylish',
        pattern: [
          { regexp: '^([^\\s].*)$', file: 1 },
          {
            regexp: '^\\s+(\\d+):(\\d+)\\s+(error|warning|info)\\s+(.*)\\s\\s+(.*)$',
            line: 1,
            column: 2,
            severity: 3,
            message: 4,
            code: 5,
            loop: true,
          },
        ],
      },
    ],
  };
  const OUTPUT = [
    'src/a.js',
    '  1:5   error    unused variable  no-unused-vars',
    '  4:1   warning  missing semicolon  semi',
    '  7:2   info     not annotated by the runner  info-rule',
    '',
    'src/b.js',
    '  2:10  error    undefined name  no-undef',
  ].join('\n');

  test('multi-line with loop: every problem line takes its file from the line before', async () => {
    writeFileSync(path.join(workspace.dir, 'stylish.json'), JSON.stringify(MULTI_LINE));
    const [outcome] = await run([
      {
        name: 'lint',
        run: ['node', '-e', `process.stdout.write(${JSON.stringify(OUTPUT)}); process.exit(1)`],
        matcher: 'stylish.json',
        severity: 'critical',
      },
    ]);
    expect(
      outcome!.findings.map((finding) => [finding.file, finding.line, finding.column, finding.rule, finding.severity]),
    ).toEqual([
      ['src/a.js', 1, 5, 'no-unused-vars', 'critical'],
      ['src/a.js', 4, 1, 'semi', 'medium'],
      ['src/b.js', 2, 10, 'no-undef', 'critical'],
    ]);
  });

  test('bad matcher files: one clear error naming the entry and what is wrong', async () => {
    const write = (name: string, content: string) => writeFileSync(path.join(workspace.dir, name), content);
    write('not-json.json', '{"problemMatcher": [');
    await expect(run([{ name: 'lint', run: 'true', matcher: 'not-json.json' }])).rejects.toThrow(
      /not-json\.json.*problem matcher file \(invalid JSON\)/,
    );
    write(
      'bad-regexp.json',
      JSON.stringify({ problemMatcher: [{ owner: 'x', pattern: [{ regexp: '(', message: 1 }] }] }),
    );
    await expect(run([{ name: 'lint', run: 'true', matcher: 'bad-regexp.json' }])).rejects.toThrow(
      /commands\[0\] \(lint\): matcher file 'bad-regexp\.json': problemMatcher\[0\]\.pattern\[0\]\.regexp is not a valid regular expression/,
    );
    write(
      'bad-group.json',
      JSON.stringify({ problemMatcher: [{ owner: 'x', pattern: [{ regexp: '^(.*)$', message: 2 }] }] }),
    );
    await expect(run([{ name: 'lint', run: 'true', matcher: 'bad-group.json' }])).rejects.toThrow(
      /pattern\[0\]\.message must be the number of one of the regexp's 1 group/,
    );
    write(
      'bad-loop.json',
      JSON.stringify({ problemMatcher: [{ owner: 'x', pattern: [{ regexp: '^(.*)$', message: 1, loop: true }] }] }),
    );
    await expect(run([{ name: 'lint', run: 'true', matcher: 'bad-loop.json' }])).rejects.toThrow(
      /only the last pattern of a multi-line matcher may set 'loop'/,
    );
    await expect(run([{ name: 'lint', run: 'true', matcher: 'missing.json' }])).rejects.toThrow(/missing\.json/);
    expect(() => toCommandSpecs([{ run: 'flake8 .', 'findings-from': 'problem-matcher' }])).toThrow(
      /commands\[0\]: findings-from: problem-matcher needs 'matcher': flake8, mypy, isort or the path/,
    );
  });

  test('a catastrophic regexp stops with an error naming the entry instead of hanging the step', async () => {
    writeFileSync(
      path.join(workspace.dir, 'slow.json'),
      JSON.stringify({ problemMatcher: [{ owner: 'slow', pattern: [{ regexp: '^(a+)+$', message: 1 }] }] }),
    );
    const started = Date.now();
    await expect(
      run([{ name: 'slow', run: ['node', '-e', `console.log('a'.repeat(40) + 'b')`], matcher: 'slow.json' }]),
    ).rejects.toThrow(/commands\[0\] \(slow\): the matcher's regexp .* took more than 1 s on line 1 of the output/);
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 30_000);
});
