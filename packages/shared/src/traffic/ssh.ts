/**
 * The SSH transport: one connection to the target host, reused by every phase (an OpenSSH control master),
 * authenticated with a deploy key and a pinned host key, never trust-on-first-use.
 *
 * The key is written with mode 0600 into a private temp directory and removed by close(); the control master
 * also exits on its own after a short idle time, so a killed run leaves nothing running for long.
 */
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { inputError, UserError } from '../action/errors.ts';
import { runCommand } from '../exec/exec.ts';
import type { SlotAddress } from './slots.ts';
import { runScript, type ScriptOptions, type ScriptResult, type Transport } from './transport.ts';

export interface SshSettings {
  host: string;
  user: string;
  port: number;
  /** The private key itself (from a secret), not a path. */
  key: string;
  /** known_hosts lines for the host, as `ssh-keyscan` prints them and a person checked. */
  knownHosts: string;
}

/** The control master stays up this long after the last session, then exits by itself. */
const CONTROL_PERSIST_SECONDS = 60;
const CONNECT_TIMEOUT_SECONDS = 15;

export class SshTransport implements Transport {
  readonly description: string;
  readonly #settings: SshSettings;
  readonly #dir: string;
  readonly #forwards = new Map<string, SlotAddress>();
  #closed = false;

  private constructor(settings: SshSettings, dir: string) {
    this.#settings = settings;
    this.#dir = dir;
    this.description = `ssh ${settings.user}@${settings.host}:${settings.port}`;
  }

  /**
   * Writes the key and known_hosts, checks both before anything is touched on the host, and opens the shared
   * connection. Bad input gets a UserError naming the input.
   */
  static async connect(settings: SshSettings): Promise<SshTransport> {
    // A short path: the control socket's path must fit in a unix socket address (about 100 bytes).
    const dir = await mkdtemp(path.join(os.tmpdir(), 'bg-ssh-'));
    await chmod(dir, 0o700);
    const transport = new SshTransport(settings, dir);
    try {
      await transport.#prepareFiles();
      await transport.#open();
      return transport;
    } catch (error) {
      await transport.close();
      throw error;
    }
  }

