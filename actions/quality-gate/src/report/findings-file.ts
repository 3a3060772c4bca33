/** The findings JSON file (output `findings-path`): decision, counts, breaches and every finding, written as a stream. */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import type { Evaluation } from '../evaluate.ts';
import type { Finding } from '../model.ts';

export async function writeFindingsFile(file: string, counts: unknown, evaluation: Evaluation, findings: readonly Finding[]): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const out = createWriteStream(file);
  const write = async (text: string): Promise<void> => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(`{"decision":${JSON.stringify(evaluation.decision)},"counts":${JSON.stringify(counts)},"breaches":${JSON.stringify(evaluation.breaches)},"findings":[\n`);
  for (const [index, finding] of findings.entries()) {
    await write(`${index === 0 ? '' : ',\n'}${JSON.stringify({ ...finding, action: evaluation.findingActions[index] ?? null })}`);
  }
  await write('\n]}\n');
  out.end();
  await once(out, 'finish');
}
