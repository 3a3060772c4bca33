/**
 * The blue-green flow over any traffic target, as named steps that each read the live state from the target:
 *
 *   discover → deploy to the idle slot → guard (the idle slot passes the checks) → re-read, abort if changed →
 *   switch (compare-and-swap) → read back through the entrypoint → verification window → keep or stop the old slot
 *
 * Any failure after traffic moved sends it back, but only to a slot that passes the checks at that moment;
 * otherwise traffic stays where it is and the outcome says why. `rollback` uses the same steps.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { UserError } from '../action/errors.ts';
import type { DeployProbes, HealthReport } from './probes.ts';
import { otherSlot, type Slot } from './slots.ts';
import { SwitchConflictError, type LiveState, type SwitchReport, type TrafficTarget } from './target.ts';
import type { Timeline } from './timeline.ts';

export type DeployResult = 'promoted' | 'switched-back' | 'failed' | 'unchanged' | 'prepared';
export type DeployPhase = 'all' | 'prepare' | 'promote';

export interface FlowTiming {
  /** How long the idle slot may take to pass its checks after the deploy. */
  readyTimeoutMs: number;
  /** How long a slot gets to prove itself healthy before traffic goes back to it. */
  recheckTimeoutMs: number;
  /** How long the entrypoint may take to answer from the new slot after the switch. */
  readbackTimeoutMs: number;
  /** Verification window after the switch; 0 for none. */
  verifyMs: number;
  /** Wait between the switch and stopping the old slot (when stopping it). */
  drainMs: number;
}

export interface FlowContext {
  target: TrafficTarget;
  probes: DeployProbes;
  timeline: Timeline;
  log: { info(message: string): void; warning(message: string): void };
  signal: AbortSignal;
  timing: FlowTiming;
  /** Called once the live state is known and the run will change something (records the deployment). */
  onStart?: (live: LiveState, slot: Slot) => Promise<void>;
}

export interface FlowOutcome {
  result: DeployResult;
  /** The slot taking traffic at the end, as the target last reported it. */
  activeSlot: string | undefined;
  /** The slot that took traffic before this run. */
  previousSlot: string | undefined;
  version: string;
  previousVersion: string | undefined;
  /** From the switch decision to the read-back through the entrypoint. */
  switchMs: number | undefined;
  switchMethod: string | undefined;
  /** Why the run failed or switched back. */
  reason: string | undefined;
  verification: HealthReport | undefined;
  /** What the target noticed (an interrupted switch recovered...) and other facts for the summary. */
  notes: string[];
}

export interface DeployRequest {
  version: string;
  phase: DeployPhase;
  stopPrevious: boolean;
  /** Gradual steps in percent of the traffic, increasing and ending at 100; [100] switches at once. */
  steps?: number[];
  /** How long each step below 100 is watched before the next. */
  stepIntervalMs?: number;
}