  get #keyPath(): string {
    return path.join(this.#dir, 'key');
  }
  get #knownHostsPath(): string {
    return path.join(this.#dir, 'known_hosts');
  }
  get #hostPattern(): string {
    const { host, port } = this.#settings;
    return port === 22 ? host : `[${host}]:${port}`;
  }

  #options(): string[] {
    return [
      '-o', 'BatchMode=yes',
      '-o', 'IdentitiesOnly=yes',
      '-o', `IdentityFile=${this.#keyPath}`,
      '-o', `UserKnownHostsFile=${this.#knownHostsPath}`,
      '-o', 'GlobalKnownHostsFile=/dev/null',
      '-o', 'StrictHostKeyChecking=yes',
      '-o', 'UpdateHostKeys=no',
      '-o', 'ControlMaster=auto',
      '-o', `ControlPath=${path.join(this.#dir, 'cm')}`,
      '-o', `ControlPersist=${CONTROL_PERSIST_SECONDS}`,
      '-o', `ConnectTimeout=${CONNECT_TIMEOUT_SECONDS}`,
      '-o', 'ServerAliveInterval=15',
      '-o', 'LogLevel=ERROR',
      '-p', String(this.#settings.port),
      '-l', this.#settings.user,
    ]; // prettier-ignore
  }

  async #prepareFiles(): Promise<void> {
    const key = this.#settings.key.replace(/\r\n/g, '\n').trim();
    if (!key) throw inputError('ssh-key', 'is required with ssh-host: the private deploy key (from a secret)');
    await writeFile(this.#keyPath, `${key}\n`, { mode: 0o600 });
    // Derives the public key: fails on a malformed key and on one protected by a passphrase.
    const check = await runCommand('ssh-keygen', ['-y', '-P', '', '-f', this.#keyPath], { timeoutMs: 10_000 });
    if (check.exitCode !== 0) {
      const why = check.stderr.includes('incorrect passphrase')
        ? 'it is protected by a passphrase'
        : firstLine(check.stderr) || 'ssh-keygen cannot read it';
      throw inputError(
        'ssh-key',
        `is not a usable private key (${why}); give the unencrypted private key (the whole -----BEGIN … PRIVATE KEY----- block)`,
      );
    }
    const knownHosts = this.#settings.knownHosts.replace(/\r\n/g, '\n').trim();
    if (!knownHosts) {
      throw inputError(
        'ssh-known-hosts',
        `is required with ssh-host: the host's key as known_hosts lines (ssh-keyscan -p ${this.#settings.port} ${this.#settings.host}, checked against the host's real fingerprint)`,
      );
    }
    await writeFile(this.#knownHostsPath, `${knownHosts}\n`, { mode: 0o600 });
    const found = await runCommand('ssh-keygen', ['-F', this.#hostPattern, '-f', this.#knownHostsPath], {
      timeoutMs: 10_000,
    });
    if (found.exitCode !== 0) {
      throw inputError(
        'ssh-known-hosts',
        `has no entry for ${this.#hostPattern}; add the line ssh-keyscan -p ${this.#settings.port} ${this.#settings.host} prints, after checking it against the host's real fingerprint`,
      );
    }
  }

  async #open(): Promise<void> {
    const result = await runCommand('ssh', [...this.#options(), this.#settings.host, 'true'], {
      timeoutMs: (CONNECT_TIMEOUT_SECONDS + 5) * 1000,
    });
    if (result.exitCode === 0) return;
    const stderr = result.stderr;
    if (/Host key verification failed|REMOTE HOST IDENTIFICATION HAS CHANGED|host key .* differs/i.test(stderr)) {
      throw inputError(
        'ssh-known-hosts',
        `does not match the key ${this.#hostPattern} presented (Host key verification failed): nothing was changed on the host; if the host's key really changed, update ssh-known-hosts`,
      );
    }
    if (/Permission denied/i.test(stderr)) {
      throw inputError(
        'ssh-key',
        `was refused by ${this.description} (Permission denied (publickey)): is its public key in ~${this.#settings.user}/.ssh/authorized_keys?`,
      );
    }
    throw new UserError(
      `Cannot connect to ${this.description}: ${firstLine(stderr) || `ssh exited with ${result.exitCode}`}`,
    );
  }

  run(script: string, options: ScriptOptions = {}): Promise<ScriptResult> {
    if (this.#closed) throw new Error('the SSH transport is closed');
    return runScript('ssh', [...this.#options(), '-T', this.#settings.host, 'bash -s'], script, options);
  }

  async reach(address: SlotAddress): Promise<SlotAddress> {
    const known = this.#forwards.get(address.text);
    if (known) return known;
    const localPort = await freeLoopbackPort();
    const remote =
      address.kind === 'unix'
        ? address.path
        : `${address.host.includes(':') ? `[${address.host}]` : address.host}:${address.port}`;
    const result = await runCommand(
      'ssh',
      [...this.#options(), '-O', 'forward', '-L', `127.0.0.1:${localPort}:${remote}`, this.#settings.host],
      { timeoutMs: 15_000 },
    );
    if (result.exitCode !== 0) {
      throw new UserError(
        `Cannot open an SSH tunnel to ${address.text} on ${this.description}: ${firstLine(result.stderr) || `ssh exited with ${result.exitCode}`}`,
      );
    }
    const local: SlotAddress = { kind: 'tcp', host: '127.0.0.1', port: localPort, text: `127.0.0.1:${localPort}` };
    this.#forwards.set(address.text, local);
    return local;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await runCommand('ssh', [...this.#options(), '-O', 'exit', this.#settings.host], { timeoutMs: 5_000 }).catch(
      () => undefined,
    );
    await rm(this.#dir, { recursive: true, force: true });
  }
}

function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map((line) => line.trim())
      .find(Boolean) ?? ''
  );
}

function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = process.getBuiltinModule('node:net').createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
