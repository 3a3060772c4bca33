import { describe, expect, test } from '@jest/globals';
import { UserError } from '../../src/action/errors.ts';
import { Redactor } from '../../src/probe/redact.ts';
import { LatencyStats } from '../../src/probe/stats.ts';
import { canStillPass, evaluateWatchThreshold, parseWatchThreshold } from '../../src/probe/thresholds.ts';

function stats(durations: number[], failures = 0): LatencyStats {
  const result = new LatencyStats();
  durations.forEach((durationMs, index) =>
    result.add({ durationMs, ok: index >= failures, errorKind: index < failures ? 'http-5xx' : undefined }),
  );
  return result;
}

describe('watch thresholds', () => {
  test('parse the k6 grammar plus availability', () => {
    expect(parseWatchThreshold('p(95)<1000').threshold).toMatchObject({
      aggregation: 'p',
      percentile: 95,
      value: 1000,
    });
    expect(parseWatchThreshold('availability > 99.9%')).toMatchObject({
      metric: 'availability',
      threshold: { value: 99.9 },
    });
    expect(() => parseWatchThreshold('<500ms')).toThrow(UserError);
    expect(() => parseWatchThreshold('p(95)<<1000')).toThrow(UserError);
  });

  test('evaluate on the window statistics', () => {
    const window = stats([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 1);
    expect(evaluateWatchThreshold(parseWatchThreshold('avg<60'), window)).toEqual({ passed: true, actual: 55 });
    expect(evaluateWatchThreshold(parseWatchThreshold('p(90)<90'), window)).toEqual({ passed: false, actual: 91 });
    expect(evaluateWatchThreshold(parseWatchThreshold('rate<0.05'), window)).toEqual({ passed: false, actual: 0.1 });
    expect(evaluateWatchThreshold(parseWatchThreshold('availability>=90%'), window)).toEqual({
      passed: true,
      actual: 90,
    });
    expect(evaluateWatchThreshold(parseWatchThreshold('avg<60'), new LatencyStats())).toEqual({
      passed: false,
      actual: undefined,
    });
  });

  test('canStillPass knows when no future request can save a threshold', () => {
    const twoErrors = stats([5, 5, 5, 5], 2);
    // 2 errors of 100 planned: still possible under 5%, hopeless under 1%.
    expect(canStillPass(parseWatchThreshold('rate<0.05'), twoErrors, 96)).toBe(true);
    expect(canStillPass(parseWatchThreshold('rate<0.01'), twoErrors, 96)).toBe(false);
    expect(canStillPass(parseWatchThreshold('availability>99%'), twoErrors, 96)).toBe(false);
    expect(canStillPass(parseWatchThreshold('availability>97%'), twoErrors, 96)).toBe(true);
    const slow = stats([2000, 2000, 2000, 2000, 2000, 2000]);
    // p(95) of 100 planned requests stays below 1000 only if at most 5 are slow.
    expect(canStillPass(parseWatchThreshold('p(95)<1000'), slow, 94)).toBe(false);
    expect(canStillPass(parseWatchThreshold('p(95)<1000'), stats([2000, 2000]), 98)).toBe(true);
    expect(canStillPass(parseWatchThreshold('max<1500'), slow, 94)).toBe(false);
    expect(canStillPass(parseWatchThreshold('avg<100'), slow, 94)).toBe(false);
    expect(canStillPass(parseWatchThreshold('avg<200'), slow, 94)).toBe(true);
    expect(canStillPass(parseWatchThreshold('min>100'), stats([50]), 10)).toBe(false);
  });
});

describe('Redactor', () => {
  test('hides sensitive headers, registered secrets, URL passwords and sensitive query parameters', () => {
    const seen: string[] = [];
    const redactor = new Redactor((value) => seen.push(value));
    redactor.addSecret('s3cr3t-token');
    redactor.addSecret('ab');
    expect(seen).toEqual(['s3cr3t-token']);
    expect(
      redactor.headers({
        Authorization: 'Basic xyz',
        'X-Api-Key': 'k',
        Accept: 'application/json',
        'X-Echo': 'pre-s3cr3t-token',
      }),
    ).toEqual({
      Authorization: '***',
      'X-Api-Key': '***',
      Accept: 'application/json',
      'X-Echo': 'pre-***',
    });
    expect(redactor.url('https://user:pw@example.com/a?token=abc&page=2')).toBe(
      'https://user:***@example.com/a?token=***&page=2',
    );
    expect(redactor.value({ list: ['x s3cr3t-token y'], n: 1 })).toEqual({ list: ['x *** y'], n: 1 });
  });
});
