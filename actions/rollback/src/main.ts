/** rollback: a known-good version back in seconds (switch back, or redeploy one from the history or the tags). */
import * as core from '@actions/core';
import {
  DeploymentRecorder,
  isPostStep,
  markMainStep,
  readTrafficSettings,
  releaseLeftLock,
  runAction,
  Timeline,
  timelineLogger,
} from '@pipeline-actions/shared';
import { publish } from './publish.ts';
import { rollbackOnTarget, type RollbackOutcome } from './rollback.ts';
import { DEFAULTS, readSettings } from './settings.ts';

const log = { info: (message: string) => core.info(message), warning: (message: string) => core.warning(message) };

await runAction({ output: 'result', failing: 'failed' }, async () => {
  if (isPostStep()) return releaseLeftLock(await readTrafficSettings(DEFAULTS), log);
  markMainStep();
  const settings = await readSettings();
  const { traffic } = settings;
  const timeline = new Timeline(timelineLogger(core.info, (text) => traffic.redactor.text(text)));
  const recorder = new DeploymentRecorder({
    environment: settings.dryRun ? undefined : traffic.environment,
    github: traffic.github,
    context: traffic.context,
    environmentUrl: traffic.probes.publicUrl,
    warn: log.warning,
  });
  // A failure is published like an outcome (with the plan made so far), then thrown by publish.
  let outcome: RollbackOutcome | undefined;
  let failure: unknown;
  try {
    outcome = await rollbackOnTarget(settings, { timeline, recorder, log });
  } catch (error) {
    failure = error;
  }
  await publish({ settings, outcome, failure, timeline, recorder });
});
