/**
 * Runs a command from an argument array — never a shell string built from
 * inputs — with a timeout, captured output and secrets masked. A user who
 * wants a shell asks for it explicitly: runCommand('bash', ['-c', script]).
 */
import * as core from '@actions/core';
import { UserError } from '../action/errors.ts';

export interface RunCommandOptions {
  cwd?: string;
  /** Added to (not replacing) the current environment. */
  env?: Record<string, string | undefined>;
  /** Killed (the whole process group) after this many milliseconds. */
  timeoutMs?: number;
  /** Values replaced by *** in captured output and registered with the runner's masker. */
  secrets?: readonly string[];
  /** Written to stdin, which is then closed. */
  input?: string;
  /** Cap per captured stream; the tail is kept. Default 4 MiB. */
  maxOutputBytes?: number;
  /** Stream output to the log as it comes (masked by the runner). */
  echo?: boolean;
}

export interface CommandResult {
  command: string;
  args: string[];
  exitCode: number;
  /** The signal that ended it, if any. */
  signal: string | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  durationMs: number;
}

/** Masks every secret (longest first, so overlapping secrets are fully hidden). */
export function maskSecrets(text: string, secrets: readonly string[]): string {
  let masked = text;
  for (const secret of [...secrets].filter((s) => s.length > 0).sort((a, b) => b.length - a.length)) {
    masked = masked.split(secret).join('***');
  }
  return masked;
}

class Capture {
  private chunks: Buffer[] = [];
  private size = 0;
  truncated = false;
  private readonly limit: number;
  constructor(limit: number) {
    this.limit = limit;
  }
  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    while (this.size > this.limit && this.chunks.length > 1) {
      this.size -= this.chunks.shift()!.length;
      this.truncated = true;
    }
  }
  text(): string {
    const text = Buffer.concat(this.chunks).toString('utf8');
    return this.truncated ? `[… earlier output omitted …]\n${text}` : text;
  }
}

/**
 * Runs `command` with `args`. Resolves with the exit code whatever it is;
 * rejects with a UserError only when the command cannot start at all.
 */
export function runCommand(
  command: string,
  args: readonly string[],
  options: RunCommandOptions = {},
): Promise<CommandResult> {
  const secrets = options.secrets ?? [];
  for (const secret of secrets) if (secret) core.setSecret(secret);
  const limit = options.maxOutputBytes ?? 4 * 1024 * 1024;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    // child_process (and the net and dgram it loads) on first use: most runs of a gate start no process.
    const { spawn } = process.getBuiltinModule('node:child_process');
    const child = spawn(command, [...args], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
      shell: false,
    });
    const stdout = new Capture(limit);
    const stderr = new Capture(limit);
    let timedOut = false;
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            try {
              process.kill(-child.pid!, 'SIGKILL');
            } catch {
              child.kill('SIGKILL');
            }
          }, options.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout.push(chunk);
      if (options.echo) process.stdout.write(maskSecrets(chunk.toString('utf8'), secrets));
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr.push(chunk);
      if (options.echo) process.stdout.write(maskSecrets(chunk.toString('utf8'), secrets));
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (timer) clearTimeout(timer);
      const why =
        error.code === 'ENOENT'
          ? 'not found (is it installed and on PATH?)'
          : error.code === 'EACCES'
            ? 'not executable'
            : error.message;
      reject(new UserError(`Command '${command}' cannot start: ${why}`));
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({
        command,
        args: [...args],
        exitCode: code ?? (signal ? 128 : 1),
        signal,
        stdout: maskSecrets(stdout.text(), secrets),
        stderr: maskSecrets(stderr.text(), secrets),
        timedOut,
        durationMs: performance.now() - started,
      });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}
