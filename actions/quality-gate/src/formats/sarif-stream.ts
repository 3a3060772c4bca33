/**
 * Reads a SARIF file without holding it whole: streamJson selects each result (runs[i].results[j]) and
 * each other member of a run (its header). Small files are read on this thread; large ones are parsed
 * by worker threads (sarif-parallel.ts), which gives the same findings in the same order.
 */
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { streamJson } from '@pipeline-actions/shared';
import type { RawFinding } from '../model.ts';
import { readSarifInWorkers, startSarifWorkers } from './sarif-parallel.ts';
import { descendSarif, isSarifResult, isSarifRunMember, SarifReader } from './sarif-reader.ts';

/**
 * Below this size starting a worker (~70 ms) costs more than it saves. Measured on 2 cores: a 100 MB log
 * takes about 40% less wall time with one worker beside this thread.
 */
export const PARALLEL_MIN_BYTES = 16 * 1024 * 1024;

/** More workers than this only add memory: the main thread's tokenizer then limits the rate. */
const MAX_WORKERS = 3;

export async function readSarifFindings(file: string, workspace: string): Promise<RawFinding[]> {
  // This thread parses too when the workers are busy: one worker per other core.
  const workers = Math.min(availableParallelism() - 1, MAX_WORKERS);
  if (workers >= 1 && (await stat(file)).size >= PARALLEL_MIN_BYTES) {
    const pool = startSarifWorkers(workers, file, workspace);
    try {
      return await readSarifInWorkers(file, workspace, pool);
    } finally {
      await pool.close();
    }
  }
  return readSarifOnThisThread(file, workspace);
}

export async function readSarifOnThisThread(file: string, workspace: string): Promise<RawFinding[]> {
  const findings: RawFinding[] = [];
  const reader = new SarifReader(workspace);
  await streamJson(file, {
    select: (path) => isSarifResult(path) || isSarifRunMember(path),
    descend: descendSarif,
    onValue(value, path) {
      const run = path[1] as number;
      if (path.length === 4) reader.result(run, value, findings);
      else reader.member(run, path[2] as string, value);
    },
  });
  reader.finish();
  return findings;
}
