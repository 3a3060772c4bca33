// The two HTTP transports (Node's http for checks, undici for load) answer every request alike: the same final
// status, headers and body, redirects followed by the same rules, the same failures.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { httpCheck } from '../../src/probe/check.ts';
import { classifyNetworkError } from '../../src/probe/errors.ts';
import { NodeHttpTransport } from '../../src/probe/http-node.ts';
import { UndiciTransport } from '../../src/probe/http-undici.ts';
import type { HttpTransport, ResponseHeaders } from '../../src/probe/transport.ts';
import type { HttpCheck } from '../../src/probe/types.ts';

/** Echoes what it received, as JSON: method, path, headers, body. */
function echo(request: http.IncomingMessage, response: http.ServerResponse, body: string): void {
  response.setHeader('content-type', 'application/json');
  response.end(JSON.stringify({ method: request.method, path: request.url, headers: request.headers, body }));
}

function routes(other: () => string) {
  return (request: http.IncomingMessage, response: http.ServerResponse) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const url = new URL(request.url!, 'http://x');
      const redirect = (status: number, location: string) => {
        response.writeHead(status, { location });
        response.end('moved');
      };
      switch (url.pathname) {
        case '/r301':
          return redirect(301, '/echo');
        case '/r303':
          return redirect(303, '/echo');
        case '/r307':
          return redirect(307, '/echo');
        case '/away':
          return redirect(302, `${other()}/echo`);
        case '/loop':
          return redirect(302, '/loop');
        case '/chain': {
          const hops = Number(url.searchParams.get('n'));
          return hops === 0 ? echo(request, response, body) : redirect(302, `/chain?n=${hops - 1}`);
        }
        case '/hints':
          response.writeEarlyHints({ link: '</style.css>; rel=preload; as=style' });
          return echo(request, response, body);
        case '/repeated':
          response.setHeader('x-tag', ['a', 'b']);
          response.setHeader('set-cookie', ['s=1', 't=2']);
          return response.end('ok');
        default:
          return echo(request, response, body);
      }
    });
  };
}

let dir: string;
let main: http.Server;
let side: http.Server;
let socketServer: http.Server;
let mainUrl: string;
let sideUrl: string;
let socketPath: string;
const transports: Record<'node' | 'undici', HttpTransport> = {} as never;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'transports-'));
  socketPath = path.join(dir, 'app.sock');
  main = http.createServer(routes(() => sideUrl));
  side = http.createServer(routes(() => mainUrl));
  socketServer = http.createServer(routes(() => mainUrl));
  await Promise.all([
    new Promise<void>((resolve) => main.listen(0, '127.0.0.1', resolve)),
    new Promise<void>((resolve) => side.listen(0, '127.0.0.1', resolve)),
    new Promise<void>((resolve) => socketServer.listen(socketPath, resolve)),
  ]);
  mainUrl = `http://127.0.0.1:${(main.address() as AddressInfo).port}`;
  sideUrl = `http://localhost:${(side.address() as AddressInfo).port}`;
  transports.node = new NodeHttpTransport({ connectionsPerOrigin: 2 });
  transports.undici = await UndiciTransport.load({ connectionsPerOrigin: 2 });
});
afterAll(async () => {
  await Promise.all(Object.values(transports).map((transport) => transport.close()));
  for (const server of [main, side, socketServer]) server.closeAllConnections();
  await Promise.all([main, side, socketServer].map((server) => new Promise((resolve) => server.close(resolve))));
  await rm(dir, { recursive: true, force: true });
});

interface Answer {
  status?: number;
  headers?: ResponseHeaders;
  body?: string;
  error?: string;
}

function send(transport: HttpTransport, check: HttpCheck, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve) => {
    const answer: Answer = {};
    let body = '';
    transport.send(check, headers, {
      headers(status, responseHeaders) {
        answer.status = status;
        answer.headers = responseHeaders;
      },
      data(chunk) {
        body += chunk.toString();
      },
      end() {
        resolve({ ...answer, body });
      },
      error(error) {
        resolve({ ...answer, error: classifyNetworkError(error) });
      },
    });
  });
}

/** What the echo saw, without the headers each client adds on its own (connection handling, its name). */
function seen(answer: Answer): unknown {
  if (answer.body === undefined || !answer.headers?.['content-type']) return answer;
  const echoed = JSON.parse(answer.body) as { headers: Record<string, string> };
  const { connection: _connection, 'user-agent': _agent, ...headers } = echoed.headers;
  return { status: answer.status, echoed: { ...echoed, headers } };
}

