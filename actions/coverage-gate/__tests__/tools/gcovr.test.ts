import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseReport } from '../../src/parse.ts';
import { makeTempDir, run, totalsOf, writeTree } from './helpers.ts';

const SOURCES = {
  'src/grade.c': `#include "grade.h"
int grade(int score) {
    if (score >= 90) return 4;
    if (score >= 80 && score < 90) return 3;
    if (score >= 70) return 2;
    return 0;
}
int never(int x) {
    return x > 0 ? x : -x;
}
`,
  'src/grade.h': 'int grade(int score);\nint never(int x);\n',
  'main.c': `#include <stdio.h>
#include "src/grade.h"
int main(void) {
    printf("%d %d\\n", grade(95), grade(85));
    return 0;
}
`,
};

let dir: string;
let figures: Record<string, { covered: number; total: number }>;

beforeAll(async () => {
  dir = await makeTempDir('gcovr');
  await writeTree(dir, SOURCES);
  run('gcc', ['--coverage', '-O0', '-o', 'app', 'main.c', 'src/grade.c'], dir);
  run('./app', [], dir);
  // gcovr --print-summary: "lines: 75.0% (9 out of 12)" / "branches: 40.0% (4 out of 10)"
  const output = run('gcovr', ['-r', '.', '--xml', '-o', 'coverage.xml', '--print-summary'], dir);
  figures = {};
  for (const m of output.matchAll(/^(lines|branches): [\d.]+% \((\d+) out of (\d+)\)/gm)) {
    figures[m[1]!] = { covered: Number(m[2]), total: Number(m[3]) };
  }
  expect(figures.lines).toBeDefined();
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('gcovr Cobertura XML matches gcovr --print-summary', () => {
  it('lines and branches', async () => {
    const report = await parseReport(join(dir, 'coverage.xml'));
    expect(report.format).toBe('cobertura');
    const totals = totalsOf(report);
    expect(totals.lines).toEqual(figures.lines);
    expect(totals.branches).toEqual(figures.branches);
    expect([...report.files.keys()].sort()).toEqual(['main.c', 'src/grade.c']);
  });
});
