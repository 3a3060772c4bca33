/**
 * The local transport and the lock, run for real: bash, flock, files. The SSH transport runs the same scripts
 * (see the blue-green-deploy end-to-end tests over sshd).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { LocalTransport, shellQuote, TargetLock } from '@pipeline-actions/shared';

const transport = new LocalTransport();
let dir: string;
beforeAll(async () => (dir = await mkdtemp(path.join(os.tmpdir(), 'transport-'))));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('scripts', () => {
  test.each(['plain', "it's", '$(touch /tmp/pwned)', '`id`', 'a\nb', '"; exit 3; "', '\\', '--flag', ''])(
    'a value reaches the script unchanged: %j',
    async (value) => {
      const result = await transport.run('printf "%s" "$VALUE"', { env: { VALUE: value } });
      expect(result.exitCode).toBe(0);
      expect(result.stdout).toBe(value);
    },
  );

  test('shellQuote makes one word of anything', async () => {
    const value = `a'b "c" $d \`e\` \\f`;
    const result = await transport.run(`printf '%s|' ${shellQuote(value)}`);
    expect(result.stdout).toBe(`${value}|`);
  });

  test('a command that reads stdin cannot swallow the rest of the script', async () => {
    const result = await transport.run('cat\necho after');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe('after\n');
  });

  test('exit codes, stderr and timeouts come back', async () => {
    expect(await transport.run('echo oops >&2; exit 7')).toMatchObject({
      exitCode: 7,
      stderr: 'oops\n',
      timedOut: false,
    });
    const slow = await transport.run('sleep 5', { timeoutMs: 200 });
    expect(slow.timedOut).toBe(true);
    expect(slow.durationMs).toBeLessThan(4000);
  });
});

describe('the deploy lock', () => {
  test('one holder at a time; a second run waits, then fails naming the holder', async () => {
    const file = path.join(dir, 'a', 'deploy.lock');
    const first = new TargetLock(transport, file, { owner: 'acme/shop run 1', token: 't1' });
    const second = new TargetLock(transport, file, { owner: 'acme/shop run 2', token: 't2' });
    expect((await first.acquire({ ttlSeconds: 60, waitMs: 0 })).tookOverFrom).toBeUndefined();
    const waited: string[] = [];
    await expect(
      second.acquire({ ttlSeconds: 60, waitMs: 300, onWait: (holder) => waited.push(holder) }),
    ).rejects.toThrow(
      /Another deploy holds the lock .*deploy\.lock on local: acme\/shop run 1, since .*; waited 0 s .*expires in (59|60) s/,
    );
    expect(waited).toEqual([expect.stringMatching(/^acme\/shop run 1, since /)]);
    // Only the holder's token releases it.
    expect(await second.release()).toBe(false);
    expect(await first.release()).toBe(true);
    expect(await second.acquire({ ttlSeconds: 60, waitMs: 0 })).toMatchObject({ tookOverFrom: undefined });
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ owner: 'acme/shop run 2', token: 't2' });
    await second.release();
  });

  test('an expired lock is taken over, and the new holder is told whose it was', async () => {
    const file = path.join(dir, 'expired.lock');
    await writeFile(
      file,
      `{"owner":"acme/shop run 9","token":"dead","since":"2026-01-01T00:00:00Z","expiresAt":${Math.floor(Date.now() / 1000) - 5}}\n`,
    );
    const lock = new TargetLock(transport, file, { owner: 'acme/shop run 10', token: 'alive' });
    expect((await lock.acquire({ ttlSeconds: 60, waitMs: 0 })).tookOverFrom).toBe(
      'acme/shop run 9, since 2026-01-01T00:00:00Z',
    );
    await lock.release();
  });

  test('two runs racing for a free lock: exactly one gets it', async () => {
    const file = path.join(dir, 'race.lock');
    const runs = Array.from(
      { length: 6 },
      (_, index) => new TargetLock(transport, file, { owner: `run ${index}`, token: `t${index}` }),
    );
    const results = await Promise.allSettled(runs.map((run) => run.acquire({ ttlSeconds: 60, waitMs: 0 })));
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
  });
});
