/**
 * Where a target's scripts run: on the runner itself, or on the target host over SSH. Every target talks to its
 * machine through this contract only, so each target works both ways.
 *
 * A script is bash, sent on stdin (never on a command line, where other users of the host could read it), with
 * its variables exported at the top. The whole script is one compound command, parsed before any of it runs, so a
 * command inside that reads stdin cannot swallow the rest of the script.
 */
import { runCommand } from '../exec/exec.ts';
import type { SlotAddress } from './slots.ts';

export interface ScriptResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  durationMs: number;
}

export interface ScriptOptions {
  /** Variables exported before the script runs. */
  env?: Record<string, string | undefined>;
  /** Killed after this long. */
  timeoutMs?: number;
  /** Stream the output to the log as it comes (the user's own commands). */
  echo?: boolean;
}

export interface Transport {
  /** `local`, or `ssh deploy@host:22`, for messages. */
  readonly description: string;
  run(script: string, options?: ScriptOptions): Promise<ScriptResult>;
  /**
   * An address on the runner that reaches `address` as the target host sees it: the address itself locally, a
   * tunnel through the SSH connection otherwise.
   */
  reach(address: SlotAddress): Promise<SlotAddress>;
  close(): Promise<void>;
}

/** Quotes a value for bash: single quotes, with embedded single quotes closed and escaped. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** The text sent to `bash -s`: exports, then the script, wrapped so that bash reads all of it first. */
export function scriptText(script: string, env: Record<string, string | undefined> = {}): string {
  const exports = Object.entries(env)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => `export ${name}=${shellQuote(value)}`);
  return `{\nexec </dev/null\n${exports.join('\n')}\n${script}\n}\n`;
}

const DEFAULT_SCRIPT_TIMEOUT_MS = 120_000;

/** Runs `command args` with the script on stdin and turns the result into a ScriptResult. */
export async function runScript(
  command: string,
  args: readonly string[],
  script: string,
  options: ScriptOptions,
  secrets: readonly string[] = [],
): Promise<ScriptResult> {
  const result = await runCommand(command, args, {
    input: scriptText(script, options.env),
    timeoutMs: options.timeoutMs ?? DEFAULT_SCRIPT_TIMEOUT_MS,
    echo: options.echo ?? false,
    secrets,
    maxOutputBytes: 1024 * 1024,
  });
  return {
    exitCode: result.exitCode,
    stdout: result.stdout,
    stderr: result.stderr,
    timedOut: result.timedOut,
    durationMs: result.durationMs,
  };
}

export class LocalTransport implements Transport {
  readonly description = 'local';
  run(script: string, options: ScriptOptions = {}): Promise<ScriptResult> {
    return runScript('bash', ['-s'], script, options);
  }
  reach(address: SlotAddress): Promise<SlotAddress> {
    return Promise.resolve(address);
  }
  close(): Promise<void> {
    return Promise.resolve();
  }
}
