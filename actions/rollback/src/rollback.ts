/**
 * The rollback, as named steps over the live state read from the target:
 *
 *   discover → check the standby slot (now) → plan (history, tags when needed) → dry-run: stop here
 *     switch:   switch to the standby slot (compare-and-swap) → read back through the entrypoint → [verify]
 *     redeploy: the blue-green flow with the chosen version (deploy to the idle slot, check, switch, read back…)
 *
 * After a switch, a restored version that fails its checks sends traffic back to the slot it left only when that
 * slot passes the checks now; otherwise traffic stays on the restored one. Either way the run fails: no flapping.
 * Everything that moves traffic is the shared traffic engine, as in blue-green-deploy.
 */
import * as core from '@actions/core';
import {
  blueGreenDeploy,
  describeState,
  moveTraffic,
  returnTraffic,
  UserError,
  withDeployProbes,
  withTargetSession,
  type DeploymentRecorder,
  type DeployProbes,
  type FlowContext,
  type FlowOutcome,
  type LiveState,
  type Slot,
  type TargetSession,
  type Timeline,
} from '@pipeline-actions/shared';
import { label, planRollback, type HistoryView, type RollbackPlan, type StandbyHealth, type TagsView } from './plan.ts';
import { STANDBY_CHECK_MS, type RollbackSettings } from './settings.ts';
import { readHistory, readTags } from './sources.ts';
import { sameVersion } from './versions.ts';

export type RollbackResult = 'rolled-back' | 'switched-back' | 'failed' | 'unchanged' | 'planned';

/** The traffic engine's result, in rollback's words. */
const RESULTS: Record<FlowOutcome['result'], RollbackResult> = {
  promoted: 'rolled-back',
  'switched-back': 'switched-back',
  unchanged: 'unchanged',
  failed: 'failed',
  prepared: 'failed',
};

export interface RollbackOutcome {
  result: RollbackResult;
  plan: RollbackPlan | undefined;
  /** What the traffic engine reported (switch method and time, verification, notes). */
  flow: FlowOutcome | undefined;
  /** The slot taking traffic at the end, as the target last reported it. */
  activeSlot: string | undefined;
  /** Why the run failed, or what it did. */
  reason: string | undefined;
  /** From the action's start to the restored version verified; set when rolled back. */
  recoveryMs: number | undefined;
  notes: string[];
  /** An error after the plan was made (a deploy command that failed…): thrown once everything is published. */
  error: unknown;
}

export interface RollbackContext {
  settings: RollbackSettings;
  session: TargetSession;
  probes: DeployProbes;
  timeline: Timeline;
  log: { info(message: string): void; warning(message: string): void };
  recorder: DeploymentRecorder;
  /** Started with the action, so the API's latency overlaps the lock and the discovery. */
  history: Promise<HistoryView>;
  readTags: () => Promise<TagsView>;
}

/** The rollback on the target: the session (transport, lock), the probes, the history and tags it plans with. */
export function rollbackOnTarget(
  settings: RollbackSettings,
  { timeline, recorder, log }: Pick<RollbackContext, 'timeline' | 'recorder' | 'log'>,
): Promise<RollbackOutcome> {
  const { traffic } = settings;
  const sources = { github: traffic.github, repo: traffic.context.repo, warn: log.warning };
  // Read while the lock is taken and the target discovered: the API's latency does not add to the recovery.
  const history = readHistory({ ...sources, environment: traffic.environment });
  return withTargetSession(traffic, log, (session) =>
    withDeployProbes(
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
          readTags: () => readTags({ ...sources, pattern: settings.tagPattern, workspace: settings.workspace }),
        }),
    ),
  );
}

