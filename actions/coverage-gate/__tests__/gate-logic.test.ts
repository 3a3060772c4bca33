import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRunContext, RepositoryPathMapper, UserError } from '@pipeline-actions/shared';
import { buildBaseline, readBaseline, writeBaseline } from '../src/baseline.ts';
import { renderBadge } from '../src/badge.ts';
import { collectCoverage } from '../src/coverage.ts';
import { evaluateGate, NO_RULES_MESSAGE, type Policy } from '../src/evaluate.ts';
import { decide } from '../src/gate.ts';
import { goModulePath, importPathResolver } from '../src/formats/go.ts';
import { FileCoverage, emptyTotals } from '../src/model.ts';
import { lcov } from '../src/formats/lcov.ts';
import { newCodeCoverage } from '../src/new-code.ts';
import { parseGlobRules } from '../src/rules.ts';
import { renderReport } from '../src/report.ts';

const repo = {
  workspace: '/home/runner/work/app/app',
  files: [
    'src/a.ts',
    'src/b.ts',
    'pkg/util/a.ts',
    'src/main/java/shop/Cart.java',
    'svc/internal/cart.go',
    'go.mod',
    'svc/go.mod',
    'Lib/Thing.cs',
  ],
  goModules: new Map([
    ['example.com/root', ''],
    ['example.com/root/svc', 'svc'],
  ]),
};

describe('mapping report paths to repository files', () => {
  const mapper = new RepositoryPathMapper(repo.workspace, repo.files);
  const resolveImportPath = importPathResolver(repo.goModules);
  const map = (raw: string, format: string, roots: readonly string[]) =>
    mapper.map(raw, { roots, resolve: format === 'go' ? resolveImportPath : undefined });
  it.each([
    ['/home/runner/work/app/app/src/a.ts', 'lcov', [], 'src/a.ts'],
    ['src\\b.ts', 'lcov', [], 'src/b.ts'],
    ['./src/a.ts', 'lcov', [], 'src/a.ts'],
    ['a.ts', 'cobertura', ['/home/runner/work/app/app/pkg/util'], 'pkg/util/a.ts'],
    ['shop/Cart.java', 'jacoco', [], 'src/main/java/shop/Cart.java'],
    ['example.com/root/svc/internal/cart.go', 'go', [], 'svc/internal/cart.go'],
    ['D:\\build\\agent\\Lib\\Thing.cs', 'opencover', [], 'Lib/Thing.cs'],
    ['/other/machine/checkout/src/b.ts', 'lcov', [], 'src/b.ts'],
  ] as const)('%s (%s) -> %s', (raw, format, roots, expected) => {
    expect(map(raw, format, roots)).toEqual({ path: expected, matched: true });
  });
  it('does not guess between files sharing only a name, and keeps unknown paths', () => {
    expect(map('/elsewhere/a.ts', 'lcov', [])).toEqual({ path: '/elsewhere/a.ts', matched: false });
    expect(map('gen/missing.ts', 'lcov', [])).toEqual({ path: 'gen/missing.ts', matched: false });
  });
  it('reads module paths from go.mod', () => {
    expect(goModulePath('// c\nmodule   example.com/x/v2 \n\ngo 1.21\n')).toBe('example.com/x/v2');
  });
});

describe('glob rules', () => {
  it('parses several conditions and comments', () => {
    expect(
      parseGlobRules(
        '# payments must be covered\nsrc/payments/**: lines >= 95, branches > 90%\n\n"lib/**": functions >= 50',
      ),
    ).toEqual([
      { pattern: 'src/payments/**', metric: 'lines', minimum: 95, strict: false },
      { pattern: 'src/payments/**', metric: 'branches', minimum: 90, strict: true },
      { pattern: 'lib/**', metric: 'functions', minimum: 50, strict: false },
    ]);
  });
  it.each([
    ['src/**: lines => 95', /line 1: 'lines => 95' is not a condition/],
    ['src/**: lnes >= 95', /line 1: unknown metric 'lnes'/],
    ['src/** lines >= 95', /line 1: .* needs '<glob>: <metric> >= <percent>'/],
    ['a: lines >= 120', /above 100%/],
  ])('rejects %j', (text, message) => {
    expect(() => parseGlobRules(text)).toThrow(UserError);
    expect(() => parseGlobRules(text)).toThrow(message);
  });
});

