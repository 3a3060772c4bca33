/** coverage-gate: coverage reports of any format against thresholds, new-code coverage and a baseline. */
import { createGitHubClient, runAction, UserError } from '@pipeline-actions/shared';
import { collect } from './collect.ts';
import { decide } from './gate.ts';
import { publish } from './publish.ts';
import { readSettings } from './settings.ts';

await runAction(async () => {
  const settings = await readSettings();
  const github = settings.token ? await createGitHubClient(settings.token) : undefined;
  const collected = await collect(settings, github);
  const outcome = decide(collected, settings);
  await publish(settings, collected, outcome, github);
  if (outcome.verdict.level === 'failure') throw new UserError(outcome.verdict.message);
});
