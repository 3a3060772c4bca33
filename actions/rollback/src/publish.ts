/**
 * Everything the run leaves behind: the deployment record (the restored version's final status, and the bad
 * deployment marked rolled back), the timeline file, the job summary and the outputs; then the failure, thrown once.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import {
  renderTimeline,
  setVerdict,
  rolledBackDescription,
  UserError,
  writeSummary,
  type DeploymentRecorder,
  type RunContext,
  type Timeline,
} from '@pipeline-actions/shared';
import { label, type RollbackPlan } from './plan.ts';
import type { RollbackOutcome, RollbackResult } from './rollback.ts';
import type { RollbackSettings } from './settings.ts';

export interface Published {
  settings: RollbackSettings;
  outcome: RollbackOutcome | undefined;
  /** An error that ended the run before a plan was made (a lock held, the target unreadable). */
  failure: unknown;
  timeline: Timeline;
  recorder: DeploymentRecorder;
}

const HEADLINE: Record<RollbackResult, string> = {
  'rolled-back': '✅ Rolled back',
  'switched-back': '↩️ Rollback failed, traffic went back',
  failed: '❌ Failed',
  unchanged: '⏸️ Unchanged',
  planned: '📝 Planned (dry-run)',
};

export async function publish({ settings, outcome, failure, timeline, recorder }: Published): Promise<void> {
  const text = (value: string) => settings.traffic.redactor.text(value);
  const error = failure ?? outcome?.error;
  const result: RollbackResult = failure === undefined ? (outcome?.result ?? 'failed') : 'failed';
  const plan = outcome?.plan;
  const reason = error === undefined ? outcome?.reason : error instanceof Error ? error.message : String(error);

  await record(recorder, result, outcome, reason, text, settings.traffic.context);

  const timelinePath = path.join(
    settings.traffic.context.runnerTemp,
    `rollback-${settings.traffic.context.runId || 'local'}-${Date.now()}.json`,
  );
  await mkdir(path.dirname(timelinePath), { recursive: true });
  const flow = outcome?.flow;
  const document = {
    result,
    reason: reason === undefined ? undefined : text(reason),
    plan: plan && planDocument(plan, text),
    recoveryMs: outcome?.recoveryMs === undefined ? undefined : Math.round(outcome.recoveryMs),
    switch: flow && { method: flow.switchMethod, ms: flow.switchMs, verification: flow.verification?.result.stats },
    phases: timeline.entries.map((entry) => ({ ...entry, detail: text(entry.detail) })),
  };
  await writeFile(timelinePath, `${JSON.stringify(document, null, 2)}\n`);

  await writeSummary(renderSummary(settings, outcome, result, reason, timeline, recorder.id, text));

  setVerdict(result);
  core.setOutput('method', plan?.method ?? '');
  core.setOutput('from-version', plan?.from.version ?? '');
  core.setOutput('to-version', plan?.to?.version ?? '');
  core.setOutput('active-slot', outcome?.activeSlot ?? '');
  core.setOutput(
    'recovery-ms',
    result === 'rolled-back' && outcome?.recoveryMs !== undefined ? String(Math.round(outcome.recoveryMs)) : '',
  );
  core.setOutput('plan', plan ? JSON.stringify(planDocument(plan, text)) : '');
  core.setOutput('deployment-id', recorder.id === undefined ? '' : String(recorder.id));
  core.setOutput('timeline-path', timelinePath);

  if (error !== undefined) throw error;
  if (result === 'failed' || result === 'switched-back') throw new UserError(text(reason ?? 'the rollback failed'));
}

/**
 * The restored version's deployment gets its final status; the bad one (the live version's newest successful
 * deployment) gets a failure status "Rolled back by <run>" once traffic left it, so no later rollback picks it.
 */
async function record(
  recorder: DeploymentRecorder,
  result: RollbackResult,
  outcome: RollbackOutcome | undefined,
  reason: string | undefined,
  text: (value: string) => string,
  context: RunContext,
): Promise<void> {
  const plan = outcome?.plan;
  if (result === 'rolled-back')
    await recorder.finish('success', `${plan!.to!.version} restored in slot ${plan!.to!.slot}`);
  else await recorder.finish('failure', text(reason ?? 'the rollback failed'));
  const bad = plan?.badDeployment;
  const trafficLeft =
    plan?.to !== undefined && outcome?.activeSlot === plan.to.slot && outcome.activeSlot !== plan.from.slot;
  if (bad && trafficLeft) {
    const by = context.runUrl ?? `run ${context.runId || '?'}`;
    await recorder.status(bad.id, 'failure', rolledBackDescription(by));
  }
}