function file(path: string, lines: [number, number][], branches: number[][] = []): FileCoverage {
  const f = new FileCoverage(path);
  for (const [line, hits] of lines) f.addLine(line, hits);
  branches.forEach((hits, i) => f.addBranches(i + 1, hits));
  return f;
}

const noPolicy: Policy = {
  minimums: {},
  groupMinimums: new Map(),
  perFile: {},
  globRules: [],
  newCodeLines: undefined,
  maxDrop: undefined,
};

function coverageOf(...files: FileCoverage[]) {
  const map = new Map(files.map((f) => [f.path, f]));
  const totals = emptyTotals();
  for (const f of files) {
    const t = f.totals();
    for (const m of ['lines', 'branches', 'functions', 'statements'] as const) {
      totals[m].total += t[m].total;
      totals[m].covered += t[m].covered;
    }
  }
  return {
    groups: [{ name: 'unit', files: map, totals, reports: [] }],
    files: map,
    totals,
    unmatched: [],
    emptyReports: [],
  };
}

describe('merging shards', () => {
  it('adds hits: a line covered by any shard is covered once', () => {
    const a = file(
      'x.ts',
      [
        [1, 1],
        [2, 0],
        [3, 0],
      ],
      [[1, 0]],
    );
    a.merge(
      file(
        'x.ts',
        [
          [2, 5],
          [3, 0],
          [4, 1],
        ],
        [[0, 2]],
      ),
    );
    expect(a.totals().lines).toEqual({ total: 4, covered: 3 });
    expect(a.totals().branches).toEqual({ total: 2, covered: 2 });
    expect(a.lineHits(2)).toBe(5);
  });
});

