/** quality-gate: one policy over every linter, scanner, test and performance report. */
import * as core from '@actions/core';
import { isMainThread, workerData } from 'node:worker_threads';
import { runAction } from '@pipeline-actions/shared';
import { runSarifWorker, type SarifWorkerData } from './formats/sarif-parallel.ts';
import { pullRequestChangedLines } from './changed-lines.ts';
import { countsOf, runGate } from './gate.ts';
import { publish } from './publish.ts';
import { readSettings } from './settings.ts';
import { writeBaseline } from './scope.ts';

// The same bundle runs the SARIF reader threads (formats/sarif-parallel.ts).
const readerThread = (isMainThread ? undefined : (workerData as Partial<SarifWorkerData> | undefined))
  ?.qualityGateSarifShard;
if (readerThread !== undefined) await runSarifWorker(readerThread);
else
  await runAction(async () => {
    try {
      const settings = await readSettings();
      const result = await runGate(settings, {
        changedLines: () => pullRequestChangedLines(settings.workspace, settings.base!, settings.token),
      });
      if (settings.mode === 'update-baseline') {
        await writeBaseline(settings.baseline!, result.allFindings);
        core.info(`Baseline ${settings.baseline} now accepts ${result.allFindings.length} finding(s).`);
      }
      const publishStart = performance.now();
      await publish(settings, result, countsOf(result));
      const timings = { ...result.timings, publish: Math.round(performance.now() - publishStart) };
      core.info(
        `Timings (ms): ${Object.entries(timings)
          .map(([phase, ms]) => `${phase} ${ms}`)
          .join(', ')}`,
      );
    } catch (error) {
      // A run that could not finish never leaves a decision a workflow could read as a pass.
      core.setOutput('decision', 'fail');
      throw error;
    }
  });
