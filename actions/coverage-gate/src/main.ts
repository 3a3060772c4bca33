import * as core from '@actions/core';
import { runAction } from '@pipeline-actions/shared';
import { runGate } from './gate.ts';
import { readSettings } from './settings.ts';

await runAction({ output: 'decision', failing: 'fail' }, async () => {
  const settings = await readSettings();
  const result = await runGate(settings);
  const failed = result.rules.filter((rule) => !rule.passed);
  const reasons = failed.map((r) => `${r.name} (${r.detail})`).join('; ');
  if (result.decision === 'pass') core.info('Coverage gate passed.');
  else if (settings.failOnDecision) core.setFailed(`Coverage gate failed: ${reasons}`);
  else core.warning(`Coverage gate failed (fail-on-decision is off): ${reasons}`);
});