/** The `plan` output: a stable JSON shape (documented in the README). */
export function planDocument(plan: RollbackPlan, text: (value: string) => string = (value) => value) {
  return {
    mode: plan.mode,
    status: plan.status,
    method: plan.method ?? null,
    why: text(plan.why),
    from: { slot: plan.from.slot ?? null, version: plan.from.version ?? null },
    to: plan.to ? { slot: plan.to.slot, version: plan.to.version, source: plan.to.source } : null,
    candidates: plan.candidates.map((candidate) => ({
      source: candidate.source,
      ...(candidate.slot === undefined ? {} : { slot: candidate.slot }),
      ...(candidate.deploymentId === undefined ? {} : { deploymentId: candidate.deploymentId }),
      version: candidate.version ?? null,
      verdict: candidate.verdict,
      reason: text(candidate.reason),
    })),
    badDeployment: plan.badDeployment?.id ?? null,
    ...(plan.nearest ? { nearest: plan.nearest } : {}),
  };
}

function renderSummary(
  settings: RollbackSettings,
  outcome: RollbackOutcome | undefined,
  result: RollbackResult,
  reason: string | undefined,
  timeline: Timeline,
  deploymentId: number | undefined,
  text: (value: string) => string,
): string {
  const { traffic } = settings;
  const plan = outcome?.plan;
  const to = plan?.to?.version;
  const lines = [`## Rollback: ${HEADLINE[result]}${to ? ` to ${to}` : ''}`, ''];
  if (reason) lines.push(`> ${text(reason).replace(/\n/g, ' ')}`, '');
  const rows: [string, string][] = [];
  if (plan) {
    rows.push(['Was live', `${plan.from.version ?? 'unknown version'} in slot ${plan.from.slot ?? 'none'}`]);
    if (plan.status === 'ready') rows.push(['Method', `**${plan.method}** (mode ${plan.mode}): ${plan.why}`]);
  }
  if (outcome && result !== 'planned') rows.push(['Traffic', `**${outcome.activeSlot ?? 'no slot'}** now`]);
  const flow = outcome?.flow;
  if (flow?.switchMs !== undefined)
    rows.push(['Switch', `${flow.switchMethod ?? ''}, ${Math.round(flow.switchMs)} ms from decision to read-back`]);
  if (result === 'rolled-back' && outcome?.recoveryMs !== undefined)
    rows.push(['Recovery', `${Math.round(outcome.recoveryMs)} ms from the action's start to verified`]);
  const stats = flow?.verification?.result.stats;
  if (stats)
    rows.push(['Verification', `${stats.count} requests, ${stats.failed} failed, p95 ${stats.p95Ms.toFixed(1)} ms`]);
  if (!traffic.probes.publicUrl)
    rows.push(['Entrypoint', 'not checked: no public-url, so the switch was read back from the target only']);
  rows.push([
    'Target',
    `${traffic.target.kind}${traffic.ssh ? ` over ssh ${traffic.ssh.user}@${traffic.ssh.host}:${traffic.ssh.port}` : ' on the runner'}`,
  ]);
  if (deploymentId !== undefined) rows.push(['Deployment', `#${deploymentId} in ${traffic.environment}`]);
  for (const note of outcome?.notes ?? []) rows.push(['Note', text(note)]);
  lines.push('| | |', '| --- | --- |', ...rows.map(([key, value]) => `| ${key} | ${cell(value)} |`), '');
  if (plan && plan.candidates.length > 0) {
    lines.push(
      '### Plan',
      '',
      'Candidates in the order they were considered: `to-version`, the standby slot, the deployment history, the semver tags.',
      '',
      '| # | Candidate | Version | Verdict | Why |',
      '| ---: | --- | --- | --- | --- |',
      ...plan.candidates.map(
        (candidate, index) =>
          `| ${index + 1} | ${cell(label(candidate))} | ${cell(candidate.version ?? '')} | ${candidate.verdict === 'chosen' ? '✅ chosen' : 'skipped'} | ${cell(text(candidate.reason))} |`,
      ),
      '',
    );
  }
  lines.push('### Timeline', '', renderTimeline(timeline.entries, text), '');
  return lines.join('\n');
}

function cell(value: string): string {
  return value.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
