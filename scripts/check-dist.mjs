// Rebuilds the bundles and fails if the committed dist/ differs: what users
// run must be what was built from the reviewed sources. A changed, deleted or
// new file under actions/<name>/dist/ counts (dist/ is git-ignored, so new files
// are looked for among the ignored ones too).
//   node scripts/check-dist.mjs [name...]   (default: every action)
// The release (scripts/release.mjs) runs this same script in a worktree of the commit it tags.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { listActions, root } from './actions.mjs';

const wanted = process.argv.slice(2);
const names = wanted.length > 0 ? wanted : listActions().map((a) => a.name);

const bundle = spawnSync(process.execPath, [path.join(root, 'scripts', 'bundle.mjs'), ...wanted], {
  cwd: root,
  stdio: 'inherit',
});
if (bundle.status !== 0) process.exit(bundle.status ?? 1);

// A wildcard pathspec must match the whole path, so `actions/*/dist` alone matches no file under it.
const pathspecs = names.map((name) => `:(glob)actions/${name}/dist/**`);
const status = spawnSync(
  'git',
  ['status', '--porcelain', '--untracked-files=all', '--ignored=matching', '--', ...pathspecs],
  { cwd: root, encoding: 'utf8' },
);
if (status.status !== 0) {
  console.error(status.stderr);
  process.exit(1);
}
const changed = status.stdout
  .split('\n')
  .filter((line) => names.some((name) => line.slice(3).startsWith(`actions/${name}/dist/`)));
if (changed.length > 0) {
  console.error(
    '::error::The committed dist/ differs from a fresh build of the sources. Run `pnpm bundle` and commit actions/*/dist:',
  );
  console.error(changed.join('\n'));
  console.error(spawnSync('git', ['diff', '--stat', '--', ...pathspecs], { cwd: root, encoding: 'utf8' }).stdout);
  process.exit(1);
}
console.log(`dist/ is up to date with the sources (${names.join(', ')}).`);
