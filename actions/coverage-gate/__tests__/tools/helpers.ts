// Helpers for tests that make coverage reports with the real tools, in a temp dir per test file.
import { spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addTotals, emptyTotals, type Totals } from '../../src/model.ts';
import type { ParsedReport } from '../../src/model.ts';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../../../..');
export const c8Bin = join(repoRoot, 'node_modules/.bin/c8');
// Debian's python3 has the coverage module; the first python3 on PATH may not.
export const python = '/usr/bin/python3';

export async function makeTempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `cg-${prefix}-`));
}

/** Writes files (relative path -> content) under dir. */
export async function writeTree(dir: string, files: Record<string, string>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), content);
  }
}

/** Runs a tool; fails the test with its output when it exits non-zero. */
export function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): string {
  const result = spawnSync(command, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 });
  if (result.error) throw result.error;
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}\n${result.stdout}\n${result.stderr}`);
  return result.stdout + result.stderr;
}

export function totalsOf(report: ParsedReport): Totals {
  const totals = emptyTotals();
  for (const file of report.files.values()) addTotals(totals, file.totals());
  return totals;
}
