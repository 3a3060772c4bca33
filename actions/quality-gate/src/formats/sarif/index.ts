/**
 * SARIF 2.1.0 (code scanning's format; ESLint, CodeQL, Semgrep, Bandit, gosec, ruff, Trivy…), everything of it
 * in this folder:
 * - map.ts: one result as a finding against its run's header (rules, levels, base URIs and `uriBaseId` chains);
 * - reader.ts: results as they stream by, whether their run's header comes before or after them;
 * - stream.ts: the file read on this thread, or in workers when it is large;
 * - parallel.ts and sarif.worker.ts: the parallel reader and its worker threads.
 *
 * What the workers buy: on a large log one thread is bound by `JSON.parse` of each result, mapping it and
 * hashing its fingerprint; with workers beside the tokenizing thread, bench/quality.mjs's 100 MB log is read in
 * clearly less wall time (the single-threaded reader misses the 3 s target on two cores), for more CPU time and
 * somewhat more memory. Below PARALLEL_MIN_BYTES (stream.ts) the single thread is used.
 */
import type { ReportFormat } from '../format.ts';
import { asObject } from '../json-util.ts';
import { readSarifDocument, readSarifFindings } from './stream.ts';

/** The first bytes say SARIF (`$schema` or version 2.1.0 with runs). */
function headLooksLikeSarif(head: string): boolean {
  return (
    /"\$schema"\s*:\s*"[^"]*sarif/i.test(head) || (/"version"\s*:\s*"2\.1\.0"/.test(head) && /"runs"\s*:/.test(head))
  );
}

/** A SARIF log whose first bytes do not say so (gosec writes `runs` first and `$schema` last). */
function isSarifDocument(value: unknown): boolean {
  const object = asObject(value);
  return (
    object !== undefined &&
    Array.isArray(object.runs) &&
    (object.version === '2.1.0' || /sarif/i.test(String(object.$schema ?? '')))
  );
}

export const sarif: ReportFormat = {
  id: 'sarif',
  label: 'SARIF',
  syntax: 'json',
  detect: ({ head, document }) => (document === undefined ? headLooksLikeSarif(head) : isSarifDocument(document)),
  read: async ({ file, workspace, document }) => ({
    findings:
      document === undefined ? await readSarifFindings(file, workspace) : readSarifDocument(document, workspace),
  }),
};
