/**
 * Reads a SARIF file without holding it whole: streamJson selects each result (runs[i].results[j]) and
 * each other member of a run (its header). Small files are read on this thread; large ones are parsed
 * by worker threads (parallel.ts), which gives the same findings in the same order.
 */
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { streamJson } from '@pipeline-actions/shared';
import type { RawFinding } from '../../model.ts';
import { asArray, asObject } from '../json-util.ts';
import { readSarifInWorkers, startSarifWorkers } from './parallel.ts';
import { descendSarif, isSarifResult, isSarifRunMember, SarifReader } from './reader.ts';

/** Below this size starting a worker costs more than it saves. */
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

/** The findings of a log already decoded whole (one whose first bytes did not say it is SARIF), in document order. */
export function readSarifDocument(document: unknown, workspace: string): RawFinding[] {
  const findings: RawFinding[] = [];
  const reader = new SarifReader(workspace);
  asArray(asObject(document)?.runs).forEach((value, run) => {
    for (const [name, member] of Object.entries(asObject(value) ?? {})) {
      if (name !== 'results') reader.member(run, name, member);
      else for (const result of asArray(member)) reader.result(run, result, findings);
    }
  });
  reader.finish();
  return findings;
}
