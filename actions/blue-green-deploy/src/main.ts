/** blue-green-deploy: the new version to the idle slot, checked, switched to, read back, verified; or switched back. */
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
  type FlowOutcome,
} from '@pipeline-actions/shared';
import { deploy } from './deploy.ts';
import { publish } from './publish.ts';
import { DEFAULTS, readSettings } from './settings.ts';

const log = { info: (message: string) => core.info(message), warning: (message: string) => core.warning(message) };

await runAction({ output: 'result', failing: 'failed' }, async () => {
  if (isPostStep()) return releaseLeftLock(await readTrafficSettings(DEFAULTS), log);
  markMainStep();
  const settings = await readSettings();
  const { traffic } = settings;
  const timeline = new Timeline(timelineLogger(core.info, (text) => traffic.redactor.text(text)));
  const recorder = new DeploymentRecorder({
    environment: traffic.environment,
    github: traffic.github,
    context: traffic.context,
    environmentUrl: traffic.probes.publicUrl,
    warn: log.warning,
  });
  // A failure is published like an outcome (traffic is on a healthy slot either way), then thrown by publish.
  let outcome: FlowOutcome | undefined;
  let failure: unknown;
  try {
    outcome = await deploy(settings, { timeline, recorder, log });
  } catch (error) {
    failure = error;
  }
  await publish({ settings, outcome, failure, timeline, recorder });
});
