/**
 * The contract every traffic target implements: nginx, the user's own commands, and later HAProxy and Kubernetes.
 * A target knows how to read its live state, deploy into a slot, switch with compare-and-swap and read the switch
 * back from the target itself. It decides nothing: the flow (flow.ts) decides, from what the target reports.
 */
import type { DeployLock, LockOwner } from './lock.ts';
import type { Slot, SlotAddress } from './slots.ts';
import type { Transport } from './transport.ts';

/** What the target says is live right now. */
export interface LiveState {
  /** The slot taking traffic; undefined before the first deploy. */
  active: string | undefined;
  /** The version each slot runs, as recorded on the target. */
  versions: Record<string, string | undefined>;
  /** Changes whenever the live state changes; a switch compares it (compare-and-swap). */
  revision: string;
  /** What the target noticed while reading, such as an interrupted switch it completed. */
  notes: string[];
}

/** What a switch did, as read back from the target. */
export interface SwitchReport {
  /** How the switch was made, for the summary: `symlink`, `reload`, `command`… */
  method: string;
  /** Evidence read back after the switch (new worker PIDs, the status the user's command printed…). */
  evidence: string;
}

/** The live state changed between reading it and switching: someone else is changing the target. */
export class SwitchConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SwitchConflictError';
  }
}

export interface TrafficTarget {
  readonly kind: string;
  readonly slots: readonly Slot[];
  /** Where the deploy lock file lives on the target host (unless the target keeps its own lock, below). */
  readonly lockPath: string;
  /** A lock kept in the target itself (a ConfigMap in the cluster) instead of a file on the transport's host. */
  createLock?(owner: LockOwner): DeployLock;
  discover(): Promise<LiveState>;
  /** Deploys `version` into `slot` with the user's command and records the version on the target. */
  deploy(slot: Slot, version: string, live: LiveState): Promise<void>;
  /**
   * Sends all traffic to `slot` if the live state is still `expected` (else throws SwitchConflictError), then
   * confirms from the target that the switch is applied. Throws with the target's own words when it is not; the
   * target is then left as it was before.
   */
  switchTo(slot: Slot, expected: LiveState): Promise<SwitchReport>;
  /** Stops the app in `slot` (the user's stop command); the slot keeps its recorded version. */
  stop(slot: Slot): Promise<void>;
  /** Whether stop() can do anything (a stop command is configured). */
  readonly canStop: boolean;
  /**
   * The target's own view of whether `slot` can take traffic (HAProxy's health checks, ready endpoints), waited
   * for up to `deadlineMs`. Targets without such a view leave it out: the direct checks are then the guard.
   */
  ready?(slot: Slot, deadlineMs: number, signal?: AbortSignal): Promise<{ ok: boolean; detail: string }>;
  /**
   * Sends `percent` (1–99) of the traffic to `slot` and the rest to the live slot, if the live state is still
   * `expected`, and reads the split back from the target. Only targets that can weigh traffic have it.
   */
  setWeight?(slot: Slot, percent: number, expected: LiveState): Promise<SwitchReport>;
  /** Whether setWeight works with this target's settings (nginx: host:port slots only). */
  readonly weighted: boolean;
  /**
   * Where the runner reaches `slot` for its direct checks when the slot's own address is not it (Kubernetes: a
   * preview Service pointed at the slot); undefined when there is no such route.
   */
  probeAddress?(slot: Slot): Promise<SlotAddress | undefined>;
  /** Waits, at most `deadlineMs`, until `slot` serves no request in flight; says what it saw. */
  drain?(slot: Slot, deadlineMs: number): Promise<string>;
}

/** What every target factory gets: the transport, the slots, and the action's raw settings for the target. */
export interface TargetContext {
  transport: Transport;
  slots: readonly Slot[];
  /** Shell commands given by the user, per phase (deploy, stop, switch, status). */
  commands: Partial<Record<'deploy' | 'stop' | 'switch' | 'status', string>>;
  /** Timeout of the user's deploy command. */
  deployTimeoutMs: number;
  /** Target-specific settings, already validated by the target's `settings()` parser. */
  options: Record<string, string>;
  /** A name for this deployment (environment, or the upstream), used in default paths. */
  name: string;
}
