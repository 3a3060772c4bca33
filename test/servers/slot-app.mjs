#!/usr/bin/env node
/**
 * A user's app in one blue-green slot, started the way a deploy script would start a Compose project.
 * Plain JavaScript so any node runs it with no build step.
 *
 *   SLOT=blue VERSION=1.2.0 SLOT_ADDRESS=127.0.0.1:8081 SLOT_APP_DIR=/tmp/slots node slot-app.mjs start
 *   SLOT=blue SLOT_APP_DIR=/tmp/slots node slot-app.mjs stop
 *   SLOT_APP_DIR=/tmp/slots node slot-app.mjs stop-all
 *   SLOT=blue VERSION=1.2.0 SLOT_ADDRESS=unix:/tmp/slots/blue.sock node slot-app.mjs serve   (foreground)
 *
 * `start` stops the slot's previous process (pid file <dir>/<slot>.pid), starts a detached `serve` process
 * for the new version (output to <dir>/<slot>.log) and returns once it is spawned, not once it is ready:
 * readiness is the deploy tool's job.
 *
 * HTTP: GET /health -> 200 {"status":"ok","version","slot"}; GET /version -> 200 text version; anything
 * else -> 200 {"version","slot","path"}. Every response has x-app-version, x-app-slot and x-app-pid.
 *
 * Behaviour (env SLOT_APP_BEHAVIOUR: a behaviour, or a JSON object version -> behaviour with "*" as the
 * default; env SLOT_APP_BEHAVIOUR_FILE: a JSON file of the same map, which wins for the versions it names):
 *   healthy (default) | unhealthy (every request 500) | never-ready (never listens) |
 *   fail-after:<ms> (healthy for <ms> after listening, then 500) | slow:<ms> (each response delayed).
 * Combine with commas: "slow:50,fail-after:2000".
 */
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { clearInterval, setInterval, setTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';

const SELF = fileURLToPath(import.meta.url);
const STOP_GRACE_MS = 5000;
/** A graceful shutdown that has not finished by then exits anyway (the stopper SIGKILLs at 5 s). */
const SHUTDOWN_LIMIT_MS = 4500;
/** sun_path is 108 bytes on Linux, NUL included. */
const MAX_SOCKET_PATH = 107;

/** "host:port" (IPv6 in brackets) or "unix:/absolute/path.sock", nothing else. */
export function parseAddress(address) {
  if (typeof address !== 'string' || address === '') {
    throw new Error('SLOT_ADDRESS is required: "host:port" or "unix:/path/to.sock"');
  }
  if (address.startsWith('unix:')) {
    const socketPath = address.slice('unix:'.length);
    if (!path.isAbsolute(socketPath)) throw new Error(`SLOT_ADDRESS ${address}: the socket path must be absolute`);
    if (Buffer.byteLength(socketPath) > MAX_SOCKET_PATH) {
      throw new Error(`SLOT_ADDRESS ${address}: a unix socket path is at most ${MAX_SOCKET_PATH} bytes`);
    }
    return { socketPath };
  }
  const match = /^(\[[0-9a-fA-F:.]+\]|[^:[\]\s]+):(\d{1,5})$/.exec(address);
  const port = match ? Number(match[2]) : 0;
  if (!match || port < 1 || port > 65535) {
    throw new Error(`SLOT_ADDRESS ${address}: expected "host:port" or "unix:/path/to.sock"`);
  }
  return { host: match[1].replace(/^\[(.*)\]$/, '$1'), port };
}

export function parseBehaviour(text) {
  const behaviour = { unhealthy: false, neverReady: false, failAfterMs: undefined, slowMs: 0 };
  for (const part of String(text)
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)) {
    let match;
    if (part === 'healthy') continue;
    else if (part === 'unhealthy') behaviour.unhealthy = true;
    else if (part === 'never-ready') behaviour.neverReady = true;
    else if ((match = /^fail-after:(\d+)$/.exec(part))) behaviour.failAfterMs = Number(match[1]);
    else if ((match = /^slow:(\d+)$/.exec(part))) behaviour.slowMs = Number(match[1]);
    else {
      throw new Error(
        `unknown behaviour "${part}": expected healthy, unhealthy, never-ready, fail-after:<ms> or slow:<ms>`,
      );
    }
  }
  return behaviour;
}

/** The behaviour text for `version` from the environment (see the header comment). */
export function behaviourFor(version, env) {
  const pick = (map, where) => {
    if (map === null || typeof map !== 'object' || Array.isArray(map)) {
      throw new Error(`${where}: expected a JSON object of version -> behaviour`);
    }
    const value = map[version] ?? map['*'];
    return typeof value === 'string' ? value : undefined;
  };
  const file = env.SLOT_APP_BEHAVIOUR_FILE;
  if (file) {
    const fromFile = pick(JSON.parse(fs.readFileSync(file, 'utf8')), `SLOT_APP_BEHAVIOUR_FILE ${file}`);
    if (fromFile !== undefined) return fromFile;
  }
  const raw = (env.SLOT_APP_BEHAVIOUR ?? '').trim();
  if (raw.startsWith('{')) return pick(JSON.parse(raw), 'SLOT_APP_BEHAVIOUR') ?? 'healthy';
  return raw || 'healthy';
}

