/**
 * blue-green-deploy on real HAProxy: the switch is a `set map` on the runtime API (no reload), persisted to the map
 * file so a reload keeps it, with HAProxy's own health checks as part of the guard.
 */
import { describe, expect, test } from '@jest/globals';
import { readFile, writeFile } from 'node:fs/promises';
import { runBundledAction, type RunActionResult } from '../../../test/harness/index.ts';
import { slotRequest, startLoad } from '../../../test/servers/index.ts';
import { startStack, type Stack } from './stack.ts';

const TEST_TIMEOUT = 90_000;

function deploy(stack: Stack, version: string, inputs: Record<string, string> = {}): Promise<RunActionResult> {
  return runBundledAction({
    action: 'blue-green-deploy',
    inputs: { ...stack.inputs, version, ...inputs },
    timeoutMs: 60_000,
  });
}

async function liveVersion(stack: Stack): Promise<string> {
  return (await slotRequest(`127.0.0.1:${stack.port}`, '/version')).body.trim();
}

function withHaproxy(body: (stack: Stack) => Promise<void>): () => Promise<void> {
  return async () => {
    const stack = await startStack({ mode: 'tcp', proxy: 'haproxy' });
    try {
      await body(stack);
    } finally {
      await stack.stop();
    }
  };
}

describe('haproxy target', () => {
  test(
    'under keep-alive load a switch and a switch-back fail no request; a reload keeps the switched state',
    withHaproxy(async (stack) => {
      const first = await deploy(stack, '1.0.0');
      expect(first.errors).toEqual([]);
      expect(first.outputs).toMatchObject({ result: 'promoted', 'active-slot': 'blue' });
      expect(await readFile(stack.include, 'utf8')).toMatch(/^app app_blue$/m);

      const load = await startLoad({
        url: `${stack.publicUrl}/`,
        connections: 32,
        durationMs: 8000,
        countHeader: 'x-app-version',
      });
      const second = await deploy(stack, '1.1.0');
      await stack.behave('1.2.0', 'slow:120');
      const third = await deploy(stack, '1.2.0', { thresholds: 'p(95)<80', 'verify-duration': '2s' });
      const result = await load.stop();

      expect(second.outputs).toMatchObject({ result: 'promoted', 'active-slot': 'green', 'previous-version': '1.0.0' });
      expect(second.summary).toMatch(/set map/);
      expect(second.summary).toMatch(/haproxy sees green .*HAProxy's health checks: green UP/);
      expect(third.outputs).toMatchObject({ result: 'switched-back', 'active-slot': 'green' });
      expect(result.requests).toBeGreaterThan(1000);
      expect(result.failed).toBe(0);
      expect(Object.keys(result.byHeader).sort()).toEqual(['1.0.0', '1.1.0', '1.2.0']);

      // The map file on disk says what the runtime says: a reload keeps green.
      expect(await readFile(stack.include, 'utf8')).toMatch(/^app app_green$/m);
      await stack.haproxy!.reload();
      expect(await liveVersion(stack)).toBe('1.1.0');
      expect(await stack.haproxy!.command(`show map ${stack.include}`)).toMatch(/ app app_green/);
    }),
    TEST_TIMEOUT,
  );

  test(
    'stop-previous waits until the old backend has no session left, then stops it',
    withHaproxy(async (stack) => {
      await deploy(stack, '1.0.0');
      const run = await deploy(stack, '1.1.0', { 'stop-previous': 'true', 'drain-time': '5s' });
      expect(run.errors).toEqual([]);
      expect(run.summary).toMatch(/stop blue .*no session left on app_blue/);
      await expect(slotRequest(stack.slots.blue, '/health')).rejects.toThrow();
      expect(await liveVersion(stack)).toBe('1.1.0');
    }),
    TEST_TIMEOUT,
  );

  test(
    'a map file that disagrees with the runtime (a run died between them) is set back to what HAProxy serves',
    withHaproxy(async (stack) => {
      await deploy(stack, '1.0.0');
      const content = await readFile(stack.include, 'utf8');
      await writeFile(stack.include, content.replace('app app_blue', 'app app_green'));
      const next = await deploy(stack, '1.1.0');
      expect(next.errors).toEqual([]);
      expect(next.summary).toMatch(
        /The map file said 'app_green' while HAProxy serves 'app_blue'; the file was set back/,
      );
      expect(next.outputs).toMatchObject({ result: 'promoted', 'previous-slot': 'blue', 'active-slot': 'green' });
    }),
    TEST_TIMEOUT,
  );

  test(
    'a runtime API that cannot be reached, or a map HAProxy does not use, is one clear error before anything changes',
    withHaproxy(async (stack) => {
      const noSocket = await deploy(stack, '1.0.0', { 'haproxy-socket': `${stack.dir}/missing.sock` });
      expect(noSocket.exitCode).toBe(1);
      expect(noSocket.errors).toHaveLength(1);
      expect(noSocket.errors[0]!.message).toMatch(
        /Input 'haproxy-socket': cannot reach HAProxy's runtime API at .*missing\.sock/,
      );
      const otherMap = await deploy(stack, '1.0.0', { 'haproxy-map': `${stack.dir}/other.map` });
      expect(otherMap.errors[0]!.message).toMatch(/Input 'haproxy-map': HAProxy has no map .*other\.map loaded/);
      for (const run of [noSocket, otherMap]) expect(run.log.join('\n')).not.toContain('slot-app: started');
    }),
    TEST_TIMEOUT,
  );
});

/** Samples the entrypoint every few ms while `during` runs: which version answered when. */
async function sampleVersions<T>(
  stack: Stack,
  during: () => Promise<T>,
): Promise<{ result: T; samples: { at: number; version: string }[] }> {
  const samples: { at: number; version: string }[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const response = await slotRequest(`127.0.0.1:${stack.port}`, '/version').catch(() => undefined);
      if (response?.status === 200) samples.push({ at: Date.now(), version: response.body.trim() });
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  })();
  try {
    return { result: await during(), samples };
  } finally {
    running = false;
    await loop;
  }
}

