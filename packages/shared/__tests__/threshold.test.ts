import { describe, expect, it } from '@jest/globals';
import { UserError } from '../src/action/errors.ts';
import { evaluateThreshold, parseThreshold } from '../src/policy/threshold.ts';
import { LatencyStats } from '../src/probe/stats.ts';
import { parseWatchThreshold } from '../src/probe/thresholds.ts';

describe('parseThreshold', () => {
  it.each([
    ['p(95)<1000', { aggregation: 'p', percentile: 95, operator: '<', value: 1000 }],
    ['p(99.9) <= 2s', { aggregation: 'p', percentile: 99.9, operator: '<=', value: 2000 }],
    ['avg<300', { aggregation: 'avg', operator: '<', value: 300 }],
    ['rate<0.01', { aggregation: 'rate', operator: '<', value: 0.01 }],
    ['rate<1%', { aggregation: 'rate', operator: '<', value: 0.01, unit: '%' }],
    ['count==0', { aggregation: 'count', operator: '==', value: 0 }],
    ['count===0', { aggregation: 'count', operator: '===', value: 0 }],
    ['max != 5', { aggregation: 'max', operator: '!=', value: 5 }],
    ['<500ms', { aggregation: 'value', operator: '<', value: 500, unit: 'ms' }],
    ['>=85%', { aggregation: 'value', operator: '>=', value: 85, unit: '%' }],
    ['<=2s', { aggregation: 'value', operator: '<=', value: 2000, unit: 's' }],
    ['med>1m', { aggregation: 'med', operator: '>', value: 60_000, unit: 'm' }],
  ])('%s', (source, expected) => expect(parseThreshold(source)).toMatchObject(expected));

  it.each([
    ['p(95<1000', 5, "')' after the percentile"],
    ['avg<', 5, 'a number'],
    ['avg 300', 5, 'an operator: > >= < <= == === !='],
    ['mean<300', 1, "an aggregation (count, rate, value, avg, min, max, med, p(N)) or an operator, not 'mean'"],
    ['p(95)<1000 ms extra', 15, 'the end of the threshold'],
    ['<500xs', 5, 'a unit (ms, s, m, h, %) or the end of the threshold'],
  ])('%s fails at column %d', (source, column, expected) => {
    try {
      parseThreshold(source);
      throw new Error('should have failed');
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).place.column).toBe(column);
      expect((error as Error).message).toBe(
        `threshold '${source}' does not parse at column ${column}: expected ${expected}`,
      );
    }
  });
});

describe('impossible thresholds are errors, not silent passes or certain failures', () => {
  it.each([
    ['>=-5%', 3, 'a percentage is between 0% and 100%'],
    ['>=101%', 3, 'a percentage is between 0% and 100%'],
    ['rate<-5', 6, 'a rate is between 0 and 1 (0% to 100%)'],
    ['rate<=150%', 7, 'a rate is between 0 and 1 (0% to 100%)'],
    ['rate<0', 6, 'no value can ever meet it (a rate is between 0 and 1 (0% to 100%))'],
    ['count>-1', 7, 'a count is never negative'],
    ['p(95)<-5ms', 7, 'a duration is never negative'],
  ])('%s', (source, column, reason) => {
    expect(() => parseThreshold(source)).toThrow(`threshold '${source}' is impossible: ${reason}`);
    try {
      parseThreshold(source);
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).place.column).toBe(column);
    }
  });

  it('a caller that knows the range gives it', () => {
    const domain = { min: 0, max: 100, describe: 'a pass rate is between 0% and 100%' };
    expect(() => parseThreshold('>=101', domain)).toThrow(UserError);
    expect(parseThreshold('>=100', domain).value).toBe(100);
    expect(parseThreshold('>=0%').value).toBe(0);
  });

  it.each([
    ['availability>101%', 'availability is between 0% and 100%'],
    ['availability>100%', 'no value can ever meet it'],
    ['availability>=-1', 'availability is between 0% and 100%'],
    ['rate<-5', 'a rate is between 0 and 1'],
    ['p(95)<-5', 'a latency is never negative'],
  ])('smoke-test %s', (source, reason) => {
    expect(() => parseWatchThreshold(source)).toThrow(
      new RegExp(`threshold '${source.replace(/[()]/g, '\\$&')}' is impossible: ${reason}`),
    );
  });
  it('smoke-test thresholds within range still parse', () => {
    expect(parseWatchThreshold('availability>=99.9%').threshold.value).toBe(99.9);
    expect(parseWatchThreshold('rate<=1').threshold.value).toBe(1);
  });
});

describe('evaluateThreshold', () => {
  // Latencies as the smoke test's window measures them.
  const stats = new LatencyStats();
  for (const durationMs of [100, 200, 300, 400, 500, 600, 700, 800, 900, 1000])
    stats.add({ ok: true, durationMs, errorKind: undefined });
  const latency = stats.metrics();
  it('computes trend aggregations with interpolated percentiles', () => {
    expect(latency.avg).toBe(550);
    expect(latency.med).toBe(550);
    expect(latency.percentile!(95)).toBeCloseTo(955);
    expect(evaluateThreshold(parseThreshold('p(95)<1000'), latency)).toEqual({
      passed: true,
      actual: expect.closeTo(955, 5),
    });
    expect(evaluateThreshold(parseThreshold('p(95)<900'), latency).passed).toBe(false);
    expect(evaluateThreshold(parseThreshold('max<=1s'), latency).passed).toBe(true);
  });
  it('fails a threshold whose aggregation is missing instead of passing it', () => {
    expect(evaluateThreshold(parseThreshold('rate<0.01'), { avg: latency.avg })).toEqual({
      passed: false,
      actual: undefined,
    });
  });
  it('compares rates and values', () => {
    expect(evaluateThreshold(parseThreshold('rate<1%'), { rate: 0.005 }).passed).toBe(true);
    expect(evaluateThreshold(parseThreshold('>=85%'), { value: 84.99 }).passed).toBe(false);
  });
});