describe('evaluateGate', () => {
  const a = file('src/pay/a.ts', [
    [1, 1],
    [2, 1],
    [3, 0],
    [4, 0],
    [6, 0],
    [8, 1],
  ]);
  const b = file('src/b.ts', [
    [1, 1],
    [2, 1],
  ]);
  const coverage = coverageOf(a, b);

  it('reports every threshold as its own rule', () => {
    const result = evaluateGate(
      coverage,
      {
        ...noPolicy,
        minimums: { lines: 60, branches: 10 },
        perFile: { lines: 60 },
        globRules: parseGlobRules('src/pay/**: lines >= 50'),
      },
      undefined,
      undefined,
    );
    expect(result.rules.map((r) => [r.name, r.passed])).toEqual([
      ['lines >= 60%', true],
      ['branches >= 10%', false],
      ['every file: lines >= 60%', false],
      ['src/pay/**: lines >= 50%', true],
    ]);
    expect(result.rules[1]!.detail).toBe('the reports hold no branches data');
    expect(result.rules[2]!.detail).toMatch(/1 of 2 file\(s\) below: src\/pay\/a.ts \(50.00%\)/);
    expect(result.decision).toBe('fail');
  });

  it('new-code coverage groups uncovered changed lines into ranges, across non-executable lines', () => {
    const changed = new Map([
      ['src/pay/a.ts', new Set([2, 3, 4, 5, 6, 8])],
      ['README.md', new Set([1])],
    ]);
    const newCode = newCodeCoverage(coverage.files.values(), changed);
    expect(newCode.totals).toEqual({ total: 5, covered: 2 });
    expect(newCode.files[0]).toMatchObject({ path: 'src/pay/a.ts', uncovered: [[3, 6]], uncoveredLines: 3 });
    const result = evaluateGate(
      coverage,
      { ...noPolicy, newCodeLines: 50 },
      { lines: changed, source: 'git', incomplete: [], notes: [] },
      undefined,
    );
    expect(result.rules).toEqual([
      { name: 'new code: lines >= 50%', passed: false, actual: 40, detail: '2/5 changed lines covered (40.00%)' },
    ]);
  });

  it('compares with a baseline within a tolerance', () => {
    const result = evaluateGate(coverage, { ...noPolicy, maxDrop: 0.5 }, undefined, {
      file: 'b.json',
      commit: 'abc',
      totals: { lines: 67.5 },
      groups: {},
    });
    // 5/8 = 62.5%: a drop of 5 points
    expect(result.rules).toEqual([
      { name: 'lines drop <= 0.5 pp vs baseline', passed: false, actual: 62.5, detail: '67.50% -> 62.50% (-5.00 pp)' },
    ]);
    expect(result.deltas.lines).toBeCloseTo(-5);
    const within = evaluateGate(coverage, { ...noPolicy, maxDrop: 0.5 }, undefined, {
      file: 'b.json',
      commit: 'abc',
      totals: { lines: 62.9 },
      groups: {},
    });
    expect(within.decision).toBe('pass');
  });

  it('a report with zero lines is a warning and a failed decision, never 100%', () => {
    const result = evaluateGate(coverageOf(new FileCoverage('empty.ts')), noPolicy, undefined, undefined);
    expect(result.decision).toBe('fail');
    expect(result.warnings[0]).toMatch(/hold no executable line/);
  });

  it('renders the report with rules, new code and a collapsible file table', () => {
    const changed = new Map([['src/pay/a.ts', new Set([3, 4])]]);
    const result = evaluateGate(
      coverage,
      { ...noPolicy, minimums: { lines: 60 } },
      { lines: changed, source: 'git', incomplete: [], notes: [] },
      undefined,
    );
    const md = renderReport(coverage, result, { maxFiles: 1, maxNewCodeFiles: 5 });
    expect(md).toContain('## ✅ Coverage passed');
    expect(md).toContain('| lines >= 60% | ✅ pass | 62.50% | 5/8 lines covered (62.50%) |');
    expect(md).toContain('| `src/pay/a.ts` | 2 of 2 | 3-4 |');
    expect(md).toMatch(
      /<details><summary>Coverage of 2 file\(s\), lowest first<\/summary>[\s\S]*src\/pay\/a.ts[\s\S]*…and 1 more file/,
    );
  });

  it('lists the files of lowest line coverage first, by path among equals, files without lines last', () => {
    const files: FileCoverage[] = [];
    for (let i = 0; i < 300; i++) {
      // Percentages repeat (ties decided by path); every 7th file has no line at all.
      files.push(
        file(
          `src/m${(i * 37) % 300}.ts`,
          i % 7 === 0
            ? []
            : [
                [1, i % 3],
                [2, i % 4],
                [3, 1],
              ],
        ),
      );
    }
    const all = coverageOf(...files);
    const result = evaluateGate(all, noPolicy, undefined, undefined);
    const expected = files
      .map((f) => ({
        path: f.path,
        rank: f.totals().lines.total ? (f.totals().lines.covered * 100) / f.totals().lines.total : 101,
      }))
      .sort((a, b) => a.rank - b.rank || a.path.localeCompare(b.path))
      .map((f) => f.path);
    for (const maxFiles of [1, 10, 299, 300, 1000]) {
      const md = renderReport(all, result, { maxFiles, maxNewCodeFiles: 5 });
      const listed = [...md.matchAll(/^\| `(src\/m\d+\.ts)` \|/gm)].map((m) => m[1]);
      expect(listed).toEqual(expected.slice(0, maxFiles));
      expect(md).toContain('Coverage of 300 file(s), lowest first');
    }
  });
});

describe('baseline and badge', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cg-baseline-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  it('round-trips a baseline; a missing file is undefined; a foreign file is an error', async () => {
    const totals = emptyTotals();
    totals.lines = { total: 3, covered: 2 };
    await writeBaseline(
      join(dir, 'out/base.json'),
      buildBaseline(totals, new Map([['unit', totals]]), 'sha1', 'refs/heads/main'),
    );
    const baseline = await readBaseline(join(dir, 'out/base.json'), dir);
    expect(baseline).toMatchObject({
      commit: 'sha1',
      totals: { lines: 66.6667 },
      groups: { unit: { lines: 66.6667 } },
    });
    expect(await readBaseline(join(dir, 'nope.json'), dir)).toBeUndefined();
    await writeFile(join(dir, 'other.json'), '{"a":1}');
    await expect(readBaseline(join(dir, 'other.json'), dir)).rejects.toThrow(/is not a coverage-gate baseline/);
  });
  it('renders a badge', () => {
    const svg = renderBadge('coverage', 87.66);
    expect(svg).toContain('aria-label="coverage: 87.6%"');
    expect(svg).toContain('#97ca00');
    expect(renderBadge('coverage', undefined)).toContain('unknown');
  });
});