function shareDuring(
  samples: { at: number; version: string }[],
  phase: { startedAt: string; durationMs: number },
  version: string,
): number {
  const start = Date.parse(phase.startedAt);
  // The first 300 ms of a window overlap the shift itself; judge the steady part.
  const inside = samples.filter((sample) => sample.at >= start + 300 && sample.at <= start + phase.durationMs);
  return inside.filter((sample) => sample.version === version).length / Math.max(1, inside.length);
}

describe('gradual steps on haproxy', () => {
  test(
    '10, 50, 100: each step carries its share of the traffic (±10 points), then all of it',
    withHaproxy(async (stack) => {
      await deploy(stack, '1.0.0');
      const { result: run, samples } = await sampleVersions(stack, () =>
        runBundledAction({
          action: 'blue-green-deploy',
          inputs: { ...stack.inputs, version: '1.1.0', 'traffic-steps': '10,50,100', 'step-interval': '2s' },
          timeoutMs: 60_000,
          keepTemp: true,
        }),
      );
      expect(run.errors).toEqual([]);
      expect(run.outputs).toMatchObject({ result: 'promoted', 'active-slot': 'green' });
      const timeline = JSON.parse(await readFile(run.outputs['timeline-path']!, 'utf8')) as {
        phases: { phase: string; startedAt: string; durationMs: number }[];
      };
      const phase = (name: string) => timeline.phases.find((entry) => entry.phase === name)!;
      expect(phase('shift 10% to green')).toBeDefined();
      expect(shareDuring(samples, phase('watch at 10%'), '1.1.0')).toBeGreaterThan(0);
      expect(Math.abs(shareDuring(samples, phase('watch at 10%'), '1.1.0') - 0.1)).toBeLessThanOrEqual(0.1);
      expect(Math.abs(shareDuring(samples, phase('watch at 50%'), '1.1.0') - 0.5)).toBeLessThanOrEqual(0.1);
      expect(await liveVersion(stack)).toBe('1.1.0');
      expect(await readFile(stack.include, 'utf8')).toMatch(/^app app_green$/m);
      await import('node:fs/promises').then((fs) => fs.rm(run.tempDir, { recursive: true, force: true }));
    }),
    TEST_TIMEOUT,
  );

  test(
    'a breach at a step sends all traffic back to the old slot, with no failed request',
    withHaproxy(async (stack) => {
      await deploy(stack, '1.0.0');
      await stack.behave('1.1.0', 'slow:120');
      const load = await startLoad({
        url: `${stack.publicUrl}/`,
        connections: 16,
        durationMs: 8000,
        countHeader: 'x-app-version',
      });
      // Any request the new slot answers in the step's window breaks max<100, so the breach is seen at 20 %.
      const run = await deploy(stack, '1.1.0', {
        'traffic-steps': '20,100',
        'step-interval': '2s',
        'verify-rate': '100',
        thresholds: 'max<100',
      });
      const result = await load.stop();
      expect(run.exitCode).toBe(1);
      expect(run.outputs).toMatchObject({ result: 'switched-back', 'active-slot': 'blue' });
      expect(run.errors[0]!.message).toMatch(/at 20% on 'green' the checks failed: .*max<100.*switched back to 'blue'/);
      expect(result.failed).toBe(0);
      expect(await liveVersion(stack)).toBe('1.0.0');
      expect(await stack.haproxy!.command(`show map ${stack.include}`)).toMatch(/ app app_blue/);
    }),
    TEST_TIMEOUT,
  );
});
