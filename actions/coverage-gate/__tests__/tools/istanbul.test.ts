import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseReport } from '../../src/parse.ts';
import type { Counts } from '../../src/model.ts';
import { c8Bin, makeTempDir, run, totalsOf, writeTree } from './helpers.ts';

// A small program with the shapes that trip parsers: branches on lines without statements (default
// parameters, ternaries spread over lines), functions never called, a file never loaded.
const SOURCES = {
  'src/math.js': `export function clamp(value, low = 0, high = 10) {
  if (value < low) {
    return low;
  }
  return value > high
    ? high
    : value;
}

export function unused(a) {
  return a && a.b ? a.b : null;
}

export const twice = (x) => x * 2;
`,
  'src/shapes.js': `import { clamp, twice } from './math.js';

export function area(shape) {
  switch (shape.kind) {
    case 'square':
      return twice(shape.side) * shape.side / 2;
    case 'circle':
      return Math.PI * shape.r ** 2;
    default:
      throw new Error('unknown shape ' + shape.kind);
  }
}

export function describe(shape) {
  const a = clamp(area(shape), 0, 100);
  return a > 50 ? 'big' : 'small';
}
`,
  'main.js': `import { describe } from './src/shapes.js';
console.log(describe({ kind: 'square', side: 4 }));
console.log(describe({ kind: 'square', side: 40 }));
try { describe({ kind: 'hexagon' }); } catch { /* expected */ }
`,
  'package.json': '{"type":"module"}',
};

let dir: string;
let summary: Record<string, Counts>;

beforeAll(async () => {
  dir = await makeTempDir('c8');
  await writeTree(dir, SOURCES);
  const output = run(
    c8Bin,
    [
      '--all',
      '--src',
      'src',
      '--reporter=text-summary',
      '--reporter=lcov',
      '--reporter=json',
      '--reporter=json-summary',
      '--reporter=cobertura',
      '--reporter=clover',
      'node',
      'main.js',
    ],
    dir,
  );
  // istanbul's text summary: "Lines        : 66.66% ( 2/3 )"
  summary = {};
  for (const match of output.matchAll(
    /^(Statements|Branches|Functions|Lines)\s*:\s*[\d.]+%\s*\(\s*(\d+)\/(\d+)\s*\)/gm,
  )) {
    summary[match[1]!.toLowerCase()] = { covered: Number(match[2]), total: Number(match[3]) };
  }
  expect(Object.keys(summary)).toHaveLength(4);
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('reports made by c8 (istanbul reporters) match its text summary', () => {
  it('lcov.info', async () => {
    const report = await parseReport(join(dir, 'coverage/lcov.info'));
    expect(report.format).toBe('lcov');
    const totals = totalsOf(report);
    expect(totals.lines).toEqual(summary.lines);
    expect(totals.branches).toEqual(summary.branches);
    expect(totals.functions).toEqual(summary.functions);
    expect([...report.files.keys()].map((p) => p.split(/[\\/]/).pop()).sort()).toEqual([
      'main.js',
      'math.js',
      'shapes.js',
    ]);
  });

  it('coverage-final.json (with statements)', async () => {
    const report = await parseReport(join(dir, 'coverage/coverage-final.json'));
    expect(report.format).toBe('istanbul-json');
    const totals = totalsOf(report);
    expect(totals.lines).toEqual(summary.lines);
    expect(totals.branches).toEqual(summary.branches);
    expect(totals.functions).toEqual(summary.functions);
    expect(totals.statements).toEqual(summary.statements);
  });

  it('coverage-summary.json', async () => {
    const report = await parseReport(join(dir, 'coverage/coverage-summary.json'));
    expect(report.format).toBe('istanbul-summary');
    const totals = totalsOf(report);
    expect(totals.lines).toEqual(summary.lines);
    expect(totals.branches).toEqual(summary.branches);
    expect(totals.functions).toEqual(summary.functions);
    expect(totals.statements).toEqual(summary.statements);
  });

  it('clover.xml', async () => {
    const report = await parseReport(join(dir, 'coverage/clover.xml'));
    expect(report.format).toBe('clover');
    const totals = totalsOf(report);
    expect(totals.lines).toEqual(summary.lines);
    expect(totals.branches).toEqual(summary.branches);
    expect(totals.functions).toEqual(summary.functions);
  });

  it('cobertura-coverage.xml: lines and functions exact, branches only on statement lines', async () => {
    const report = await parseReport(join(dir, 'coverage/cobertura-coverage.xml'));
    expect(report.format).toBe('cobertura');
    const totals = totalsOf(report);
    expect(totals.lines).toEqual(summary.lines);
    expect(totals.functions).toEqual(summary.functions);
    // istanbul's Cobertura writer drops branches that sit on lines without a statement.
    expect(totals.branches.total).toBeLessThanOrEqual(summary.branches!.total);
    expect(report.sourceRoots).toHaveLength(1);
  });
});