export async function blueGreenDeploy(ctx: FlowContext, request: DeployRequest): Promise<FlowOutcome> {
  const { target, timeline } = ctx;
  const live = await timeline.step(
    'discover',
    () => target.discover(),
    (state) => ({ ok: true, detail: describeState(state) }),
  );
  const outcome: FlowOutcome = {
    result: 'failed',
    activeSlot: live.active,
    previousSlot: live.active,
    version: request.version,
    previousVersion: live.active ? live.versions[live.active] : undefined,
    switchMs: undefined,
    switchMethod: undefined,
    reason: undefined,
    verification: undefined,
    notes: [...live.notes],
  };
  for (const note of live.notes) ctx.log.warning(note);

  if (live.active && live.versions[live.active] === request.version) {
    timeline.skip('deploy', `${request.version} is already live in slot '${live.active}'`);
    return { ...outcome, result: 'unchanged' };
  }
  const idle = otherSlot(target.slots, live.active);
  if (request.phase !== 'prepare') await ctx.onStart?.(live, idle);

  if (request.phase === 'promote') {
    const recorded = live.versions[idle.name];
    if (recorded !== undefined && recorded !== request.version) {
      throw new UserError(
        `Slot '${idle.name}' holds ${recorded}, not ${request.version}: run this version with phase: prepare first (nothing was changed)`,
      );
    }
    timeline.skip('deploy', `phase promote: ${request.version} was deployed to '${idle.name}' by the prepare phase`);
  } else {
    checkSignal(ctx, 'before the deploy');
    await timeline.step(
      `deploy ${request.version} to ${idle.name}`,
      () => target.deploy(idle, request.version, live),
      () => ({ ok: true, detail: 'the deploy command succeeded' }),
    );
  }
  const deployed = await target.discover();
  if (deployed.active !== live.active) {
    throw new UserError(
      `The live slot changed during the deploy (from '${live.active ?? 'none'}' to '${deployed.active ?? 'none'}'): another process is switching this target; nothing was switched`,
    );
  }

  checkSignal(ctx, 'before the checks of the new slot');
  const guard = await timeline.step(
    `check ${idle.name}`,
    () => ctx.probes.slotHealth(idle, request.version, ctx.timing.readyTimeoutMs, ctx.signal),
    (report) => ({ ok: report.healthy, detail: report.detail }),
  );
  const targetView = guard.healthy ? await targetReady(ctx, idle, ctx.timing.readyTimeoutMs) : undefined;
  if (targetView && !targetView.ok) {
    return {
      ...outcome,
      reason: `slot '${idle.name}' passed its checks, but ${target.kind} does not see it ready, so traffic was not switched and stays on '${live.active ?? 'nothing'}': ${targetView.detail}`,
    };
  }
  if (!guard.healthy) {
    return {
      ...outcome,
      reason: `slot '${idle.name}' with ${request.version} did not pass its checks, so traffic was not switched and stays on '${live.active ?? 'nothing'}': ${guard.detail}`,
    };
  }
  if (request.phase === 'prepare') return { ...outcome, result: 'prepared' };

  checkSignal(ctx, 'before the switch');
  const current = await target.discover();
  if (current.revision !== deployed.revision) {
    throw new UserError(
      `The live state changed while slot '${idle.name}' was being checked (${describeState(deployed)} → ${describeState(current)}): another process is changing this target; nothing was switched`,
    );
  }

  const steps = (request.steps ?? [100]).filter((percent) => percent < 100);
  for (const percent of steps) {
    const state = await target.discover();
    const shifted = await shiftTraffic(ctx, idle, percent, state, request.stepIntervalMs ?? 30_000);
    if (!shifted.ok) return await returnTraffic(ctx, outcome, idle, live, shifted.reason);
  }

  const moved = await moveTraffic(ctx, idle, steps.length > 0 ? await target.discover() : current, request.version);
  outcome.switchMethod = moved.report?.method;
  outcome.switchMs = moved.switchMs;
  if (!moved.moved) return { ...outcome, reason: moved.reason };
  outcome.activeSlot = idle.name;
  if (moved.reason) return await returnTraffic(ctx, outcome, idle, live, moved.reason);

  if (ctx.timing.verifyMs > 0) {
    const verification = await timeline.step(
      'verify',
      () => ctx.probes.verify(idle, ctx.signal),
      (report) => ({
        ok: report.healthy,
        detail: `${ctx.probes.hasPublicUrl ? 'through the entrypoint' : `on slot '${idle.name}' directly (no public-url)`}: ${report.detail}`,
      }),
    );
    outcome.verification = verification;
    if (!verification.healthy || ctx.signal.aborted) {
      const why = ctx.signal.aborted
        ? 'the run was cancelled during the verification window'
        : `the verification window failed: ${verification.detail}`;
      return await returnTraffic(ctx, outcome, idle, live, why);
    }
  } else {
    timeline.skip('verify', 'verify-duration is 0');
  }

  const previous = target.slots.find((slot) => slot.name === live.active);
  if (previous && request.stopPrevious && target.canStop) {
    await timeline.step(
      `stop ${previous.name}`,
      async () => {
        const drained = target.drain
          ? await target.drain(previous, ctx.timing.drainMs)
          : await sleep(ctx.timing.drainMs, undefined, { signal: ctx.signal }).then(
              () => `waited ${Math.round(ctx.timing.drainMs / 1000)} s`,
              () => 'cancelled',
            );
        await target.stop(previous);
        return drained;
      },
      (drained) => ({ ok: true, detail: `stopped after the drain (${drained})` }),
    );
  } else if (previous) {
    timeline.skip(
      `stop ${previous.name}`,
      `kept running with ${live.versions[previous.name] ?? 'its version'}, ready for a switch back`,
    );
  }
  return { ...outcome, result: 'promoted' };
}

