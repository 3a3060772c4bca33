import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { buildConfig, formatActual, Prober, Redactor, runSmokeTest, type SmokeLog } from '@pipeline-actions/shared';
import { startFaultService, type FaultService } from '../../../../test/servers/index.ts';

let service: FaultService;
const prober = new Prober();
beforeAll(async () => {
  service = await startFaultService();
});
afterAll(async () => {
  await prober.close();
  await service.stop();
});

function configFor(checks: unknown, thresholds: string[] = []) {
  return buildConfig(
    { checks, thresholds },
    {
      source: 'checks',
      baseUrl: service.url,
      env: {},
      redactor: new Redactor(),
      timeoutMs: 2000,
      connectTimeoutMs: 1000,
    },
  );
}

describe('runSmokeTest', () => {
  test('readiness, then a window with per-check and overall thresholds; progress is logged', async () => {
    const lines: string[] = [];
    const log: SmokeLog = { info: (m) => lines.push(m), warning: (m) => lines.push(m), group: (_t, body) => body() };
    service.setFaults({ delayMs: 30 });
    try {
      const result = await runSmokeTest(
        {
          config: configFor(
            [
              { name: 'health', url: '/health', thresholds: ['p(95)<1000'] },
              { name: 'slow', url: '/version', thresholds: ['max<10'] },
            ],
            ['rate<0.01'],
          ),
          waitForMs: 1000,
          retryIntervalMs: 50,
          maxRetryIntervalMs: 100,
          window: { durationMs: 500, ratePerCheck: 20, concurrency: 4 },
          abortOnFail: false,
          progressIntervalMs: 100,
        },
        prober.probe,
        log,
      );
      expect(result.passed).toBe(false);
      expect(result.failedChecks).toEqual(['slow']);
      expect(result.window!.thresholds).toEqual([
        expect.objectContaining({ source: 'rate<0.01', passed: true, actual: 0 }),
      ]);
      expect(result.checks.map((outcome) => [outcome.check.name, outcome.passed, outcome.window!.count])).toEqual([
        ['health', true, 10],
        ['slow', false, 10],
      ]);
      expect(result.stats.count).toBe(20);
      expect(result.stats.p50Ms).toBeGreaterThanOrEqual(30);
      expect(lines.some((line) => /^\d+\/\d+ s: \d+ requests, 0 failed$/.test(line))).toBe(true);
      expect(lines).toContain(`✗ slow: max<10 (actual ${formatActual(result.checks[1]!.thresholds[0]!.actual)})`);
    } finally {
      service.clearFaults();
    }
  });
});
