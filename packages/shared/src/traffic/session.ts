/**
 * One run against a traffic target: the transport (local or SSH), the target, and the deploy lock, opened in that
 * order and closed in reverse whatever happens. Cancellation (SIGINT/SIGTERM from the runner) aborts the signal
 * the flow watches, so a switch in progress finishes or goes back instead of stopping half-way.
 *
 * The lock token is saved in the step's state: if the run dies before releasing it, the action's `post:` step
 * (which the runner runs even for a cancelled job) releases it.
 */
import { randomBytes } from 'node:crypto';
import * as core from '@actions/core';
import { TargetLock, type DeployLock, type HeldLock } from './lock.ts';
import type { TrafficSettings } from './settings.ts';
import { SshTransport } from './ssh.ts';
import type { TrafficTarget } from './target.ts';
import { LocalTransport, type Transport } from './transport.ts';

export interface TargetSession {
  transport: Transport;
  target: TrafficTarget;
  lock: HeldLock;
  /** Aborted when the runner cancels the step. */
  signal: AbortSignal;
}

const STATE_LOCK = 'traffic-lock';

async function openTransport(settings: TrafficSettings): Promise<Transport> {
  return settings.ssh ? SshTransport.connect(settings.ssh) : new LocalTransport();
}

function createTarget(settings: TrafficSettings, transport: Transport): TrafficTarget {
  return settings.target.create({
    transport,
    slots: settings.slots,
    commands: settings.commands,
    deployTimeoutMs: settings.deployTimeoutMs,
    options: settings.targetOptions,
    name: settings.environment ?? 'default',
  });
}

/** Validates the target's inputs without touching anything (throws a UserError naming the input). */
export function checkTargetSettings(settings: TrafficSettings): TrafficTarget {
  return createTarget(settings, new LocalTransport());
}

/** The lock file given by lock-file, else the target's own lock, else a file beside the target's state. */
function openLock(settings: TrafficSettings, transport: Transport, target: TrafficTarget, token: string): DeployLock {
  const owner = { owner: settings.context.runLabel, token };
  if (!settings.lock.path && target.createLock) return target.createLock(owner);
  return new TargetLock(transport, settings.lock.path ?? target.lockPath, owner);
}

export async function withTargetSession<T>(
  settings: TrafficSettings,
  log: { info(message: string): void; warning(message: string): void },
  body: (session: TargetSession) => Promise<T>,
): Promise<T> {
  checkTargetSettings(settings);
  const controller = new AbortController();
  const cancel = (signal: NodeJS.Signals) => {
    log.warning(`Received ${signal}: stopping at the next safe point (traffic is never left half-switched)`);
    controller.abort();
  };
  process.on('SIGINT', cancel);
  process.on('SIGTERM', cancel);
  const transport = await openTransport(settings);
  try {
    const target = createTarget(settings, transport);
    const token = randomBytes(16).toString('hex');
    const lock = openLock(settings, transport, target, token);
    const held = await lock.acquire({
      ttlSeconds: settings.lock.ttlSeconds,
      waitMs: settings.lock.waitMs,
      signal: controller.signal,
      onWait: (holder) => log.info(`Waiting for the deploy lock ${lock.description}, held by ${holder}`),
    });
    core.saveState(STATE_LOCK, JSON.stringify({ token }));
    if (held.tookOverFrom) log.warning(`Took over an expired deploy lock left by ${held.tookOverFrom}`);
    try {
      return await body({ transport, target, lock: held, signal: controller.signal });
    } finally {
      const released = await lock.release().catch(() => false);
      if (released) core.saveState(STATE_LOCK, '');
      else
        log.warning(
          `Could not release the deploy lock ${lock.description}; the post step will try again, and it expires after lock-ttl`,
        );
    }
  } finally {
    process.off('SIGINT', cancel);
    process.off('SIGTERM', cancel);
    await transport.close();
  }
}

/** True in the action's `post:` step (the runner sets STATE_* from what the main step saved). */
export function isPostStep(): boolean {
  return core.getState('post-step') === 'true';
}

export function markMainStep(): void {
  core.saveState('post-step', 'true');
}

/** The post step: releases a lock the main step left behind (it was cancelled or killed). */
export async function releaseLeftLock(
  settings: TrafficSettings,
  log: { info(message: string): void; warning(message: string): void },
): Promise<void> {
  const saved = core.getState(STATE_LOCK);
  if (!saved) return;
  const { token } = JSON.parse(saved) as { token: string };
  const transport = await openTransport(settings);
  try {
    const lock = openLock(settings, transport, createTarget(settings, transport), token);
    const released = await lock.release();
    log.info(
      released
        ? `Released the deploy lock ${lock.description} the main step left behind`
        : `The deploy lock ${lock.description} is no longer held by this run`,
    );
  } finally {
    await transport.close();
  }
}
