import * as core from '@actions/core';
import {
  Prober,
  Redactor,
  runAction,
  runSmokeTest,
  UserError,
  writeSummary,
  type SmokeLog,
} from '@pipeline-actions/shared';
import { renderSummary } from './report.ts';
import { failureMessage, setOutputs, writeReports } from './output.ts';
import { readSettings } from './settings.ts';

await runAction(async () => {
  const redactor = new Redactor((secret) => core.setSecret(secret));
  const settings = await readSettings(redactor);
  for (const name of settings.config.insecureChecks) {
    core.warning(`Check '${name}': TLS certificate verification is turned off (insecure: true)`);
  }
  const checkThresholds = [...settings.config.checkThresholds.values()].flat();
  if (!settings.window && checkThresholds.length > 0) {
    core.info('No watch window (duration is 0s): check thresholds apply only to a window and are not evaluated.');
  }
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
  const result = await runSmokeTest(settings, (check) => prober.probe(check), log).finally(() => prober.close());
  const reports = await writeReports(result, settings.reportDir, redactor);
  await writeSummary(renderSummary(result, redactor));
  setOutputs(result, reports, redactor);
  if (!result.passed) {
    if (settings.failOnDecision) throw new UserError(failureMessage(result, redactor));
    core.warning(failureMessage(result, redactor));
  }
});
