// Regular expressions run off the main thread within a budget (issue 11, item 4).
import { afterAll, describe, expect, test } from '@jest/globals';
import { RegexRunner } from '../../src/probe/regex.ts';

const runner = new RegexRunner();
afterAll(() => runner.close());

describe('RegexRunner', () => {
  test('answers like RegExp.test, flags and lookaround included', async () => {
    expect(await runner.test(/^(?=a)A+b$/i, 'aaaB', 5_000)).toBe(true);
    expect(await runner.test(/(\w)\1/, 'abc', 5_000)).toBe(false);
    expect(await runner.test(/x/g, 'x', 5_000)).toBe(true);
    expect(await runner.test(/x/g, 'x', 5_000)).toBe(true);
  });

  test('a catastrophic pattern gets no answer within its budget; tests waiting behind it still get theirs', async () => {
    const started = performance.now();
    const [stuck, after, other] = await Promise.all([
      runner.test(/^(A+)+$/, `${'A'.repeat(5_000)}B`, 300),
      runner.test(/B$/, `${'A'.repeat(5_000)}B`, 5_000),
      runner.test(/^A+$/, 'AAA', 5_000),
    ]);
    expect([stuck, after, other]).toEqual([undefined, true, true]);
    // The budget plus the restart of the worker, not the pattern's running time.
    expect(performance.now() - started).toBeLessThan(300 + 2_000);
    // The runner keeps working after the restart.
    expect(await runner.test(/a/, 'a', 5_000)).toBe(true);
  });

  test('a closed runner answers undefined', async () => {
    const closed = new RegexRunner();
    await closed.close();
    expect(await closed.test(/a/, 'a', 1_000)).toBeUndefined();
  });
});
