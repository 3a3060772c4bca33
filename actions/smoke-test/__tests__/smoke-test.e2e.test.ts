/**
 * The bundled action (dist/index.js on Node 24, through the runner harness) against real nginx in front of
 * the fault-injecting node service, all on 127.0.0.1.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runBundledAction, type RunActionResult } from '../../../test/harness/index.ts';
import https from 'node:https';
import {
  selfSignedCertificate,
  startFaultService,
  startNginx,
  type FaultService,
  type NginxServer,
} from '../../../test/servers/index.ts';

const TOKEN = 'tok-e2e-5f3a9c';
let service: FaultService;
let nginx: NginxServer;
const reportDirs: string[] = [];

beforeAll(async () => {
  service = await startFaultService({ token: TOKEN, version: '3.1.0' });
  nginx = await startNginx({ upstreamPort: service.port });
});
afterAll(async () => {
  await nginx?.stop();
  await service?.stop();
  await Promise.all(reportDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});
beforeEach(() => service.clearFaults());

/** Runs the bundle; the reports go to a directory of the test's own (the harness removes its temp dir). */
async function run(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<RunActionResult> {
  const reportDir = await mkdtemp(path.join(os.tmpdir(), 'smoke-reports-'));
  reportDirs.push(reportDir);
  return runBundledAction({
    action: 'smoke-test',
    inputs: { 'base-url': nginx.url, 'report-dir': reportDir, ...inputs },
    env,
    timeoutMs: 60_000,
  });
}

async function reports(result: RunActionResult) {
  const json = JSON.parse(await readFile(result.outputs['report-path']!, 'utf8')) as Record<string, unknown> & {
    checks: {
      name: string;
      passed: boolean;
      readiness: { attempts: number; lastFailure: { errorKind: string } | null };
      headers?: Record<string, string>;
    }[];
    window: {
      stats: { count: number; errorsByKind: Record<string, number> };
      thresholds: { threshold: string; passed: boolean }[];
    } | null;
  };
  const junit = await readFile(result.outputs['junit-path']!, 'utf8');
  return { json, junit };
}

const checksFor = (port: number) => `
defaults:
  timeout: 5s
checks:
  - name: health
    url: /health
    assert:
      - status == 200
      - jsonpath "$.status" == "ok"
      - duration < 2s
  - name: api
    url: /api/items
    headers:
      Authorization: Bearer \${API_TOKEN}
    assert:
      - status 2xx
      - header "Content-Type" contains "json"
      - jsonpath "$.items" count >= 1
      - jsonpath "$.items[0].price" isNumber
    thresholds: [p(95)<1000]
  - name: upstream port
    tcp: 127.0.0.1:${port}
`;

describe('smoke-test e2e (bundle, Node 24, nginx)', () => {
  test('health, JSON API with auth from a secret, TCP and a watch window: passes, reports, masks the token', async () => {
    const result = await run(
      {
        checks: checksFor(service.port),
        'wait-for': '10s',
        duration: '2s',
        rate: '20',
        concurrency: '4',
        thresholds: 'p(95)<1000\nrate<0.01\navailability>=99.9%',
      },
      { API_TOKEN: TOKEN },
    );
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      passed: 'true',
      'failed-checks': '',
      'error-rate': '0',
      availability: '100',
    });
    expect(Number(result.outputs['p95-ms'])).toBeGreaterThan(0);
    expect(result.masks).toContain(TOKEN);
    const { json, junit } = await reports(result);
    expect(json.passed).toBe(true);
    expect(json.checks.map((check) => [check.name, check.passed])).toEqual([
      ['health', true],
      ['api', true],
      ['upstream port', true],
    ]);
    expect(json.checks[1]!.headers).toEqual({ authorization: '***' });
    // 20/s per check for 2 s, three checks.
    expect(json.window!.stats.count).toBe(120);
    expect(json.window!.thresholds.every((threshold) => threshold.passed)).toBe(true);
    expect((junit.match(/<testcase /g) ?? []).length).toBe(3 + 1 + 3);
    expect(junit).toContain('failures="0"');
    expect(result.summary).toContain('## Smoke test ✅ passed');
    expect(result.summary).toMatch(/\| ✅ \| api \| `GET http:\/\/127\.0\.0\.1:\d+\/api\/items` \|/);
    // The only place the token may appear is the ::add-mask:: command that tells the runner to hide it.
    const log = result.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    for (const text of [log.join('\n'), result.stderr, result.summary, JSON.stringify(json), junit])
      expect(text).not.toContain(TOKEN);
  });

  test('waits for a service that is not up yet (nginx answers 502 until it is)', async () => {
    await service.down();
    const upLater = setTimeout(() => void service.up(), 1500);
    try {
      const result = await run({ checks: '- url: /health', 'wait-for': '15s', 'retry-interval': '200ms' });
      expect(result.exitCode).toBe(0);
      const { json } = await reports(result);
      expect(json.checks[0]!.readiness.attempts).toBeGreaterThan(2);
      expect(json.checks[0]!.readiness.lastFailure!.errorKind).toBe('http-5xx');
      expect(result.log.some((line) => line.includes('attempt 1 failed (http-5xx) 502'))).toBe(true);
    } finally {
      clearTimeout(upLater);
      await service.up();
    }
  });

  test('a check that fails readiness fails the step and skips the window', async () => {
    service.setFaults({ errorBurst: 10_000 });
    const result = await run({ checks: '- name: health\n  url: /health', duration: '20s', rate: '50' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({
      passed: 'false',
      'failed-checks': 'health',
      'error-rate': '1',
      availability: '0',
    });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.message).toContain(
      "check 'health' failed after 1 attempt(s): status < 400: expected < 400, got 503",
    );
    expect(result.summary).toContain('The watch window did not run: not every check passed readiness.');
    expect(result.durationMs).toBeLessThan(10_000);
  });

  test("fail-on-decision 'false' reports without failing the step: decision fail, the verdict as a warning", async () => {
    service.setFaults({ errorBurst: 10_000 });
    const result = await run({ checks: '- name: health\n  url: /health', 'fail-on-decision': 'false' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['decision']).toBe('fail');
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((warning) => warning.message)).toEqual([
      expect.stringMatching(/^Smoke test failed: check 'health' failed after 1 attempt\(s\)/),
    ]);
  });

  test('5xx and resets during the window: error rate and availability gate, abort-on-fail', async () => {
    const pending = run({
      checks: '- name: health\n  url: /health',
      duration: '10s',
      rate: '50',
      concurrency: '4',
      thresholds: 'rate<0.05\navailability>95%',
    });
    // Faults begin while the window runs (readiness is one quick attempt).
    await new Promise((resolve) => setTimeout(resolve, 1500));
    service.setFaults({ errorBurst: 40, resetNext: 40 });
    const result = await pending;
    expect(result.exitCode).toBe(1);
    expect(result.outputs['passed']).toBe('false');
    expect(result.outputs['decision']).toBe('fail');
    expect(Number(result.outputs['error-rate'])).toBeGreaterThan(0.05);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.message).toMatch(/threshold (rate<0.05|availability>95%) failed/);
    const { json } = await reports(result);
    // 500 requests planned, so the 5% budget is spent at the 25th failure (25/500 is not < 0.05) (resets reach the client as 502).
    expect(json.window!.stats.errorsByKind['http-5xx']).toBeGreaterThanOrEqual(25);
    expect(json.window!.stats.count).toBeLessThan(300);
    expect(result.summary).toContain('Stopped early');
    expect(result.durationMs).toBeLessThan(10_000);
  }, 90_000);

  test('slow responses fail a p(95) threshold per check', async () => {
    service.setFaults({ delayMs: 150 });
    const result = await run({
      checks: '- name: slow\n  url: /health\n  thresholds: ["p(95)<100"]',
      duration: '1s',
      rate: '10',
      'abort-on-fail': 'false',
      thresholds: '',
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ passed: 'false', 'failed-checks': 'slow' });
    expect(Number(result.outputs['p95-ms'])).toBeGreaterThanOrEqual(150);
    expect(result.errors[0]!.message).toContain("check 'slow' threshold p(95)<100 failed");
  });

  test('a body that breaks the JSON assertion: expected versus actual', async () => {
    service.setFaults({ badJsonNext: 1 });
    const result = await run({ checks: '- name: health\n  url: /health\n  assert: [jsonpath "$.status" == "ok"]' });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.message).toBe(
      `Smoke test failed: check 'health' failed after 1 attempt(s): jsonpath "$.status" == "ok": expected == "ok", got "degraded"`,
    );
    expect(result.outputs['failed-checks']).toBe('health');
    const { junit } = await reports(result);
    expect(junit).toContain('<failure message="assertion: jsonpath &quot;$.status&quot; == &quot;ok&quot;');
  });

  test.each([
    [
      '- name: api\n  url: /health\n  asert: [status == 200]',
      "check 'api' (checks[0]) field 'asert': unknown key 'asert' (did you mean 'assert'?)",
    ],
    ['- name: api\n  url: "http://[::1"', "check 'api' (checks[0]) field 'url': 'http://[::1' is not a valid URL"],
    ['- name: api\n  url: /health\n  assert: [jsonpath "$.a" equalz 1]', "check 'api' (checks[0]) field 'assert[0]'"],
    ['- name: api\n  url: /health\n  thresholds: [p(95)<<1]', "check 'api' (checks[0]) field 'thresholds[0]'"],
    [
      '- name: api\n  url: /health\n  thresholds: ["rate<-5"]',
      "field 'thresholds[0]': threshold 'rate<-5' is impossible: a rate is between 0 and 1",
    ],
    [
      '- name: api\n  url: /health\n  thresholds: ["availability>101%"]',
      "threshold 'availability>101%' is impossible: availability is between 0% and 100%",
    ],
  ])('bad input is one clear ::error before any request: %s', async (checks, message) => {
    const before = service.stats().requests;
    const result = await run({ checks });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.message).toContain(message);
    expect(result.errors[0]!.message).not.toMatch(/\n\s+at /);
    expect(service.stats().requests).toBe(before);
  });

  test('a config file from the workspace', async () => {
    const workspace = await mkdtemp(path.join(os.tmpdir(), 'smoke-ws-'));
    reportDirs.push(workspace);
    await writeFile(
      path.join(workspace, 'smoke.yml'),
      'checks:\n  - name: version\n    url: /version\n    assert: [jsonpath "$.version" == "3.1.0"]\n',
    );
    const result = await runBundledAction({
      action: 'smoke-test',
      inputs: { 'base-url': nginx.url, config: 'smoke.yml' },
      workspace,
      timeoutMs: 60_000,
      keepTemp: true,
    });
    reportDirs.push(result.tempDir);
    expect(result.exitCode).toBe(0);
    expect(result.outputs['decision']).toBe('pass');
    // Reports go under RUNNER_TEMP by default, never into the checkout.
    expect(result.outputs['report-path']).toBe(path.join(result.tempDir, '_temp', 'smoke-test', 'smoke-test.json'));
    expect(existsSync(path.join(workspace, 'smoke-test-report'))).toBe(false);
    const report = JSON.parse(await readFile(result.outputs['report-path']!, 'utf8')) as { passed: boolean };
    expect(report.passed).toBe(true);
  });

  test('an unknown key in the config file names the file', async () => {
    const workspace = await mkdtemp(path.join(os.tmpdir(), 'smoke-ws-'));
    reportDirs.push(workspace);
    await writeFile(path.join(workspace, 'smoke.yml'), 'checks:\n  - url: /health\n    follow-redirect: true\n');
    const result = await runBundledAction({
      action: 'smoke-test',
      inputs: { 'base-url': nginx.url, config: 'smoke.yml' },
      workspace,
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([
      expect.objectContaining({
        file: 'smoke.yml',
        message: expect.stringContaining(
          "field 'follow-redirect': unknown key 'follow-redirect' (did you mean 'follow-redirects'?)",
        ),
      }),
    ]);
    expect(result.outputs).toEqual({ decision: 'fail' });
  });

  test('url: one GET per line, relative or absolute, each passing below 400; a 5xx fails it', async () => {
    const passing = await run({ url: `/health\n${nginx.url}/health?probe=1\n` });
    expect(passing.exitCode).toBe(0);
    expect(passing.outputs).toMatchObject({ decision: 'pass', passed: 'true' });
    const { json } = await reports(passing);
    expect(json.checks.map((check) => [check.name, check.passed])).toEqual([
      ['GET /health', true],
      [`GET ${nginx.url}/health`, true],
    ]);
    service.setFaults({ errorBurst: 1 });
    const failing = await run({ url: '/health' });
    expect(failing.exitCode).toBe(1);
    expect(failing.outputs).toMatchObject({ decision: 'fail', 'failed-checks': 'GET /health' });
  });

  test('url with checks, or a URL that is not http(s): one error naming the url input', async () => {
    const both = await run({ url: '/health', checks: '- url: /health' });
    expect(both.exitCode).toBe(1);
    expect(both.errors.map((error) => error.message)).toEqual([
      "Input 'url': give one of 'url', 'checks' and 'config', not 'checks' too",
    ]);
    const ftp = await run({ url: 'ftp://example.com/file' });
    expect(ftp.exitCode).toBe(1);
    expect(ftp.errors).toHaveLength(1);
    expect(ftp.errors[0]!.message).toMatch(/^Input 'url': .*ftp:\/\/example\.com\/file/);
    expect(ftp.outputs).toEqual({ decision: 'fail' });
  });

  test('checks both inline and in a file: one error naming both inputs, decision fail', async () => {
    const result = await runBundledAction({
      action: 'smoke-test',
      inputs: { 'base-url': nginx.url, checks: '- url: /health', config: 'smoke.yml' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors.map((error) => error.message)).toEqual([
      "Input 'checks': give either 'checks' (inline YAML) or 'config' (a file), not both",
    ]);
    expect(result.outputs).toEqual({ decision: 'fail' });
  });

  test('TLS: verified by default, opt-out per check with a warning', async () => {
    const server = https.createServer(selfSignedCertificate(), (_request, response) => response.end('{"status":"ok"}'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const base = `https://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    try {
      const verified = await run({ 'base-url': base, checks: '- name: tls\n  url: /' });
      expect(verified.exitCode).toBe(1);
      const { json } = await reports(verified);
      expect(json.checks[0]!.readiness.lastFailure!.errorKind).toBe('tls');
      const insecure = await run({ 'base-url': base, checks: '- name: tls\n  url: /\n  insecure: true' });
      expect(insecure.exitCode).toBe(0);
      expect(insecure.warnings.map((warning) => warning.message)).toEqual([
        "Check 'tls': TLS certificate verification is turned off (insecure: true)",
      ]);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
