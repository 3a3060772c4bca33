// Prepares the release of one action:
//   node scripts/release.mjs <action> [--out <dir>]
// - prints the tags to create: <action>/vX.Y.Z (new) and <action>/vX (moved),
//   so `uses: OWNER/REPO/actions/<action>@<action>/vX` works;
// - writes a self-contained tree (action.yml at its root, dist/, README.md,
//   LICENSE) for the Marketplace, which lists one root action.yml per repository.
// It refuses to release a bundle that does not match its sources.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { listActions, root } from './actions.mjs';

const [name, ...rest] = process.argv.slice(2);
const action = listActions().find((a) => a.name === name);
if (!action) {
  console.error(
    `usage: node scripts/release.mjs <action> [--out dir]; actions: ${listActions()
      .map((a) => a.name)
      .join(', ')}`,
  );
  process.exit(1);
}
const outIndex = rest.indexOf('--out');
const out = path.resolve(outIndex >= 0 ? rest[outIndex + 1] : path.join(root, '.tmp', 'release', name));
const { version } = JSON.parse(readFileSync(path.join(action.dir, 'package.json'), 'utf8'));
if (!/^\d+\.\d+\.\d+$/.test(version ?? '')) {
  console.error(`actions/${name}/package.json: version '${version}' is not X.Y.Z`);
  process.exit(1);
}
if (!existsSync(path.join(action.dir, 'dist', 'index.js'))) {
  console.error(`actions/${name}/dist/index.js is missing: run pnpm bundle`);
  process.exit(1);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(path.join(action.dir, 'action.yml'), path.join(out, 'action.yml'));
cpSync(path.join(action.dir, 'dist'), path.join(out, 'dist'), { recursive: true });
cpSync(path.join(root, 'LICENSE'), path.join(out, 'LICENSE'));
// In its own repository the action is used as OWNER/<action>@vX, not through the monorepo path.
const readme = readFileSync(path.join(action.dir, 'README.md'), 'utf8').replace(
  new RegExp(`OWNER/REPO/actions/${name}@${name}/v(\\d+)`, 'g'),
  `OWNER/${name}@v$1`,
);
writeFileSync(path.join(out, 'README.md'), readme);

const major = version.split('.')[0];
console.log(
  JSON.stringify({ action: name, version, tags: [`${name}/v${version}`, `${name}/v${major}`], tree: out }, null, 2),
);
