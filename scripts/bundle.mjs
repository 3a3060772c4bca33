// Bundles each action's src/main.ts with ncc into actions/<name>/dist/index.js
// (ESM, with licenses.txt beside it). Usage: node scripts/bundle.mjs [name...]
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { listActions, root } from './actions.mjs';

const wanted = process.argv.slice(2);
const actions = listActions().filter((a) => wanted.length === 0 || wanted.includes(a.name));
if (wanted.length && actions.length !== wanted.length) {
  console.error(`Unknown action(s): ${wanted.filter((w) => !actions.some((a) => a.name === w)).join(', ')}`);
  process.exit(1);
}
const ncc = path.join(root, 'node_modules', '.bin', 'ncc');
let failed = 0;
for (const action of actions) {
  const dist = path.join(action.dir, 'dist');
  rmSync(dist, { recursive: true, force: true });
  const result = spawnSync(
    ncc,
    [
      'build',
      path.join(action.dir, 'src', 'main.ts'),
      '-o',
      dist,
      '--license',
      'licenses.txt',
      '--target',
      'es2023',
      '--quiet',
    ],
    { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_OPTIONS: '' } },
  );
  if (result.status !== 0) {
    console.error(`Bundling ${action.name} failed.`);
    failed++;
  } else {
    console.log(`bundled actions/${action.name}/dist/index.js`);
  }
}
process.exit(failed ? 1 : 0);
