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
  withDeployProbes,
  withTargetSession,
} from '@pipeline-actions/shared';
import { publish } from './publish.ts';
import { rollback, type RollbackOutcome } from './rollback.ts';
import { DEFAULTS, readSettings } from './settings.ts';
import { readHistory, readTags } from './sources.ts';

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
  // Read while the lock is taken and the target discovered: the API's latency does not add to the recovery.
  const history = readHistory({
    environment: traffic.environment,
    github: traffic.github,
    repo: traffic.context.repo,
    warn: log.warning,
  });

  let outcome: RollbackOutcome | undefined;
  let failure: unknown;
  try {
    outcome = await withTargetSession(traffic, log, async (session) => {
      return withDeployProbes(
        traffic.probes,
        session,
        'pipeline-actions-rollback',
        { ...log, group: (title, body) => core.group(title, body) },
        (probes) =>
          rollback({
            settings,
            session,
            probes,
            timeline,
            log,
            recorder,
            history,
            readTags: () =>
              readTags({
                pattern: settings.tagPattern,
                workspace: settings.workspace,
                github: traffic.github,
                repo: traffic.context.repo,
                warn: log.warning,
              }),
          }),
      );
    });
  } catch (error) {
    failure = error;
  }
  await publish({ settings, outcome, failure, timeline, recorder });
});
