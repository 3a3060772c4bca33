// Rebuilds every bundle and fails if the committed dist/ differs: what users
// run must be what was built from the reviewed sources.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { root } from './actions.mjs';

const bundle = spawnSync(process.execPath, [path.join(root, 'scripts', 'bundle.mjs')], { cwd: root, stdio: 'inherit' });
if (bundle.status !== 0) process.exit(bundle.status ?? 1);
const diff = spawnSync('git', ['status', '--porcelain', '--', 'actions/*/dist'], { cwd: root, encoding: 'utf8' });
if (diff.status !== 0) {
  console.error(diff.stderr);
  process.exit(1);
}
if (diff.stdout.trim() !== '') {
  console.error(
    '::error::The committed dist/ differs from a fresh build of the sources. Run `pnpm bundle` and commit actions/*/dist:',
  );
  console.error(diff.stdout);
  console.error(spawnSync('git', ['diff', '--stat', '--', 'actions/*/dist'], { cwd: root, encoding: 'utf8' }).stdout);
  process.exit(1);
}
console.log('dist/ is up to date with the sources.');
