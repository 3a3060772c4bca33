import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  buildConfig,
  Prober,
  Redactor,
  runSmokeTest,
  streamXml,
  type SmokeLog,
  type SmokeResult,
} from '@pipeline-actions/shared';
import { startFaultService, type FaultService } from '../../../test/servers/index.ts';
import { buildJsonReport, renderJunit, renderSummary } from '../src/report.ts';

const SECRET = 'xyz-secret-987';
let service: FaultService;
let result: SmokeResult;
const redactor = new Redactor();
const lines: string[] = [];
const log: SmokeLog = {
  info: (m) => lines.push(m),
  warning: (m) => lines.push(`warning: ${m}`),
  group: (_t, body) => body(),
};

beforeAll(async () => {
  service = await startFaultService({ token: SECRET });
  const config = buildConfig(
    {
      checks: [
        {
          name: 'health',
          url: '/health?api_key=${API_TOKEN}',
          assert: ['jsonpath "$.status" == "ok"'],
          thresholds: ['p(99)<2000'],
        },
        {
          name: 'api',
          url: '/api/items',
          headers: { Authorization: 'Bearer ${API_TOKEN}' },
          assert: ['jsonpath "$.count" == 4'],
        },
      ],
      thresholds: ['rate<0.5'],
    },
    {
      source: 'checks',
      baseUrl: service.url,
      env: { API_TOKEN: SECRET },
      redactor,
      timeoutMs: 2000,
      connectTimeoutMs: 1000,
    },
  );
  const prober = new Prober();
  try {
    result = await runSmokeTest(
      {
        config,
        waitForMs: 300,
        retryIntervalMs: 50,
        maxRetryIntervalMs: 100,
        window: { durationMs: 300, ratePerCheck: 20, concurrency: 2 },
        abortOnFail: false,
      },
      prober.probe,
      log,
    );
  } finally {
    await prober.close();
  }
});
afterAll(() => service.stop());

describe('reports of a run with one failing check', () => {
  test('JUnit XML escapes markup and drops characters XML cannot carry', () => {
    const last = result.checks[1]!.readiness.last;
    const original = last.error;
    last.error = 'got <html> & "quotes" \u0001\u0008 done';
    try {
      expect(renderJunit(result, redactor)).toContain('got &lt;html&gt; &amp; &quot;quotes&quot; \uFFFD\uFFFD done');
    } finally {
      last.error = original;
    }
  });

  test('the result: readiness retried until the deadline, window skipped', () => {
    expect(result.passed).toBe(false);
    expect(result.failedChecks).toEqual(['api']);
    expect(result.checks[1]!.readiness.attempts).toBeGreaterThan(1);
    expect(result.windowSkipped).toBe('not every check passed readiness');
    expect(lines.some((line) => line.includes('✗ api: attempt 1 failed (assertion) 200'))).toBe(true);
  });

  test('summary: per-check rows and expected versus actual, no secret', () => {
    const summary = renderSummary(result, redactor);
    expect(summary).toContain('## Smoke test ❌ failed');
    expect(summary).toMatch(/\| ❌ \| api \| `GET http:\/\/127\.0\.0\.1:\d+\/api\/items` \| \d+ \|/);
    expect(summary).toContain('`jsonpath "$.count" == 4`: expected == 4, got 3');
    expect(summary).toContain('api_key=***');
    expect(summary).not.toContain(SECRET);
  });

  test('JSON report: attempts, last failure, redacted headers and URLs', () => {
    const report = buildJsonReport(result, redactor) as {
      checks: { name: string; target: string; headers: object; readiness: { lastFailure: { failures: object[] } } }[];
    };
    expect(JSON.stringify(report)).not.toContain(SECRET);
    expect(report.checks[1]).toMatchObject({ name: 'api', headers: { authorization: '***' } });
    expect(report.checks[1]!.readiness.lastFailure.failures).toEqual([
      { assertion: 'jsonpath "$.count" == 4', expected: '== 4', actual: '3' },
    ]);
    expect(report.checks[0]!.target).toContain('api_key=***');
  });

  test('JUnit XML parses and counts the failure', async () => {
    const xml = renderJunit(result, redactor);
    expect(xml).not.toContain(SECRET);
    // Read back with the project's streaming XML reader: malformed XML would throw.
    const dir = await mkdtemp(path.join(os.tmpdir(), 'junit-'));
    const elements: { name: string; attrs: Record<string, string> }[] = [];
    try {
      await writeFile(path.join(dir, 'junit.xml'), xml);
      await streamXml(path.join(dir, 'junit.xml'), { open: (name, attrs) => elements.push({ name, attrs }) });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    expect(elements[0]).toMatchObject({ name: 'testsuites', attrs: { tests: '2', failures: '1' } });
    const cases = elements.filter((element) => element.name === 'testcase').map((element) => element.attrs['name']);
    expect(cases).toEqual(['health', 'api']);
    const failures = elements.filter((element) => element.name === 'failure');
    expect(failures.map((failure) => failure.attrs['message'])).toEqual([
      'assertion: jsonpath "$.count" == 4: expected == 4, got 3',
    ]);
  });
});
