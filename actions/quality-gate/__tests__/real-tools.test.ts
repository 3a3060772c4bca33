/**
 * Reports made at test time by the real tools on small code written to have known problems;
 * the gate's counts per severity must equal each tool's own counts.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readReport } from '../src/read.ts';
import { node24Path } from '../../../test/harness/node24.ts';
import { countBySeverity, makeWorkspace, NODE_BIN, PYTHON, REPO_ROOT, runTool } from './helpers/tools.ts';

const JS_SOURCE = `var unused = 1;
function check(a) {
  if (a == null) {
    console.log(undefinedVariable);
  }
}
debugger;
check(1);
`;
const ESLINT_CONFIG = `export default [{
  files: ['**/*.js'],
  languageOptions: { globals: { console: 'readonly' } },
  rules: { 'no-unused-vars': 'error', 'no-undef': 'error', eqeqeq: 'warn', 'no-debugger': 'warn', 'no-var': 'warn' },
}];
`;
const PY_SOURCE = `import subprocess
import pickle
import hashlib

password = "hunter2"


def run(cmd):
    subprocess.call(cmd, shell=True)
    return eval(cmd)


def load(data):
    hashlib.md5(data)
    return pickle.loads(data)


try:
    run("ls")
except:
    pass
`;
const SH_SOURCE = `#!/bin/sh
for f in $(ls *.txt); do
  echo $f
done
cd /tmp
x=\`date\`
[ $y == 1 ] && echo hi
`;
const PY_TESTS = `import pytest


@pytest.fixture
def broken():
    raise RuntimeError("fixture exploded")


def test_pass():
    assert 1 + 1 == 2


def test_fail():
    assert 1 + 1 == 3, "arithmetic"


def test_error(broken):
    pass


@pytest.mark.skip(reason="not today")
def test_skip():
    pass


@pytest.mark.parametrize("n", [1, 2, 3])
def test_param(n):
    assert n < 3
`;
const JEST_TESTS = `test('passes', () => { expect(1).toBe(1); });
test('fails', () => { expect(1).toBe(2); });
test.skip('skipped', () => {});
describe('group', () => {
  test('nested fail', () => { throw new Error('boom'); });
  test('nested pass', () => {});
});
`;

const PHP_TESTS = `<?php
use PHPUnit\\Framework\\TestCase;

final class SampleTest extends TestCase
{
    public function testPasses(): void { $this->assertTrue(true); }
    public function testRisky(): void { }
    public function testSkipped(): void { $this->markTestSkipped('later'); }
    public function testIncomplete(): void { $this->markTestIncomplete('todo'); }
}
`;
// A test with subtests is written as a <testsuite>: its own failure is only in the trailer comments.
const NODE_TESTS = `import { test, describe, it } from 'node:test';
import assert from 'node:assert';
test('passes', () => {});
test('skipped', { skip: 'later' }, () => {});
test('todo', { todo: true }, () => {});
test('parent fails itself', async (t) => {
  await t.test('inner ok', () => {});
  throw new Error('parent boom');
});
describe('suite', () => {
  it('a', () => {});
});
`;

let workspace: { dir: string; cleanup(): void };
beforeAll(() => {
  workspace = makeWorkspace({
    'src/app.js': JS_SOURCE,
    'eslint.config.mjs': ESLINT_CONFIG,
    'py/app.py': PY_SOURCE,
    'scripts/build.sh': SH_SOURCE,
    'pytests/test_sample.py': PY_TESTS,
    'jstests/sample.test.js': JEST_TESTS,
    'phptests/SampleTest.php': PHP_TESTS,
    'nodetests/sample.test.mjs': NODE_TESTS,
  });
});
afterAll(() => workspace.cleanup());

const at = (name: string): string => path.join(workspace.dir, name);

describe('ESLint', () => {
  test('JSON and SARIF (@microsoft/eslint-formatter-sarif) give the counts ESLint reports', async () => {
    const eslint = path.join(NODE_BIN, 'eslint');
    const json = runTool(eslint, ['-c', 'eslint.config.mjs', '-f', 'json', '-o', 'eslint.json', 'src'], workspace.dir);
    expect(json.status).toBe(1);
    const sarifFormatter = path.join(REPO_ROOT, 'node_modules/@microsoft/eslint-formatter-sarif/sarif.js');
    runTool(eslint, ['-c', 'eslint.config.mjs', '-f', sarifFormatter, '-o', 'eslint.sarif', 'src'], workspace.dir);
    const own = JSON.parse(readFileSync(at('eslint.json'), 'utf8')) as { errorCount: number; warningCount: number }[];
    const errors = own.reduce((sum, file) => sum + file.errorCount, 0);
    const warnings = own.reduce((sum, file) => sum + file.warningCount, 0);
    expect(errors).toBeGreaterThan(0);
    expect(warnings).toBeGreaterThan(0);

    for (const report of [
      await readReport(at('eslint.json'), workspace.dir),
      await readReport(at('eslint.sarif'), workspace.dir),
    ]) {
      expect(countBySeverity(report.findings)).toEqual({ high: errors, medium: warnings });
      expect(report.findings.every((finding) => finding.tool === 'eslint' && finding.category === 'lint')).toBe(true);
      // SARIF carries file:///absolute URIs: both must come out as repository paths.
      expect(new Set(report.findings.map((finding) => finding.file))).toEqual(new Set(['src/app.js']));
    }
    const sarif = await readReport(at('eslint.sarif'), workspace.dir);
    expect(sarif.format).toBe('sarif');
    expect(sarif.findings.find((finding) => finding.rule === 'no-undef')).toMatchObject({ line: 4, severity: 'high' });
  });
});