export async function rollback(ctx: RollbackContext): Promise<RollbackOutcome> {
  const { settings, session, timeline } = ctx;
  const { target } = session;
  const flow: FlowContext = {
    target,
    probes: ctx.probes,
    timeline,
    log: ctx.log,
    signal: session.signal,
    timing: settings.traffic.timing,
  };

  const live = await timeline.step(
    'discover',
    () => target.discover(),
    (state) => ({ ok: true, detail: describeState(state) }),
  );
  for (const note of live.notes) ctx.log.warning(note);
  const plan = await makePlan(ctx, live);
  for (const line of planLines(plan)) ctx.log.info(line);

  const outcome: RollbackOutcome = {
    result: 'failed',
    plan,
    flow: undefined,
    activeSlot: live.active,
    reason: plan.why,
    recoveryMs: undefined,
    notes: [...live.notes],
    error: undefined,
  };
  if (plan.status === 'impossible') return outcome;
  if (plan.status === 'unchanged') return { ...outcome, result: 'unchanged' };
  if (settings.dryRun) {
    timeline.skip(plan.method!, 'dry-run: the plan is printed and nothing is changed');
    return { ...outcome, result: 'planned', reason: `dry-run: would ${plan.method} to ${plan.to!.version}` };
  }

  const to = plan.to!;
  const slot = target.slots.find((candidate) => candidate.name === to.slot)!;
  const record = (previous: LiveState) =>
    ctx.recorder.start({
      task: 'rollback',
      description: `rollback to ${to.version} in slot ${slot.name} (${plan.method})`,
      payload: {
        version: to.version,
        slot: slot.name,
        previousSlot: previous.active,
        previousVersion: previous.active ? previous.versions[previous.active] : undefined,
        target: `${settings.traffic.target.kind} (${session.transport.description})`,
        ...(plan.badDeployment ? { rollbackOf: plan.badDeployment.id } : {}),
      },
    });
  // A switch does not wait for the record: GitHub's API (writes spaced a second apart by the client) runs
  // beside it, and the final status waits for both. A redeploy records first, as blue-green-deploy does.
  let recording: Promise<void> = Promise.resolve();
  try {
    const result =
      plan.method === 'switch'
        ? await switchBack(ctx, flow, live, slot, to.version, () => (recording = record(live)))
        : await blueGreenDeploy(
            { ...flow, onStart: (state) => record(state) },
            { version: to.version, phase: 'all', stopPrevious: false },
          );
    const rolledBack = result.result === 'promoted';
    const verifiedAt = performance.now();
    await recording;
    return {
      ...outcome,
      result: RESULTS[result.result],
      flow: result,
      activeSlot: result.activeSlot,
      reason: rolledBack
        ? `${to.version} restored in slot '${slot.name}' by ${plan.method}`
        : `The rollback to ${to.version} failed: ${result.reason ?? 'unknown'}`,
      // Measured from the process start (performance.timeOrigin): the action's start as closely as it can see it.
      recoveryMs: rolledBack ? verifiedAt : undefined,
      notes: [...outcome.notes, ...result.notes.filter((note) => !outcome.notes.includes(note))],
    };
  } catch (error) {
    await recording;
    const now = await target.discover().catch(() => undefined);
    return {
      ...outcome,
      activeSlot: now?.active ?? live.active,
      reason: (error as Error).message,
      error,
    };
  }
}

/** Reads the standby slot's health and the sources, then plans (reading the tags only when the plan needs them). */
async function makePlan(ctx: RollbackContext, live: LiveState): Promise<RollbackPlan> {
  const { settings, timeline } = ctx;
  const standby = ctx.session.target.slots.find((slot) => slot.name !== live.active) ?? ctx.session.target.slots[1]!;
  // The probe and the rest of the history read overlap: neither waits for the other.
  const [standbyHealth, view] = await Promise.all([checkStandby(ctx, live, standby), ctx.history]);
  let history: HistoryView;
  if (settings.traffic.environment === undefined) {
    history = view;
    timeline.skip('read deployment history', 'no environment input');
  } else {
    history = await timeline.step(
      'read deployment history',
      async () => view,
      (view) => ({
        ok: view.available,
        detail: view.available
          ? `${view.records.length} deployments of ${view.environment}`
          : `not read: ${view.reason}`,
      }),
    );
  }
  const input = {
    mode: settings.mode,
    toVersion: settings.toVersion,
    live,
    slots: ctx.session.target.slots.map((slot) => slot.name),
    standbyHealth,
    history,
    tags: undefined as TagsView | undefined,
    tagPattern: settings.tagPattern,
    includePrereleases: settings.includePrereleases,
  };
  let plan = planRollback(input);
  if (plan.status === 'needs-tags') {
    input.tags = await timeline.step(
      `read tags ${settings.tagPattern.text}`,
      () => ctx.readTags(),
      (view) => ({
        ok: view.available,
        detail: view.available ? `${view.names.length} tags ${view.source}` : `not listed: ${view.reason}`,
      }),
    );
    plan = planRollback(input);
  }
  timeline.skip(
    'plan',
    plan.status === 'ready' ? `${plan.method} to ${plan.to!.version}: ${plan.why}` : `${plan.status}: ${plan.why}`,
  );
  return plan;
}

/**
 * The standby slot's checks, now, with a short deadline: it is running already, so it answers or it does not.
 * Skipped when it cannot be the way back (nothing in it, the live version, another version asked for, redeploy).
 */
