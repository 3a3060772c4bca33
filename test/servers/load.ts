/**
 * Real load from Debian's wrk against a loopback URL, bounded in connections and time, with exact
 * response counts by status class from a Lua script (wrk's own "Non-2xx or 3xx" line counts 3xx as fine).
 *
 *   const load = await startLoad({ url: nginx.url, connections: 32, durationMs: 3000 });
 *   …switch traffic…
 *   const result = await load.stop(); // or await load.done
 *   expect(result.failed).toBe(0);
 *
 * Client modes: keep-alive (wrk's default) or `header: { Connection: 'close' }`, where wrk opens a new
 * connection per request; `result.mode` says which was asked for and `result.connectionClose` how many
 * responses carried `Connection: close` (every one in close mode).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const WRK_BINARY = process.env['WRK_BINARY'] ?? '/usr/bin/wrk';
export const MAX_LOAD_CONNECTIONS = 128;
export const MAX_LOAD_DURATION_MS = 30_000;

export interface LoadOptions {
  /** http(s) URL on loopback only: 127.0.0.0/8, localhost or [::1]. */
  url: string;
  /** 1 to 128. */
  connections: number;
  /** 1 ms to 30 s. wrk counts whole seconds; shorter or fractional runs end with SIGINT on time. */
  durationMs: number;
  /** wrk threads, default min(2, connections). */
  threads?: number;
  /** Request headers; `{ Connection: 'close' }` makes the close-mode client. */
  header?: Record<string, string>;
  /** wrk speaks TCP only: put nginx in front of a unix-socket slot. */
  socket?: never;
  /**
   * An approximate cap on requests per second over all connections (wrk 4 has no rate option): each
   * connection waits connections/rate seconds between requests (1 ms granularity), response time not deducted.
   */
  rate?: number;
  /** wrk's per-request timeout, rounded up to whole seconds (default 2 s). */
  timeoutMs?: number;
  /** Count responses by this header's value (e.g. 'x-app-version'), in `byHeader`. */
  countHeader?: string;
}

export interface LoadResult {
  /** Responses completed (wrk's "N requests in"). */
  requests: number;
  /** Responses whose status was not 2xx (3xx, 4xx, 5xx and anything else). */
  non2xx: number;
  /**
   * wrk's socket errors. Its connects do not block, so a refused connection counts as a write error, and
   * wrk retries at once: a slot that is down for a second yields thousands of them, not one per connection.
   */
  socketErrors: { connect: number; read: number; write: number; timeout: number };
  /** non2xx plus every socket error. */
  failed: number;
  requestsPerSecond: number;
  byStatusClass: { '2xx': number; '3xx': number; '4xx': number; '5xx': number; other: number };
  /** Responses carrying `Connection: close`. */
  connectionClose: number;
  /** The client mode asked for. */
  mode: 'keep-alive' | 'close';
  /** Responses by the value of `countHeader` (at most 64 values; the rest under "(other)", absent under "(none)"). */
  byHeader: Record<string, number>;
  /** wrk's own measured run time. */
  durationMs: number;
  latencyUs: { p50: number; p90: number; p99: number; max: number };
  /** wrk's "Non-2xx or 3xx responses" line (statuses above 399), 0 when absent. */
  wrkNon2xxOr3xx: number;
  /** wrk's output. */
  raw: string;
}

export interface LoadHandle {
  /** Ends the run now (SIGINT: wrk stops and reports) or, when it already ended, returns its result. */
  stop(): Promise<LoadResult>;
  /** Settles when wrk exits by itself at the end of the duration (or after stop()). */
  done: Promise<LoadResult>;
  pid: number;
}

const COUNTS_MARK = 'LOAD_COUNTS ';
const STARTED_MARK = 'LOAD_THREAD_STARTED';

export function isLoopbackUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  const host = parsed.hostname;
  if (host === 'localhost' || host === '[::1]') return true;
  return net.isIPv4(host) && host.startsWith('127.');
}

