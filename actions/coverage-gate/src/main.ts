import * as core from '@actions/core';
import { runAction } from '@pipeline-actions/shared';
import { runGate } from './gate.ts';
import { readSettings } from './settings.ts';

await runAction(async () => {
  const settings = await readSettings();
  const result = await runGate(settings);
  const failed = result.rules.filter((rule) => !rule.passed);
  if (result.decision === 'fail' && settings.failOnDecision) {
    core.setFailed(`Coverage gate failed: ${failed.map((r) => `${r.name} (${r.detail})`).join('; ')}`);
  } else {
    core.info(
      `Coverage gate: ${result.decision}${failed.length ? ` (${failed.length} rule(s) failed; fail-on-decision is off)` : ''}.`,
    );
  }
});
