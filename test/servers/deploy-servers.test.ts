import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  freePort,
  isLoopbackUrl,
  runSlotAppCommand,
  slotRequest,
  sshdAvailable,
  startLoad,
  startSlotApp,
  startSshd,
  stopAllSlotApps,
  waitForSlot,
  type SshdServer,
} from './index.ts';

/** Every pid a test started, checked at the end: nothing may outlive the file. */
const started = new Set<number>();
/** Temp dirs whose paths appear in command lines (sshd -f <dir>/sshd_config). */
const tempDirs: string[] = [];

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = spawnSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' }).stdout.trim();
  return stat !== '' && !stat.startsWith('Z');
}

function ssh(args: string[], timeoutMs = 10_000): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('ssh', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

(sshdAvailable() ? describe : describe.skip)('sshd on loopback', () => {
  let sshd: SshdServer;
  let dir: string;
  beforeAll(async () => {
    sshd = await startSshd();
    tempDirs.push(sshd.dir);
    dir = await mkdtemp(path.join(os.tmpdir(), 'sshd-client-'));
  });
  afterAll(async () => {
    await sshd?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('accepts the client key with the pinned host key', async () => {
    const result = await ssh([...sshd.sshArgs(), 'echo ok; id -un']);
    expect(result).toMatchObject({ code: 0, stdout: `ok\n${sshd.user}\n` });
    expect(sshd.clientKey).toContain('BEGIN OPENSSH PRIVATE KEY');
    expect(statSync(sshd.clientKeyPath).mode & 0o777).toBe(0o600);
  });

  test('knownHosts is what ssh-keyscan sees', () => {
    const scan = spawnSync('ssh-keyscan', ['-p', String(sshd.port), '127.0.0.1'], {
      encoding: 'utf8',
      timeout: 10_000,
    });
    expect(scan.stdout.trim()).toBe(sshd.knownHosts);
    expect(sshd.otherKnownHosts).toMatch(new RegExp(`^\\[127\\.0\\.0\\.1\\]:${sshd.port} ssh-ed25519 `));
    expect(sshd.otherKnownHosts).not.toBe(sshd.knownHosts);
  });

  test('refuses a mismatched known_hosts line', async () => {
    const other = path.join(dir, 'other_known_hosts');
    await writeFile(other, `${sshd.otherKnownHosts}\n`);
    const args = sshd
      .sshArgs()
      .map((arg) => (arg.startsWith('UserKnownHostsFile=') ? `UserKnownHostsFile=${other}` : arg));
    const result = await ssh([...args, 'true']);
    expect(result.code).toBe(255);
    expect(result.stderr).toContain('Host key verification failed');
  });

  test('runs 20 sessions at once over one master connection', async () => {
    const control = path.join(dir, 'cm.sock');
    const master = spawn('ssh', ['-M', '-N', '-o', `ControlPath=${control}`, ...sshd.sshArgs()], { stdio: 'ignore' });
    started.add(master.pid!);
    try {
      const deadline = Date.now() + 10_000;
      while (!existsSync(control) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(existsSync(control)).toBe(true);
      const sessions = await Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          ssh(['-o', `ControlPath=${control}`, '-o', 'ControlMaster=no', ...sshd.sshArgs(), `echo ${index}`]),
        ),
      );
      expect(sessions.map((session) => session.stdout.trim())).toEqual(
        Array.from({ length: 20 }, (_, index) => String(index)),
      );
    } finally {
      master.kill('SIGTERM');
    }
  });
});

describe('slot app', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'slots-'));
  });
  afterAll(async () => {
    if (dir) {
      await stopAllSlotApps(dir);
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('answers on a unix socket with its identity', async () => {
    const address = `unix:${dir}/blue.sock`;
    const app = await startSlotApp({ slot: 'blue', version: '1.0.0', address, dir });
    started.add(app.pid);
    expect(app.healthStatus).toBe(200);
    expect(statSync(`${dir}/blue.sock`).mode & 0o777).toBe(0o666);
    const health = await slotRequest(address, '/health');
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body)).toEqual({ status: 'ok', version: '1.0.0', slot: 'blue' });
    expect(health.headers).toMatchObject({ 'x-app-version': '1.0.0', 'x-app-slot': 'blue' });
    expect((await slotRequest(address, '/version')).body).toBe('1.0.0');
    expect(JSON.parse((await app.request('/api/x')).body)).toEqual({ version: '1.0.0', slot: 'blue', path: '/api/x' });
  });

  test('answers on TCP', async () => {
    const address = `127.0.0.1:${await freePort()}`;
    const app = await startSlotApp({ slot: 'green', version: '2.0.0', address, dir });
    started.add(app.pid);
    const version = await slotRequest(address, '/version');
    expect(version).toMatchObject({ status: 200, body: '2.0.0' });
    expect(version.headers).toMatchObject({ 'x-app-version': '2.0.0', 'x-app-slot': 'green' });
  });

  test('start replaces the slot process, as a deploy script would', async () => {
    const address = `unix:${dir}/swap.sock`;
    const env = { SLOT: 'swap', SLOT_ADDRESS: address, SLOT_APP_DIR: dir, SLOT_APP_BEHAVIOUR: '' };
    await runSlotAppCommand('start', { ...env, VERSION: '1.0.0' });
    expect(await waitForSlot(address)).toBe(200);
    const first = Number((await slotRequest(address, '/health')).headers['x-app-pid']);
    started.add(first);
    await runSlotAppCommand('start', { ...env, VERSION: '1.1.0' });
    expect(await waitForSlot(address)).toBe(200);
    const second = await slotRequest(address, '/version');
    started.add(Number(second.headers['x-app-pid']));
    expect(second.body).toBe('1.1.0');
    expect(Number(second.headers['x-app-pid'])).not.toBe(first);
    expect(alive(first)).toBe(false);
    await runSlotAppCommand('stop', { SLOT: 'swap', SLOT_APP_DIR: dir });
    expect(existsSync(`${dir}/swap.sock`)).toBe(false);
    expect(existsSync(`${dir}/swap.pid`)).toBe(false);
  });

  test('behaviours come per version from a file; fail-after turns into 500s', async () => {
    const file = path.join(dir, 'behaviour.json');
    await writeFile(file, JSON.stringify({ '3.0.0': 'fail-after:800', '*': 'unhealthy' }));
    const address = `unix:${dir}/red.sock`;
    const app = await startSlotApp({
      slot: 'red',
      version: '3.0.0',
      address,
      dir,
      env: { SLOT_APP_BEHAVIOUR_FILE: file },
    });
    started.add(app.pid);
    expect(app.healthStatus).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 900));
    const failing = await slotRequest(address, '/health');
    expect(failing.status).toBe(500);
    expect(failing.headers['x-app-version']).toBe('3.0.0');
    expect((await slotRequest(address, '/version')).status).toBe(500);
    // The file's "*" covers the versions it does not name.
    const other = await startSlotApp({
      slot: 'red',
      version: '3.0.1',
      address,
      dir,
      env: { SLOT_APP_BEHAVIOUR_FILE: file },
    });
    started.add(other.pid);
    expect(other.healthStatus).toBe(500);
  });

  test('never-ready runs but never listens; stop ends it', async () => {
    const app = await startSlotApp({
      slot: 'idle',
      version: '1.0.0',
      address: `unix:${dir}/idle.sock`,
      dir,
      behaviour: 'never-ready',
    });
    started.add(app.pid);
    expect(alive(app.pid)).toBe(true);
    expect(await waitForSlot(app.address, 300)).toBeUndefined();
    await app.stop();
    expect(alive(app.pid)).toBe(false);
  });

  test('SIGTERM finishes the request in flight', async () => {
    const address = `unix:${dir}/slow.sock`;
    const app = await startSlotApp({ slot: 'slow', version: '1.0.0', address, dir, behaviour: 'slow:1000' });
    started.add(app.pid);
    const inFlight = slotRequest(address, '/version');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await app.stop();
    expect(await inFlight).toMatchObject({ status: 200, body: '1.0.0' });
    expect(alive(app.pid)).toBe(false);
  });

  test('refuses a bad address or behaviour before starting anything', async () => {
    await expect(
      runSlotAppCommand('start', { SLOT: 'bad', VERSION: '1', SLOT_ADDRESS: 'localhost', SLOT_APP_DIR: dir }),
    ).rejects.toThrow(/SLOT_ADDRESS localhost/);
    await expect(
      startSlotApp({
        slot: 'bad',
        version: '1',
        address: `unix:${dir}/bad.sock`,
        dir,
        behaviour: 'flaky' as 'healthy',
      }),
    ).rejects.toThrow(/unknown behaviour "flaky"/);
  });
});

