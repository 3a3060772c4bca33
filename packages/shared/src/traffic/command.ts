/**
 * The command target: the user's own shell commands per phase, for Docker Compose, cloud CLIs and scripts.
 *
 *   deploy  starts VERSION in slot SLOT (at SLOT_ADDRESS)           required
 *   switch  sends all traffic to SLOT; EXPECTED_ACTIVE is the slot   required
 *           that was live when the action read the state, for the script's own compare-and-swap
 *   status  prints the live state as JSON:                          required
 *           {"active": "blue", "versions": {"blue": "1.4.0", "green": "1.5.0"}}
 *   stop    stops slot SLOT                                          optional
 *
 * The action trusts no exit code alone: after `switch` it runs `status` again and checks the new slot is live.
 */
import { createHash } from 'node:crypto';
import { inputError, UserError } from '../action/errors.ts';
import { runDeployCommand, runStopCommand, runUserCommand } from './commands.ts';
import type { Slot } from './slots.ts';
import {
  SwitchConflictError,
  type LiveState,
  type SwitchReport,
  type TargetContext,
  type TrafficTarget,
} from './target.ts';
import type { TargetDefinition } from './targets.ts';

export class CommandTarget implements TrafficTarget {
  readonly kind = 'command';
  readonly slots: readonly Slot[];
  readonly lockPath: string;
  readonly canStop: boolean;
  readonly weighted = false;
  readonly #context: TargetContext;

  constructor(context: TargetContext) {
    for (const name of ['deploy', 'switch', 'status'] as const) {
      if (!context.commands[name]) {
        throw inputError(
          name,
          `is required for the command target: ${name === 'deploy' ? 'the shell command that starts VERSION in slot SLOT' : name === 'switch' ? 'the shell command that sends all traffic to slot SLOT' : 'a shell command that prints {"active": "<slot>", "versions": {"<slot>": "<version>"}}'}`,
        );
      }
    }
    this.#context = context;
    this.slots = context.slots;
    this.lockPath =
      context.options['lock-file'] ||
      `/tmp/pipeline-actions-blue-green-${context.name.replace(/[^A-Za-z0-9_.-]/g, '_')}.lock`;
    this.canStop = Boolean(context.commands.stop);
  }

  async discover(): Promise<LiveState> {
    const any = this.slots[0]!;
    const result = await runUserCommand(
      this.#context.transport,
      'status',
      this.#context.commands.status!,
      { slot: any, version: undefined, activeSlot: undefined, activeVersion: undefined },
      { timeoutMs: 60_000, echo: false },
    );
    return this.#parseStatus(result.stdout);
  }

  async deploy(slot: Slot, version: string, live: LiveState): Promise<void> {
    await runDeployCommand(this.#context, slot, version, live);
  }

  async switchTo(slot: Slot, expected: LiveState): Promise<SwitchReport> {
    const now = await this.discover();
    if (now.revision !== expected.revision) {
      throw new SwitchConflictError(
        `the status command reports a different live state than when it was read (active '${now.active ?? 'none'}', was '${expected.active ?? 'none'}')`,
      );
    }
    await runUserCommand(
      this.#context.transport,
      'switch',
      this.#context.commands.switch!,
      {
        slot,
        version: expected.versions[slot.name],
        activeSlot: expected.active,
        activeVersion: expected.active ? expected.versions[expected.active] : undefined,
      },
      { timeoutMs: 120_000, extraEnv: { EXPECTED_ACTIVE: expected.active ?? '' } },
    );
    const after = await this.discover();
    if (after.active !== slot.name) {
      throw new UserError(
        `The switch command exited 0, but the status command still reports '${after.active ?? 'no slot'}' as live, not '${slot.name}'`,
      );
    }
    return { method: 'command', evidence: `status reports ${slot.name} live` };
  }

  async stop(slot: Slot): Promise<void> {
    await runStopCommand(this.#context, slot);
  }

  #parseStatus(stdout: string): LiveState {
    // The JSON is the last non-empty line, so the script may log before it.
    const line = stdout.trim().split('\n').pop()?.trim() ?? '';
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw new UserError(
        `The status command must print JSON such as {"active": "blue", "versions": {"blue": "1.4.0"}} as its last line; it printed '${line.slice(0, 200)}'`,
      );
    }
    const status = parsed as { active?: unknown; versions?: unknown };
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
      throw new UserError(
        `The status command printed ${line.slice(0, 200)}: expected a JSON object with "active" and "versions"`,
      );
    const names = this.slots.map((slot) => slot.name);
    let active: string | undefined;
    if (status.active !== undefined && status.active !== null && status.active !== '') {
      if (typeof status.active !== 'string' || !names.includes(status.active)) {
        throw new UserError(
          `The status command reports active ${JSON.stringify(status.active)}, which is not a slot (${names.join(', ')})`,
        );
      }
      active = status.active;
    }
    const versions: Record<string, string | undefined> = {};
    if (status.versions !== undefined && status.versions !== null) {
      if (typeof status.versions !== 'object' || Array.isArray(status.versions))
        throw new UserError('The status command\'s "versions" must be an object of slot to version');
      for (const [name, version] of Object.entries(status.versions as Record<string, unknown>)) {
        if (!names.includes(name)) continue;
        if (typeof version === 'string' && version) versions[name] = version;
      }
    }
    const revision = createHash('sha256').update(JSON.stringify({ active, versions })).digest('hex').slice(0, 16);
    return { active, versions, revision, notes: [] };
  }
}

export const commandTarget: TargetDefinition = {
  kind: 'command',
  inputs: ['lock-file'],
  addressRequired: true,
  create: (context) => new CommandTarget(context),
};