async function both(check: HttpCheck, headers: Record<string, string> = {}): Promise<unknown> {
  const [byNode, byUndici] = [
    await send(transports.node, check, headers),
    await send(transports.undici, check, headers),
  ];
  expect(seen(byNode)).toEqual(seen(byUndici));
  return seen(byNode);
}

describe('the checks transport answers as the load transport does', () => {
  test('method, headers and body as sent; a body gets its length', async () => {
    const answer = await both(httpCheck({ name: 'p', method: 'POST', url: `${mainUrl}/echo?q=1`, body: '{"a":1}' }), {
      'x-trace': 'abc',
    });
    expect(answer).toMatchObject({
      status: 200,
      echoed: {
        method: 'POST',
        path: '/echo?q=1',
        body: '{"a":1}',
        headers: { 'x-trace': 'abc', 'content-length': '7' },
      },
    });
  });

  test('a redirect is the answer unless followed', async () => {
    expect(await both(httpCheck({ name: 'r', url: `${mainUrl}/r301` }))).toMatchObject({ status: 301 });
  });

  test('followed: POST becomes GET on 301 and 303 and stays POST on 307, the body with it', async () => {
    const follow = { followRedirects: true, method: 'POST', body: 'x=1' };
    expect(await both(httpCheck({ name: 'r', url: `${mainUrl}/r301`, ...follow }))).toMatchObject({
      echoed: { method: 'GET', body: '' },
    });
    expect(await both(httpCheck({ name: 'r', url: `${mainUrl}/r303`, ...follow }))).toMatchObject({
      echoed: { method: 'GET', body: '' },
    });
    expect(await both(httpCheck({ name: 'r', url: `${mainUrl}/r307`, ...follow }))).toMatchObject({
      echoed: { method: 'POST', body: 'x=1' },
    });
  });

  test('credentials are not sent to another origin', async () => {
    const answer = await both(httpCheck({ name: 'r', url: `${mainUrl}/away`, followRedirects: true }), {
      authorization: 'Bearer secret',
      cookie: 'c=1',
      'x-keep': 'yes',
    });
    expect(answer).toMatchObject({ status: 200, echoed: { headers: { 'x-keep': 'yes' } } });
    expect(JSON.stringify(answer)).not.toContain('secret');
    expect(JSON.stringify(answer)).not.toContain('c=1');
  });

  test('at most max-redirects are followed, then the redirect is the answer; a loop is an error', async () => {
    const chain = (n: number, maxRedirects: number) =>
      httpCheck({ name: 'c', url: `${mainUrl}/chain?n=${n}`, followRedirects: true, maxRedirects });
    expect(await both(chain(2, 2))).toMatchObject({ status: 200, echoed: { path: '/chain?n=0' } });
    expect(await both(chain(3, 2))).toMatchObject({ status: 302 });
    expect(await both(httpCheck({ name: 'l', url: `${mainUrl}/loop`, followRedirects: true }))).toEqual({
      error: 'other',
    });
  });

  test('1xx is not the answer; repeated headers come as an array', async () => {
    expect(await both(httpCheck({ name: 'c', url: `${mainUrl}/hints` }))).toMatchObject({ status: 200 });
    const repeated = await send(transports.node, httpCheck({ name: 'h', url: `${mainUrl}/repeated` }));
    const byUndici = await send(transports.undici, httpCheck({ name: 'h', url: `${mainUrl}/repeated` }));
    expect(repeated.headers?.['x-tag']).toEqual(['a', 'b']);
    expect(repeated.headers?.['set-cookie']).toEqual(['s=1', 't=2']);
    expect(repeated.headers?.['x-tag']).toEqual(byUndici.headers?.['x-tag']);
    expect(repeated.headers?.['content-length']).toBe('2');
  });

  test('through a unix socket, the URL giving only the path and host', async () => {
    expect(await both(httpCheck({ name: 's', url: 'http://app.internal/echo', socketPath }))).toMatchObject({
      status: 200,
      echoed: { path: '/echo', headers: { host: 'app.internal' } },
    });
  });

  test('an aborted request reports the abort and nothing else', async () => {
    const events: string[] = [];
    const abort = transports.node.send(
      httpCheck({ name: 'a', url: `${mainUrl}/echo` }),
      {},
      {
        headers: () => events.push('headers'),
        data: () => events.push('data'),
        end: () => events.push('end'),
        error: () => events.push('error'),
      },
    );
    abort(new Error('probe timeout'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(events).toEqual(['error']);
  });
});
