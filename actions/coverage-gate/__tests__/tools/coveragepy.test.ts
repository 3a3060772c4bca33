import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseReport } from '../../src/parse.ts';
import { combinedPercent } from '../../src/model.ts';
import { makeTempDir, python, run, totalsOf, writeTree } from './helpers.ts';

const SOURCES = {
  'pkg/__init__.py': '',
  'pkg/calc.py': `def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    return "positive"


def loop(items):
    total = 0
    for item in items:
        if item % 2:
            total += item
    return total


def never_called(x):
    return x if x else None


def excluded(x):  # pragma: no cover
    y = x * 2
    return y
`,
  'main.py': `from pkg.calc import classify, loop
print(classify(5), classify(0))
print(loop([1, 2, 3]))
`,
};

let dir: string;
let reportTotal: number;
let jsonTotals: { covered_lines: number; num_statements: number; covered_branches: number; num_branches: number };

beforeAll(async () => {
  dir = await makeTempDir('coveragepy');
  await writeTree(dir, SOURCES);
  const env = { COVERAGE_FILE: join(dir, '.coverage') };
  run(python, ['-m', 'coverage', 'run', '--branch', '--source=pkg', 'main.py'], dir, env);
  // `coverage report` prints e.g. "TOTAL   20   3   10   2   83%"; with --precision we get the exact figure.
  const report = run(python, ['-m', 'coverage', 'report', '--precision=4'], dir, env);
  reportTotal = Number(/^TOTAL\s.*?([\d.]+)%\s*$/m.exec(report)![1]);
  run(python, ['-m', 'coverage', 'json', '-o', 'coverage.json'], dir, env);
  run(python, ['-m', 'coverage', 'xml', '-o', 'coverage.xml'], dir, env);
  jsonTotals = JSON.parse(await readFile(join(dir, 'coverage.json'), 'utf8')).totals;
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('reports made by coverage.py match its own figures', () => {
  it('coverage json: lines and branches equal its totals; combined percent equals `coverage report`', async () => {
    const report = await parseReport(join(dir, 'coverage.json'));
    expect(report.format).toBe('coveragepy-json');
    const totals = totalsOf(report);
    expect(totals.lines).toEqual({ covered: jsonTotals.covered_lines, total: jsonTotals.num_statements });
    expect(totals.branches).toEqual({ covered: jsonTotals.covered_branches, total: jsonTotals.num_branches });
    expect(Math.abs(combinedPercent(totals)! - reportTotal)).toBeLessThan(0.01);
    expect(totals.branches.total).toBeGreaterThan(0);
  });

  it('coverage xml (Cobertura) gives the same lines and branches', async () => {
    const report = await parseReport(join(dir, 'coverage.xml'));
    expect(report.format).toBe('cobertura');
    const totals = totalsOf(report);
    expect(totals.lines).toEqual({ covered: jsonTotals.covered_lines, total: jsonTotals.num_statements });
    expect(totals.branches).toEqual({ covered: jsonTotals.covered_branches, total: jsonTotals.num_branches });
    // <source> + filename names the real file
    for (const name of report.files.keys()) expect(existsSync(join(report.sourceRoots[0]!, name))).toBe(true);
  });
});
