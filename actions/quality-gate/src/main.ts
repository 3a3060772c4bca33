/** quality-gate: one policy over every linter, scanner, test and performance report. */
import * as core from '@actions/core';
import { requireChangedLines, runAction, UserError } from '@pipeline-actions/shared';
import { countsOf, runGate } from './gate.ts';
import { publish } from './publish.ts';
import { readSettings } from './settings.ts';
import { writeBaseline } from './scope.ts';

await runAction({ output: 'decision', failing: 'fail' }, async () => {
  const settings = await readSettings();
  const result = await runGate(settings, {
    changedLines: async () =>
      requireChangedLines(
        {
          workspace: settings.workspace,
          base: settings.base!,
          client: settings.github,
        },
        "scope 'new-only'",
      ),
  });
  if (settings.mode === 'update-baseline') {
    await writeBaseline(settings.baseline!, result.allFindings);
    core.info(`Baseline ${settings.baseline} now accepts ${result.allFindings.length} finding(s).`);
  }
  const publishStart = performance.now();
  const failure = await publish(settings, result, countsOf(result));
  const timings = { ...result.timings, publish: Math.round(performance.now() - publishStart) };
  core.info(
    `Timings (ms): ${Object.entries(timings)
      .map(([phase, ms]) => `${phase} ${ms}`)
      .join(', ')}`,
  );
  if (failure !== undefined) throw new UserError(failure);
});
