import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileCoverage, FileTable, ReportBuilder } from '../src/model.ts';
import { parseReport } from '../src/parse.ts';

function file(path: string, lines: [number, number][], branches: [number, number[]][] = []): FileCoverage {
  const f = new FileCoverage(path);
  for (const [line, hits] of lines) f.addLine(line, hits);
  for (const [line, hits] of branches) f.addBranches(line, hits);
  return f;
}

const lineList = (f: FileCoverage): [number, number][] => {
  const list: [number, number][] = [];
  f.forEachLine((line, hits) => list.push([line, hits]));
  return list;
};

describe('FileTable', () => {
  it('keeps files by path in insertion order, like a Map', () => {
    const table = new FileTable();
    table.add(file('src/b.ts', [[1, 1]]));
    table.add(file('src/a.ts', [[2, 0]]));
    table.add(file('src/ünïcode/日本.ts', [[3, 4]]));
    expect(table.size).toBe(3);
    expect([...table.keys()]).toEqual(['src/b.ts', 'src/a.ts', 'src/ünïcode/日本.ts']);
    expect([...table.values()].map((f) => f.path)).toEqual([...table.keys()]);
    expect([...table].map(([path, f]) => [path, f.totals().lines])).toEqual([
      ['src/b.ts', { total: 1, covered: 1 }],
      ['src/a.ts', { total: 1, covered: 0 }],
      ['src/ünïcode/日本.ts', { total: 1, covered: 1 }],
    ]);
    expect(table.get('src/ünïcode/日本.ts')?.lineHits(3)).toBe(4);
    expect(table.has('src/a.ts')).toBe(true);
    expect(table.has('src/a')).toBe(false);
    expect(table.get('src/c.ts')).toBeUndefined();
    const seen: string[] = [];
    table.forEach((f, path) => seen.push(`${path}=${f.path}`));
    expect(seen).toEqual(['src/b.ts=src/b.ts', 'src/a.ts=src/a.ts', 'src/ünïcode/日本.ts=src/ünïcode/日本.ts']);
  });

  it('finds every one of many files, also paths that are prefixes of others', () => {
    const table = new FileTable();
    for (let i = 0; i < 5000; i++) table.add(file(`pkg/${i % 7}/file${i}.ts`, [[1 + (i % 50), i % 3]]));
    table.add(file('pkg/0/file1', [[1, 1]]));
    expect(table.size).toBe(5001);
    for (let i = 0; i < 5000; i += 37) {
      expect(table.get(`pkg/${i % 7}/file${i}.ts`)?.lineHits(1 + (i % 50))).toBe(i % 3);
    }
    expect(table.get('pkg/0/file1')?.lineHits(1)).toBe(1);
    expect(table.indexOf('pkg/1/file1.ts')).toBe(1);
  });

  it('merges a path added again: hits add up and branches merge position by position', () => {
    const table = new FileTable();
    table.add(
      file(
        'x.ts',
        [
          [1, 1],
          [2, 0],
        ],
        [[2, [0, 1]]],
      ),
    );
    table.add(file('other.ts', [[9, 9]]));
    table.add(
      file(
        'y.ts',
        [
          [2, 5],
          [3, 0],
        ],
        [[2, [2, 0]]],
      ),
      'x.ts',
    );
    expect(table.size).toBe(2);
    const merged = table.get('x.ts')!;
    expect(merged.path).toBe('x.ts');
    expect(lineList(merged)).toEqual([
      [1, 1],
      [2, 5],
      [3, 0],
    ]);
    expect(merged.branchesByLine()).toEqual(new Map([[2, [2, 1]]]));
    expect(table.get('other.ts')?.lineHits(9)).toBe(9);
  });

  it('keeps files of more than 65,536 lines (longer than the shared build arrays)', () => {
    const long = new FileCoverage('long.c');
    for (let line = 1; line <= 100_000; line += 3) long.addLine(line, line % 2);
    long.addBranch(99_999, 1);
    long.addFunction('main', 70_000, 1);
    const table = new FileTable();
    table.add(long);
    table.add(file('short.c', [[1, 1]]));
    const read = table.get('long.c')!;
    expect(read.lineHits(70_000)).toBe(0);
    expect(read.lineHits(99_997)).toBe(1);
    expect(read.lineHits(99_998)).toBeUndefined();
    expect(read.totals()).toMatchObject({
      lines: { total: 33_334, covered: 16_667 },
      branches: { total: 1, covered: 1 },
      functions: { total: 1, covered: 1 },
    });
    expect(read.functionList()).toEqual([[70_000, 1]]);
  });

  it('changing a file read from a table changes a copy: the table and tables sharing its data stay as they were', () => {
    const first = new FileTable();
    const statements = file('s.go', [[1, 0]]);
    statements.addStatement('1.1,1.9', 2, 0);
    statements.summary = { functions: { total: 3, covered: 1 } };
    first.add(statements);
    const second = new FileTable();
    const again = file('s.go', [[1, 4]]);
    again.addStatement('1.1,1.9', 2, 5);
    again.summary = { functions: { total: 3, covered: 2 } };
    second.add(again);

    const combined = new FileTable();
    for (const f of first.values()) combined.add(f);
    for (const f of second.values()) combined.add(f);
    expect(combined.get('s.go')!.totals()).toMatchObject({
      lines: { total: 1, covered: 1 },
      statements: { total: 2, covered: 2 },
      functions: { total: 3, covered: 2 },
    });
    expect(first.get('s.go')!.totals()).toMatchObject({
      lines: { total: 1, covered: 0 },
      statements: { total: 2, covered: 0 },
      functions: { total: 3, covered: 1 },
    });

    const view = first.get('s.go')!;
    view.addLine(1, 7);
    view.addLine(2, 1);
    expect(view.lineHits(1)).toBe(7);
    expect(first.get('s.go')!.lineHits(1)).toBe(0);
    expect(first.get('s.go')!.lineHits(2)).toBeUndefined();
  });

  it('indexes functions by key once a file has many, and merges them by key', () => {
    const a = new FileCoverage('f.ts');
    for (let i = 0; i < 100; i++) a.addFunction(`fn${i}`, i + 1, i % 2);
    const b = new FileCoverage('f.ts');
    for (let i = 0; i < 100; i += 2) b.addFunction(`fn${i}`, 0, 1);
    b.addFunction('extra', 500, 1);
    const table = new FileTable();
    table.add(a);
    table.add(b);
    const merged = table.get('f.ts')!;
    expect(merged.totals().functions).toEqual({ total: 101, covered: 101 });
    expect(merged.functionList()[0]).toEqual([1, 1]);
    expect(merged.functionList()[100]).toEqual([500, 1]);
  });
});

