/**
 * The lines a PR adds or changes, from git: `git diff --unified=0 <merge-base> HEAD`.
 * Stand-in until packages/shared/src/diff exists (see the report to the lead); same shape: Map<path, Set<line>>.
 */
import { runCommand, UserError } from '@pipeline-actions/shared';
import type { ChangedLines } from './scope.ts';

/** Parses unified diff text (with --unified=0) into the added/changed lines of the new side. */
export function parseUnifiedDiff(diff: string): ChangedLines {
  const changed: ChangedLines = new Map();
  let file: string | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const target = line.slice(4).trim();
      file = target === '/dev/null' ? undefined : target.replace(/^b\//, '').replace(/^"b\/(.*)"$/, '$1');
      if (file !== undefined && !changed.has(file)) changed.set(file, new Set());
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && file !== undefined) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      const lines = changed.get(file)!;
      for (let number = start; number < start + count; number++) lines.add(number);
    }
  }
  return changed;
}

export async function gitChangedLines(workspace: string, base: string): Promise<ChangedLines> {
  const mergeBase = await runCommand('git', ['merge-base', base, 'HEAD'], { cwd: workspace, timeoutMs: 60_000 });
  if (mergeBase.exitCode !== 0) {
    throw new UserError(
      `scope 'new-only' needs the merge base of ${base} and HEAD, and git could not find it (${mergeBase.stderr.trim() || `exit ${mergeBase.exitCode}`}); check out with fetch-depth: 0`,
    );
  }
  const diff = await runCommand('git', ['diff', '--unified=0', '--no-color', '--no-ext-diff', '-M', mergeBase.stdout.trim(), 'HEAD'], {
    cwd: workspace,
    timeoutMs: 120_000,
    maxOutputBytes: 512 * 1024 * 1024,
  });
  if (diff.exitCode !== 0) throw new UserError(`git diff against ${base} failed: ${diff.stderr.trim()}`);
  return parseUnifiedDiff(diff.stdout);
}
