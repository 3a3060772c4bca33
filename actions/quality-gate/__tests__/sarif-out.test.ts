import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { withFingerprints } from '../src/fingerprint.ts';
import type { RawFinding, Severity } from '../src/model.ts';
import { readReport } from '../src/read.ts';
import { SARIF_MAX_RESULTS_PER_RUN, SARIF_MAX_RUNS, writeMergedSarif } from '../src/output/sarif-out.ts';
import { makeWorkspace } from './helpers/tools.ts';

let workspace: { dir: string; cleanup(): void };
beforeAll(() => {
  workspace = makeWorkspace({});
});
afterAll(() => workspace.cleanup());

describe('merged SARIF', () => {
  test('one run per tool, within 25,000 results per run and 20 runs, worst kept; it reads back the same', async () => {
    const raw: RawFinding[] = [];
    const severities: Severity[] = ['critical', 'high', 'medium', 'low', 'info'];
    for (let index = 0; index < SARIF_MAX_RESULTS_PER_RUN + 500; index++) {
      raw.push({
        tool: 'big',
        category: 'sast',
        severity: index < 500 ? 'low' : 'high',
        rule: `R${index % 7}`,
        message: `m${index}`,
        file: `src/f${index % 50}.ts`,
        line: 1 + (index % 300),
      });
    }
    for (let tool = 0; tool < 22; tool++)
      raw.push({
        tool: `tool${tool}`,
        category: 'lint',
        severity: severities[tool % 5]!,
        rule: 'x',
        message: 'm',
        file: 'a.ts',
        line: 1,
      });
    const file = path.join(workspace.dir, 'merged.sarif');
    const result = await writeMergedSarif(file, withFingerprints(raw));
    expect(result.runs).toBe(SARIF_MAX_RUNS);
    expect(result.droppedRuns).toBe(3);
    const log = JSON.parse(readFileSync(file, 'utf8')) as {
      runs: { tool: { driver: { name: string } }; results: { level: string }[] }[];
    };
    const big = log.runs.find((run) => run.tool.driver.name === 'big')!;
    expect(big.results).toHaveLength(SARIF_MAX_RESULTS_PER_RUN);
    // The 500 low findings are the ones left out.
    expect(big.results.every((entry) => entry.level === 'error')).toBe(true);
    const reread = await readReport(file, workspace.dir);
    expect(reread.findings.filter((finding) => finding.tool === 'big')).toHaveLength(SARIF_MAX_RESULTS_PER_RUN);
    expect(reread.findings.find((finding) => finding.tool === 'big')).toMatchObject({
      severity: 'high',
      category: 'sast',
    });
  });
});
