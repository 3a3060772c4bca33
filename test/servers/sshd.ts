/**
 * Real OpenSSH sshd (Debian's /usr/sbin/sshd, package openssh-server) on 127.0.0.1 for deploy tests:
 * its own temp dir with a fresh ed25519 host key, a fresh client key pair, an authorized_keys file
 * and a pid file; public-key login only, for the current user (root included).
 *
 *   const sshd = await startSshd();
 *   // ssh -i sshd.clientKeyPath -o UserKnownHostsFile=<file with sshd.knownHosts>
 *   //     -o StrictHostKeyChecking=yes -p sshd.port sshd.user@127.0.0.1 …
 *   await sshd.stop();
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort, waitForPort } from './free-port.ts';

export const SSHD_BINARY = process.env['SSHD_BINARY'] ?? '/usr/sbin/sshd';
/** Privilege separation directory Debian's sshd refuses to start without. */
const PRIVSEP_DIR = '/run/sshd';

export interface SshdServer {
  host: '127.0.0.1';
  port: number;
  /** The login user: whoever runs the tests (os.userInfo().username). */
  user: string;
  /** The client's private key (OpenSSH PEM text). */
  clientKey: string;
  /** The same key as a 0600 file (ssh refuses keys other users can read). */
  clientKeyPath: string;
  /** known_hosts line(s) for `[127.0.0.1]:port`, exactly as `ssh-keyscan -p port 127.0.0.1` prints them. */
  knownHosts: string;
  /** A known_hosts line for the same `[127.0.0.1]:port` with a different key: a host key mismatch. */
  otherKnownHosts: string;
  /** A known_hosts file holding `knownHosts`. */
  knownHostsPath: string;
  /** The temp dir holding keys, config and pid file (removed by stop()). */
  dir: string;
  /** ssh arguments that connect to this server with the pinned key (no config files, batch mode). */
  sshArgs(): string[];
  /** sshd's stderr so far (`-e`: its log). */
  log(): string;
  stop(): Promise<void>;
}

export function sshdAvailable(): boolean {
  return existsSync(SSHD_BINARY) && spawnSync('ssh', ['-V'], { timeout: 5000 }).status === 0;
}

