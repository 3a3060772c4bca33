// Entry bundled by bench/coverage.mjs (with ncc, like the action) so the benchmark measures shipped code.
import { collectCoverage } from '../actions/coverage-gate/src/coverage.ts';
import { evaluateGate } from '../actions/coverage-gate/src/evaluate.ts';
import { streamXml } from '../packages/shared/src/report/xml.ts';

export async function parseAndEvaluate(
  file: string,
): Promise<{ files: number; lines: number; linePercent: number; decision: string }> {
  const repository = { workspace: '/home/runner/work/app/app', files: [] };
  const coverage = await collectCoverage([{ name: 'bench', reports: [file], format: undefined }], repository, {
    include: [],
    exclude: [],
  });
  const result = evaluateGate(
    coverage,
    {
      minimums: { lines: 80, branches: 60 },
      groupMinimums: new Map(),
      perFile: { lines: 10 },
      globRules: [],
      newCodeLines: undefined,
      maxDrop: undefined,
    },
    undefined,
    undefined,
  );
  return {
    files: coverage.files.size,
    lines: coverage.totals.lines.total,
    linePercent: (coverage.totals.lines.covered * 100) / coverage.totals.lines.total,
    decision: result.decision,
  };
}

export async function countXmlElements(file: string): Promise<number> {
  let n = 0;
  await streamXml(file, {
    open() {
      n++;
    },
  });
  return n;
}

/** The collected model itself, to measure what stays live (bench only). */
export async function collectOnly(file: string): Promise<unknown> {
  const repository = { workspace: '/home/runner/work/app/app', files: [] };
  return collectCoverage([{ name: 'bench', reports: [file], format: undefined }], repository, {
    include: [],
    exclude: [],
  });
}
