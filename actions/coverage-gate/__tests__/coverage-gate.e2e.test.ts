/**
 * The bundled action through the runner harness on Node 24: a real git repository, coverage made by c8
 * at test time, and the fake GitHub API for the sticky comment, the PR files and the check run.
 */
import { git } from '../../../test/helpers/git.ts';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pullRequestEvent, runBundledAction, startFakeGitHub, type FakeGitHub } from '../../../test/harness/index.ts';
import { c8Bin, makeTempDir, run } from './tools/helpers.ts';

const REPOSITORY = 'octo-org/coverage-demo';

const BASE_FILES: Record<string, string> = {
  'package.json': '{"type":"module"}',
  'src/calc.js': `export function add(a, b) {
  return a + b;
}

export function divide(a, b) {
  if (b === 0) {
    throw new Error('division by zero');
  }
  return a / b;
}
`,
  'src/payments/fee.js': `export function fee(amount) {
  return amount > 100 ? amount * 0.01 : 1;
}
`,
  'test/unit.js': `import { add, divide } from '../src/calc.js';
import { fee } from '../src/payments/fee.js';
add(1, 2); divide(4, 2); fee(500);
`,
  'test/e2e.js': `import { divide } from '../src/calc.js';
try { divide(1, 0); } catch { /* expected */ }
`,
};

// The PR adds an untested function (lines 12-18) and changes a tested line (2).
const FEATURE_CALC = `export function add(a, b) {
  return Number(a) + Number(b);
}

export function divide(a, b) {
  if (b === 0) {
    throw new Error('division by zero');
  }
  return a / b;
}

export function percent(part, whole) {
  if (whole === 0) {
    return 0;
  }
  const ratio = part / whole;
  return Math.round(ratio * 100);
}
`;

let github: FakeGitHub;
const cleanups: string[] = [];

function write(dir: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
}

/** Runs one test entry point under c8 and leaves lcov + json in `out`. */
function coverage(dir: string, entry: string, out: string): void {
  run(
    c8Bin,
    [
      '--reporter=lcov',
      '--reporter=json',
      '--reporter=text-summary',
      `--report-dir=${out}`,
      '--temp-directory',
      join(out, '.tmp'),
      'node',
      entry,
    ],
    dir,
  );
}

/** A repository with main and a feature branch checked out; returns the base and head shas. */
async function repository(): Promise<{ dir: string; base: string; head: string }> {
  const dir = await makeTempDir('e2e');
  cleanups.push(dir);
  git(dir, 'init', '-q', '-b', 'main');
  write(dir, { ...BASE_FILES, '.gitignore': 'coverage/\nout/\n' });
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const base = git(dir, 'rev-parse', 'HEAD');
  git(dir, 'checkout', '-q', '-b', 'feature');
  write(dir, { 'src/calc.js': FEATURE_CALC });
  git(dir, 'commit', '-q', '-am', 'feature');
  return { dir, base, head: git(dir, 'rev-parse', 'HEAD') };
}

beforeAll(async () => {
  github = await startFakeGitHub();
});
afterAll(async () => {
  await github.close();
  for (const dir of cleanups) await rm(dir, { recursive: true, force: true });
});