async function checkStandby(ctx: RollbackContext, live: LiveState, standby: Slot): Promise<StandbyHealth> {
  const { settings } = ctx;
  const version = live.versions[standby.name];
  const liveVersion = live.active ? live.versions[live.active] : undefined;
  let skipped: string | undefined;
  if (live.active === undefined) skipped = 'nothing is live';
  else if (settings.mode === 'redeploy') skipped = 'mode is redeploy';
  else if (version === undefined) skipped = 'it holds no version';
  else if (version === liveVersion) skipped = 'it runs the live version';
  else if (settings.toVersion !== undefined && !sameVersion(settings.toVersion, version))
    skipped = `it holds ${version}, not ${settings.toVersion}`;
  if (skipped !== undefined) {
    ctx.timeline.skip(`check ${standby.name}`, skipped);
    return { skipped };
  }
  const report = await ctx.timeline.step(
    `check ${standby.name}`,
    () => ctx.probes.slotHealth(standby, version, STANDBY_CHECK_MS, ctx.session.signal),
    (health) => ({ ok: health.healthy, detail: health.detail }),
  );
  if (!report.healthy) return { healthy: false, detail: report.detail };
  // The target's own view too (HAProxy's health checks…), as blue-green-deploy's guard asks before a switch.
  const { target } = ctx.session;
  const ready = target.ready?.bind(target);
  if (!ready) return { healthy: true, detail: report.detail };
  const view = await ctx.timeline.step(
    `${target.kind} sees ${standby.name}`,
    () => ready(standby, STANDBY_CHECK_MS, ctx.session.signal),
    (result) => result,
  );
  return view.ok
    ? { healthy: true, detail: `${report.detail}; ${view.detail}` }
    : { healthy: false, detail: `${report.detail}, but ${target.kind} does not see it ready: ${view.detail}` };
}

/**
 * Traffic back to the standby slot: compare-and-swap against the state read at the start (the lock is held, so a
 * change means someone outside the lock), read back through the entrypoint, and the verification window only when
 * verify-duration asks for one.
 */
async function switchBack(
  ctx: RollbackContext,
  flow: FlowContext,
  live: LiveState,
  slot: Slot,
  version: string,
  startRecord: () => void,
): Promise<FlowOutcome> {
  const outcome: FlowOutcome = {
    result: 'failed',
    activeSlot: live.active,
    previousSlot: live.active,
    version,
    previousVersion: live.active ? live.versions[live.active] : undefined,
    switchMs: undefined,
    switchMethod: undefined,
    reason: undefined,
    verification: undefined,
    notes: [...live.notes],
  };
  if (ctx.session.signal.aborted)
    throw new UserError('The run was cancelled before the switch; traffic was not switched');
  startRecord();
  const moved = await moveTraffic(flow, slot, live, version);
  outcome.switchMethod = moved.report?.method;
  outcome.switchMs = moved.switchMs;
  if (!moved.moved) return { ...outcome, reason: moved.reason };
  outcome.activeSlot = slot.name;
  if (moved.reason) return returnTraffic(flow, outcome, slot, live, restoredUnhealthy(version, moved.reason));

  if (flow.timing.verifyMs > 0) {
    const verification = await ctx.timeline.step(
      'verify',
      () => ctx.probes.verify(slot, flow.signal),
      (report) => ({
        ok: report.healthy,
        detail: `${ctx.probes.hasPublicUrl ? 'through the entrypoint' : `on slot '${slot.name}' directly (no public-url)`}: ${report.detail}`,
      }),
    );
    outcome.verification = verification;
    if (!verification.healthy || flow.signal.aborted) {
      const why = flow.signal.aborted
        ? 'the run was cancelled during the verification window'
        : restoredUnhealthy(version, `the verification window failed: ${verification.detail}`);
      return returnTraffic(flow, outcome, slot, live, why);
    }
  } else {
    ctx.timeline.skip('verify', 'verify-duration is 0: the read-back is the verification');
  }
  return { ...outcome, result: 'promoted' };
}

function restoredUnhealthy(version: string, why: string): string {
  return `the restored version ${version} is unhealthy too (${why})`;
}

/** The plan as log lines: the live state, each candidate in order with its verdict, and the method. */
export function planLines(plan: RollbackPlan): string[] {
  const lines = [
    `Rollback plan (mode ${plan.mode}): slot '${plan.from.slot ?? 'none'}' is live with ${plan.from.version ?? 'an unknown version'}`,
  ];
  plan.candidates.forEach((candidate, index) => {
    const version = candidate.version && !candidate.reason.includes(candidate.version) ? ` (${candidate.version})` : '';
    lines.push(
      `  ${index + 1}. ${candidate.verdict === 'chosen' ? '✓' : '✗'} ${label(candidate)}${version}: ${candidate.reason}`,
    );
  });
  if (plan.status === 'ready') lines.push(`→ ${plan.method} to ${plan.to!.version}: ${plan.why}`);
  else lines.push(`→ ${plan.status === 'unchanged' ? 'nothing to do' : 'no rollback'}: ${plan.why}`);
  return lines;
}
