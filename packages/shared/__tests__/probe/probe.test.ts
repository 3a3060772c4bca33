import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import https from 'node:https';
import net from 'node:net';
import {
  freePort,
  selfSignedCertificate,
  startFaultService,
  type FaultService,
} from '../../../../test/servers/index.ts';
import { httpCheck, tcpCheck } from '../../src/probe/check.ts';
import { Prober } from '../../src/probe/probe.ts';

let service: FaultService;
const prober = new Prober({ connectionsPerOrigin: 4 });

beforeAll(async () => {
  service = await startFaultService({ token: 'tok-123456' });
});
afterAll(async () => {
  await prober.close();
  await service.stop();
});

// Both transports answer alike: Node's http for checks, undici for a watch window's load.
describe.each(['check', 'load'] as const)('%s transport', (use) => {
  describe('HTTP probe against a live node:http service', () => {
    test('a healthy endpoint passes, with monotonic sub-millisecond timing', async () => {
      const result = await prober.probe(
        httpCheck({
          name: 'health',
          url: `${service.url}/health`,
          assert: ['status == 200', 'jsonpath "$.status" == "ok"'],
        }),
        use,
      );
      expect(result).toMatchObject({ check: 'health', ok: true, status: 200, errorKind: undefined, failures: [] });
      expect(result.durationMs).toBeGreaterThan(0);
      expect(result.firstByteMs!).toBeLessThanOrEqual(result.durationMs);
      expect(Number.isInteger(result.durationMs)).toBe(false);
    });

    test('method, headers, query and a JSON body arrive as sent', async () => {
      const result = await prober.probe(
        httpCheck({
          name: 'echo',
          method: 'POST',
          url: `${service.url}/api/echo?page=2&q=a%20b`,
          headers: { 'content-type': 'application/json', 'x-trace': 'abc' },
          body: JSON.stringify({ hello: 'world' }),
          assert: [
            'jsonpath "$.method" == "POST"',
            'jsonpath "$.query.page" == "2"',
            'jsonpath "$.query.q" == "a b"',
            'jsonpath "$.headers.x-trace" == "abc"',
            'jsonpath "$.body" == "{\\"hello\\":\\"world\\"}"',
          ],
        }),
        use,
      );
      expect(result.failures).toEqual([]);
      expect(result.ok).toBe(true);
    });

    test('auth: a missing token fails the default status assertion, the right one passes', async () => {
      const denied = await prober.probe(httpCheck({ name: 'items', url: `${service.url}/api/items` }), use);
      expect(denied).toMatchObject({ ok: false, errorKind: 'assertion', status: 401 });
      expect(denied.failures[0]).toEqual({ assertion: 'status < 400', expected: '< 400', actual: '401' });
      const allowed = await prober.probe(
        httpCheck({
          name: 'items',
          url: `${service.url}/api/items`,
          headers: { authorization: 'Bearer tok-123456' },
          assert: ['jsonpath "$.items" count == 3', 'jsonpath "$.items[1].price" > 10'],
        }),
        use,
      );
      expect(allowed.ok).toBe(true);
    });

    test('5xx, reset connections and broken JSON are told apart', async () => {
      service.setFaults({ errorBurst: 1 });
      expect(await prober.probe(httpCheck({ name: 'h', url: `${service.url}/health` }), use)).toMatchObject({
        ok: false,
        errorKind: 'http-5xx',
        status: 503,
      });
      service.setFaults({ resetNext: 1 });
      const reset = await prober.probe(httpCheck({ name: 'h', url: `${service.url}/health` }), use);
      expect(reset).toMatchObject({ ok: false, errorKind: 'reset', status: undefined });
      service.setFaults({ malformedJsonNext: 1 });
      const broken = await prober.probe(
        httpCheck({ name: 'h', url: `${service.url}/health`, assert: ['jsonpath "$.status" == "ok"'] }),
        use,
      );
      expect(broken).toMatchObject({ ok: false, errorKind: 'assertion', status: 200 });
      expect(broken.error).toContain('body is not JSON');
    });

    test('a slow response runs into the total timeout', async () => {
      service.setFaults({ delayMs: 400 });
      try {
        const slow = await prober.probe(httpCheck({ name: 'slow', url: `${service.url}/health`, timeoutMs: 100 }), use);
        expect(slow).toMatchObject({ ok: false, errorKind: 'timeout' });
        expect(slow.durationMs).toBeGreaterThanOrEqual(99);
        expect(slow.durationMs).toBeLessThan(390);
        const late = await prober.probe(
          httpCheck({ name: 'slow', url: `${service.url}/health`, assert: ['duration < 300ms'] }),
          use,
        );
        expect(late).toMatchObject({ ok: false, errorKind: 'assertion' });
        expect(late.failures[0]).toMatchObject({ assertion: 'duration < 300ms', expected: '< 300' });
      } finally {
        service.setFaults({ delayMs: 0 });
      }
    });

    test('redirects are reported as such unless followed', async () => {
      const notFollowed = await prober.probe(
        httpCheck({
          name: 'r',
          url: `${service.url}/redirect`,
          assert: ['status == 302', 'header "Location" == "/health"'],
        }),
        use,
      );
      expect(notFollowed.ok).toBe(true);
      const followed = await prober.probe(
        httpCheck({
          name: 'r',
          url: `${service.url}/redirect`,
          followRedirects: true,
          assert: ['status == 200', 'jsonpath "$.status" == "ok"'],
        }),
        use,
      );
      expect(followed.ok).toBe(true);
    });

    test('connection refused', async () => {
      const port = await freePort();
      const result = await prober.probe(httpCheck({ name: 'down', url: `http://127.0.0.1:${port}/health` }), use);
      expect(result).toMatchObject({ ok: false, errorKind: 'refused' });
      expect(result.error).toContain('ECONNREFUSED');
    });
  });

  describe('TLS verification', () => {
    let server: https.Server;
    let url: string;
    beforeAll(async () => {
      server = https.createServer(selfSignedCertificate(), (_request, response) => response.end('{"status":"ok"}'));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const address = server.address();
      url = `https://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
    });
    afterAll(async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    });

    test('is on by default and rejects a self-signed certificate', async () => {
      const result = await prober.probe(httpCheck({ name: 'tls', url }), use);
      expect(result).toMatchObject({ ok: false, errorKind: 'tls' });
    });
    test('can be turned off per check', async () => {
      const result = await prober.probe(
        httpCheck({ name: 'tls', url, verifyTls: false, assert: ['body contains "ok"'] }),
        use,
      );
      expect(result).toMatchObject({ ok: true, status: 200 });
    });
  });

  describe('connect timeout', () => {
    test('a TLS handshake that never completes runs into connect-timeout, not the total timeout', async () => {
      // Accepts TCP connections and never answers: the TLS handshake hangs inside the connect phase.
      const sockets = new Set<net.Socket>();
      const silent = net.createServer((socket) => sockets.add(socket));
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      const address = silent.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      try {
        const result = await prober.probe(
          httpCheck({ name: 'hang', url: `https://127.0.0.1:${port}/`, connectTimeoutMs: 150, timeoutMs: 3000 }),
          use,
        );
        expect(result).toMatchObject({ ok: false, errorKind: 'connect-timeout' });
        expect(result.durationMs).toBeLessThan(2000);
      } finally {
        for (const socket of sockets) socket.destroy();
        await new Promise((resolve) => silent.close(resolve));
      }
    });
  });
});

describe('TCP probe', () => {
  test('an open port passes, a closed one is refused', async () => {
    const open = await prober.probe(
      tcpCheck({ name: 'db', host: '127.0.0.1', port: service.port, assert: ['duration < 1s'] }),
    );
    expect(open).toMatchObject({ ok: true, status: undefined });
    const closed = await prober.probe(tcpCheck({ name: 'db', host: '127.0.0.1', port: await freePort() }));
    expect(closed).toMatchObject({ ok: false, errorKind: 'refused' });
  });
});
