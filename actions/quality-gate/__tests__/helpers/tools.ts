/** Runs the real tools that make the test reports (ESLint, bandit, pylint, shellcheck, pytest, jest-junit). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from '@jest/globals';
import type { Finding, ParsedReport, RawFinding, Severity } from '../../src/model.ts';
import { readReport } from '../../src/read.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
export const NODE_BIN = path.join(REPO_ROOT, 'node_modules/.bin');
/** Debian's python (the first python3 on PATH may be a pyenv one without pytest). */
export const PYTHON = '/usr/bin/python3';

export interface ToolRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a tool to completion; a tool that cannot start fails the test with its error. */
export function runTool(command: string, args: string[], cwd: string, env: Record<string, string> = {}): ToolRun {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });
  if (result.error) throw new Error(`${command} could not run: ${result.error.message}`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function makeWorkspace(files: Record<string, string>): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'quality-gate-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A scratch workspace for the format tests and `read(content, name)`, which writes a report there (an object as
 * JSON) and reads it as the action does. Call inside a describe block or at the top of a test file.
 */
export function reportReader(): {
  read(content: unknown, name: string): Promise<ParsedReport>;
  readonly dir: string;
} {
  let workspace: { dir: string; cleanup(): void };
  beforeAll(() => {
    workspace = makeWorkspace({});
  });
  afterAll(() => workspace.cleanup());
  return {
    async read(content, name) {
      const file = path.join(workspace.dir, name);
      writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
      return readReport(file, workspace.dir);
    },
    get dir() {
      return workspace.dir;
    },
  };
}

export function countBySeverity(findings: readonly (Finding | RawFinding)[]): Partial<Record<Severity, number>> {
  const counts: Partial<Record<Severity, number>> = {};
  for (const finding of findings) counts[finding.severity] = (counts[finding.severity] ?? 0) + 1;
  return counts;
}
