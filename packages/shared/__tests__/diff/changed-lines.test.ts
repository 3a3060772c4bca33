import { git as runGit } from '../../../../test/helpers/git.ts';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile, mkdir, rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  changedLinesFromFiles,
  changedLinesFromGit,
  findChangedLines,
  parsePatch,
  parseUnifiedDiff,
  unquoteGitPath,
} from '../../src/diff/changed-lines.ts';
import { createGitHubClient } from '../../src/github/client.ts';
import { FAKE_GITHUB_TOKEN, startFakeGitHub } from '../../../../test/harness/index.ts';

let dir: string;
const git = (...args: string[]): string => runGit(dir, ...args);
const numbered = (n: number, prefix = 'line') =>
  Array.from({ length: n }, (_, i) => `${prefix} ${i + 1}`).join('\n') + '\n';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'diff-'));
  git('init', '-q', '-b', 'main');
  await mkdir(join(dir, 'src'));
  await writeFile(join(dir, 'src/keep.ts'), numbered(20));
  await writeFile(join(dir, 'src/old-name.ts'), numbered(30, 'moved'));
  await writeFile(join(dir, 'src/gone.ts'), numbered(5));
  await writeFile(join(dir, 'src/with space é.ts'), numbered(3));
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  git('checkout', '-q', '-b', 'feature');
  // edit lines 3 and 10-11 of keep.ts, append 2 lines
  const keep = numbered(20).split('\n');
  keep[2] = 'changed 3';
  keep[9] = 'changed 10';
  keep.splice(11, 0, 'inserted after 11');
  await writeFile(join(dir, 'src/keep.ts'), keep.join('\n') + 'tail 1\n');
  // rename with one edit
  await rename(join(dir, 'src/old-name.ts'), join(dir, 'src/new-name.ts'));
  const moved = numbered(30, 'moved').split('\n');
  moved[4] = 'edited after move';
  await writeFile(join(dir, 'src/new-name.ts'), moved.join('\n'));
  await rm(join(dir, 'src/gone.ts'));
  await writeFile(join(dir, 'src/added.ts'), numbered(4, 'brand new'));
  await writeFile(join(dir, 'src/with space é.ts'), numbered(3) + 'more\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'feature');
  // main moves on after the branch point: its changes must not count
  git('checkout', '-q', 'main');
  await writeFile(join(dir, 'src/main-only.ts'), numbered(3));
  git('add', '-A');
  git('commit', '-q', '-m', 'main moves');
  git('checkout', '-q', 'feature');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('changedLinesFromGit', () => {
  it('diffs against the merge base, rename-aware, skipping deletions', async () => {
    const result = await changedLinesFromGit({ cwd: dir, base: 'main' });
    expect(result?.source).toBe('git');
    const lines = result!.lines;
    expect([...lines.keys()].sort()).toEqual(['src/added.ts', 'src/keep.ts', 'src/new-name.ts', 'src/with space é.ts']);
    expect([...lines.get('src/keep.ts')!].sort((a, b) => a - b)).toEqual([3, 10, 12, 22]);
    expect([...lines.get('src/new-name.ts')!]).toEqual([5]);
    expect([...lines.get('src/added.ts')!]).toEqual([1, 2, 3, 4]);
    expect([...lines.get('src/with space é.ts')!]).toEqual([4]);
  });

  it('returns undefined when the base is not in the local history', async () => {
    expect(await changedLinesFromGit({ cwd: dir, base: '0123456789012345678901234567890123456789' })).toBeUndefined();
  });
});

describe('patch parsing (API fallback)', () => {
  it('counts added lines with context and deletions', () => {
    const patch =
      '@@ -1,4 +1,5 @@\n a\n-b\n+B\n+C\n c\n d\n@@ -10,2 +11,3 @@ fn\n x\n+y\n z\n\\ No newline at end of file';
    expect([...parsePatch(patch)]).toEqual([2, 3, 12]);
  });
  it('lists files without a patch as incomplete and ignores removals and pure renames', () => {
    const result = changedLinesFromFiles([
      { filename: 'a.ts', status: 'modified', patch: '@@ -1 +1 @@\n-a\n+b' },
      { filename: 'big.ts', status: 'modified' },
      { filename: 'moved.ts', status: 'renamed', previous_filename: 'was.ts' },
      { filename: 'gone.ts', status: 'removed' },
    ]);
    expect([...result.lines.entries()].map(([k, v]) => [k, [...v]])).toEqual([['a.ts', [1]]]);
    expect(result.incomplete).toEqual(['big.ts']);
    expect(result.notes.join(' ')).toMatch(/1 file\(s\) have no patch/);
  });
  it('parses unified=0 diffs with quoted paths', () => {
    const diff =
      'diff --git "a/t\\tb.ts" "b/t\\tb.ts"\n--- "a/t\\tb.ts"\n+++ "b/t\\tb.ts"\n@@ -2,0 +3,2 @@\n+x\n+y\n@@ -9 +10,0 @@\n-z\n';
    expect([...parseUnifiedDiff(diff).get('t\tb.ts')!]).toEqual([3, 4]);
    expect(unquoteGitPath('"caf\\303\\251.ts"')).toBe('café.ts');
  });
});

describe('findChangedLines', () => {
  it('uses the local history when the base is there', async () => {
    const changed = await findChangedLines({
      cwd: dir,
      base: 'main',
      repo: undefined,
      pullNumber: undefined,
      client: undefined,
    });
    expect('found' in changed && changed.found.source).toBe('git');
  });
  it('says why when there is neither history nor a pull request to ask', async () => {
    const changed = await findChangedLines({
      cwd: dir,
      base: 'no-such-ref',
      repo: undefined,
      pullNumber: undefined,
      client: undefined,
    });
    expect(changed).toEqual({
      unavailable:
        'git could not find the merge base of no-such-ref and HEAD (check out with fetch-depth: 0), and this is not a pull request',
    });
  });
  it('falls back to the pull request files API', async () => {
    const github = await startFakeGitHub();
    try {
      github.seedPullFiles('octo-org/shop', 3, [
        { filename: 'src/a.ts', status: 'modified', patch: '@@ -1,1 +1,2 @@\n a\n+b' },
      ]);
      const changed = await findChangedLines({
        cwd: dir,
        base: 'no-such-ref',
        repo: { owner: 'octo-org', repo: 'shop' },
        pullNumber: 3,
        client: await createGitHubClient(FAKE_GITHUB_TOKEN, { baseUrl: github.url }),
      });
      expect('found' in changed && changed.found.source).toBe('api');
      expect('found' in changed && [...changed.found.lines.get('src/a.ts')!]).toEqual([2]);
    } finally {
      await github.close();
    }
  });
});