describe('bandit', () => {
  test('JSON counts per severity equal bandit metrics._totals', async () => {
    runTool('bandit', ['-q', '-f', 'json', '-o', 'bandit.json', 'py/app.py'], workspace.dir);
    const own = JSON.parse(readFileSync(at('bandit.json'), 'utf8')) as { metrics: { _totals: Record<string, number> } };
    const totals = own.metrics._totals;
    const report = await readReport(at('bandit.json'), workspace.dir);
    expect(report.format).toBe('bandit-json');
    const expected = Object.fromEntries(
      (
        [
          ['high', totals['SEVERITY.HIGH']],
          ['medium', totals['SEVERITY.MEDIUM']],
          ['low', totals['SEVERITY.LOW']],
        ] as const
      ).filter(([, count]) => (count ?? 0) > 0),
    );
    expect(Object.keys(expected).length).toBeGreaterThan(1);
    expect(countBySeverity(report.findings)).toEqual(expected);
    expect(report.findings.every((finding) => finding.file === 'py/app.py' && finding.category === 'sast')).toBe(true);
  });
});

describe('pylint', () => {
  test('JSON counts per message type map to severities', async () => {
    const run = runTool('pylint', ['--output-format=json', 'py/app.py'], workspace.dir);
    const messages = JSON.parse(run.stdout) as { type: string }[];
    const byType = (type: string): number => messages.filter((message) => message.type === type).length;
    const { writeFileSync } = await import('node:fs');
    writeFileSync(at('pylint.json'), run.stdout);
    const report = await readReport(at('pylint.json'), workspace.dir);
    expect(report.format).toBe('pylint-json');
    const expected = {
      high: byType('error') + byType('fatal'),
      medium: byType('warning'),
      low: byType('convention') + byType('refactor'),
    };
    expect(messages.length).toBeGreaterThan(0);
    expect(countBySeverity(report.findings)).toEqual(
      Object.fromEntries(Object.entries(expected).filter(([, n]) => n > 0)),
    );
  });
});

describe('shellcheck', () => {
  test('checkstyle output counts equal shellcheck JSON levels', async () => {
    const checkstyle = runTool('shellcheck', ['-f', 'checkstyle', 'scripts/build.sh'], workspace.dir);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(at('shellcheck.xml'), checkstyle.stdout);
    const levels = (
      JSON.parse(runTool('shellcheck', ['-f', 'json', 'scripts/build.sh'], workspace.dir).stdout) as { level: string }[]
    ).map((comment) => comment.level);
    const count = (level: string): number => levels.filter((entry) => entry === level).length;
    const report = await readReport(at('shellcheck.xml'), workspace.dir);
    expect(report.format).toBe('checkstyle');
    // ShellCheck writes both its info and style levels as checkstyle "info".
    expect(countBySeverity(report.findings)).toEqual({
      high: count('error'),
      medium: count('warning'),
      low: count('info') + count('style'),
    });
    expect(report.findings[0]).toMatchObject({
      tool: 'shellcheck',
      rule: 'SC2045',
      file: 'scripts/build.sh',
      line: 2,
      column: 10,
    });
  });
});

