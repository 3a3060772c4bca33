// The versioning flow with this repository's changesets configuration, run for real on a small pnpm workspace of
// the same shape (packages/shared bundled by two actions): a change to packages/shared bumps both actions with its
// own sentence in their changelogs; an action's own change bumps it alone; `pnpm changelog` keeps "Unreleased"
// on top and in step with the pending changesets before and after `changeset version`.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { releaseNotes, updateChangelogs, versionSections } from '../../scripts/release/changelog.mjs';
import { git } from '../helpers/git.ts';

const root = path.resolve(import.meta.dirname, '../..');
let dir: string;

const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
};
const json = (file: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>;
const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'changesets-'));
  write('package.json', JSON.stringify({ name: 'pipeline-actions', private: true, packageManager: 'pnpm@10.34.8' }));
  write('pnpm-workspace.yaml', 'packages:\n  - packages/*\n  - actions/*\n');
  cpSync(path.join(root, '.changeset', 'config.json'), path.join(dir, '.changeset', 'config.json'));
  cpSync(path.join(root, '.changeset', 'changelog.cjs'), path.join(dir, '.changeset', 'changelog.cjs'));
  write(
    'packages/shared/package.json',
    JSON.stringify({ name: '@pipeline-actions/shared', version: '0.1.0', private: true }),
  );
  for (const name of ['gate', 'deploy']) {
    write(
      `actions/${name}/package.json`,
      `${JSON.stringify(
        {
          name: `@pipeline-actions/${name}`,
          version: '0.2.0',
          private: true,
          dependencies: { '@pipeline-actions/shared': 'workspace:*' },
        },
        null,
        2,
      )}\n`,
    );
    write(`actions/${name}/action.yml`, `name: ${name}\n`);
    write(`actions/${name}/CHANGELOG.md`, `# ${name}\n\n## 0.2.0\n\n- First release.\n`);
  }
  expect(updateChangelogs(dir)).toEqual(['actions/deploy/CHANGELOG.md', 'actions/gate/CHANGELOG.md']);
  git(dir, 'init', '--quiet', '--initial-branch=main');
  git(dir, 'add', '--all');
  git(dir, 'commit', '--quiet', '-m', 'workspace');
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('changesets with this repository configuration', () => {
  it('lists pending changes under Unreleased: shared reaches every action, an own change only its action', () => {
    write(
      '.changeset/faster-reader.md',
      "---\n'@pipeline-actions/shared': patch\n---\n\nReports are read twice as fast.\n",
    );
    write('.changeset/new-input.md', "---\n'@pipeline-actions/gate': minor\n---\n\nNew input `fail-on-drop`.\n");
    git(dir, 'add', '--all');
    git(dir, 'commit', '--quiet', '-m', 'changesets');
    expect(updateChangelogs(dir, { check: true })).toEqual([
      'actions/deploy/CHANGELOG.md',
      'actions/gate/CHANGELOG.md',
    ]);
    updateChangelogs(dir);
    expect(read('actions/gate/CHANGELOG.md')).toContain(
      '`pnpm version-packages` would make this 0.3.0 (a minor bump from 0.2.0):\n\n' +
        '- patch, through packages/shared: Reports are read twice as fast. (`.changeset/faster-reader.md`)\n' +
        '- minor: New input `fail-on-drop`. (`.changeset/new-input.md`)',
    );
    expect(read('actions/deploy/CHANGELOG.md')).toContain('would make this 0.2.1 (a patch bump from 0.2.0)');
    git(dir, 'commit', '--quiet', '--all', '-m', 'changelog');
  });

  it('pnpm version-packages bumps both actions and writes the shared sentence into each changelog', () => {
    const version = spawnSync(
      process.execPath,
      [path.join(root, 'node_modules', '@changesets', 'cli', 'bin.js'), 'version'],
      {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null' },
      },
    );
    expect(version.stderr).not.toMatch(/error/i);
    expect(version.status).toBe(0);
    updateChangelogs(dir);

    expect(json('actions/gate/package.json').version).toBe('0.3.0');
    expect(json('actions/deploy/package.json').version).toBe('0.2.1');
    expect(json('actions/deploy/package.json').dependencies).toEqual({ '@pipeline-actions/shared': 'workspace:*' });

    const gate = read('actions/gate/CHANGELOG.md');
    const deploy = read('actions/deploy/CHANGELOG.md');
    // The generated head is back on top, with nothing pending; the new sections follow, newest first.
    for (const text of [gate, deploy]) {
      expect(text.indexOf('<!-- unreleased:end -->')).toBeLessThan(text.indexOf('\n## 0.'));
      expect(text).toContain('Nothing yet: no pending changeset');
    }
    expect(versionSections(gate).map((s) => s.version)).toEqual(['0.3.0', '0.2.0']);
    expect(releaseNotes(gate, '0.3.0', '0.2.0')).toBe(
      '### Minor Changes\n\n- New input `fail-on-drop`.\n\n### Patch Changes\n\n- Through packages/shared: Reports are read twice as fast.',
    );
    expect(releaseNotes(deploy, '0.2.1', '0.2.0')).toBe(
      '### Patch Changes\n\n- Through packages/shared: Reports are read twice as fast.',
    );
    expect(updateChangelogs(dir, { check: true })).toEqual([]);
  });
});
