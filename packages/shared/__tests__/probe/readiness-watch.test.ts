import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startFaultService, type FaultService } from '../../../../test/servers/index.ts';
import { httpCheck } from '../../src/probe/check.ts';
import { Prober } from '../../src/probe/probe.ts';
import { parseWatchThreshold } from '../../src/probe/thresholds.ts';
import { waitFor } from '../../src/probe/wait-for.ts';
import { runWatch } from '../../src/probe/watch.ts';

let service: FaultService;
const prober = new Prober({ connectionsPerOrigin: 8 });
const probe = prober.probe;

beforeAll(async () => {
  service = await startFaultService();
});
afterAll(async () => {
  await prober.close();
  await service.stop();
});

describe('waitFor', () => {
  test('retries a service that is not up yet until it answers', async () => {
    const late = await startFaultService({ listenAfterMs: 700 });
    try {
      const attempts: string[] = [];
      const result = await waitFor(httpCheck({ name: 'late', url: `${late.url}/health` }), probe, {
        deadlineMs: 5000,
        initialDelayMs: 50,
        maxDelayMs: 200,
        onAttempt: (attempt) => attempts.push(attempt.ok ? 'ok' : attempt.errorKind!),
      });
      expect(result.ready).toBe(true);
      expect(result.attempts).toBeGreaterThan(2);
      expect(result.lastFailure?.errorKind).toBe('refused');
      expect(attempts.at(-1)).toBe('ok');
      expect(new Set(attempts.slice(0, -1))).toEqual(new Set(['refused']));
    } finally {
      await late.stop();
    }
  });

  test('retries 5xx bursts and failed assertions', async () => {
    service.setFaults({ errorBurst: 2, badJsonNext: 2 });
    const result = await waitFor(
      httpCheck({ name: 'health', url: `${service.url}/health`, assert: ['jsonpath "$.status" == "ok"'] }),
      probe,
      { deadlineMs: 5000, initialDelayMs: 10 },
    );
    expect(result).toMatchObject({ ready: true, attempts: 5 });
    expect(result.lastFailure?.errorKind).toBe('assertion');
  });

  test('gives up at the deadline and reports the last failure', async () => {
    service.setFaults({ errorBurst: 1000 });
    try {
      const result = await waitFor(httpCheck({ name: 'health', url: `${service.url}/health` }), probe, {
        deadlineMs: 400,
        initialDelayMs: 50,
      });
      expect(result.ready).toBe(false);
      expect(result.attempts).toBeGreaterThanOrEqual(3);
      expect(result.elapsedMs).toBeGreaterThanOrEqual(300);
      expect(result.elapsedMs).toBeLessThan(1500);
      expect(result.last).toMatchObject({ ok: false, errorKind: 'http-5xx', status: 503 });
    } finally {
      service.clearFaults();
    }
  });

  test('cuts the attempt timeout to the time left', async () => {
    service.setFaults({ delayMs: 2000 });
    try {
      const result = await waitFor(
        httpCheck({ name: 'slow', url: `${service.url}/health`, timeoutMs: 10_000 }),
        probe,
        {
          deadlineMs: 300,
        },
      );
      expect(result).toMatchObject({ ready: false });
      expect(result.last.errorKind).toBe('timeout');
      expect(result.elapsedMs).toBeLessThan(1000);
    } finally {
      service.clearFaults();
    }
  });
});

describe('runWatch', () => {
  test('holds a fixed rate and passes its thresholds on a healthy service', async () => {
    const checks = [
      httpCheck({ name: 'health', url: `${service.url}/health` }),
      httpCheck({ name: 'version', url: `${service.url}/version` }),
    ];
    const result = await runWatch(checks, probe, {
      durationMs: 1000,
      ratePerCheck: 50,
      concurrency: 10,
      thresholds: ['p(95)<500', 'rate<0.01', 'availability>=99.9%', 'count==100'].map(parseWatchThreshold),
      checkThresholds: new Map([['health', [parseWatchThreshold('avg<300')]]]),
      abortOnFail: false,
    });
    expect(result.overall.count).toBe(100);
    expect(result.perCheck.get('health')!.count).toBe(50);
    expect(result.planned).toBe(100);
    expect(result.achievedRate).toBeGreaterThan(95);
    expect(result.achievedRate).toBeLessThan(105);
    expect(result.thresholds.map((outcome) => [outcome.source, outcome.check, outcome.passed])).toEqual([
      ['p(95)<500', undefined, true],
      ['rate<0.01', undefined, true],
      ['availability>=99.9%', undefined, true],
      ['count==100', undefined, true],
      ['avg<300', 'health', true],
    ]);
    expect(result.passed).toBe(true);
  });

  test('a burst of 5xx fails the error-rate threshold and is counted by kind', async () => {
    service.setFaults({ errorBurst: 5 });
    const result = await runWatch([httpCheck({ name: 'health', url: `${service.url}/health` })], probe, {
      durationMs: 500,
      ratePerCheck: 100,
      concurrency: 4,
      thresholds: [parseWatchThreshold('rate<0.01')],
      checkThresholds: new Map(),
      abortOnFail: false,
    });
    expect(result.overall.count).toBe(50);
    expect(result.overall.errorsByKind).toEqual({ 'http-5xx': 5 });
    expect(result.thresholds[0]).toMatchObject({ passed: false, actual: 0.1 });
    expect(result.passed).toBe(false);
  });

  test('abort-on-fail stops as soon as the error budget is spent', async () => {
    service.setFaults({ errorBurst: 1000 });
    try {
      const result = await runWatch([httpCheck({ name: 'health', url: `${service.url}/health` })], probe, {
        durationMs: 5000,
        ratePerCheck: 100,
        concurrency: 4,
        thresholds: [parseWatchThreshold('rate<0.05')],
        checkThresholds: new Map(),
        abortOnFail: true,
      });
      expect(result.aborted).toMatchObject({ threshold: 'rate<0.05', check: undefined });
      expect(result.elapsedMs).toBeLessThan(1500);
      expect(result.overall.failed).toBeGreaterThanOrEqual(25);
      expect(result.passed).toBe(false);
    } finally {
      service.clearFaults();
    }
  });

  test('as fast as possible keeps at most `concurrency` requests in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const counting = async (check: Parameters<typeof probe>[0]) => {
      inFlight++;
      most = Math.max(most, inFlight);
      try {
        return await probe(check);
      } finally {
        inFlight--;
      }
    };
    const result = await runWatch([httpCheck({ name: 'health', url: `${service.url}/health` })], counting, {
      durationMs: 300,
      ratePerCheck: undefined,
      concurrency: 3,
      thresholds: [],
      checkThresholds: new Map(),
      abortOnFail: false,
    });
    expect(most).toBe(3);
    expect(result.overall.count).toBeGreaterThan(30);
    expect(result.overall.failed).toBe(0);
  });
});