function luaScript(options: { delayMs: number }): string {
  return `-- Written by test/servers/load.ts. Each wrk thread has its own Lua state: counters are globals of the
-- thread state, read back through thread:get() in done().
local threads = {}
function setup(thread)
  table.insert(threads, thread)
end

c2xx, c3xx, c4xx, c5xx, cother, closes, distinct = 0, 0, 0, 0, 0, 0, 0
seen = {}
local count_header = nil

function init(args)
  -- wrk's stdout is block-buffered into a pipe; this (unbuffered) line tells the caller a thread started.
  io.stderr:write("${STARTED_MARK}\\n")
  if args[1] and args[1] ~= "" then count_header = string.lower(args[1]) end
end
${options.delayMs > 0 ? `\nfunction delay()\n  return ${options.delayMs}\nend\n` : ''}
function response(status, headers, body)
  if status >= 200 and status < 300 then c2xx = c2xx + 1
  elseif status >= 300 and status < 400 then c3xx = c3xx + 1
  elseif status >= 400 and status < 500 then c4xx = c4xx + 1
  elseif status >= 500 and status < 600 then c5xx = c5xx + 1
  else cother = cother + 1 end
  local value = nil
  for name, v in pairs(headers) do
    local lower = string.lower(name)
    if lower == "connection" and string.lower(v) == "close" then closes = closes + 1 end
    if count_header and lower == count_header then value = v end
  end
  if count_header then
    value = value or "(none)"
    if seen[value] == nil then
      if distinct >= 64 then value = "(other)" else distinct = distinct + 1 end
    end
    seen[value] = (seen[value] or 0) + 1
  end
end

local function json_string(s)
  local escaped = string.gsub(s, '[%c"\\\\]', function(c) return string.format("\\\\u%04x", string.byte(c)) end)
  return '"' .. escaped .. '"'
end

function done(summary, latency, requests)
  local t = { c2xx = 0, c3xx = 0, c4xx = 0, c5xx = 0, cother = 0, closes = 0 }
  local all = {}
  for _, thread in ipairs(threads) do
    for name, _ in pairs(t) do t[name] = t[name] + thread:get(name) end
    for value, n in pairs(thread:get("seen")) do all[value] = (all[value] or 0) + n end
  end
  local parts = {}
  for value, n in pairs(all) do table.insert(parts, json_string(value) .. ":" .. n) end
  io.write(string.format(
    '${COUNTS_MARK}{"2xx":%d,"3xx":%d,"4xx":%d,"5xx":%d,"other":%d,"closes":%d,"requests":%d,"durationUs":%d,' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"p50":%d,"p90":%d,"p99":%d,"max":%d,"byHeader":{%s}}\\n',
    t.c2xx, t.c3xx, t.c4xx, t.c5xx, t.cother, t.closes, summary.requests, summary.duration,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, table.concat(parts, ",")))
end
`;
}

interface LuaCounts {
  '2xx': number;
  '3xx': number;
  '4xx': number;
  '5xx': number;
  other: number;
  closes: number;
  requests: number;
  durationUs: number;
  errors: { connect: number; read: number; write: number; status: number; timeout: number };
  p50: number;
  p90: number;
  p99: number;
  max: number;
  byHeader: Record<string, number>;
}

/** Parses wrk's report and the Lua script's counts line. */
export function parseWrkOutput(raw: string, mode: LoadResult['mode']): LoadResult {
  const countsLine = raw.split('\n').find((line) => line.startsWith(COUNTS_MARK));
  const summary = /(\d+) requests in ([\d.]+)(us|ms|s|m|h),/.exec(raw);
  if (!countsLine || !summary) throw new Error(`wrk output not understood:\n${raw}`);
  const counts = JSON.parse(countsLine.slice(COUNTS_MARK.length)) as LuaCounts;
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(raw);
  const socketErrors = {
    connect: Number(socket?.[1] ?? 0),
    read: Number(socket?.[2] ?? 0),
    write: Number(socket?.[3] ?? 0),
    timeout: Number(socket?.[4] ?? 0),
  };
  const requests = Number(summary[1]);
  const responses = counts['2xx'] + counts['3xx'] + counts['4xx'] + counts['5xx'] + counts.other;
  if (responses !== requests) throw new Error(`wrk reported ${requests} requests, the script counted ${responses}`);
  const non2xx = requests - counts['2xx'];
  return {
    requests,
    non2xx,
    socketErrors,
    failed: non2xx + socketErrors.connect + socketErrors.read + socketErrors.write + socketErrors.timeout,
    requestsPerSecond: Number(/Requests\/sec:\s+([\d.]+)/.exec(raw)?.[1] ?? 0),
    byStatusClass: {
      '2xx': counts['2xx'],
      '3xx': counts['3xx'],
      '4xx': counts['4xx'],
      '5xx': counts['5xx'],
      other: counts.other,
    },
    connectionClose: counts.closes,
    mode,
    byHeader: counts.byHeader,
    durationMs: Math.round(counts.durationUs / 1000),
    latencyUs: { p50: counts.p50, p90: counts.p90, p99: counts.p99, max: counts.max },
    wrkNon2xxOr3xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(raw)?.[1] ?? 0),
    raw,
  };
}

