/** The deploy on the target: the session (transport, lock), the probes, then the blue-green flow. */
import * as core from '@actions/core';
import {
  blueGreenDeploy,
  withDeployProbes,
  withTargetSession,
  type DeploymentRecorder,
  type FlowOutcome,
  type Timeline,
} from '@pipeline-actions/shared';
import type { DeploySettings } from './settings.ts';

export interface DeployLog {
  info(message: string): void;
  warning(message: string): void;
}

export function deploy(
  settings: DeploySettings,
  { timeline, recorder, log }: { timeline: Timeline; recorder: DeploymentRecorder; log: DeployLog },
): Promise<FlowOutcome> {
  const { traffic } = settings;
  return withTargetSession(traffic, log, (session) =>
    withDeployProbes(
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
            // The record starts once the idle slot is known: its payload says what is replaced.
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
    ),
  );
}
