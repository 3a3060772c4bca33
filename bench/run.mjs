// Runs every benchmark in turn; each writes its results to bench/results/.
//   node bench/run.mjs            (pnpm bench)
// Then `pnpm docs` copies the cold-start table into the root README.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const benchmarks = ['cold-start.mjs', 'coverage.mjs', 'deploy.mjs', 'quality.mjs', 'smoke-watch.mjs'];
let failed = 0;
for (const script of benchmarks) {
  console.log(`\n=== bench/${script} ===`);
  const result = spawnSync(process.execPath, [path.join(here, script)], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
