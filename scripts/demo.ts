// Runs this repository's gates on its own reports (made by scripts/reports.sh)
// with the committed bundles, through the runner harness on Node 24: the same
// steps the `dogfood` job of .github/workflows/ci.yml runs on GitHub.
// Summaries are written to .tmp/demo/; the exit code is the job's: 1 if a gate fails.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, runBundledAction, type RunActionResult } from '../test/harness/index.ts';

const out = path.join(REPO_ROOT, '.tmp', 'demo');
mkdirSync(out, { recursive: true });

interface Step {
  name: string;
  action: string;
  inputs: Record<string, string>;
}

// The repository's own policy: the default quality policy (lint 0 errors, tests 100% pass…) and
// the coverage floor the project holds itself to.
const steps: Step[] = [
  {
    name: 'Quality gate',
    action: 'quality-gate',
    inputs: {
      reports: 'reports/eslint.sarif\nreports/junit/*.xml',
      'check-run': 'false',
      'findings-path': '.tmp/demo/findings.json',
    },
  },
  {
    name: 'Coverage gate',
    action: 'coverage-gate',
    inputs: { reports: 'reports/coverage/lcov.info', lines: '70', comment: 'false' },
  },
];

function show(step: Step, run: RunActionResult): void {
  const file = path.join(out, `${step.action}-summary.md`);
  writeFileSync(file, run.summary);
  console.log(`\n━━ ${step.name} (actions/${step.action}) — exit ${run.exitCode}, ${Math.round(run.durationMs)} ms`);
  for (const line of run.visibleLog) if (!line.startsWith('::debug::')) console.log(`  ${line}`);
  console.log('  outputs:');
  for (const [name, value] of Object.entries(run.outputs)) {
    const shown = value.length > 160 ? `${value.slice(0, 160)}…` : value;
    console.log(`    ${name} = ${shown.replace(/\n/g, '\\n')}`);
  }
  console.log(`  job summary: ${path.relative(REPO_ROOT, file)}`);
}

let failed = 0;
for (const step of steps) {
  const run = await runBundledAction({
    action: step.action,
    inputs: step.inputs,
    workspace: REPO_ROOT,
    timeoutMs: 120_000,
  });
  show(step, run);
  if (run.exitCode !== 0) failed++;
}
console.log(failed ? `\n${failed} gate(s) failed.` : '\nAll gates passed.');
process.exitCode = failed ? 1 : 0;