describe('wrk load', () => {
  let dir: string;
  let healthyUrl: string;
  let unhealthyUrl: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'load-slots-'));
    const healthy = await startSlotApp({
      slot: 'blue',
      version: '1.0.0',
      address: `127.0.0.1:${await freePort()}`,
      dir,
    });
    const unhealthy = await startSlotApp({
      slot: 'green',
      version: '2.0.0',
      address: `127.0.0.1:${await freePort()}`,
      dir,
      behaviour: 'unhealthy',
    });
    started.add(healthy.pid).add(unhealthy.pid);
    healthyUrl = `http://${healthy.address}/`;
    unhealthyUrl = `http://${unhealthy.address}/`;
  });
  afterAll(async () => {
    if (dir) {
      await stopAllSlotApps(dir);
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('keep-alive clients against a healthy slot: no failures', async () => {
    const load = await startLoad({ url: healthyUrl, connections: 16, durationMs: 1000, countHeader: 'x-app-version' });
    started.add(load.pid);
    const result = await load.done;
    expect(result.requests).toBeGreaterThan(100);
    expect(result.failed).toBe(0);
    expect(result.byStatusClass['2xx']).toBe(result.requests);
    expect(result).toMatchObject({ mode: 'keep-alive', connectionClose: 0, byHeader: { '1.0.0': result.requests } });
  });

  test('close-mode clients: every response closes its connection', async () => {
    const load = await startLoad({
      url: healthyUrl,
      connections: 8,
      durationMs: 1000,
      header: { Connection: 'close' },
    });
    started.add(load.pid);
    const result = await load.done;
    expect(result.failed).toBe(0);
    expect(result.mode).toBe('close');
    expect(result.connectionClose).toBe(result.requests);
  });

  test('an unhealthy slot: every response counted as failed', async () => {
    const load = await startLoad({ url: unhealthyUrl, connections: 8, durationMs: 700 });
    started.add(load.pid);
    const result = await load.done;
    expect(result.requests).toBeGreaterThan(0);
    expect(result.byStatusClass['5xx']).toBe(result.requests);
    expect(result.non2xx).toBe(result.requests);
    expect(result.failed).toBeGreaterThanOrEqual(result.requests);
    expect(result.wrkNon2xxOr3xx).toBe(result.requests);
  });

  test('a slot that goes away under load: socket errors are failures', async () => {
    await expect(
      startLoad({ url: `http://127.0.0.1:${await freePort()}/`, connections: 2, durationMs: 300 }),
    ).rejects.toThrow(/unable to connect/);
    const address = `127.0.0.1:${await freePort()}`;
    const app = await startSlotApp({ slot: 'gone', version: '1.0.0', address, dir });
    started.add(app.pid);
    const load = await startLoad({ url: `http://${address}/`, connections: 4, durationMs: 1500 });
    started.add(load.pid);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await app.stop();
    const result = await load.done;
    expect(result.byStatusClass['2xx']).toBeGreaterThan(0);
    // wrk connects without blocking: a refused connection shows up as a write error, once per retry.
    const { connect, read, write, timeout } = result.socketErrors;
    expect(write).toBeGreaterThan(0);
    expect(result.failed).toBe(connect + read + write + timeout);
  });

  test('stop() ends a run early; rate caps it', async () => {
    const load = await startLoad({ url: healthyUrl, connections: 4, durationMs: 20_000, rate: 200 });
    started.add(load.pid);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const result = await load.stop();
    expect(result.durationMs).toBeLessThan(3000);
    expect(result.failed).toBe(0);
    // 200 per second for about a second, response time not deducted: a cap, not a target.
    expect(result.requests).toBeGreaterThan(50);
    expect(result.requests).toBeLessThanOrEqual(260);
  });

  test('refuses non-loopback URLs and unbounded runs', async () => {
    expect(isLoopbackUrl('http://127.0.0.1:8080/')).toBe(true);
    expect(isLoopbackUrl('http://127.3.2.1/')).toBe(true);
    expect(isLoopbackUrl('http://localhost:80/')).toBe(true);
    expect(isLoopbackUrl('http://[::1]:8080/')).toBe(true);
    expect(isLoopbackUrl('http://10.0.0.1/')).toBe(false);
    expect(isLoopbackUrl('http://example.com/')).toBe(false);
    expect(isLoopbackUrl('http://127.0.0.1.example.com/')).toBe(false);
    await expect(startLoad({ url: 'http://192.0.2.1/', connections: 1, durationMs: 100 })).rejects.toThrow(/loopback/);
    await expect(startLoad({ url: healthyUrl, connections: 129, durationMs: 100 })).rejects.toThrow(/connections/);
    await expect(startLoad({ url: healthyUrl, connections: 1, durationMs: 30_001 })).rejects.toThrow(/durationMs/);
  });
});

describe('afterwards', () => {
  test('no process started here is left', () => {
    expect([...started].filter(alive)).toEqual([]);
    for (const dir of tempDirs) {
      expect(spawnSync('pgrep', ['-f', dir], { encoding: 'utf8' }).stdout.trim()).toBe('');
    }
  });
});