/** Starts wrk; resolves once all its threads started (they connect at once). */
export async function startLoad(options: LoadOptions): Promise<LoadHandle> {
  if (!isLoopbackUrl(options.url)) {
    throw new Error(`load only goes to loopback (127.0.0.0/8, localhost, [::1]): ${options.url}`);
  }
  const { connections, durationMs } = options;
  if (!Number.isInteger(connections) || connections < 1 || connections > MAX_LOAD_CONNECTIONS) {
    throw new Error(`connections must be an integer from 1 to ${MAX_LOAD_CONNECTIONS}: ${connections}`);
  }
  if (!Number.isFinite(durationMs) || durationMs < 1 || durationMs > MAX_LOAD_DURATION_MS) {
    throw new Error(`durationMs must be from 1 to ${MAX_LOAD_DURATION_MS}: ${durationMs}`);
  }
  const threads = options.threads ?? Math.min(2, connections);
  if (!Number.isInteger(threads) || threads < 1 || threads > connections) {
    throw new Error(`threads must be an integer from 1 to connections (${connections}): ${threads}`);
  }
  if (options.rate !== undefined && !(options.rate > 0)) throw new Error(`rate must be positive: ${options.rate}`);
  const headers = Object.entries(options.header ?? {});
  for (const [name, value] of headers) {
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name) || /[\r\n]/.test(value)) {
      throw new Error(`bad header ${JSON.stringify(name)}: ${JSON.stringify(value)}`);
    }
  }
  const mode: LoadResult['mode'] = headers.some(
    ([name, value]) => name.toLowerCase() === 'connection' && value.trim().toLowerCase() === 'close',
  )
    ? 'close'
    : 'keep-alive';

  const dir = mkdtempSync(path.join(os.tmpdir(), 'load-test-'));
  const scriptPath = path.join(dir, 'counts.lua');
  const delayMs = options.rate ? Math.max(1, Math.round((connections * 1000) / options.rate)) : 0;
  writeFileSync(scriptPath, luaScript({ delayMs }));
  const seconds = Math.ceil(durationMs / 1000);
  const args = [
    '-t',
    String(threads),
    '-c',
    String(connections),
    '-d',
    `${seconds}s`,
    '--timeout',
    `${Math.max(1, Math.ceil((options.timeoutMs ?? 2000) / 1000))}s`,
    '-s',
    scriptPath,
    ...headers.flatMap(([name, value]) => ['-H', `${name}: ${value}`]),
    options.url,
    '--',
    options.countHeader ?? '',
  ];
  const child = spawn(WRK_BINARY, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const started = () => stderr.split(STARTED_MARK).length - 1 >= threads;
  let markRunning: () => void = () => {};
  const running = new Promise<void>((resolve) => (markRunning = resolve));
  child.stderr.on('data', () => {
    if (started()) markRunning();
  });

  const timers: NodeJS.Timeout[] = [];
  // wrk's -d is whole seconds: a shorter run ends with SIGINT, which wrk answers with its report.
  if (durationMs < seconds * 1000) timers.push(setTimeout(() => child.kill('SIGINT'), durationMs));
  // Whatever happens, wrk does not outlive this.
  timers.push(setTimeout(() => child.kill('SIGKILL'), durationMs + 15_000));

  const done = new Promise<LoadResult>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      for (const timer of timers) clearTimeout(timer);
      rmSync(dir, { recursive: true, force: true });
      const raw = `${stdout}${stderr.replaceAll(`${STARTED_MARK}\n`, '')}`;
      if (code !== 0) {
        reject(new Error(`wrk exited with ${code ?? signal}:\n${raw}`));
        return;
      }
      try {
        resolve(parseWrkOutput(raw, mode));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
  // Callers may use only stop(); an unobserved failure must not crash the test process.
  done.catch(() => {});

  let startTimer: NodeJS.Timeout | undefined;
  await Promise.race([
    running,
    done.then(
      () => {},
      () => {},
    ),
    new Promise((resolve) => (startTimer = setTimeout(resolve, 5000))),
  ]);
  clearTimeout(startTimer);
  if (child.exitCode !== null || child.signalCode !== null || !started()) {
    child.kill('SIGKILL');
    const raw = await done.then(
      (result) => result.raw,
      (error: Error) => error.message,
    );
    // wrk checks one connection before it starts: nothing listening ends it here ("unable to connect").
    throw new Error(`wrk did not start:\n${raw}`);
  }

  let stopping: Promise<LoadResult> | undefined;
  return {
    pid: child.pid!,
    done,
    stop() {
      if (!stopping) {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
        stopping = done;
      }
      return stopping;
    },
  };
}