describe('JUnit', () => {
  test('pytest --junitxml totals equal pytest own attributes', async () => {
    runTool(
      PYTHON,
      ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', '--junitxml=pytest.xml', 'pytests'],
      workspace.dir,
    );
    const xml = readFileSync(at('pytest.xml'), 'utf8');
    const attribute = (name: string): number => Number(new RegExp(`<testsuite [^>]*\\b${name}="(\\d+)"`).exec(xml)![1]);
    const report = await readReport(at('pytest.xml'), workspace.dir);
    expect(report.format).toBe('junit');
    expect(report.tests).toEqual([
      {
        tool: 'pytest',
        file: at('pytest.xml'),
        tests: attribute('tests'),
        failures: attribute('failures'),
        errors: attribute('errors'),
        skipped: attribute('skipped'),
      },
    ]);
    expect(report.tests[0]).toMatchObject({ tests: 7, failures: 2, errors: 1, skipped: 1 });
    expect(report.findings.map((finding) => finding.rule).sort()).toEqual([
      'pytests.test_sample › test_error',
      'pytests.test_sample › test_fail',
      'pytests.test_sample › test_param[3]',
    ]);
  });

  test('jest-junit totals equal jest own counts', async () => {
    const dir = at('jstests');
    // rootDir at the repository root, as in a real project: jest-junit writes file paths relative to it.
    const jest = path.join(REPO_ROOT, 'node_modules/jest/bin/jest.js');
    const reporter = `--reporters=${path.join(REPO_ROOT, 'node_modules/jest-junit')}`;
    const config = JSON.stringify({ testEnvironment: 'node', rootDir: workspace.dir, roots: ['<rootDir>/jstests'] });
    runTool(process.execPath, [jest, '--config', config, '--ci', '--reporters=default', reporter], workspace.dir, {
      // Explicit, so settings inherited from an outer jest-junit run (scripts/reports.sh) do not apply.
      JEST_JUNIT_OUTPUT_DIR: dir,
      JEST_JUNIT_OUTPUT_NAME: 'junit.xml',
      JEST_JUNIT_CLASSNAME: '{classname} {title}',
      JEST_JUNIT_ADD_FILE_ATTRIBUTE: 'true',
    });
    const xml = readFileSync(path.join(dir, 'junit.xml'), 'utf8');
    const root = (name: string): number => Number(new RegExp(`<testsuites [^>]*\\b${name}="(\\d+)"`).exec(xml)![1]);
    const report = await readReport(path.join(dir, 'junit.xml'), workspace.dir);
    expect(report.tests[0]).toMatchObject({
      tool: 'jest',
      tests: root('tests'),
      failures: root('failures'),
      errors: root('errors'),
      skipped: 1,
    });
    expect(report.findings.map((finding) => [finding.rule, finding.file])).toEqual([
      ['fails', 'jstests/sample.test.js'],
      ['group nested fail', 'jstests/sample.test.js'],
    ]);
  }, 30_000);

  test('PHPUnit --log-junit: a risky test passes, as PHPUnit says (its JUnit writes it as an <error>)', () => {
    const run = runTool('phpunit', ['--colors=never', '--log-junit', 'phpunit.xml', 'phptests'], workspace.dir);
    // "OK, but incomplete, skipped, or risky tests!" / "Tests: 4, Assertions: 1, Skipped: 1, Incomplete: 1, Risky: 1."
    expect(run.status).toBe(0);
    const own = /^Tests: (\d+), Assertions: \d+(.*)\.$/m.exec(run.stdout)!;
    const count = (name: string): number => Number(new RegExp(`${name}: (\\d+)`).exec(own[2]!)?.[1] ?? 0);
    return readReport(at('phpunit.xml'), workspace.dir).then((report) => {
      expect(report.tests).toEqual([
        {
          tool: 'phpunit',
          file: at('phpunit.xml'),
          tests: Number(own[1]),
          failures: count('Failures'),
          errors: count('Errors'),
          skipped: count('Skipped') + count('Incomplete'),
        },
      ]);
      expect(count('Risky')).toBe(1);
      expect(report.findings).toEqual([
        expect.objectContaining({ severity: 'info', rule: 'SampleTest › testRisky', file: 'phptests/SampleTest.php' }),
      ]);
    });
  });

  test("Node's test runner (--test-reporter=junit): its own counts, a failing test with subtests included", async () => {
    const run = runTool(
      node24Path(),
      ['--test', '--test-reporter=junit', '--test-reporter-destination=node.xml', 'nodetests/sample.test.mjs'],
      workspace.dir,
    );
    expect(run.status).toBe(1);
    // The runner's own totals, as its spec reporter prints them ("ℹ tests 7", "ℹ fail 1"…).
    const spec = runTool(node24Path(), ['--test', '--test-reporter=spec', 'nodetests/sample.test.mjs'], workspace.dir);
    const own = (name: string): number => Number(new RegExp(`^ℹ ${name} (\\d+)$`, 'm').exec(spec.stdout)![1]);
    const report = await readReport(at('node.xml'), workspace.dir);
    expect(report.tests).toEqual([
      {
        tool: 'node',
        file: at('node.xml'),
        tests: own('tests'),
        failures: own('fail'),
        errors: own('cancelled'),
        skipped: own('skipped') + own('todo'),
      },
    ]);
    expect(own('fail')).toBe(1);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]!.message).toMatch(/1 failed test/);
  }, 30_000);
});
