/**
 * The worker side of the parallel SARIF reader (parallel.ts), and the entry of its threads. The main thread
 * streams the log and sends each worker, in document order, every run member (its header) and some batches of
 * raw results; the worker parses them, maps them to findings with its own SarifReader, computes their first
 * fingerprints and sends them back in columns.
 *
 * scripts/bundle.mjs bundles this file on its own (dist/sarif.worker/index.js), so a worker thread loads only
 * the SARIF code, not the whole action, and starts several times faster. The main thread imports it too: its
 * own session (SarifWorkerSession) parses batches when every worker is busy.
 */
import type { MessagePort } from 'node:worker_threads';
import { fileError, parseJsonAt, UserError } from '@pipeline-actions/shared';
import { firstFingerprint } from '../../fingerprint.ts';
import type { RawFinding } from '../../model.ts';
import { encodeFindings, transferablesOf, type FindingColumns, type FingerprintedFinding } from './finding-columns.ts';
import { SarifReader } from './reader.ts';

export interface SarifWorkerData {
  /** Marks a thread started by startSarifWorkers (parallel.ts): only such a thread serves. */
  role: 'sarif-reader';
  /** The report, as error messages name it. */
  file: string;
  workspace: string;
}

const isSarifWorkerData = (data: unknown): data is SarifWorkerData =>
  typeof data === 'object' &&
  data !== null &&
  (data as { role?: unknown }).role === 'sarif-reader' &&
  typeof (data as { file?: unknown }).file === 'string' &&
  typeof (data as { workspace?: unknown }).workspace === 'string';

export type ToWorker =
  | { type: 'member'; run: number; name: string; value: unknown }
  /** Results of one run, their texts joined by commas; per result its text's length and where it starts. */
  | {
      type: 'batch';
      seq: number;
      run: number;
      text: string;
      lengths: Int32Array;
      lines: Int32Array;
      columns: Int32Array;
    }
  | { type: 'end' };

export type FromWorker =
  /** A batch was taken in (its findings may come later: they wait for their run's header). */
  | { type: 'ack'; seq: number }
  /** The findings of batches `seqs`, `counts[k]` of them for `seqs[k]`, in order. */
  | { type: 'findings'; seqs: number[]; counts: number[]; columns: FindingColumns }
  | { type: 'error'; error: { file: string; reason: string; line?: number; column?: number } | { message: string } }
  | { type: 'done' };

/** A reply as the session makes it: findings still objects (the main thread's own session uses them as they are). */
export type SessionReply =
  | Exclude<FromWorker, { type: 'findings' }>
  | { type: 'findings'; seqs: number[]; counts: number[]; findings: FingerprintedFinding[] };

export class SarifWorkerSession {
  private readonly reader: SarifReader;
  /** Batches taken in whose findings are not sent yet, in the order they came. */
  private held: { seq: number; findings: RawFinding[] }[] = [];

  private readonly file: string;

  constructor(file: string, workspace: string) {
    this.file = file;
    this.reader = new SarifReader(workspace);
  }

  /**
   * Handles one message; returns the replies to send, in order (findings as objects: the worker loop puts
   * them in columns to post them). Throws a UserError placed in the file for a result that is not JSON.
   */
  handle(message: ToWorker): SessionReply[] {
    const replies: SessionReply[] = [];
    switch (message.type) {
      case 'member':
        this.reader.member(message.run, message.name, message.value);
        break;
      case 'batch': {
        const findings: RawFinding[] = [];
        for (const result of this.parseBatch(message)) this.reader.result(message.run, result, findings);
        this.held.push({ seq: message.seq, findings });
        replies.push({ type: 'ack', seq: message.seq });
        break;
      }
      case 'end':
        this.reader.finish();
        break;
    }
    // Findings leave only when final: until then a later header may still change their files.
    if (!this.reader.pending && this.held.length > 0) replies.push(this.release());
    if (message.type === 'end') replies.push({ type: 'done' });
    return replies;
  }

  private parseBatch(batch: Extract<ToWorker, { type: 'batch' }>): unknown[] {
    try {
      return JSON.parse(`[${batch.text}]`) as unknown[];
    } catch {
      // Find the result that is not JSON, and say where it is in the file.
      let offset = 0;
      for (let k = 0; k < batch.lengths.length; k++) {
        const length = batch.lengths[k]!;
        parseJsonAt(this.file, batch.text.slice(offset, offset + length), batch.lines[k]!, batch.columns[k]!);
        offset += length + 1;
      }
      throw fileError(this.file, 'is not valid JSON');
    }
  }

  private release(): SessionReply {
    const seqs: number[] = [];
    const counts: number[] = [];
    const all: FingerprintedFinding[] = [];
    for (const { seq, findings } of this.held) {
      seqs.push(seq);
      counts.push(findings.length);
      for (const finding of findings) {
        // The tool's own fingerprint is part of this one; the columns leave it out.
        const fingerprinted = finding as RawFinding & FingerprintedFinding;
        fingerprinted.fingerprint = firstFingerprint(finding);
        all.push(fingerprinted);
      }
    }
    this.held = [];
    return { type: 'findings', seqs, counts, findings: all };
  }
}

/** The worker thread's loop: one session, replies posted as they are made; the first error ends the session. */
export function serveSarifWorker(port: MessagePort, data: SarifWorkerData): void {
  const session = new SarifWorkerSession(data.file, data.workspace);
  let failed = false;
  port.on('message', (message: ToWorker) => {
    if (failed) return;
    try {
      for (const reply of session.handle(message)) {
        if (reply.type === 'findings') {
          const columns = encodeFindings(reply.findings);
          port.postMessage(
            { type: 'findings', seqs: reply.seqs, counts: reply.counts, columns } satisfies FromWorker,
            transferablesOf(columns),
          );
        } else {
          port.postMessage(reply);
        }
      }
    } catch (error) {
      failed = true;
      port.postMessage({ type: 'error', error: describeError(error) } satisfies FromWorker);
    }
  });
}

function describeError(error: unknown): Extract<FromWorker, { type: 'error' }>['error'] {
  if (error instanceof UserError && error.place.file !== undefined)
    return { file: error.place.file, reason: error.reason, line: error.place.line, column: error.place.column };
  return { message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}

// The thread's entry: serve when this module is the worker bundle's entry (scripts/bundle.mjs builds it into
// dist/sarif.worker/index.js). Every run also imports it as a library, into the main bundle: there worker_threads
// is not even loaded.
if (import.meta.url.endsWith('/sarif.worker/index.js')) {
  const { isMainThread, parentPort, workerData } = process.getBuiltinModule('node:worker_threads');
  if (!isMainThread && parentPort !== null && isSarifWorkerData(workerData)) serveSarifWorker(parentPort, workerData);
}