function log(message) {
  process.stdout.write(`${new Date().toISOString()} [${process.pid}] ${message}\n`);
}

function required(env, name) {
  const value = env[name];
  if (!value) throw new Error(`env ${name} is required`);
  return value;
}

function slotName(env) {
  const slot = required(env, 'SLOT');
  // It names files in the state dir.
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(slot)) throw new Error(`SLOT "${slot}": letters, digits, . _ - only`);
  return slot;
}

/** Removes a unix socket file nobody listens on; refuses one in use or a path that is not a socket. */
async function removeStaleSocket(socketPath) {
  let stat;
  try {
    stat = fs.lstatSync(socketPath);
  } catch {
    return;
  }
  if (!stat.isSocket()) throw new Error(`${socketPath} exists and is not a unix socket`);
  const inUse = await new Promise((resolve) => {
    const socket = net.connect(socketPath);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
  if (inUse) throw new Error(`${socketPath} is in use by another process`);
  fs.rmSync(socketPath, { force: true });
}

// ---------------------------------------------------------------------------------------------- serve

async function serve(env) {
  const slot = env.SLOT || 'default';
  const version = env.VERSION || '0.0.0';
  const address = parseAddress(env.SLOT_ADDRESS);
  const behaviourText = behaviourFor(version, env);
  const behaviour = parseBehaviour(behaviourText);
  log(`slot ${slot} version ${version} behaviour ${behaviourText} address ${env.SLOT_ADDRESS}`);

  if (behaviour.neverReady) {
    // Up as a process, never as a service.
    const timer = setInterval(() => {}, 1 << 30);
    for (const signal of ['SIGTERM', 'SIGINT']) {
      process.once(signal, () => {
        log(`${signal}: exiting (never listened)`);
        clearInterval(timer);
        process.exit(0);
      });
    }
    return;
  }

  let failing = behaviour.unhealthy;
  let closing = false;

  const server = http.createServer({ keepAliveTimeout: 30_000 }, (request, response) => {
    request.resume();
    const url = new URL(request.url ?? '/', 'http://slot');
    const respond = () => {
      const headers = {
        'x-app-version': version,
        'x-app-slot': slot,
        'x-app-pid': String(process.pid),
        // While shutting down, finish this request and let the client reconnect elsewhere.
        ...(closing ? { connection: 'close' } : {}),
      };
      let status = 200;
      let type = 'application/json';
      let body;
      if (failing) {
        status = 500;
        body = JSON.stringify({ status: 'error', version, slot, path: url.pathname });
      } else if (url.pathname === '/health') {
        body = JSON.stringify({ status: 'ok', version, slot });
      } else if (url.pathname === '/version') {
        type = 'text/plain; charset=utf-8';
        body = version;
      } else {
        body = JSON.stringify({ version, slot, path: url.pathname });
      }
      response.writeHead(status, { ...headers, 'content-type': type, 'content-length': Buffer.byteLength(body) });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    if (behaviour.slowMs > 0) setTimeout(respond, behaviour.slowMs);
    else respond();
  });

  if (address.socketPath) {
    fs.mkdirSync(path.dirname(address.socketPath), { recursive: true });
    await removeStaleSocket(address.socketPath);
  }
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    if (address.socketPath) server.listen(address.socketPath, resolve);
    else server.listen(address.port, address.host, resolve);
  });
  server.on('error', (error) => log(`server error: ${error.message}`));
  // Whoever fronts the slot (nginx's workers, another user) must be able to connect.
  if (address.socketPath) fs.chmodSync(address.socketPath, 0o666);
  log(`listening on ${env.SLOT_ADDRESS}`);
  if (behaviour.failAfterMs !== undefined) {
    setTimeout(() => {
      failing = true;
      log(`fail-after:${behaviour.failAfterMs}: answering 500 from now on`);
    }, behaviour.failAfterMs).unref();
  }

  const shutdown = (signal) => {
    if (closing) return;
    closing = true;
    log(`${signal}: closing`);
    // Stop accepting; idle keep-alive connections close now, busy ones after their response.
    server.close(() => {
      log('closed');
      process.exit(0);
    });
    server.closeIdleConnections();
    setTimeout(() => {
      log('shutdown took too long: exiting');
      process.exit(0);
    }, SHUTDOWN_LIMIT_MS).unref();
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

// ---------------------------------------------------------------------------------------- start / stop

function isAlive(pid) {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return error.code === 'EPERM';
  }
  // A zombie answers kill(0) until its parent reaps it (a container's PID 1 may never do that).
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return process.platform !== 'linux';
  }
}

/** Guards against signalling an unrelated process that reused a stale pid. */
function isSlotApp(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(SELF);
  } catch {
    return process.platform !== 'linux';
  }
}

