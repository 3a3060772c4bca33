import { writeFile, mkdir } from 'node:fs/promises';
import path, { dirname } from 'node:path';
import { fileError, parseJsonFile, readUserFile, workspaceDir } from '@pipeline-actions/shared';
import { METRICS, type Metric, type Totals, percent } from './model.ts';

/**
 * The summary this action writes on the default branch (`baseline-out`) and reads on pull requests
 * (`baseline`): percentages overall and per group, with the counts behind them.
 */
export interface BaselineFile {
  schema: 'coverage-gate/baseline@1';
  commit: string;
  ref: string;
  createdAt: string;
  totals: Partial<Record<Metric, { covered: number; total: number; percent: number }>>;
  groups: Record<string, Partial<Record<Metric, { covered: number; total: number; percent: number }>>>;
}

export type Percentages = Partial<Record<Metric, number>>;

export interface Baseline {
  file: string;
  commit: string;
  totals: Percentages;
  groups: Record<string, Percentages>;
}

function summarize(totals: Totals): BaselineFile['totals'] {
  const out: BaselineFile['totals'] = {};
  for (const metric of METRICS) {
    const p = percent(totals[metric]);
    if (p !== undefined) out[metric] = { ...totals[metric], percent: Math.round(p * 10000) / 10000 };
  }
  return out;
}

export function buildBaseline(
  totals: Totals,
  groups: Map<string, Totals>,
  commit: string,
  ref: string,
  now = new Date(),
): BaselineFile {
  return {
    schema: 'coverage-gate/baseline@1',
    commit,
    ref,
    createdAt: now.toISOString(),
    totals: summarize(totals),
    groups: Object.fromEntries([...groups].map(([name, t]) => [name, summarize(t)])),
  };
}

export async function writeBaseline(file: string, baseline: BaselineFile): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(baseline, null, 2)}\n`);
}

function percentages(value: unknown, file: string, where: string): Percentages {
  const out: Percentages = {};
  if (typeof value !== 'object' || value === null) throw fileError(file, `${where} is not an object`);
  for (const [metric, entry] of Object.entries(value)) {
    if (!(METRICS as readonly string[]).includes(metric)) continue;
    const p = (entry as { percent?: unknown }).percent;
    if (typeof p !== 'number' || !Number.isFinite(p))
      throw fileError(file, `${where}.${metric}.percent is not a number`);
    out[metric as Metric] = p;
  }
  return out;
}

/** Reads a baseline; undefined when the file does not exist (first run, expired artifact). */
export async function readBaseline(file: string, root = workspaceDir()): Promise<Baseline | undefined> {
  // Resolved in the workspace, symbolic links included; never quoted when it does not parse.
  const read = await readUserFile('baseline', path.relative(root, file) || file, { root, optional: true });
  if (!read) return undefined;
  const data = (parseJsonFile(
    read.text,
    file,
    "is not a coverage-gate baseline; expected one written by coverage-gate's baseline-out",
  ) ?? {}) as Partial<BaselineFile>;
  if (data.schema !== 'coverage-gate/baseline@1') {
    throw fileError(
      file,
      `is not a coverage-gate baseline (schema '${String(data.schema)}'); write it with the baseline-out input`,
    );
  }
  const groups: Record<string, Percentages> = {};
  for (const [name, value] of Object.entries(data.groups ?? {}))
    groups[name] = percentages(value, file, `groups.${name}`);
  return { file, commit: String(data.commit ?? ''), totals: percentages(data.totals, file, 'totals'), groups };
}