export interface MoveResult {
  /** Traffic left the old slot (whatever happened next). */
  moved: boolean;
  report: SwitchReport | undefined;
  switchMs: number | undefined;
  /** Set when something failed: before the move (nothing changed) or after it (read-back). */
  reason: string | undefined;
}

/**
 * Switch with compare-and-swap, then read the traffic back through the entrypoint. When the target reports a
 * failure, the live state is read again: a failure never hides a switch that did happen.
 */
export async function moveTraffic(
  ctx: FlowContext,
  to: Slot,
  expected: LiveState,
  version: string | undefined,
): Promise<MoveResult> {
  const started = performance.now();
  let report: SwitchReport;
  try {
    report = await ctx.timeline.step(
      `switch to ${to.name}`,
      () => ctx.target.switchTo(to, expected),
      (value) => ({ ok: true, detail: `${value.method}: ${value.evidence}` }),
    );
  } catch (error) {
    const message = (error as Error).message;
    if (error instanceof SwitchConflictError)
      return {
        moved: false,
        report: undefined,
        switchMs: undefined,
        reason: `compare-and-swap refused the switch: ${message}; nothing was switched`,
      };
    const now = await ctx.target.discover().catch(() => undefined);
    if (now?.active === to.name)
      return {
        moved: true,
        report: undefined,
        switchMs: undefined,
        reason: `the switch reported a failure after traffic moved: ${message}`,
      };
    return {
      moved: false,
      report: undefined,
      switchMs: undefined,
      reason: `the switch failed and traffic stays on '${now?.active ?? expected.active ?? 'nothing'}': ${message}`,
    };
  }
  if (!ctx.probes.hasPublicUrl) {
    ctx.timeline.skip('read back', 'no public-url: the switch was read back from the target only');
    return { moved: true, report, switchMs: performance.now() - started, reason: undefined };
  }
  const readBack = await ctx.timeline.step(
    'read back',
    () => ctx.probes.entrypointServes(version, ctx.timing.readbackTimeoutMs, ctx.signal),
    (result) => ({
      ok: result.healthy,
      detail: result.healthy ? `the entrypoint answers${version ? ` with ${version}` : ''}` : result.detail,
    }),
  );
  const switchMs = performance.now() - started;
  if (!readBack.healthy)
    return {
      moved: true,
      report,
      switchMs,
      reason: `the entrypoint did not answer from slot '${to.name}' after the switch: ${readBack.detail}`,
    };
  return { moved: true, report, switchMs, reason: undefined };
}

/**
 * One gradual step: `percent` of the traffic to `to` (read back from the target), then a watch window through the
 * entrypoint with the checks and thresholds. Any breach is a failure the caller answers by sending all traffic back.
 */
