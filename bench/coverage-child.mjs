// One measured run for bench/coverage.mjs, in its own process so peak memory (maxRSS) is per run.
// argv: <implementation> <report> [bundle]
import { Buffer } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const [implementation, file, bundle] = process.argv.slice(2);
const require = createRequire(import.meta.url);

async function coverageGate() {
  const loaded = await import(bundle);
  const parseAndEvaluate = loaded.parseAndEvaluate ?? loaded.default?.parseAndEvaluate;
  const result = await parseAndEvaluate(file);
  return { files: result.files, lines: result.lines, linePercent: result.linePercent };
}

// What lcov-based actions do: lcov-parse reads the whole file and builds objects for every line.
async function lcovParse() {
  const parse = require('lcov-parse');
  const data = await new Promise((resolve, reject) =>
    parse(file, (error, value) => (error ? reject(new Error(String(error))) : resolve(value))),
  );
  let found = 0;
  let hit = 0;
  for (const f of data) {
    found += f.lines.found;
    hit += f.lines.hit;
  }
  return { files: data.length, lines: found, linePercent: (hit * 100) / found };
}

// What Cobertura-based actions do: xml2js parses the whole document into one object tree.
async function xml2js() {
  const { parseStringPromise } = require('xml2js');
  const doc = await parseStringPromise(await readFile(file, 'utf8'));
  let files = 0;
  let lines = 0;
  let covered = 0;
  for (const pkg of doc.coverage.packages[0].package ?? []) {
    for (const cls of pkg.classes[0].class ?? []) {
      files++;
      for (const line of cls.lines[0].line ?? []) {
        lines++;
        if (Number(line.$.hits) > 0) covered++;
      }
    }
  }
  return { files, lines, linePercent: (covered * 100) / lines };
}

// The floor: read the file in 64 KB chunks and count its lines, nothing else. No parser can beat it.
async function readAndCount() {
  const fd = openSync(file, 'r');
  const buffer = Buffer.allocUnsafe(64 * 1024);
  let lines = 0;
  try {
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      const bytes = buffer.subarray(0, n);
      for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) lines++;
    }
  } finally {
    closeSync(fd);
  }
  return { files: 0, lines, linePercent: 0 };
}

const run = { 'coverage-gate': coverageGate, 'lcov-parse': lcovParse, xml2js, 'read-and-count': readAndCount }[
  implementation
];
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const result = await run();
const wallMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
process.stdout.write(
  JSON.stringify({
    ...result,
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }) + '\n',
);
