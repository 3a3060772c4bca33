/** coverage-gate: coverage reports of any format against thresholds, new-code coverage and a baseline. */
import * as core from '@actions/core';
import { runAction, UserError } from '@pipeline-actions/shared';
import { collect } from './collect.ts';
import { decide } from './gate.ts';
import { publish } from './publish.ts';
import { readSettings } from './settings.ts';

await runAction({ output: 'decision', failing: 'fail' }, async () => {
  const settings = await readSettings();
  const started = performance.now();
  const collected = await collect(settings);
  const collectedAt = performance.now();
  const outcome = decide(collected, settings);
  const decidedAt = performance.now();
  await publish(settings, collected, outcome);
  // The same words as quality-gate's line: publishing includes every API call (check run, comment).
  core.info(
    `Timings (ms): collect ${Math.round(collectedAt - started)}, decide ${Math.round(decidedAt - collectedAt)}, publish ${Math.round(performance.now() - decidedAt)}`,
  );
  if (outcome.verdict.level === 'failure') throw new UserError(outcome.verdict.message);
});
