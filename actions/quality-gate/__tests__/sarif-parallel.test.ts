import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { UserError } from '@pipeline-actions/shared';
import { decodeFindings, encodeFindings, type FingerprintedFinding } from '../src/formats/sarif/finding-columns.ts';
import { readSarifInWorkers, type ParallelTuning, type SarifWorkerPool } from '../src/formats/sarif/parallel.ts';
import { readSarifOnThisThread } from '../src/formats/sarif/stream.ts';
import { serveSarifWorker, type FromWorker } from '../src/formats/sarif/sarif.worker.ts';
import { withFingerprints } from '../src/fingerprint.ts';
import { makeWorkspace } from './helpers/tools.ts';

let workspace: { dir: string; cleanup(): void };
beforeAll(() => {
  workspace = makeWorkspace({});
});
afterAll(() => workspace.cleanup());

/**
 * Workers as the real pool runs them, minus the threads: each is `serveSarifWorker` on one end of a
 * MessageChannel, so every message is structured-cloned (and its buffers transferred) as between threads.
 */
function channelPool(size: number, file: string): SarifWorkerPool {
  const ports: MessagePort[] = [];
  const workerSides: MessagePort[] = [];
  for (let index = 0; index < size; index++) {
    const { port1, port2 } = new MessageChannel();
    serveSarifWorker(port2, { role: 'sarif-reader', file, workspace: workspace.dir });
    ports.push(port1);
    workerSides.push(port2);
  }
  return {
    size,
    post: (worker, message, transfer) => ports[worker]!.postMessage(message, transfer),
    listen(onReply) {
      ports.forEach((port, index) => port.on('message', (reply: FromWorker) => onReply(index, reply)));
    },
    async close() {
      for (const port of [...ports, ...workerSides]) port.close();
    },
  };
}

function writeLog(log: unknown, name: string): string {
  const file = path.join(workspace.dir, name);
  writeFileSync(file, typeof log === 'string' ? log : JSON.stringify(log, null, 1));
  return file;
}

async function readBothWays(file: string, tuning: ParallelTuning, workers = 2) {
  const sequential = await readSarifOnThisThread(file, workspace.dir);
  const pool = channelPool(workers, file);
  try {
    const parallel = await readSarifInWorkers(file, workspace.dir, pool, tuning);
    return { sequential, parallel };
  } finally {
    await pool.close();
  }
}

/** Findings as data (no undefined properties, no fingerprints), to compare the two readers' output. */
const plain = (findings: readonly object[]): unknown[] =>
  findings.map((finding) => {
    const {
      fingerprint: _,
      toolFingerprint: __,
      ...rest
    } = finding as { fingerprint?: string; toolFingerprint?: string };
    return JSON.parse(JSON.stringify(rest)) as unknown;
  });

const location = (uri: string, line: number, extra: Record<string, unknown> = {}) => [
  { physicalLocation: { artifactLocation: { uri, ...extra }, region: { startLine: line, startColumn: 1 } } },
];

/** A log with what makes ordering hard: results before their tool, base URIs after the results, suppressions. */
function trickyLog(resultsPerRun: number) {
  const results = (run: number) =>
    Array.from({ length: resultsPerRun }, (_, index) => ({
      ruleId: `rule-${index % 3}`,
      ...(index % 4 === 0 ? {} : { level: index % 2 ? 'warning' : 'error' }),
      message: { text: `problem ${run}/${index} — ünïcode` },
      locations: location(`src/file-${index % 7}.js`, index + 1, run === 1 ? { uriBaseId: 'SRC' } : {}),
      ...(index % 10 === 9 ? { suppressions: [{ kind: 'inSource' }] } : {}),
      ...(index % 5 === 0 ? { partialFingerprints: { primaryLocationLineHash: `hash-${index}` } } : {}),
    }));
  const rules = [0, 1, 2].map((index) => ({
    id: `rule-${index}`,
    defaultConfiguration: { level: ['error', 'warning', 'note'][index] },
    helpUri: `https://example.com/${index}`,
  }));
  return {
    version: '2.1.0',
    runs: [
      { tool: { driver: { name: 'ESLint', rules } }, results: results(0) },
      // Results first, then the tool, then the base URI their locations need.
      {
        results: results(1),
        tool: { driver: { name: 'Semgrep OSS', rules } },
        originalUriBaseIds: { SRC: { uri: `file://${workspace.dir}/packages/app/` } },
      },
      { tool: { driver: { name: 'CodeQL', rules } }, results: results(2) },
    ],
  };
}