async function waitGone(pid, ms) {
  const deadline = Date.now() + ms;
  while (isAlive(pid)) {
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return true;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Stops the process recorded for `slot` in `dir`: SIGTERM, up to 5 s, then SIGKILL. */
export async function stopSlot(dir, slot) {
  const pidFile = path.join(dir, `${slot}.pid`);
  const stateFile = path.join(dir, `${slot}.json`);
  let pid;
  try {
    pid = Number.parseInt(fs.readFileSync(pidFile, 'utf8').trim(), 10);
  } catch {
    pid = undefined;
  }
  const state = readJson(stateFile);
  let how = 'not running';
  if (pid && isAlive(pid) && isSlotApp(pid)) {
    process.kill(pid, 'SIGTERM');
    how = 'SIGTERM';
    if (!(await waitGone(pid, STOP_GRACE_MS))) {
      process.kill(pid, 'SIGKILL');
      how = 'SIGKILL';
      if (!(await waitGone(pid, 2000))) throw new Error(`slot ${slot}: pid ${pid} survived SIGKILL`);
    }
  }
  fs.rmSync(pidFile, { force: true });
  fs.rmSync(stateFile, { force: true });
  if (state?.address?.startsWith('unix:')) await removeStaleSocket(state.address.slice('unix:'.length));
  return { slot, pid, how };
}

async function start(env) {
  const slot = slotName(env);
  const version = required(env, 'VERSION');
  const address = required(env, 'SLOT_ADDRESS');
  const dir = path.resolve(required(env, 'SLOT_APP_DIR'));
  const parsed = parseAddress(address);
  // Resolved here so a bad behaviour fails the deploy command, and the child gets exactly this one.
  const behaviourText = behaviourFor(version, env);
  parseBehaviour(behaviourText);

  fs.mkdirSync(dir, { recursive: true });
  const previous = await stopSlot(dir, slot);
  if (previous.pid && previous.how !== 'not running') {
    console.log(`slot-app: stopped slot ${slot} (pid ${previous.pid}, ${previous.how})`);
  }
  if (parsed.socketPath) await removeStaleSocket(parsed.socketPath);

  const logFd = fs.openSync(path.join(dir, `${slot}.log`), 'a');
  const childEnv = { ...env, SLOT: slot, VERSION: version, SLOT_ADDRESS: address, SLOT_APP_BEHAVIOUR: behaviourText };
  delete childEnv.SLOT_APP_BEHAVIOUR_FILE;
  let child;
  try {
    child = spawn(process.execPath, [SELF, 'serve'], {
      cwd: dir,
      env: childEnv,
      detached: true,
      stdio: ['ignore', logFd, logFd],
    });
    await new Promise((resolve, reject) => {
      child.once('spawn', resolve);
      child.once('error', reject);
    });
  } finally {
    fs.closeSync(logFd);
  }
  child.unref();
  fs.writeFileSync(path.join(dir, `${slot}.pid`), `${child.pid}\n`);
  fs.writeFileSync(
    path.join(dir, `${slot}.json`),
    `${JSON.stringify({ slot, version, address, behaviour: behaviourText, pid: child.pid, startedAt: new Date().toISOString() })}\n`,
  );
  console.log(`slot-app: started slot ${slot} version ${version} on ${address} (pid ${child.pid})`);
}

async function stopAll(dir) {
  let entries;
  try {
    entries = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const slots = entries.filter((name) => name.endsWith('.pid')).map((name) => name.slice(0, -'.pid'.length));
  return Promise.all(slots.map((slot) => stopSlot(dir, slot)));
}

async function main(argv, env) {
  const command = argv[0];
  switch (command) {
    case 'serve':
      await serve(env);
      return;
    case 'start':
      await start(env);
      return;
    case 'stop': {
      const result = await stopSlot(path.resolve(required(env, 'SLOT_APP_DIR')), slotName(env));
      console.log(`slot-app: slot ${result.slot}: ${result.how}`);
      return;
    }
    case 'stop-all': {
      for (const result of await stopAll(path.resolve(required(env, 'SLOT_APP_DIR')))) {
        console.log(`slot-app: slot ${result.slot}: ${result.how}`);
      }
      return;
    }
    default:
      console.error('usage: node slot-app.mjs start | stop | stop-all | serve   (configured by env, see the header)');
      process.exitCode = 2;
  }
}

const invoked = process.argv[1] ? fs.realpathSync(process.argv[1]) : '';
if (invoked === fs.realpathSync(SELF)) {
  main(process.argv.slice(2), process.env).catch((error) => {
    console.error(`slot-app: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
