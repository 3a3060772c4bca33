/**
 * Everything the run leaves behind: the deployment's final status, the timeline file, the job summary and the
 * outputs; then the failure, thrown once.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import {
  renderTimeline,
  setVerdict,
  UserError,
  writeSummary,
  type DeploymentRecorder,
  type FlowOutcome,
  type Timeline,
} from '@pipeline-actions/shared';
import type { DeploySettings } from './settings.ts';

export interface Published {
  settings: DeploySettings;
  outcome: FlowOutcome | undefined;
  /** An error that ended the run before the flow could decide (bad input, a lock held, a deploy command failed). */
  failure: unknown;
  timeline: Timeline;
  recorder: DeploymentRecorder;
}

const HEADLINE: Record<FlowOutcome['result'], string> = {
  promoted: '✅ Promoted',
  'switched-back': '↩️ Switched back',
  failed: '❌ Failed',
  unchanged: '⏸️ Unchanged',
  prepared: '🟦 Prepared',
};

export async function publish({ settings, outcome, failure, timeline, recorder }: Published): Promise<void> {
  const text = (value: string) => settings.traffic.redactor.text(value);
  const reason =
    outcome?.reason ??
    (failure instanceof Error ? failure.message : failure === undefined ? undefined : String(failure));
  const result = outcome?.result ?? 'failed';

  if (result === 'promoted')
    await recorder.finish('success', `${settings.version} live in slot ${outcome!.activeSlot}`);
  else if (result !== 'unchanged' && result !== 'prepared') await recorder.finish('failure', text(reason ?? 'failed'));

  const timelinePath = path.join(
    settings.traffic.context.runnerTemp,
    `blue-green-deploy-${settings.traffic.context.runId || 'local'}-${Date.now()}.json`,
  );
  await mkdir(path.dirname(timelinePath), { recursive: true });
  const document = {
    version: settings.version,
    result,
    reason: reason === undefined ? undefined : text(reason),
    outcome: outcome && { ...outcome, verification: outcome.verification?.result.stats, reason: undefined },
    phases: timeline.entries.map((entry) => ({ ...entry, detail: text(entry.detail) })),
  };
  await writeFile(timelinePath, `${JSON.stringify(document, null, 2)}\n`);

  await writeSummary(renderSummary(settings, outcome, result, reason, timeline, recorder.id, text));

  setVerdict(result);
  core.setOutput('active-slot', outcome?.activeSlot ?? '');
  core.setOutput('previous-slot', outcome?.previousSlot ?? '');
  core.setOutput('version', settings.version);
  core.setOutput('previous-version', outcome?.previousVersion ?? '');
  core.setOutput('switch-ms', outcome?.switchMs === undefined ? '' : String(Math.round(outcome.switchMs)));
  core.setOutput('deployment-id', recorder.id === undefined ? '' : String(recorder.id));
  core.setOutput('timeline-path', timelinePath);

  if (failure !== undefined) throw failure;
  if (result === 'failed' || result === 'switched-back') throw new UserError(text(reason ?? 'the deploy failed'));
}

function renderSummary(
  settings: DeploySettings,
  outcome: FlowOutcome | undefined,
  result: FlowOutcome['result'],
  reason: string | undefined,
  timeline: Timeline,
  deploymentId: number | undefined,
  text: (value: string) => string,
): string {
  const { traffic } = settings;
  const lines = [`## Blue-green deploy: ${HEADLINE[result]} ${settings.version}`, ''];
  if (reason) lines.push(`> ${text(reason).replace(/\n/g, ' ')}`, '');
  const rows: [string, string][] = [];
  if (outcome) {
    const was = outcome.previousSlot
      ? `${outcome.previousSlot} (${outcome.previousVersion ?? 'unknown version'})`
      : 'nothing (first deploy)';
    rows.push(['Traffic', `**${outcome.activeSlot ?? 'no slot'}** now; before: ${was}`]);
    if (outcome.switchMs !== undefined)
      rows.push([
        'Switch',
        `${outcome.switchMethod ?? ''}, ${Math.round(outcome.switchMs)} ms from decision to read-back`,
      ]);
    const stats = outcome.verification?.result.stats;
    if (stats)
      rows.push([
        'Verification',
        `${traffic.probes.publicUrl ? `through ${text(traffic.probes.publicUrl)}` : 'on the slot directly'}: ${stats.count} requests, ${stats.failed} failed, p95 ${stats.p95Ms.toFixed(1)} ms`,
      ]);
  }
  if (!traffic.probes.publicUrl)
    rows.push(['Entrypoint', 'not checked: no public-url, so the switch was read back from the target only']);
  rows.push([
    'Target',
    `${traffic.target.kind}${traffic.ssh ? ` over ssh ${traffic.ssh.user}@${traffic.ssh.host}:${traffic.ssh.port}` : ' on the runner'}`,
  ]);
  if (deploymentId !== undefined) rows.push(['Deployment', `#${deploymentId} in ${traffic.environment}`]);
  for (const note of outcome?.notes ?? []) rows.push(['Note', text(note)]);
  lines.push(
    '| | |',
    '| --- | --- |',
    ...rows.map(([key, value]) => `| ${key} | ${value.replace(/\|/g, '\\|')} |`),
    '',
  );
  lines.push('### Timeline', '', renderTimeline(timeline.entries, text), '');
  return lines.join('\n');
}
