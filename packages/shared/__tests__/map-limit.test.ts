import { describe, expect, test } from '@jest/globals';
import { setTimeout as sleep } from 'node:timers/promises';
import { mapLimit } from '../src/exec/map-limit.ts';

describe('mapLimit', () => {
  test('results in the items order, never more than `limit` calls at once', async () => {
    let running = 0;
    let most = 0;
    const results = await mapLimit([30, 5, 20, 1, 10], 2, async (ms) => {
      most = Math.max(most, ++running);
      await sleep(ms);
      running--;
      return ms * 2;
    });
    expect(results).toEqual([60, 10, 40, 2, 20]);
    expect(most).toBe(2);
  });

  test('after a failure no further call starts, and the failure is thrown', async () => {
    const started: number[] = [];
    await expect(
      mapLimit([1, 2, 3, 4], 1, async (item) => {
        started.push(item);
        if (item === 2) throw new Error('two failed');
        return item;
      }),
    ).rejects.toThrow('two failed');
    expect(started).toEqual([1, 2]);
  });

  test('a limit below one still runs the items, one at a time', async () => {
    expect(await mapLimit(['a', 'b'], 0, async (item) => item.toUpperCase())).toEqual(['A', 'B']);
  });
});
