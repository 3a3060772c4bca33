// Bundles each action's src/main.ts with ncc into actions/<name>/dist/index.js
// (ESM, with licenses.txt beside it), and each <name>.worker.ts under src/, the entry of a worker thread, into
// dist/<name>.worker/index.js (a worker loads only its own code). Usage: node scripts/bundle.mjs [name...]
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
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
  const entries = [
    { source: path.join(action.dir, 'src', 'main.ts'), out: dist },
    ...readdirSync(path.join(action.dir, 'src'), { recursive: true })
      .filter((file) => file.endsWith('.worker.ts'))
      .sort()
      .map((file) => ({
        source: path.join(action.dir, 'src', file),
        out: path.join(dist, path.basename(file).replace(/\.ts$/, '')),
      })),
  ];
  const result = { status: 0 };
  for (const entry of entries) {
    // --no-cache: ncc's cache key ignores where the checkout is, so a build in a second clone could reuse another's.
    const built = spawnSync(
      ncc,
      [
        'build',
        entry.source,
        '-o',
        entry.out,
        '--license',
        'licenses.txt',
        '--target',
        'es2023',
        '--quiet',
        '--no-cache',
        '--stats-out',
        statsFile(entry.out),
      ],
      { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_OPTIONS: '' } },
    );
    if (built.status !== 0) result.status = built.status ?? 1;
  }
  if (result.status === 0)
    completeLicenses(
      dist,
      entries.map((entry) => statsFile(entry.out)),
    );
  if (result.status !== 0) {
    console.error(`Bundling ${action.name} failed.`);
    failed++;
  } else {
    console.log(`bundled actions/${action.name}/dist/index.js`);
  }
}
process.exit(failed ? 1 : 0);

/** Where ncc writes the webpack stats of one build: outside dist/, which ships. */
function statsFile(out) {
  return path.join(os.tmpdir(), `bundle-stats-${path.relative(root, out).replaceAll(path.sep, '-')}.json`);
}

/**
 * ncc's license list leaves out the packages of the main chunk once a bundle has chunks loaded on demand (it
 * lists only those of the other chunks). Every package the builds' webpack stats name is listed here, in the form
 * ncc writes: name, license, license text.
 */
function completeLicenses(dist, statsFiles) {
  const licensesFile = path.join(dist, 'licenses.txt');
  let licenses = readFileSync(licensesFile, 'utf8');
  const listed = new Set([...licenses.matchAll(/(?:^|\n\n)(@?[^\s@][^\s]*)\n/g)].map((m) => m[1]));
  const bundled = new Map();
  const visit = (module) => {
    const m = /\.\/node_modules\/\.pnpm\/([^/\s]+)\/node_modules\/((?:@[^/\s]+\/)?[^/\s]+)\//.exec(module.name ?? '');
    if (m) bundled.set(m[2], path.join(root, 'node_modules/.pnpm', m[1], 'node_modules', m[2]));
    for (const inner of module.modules ?? []) visit(inner);
  };
  for (const file of statsFiles) {
    for (const module of JSON.parse(readFileSync(file, 'utf8')).modules ?? []) visit(module);
    rmSync(file, { force: true });
  }
  for (const [name, dir] of [...bundled].sort(([a], [b]) => a.localeCompare(b))) {
    if (listed.has(name)) continue;
    const { license } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const text = readdirSync(dir).find((file) => /^licen[cs]e/i.test(file));
    licenses += `\n${name}\n${license}\n${text ? readFileSync(path.join(dir, text), 'utf8').trim() : ''}\n`;
  }
  writeFileSync(licensesFile, licenses);
}
