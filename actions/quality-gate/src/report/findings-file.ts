/** The findings JSON file (output `findings-path`): decision, counts, breaches and every finding, written as a stream. */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import type { Evaluation } from '../evaluate.ts';
import type { Finding } from '../model.ts';

export async function writeFindingsFile(
  file: string,
  counts: unknown,
  evaluation: Evaluation,
  findings: readonly Finding[],
): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const out = createWriteStream(file);
  const write = async (text: string): Promise<void> => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(
    `{"decision":${JSON.stringify(evaluation.decision)},"counts":${JSON.stringify(counts)},"breaches":${JSON.stringify(evaluation.breaches)},"findings":[\n`,
  );
  // Written in batches: one write per finding would cost more than the serialisation.
  let batch: string[] = [];
  for (const [index, finding] of findings.entries()) {
    batch.push(findingJson(finding, evaluation.findingActions[index]));
    if (batch.length === 1000) {
      await write(`${index < 1000 ? '' : ',\n'}${batch.join(',\n')}`);
      batch = [];
    }
  }
  if (batch.length > 0) await write(`${findings.length <= batch.length ? '' : ',\n'}${batch.join(',\n')}`);
  await write('\n]}\n');
  out.end();
  await once(out, 'finish');
}

const quote = JSON.stringify;

/**
 * One finding as JSON, field by field: findings from different parsers have different shapes, which sends
 * JSON.stringify down its slow path (it was most of the write time for 200,000 findings).
 */
export function findingJson(finding: Finding, action: string | undefined): string {
  let json = `{"tool":${quote(finding.tool)},"category":"${finding.category}","severity":"${finding.severity}","rule":${quote(finding.rule)},"message":${quote(finding.message)}`;
  if (finding.file !== undefined) json += `,"file":${quote(finding.file)}`;
  if (finding.line !== undefined) json += `,"line":${finding.line}`;
  if (finding.column !== undefined) json += `,"column":${finding.column}`;
  json += `,"fingerprint":"${finding.fingerprint}"`;
  if (finding.helpUri !== undefined) json += `,"helpUri":${quote(finding.helpUri)}`;
  if (action !== undefined) json += `,"action":"${action}"`;
  return `${json}}`;
}
