/**
 * Real HAProxy (Debian's /usr/sbin/haproxy) for tests and benchmarks, in master-worker mode from a temp dir: a
 * frontend on 127.0.0.1 that picks one backend per blue-green slot from a map file, the runtime API on a stats
 * socket (level admin) and the master CLI (for reloads).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort, waitForPort } from './free-port.ts';

export const HAPROXY_BINARY = process.env['HAPROXY_BINARY'] ?? '/usr/sbin/haproxy';

export function haproxyAvailable(): boolean {
  return existsSync(HAPROXY_BINARY);
}

export interface HaproxyOptions {
  /** Slot name → `host:port` of its server; each slot gets backend `<prefix>_<slot>` with health checks. */
  slots: Record<string, string>;
  prefix?: string;
  key?: string;
  /** Directory for config, map, sockets (default: a new temp dir, removed by stop()). */
  dir?: string;
  /** Extra lines for the defaults section (e.g. `option idle-close-on-response`). */
  defaults?: string[];
}

export interface HaproxyServer {
  port: number;
  url: string;
  dir: string;
  /** The runtime API socket (level admin). */
  socket: string;
  /** The map file the frontend routes by (empty at start). */
  map: string;
  /** Sends a command to the runtime API and returns its answer. */
  command(text: string): Promise<string>;
  /** A graceful reload through the master CLI; resolves once the new worker answers the runtime API. */
  reload(): Promise<void>;
  stop(): Promise<void>;
}

export function unixCommand(socket: string, text: string, timeoutMs = 5000): Promise<string> {
  return new Promise((resolve, reject) => {
    const connection = net.connect(socket);
    let answer = '';
    const timer = setTimeout(() => {
      connection.destroy();
      reject(new Error(`no answer from ${socket} within ${timeoutMs} ms`));
    }, timeoutMs);
    connection.on('connect', () => connection.end(`${text}\n`));
    connection.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    connection.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    connection.on('close', () => {
      clearTimeout(timer);
      resolve(answer);
    });
  });
}

export async function startHaproxy(options: HaproxyOptions): Promise<HaproxyServer> {
  if (!haproxyAvailable()) throw new Error(`haproxy not found at ${HAPROXY_BINARY} (apt-get install haproxy)`);
  const ownDir = options.dir === undefined;
  const dir = options.dir ?? (await mkdtemp(path.join(os.tmpdir(), 'haproxy-test-')));
  const prefix = options.prefix ?? 'app';
  const key = options.key ?? 'app';
  const port = await freePort();
  const socket = path.join(dir, 'admin.sock');
  const master = path.join(dir, 'master.sock');
  const map = path.join(dir, `${key}.map`);
  const names = Object.keys(options.slots);
  if (!existsSync(map)) await writeFile(map, '');
  const config = [
    'global',
    `  stats socket ${socket} mode 600 level admin`,
    '  maxconn 4096',
    'defaults',
    '  mode http',
    '  timeout connect 2s',
    '  timeout client 30s',
    '  timeout server 30s',
    '  timeout http-keep-alive 30s',
    ...(options.defaults ?? []).map((line) => `  ${line}`),
    'frontend www',
    `  bind 127.0.0.1:${port}`,
    `  use_backend %[str(${key}),map(${map},${prefix}_${names[0]})]`,
    ...names.flatMap((name) => [
      `backend ${prefix}_${name}`,
      `  server ${name} ${options.slots[name]} check inter 300ms fall 2 rise 2`,
    ]),
    // Both slots, weighted at runtime for gradual steps.
    `backend ${prefix}_split`,
    '  balance roundrobin',
    ...names.map((name) => `  server ${name} ${options.slots[name]} check inter 300ms fall 2 rise 2`),
    '',
  ].join('\n');
  const configPath = path.join(dir, 'haproxy.cfg');
  await writeFile(configPath, config);
  const child: ChildProcess = spawn(HAPROXY_BINARY, ['-W', '-S', `${master},mode,600`, '-f', configPath], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await Promise.race([
      waitForPort(port, 10_000),
      exited.then(() => {
        throw new Error(`haproxy exited at start: ${stderr}`);
      }),
    ]);
    await waitForSocket(socket);
  } catch (error) {
    child.kill('SIGKILL');
    if (ownDir) await rm(dir, { recursive: true, force: true });
    throw error;
  }
  let stopped = false;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    dir,
    socket,
    map,
    command: (text) => unixCommand(socket, text),
    async reload() {
      const before = await unixCommand(master, 'show proc');
      await unixCommand(master, 'reload');
      // The reload is done when the master lists a worker that was not there before.
      for (let i = 0; i < 100; i++) {
        const now = await unixCommand(master, 'show proc').catch(() => before);
        const pids = (text: string) => new Set([...text.matchAll(/^(\d+)\s+worker/gm)].map((m) => m[1]));
        if ([...pids(now)].some((pid) => !pids(before).has(pid))) return waitForSocket(socket);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error('haproxy did not reload within 5 s');
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
      if (ownDir) await rm(dir, { recursive: true, force: true });
    },
  };
}

async function waitForSocket(socket: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (
      await unixCommand(socket, 'show info', 1000).then(
        (answer) => answer.includes('Name:'),
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the runtime API at ${socket} did not answer`);
}
