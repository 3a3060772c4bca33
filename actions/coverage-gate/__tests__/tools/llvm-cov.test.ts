import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseReport } from '../../src/parse.ts';
import { makeTempDir, run, totalsOf, writeTree } from './helpers.ts';

// A template instantiated for two types and a static inline function compiled into two translation units:
// `llvm-cov export -format=lcov` lists each instantiation's FN and BRDA records; `llvm-cov report` merges them.
const SOURCES = {
  'util.h': `#pragma once
template <typename T>
T clamp(T v, T lo, T hi) {
  if (v < lo) return lo;
  if (v > hi) return hi;
  return v;
}
static inline int twice(int x) { return x > 0 ? 2 * x : 0; }
inline int thrice(int x) { return x > 0 ? 3 * x : 0; }
`,
  'a.cpp': `#include "util.h"
int use_a(int v) { return clamp(v, 0, 10) + twice(v) + thrice(v); }
`,
  'b.cpp': `#include "util.h"
double use_b(double v) { return clamp(v, 0.0, 100.0); }
int unused_b(int v) { return twice(v) - 1 + thrice(-v); }
`,
  'main.cpp': `int use_a(int); double use_b(double);
int main() { return use_a(5) + use_b(-3.0) > 0 ? 0 : 1; }
`,
};

let dir: string;
/** The TOTAL row of `llvm-cov report`: [total, missed] per metric. */
let figures: Record<'functions' | 'lines' | 'branches', { covered: number; total: number }>;

beforeAll(async () => {
  dir = await makeTempDir('llvm-cov');
  await writeTree(dir, SOURCES);
  run(
    'clang++',
    ['-fprofile-instr-generate', '-fcoverage-mapping', '-O0', '-o', 'app', 'main.cpp', 'a.cpp', 'b.cpp'],
    dir,
  );
  run('./app', [], dir, { LLVM_PROFILE_FILE: 'app.profraw' });
  run('llvm-profdata', ['merge', '-sparse', 'app.profraw', '-o', 'app.profdata'], dir);
  // Columns: Regions, Missed, Cover, Functions, Missed, Executed, Lines, Missed, Cover, Branches, Missed, Cover.
  const report = run('llvm-cov', ['report', './app', '-instr-profile=app.profdata'], dir);
  const total = /^TOTAL\s+(.*)$/m.exec(report)![1]!.trim().split(/\s+/);
  const pair = (at: number) => ({ covered: Number(total[at]) - Number(total[at + 1]), total: Number(total[at]) });
  figures = { functions: pair(3), lines: pair(6), branches: pair(9) };
  await writeFile(
    join(dir, 'app.lcov'),
    run('llvm-cov', ['export', './app', '-instr-profile=app.profdata', '-format=lcov'], dir),
  );
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('llvm-cov export -format=lcov matches llvm-cov report', () => {
  it('functions and branches of instantiations are merged as the report merges them', async () => {
    const report = await parseReport(join(dir, 'app.lcov'));
    expect(report.format).toBe('lcov');
    const totals = totalsOf(report);
    expect(totals.lines).toEqual(figures.lines);
    expect(totals.functions).toEqual(figures.functions);
    expect(totals.branches).toEqual(figures.branches);
    expect(figures.branches.total).toBeGreaterThan(0);
  });
});
