/**
 * The user's own shell commands (deploy, stop, and the command target's switch and status), run through the
 * transport with the slot's details in the environment. Their output streams to the log as a `run:` step's would.
 */
import { UserError } from '../action/errors.ts';
import type { Slot } from './slots.ts';
import type { LiveState, TargetContext } from './target.ts';
import type { ScriptResult, Transport } from './transport.ts';

export type UserCommand = 'deploy' | 'stop' | 'switch' | 'status';

export interface CommandEnvironment {
  slot: Slot;
  version: string | undefined;
  /** The slot live before this command, and its version. */
  activeSlot: string | undefined;
  activeVersion: string | undefined;
}

/** The variables every user command sees. */
export function commandVariables(env: CommandEnvironment): Record<string, string> {
  return {
    SLOT: env.slot.name,
    SLOT_ADDRESS: env.slot.address?.text ?? '',
    SLOT_HOST: env.slot.address?.kind === 'tcp' ? env.slot.address.host : '',
    SLOT_PORT: env.slot.address?.kind === 'tcp' ? String(env.slot.address.port) : '',
    SLOT_SOCKET: env.slot.address?.kind === 'unix' ? env.slot.address.path : '',
    VERSION: env.version ?? '',
    ACTIVE_SLOT: env.activeSlot ?? '',
    ACTIVE_VERSION: env.activeVersion ?? '',
  };
}

/** Runs one user command; throws a UserError with the exit code and the last lines of its output on failure. */
export async function runUserCommand(
  transport: Transport,
  name: UserCommand,
  command: string,
  env: CommandEnvironment,
  options: { timeoutMs: number; echo?: boolean; extraEnv?: Record<string, string> },
): Promise<ScriptResult> {
  const result = await transport.run(command, {
    env: { ...commandVariables(env), ...options.extraEnv },
    timeoutMs: options.timeoutMs,
    echo: options.echo ?? true,
  });
  if (result.timedOut) {
    throw new UserError(
      `The ${name} command for slot '${env.slot.name}' did not finish within ${Math.round(options.timeoutMs / 1000)} s and was stopped`,
    );
  }
  if (result.exitCode !== 0) {
    const tail = lastLines(result.stderr || result.stdout, 5);
    throw new UserError(
      `The ${name} command for slot '${env.slot.name}' failed with exit code ${result.exitCode}${tail ? `: ${tail}` : ''}`,
    );
  }
  return result;
}

export function lastLines(text: string, count: number): string {
  return text.trim().split('\n').slice(-count).join(' | ').slice(0, 500);
}

/** The user's deploy command for `version` into `slot`, with what is live now in its environment. */
export async function runDeployCommand(
  context: TargetContext,
  slot: Slot,
  version: string,
  live: LiveState,
): Promise<void> {
  const activeVersion = live.active ? live.versions[live.active] : undefined;
  await runUserCommand(
    context.transport,
    'deploy',
    context.commands.deploy!,
    { slot, version, activeSlot: live.active, activeVersion },
    { timeoutMs: context.deployTimeoutMs },
  );
}

/** The user's stop command for `slot`, when there is one. */
export async function runStopCommand(context: TargetContext, slot: Slot): Promise<void> {
  if (!context.commands.stop) return;
  const env = { slot, version: undefined, activeSlot: undefined, activeVersion: undefined };
  await runUserCommand(context.transport, 'stop', context.commands.stop, env, { timeoutMs: context.deployTimeoutMs });
}
