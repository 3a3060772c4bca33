/**
 * One merged SARIF file for code-scanning upload, within GitHub's limits: at most 20 runs per file
 * and 25,000 results per run. Over a limit, the worst results are kept and the run says how many were left out.
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import { compareFindings, type Finding, type Severity } from '../model.ts';

export const SARIF_MAX_RUNS = 20;
export const SARIF_MAX_RESULTS_PER_RUN = 25_000;

const LEVEL: Record<Severity, string> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};
/** The security-severity a code-scanning alert shows for our severity (midpoints of GitHub's bands). */
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '2.0',
  info: '0.0',
};
const SECURITY_CATEGORIES = new Set(['sast', 'dependency', 'container', 'secret']);

export interface SarifWriteResult {
  runs: number;
  results: number;
  droppedResults: number;
  droppedRuns: number;
}

export async function writeMergedSarif(file: string, findings: readonly Finding[]): Promise<SarifWriteResult> {
  const byTool = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = byTool.get(finding.tool) ?? [];
    list.push(finding);
    byTool.set(finding.tool, list);
  }
  // More tools than runs allowed: the tools with the worst findings keep their runs.
  const tools = [...byTool.entries()]
    .map(([tool, list]) => [tool, [...list].sort(compareFindings)] as const)
    .sort((a, b) => compareFindings(a[1][0]!, b[1][0]!) || b[1].length - a[1].length);
  const kept = tools.slice(0, SARIF_MAX_RUNS);
  const droppedRuns = tools.length - kept.length;
  let droppedResults = tools.slice(SARIF_MAX_RUNS).reduce((sum, [, list]) => sum + list.length, 0);
  let written = 0;

  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const out = createWriteStream(file);
  const write = async (text: string): Promise<void> => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[');
  for (const [runIndex, [tool, list]] of kept.entries()) {
    const results = list.slice(0, SARIF_MAX_RESULTS_PER_RUN);
    droppedResults += list.length - results.length;
    const ruleIds = [...new Set(results.map((finding) => finding.rule))];
    const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));
    const worst = new Map<string, Finding>();
    for (const finding of results) if (!worst.has(finding.rule)) worst.set(finding.rule, finding);
    const rules = ruleIds.map((id) => {
      const finding = worst.get(id)!;
      const properties: Record<string, unknown> = { tags: [finding.category] };
      if (SECURITY_CATEGORIES.has(finding.category))
        properties['security-severity'] = SECURITY_SEVERITY[finding.severity];
      return {
        id,
        ...(finding.helpUri ? { helpUri: finding.helpUri } : {}),
        defaultConfiguration: { level: LEVEL[finding.severity] },
        properties,
      };
    });
    const header = {
      tool: { driver: { name: tool, informationUri: 'https://github.com/', rules } },
      automationDetails: { id: `quality-gate/${tool}/` },
      ...(list.length > results.length ? { properties: { omittedResults: list.length - results.length } } : {}),
    };
    const headerText = JSON.stringify(header);
    await write(`${runIndex === 0 ? '' : ','}${headerText.slice(0, -1)},"results":[`);
    for (const [index, finding] of results.entries()) {
      const result: Record<string, unknown> = {
        ruleId: finding.rule,
        ruleIndex: ruleIndex.get(finding.rule),
        level: LEVEL[finding.severity],
        message: { text: finding.message || finding.rule },
        partialFingerprints: { qualityGate: finding.fingerprint },
      };
      // Code scanning needs a location; findings without a file (a failed threshold) point at the repository root.
      result.locations = [
        {
          physicalLocation: {
            artifactLocation: { uri: finding.file ?? '.', uriBaseId: '%SRCROOT%' },
            ...(finding.line !== undefined
              ? { region: { startLine: finding.line, ...(finding.column ? { startColumn: finding.column } : {}) } }
              : {}),
          },
        },
      ];
      await write(`${index === 0 ? '' : ','}${JSON.stringify(result)}`);
      written++;
    }
    await write(']}');
  }
  await write(']}\n');
  out.end();
  await once(out, 'finish');
  return { runs: kept.length, results: written, droppedResults, droppedRuns };
}
