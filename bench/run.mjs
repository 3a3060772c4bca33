// Runs every benchmark in turn; each writes its results to bench/results/. Then it writes the one results page,
// bench/results/README.md (the machine, the date, every benchmark's results), and bench/results/summary.md.
//   node bench/run.mjs            (pnpm bench)
//   node bench/results-page.mjs   (only the page, from the results there are)
// Then `pnpm docs` copies the summary and the cold-start table into the root README.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { writeResultsPage } from './results-page.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const benchmarks = ['cold-start.mjs', 'coverage.mjs', 'deploy.mjs', 'publish.mjs', 'quality.mjs', 'smoke-watch.mjs'];
const runs = {};
let failed = 0;
for (const script of benchmarks) {
  console.log(`\n=== bench/${script} ===`);
  const started = performance.now();
  const result = spawnSync(process.execPath, [path.join(here, script)], { stdio: 'inherit' });
  runs[script.replace(/\.mjs$/, '')] = { status: result.status, seconds: (performance.now() - started) / 1000 };
  if (result.status !== 0) failed++;
}
writeResultsPage(runs);
process.exit(failed ? 1 : 0);
