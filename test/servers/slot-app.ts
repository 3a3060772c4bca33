/**
 * TypeScript side of slot-app.mjs (a user's app in one blue-green slot): its path for deploy commands,
 * and helpers to start, query and stop slots from tests.
 *
 *   const dir = await mkdtemp(path.join(os.tmpdir(), 'slots-'));
 *   const blue = await startSlotApp({ slot: 'blue', version: '1.0.0', address: `unix:${dir}/blue.sock`, dir });
 *   (await slotRequest(blue.address, '/version')).body  // '1.0.0'
 *   await stopAllSlotApps(dir);
 *
 * A deploy command runs it the way a user's script would:
 *   `SLOT=green VERSION=2.0.0 SLOT_ADDRESS=… SLOT_APP_DIR=… node ${SLOT_APP} start`
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of slot-app.mjs. */
export const SLOT_APP = fileURLToPath(new URL('./slot-app.mjs', import.meta.url));

export type SlotBehaviour = 'healthy' | 'unhealthy' | 'never-ready' | `fail-after:${number}` | `slow:${number}`;

/** `host:port` (IPv6 in brackets) or `unix:/absolute/path.sock`, as slot-app.mjs accepts them. */
export type SlotAddress = string;

export function parseSlotAddress(address: SlotAddress): { socketPath: string } | { host: string; port: number } {
  if (address.startsWith('unix:')) return { socketPath: address.slice('unix:'.length) };
  const match = /^(\[[0-9a-fA-F:.]+\]|[^:[\]\s]+):(\d{1,5})$/.exec(address);
  if (!match) throw new Error(`not a slot address: ${address} (expected host:port or unix:/path)`);
  return { host: match[1]!.replace(/^\[(.*)\]$/, '$1'), port: Number(match[2]) };
}

export interface SlotResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One HTTP request to a slot over TCP or its unix socket, on a fresh connection (bounded by `timeoutMs`). */
export function slotRequest(
  address: SlotAddress,
  requestPath = '/',
  options: { method?: string; headers?: Record<string, string>; timeoutMs?: number } = {},
): Promise<SlotResponse> {
  const target = parseSlotAddress(address);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        ...('socketPath' in target ? { socketPath: target.socketPath } : { host: target.host, port: target.port }),
        path: requestPath,
        method: options.method ?? 'GET',
        headers: options.headers,
        // No pooled connection outlives the request (jest would wait on it).
        agent: false,
        timeout: options.timeoutMs ?? 5000,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error(`${address}${requestPath}: no answer in time`)));
    request.on('error', reject);
    request.end();
  });
}

/** Polls /health until the slot answers anything HTTP (any status), or `timeoutMs`; returns that status. */
export async function waitForSlot(address: SlotAddress, timeoutMs = 5000): Promise<number | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return (await slotRequest(address, '/health', { timeoutMs: Math.max(200, deadline - Date.now()) })).status;
    } catch {
      if (Date.now() >= deadline) return undefined;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

/** Runs `node slot-app.mjs <command>` with `env` on top of this process's environment. */
export function runSlotAppCommand(
  command: 'start' | 'stop' | 'stop-all',
  env: Record<string, string>,
  timeoutMs = 15_000,
): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [SLOT_APP, command],
      { env: { ...process.env, ...env }, timeout: timeoutMs, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`slot-app ${command} failed: ${error.message}\n${stderr}`));
        else resolve({ stdout, stderr });
      },
    );
  });
}

/** Stops every slot process recorded in `dir` (SIGTERM, then SIGKILL after 5 s). */
export async function stopAllSlotApps(dir: string): Promise<void> {
  await runSlotAppCommand('stop-all', { SLOT_APP_DIR: dir });
}

export interface SlotAppOptions {
  slot: string;
  version: string;
  address: SlotAddress;
  /** The state dir: <slot>.pid, <slot>.json, <slot>.log. */
  dir: string;
  /** Comma-joined when several; default healthy. */
  behaviour?: SlotBehaviour | SlotBehaviour[];
  /** More environment for the app. */
  env?: Record<string, string>;
  /** How long to wait for /health to answer (default 5 s). */
  readyTimeoutMs?: number;
}

export interface SlotApp {
  slot: string;
  version: string;
  address: SlotAddress;
  dir: string;
  pid: number;
  /** /health's status once it answered (500 for a failing app); undefined when it did not answer in time. */
  healthStatus: number | undefined;
  logPath: string;
  request(requestPath?: string): Promise<SlotResponse>;
  log(): Promise<string>;
  /** Stops this slot's process (whatever `start` last put in the slot). */
  stop(): Promise<void>;
}

/** `slot-app.mjs start`, then waits (bounded) until /health answers; never-ready apps return with no status. */
export async function startSlotApp(options: SlotAppOptions): Promise<SlotApp> {
  const behaviour = Array.isArray(options.behaviour) ? options.behaviour.join(',') : (options.behaviour ?? 'healthy');
  const env: Record<string, string> = {
    ...options.env,
    SLOT: options.slot,
    VERSION: options.version,
    SLOT_ADDRESS: options.address,
    SLOT_APP_DIR: options.dir,
    SLOT_APP_BEHAVIOUR: behaviour,
  };
  // An inherited behaviour file would override the one asked for here.
  if (!options.env?.['SLOT_APP_BEHAVIOUR_FILE']) env['SLOT_APP_BEHAVIOUR_FILE'] = '';
  await runSlotAppCommand('start', env);
  const pid = Number.parseInt(await readFile(path.join(options.dir, `${options.slot}.pid`), 'utf8'), 10);
  const healthStatus = behaviour.includes('never-ready')
    ? undefined
    : await waitForSlot(options.address, options.readyTimeoutMs ?? 5000);
  const logPath = path.join(options.dir, `${options.slot}.log`);
  return {
    slot: options.slot,
    version: options.version,
    address: options.address,
    dir: options.dir,
    pid,
    healthStatus,
    logPath,
    request: (requestPath = '/') => slotRequest(options.address, requestPath),
    log: () => readFile(logPath, 'utf8').catch(() => ''),
    async stop() {
      await runSlotAppCommand('stop', { SLOT: options.slot, SLOT_APP_DIR: options.dir });
    },
  };
}
