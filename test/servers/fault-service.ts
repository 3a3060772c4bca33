/**
 * A small node:http service on 127.0.0.1 with faults injectable at runtime, for probe, smoke-test
 * and deploy tests. Control it in-process through the handle, or from another process through
 * POST /__admin/faults (JSON body: Faults) and GET /__admin/stats.
 *
 * Routes: GET /health -> {"status":"ok"}; GET /api/items -> JSON list (Bearer token required when
 * `token` is set); ANY /api/echo -> the request as JSON; GET /redirect -> 302 to /health;
 * GET /version -> {"version": <version>}; anything else 404.
 */
import http from 'node:http';
import type { Socket } from 'node:net';
import { freePort } from './free-port.ts';

export interface Faults {
  /** Every response waits this long before its headers are sent. */
  delayMs?: number;
  /** The next N requests answer `errorStatus` (default 503). */
  errorBurst?: number;
  errorStatus?: number;
  /** The next N requests get their connection destroyed without a response. */
  resetNext?: number;
  /** The next N JSON responses say {"status":"degraded"} instead of "ok" (breaks a jsonpath assertion). */
  badJsonNext?: number;
  /** The next N JSON responses are not JSON at all. */
  malformedJsonNext?: number;
}

export interface FaultServiceOptions {
  /** Fixed port (default: a free one). */
  port?: number;
  /** Start listening only after this long: a service that is "not up yet". */
  listenAfterMs?: number;
  /** Bearer token /api/items requires. */
  token?: string;
  /** Reported by /version and in the X-Version header (blue/green slots). */
  version?: string;
  faults?: Faults;
}

export interface FaultService {
  port: number;
  url: string;
  version: string;
  /** Merges into the current faults. */
  setFaults(faults: Faults): void;
  clearFaults(): void;
  /** Requests answered so far, by route ('/health', '/api/items', ...), admin excluded. */
  stats(): { requests: number; byPath: Record<string, number> };
  /** Resolves once the server listens (immediately unless listenAfterMs). */
  listening: Promise<void>;
  /** Stop accepting connections (connections refused) and drop the open ones. */
  down(): Promise<void>;
  /** Listen again on the same port. */
  up(): Promise<void>;
  stop(): Promise<void>;
}

export async function startFaultService(options: FaultServiceOptions = {}): Promise<FaultService> {
  const port = options.port ?? (await freePort());
  const version = options.version ?? '1.0.0';
  let faults: Faults = { ...options.faults };
  let requests = 0;
  const byPath: Record<string, number> = {};
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let server: http.Server | undefined;
  let pendingListen: NodeJS.Timeout | undefined;

  const take = (key: 'errorBurst' | 'resetNext' | 'badJsonNext' | 'malformedJsonNext'): boolean => {
    const left = faults[key] ?? 0;
    if (left <= 0) return false;
    faults[key] = left - 1;
    return true;
  };

  const handler = (request: http.IncomingMessage, response: http.ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      if (url.pathname === '/__admin/faults' && request.method === 'POST') {
        try {
          faults = { ...faults, ...(JSON.parse(body || '{}') as Faults) };
          sendJson(response, 200, { faults });
        } catch {
          sendJson(response, 400, { error: 'expected a JSON object of faults' });
        }
        return;
      }
      if (url.pathname === '/__admin/stats') {
        sendJson(response, 200, { requests, byPath, faults });
        return;
      }
      requests++;
      byPath[url.pathname] = (byPath[url.pathname] ?? 0) + 1;
      if (take('resetNext')) {
        request.socket.destroy();
        return;
      }
      const respond = () => route(request, response, url, body);
      const delay = faults.delayMs ?? 0;
      if (delay > 0) {
        const timer = setTimeout(() => {
          timers.delete(timer);
          respond();
        }, delay);
        timers.add(timer);
      } else respond();
    });
  };

  const route = (request: http.IncomingMessage, response: http.ServerResponse, url: URL, body: string) => {
    response.setHeader('x-version', version);
    if (take('errorBurst')) {
      sendJson(response, faults.errorStatus ?? 503, { status: 'error', error: 'injected failure' });
      return;
    }
    const json = (status: number, value: unknown) => {
      if (take('malformedJsonNext')) {
        response.writeHead(status, { 'content-type': 'application/json' }).end('{"status": "ok", "items": [');
      } else if (take('badJsonNext')) {
        sendJson(response, status, { ...(value as object), status: 'degraded' });
      } else sendJson(response, status, value);
    };
    switch (url.pathname) {
      case '/health':
        json(200, { status: 'ok', version });
        return;
      case '/version':
        json(200, { status: 'ok', version });
        return;
      case '/api/items': {
        if (options.token && request.headers.authorization !== `Bearer ${options.token}`) {
          sendJson(response, 401, { error: 'unauthorized' });
          return;
        }
        const items = [
          { id: 1, name: 'alpha', price: 9.5 },
          { id: 2, name: 'beta', price: 12 },
          { id: 3, name: 'gamma', price: 0.25 },
        ];
        json(200, { status: 'ok', count: items.length, items });
        return;
      }
      case '/api/echo':
        json(200, {
          status: 'ok',
          method: request.method,
          path: url.pathname,
          query: Object.fromEntries(url.searchParams),
          headers: request.headers,
          body,
        });
        return;
      case '/redirect':
        response.writeHead(302, { location: '/health' }).end();
        return;
      default:
        sendJson(response, 404, { error: 'not found' });
    }
  };

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const created = http.createServer({ keepAliveTimeout: 30_000 }, handler);
      created.on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
      });
      created.once('error', reject);
      created.listen(port, '127.0.0.1', () => {
        server = created;
        resolve();
      });
    });

  const closeServer = async () => {
    if (pendingListen) clearTimeout(pendingListen);
    pendingListen = undefined;
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
    const current = server;
    server = undefined;
    for (const socket of sockets) socket.destroy();
    sockets.clear();
    if (current) await new Promise<void>((resolve) => current.close(() => resolve()));
  };

  const listening =
    options.listenAfterMs && options.listenAfterMs > 0
      ? new Promise<void>((resolve, reject) => {
          pendingListen = setTimeout(() => listen().then(resolve, reject), options.listenAfterMs);
        })
      : listen();
  if (!options.listenAfterMs) await listening;

  return {
    port,
    url: `http://127.0.0.1:${port}`,
    version,
    setFaults(next) {
      faults = { ...faults, ...next };
    },
    clearFaults() {
      faults = {};
    },
    stats: () => ({ requests, byPath: { ...byPath } }),
    listening,
    down: closeServer,
    async up() {
      if (!server) await listen();
    },
    stop: closeServer,
  };
}

function sendJson(response: http.ServerResponse, status: number, value: unknown): void {
  const text = JSON.stringify(value);
  response
    .writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) })
    .end(text);
}
