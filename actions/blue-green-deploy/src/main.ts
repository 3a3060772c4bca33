import * as core from '@actions/core';
import {
  blueGreenDeploy,
  DeploymentRecorder,
  isPostStep,
  markMainStep,
  readTrafficSettings,
  releaseLeftLock,
  runAction,
  Timeline,
  timelineLogger,
  withDeployProbes,
  withTargetSession,
  type FlowOutcome,
} from '@pipeline-actions/shared';
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

  let outcome: FlowOutcome | undefined;
  let failure: unknown;
  try {
    outcome = await withTargetSession(traffic, log, async (session) => {
      return withDeployProbes(
        traffic.probes,
        session,
        'pipeline-actions-blue-green-deploy',
        { ...log, group: (title, body) => core.group(title, body) },
        (probes) =>
          blueGreenDeploy(
            {
              target: session.target,
              probes,
              timeline,
              log,
              signal: session.signal,
              timing: traffic.timing,
              onStart: (live, slot) =>
                recorder.start({
                  task: 'deploy',
                  description: `${settings.version} to slot ${slot.name}`,
                  payload: {
                    version: settings.version,
                    slot: slot.name,
                    previousSlot: live.active,
                    previousVersion: live.active ? live.versions[live.active] : undefined,
                    target: `${traffic.target.kind} (${session.transport.description})`,
                  },
                }),
            },
            {
              version: settings.version,
              phase: settings.phase,
              stopPrevious: settings.stopPrevious,
              steps: settings.steps,
              stepIntervalMs: settings.stepIntervalMs,
            },
          ),
      );
    });
  } catch (error) {
    failure = error;
  }
  await publish({ settings, outcome, failure, timeline, recorder });
});
