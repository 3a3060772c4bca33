/** coverage-gate: coverage reports of any format against thresholds, new-code coverage and a baseline. */
import { runAction, UserError } from '@pipeline-actions/shared';
import { collect } from './collect.ts';
import { decide } from './gate.ts';
import { publish } from './publish.ts';
import { readSettings } from './settings.ts';

await runAction({ output: 'decision', failing: 'fail' }, async () => {
  const settings = await readSettings();
  const collected = await collect(settings);
  const outcome = decide(collected, settings);
  await publish(settings, collected, outcome);
  if (outcome.verdict.level === 'failure') throw new UserError(outcome.verdict.message);
});