describe('collectCoverage', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cg-collect-'));
    await writeFile(
      join(dir, 'shard1.info'),
      `SF:${dir}/src/a.ts\nDA:1,1\nDA:2,0\nend_of_record\nSF:${dir}/test/a.test.ts\nDA:1,1\nend_of_record\n`,
    );
    await writeFile(
      join(dir, 'shard2.info'),
      `SF:${dir}/src/a.ts\nDA:1,0\nDA:2,3\nend_of_record\nSF:${dir}/gen/x.ts\nDA:1,0\nend_of_record\n`,
    );
    await writeFile(join(dir, 'e2e.info'), `SF:src/b.ts\nDA:1,1\nend_of_record\nSF:src/a.ts\nDA:3,0\nend_of_record\n`);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  it('merges shards, keeps groups apart, combines the total, filters and lists unmatched paths', async () => {
    const repository = { workspace: dir, files: ['src/a.ts', 'src/b.ts', 'test/a.test.ts'] };
    const collected = await collectCoverage(
      [
        { name: 'unit', reports: [join(dir, 'shard1.info'), join(dir, 'shard2.info')], format: undefined },
        { name: 'e2e', reports: [join(dir, 'e2e.info')], format: lcov },
      ],
      repository,
      { include: [], exclude: ['test/**'] },
    );
    expect(collected.groups.map((g) => [g.name, g.totals.lines])).toEqual([
      ['unit', { total: 3, covered: 2 }],
      ['e2e', { total: 2, covered: 1 }],
    ]);
    expect([...collected.files.keys()].sort()).toEqual(['gen/x.ts', 'src/a.ts', 'src/b.ts']);
    expect(collected.totals.lines).toEqual({ total: 5, covered: 3 });
    expect(collected.unmatched).toEqual(['gen/x.ts']);
  });
});

describe('decide', () => {
  const coverage = coverageOf(
    file('src/a.ts', [
      [1, 1],
      [2, 0],
    ]),
  );
  const collected = (extra: { changedUnknown?: string } = {}) => ({
    context: readRunContext({
      GITHUB_EVENT_NAME: 'push',
      GITHUB_SHA: 'abc',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_RUN_ID: '1',
      GITHUB_SERVER_URL: '',
    }),
    coverage,
    target: { number: undefined, headSha: 'abc' },
    changed: undefined,
    changedUnknown: extra.changedUnknown,
    baseline: undefined,
  });

  it('warns in the order the log reads them, and fails the step only when fail-on-decision is on', () => {
    const settings = {
      ...noPolicy,
      minimums: { lines: 80 },
      maxDrop: 1,
      baseline: '/ws/base.json',
      failOnDecision: true,
    };
    const outcome = decide(collected({ changedUnknown: 'no history' }), settings);
    expect(outcome.warnings).toEqual([
      'The changed lines cannot be known: no history. New-code coverage is skipped.',
      'Baseline /ws/base.json does not exist yet: no comparison this time.',
      expect.stringMatching(/^max-drop is set but no baseline file was found/),
    ]);
    expect(outcome.verdict).toEqual({
      level: 'failure',
      message: 'Coverage gate failed: lines >= 80% (1/2 lines covered (50.00%))',
    });
    expect(decide(collected(), { ...settings, failOnDecision: false }).verdict.level).toBe('warning');
  });

  it('passes with the missing rules said once', () => {
    const outcome = decide(collected(), { ...noPolicy, baseline: undefined, failOnDecision: true });
    expect(outcome.warnings).toEqual([NO_RULES_MESSAGE]);
    expect(outcome.verdict).toEqual({ level: 'info', message: 'Coverage gate passed.' });
  });
});