function run(command: string, args: string[], input?: string): string {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 30_000, input });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal}): ${result.stderr}`);
  }
  return result.stdout;
}

/** A fresh ed25519 key pair at `file` and `file.pub`, no passphrase; returns the public key line. */
function newKey(file: string): string {
  run('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', '', '-f', file]);
  return readFileSync(`${file}.pub`, 'utf8').trim();
}

/** `[127.0.0.1]:port <type> <base64>`: ssh-keyscan's form (no comment) for a non-22 port. */
function knownHostsLine(port: number, publicKeyLine: string): string {
  const [type, base64] = publicKeyLine.split(/\s+/);
  return `[127.0.0.1]:${port} ${type} ${base64}`;
}

export function renderSshdConfig(dir: string, port: number): string {
  return [
    `Port ${port}`,
    'ListenAddress 127.0.0.1',
    `HostKey ${path.join(dir, 'ssh_host_ed25519_key')}`,
    `PidFile ${path.join(dir, 'sshd.pid')}`,
    `AuthorizedKeysFile ${path.join(dir, 'authorized_keys')}`,
    'PermitRootLogin prohibit-password',
    'PubkeyAuthentication yes',
    'PasswordAuthentication no',
    'KbdInteractiveAuthentication no',
    'UsePAM no',
    'UseDNS no',
    // StrictModes checks every directory up to / and rejects the world-writable /tmp ("bad ownership or
    // modes for directory /tmp"); the dir is 0700 and the file 0600 all the same.
    'StrictModes no',
    // No AcceptEnv line: the client's environment is never passed in.
    'PermitUserEnvironment no',
    // Deploy tests open many connections at once and multiplex sessions over one (ControlMaster).
    'MaxStartups 100',
    'MaxSessions 64',
    'LoginGraceTime 20',
    'X11Forwarding no',
    'PrintMotd no',
    'PrintLastLog no',
    'Subsystem sftp internal-sftp',
    'LogLevel INFO',
    '',
  ].join('\n');
}

/** Every process below `pid` (per-connection sshd children call setsid, so a process-group kill misses them). */
function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces: fields start after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      // The process ended while we looked.
    }
  }
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    for (const child of children.get(queue.shift()!) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

export async function startSshd(): Promise<SshdServer> {
  if (!existsSync(SSHD_BINARY)) throw new Error(`sshd not found at ${SSHD_BINARY} (apt-get install openssh-server)`);
  await mkdir(PRIVSEP_DIR, { recursive: true, mode: 0o755 });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sshd-test-'));
  await chmod(dir, 0o700);
  const port = await freePort();
  const user = os.userInfo().username;

  const hostPublic = newKey(path.join(dir, 'ssh_host_ed25519_key'));
  const otherPublic = newKey(path.join(dir, 'other_host_key'));
  const clientKeyPath = path.join(dir, 'client_ed25519');
  const clientPublic = newKey(clientKeyPath);
  const authorizedKeys = path.join(dir, 'authorized_keys');
  await writeFile(authorizedKeys, `${clientPublic}\n`, { mode: 0o600 });
  const knownHosts = knownHostsLine(port, hostPublic);
  const knownHostsPath = path.join(dir, 'known_hosts');
  await writeFile(knownHostsPath, `${knownHosts}\n`, { mode: 0o600 });
  const configPath = path.join(dir, 'sshd_config');
  await writeFile(configPath, renderSshdConfig(dir, port), { mode: 0o600 });
  // -t: check the config and keys before starting, for a clear error.
  run(SSHD_BINARY, ['-t', '-f', configPath]);

  const child: ChildProcess = spawn(SSHD_BINARY, ['-D', '-e', '-f', configPath], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const sshArgs = () => [
    '-F',
    'none',
    '-i',
    clientKeyPath,
    '-o',
    'IdentitiesOnly=yes',
    '-o',
    'BatchMode=yes',
    '-o',
    `UserKnownHostsFile=${knownHostsPath}`,
    '-o',
    'GlobalKnownHostsFile=/dev/null',
    '-o',
    'StrictHostKeyChecking=yes',
    '-o',
    'ConnectTimeout=5',
    '-p',
    String(port),
    `${user}@127.0.0.1`,
  ];

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    const pid = child.pid;
    const below = pid !== undefined ? descendants(pid) : [];
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    // Sessions still open (a ControlMaster, a hung command) have their own sshd processes.
    for (const other of below) {
      try {
        process.kill(other, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    await rm(dir, { recursive: true, force: true });
  };

  try {
    const deadline = Date.now() + 10_000;
    await Promise.race([
      (async () => {
        await waitForPort(port, 10_000);
        // An open port is not a working login: wait for a real pinned-key session.
        for (;;) {
          if (child.exitCode !== null || child.signalCode !== null) throw new Error(`sshd exited at start: ${stderr}`);
          const attempt = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
            const ssh = spawn('ssh', [...sshArgs(), 'true'], { stdio: ['ignore', 'ignore', 'pipe'] });
            let out = '';
            ssh.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
            const timer = setTimeout(() => ssh.kill('SIGKILL'), Math.max(1000, deadline - Date.now()));
            ssh.once('close', (code) => {
              clearTimeout(timer);
              resolve({ code, stderr: out });
            });
          });
          if (attempt.code === 0) return;
          if (Date.now() > deadline) {
            throw new Error(`ssh to the test sshd failed: ${attempt.stderr.trim()}\nsshd log:\n${stderr}`);
          }
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      })(),
      exited.then(() => {
        throw new Error(`sshd exited at start: ${stderr}`);
      }),
    ]);
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    host: '127.0.0.1',
    port,
    user,
    clientKey: await readFile(clientKeyPath, 'utf8'),
    clientKeyPath,
    knownHosts,
    otherKnownHosts: knownHostsLine(port, otherPublic),
    knownHostsPath,
    dir,
    sshArgs,
    log: () => stderr,
    stop,
  };
}