describe('coverage-gate bundle', () => {
  test('PR with new-code gating: sticky comment updated in place, annotations on uncovered changed lines, check run, outputs', async () => {
    const { dir, base, head } = await repository();
    coverage(dir, 'test/unit.js', 'coverage/unit');
    const event = pullRequestEvent({ repository: REPOSITORY, number: 21, baseSha: base, headSha: head });
    const inputs = {
      reports: 'coverage/unit/lcov.info',
      lines: '50',
      'new-code-lines': '80',
      rules: 'src/payments/**: lines >= 95',
      'check-run': 'true',
      badge: 'out/badge.svg',
    };
    const first = await runBundledAction({
      action: 'coverage-gate',
      workspace: dir,
      repository: REPOSITORY,
      apiUrl: github.url,
      event,
      inputs,
    });
    expect(first.exitCode).toBe(1);
    expect(first.outputs.decision).toBe('fail');
    const summary = JSON.parse(first.outputs['summary-json']!);
    expect(summary.rules).toEqual([
      { name: 'lines >= 50%', passed: true, actual: expect.any(Number) },
      { name: 'src/payments/**: lines >= 95%', passed: true, actual: 100 },
      { name: 'new code: lines >= 80%', passed: false, actual: expect.any(Number) },
    ]);
    expect(Number(first.outputs['new-code-percent'])).toBeLessThan(80);
    expect(first.outputs.lines).toMatch(/^\d+\.\d\d$/);
    // one annotation for the uncovered range of the new function, on the right file
    const uncovered = first.warnings.filter((a) => a.file === 'src/calc.js');
    expect(uncovered).toHaveLength(1);
    expect(uncovered[0]!.line).toBeGreaterThanOrEqual(12);
    expect(uncovered[0]!.endLine).toBe(18); // c8 counts the closing brace
    expect(first.summary).toContain('### New code');
    expect(first.summary).toContain('| `src/calc.js` |');
    const comments = github.comments(REPOSITORY, 21);
    expect(comments).toHaveLength(1);
    expect(String(comments[0]!.body)).toContain('<!-- pipeline-actions:sticky:coverage-gate -->');
    const check = github.checkRuns(REPOSITORY).at(-1)!;
    expect(check.run.conclusion).toBe('failure');
    expect(check.annotations).toHaveLength(1);
    expect(readFileSync(join(dir, 'out/badge.svg'), 'utf8')).toContain('<svg');

    // A second run (tests added) updates the same comment instead of adding one.
    write(dir, {
      'test/unit.js': `${BASE_FILES['test/unit.js']}import { percent } from '../src/calc.js';\npercent(1, 2); percent(1, 0);\n`,
    });
    coverage(dir, 'test/unit.js', 'coverage/unit');
    const second = await runBundledAction({
      action: 'coverage-gate',
      workspace: dir,
      repository: REPOSITORY,
      apiUrl: github.url,
      event,
      inputs,
    });
    expect(second.exitCode).toBe(0);
    expect(second.outputs.decision).toBe('pass');
    expect(second.outputs['new-code-percent']).toBe('100.00');
    const after = github.comments(REPOSITORY, 21);
    expect(after).toHaveLength(1);
    expect(String(after[0]!.body)).toContain('Coverage passed');
  }, 120_000);

  test('60 uncovered ranges: 10 annotations and a count of the rest, a check run with all 60 in batches of 50', async () => {
    const { dir, base } = await repository();
    // 120 new functions, every other one called: 60 separate uncovered ranges on added lines.
    const functions = Array.from(
      { length: 120 },
      (_, i) => `export function f${i}(x) {\n  const y = x + ${i};\n  return y * 2;\n}\n`,
    ).join('\n');
    const calls = Array.from({ length: 60 }, (_, i) => `m.f${i * 2}(1);`).join('\n');
    write(dir, { 'src/many.js': functions, 'test/many.js': `import * as m from '../src/many.js';\n${calls}\n` });
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'many');
    const head = git(dir, 'rev-parse', 'HEAD');
    coverage(dir, 'test/many.js', 'coverage/many');
    const result = await runBundledAction({
      action: 'coverage-gate',
      workspace: dir,
      repository: REPOSITORY,
      apiUrl: github.url,
      event: pullRequestEvent({ repository: REPOSITORY, number: 26, baseSha: base, headSha: head }),
      inputs: {
        reports: 'coverage/many/lcov.info',
        include: 'src/many.js',
        'check-run': 'true',
        'check-name': 'Coverage (many)',
        comment: 'false',
        'new-code-lines': '90',
        'fail-on-decision': 'false',
        baseline: 'out/no-baseline-yet.json',
      },
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.decision).toBe('fail');
    // GitHub shows 10 warnings per step: the missing baseline's warning came first, 8 ranges leave room for the
    // verdict, a warning with fail-on-decision off.
    expect(result.warnings).toHaveLength(10);
    expect(result.warnings[0]!.message).toMatch(/no-baseline-yet\.json does not exist yet/);
    expect(result.warnings.filter((a) => a.file === 'src/many.js')).toHaveLength(8);
    expect(result.warnings.at(-1)!.message).toMatch(/^Coverage gate failed \(fail-on-decision is off\): new code/);
    expect(result.log.some((line) => /52 more warnings not annotated/.test(line))).toBe(true);
    const check = github.checkRuns(REPOSITORY).find((c) => c.run.name === 'Coverage (many)')!;
    expect(check.annotations).toHaveLength(60);
    expect(check.outputs.map((output) => (output.annotations as unknown[]).length)).toEqual([50, 10]);
    expect(result.summary).toMatch(/\| `src\/many.js` \| \d+ of \d+ \| \d+-\d+, /);
  }, 60_000);

  test('check-run-annotations caps the check run, and the summaries say how many ranges were left out', async () => {
    const { dir, base } = await repository();
    // 40 one-line functions, every other one called: 20 uncovered ranges; one longer function: the worst range.
    const functions = Array.from({ length: 40 }, (_, i) => `export function f${i}(x) {\n  return x + ${i};\n}\n`);
    functions.push(
      'export function long(x) {\n  const a = x;\n  const b = a + 1;\n  const c = b + 1;\n  return c;\n}\n',
    );
    const calls = Array.from({ length: 20 }, (_, i) => `m.f${i * 2}(1);`).join('\n');
    write(dir, {
      'src/cap.js': functions.join('\n'),
      'test/cap.js': `import * as m from '../src/cap.js';\n${calls}\n`,
    });
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'cap');
    const head = git(dir, 'rev-parse', 'HEAD');
    coverage(dir, 'test/cap.js', 'coverage/cap');
    const result = await runBundledAction({
      action: 'coverage-gate',
      workspace: dir,
      repository: REPOSITORY,
      apiUrl: github.url,
      event: pullRequestEvent({ repository: REPOSITORY, number: 27, baseSha: base, headSha: head }),
      inputs: {
        reports: 'coverage/cap/lcov.info',
        include: 'src/cap.js',
        'check-run': 'true',
        'check-name': 'Coverage (capped)',
        'check-run-annotations': '5',
        comment: 'false',
        'new-code-lines': '90',
        'fail-on-decision': 'false',
      },
    });
    expect(result.outputs.decision).toBe('fail');
    const check = github.checkRuns(REPOSITORY).find((c) => c.run.name === 'Coverage (capped)')!;
    expect(check.annotations).toHaveLength(5);
    expect(check.outputs).toHaveLength(1);
    // The longest uncovered range goes first.
    const first = check.annotations[0] as { start_line: number; end_line: number };
    expect(first.end_line - first.start_line).toBeGreaterThan(1);
    const note = 'The check run carries the worst 5 annotation(s): 16 were left out (input `check-run-annotations`)';
    expect(String((check.outputs[0] as { text?: string }).text)).toContain(note);
    expect(result.summary).toContain(note);
    expect(result.log.some((line) => /^Timings \(ms\): collect \d+, decide \d+, publish \d+$/.test(line))).toBe(true);
  }, 60_000);

  test('a check-run-annotations that is not a count: one clear error', async () => {
    const { dir } = await repository();
    write(dir, { 'coverage/one.info': 'TN:\nSF:src/app.js\nDA:1,1\nLF:1\nLH:1\nend_of_record\n' });
    const result = await runBundledAction({
      action: 'coverage-gate',
      workspace: dir,
      inputs: { reports: 'coverage/one.info', 'check-run-annotations': '1.5' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.message).toMatch(/Input 'check-run-annotations'/);
  }, 60_000);

  test('groups and shards with a baseline written on main and read on the PR', async () => {
    const { dir, base, head } = await repository();
    git(dir, 'checkout', '-q', 'main');
    coverage(dir, 'test/unit.js', 'coverage/unit');
    coverage(dir, 'test/e2e.js', 'coverage/e2e');
    const groups =
      'unit:\n  reports: coverage/unit/lcov.info\n  lines: 60\ne2e:\n  reports: coverage/e2e/coverage-final.json\n';
    const onMain = await runBundledAction({
      action: 'coverage-gate',
      workspace: dir,
      repository: REPOSITORY,
      apiUrl: github.url,
      inputs: { groups, 'baseline-out': 'out/baseline.json', comment: 'false' },
    });
    expect(onMain.exitCode).toBe(0);
    const baseline = JSON.parse(readFileSync(join(dir, 'out/baseline.json'), 'utf8'));
    expect(Object.keys(baseline.groups)).toEqual(['unit', 'e2e']);
    // unit covers the divide-by-zero branch's other side: the total is better than either group
    expect(baseline.totals.lines.percent).toBeGreaterThan(baseline.groups.unit.lines.percent);

    git(dir, 'checkout', '-q', 'feature');
    coverage(dir, 'test/unit.js', 'coverage/unit');
    coverage(dir, 'test/e2e.js', 'coverage/e2e');
    const pr = await runBundledAction({
      action: 'coverage-gate',
      workspace: dir,
      repository: REPOSITORY,
      apiUrl: github.url,
      event: pullRequestEvent({ repository: REPOSITORY, number: 22, baseSha: base, headSha: head }),
      inputs: { groups, baseline: 'out/baseline.json', 'max-drop': '1', comment: 'false' },
    });
    expect(pr.exitCode).toBe(1);
    expect(Number(pr.outputs.delta)).toBeLessThan(-1);
    expect(pr.summary).toMatch(/\| unit \|/);
    expect(pr.summary).toMatch(/\| e2e \|/);
    expect(pr.summary).toMatch(/\*\*Total\*\*/);
    expect(pr.summary).toMatch(/lines drop <= 1 pp vs baseline \| ❌ fail/);
  }, 120_000);

  test('no local history: changed lines come from the PR files API', async () => {
    const { dir, head } = await repository();
    coverage(dir, 'test/unit.js', 'coverage/unit');
    github.seedPull(REPOSITORY, {
      number: 23,
      headSha: head,
      files: [
        {
          filename: 'src/calc.js',
          status: 'modified',
          patch:
            '@@ -9,2 +9,9 @@\n   return a / b;\n }\n+\n+export function percent(part, whole) {\n+  if (whole === 0) {\n+    return 0;\n+  }\n+  const ratio = part / whole;\n+  return Math.round(ratio * 100);\n+}',
        },
      ],
    });
    const result = await runBundledAction({
      action: 'coverage-gate',
      workspace: dir,
      repository: REPOSITORY,
      apiUrl: github.url,
      event: pullRequestEvent({ repository: REPOSITORY, number: 23, baseSha: 'f'.repeat(40), headSha: head }),
      inputs: { reports: 'coverage/unit/lcov.info', 'new-code-lines': '50', comment: 'false' },
    });
    expect(result.exitCode).toBe(1);
    expect(Number(result.outputs['new-code-percent'])).toBeLessThan(50);
    expect(result.summary).toContain('from the GitHub API');
  }, 60_000);

  test('pr-number outside a pull_request event: comment on that PR, check run on its head commit from the API', async () => {
    const { dir, head } = await repository();
    coverage(dir, 'test/unit.js', 'coverage/unit');
    github.seedPull(REPOSITORY, { number: 27, headSha: head });
    const result = await runBundledAction({
      action: 'coverage-gate',
      workspace: dir,
      repository: REPOSITORY,
      apiUrl: github.url,
      inputs: { reports: 'coverage/unit/lcov.info', lines: '10', 'pr-number': '27', comment: 'recreate' },
    });
    expect(result.exitCode).toBe(0);
    expect(github.comments(REPOSITORY, 27)).toHaveLength(1);
    expect(github.checkRuns(REPOSITORY).at(-1)!.run).toMatchObject({ head_sha: head, name: 'Coverage' });
  }, 60_000);

  test('fork PR: the comment is skipped with a warning and the decision stands', async () => {
    const { dir, base, head } = await repository();
    coverage(dir, 'test/unit.js', 'coverage/unit');
    const result = await runBundledAction({
      action: 'coverage-gate',
      workspace: dir,
      repository: REPOSITORY,
      apiUrl: github.url,
      event: pullRequestEvent({ repository: REPOSITORY, number: 24, baseSha: base, headSha: head, fork: true }),
      inputs: { reports: 'coverage/unit/lcov.info', lines: '10' },
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.decision).toBe('pass');
    expect(result.warnings.some((w) => /fork/.test(w.message) && /workflow_run/.test(w.message))).toBe(true);
    expect(github.comments(REPOSITORY, 24)).toHaveLength(0);
  }, 60_000);

  test('a read-only token: the comment write is refused with a warning, the decision stands', async () => {
    const { dir, base, head } = await repository();
    coverage(dir, 'test/unit.js', 'coverage/unit');
    github.fail('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', 'forbidden', { times: 5 });
    try {
      const result = await runBundledAction({
        action: 'coverage-gate',
        workspace: dir,
        repository: REPOSITORY,
        apiUrl: github.url,
        event: pullRequestEvent({ repository: REPOSITORY, number: 25, baseSha: base, headSha: head }),
        inputs: { reports: 'coverage/unit/lcov.info', lines: '10' },
      });
      expect(result.exitCode).toBe(0);
      expect(result.outputs.decision).toBe('pass');
      expect(result.warnings.some((w) => /403/.test(w.message))).toBe(true);
    } finally {
      github.clearFaults();
    }
  }, 60_000);

  describe('bad input: exit 1 with one clear error', () => {
    const cases: [string, Record<string, string>, Record<string, string>, RegExp][] = [
      [
        'an empty report',
        { 'empty.info': '' },
        { reports: 'empty.info' },
        /empty\.info: is empty, expected a coverage report/,
      ],
      [
        'truncated XML',
        { 'cov.xml': '<?xml version="1.0"?>\n<coverage line-rate="1">\n<packages>' },
        { reports: 'cov.xml' },
        /cov\.xml:3:\d+: is not well-formed XML/,
      ],
      ['a binary file', { 'cov.info': '\u0000\u0001\u0002' }, { reports: 'cov.info' }, /cov\.info: is a binary file/],
      [
        'the wrong format',
        { 'junit.xml': '<testsuites><testsuite name="x"/></testsuites>' },
        { reports: 'junit.xml' },
        /junit\.xml: is not a coverage report/,
      ],
      [
        'a glob that matches nothing',
        {},
        { reports: 'coverage/**/*.info' },
        /Input 'reports': 'coverage\/\*\*\/\*\.info' matches no file/,
      ],
      [
        'one entry of several matches nothing (a missing shard)',
        { 'a.info': 'SF:a.js\nDA:1,1\nend_of_record\n' },
        { reports: 'a.info\ncoverage/e2e/lcov.info', lines: '50' },
        /Input 'reports': 'coverage\/e2e\/lcov\.info' matches no file .*' \(optional\)'/,
      ],
      [
        'a group entry that matches nothing',
        { 'a.info': 'SF:a.js\nDA:1,1\nend_of_record\n' },
        { groups: 'unit: {reports: [a.info, missing/*.info], lines: 50}' },
        /Input 'groups': group 'unit': 'missing\/\*\.info' matches no file/,
      ],
      [
        'a minimum above 100%',
        { 'a.info': 'SF:a.js\nDA:1,1\nend_of_record\n' },
        { reports: 'a.info', lines: '101' },
        /Input 'lines': expected a percentage between 0 and 100/,
      ],
      [
        'a negative per-file minimum',
        { 'a.info': 'SF:a.js\nDA:1,1\nend_of_record\n' },
        { reports: 'a.info', 'per-file': 'lines >= -5' },
        /Input 'per-file'/,
      ],
      [
        'a threshold that does not parse',
        { 'a.info': 'SF:a.js\nDA:1,1\nend_of_record\n' },
        { reports: 'a.info', lines: 'eighty' },
        /Input 'lines'/,
      ],
      [
        'a rule that does not parse',
        { 'a.info': 'SF:a.js\nDA:1,1\nend_of_record\n' },
        { reports: 'a.info', rules: 'src/**: lines => 90' },
        /Input 'rules': line 1: 'lines => 90' is not a condition/,
      ],
    ];
    test.each(cases)(
      '%s',
      async (_name, files, inputs, message) => {
        const dir = await makeTempDir('bad');
        cleanups.push(dir);
        for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
        const result = await runBundledAction({
          action: 'coverage-gate',
          workspace: dir,
          repository: REPOSITORY,
          apiUrl: github.url,
          inputs,
        });
        expect(result.exitCode).toBe(1);
        expect(result.errors).toHaveLength(1);
        expect(result.errors[0]!.message).toMatch(message);
        expect(result.outputs.decision).toBe('fail');
        expect(result.stdout).not.toMatch(/\n\s+at /);
      },
      30_000,
    );

    test("an entry marked '(optional)' may match nothing; a gate without any rule says it cannot fail", async () => {
      const dir = await makeTempDir('optional');
      cleanups.push(dir);
      writeFileSync(join(dir, 'a.info'), 'SF:a.js\nDA:1,1\nDA:2,0\nend_of_record\n');
      const result = await runBundledAction({
        action: 'coverage-gate',
        workspace: dir,
        repository: REPOSITORY,
        apiUrl: github.url,
        inputs: { reports: 'a.info\ncoverage/e2e/lcov.info (optional)' },
      });
      expect(result.errors).toEqual([]);
      expect(result.exitCode).toBe(0);
      expect(result.outputs.lines).toBe('50.00');
      expect(result.log.some((line) => /optional report 'coverage\/e2e\/lcov\.info' matches no file/.test(line))).toBe(
        true,
      );
      expect(result.warnings.some((w) => /No coverage rule is set.*cannot fail/.test(w.message))).toBe(true);
      expect(result.summary).toMatch(/No coverage rule is set.*cannot fail/);
    }, 30_000);

    test("fail-on-decision 'false' reports without failing the step: decision fail, the verdict as a warning", async () => {
      const dir = await makeTempDir('report-only');
      cleanups.push(dir);
      writeFileSync(join(dir, 'a.info'), 'SF:a.js\nDA:1,1\nDA:2,0\nend_of_record\n');
      const result = await runBundledAction({
        action: 'coverage-gate',
        workspace: dir,
        repository: REPOSITORY,
        apiUrl: github.url,
        inputs: { reports: 'a.info', lines: '80', 'fail-on-decision': 'false' },
      });
      expect(result.exitCode).toBe(0);
      expect(result.outputs.decision).toBe('fail');
      expect(result.errors).toEqual([]);
      expect(result.warnings.at(-1)!.message).toMatch(
        /^Coverage gate failed \(fail-on-decision is off\): lines >= 80%/,
      );
    }, 30_000);

    test('a report with zero lines: a warning and a failed decision, not 100%', async () => {
      const dir = await makeTempDir('zero');
      cleanups.push(dir);
      writeFileSync(
        join(dir, 'cov.xml'),
        '<?xml version="1.0"?>\n<coverage line-rate="1" branch-rate="1"><sources/><packages/></coverage>\n',
      );
      const result = await runBundledAction({
        action: 'coverage-gate',
        workspace: dir,
        repository: REPOSITORY,
        apiUrl: github.url,
        inputs: { reports: 'cov.xml' },
      });
      expect(result.exitCode).toBe(1);
      expect(result.outputs.decision).toBe('fail');
      expect(result.outputs.lines).toBe('');
      expect(result.warnings.some((w) => /hold no executable line/.test(w.message))).toBe(true);
      expect(existsSync(join(dir, 'cov.xml'))).toBe(true);
    }, 30_000);
  });
});
