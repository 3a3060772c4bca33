/** smoke-test: readiness, assertions and a watch window over a live service. */
import * as core from '@actions/core';
import { Prober, runAction, runSmokeTest, type SmokeLog } from '@pipeline-actions/shared';
import { publish, warnBeforeRun } from './publish.ts';
import { readSettings } from './settings.ts';

await runAction({ output: 'decision', failing: 'fail' }, async () => {
  const settings = await readSettings();
  warnBeforeRun(settings);
  const { redactor } = settings;
  const log: SmokeLog = {
    info: (message) => core.info(redactor.text(message)),
    warning: (message) => core.warning(redactor.text(message)),
    group: (title, body) => core.group(title, body),
  };
  const prober = new Prober({
    connectionsPerOrigin: settings.window?.concurrency ?? 4,
    userAgent: 'pipeline-actions-smoke-test',
    redact: (text) => redactor.text(text),
  });
  const result = await runSmokeTest(settings, prober.probe, log).finally(() => prober.close());
  await publish(settings, result);
});
