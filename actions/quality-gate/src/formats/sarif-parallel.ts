/**
 * Big SARIF files are read by several worker threads at once: each streams the whole file but decodes only
 * its share of the results (result j of a run goes to worker j % n), and the shares are merged back in file
 * order. Decoding the results is most of the cost, so this divides the read time by about the number of cores.
 * Workers run the action's own bundle (main.ts starts `runSarifWorker` when it finds its worker data).
 */
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parentPort, Worker } from 'node:worker_threads';
import { FileError } from '@pipeline-actions/shared';
import type { RawFinding } from '../model.ts';
import { readSarifShard, type SarifShard, type SarifShardResult } from './sarif-stream.ts';

/** Files from this size up are read in parallel (override: QUALITY_GATE_PARALLEL_MIN_BYTES, for tests). */
const PARALLEL_MIN_BYTES = 32 * 1024 * 1024;
const MAX_WORKERS = 4;

export interface SarifWorkerData {
  qualityGateSarifShard: { file: string; workspace: string; shard: SarifShard };
}

type WorkerReply =
  | { ok: true; result: SarifShardResult }
  | { ok: false; error: { message: string; file?: string; line?: number; column?: number } };

/** How many workers to use for a file of `size` bytes: 0 means read it on this thread. */
export function sarifWorkerCount(size: number, entry = import.meta.url): number {
  const threshold = Number(process.env['QUALITY_GATE_PARALLEL_MIN_BYTES'] ?? PARALLEL_MIN_BYTES);
  // Only from the bundle: a worker cannot start from the TypeScript sources under the unit tests.
  if (!entry.endsWith('.js') || size < threshold) return 0;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.min(MAX_WORKERS, cores);
}

export async function readSarifInParallel(file: string, workspace: string, workers: number): Promise<RawFinding[]> {
  const entry = fileURLToPath(import.meta.url);
  const shares = await Promise.all(
    Array.from({ length: workers }, (_, index) => {
      const workerData: SarifWorkerData = {
        qualityGateSarifShard: { file, workspace, shard: { index, count: workers } },
      };
      return new Promise<SarifShardResult>((resolve, reject) => {
        const worker = new Worker(entry, { workerData });
        worker.once('message', (reply: WorkerReply) => {
          if (reply.ok) resolve(reply.result);
          else {
            const { message, file: errorFile, line, column } = reply.error;
            // The reason without the "file:line:col: " the FileError put in front, rebuilt as a FileError here.
            const prefix = `${errorFile}${line === undefined ? '' : `:${line}`}${column === undefined ? '' : `:${column}`}: `;
            reject(
              errorFile === undefined
                ? new Error(message)
                : new FileError(
                    errorFile,
                    message.startsWith(prefix) ? message.slice(prefix.length) : message,
                    line,
                    column,
                  ),
            );
          }
          void worker.terminate();
        });
        worker.once('error', reject);
        worker.once('exit', (code) => {
          if (code !== 0) reject(new Error(`SARIF reader thread exited with code ${code}`));
        });
      });
    }),
  );
  return mergeShares(shares);
}

/** Merges the shares by their place in the file. */
export function mergeShares(shares: SarifShardResult[]): RawFinding[] {
  const merged: RawFinding[] = [];
  const positions = shares.map(() => 0);
  for (;;) {
    let best = -1;
    for (let share = 0; share < shares.length; share++) {
      const position = positions[share]!;
      if (position >= shares[share]!.orders.length) continue;
      if (best === -1 || shares[share]!.orders[position]! < shares[best]!.orders[positions[best]!]!) best = share;
    }
    if (best === -1) return merged;
    merged.push(shares[best]!.findings[positions[best]!]!);
    positions[best]!++;
  }
}

/** The body of a reader thread. */
export async function runSarifWorker(data: SarifWorkerData['qualityGateSarifShard']): Promise<void> {
  let reply: WorkerReply;
  try {
    reply = { ok: true, result: await readSarifShard(data.file, data.workspace, data.shard) };
  } catch (error) {
    const fileError = error instanceof FileError ? error : undefined;
    reply = {
      ok: false,
      error: {
        message: (error as Error).message ?? String(error),
        file: fileError?.file,
        line: fileError?.line,
        column: fileError?.column,
      },
    };
  }
  parentPort!.postMessage(reply);
}