async function shiftTraffic(
  ctx: FlowContext,
  to: Slot,
  percent: number,
  expected: LiveState,
  watchMs: number,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  const setWeight = ctx.target.setWeight?.bind(ctx.target);
  if (!setWeight) throw new UserError(`traffic-steps: the ${ctx.target.kind} target cannot split traffic`);
  try {
    await ctx.timeline.step(
      `shift ${percent}% to ${to.name}`,
      () => setWeight(to, percent, expected),
      (report) => ({ ok: true, detail: `${report.method}: ${report.evidence}` }),
    );
  } catch (error) {
    return { ok: false, reason: `the shift of ${percent}% to '${to.name}' failed: ${(error as Error).message}` };
  }
  const watch = await ctx.timeline.step(
    `watch at ${percent}%`,
    () => ctx.probes.verify(to, ctx.signal, watchMs, true),
    (report) => ({ ok: report.healthy, detail: report.detail }),
  );
  if (!watch.healthy || ctx.signal.aborted) {
    return {
      ok: false,
      reason: ctx.signal.aborted
        ? `the run was cancelled at ${percent}%`
        : `at ${percent}% on '${to.name}' the checks failed: ${watch.detail}`,
    };
  }
  return { ok: true };
}

/**
 * After a failure with traffic on `from`: send it back to the previously live slot only if that slot passes
 * the checks now, and read it back. Otherwise traffic stays where it is.
 */
export async function returnTraffic(
  ctx: FlowContext,
  outcome: FlowOutcome,
  from: Slot,
  before: LiveState,
  reason: string,
): Promise<FlowOutcome> {
  const back = ctx.target.slots.find((slot) => slot.name === before.active);
  if (!back) {
    return {
      ...outcome,
      result: 'failed',
      reason: `${reason}; this was the first deploy, so there is no earlier slot to switch back to and traffic stays on '${from.name}'`,
    };
  }
  const version = before.versions[back.name];
  const health = await ctx.timeline.step(
    `re-check ${back.name}`,
    () => ctx.probes.slotHealth(back, version, ctx.timing.recheckTimeoutMs),
    (report) => ({ ok: report.healthy, detail: report.detail }),
  );
  const view = health.healthy ? await targetReady(ctx, back, ctx.timing.recheckTimeoutMs) : undefined;
  if (view && !view.ok) {
    return {
      ...outcome,
      result: 'failed',
      reason: `${reason}; slot '${back.name}' answers its checks but ${ctx.target.kind} does not see it ready (${view.detail}), so traffic stays on '${from.name}'`,
    };
  }
  if (!health.healthy) {
    return {
      ...outcome,
      result: 'failed',
      reason: `${reason}; slot '${back.name}' is not healthy now either (${health.detail}), so traffic stays on '${from.name}'`,
    };
  }
  const state = await ctx.target.discover();
  const moved = await moveTraffic(ctx, back, state, version);
  if (!moved.moved) {
    return {
      ...outcome,
      result: 'failed',
      reason: `${reason}; switching back to '${back.name}' failed too: ${moved.reason ?? 'unknown'}`,
    };
  }
  if (moved.reason) {
    return {
      ...outcome,
      activeSlot: back.name,
      result: 'failed',
      reason: `${reason}; traffic went back to '${back.name}' but ${moved.reason}`,
    };
  }
  return {
    ...outcome,
    activeSlot: back.name,
    result: 'switched-back',
    reason: `${reason}; traffic was switched back to '${back.name}' (${version ?? 'its version'}), which passed its checks`,
  };
}

/** The target's own readiness view of a slot, recorded on the timeline; undefined when the target has none. */
async function targetReady(
  ctx: FlowContext,
  slot: Slot,
  deadlineMs: number,
): Promise<{ ok: boolean; detail: string } | undefined> {
  const ready = ctx.target.ready?.bind(ctx.target);
  if (!ready) return undefined;
  return ctx.timeline.step(
    `${ctx.target.kind} sees ${slot.name}`,
    () => ready(slot, deadlineMs, ctx.signal),
    (view) => view,
  );
}

function checkSignal(ctx: FlowContext, when: string): void {
  if (ctx.signal.aborted) throw new UserError(`The run was cancelled ${when}; traffic was not switched`);
}

export function describeState(state: LiveState): string {
  if (!state.active) return 'no live slot yet';
  const versions = Object.entries(state.versions)
    .filter(([, version]) => version !== undefined)
    .map(([slot, version]) => `${slot}=${version}`)
    .join(', ');
  return `'${state.active}' live${versions ? ` (${versions})` : ''}`;
}