describe('parallel SARIF reading', () => {
  test('gives the same findings, in the same order, as reading on one thread', async () => {
    const file = writeLog(trickyLog(300), 'tricky.sarif');
    // Small batches and a short queue: many batches, some parsed on this thread, some by each worker.
    const { sequential, parallel } = await readBothWays(file, { batchChars: 2000, inFlight: 2 });
    expect(sequential).toHaveLength(810);
    expect(plain(parallel)).toEqual(plain(sequential));
    expect(parallel.filter((finding) => finding.file?.startsWith('packages/app/src/'))).toHaveLength(270);
    // Fingerprints made in the workers equal the ones made here.
    const fromWorkers = withFingerprints(parallel).map((finding) => finding.fingerprint);
    expect(fromWorkers).toEqual(withFingerprints(sequential).map((finding) => finding.fingerprint));
    expect(new Set(fromWorkers).size).toBe(fromWorkers.length);
  });

  test('works with one worker and with every batch parsed by the workers', async () => {
    const file = writeLog(trickyLog(50), 'small.sarif');
    for (const tuning of [
      { batchChars: 500, inFlight: 1 },
      { batchChars: 500, inFlight: 1000 },
    ]) {
      const { sequential, parallel } = await readBothWays(file, tuning, 1);
      expect(plain(parallel)).toEqual(plain(sequential));
    }
  });

  test('a result that is not JSON is reported at its line and column, as on one thread', async () => {
    const lines = JSON.stringify(trickyLog(40), null, 1).split('\n');
    const broken = lines.findIndex((line, index) => index > 200 && line.includes('"startLine"'));
    lines[broken] = lines[broken]!.replace('"startLine":', '"startLine" ');
    const file = writeLog(lines.join('\n'), 'broken.sarif');
    const sequential = await readSarifOnThisThread(file, workspace.dir).catch((error: unknown) => error);
    expect(sequential).toBeInstanceOf(UserError);
    expect((sequential as UserError).place.line).toBe(broken + 1);
    const pool = channelPool(2, file);
    try {
      const parallel = await readSarifInWorkers(file, workspace.dir, pool, { batchChars: 300, inFlight: 1000 }).catch(
        (error: unknown) => error,
      );
      expect(parallel).toBeInstanceOf(UserError);
      expect((parallel as UserError).message).toBe((sequential as UserError).message);
    } finally {
      await pool.close();
    }
  });

  test('a log cut short fails, and no findings are given', async () => {
    const text = JSON.stringify(trickyLog(40));
    const file = writeLog(text.slice(0, Math.floor(text.length * 0.6)), 'cut.sarif');
    const pool = channelPool(2, file);
    try {
      await expect(readSarifInWorkers(file, workspace.dir, pool, { batchChars: 300, inFlight: 2 })).rejects.toThrow(
        /cut\.sarif:\d+:\d+: is not valid JSON: unexpected end of file/,
      );
    } finally {
      await pool.close();
    }
  });
});

describe('finding columns', () => {
  test('findings come back equal, absent properties still undefined', () => {
    const findings: FingerprintedFinding[] = [
      {
        tool: 'eslint',
        category: 'lint',
        severity: 'high',
        rule: 'no-eval',
        message: 'eval — “is” evil\u0000',
        file: 'src/a.js',
        line: 3,
        column: 7,
        helpUri: 'https://eslint.org',
        fingerprint: 'abc',
      },
      { tool: 'trivy', category: 'container', severity: 'critical', rule: 'CVE-1', message: '', fingerprint: 'def' },
      { tool: 'eslint', category: 'lint', severity: 'low', rule: 'no-eval', message: 'm', line: 0, fingerprint: '' },
    ];
    const decoded = decodeFindings(encodeFindings(findings));
    expect(decoded).toEqual(findings);
    expect(decoded.map((finding) => [finding.file, finding.line, finding.helpUri])).toEqual([
      ['src/a.js', 3, 'https://eslint.org'],
      [undefined, undefined, undefined],
      [undefined, 0, undefined],
    ]);
    expect(decodeFindings(encodeFindings([]))).toEqual([]);
  });
});