describe('ReportBuilder', () => {
  it('keeps files built a piece at a time apart until finish, then holds them sealed', () => {
    const builder = new ReportBuilder();
    builder.fileFor('a.ts').addLine(1, 1);
    builder.fileFor('b.ts').addLine(1, 0);
    builder.fileFor('a.ts').addLine(2, 0);
    expect(builder.building('a.ts')?.totals().lines).toEqual({ total: 2, covered: 1 });
    expect(builder.files.size).toBe(0);
    builder.finish();
    expect(builder.building('a.ts')).toBeUndefined();
    expect([...builder.files.keys()]).toEqual(['a.ts', 'b.ts']);
    expect(builder.files.get('a.ts')!.totals().lines).toEqual({ total: 2, covered: 1 });
  });
});

describe('lcov function names', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cg-model-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('pairs FN and FNDA by occurrence in records of many functions, some named alike', async () => {
    const lines = ['SF:a.ts'];
    // 200 distinct names, each twice (two scopes), then their FNDAs: the second of each covered only.
    for (let i = 0; i < 200; i++) lines.push(`FN:${i + 1},name${i}`, `FN:${i + 1000},name${i}`);
    for (let i = 0; i < 200; i++) lines.push(`FNDA:0,name${i}`, `FNDA:${i + 1},name${i}`);
    lines.push('DA:1,1', 'end_of_record', 'SF:b.ts', 'FN:1,name0', 'FNDA:0,name0', 'DA:1,0', 'end_of_record');
    const path = join(dir, 'many.info');
    await writeFile(path, lines.join('\n'));
    const report = await parseReport(path);
    const a = report.files.get('a.ts')!;
    expect(a.totals().functions).toEqual({ total: 400, covered: 200 });
    expect(
      a
        .functionList()
        .filter(([, hits]) => hits > 0)
        .every(([line]) => line >= 1000),
    ).toBe(true);
    expect(report.files.get('b.ts')!.totals().functions).toEqual({ total: 1, covered: 0 });
  });
});

describe('FileTable paths', () => {
  it('keeps an empty path and long ones', () => {
    const table = new FileTable();
    const long = `deep/${'x'.repeat(5000)}.ts`;
    table.add(file('', [[1, 1]]));
    table.add(file(long, [[2, 1]]));
    expect([...table.keys()]).toEqual(['', long]);
    expect(table.get('')?.lineHits(1)).toBe(1);
    expect(table.get(long)?.lineHits(2)).toBe(1);
  });
});
