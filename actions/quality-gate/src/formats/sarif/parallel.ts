/**
 * Reads a large SARIF log with worker threads. One thread cannot do better than about 40 MB/s here:
 * `JSON.parse` of each result, mapping it and hashing its fingerprint are most of the time. So this thread
 * finds where each result starts and ends (streamJson's tokenizer) and sends batches of raw results to the
 * workers; every run member (rules, base URIs…) goes to all of them, in document order. When every worker
 * already has `inFlight` batches queued, this thread parses the batch itself with its own session instead of
 * waiting, so the cores stay busy and memory stays bounded. Findings come back in columns
 * (finding-columns.ts) and are put back in document order. index.ts says when this is used and what it buys.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileError, streamJson } from '@pipeline-actions/shared';
import type { RawFinding } from '../../model.ts';
import { decodeFindings, type FingerprintedFinding } from './finding-columns.ts';
import { descendSarif, isSarifResult, isSarifRunMember } from './reader.ts';
import { SarifWorkerSession, type FromWorker, type SarifWorkerData, type ToWorker } from './sarif.worker.ts';

export interface ParallelTuning {
  /** Characters of results per batch. */
  batchChars: number;
  /** Batches queued per worker before this thread parses the next one itself. */
  inFlight: number;
}

/**
 * Batches of about 250 results: big enough that messages cost little, small enough to keep both threads busy,
 * and under V8's large-object size (~128 KB), so each batch's text dies young instead of waiting for a full GC.
 */
const DEFAULT_TUNING: ParallelTuning = { batchChars: 120 * 1024, inFlight: 6 };

/** The workers, behind the little the reader needs (unit tests use an in-thread pool). */
export interface SarifWorkerPool {
  readonly size: number;
  post(worker: number, message: ToWorker, transfer?: ArrayBuffer[]): void;
  /** Sets the listener for replies, and for a worker that stops with an error. */
  listen(onReply: (worker: number, reply: FromWorker) => void, onFailure: (error: Error) => void): void;
  close(): Promise<void>;
}

export async function readSarifInWorkers(
  file: string,
  workspace: string,
  pool: SarifWorkerPool,
  tuning: ParallelTuning = DEFAULT_TUNING,
): Promise<RawFinding[]> {
  const inFlight = new Array<number>(pool.size).fill(0);
  const finished = new Array<boolean>(pool.size).fill(false);
  const findingsBySeq: RawFinding[][] = [];
  const local = new SarifWorkerSession(file, workspace);
  let failure: Error | undefined;
  let waiter: (() => void) | undefined;

  const place = (seqs: number[], counts: number[], findings: FingerprintedFinding[]): void => {
    let offset = 0;
    seqs.forEach((seq, k) => {
      findingsBySeq[seq] = findings.slice(offset, offset + counts[k]!);
      offset += counts[k]!;
    });
  };
  const handleLocally = (message: ToWorker): void => {
    for (const reply of local.handle(message))
      if (reply.type === 'findings') place(reply.seqs, reply.counts, reply.findings);
  };

  pool.listen(
    (worker, reply) => {
      switch (reply.type) {
        case 'ack':
          inFlight[worker]!--;
          break;
        case 'findings':
          place(reply.seqs, reply.counts, decodeFindings(reply.columns));
          break;
        case 'error': {
          const { error } = reply;
          failure ??=
            'reason' in error
              ? fileError(error.file, error.reason, error.line, error.column)
              : new Error(`A SARIF worker failed: ${error.message}`);
          break;
        }
        case 'done':
          finished[worker] = true;
          break;
      }
      waiter?.();
    },
    (error) => {
      failure ??= error;
      waiter?.();
    },
  );

  let seq = 0;
  let batch = { run: -1, texts: [] as string[], lines: [] as number[], columns: [] as number[], chars: 0 };
  const post = (): void => {
    if (failure !== undefined) throw failure;
    if (batch.texts.length === 0) return;
    let worker = 0;
    for (let candidate = 1; candidate < pool.size; candidate++)
      if (inFlight[candidate]! < inFlight[worker]!) worker = candidate;
    const lengths = new Int32Array(batch.texts.length);
    for (let k = 0; k < lengths.length; k++) lengths[k] = batch.texts[k]!.length;
    const lines = new Int32Array(batch.lines);
    const columns = new Int32Array(batch.columns);
    const message: ToWorker = {
      type: 'batch',
      seq: seq++,
      run: batch.run,
      text: batch.texts.join(','),
      lengths,
      lines,
      columns,
    };
    batch = { run: batch.run, texts: [], lines: [], columns: [], chars: 0 };
    if (inFlight[worker]! >= tuning.inFlight) {
      // Every worker has work queued: do this batch here rather than wait.
      handleLocally(message);
      return;
    }
    pool.post(worker, message, [lengths.buffer, lines.buffer, columns.buffer]);
    inFlight[worker]!++;
  };

  await streamJson(file, {
    select: (path) => (isSarifResult(path) ? 'text' : isSarifRunMember(path)),
    descend: descendSarif,
    onValue(value, path) {
      // Results before this member must reach their worker before it: post them first.
      post();
      const message: ToWorker = { type: 'member', run: path[1] as number, name: path[2] as string, value };
      for (let worker = 0; worker < pool.size; worker++) pool.post(worker, message);
      handleLocally(message);
    },
    onText(text, path, line, column) {
      const run = path[1] as number;
      if (run !== batch.run) post();
      batch.run = run;
      batch.texts.push(text);
      batch.lines.push(line);
      batch.columns.push(column);
      batch.chars += text.length;
      if (batch.chars >= tuning.batchChars) post();
    },
  });
  post();
  for (let worker = 0; worker < pool.size; worker++) pool.post(worker, { type: 'end' });
  handleLocally({ type: 'end' });
  await new Promise<void>((resolve, reject) => {
    const check = (): void => {
      if (failure !== undefined) reject(failure);
      else if (finished.every(Boolean)) resolve();
      else return;
      waiter = undefined;
    };
    waiter = check;
    check();
  });

  const findings: RawFinding[] = [];
  for (let index = 0; index < seq; index++) {
    const part = findingsBySeq[index];
    if (part === undefined) throw new Error(`SARIF batch ${index} of ${file} came back without its findings`);
    for (const finding of part) findings.push(finding);
  }
  return findings;
}

/** The worker's own bundle, next to the action's (scripts/bundle.mjs builds every *.worker.ts under src/). */
const workerEntry = (): string => path.join(path.dirname(fileURLToPath(import.meta.url)), 'sarif.worker', 'index.js');

/** Starts `count` workers (sarif.worker.ts). */
export function startSarifWorkers(count: number, file: string, workspace: string): SarifWorkerPool {
  const workerData: SarifWorkerData = { role: 'sarif-reader', file, workspace };
  const entry = workerEntry();
  const { Worker } = process.getBuiltinModule('node:worker_threads');
  const workers = Array.from({ length: count }, () => new Worker(entry, { workerData }));
  return {
    size: count,
    post: (worker, message, transfer) => workers[worker]!.postMessage(message, transfer),
    listen(onReply, onFailure) {
      workers.forEach((worker, index) => {
        worker.on('message', (reply: FromWorker) => onReply(index, reply));
        worker.on('error', onFailure);
        worker.on('exit', (code) => {
          if (code !== 0) onFailure(new Error(`A SARIF worker stopped with exit code ${code}`));
        });
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
