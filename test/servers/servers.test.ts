import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startFaultService, startNginx, type FaultService, type NginxServer } from './index.ts';

async function get(url: string): Promise<{ status: number; body: string }> {
  const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
  return { status: response.status, body: await response.text() };
}

describe('nginx in front of the fault service', () => {
  let service: FaultService;
  let nginx: NginxServer;
  beforeAll(async () => {
    service = await startFaultService({ version: '2.0.0' });
    nginx = await startNginx({
      upstreamPort: service.port,
      staticResponses: {
        '/static': { status: 200, body: 'static ok' },
        '/delayed': { status: 200, body: 'late', delayMs: 50 },
      },
    });
  });
  afterAll(async () => {
    await nginx?.stop();
    await service?.stop();
  });

  test('proxies to the service and serves static locations itself', async () => {
    expect(await get(`${nginx.url}/health`)).toEqual({ status: 200, body: '{"status":"ok","version":"2.0.0"}' });
    expect(await get(`${nginx.url}/static`)).toEqual({ status: 200, body: 'static ok' });
    const started = performance.now();
    expect(await get(`${nginx.url}/delayed`)).toEqual({ status: 200, body: 'late' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
  });

  test('injected faults reach the client through nginx', async () => {
    service.setFaults({ errorBurst: 2 });
    expect((await get(`${nginx.url}/health`)).status).toBe(503);
    expect((await get(`${nginx.url}/health`)).status).toBe(503);
    expect((await get(`${nginx.url}/health`)).status).toBe(200);
    service.setFaults({ resetNext: 1 });
    expect((await get(`${nginx.url}/health`)).status).toBe(502);
    await service.down();
    expect((await get(`${nginx.url}/health`)).status).toBe(502);
    await service.up();
    expect((await get(`${nginx.url}/health`)).status).toBe(200);
  });

  test('the admin endpoint sets faults from another process', async () => {
    const response = await fetch(`${service.url}/__admin/faults`, { method: 'POST', body: '{"badJsonNext":1}' });
    expect(response.status).toBe(200);
    await response.text();
    expect(JSON.parse((await get(`${nginx.url}/health`)).body)).toMatchObject({ status: 'degraded' });
    expect(JSON.parse((await get(`${nginx.url}/health`)).body)).toMatchObject({ status: 'ok' });
  });

  test('reconfigure rewrites the config and reloads without dropping the port', async () => {
    await nginx.reconfigure({
      upstreamPort: service.port,
      staticResponses: { '/static': { status: 200, body: 'v2' } },
    });
    // A reload hands over to new workers; poll briefly (bounded) until they answer.
    let body = '';
    for (let attempt = 0; attempt < 50 && body !== 'v2'; attempt++) {
      body = (await get(`${nginx.url}/static`)).body;
      if (body !== 'v2') await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(body).toBe('v2');
    expect((await get(`${nginx.url}/health`)).status).toBe(200);
  });
});
