/**
 * rollback end to end: the bundle run as the runner runs it, against the same loopback stack as blue-green-deploy
 * (real nginx, slot processes started by the user's deploy command, wrk load, openssh-server, real git
 * repositories), with the "before" state made by blue-green-deploy's own bundle. Only GitHub's API is faked.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  runBundledAction,
  startFakeGitHub,
  type FakeGitHub,
  type RunActionResult,
} from '../../../test/harness/index.ts';
import { git } from '../../../test/helpers/git.ts';
import { runSlotAppCommand, slotRequest, startLoad, startSshd, type SshdServer } from '../../../test/servers/index.ts';
import { startStack, type Stack } from '../../blue-green-deploy/__tests__/stack.ts';

const TEST_TIMEOUT = 120_000;
type Inputs = Record<string, string | undefined>;
type Extra = Parameters<typeof runBundledAction>[0];

/** blue-green-deploy's bundle makes the state to roll back from (no verification window: setup only). */
async function deploy(stack: Stack, version: string, inputs: Inputs = {}, extra: Extra = {}): Promise<RunActionResult> {
  const run = await runBundledAction({
    action: 'blue-green-deploy',
    inputs: { ...stack.inputs, 'verify-duration': '0s', version, ...inputs },
    timeoutMs: 60_000,
    ...extra,
  });
  return run;
}

/** rollback with the stack's target inputs and its own defaults (no verification window unless asked). */
function rollback(stack: Stack, inputs: Inputs = {}, extra: Extra = {}): Promise<RunActionResult> {
  return runBundledAction({
    action: 'rollback',
    inputs: { ...stack.inputs, 'verify-duration': undefined, 'verify-rate': undefined, ...inputs },
    timeoutMs: 60_000,
    ...extra,
  });
}

async function liveVersion(stack: Stack): Promise<string> {
  return (await slotRequest(`127.0.0.1:${stack.port}`, '/version')).body.trim();
}

function withStack(mode: 'unix' | 'tcp', body: (stack: Stack) => Promise<void>): () => Promise<void> {
  return async () => {
    const stack = await startStack({ mode });
    try {
      await body(stack);
    } finally {
      await stack.stop();
    }
  };
}

interface PlanOutput {
  status: string;
  method: string | null;
  why: string;
  from: { slot: string | null; version: string | null };
  to: { slot: string; version: string; source: string } | null;
  candidates: { source: string; version: string | null; verdict: string; reason: string; deploymentId?: number }[];
  badDeployment: number | null;
  nearest?: string[];
}
const planOf = (run: RunActionResult) => JSON.parse(run.outputs['plan']!) as PlanOutput;
const verdicts = (plan: PlanOutput) =>
  plan.candidates.map((c) => `${c.source}${c.deploymentId ? `#${c.deploymentId}` : ''}:${c.verdict}`);

/** A real git repository with one commit and these tags, as a workflow checks it out with fetch-depth 0. */
async function repoWithTags(tags: string[]): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'rb-repo-'));
  git(dir, 'init', '-q', '-b', 'main');
  await writeFile(path.join(dir, 'README'), 'app\n');
  git(dir, 'add', 'README');
  git(dir, 'commit', '-q', '-m', 'app');
  for (const tag of tags) git(dir, 'tag', tag);
  return dir;
}

/** Stops a slot's process, as a crash or a host reboot would. */
async function killSlot(stack: Stack, slot: 'blue' | 'green'): Promise<void> {
  await runSlotAppCommand('stop', { SLOT: slot, SLOT_APP_DIR: path.join(stack.dir, 'apps') });
}

describe('switch: traffic back to the standby slot', () => {
  test(
    'under keep-alive load a switch rollback fails no request, reloads nothing and recovers in about a second',
    withStack('unix', async (stack) => {
      await deploy(stack, '1.0.0');
      await deploy(stack, '1.1.0');
      expect(await liveVersion(stack)).toBe('1.1.0');
      const workers = await stack.nginxPid();
      const load = await startLoad({
        url: `${stack.publicUrl}/`,
        connections: 32,
        durationMs: 4000,
        countHeader: 'x-app-version',
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
      const run = await rollback(stack, {}, { keepTemp: true });
      const result = await load.stop();

      expect(run.errors).toEqual([]);
      expect(run.exitCode).toBe(0);
      expect(run.outputs).toMatchObject({
        result: 'rolled-back',
        method: 'switch',
        'from-version': '1.1.0',
        'to-version': '1.0.0',
        'active-slot': 'blue',
        'deployment-id': '',
      });
      const recovery = Number(run.outputs['recovery-ms']);
      process.stdout.write(`switch rollback under load (nginx, unix slots): recovery ${recovery} ms\n`);
      expect(recovery).toBeGreaterThan(0);
      expect(recovery).toBeLessThan(3000);
      expect(await liveVersion(stack)).toBe('1.0.0');
      expect(result.requests).toBeGreaterThan(1000);
      expect(result.failed).toBe(0);
      expect(Object.keys(result.byHeader).sort()).toEqual(['1.0.0', '1.1.0']);
      expect(await stack.nginxPid()).toBe(workers);
      expect(run.log.join('\n')).not.toContain('slot-app: started');

      const plan = planOf(run);
      expect(plan).toMatchObject({
        status: 'ready',
        method: 'switch',
        to: { slot: 'blue', version: '1.0.0', source: 'standby' },
      });
      expect(verdicts(plan)).toEqual(['to-version:skipped', 'standby:chosen']);
      expect(run.summary).toContain('## Rollback: ✅ Rolled back to 1.0.0');
      expect(run.summary).toMatch(/\| 2 \| standby slot 'blue' \| 1\.0\.0 \| ✅ chosen \|/);
      const timeline = JSON.parse(await readFile(run.outputs['timeline-path']!, 'utf8')) as {
        phases: { phase: string; outcome: string }[];
      };
      await rm(run.tempDir, { recursive: true, force: true });
      expect(timeline.phases.map((entry) => `${entry.phase}:${entry.outcome}`)).toEqual([
        'discover:ok',
        'check blue:ok',
        'read deployment history:skipped',
        'plan:skipped',
        'switch to blue:ok',
        'read back:ok',
        'verify:skipped',
      ]);
    }),
    TEST_TIMEOUT,
  );

  test(
    'the restored version unhealthy too while the rolled-back slot passes its checks: traffic goes back, exit 1',
    withStack('unix', async (stack) => {
      // 1.0.0 answers slowly: it passes every check, then breaks the rollback window's latency threshold.
      await stack.behave('1.0.0', 'slow:150');
      await deploy(stack, '1.0.0');
      await deploy(stack, '1.1.0');
      const run = await rollback(stack, { 'verify-duration': '1s', thresholds: 'p(95)<80' });
      expect(run.exitCode).toBe(1);
      expect(run.outputs).toMatchObject({
        result: 'switched-back',
        method: 'switch',
        'active-slot': 'green',
        'recovery-ms': '',
      });
      expect(run.errors).toHaveLength(1);
      expect(run.errors[0]!.message).toMatch(
        /The rollback to 1\.0\.0 failed: the restored version 1\.0\.0 is unhealthy too \(the verification window failed: .*p\(95\)<80.*\); traffic was switched back to 'green' \(1\.1\.0\), which passed its checks/,
      );
      expect(await liveVersion(stack)).toBe('1.1.0');
    }),
    TEST_TIMEOUT,
  );

  test(
    'the restored version unhealthy too and the rolled-back slot failing: traffic stays on the restored one, exit 1',
    withStack('unix', async (stack) => {
      await stack.behave('1.0.0', 'slow:150');
      await stack.behave('1.1.0', 'fail-after:2500');
      await deploy(stack, '1.0.0');
      const bad = await deploy(stack, '1.1.0');
      expect(bad.outputs['result']).toBe('promoted');
      // 1.1.0 now answers 500: the reason for the rollback.
      await new Promise((resolve) => setTimeout(resolve, 2600));
      const run = await rollback(stack, { 'verify-duration': '1s', thresholds: 'p(95)<80', 'ready-timeout': '1s' });
      expect(run.exitCode).toBe(1);
      expect(run.outputs).toMatchObject({ result: 'failed', 'active-slot': 'blue' });
      expect(run.errors).toHaveLength(1);
      expect(run.errors[0]!.message).toMatch(
        /the restored version 1\.0\.0 is unhealthy too .*; slot 'green' is not healthy now either \(.*500.*\), so traffic stays on 'blue'/,
      );
      expect(await liveVersion(stack)).toBe('1.0.0');
    }),
    TEST_TIMEOUT,
  );
});

describe('redeploy', () => {
  let gh: FakeGitHub;
  beforeAll(async () => (gh = await startFakeGitHub()));
  afterAll(() => gh.close());
  const recorded = (repository: string) => ({ apiUrl: gh.url, repository });

  test(
    'the standby slot gone: falls through to redeploy of the last good version under load, and records it all',
    withStack('unix', async (stack) => {
      const env = { environment: 'production' };
      await deploy(stack, '1.0.0', env, recorded('acme/gone'));
      await deploy(stack, '1.1.0', env, recorded('acme/gone'));
      await killSlot(stack, 'blue');
      const load = await startLoad({ url: `${stack.publicUrl}/`, connections: 16, durationMs: 8000 });
      const run = await rollback(stack, env, recorded('acme/gone'));
      const result = await load.stop();

      expect(run.errors).toEqual([]);
      expect(run.outputs).toMatchObject({
        result: 'rolled-back',
        method: 'redeploy',
        'from-version': '1.1.0',
        'to-version': '1.0.0',
        'active-slot': 'blue',
      });
      expect(Number(run.outputs['recovery-ms'])).toBeGreaterThan(0);
      expect(await liveVersion(stack)).toBe('1.0.0');
      expect(result.failed).toBe(0);
      const plan = planOf(run);
      expect(plan.candidates[1]).toMatchObject({ source: 'standby', version: '1.0.0', verdict: 'chosen' });
      expect(plan.why).toMatch(
        /^slot 'blue' holds 1\.0\.0 but does not pass its checks now \(check .*\), so 1\.0\.0 is deployed into it/,
      );
      expect(run.log.join('\n')).toMatch(/slot-app: started/);

      const [first, second, third] = gh.deployments('acme/gone');
      expect(gh.deployments('acme/gone')).toHaveLength(3);
      // The bad deployment: still success until this run, now failure "Rolled back by <run>".
      expect(second!.statuses.map((status) => status.state)).toEqual(['in_progress', 'success', 'failure']);
      expect(String(second!.statuses[2]!.description)).toMatch(
        /^Rolled back by https:\/\/github\.com\/acme\/gone\/actions\/runs\/\d+$/,
      );
      expect(first!.statuses.map((status) => status.state)).toEqual(['in_progress', 'success']);
      expect(third!.deployment).toMatchObject({ task: 'rollback', environment: 'production' });
      expect(third!.deployment.payload).toMatchObject({
        version: '1.0.0',
        slot: 'blue',
        previousSlot: 'green',
        previousVersion: '1.1.0',
        rollbackOf: second!.deployment.id,
        task: 'rollback',
      });
      expect(third!.statuses.map((status) => status.state)).toEqual(['in_progress', 'success']);
      expect(run.outputs['deployment-id']).toBe(String(third!.deployment.id));

      // Once rolled back, 1.1.0 is never a candidate again: there is nothing earlier than 1.0.0.
      const again = await rollback(stack, env, recorded('acme/gone'));
      expect(again.exitCode).toBe(1);
      expect(verdicts(planOf(again))).toContain('standby:skipped');
      expect(planOf(again).candidates[1]!.reason).toMatch(
        /holds 1\.1\.0, whose deployment \d+ was rolled back by deployment \d+/,
      );
      expect(again.errors[0]!.message).toMatch(/^No earlier version to roll back to from 1\.0\.0/);
      expect(await liveVersion(stack)).toBe('1.0.0');
    }),
    TEST_TIMEOUT,
  );

  test(
    'a switch with the deployment record on does not wait for the API: recorded beside it, verified first',
    withStack('unix', async (stack) => {
      const env = { environment: 'production' };
      await deploy(stack, '1.0.0', env, recorded('acme/fast'));
      await deploy(stack, '1.1.0', env, recorded('acme/fast'));
      const run = await rollback(stack, env, recorded('acme/fast'));
      expect(run.errors).toEqual([]);
      expect(run.outputs).toMatchObject({ result: 'rolled-back', method: 'switch', 'to-version': '1.0.0' });
      const recovery = Number(run.outputs['recovery-ms']);
      process.stdout.write(`switch rollback with the deployment record: recovery ${recovery} ms\n`);
      // Three API writes, spaced a second apart by the client's throttling, end after the recovery.
      expect(recovery).toBeLessThan(run.durationMs - 1000);
      const [, bad, restored] = gh.deployments('acme/fast');
      expect(restored!.deployment.payload).toMatchObject({
        task: 'rollback',
        version: '1.0.0',
        rollbackOf: bad!.deployment.id,
      });
      expect(restored!.statuses.map((status) => status.state)).toEqual(['in_progress', 'success']);
      expect(bad!.statuses.map((status) => status.state)).toEqual(['in_progress', 'success', 'failure']);
    }),
    TEST_TIMEOUT,
  );

  test(
    'to the last good version of the deployment history when the standby slot holds one never promoted',
    withStack('unix', async (stack) => {
      const env = { environment: 'production' };
      await deploy(stack, '1.0.0', env, recorded('acme/history'));
      await deploy(stack, '1.1.0', env, recorded('acme/history'));
      await stack.behave('1.2.0', 'slow:150');
      const failed = await deploy(
        stack,
        '1.2.0',
        { ...env, 'verify-duration': '1s', thresholds: 'p(95)<80' },
        recorded('acme/history'),
      );
      expect(failed.outputs['result']).toBe('switched-back');
      // Live: green 1.1.0 (say it misbehaves now); standby: blue 1.2.0, which failed its verification.
      const run = await rollback(stack, env, recorded('acme/history'));
      expect(run.errors).toEqual([]);
      expect(run.outputs).toMatchObject({
        result: 'rolled-back',
        method: 'redeploy',
        'to-version': '1.0.0',
        'active-slot': 'blue',
      });
      const [one, two, three, restored] = gh.deployments('acme/history').map((record) => Number(record.deployment.id));
      const plan = planOf(run);
      expect(verdicts(plan)).toEqual([
        'to-version:skipped',
        'standby:skipped',
        `history#${three}:skipped`,
        `history#${two}:skipped`,
        `history#${one}:chosen`,
      ]);
      expect(plan.candidates[1]!.reason).toMatch(
        new RegExp(
          `^holds 1\\.2\\.0, but the last good version is 1\\.0\\.0 \\(deployment ${one}\\); 1\\.2\\.0's deployment ${three}: latest status is failure`,
        ),
      );
      expect(plan.candidates[3]!.reason).toBe('the live version');
      expect(plan.badDeployment).toBe(two);
      expect(await liveVersion(stack)).toBe('1.0.0');
      expect(
        gh.deployments('acme/history').find((record) => Number(record.deployment.id) === restored)!.deployment.payload,
      ).toMatchObject({ rollbackOf: two, version: '1.0.0' });
    }),
    TEST_TIMEOUT,
  );

  test(
    'to the highest semver tag below the live version, read from the workspace repository',
    withStack('unix', async (stack) => {
      const workspace = await repoWithTags(['v0.9.0', 'v1.0.0', 'v1.0.1', 'v1.1.0-rc.1', 'v1.1.0', 'v1.2.0']);
      try {
        await deploy(stack, 'v1.1.0');
        // Nothing in the standby slot, no environment: the tags decide; the tag name is the version deployed.
        const dry = await rollback(stack, { 'dry-run': 'true', 'include-prereleases': 'true' }, { workspace });
        expect(dry.outputs).toMatchObject({ result: 'planned', method: 'redeploy', 'to-version': 'v1.1.0-rc.1' });
        const run = await rollback(stack, {}, { workspace });
        expect(run.errors).toEqual([]);
        expect(run.outputs).toMatchObject({
          result: 'rolled-back',
          method: 'redeploy',
          'from-version': 'v1.1.0',
          'to-version': 'v1.0.1',
          'active-slot': 'green',
        });
        expect(await liveVersion(stack)).toBe('v1.0.1');
        const tags = planOf(run).candidates.filter((c) => c.source === 'tag');
        expect(tags.map((c) => [c.verdict, c.reason])).toEqual([
          ['skipped', 'v1.2.0, v1.1.0: not below the live v1.1.0'],
          ['skipped', 'v1.1.0-rc.1: a pre-release (include-prereleases is false)'],
          ['chosen', 'the highest semver tag matching v* below the live v1.1.0 (in the workspace repository)'],
        ]);
      } finally {
        await rm(workspace, { recursive: true, force: true });
      }
    }),
    TEST_TIMEOUT,
  );

  test(
    'tags from the GitHub API when the checkout has none (a fetch-depth 1 checkout, or none at all)',
    withStack('unix', async (stack) => {
      gh.seedTags('acme/tags', [
        { name: 'api/v2.0.0' },
        { name: 'api/v2.1.0' },
        { name: 'v9.9.9' },
        { name: 'api/v1.9.0' },
      ]);
      await deploy(stack, 'api/v2.1.0');
      const run = await rollback(stack, { 'tag-pattern': 'api/v*', 'dry-run': 'true' }, recorded('acme/tags'));
      expect(run.errors).toEqual([]);
      expect(run.outputs).toMatchObject({ result: 'planned', 'to-version': 'api/v2.0.0' });
      expect(planOf(run).candidates.at(-1)!.reason).toMatch(
        /from the GitHub API \(git tag failed in the workspace: .*not a git repository/,
      );
      expect(gh.requests.some((request) => request.route === 'GET /repos/{owner}/{repo}/git/matching-refs/{ref}')).toBe(
        true,
      );
    }),
    TEST_TIMEOUT,
  );
});

describe('what the plan refuses', () => {
  let gh: FakeGitHub;
  beforeAll(async () => (gh = await startFakeGitHub()));
  afterAll(() => gh.close());

  test(
    'no earlier version anywhere: one clear error naming each source, nothing changed',
    withStack('unix', async (stack) => {
      const extra = { apiUrl: gh.url, repository: 'acme/first' };
      await deploy(stack, '1.0.0', { environment: 'production' }, extra);
      const include = await readFile(stack.include, 'utf8');
      const run = await rollback(stack, { environment: 'production' }, extra);
      expect(run.exitCode).toBe(1);
      expect(run.errors).toHaveLength(1);
      expect(run.errors[0]!.message).toMatch(
        /^No earlier version to roll back to from 1\.0\.0: standby slot 'green': holds no version \(nothing was deployed there yet\); deployment history: none of the 1 newest deployments of production is a successful one besides the live version; tags: no semver tag matches v\* \(0 tags from the GitHub API \(git tag failed in the workspace: fatal: not a git repository.*\)\)\. Give to-version to choose one\.$/,
      );
      expect(run.outputs).toMatchObject({
        result: 'failed',
        method: '',
        'to-version': '',
        'from-version': '1.0.0',
        'active-slot': 'blue',
      });
      expect(planOf(run).status).toBe('impossible');
      expect(await readFile(stack.include, 'utf8')).toBe(include);
      expect(await liveVersion(stack)).toBe('1.0.0');
      expect(gh.deployments('acme/first')).toHaveLength(1);
    }),
    TEST_TIMEOUT,
  );
});

describe('to-version', () => {
  test(
    'a version that exists nowhere fails with the nearest versions that do; one in the standby slot is switched to',
    withStack('unix', async (stack) => {
      const workspace = await repoWithTags(['v1.0.4', 'v1.1.0', 'v2.0.0']);
      try {
        await deploy(stack, '1.0.0');
        await deploy(stack, '1.1.0');
        const include = await readFile(stack.include, 'utf8');
        const missing = await rollback(stack, { 'to-version': '1.0.5' }, { workspace });
        expect(missing.exitCode).toBe(1);
        expect(missing.errors).toHaveLength(1);
        expect(missing.errors[0]!.message).toBe(
          'to-version 1.0.5 exists nowhere: not in a slot (blue: 1.0.0, green: 1.1.0), the deployment history was not read (no environment input), not a tag matching v* (3 tags in the workspace repository). Nearest existing versions: v1.0.4, 1.1.0, 1.0.0.',
        );
        expect(planOf(missing).nearest).toEqual(['v1.0.4', '1.1.0', '1.0.0']);
        expect(await readFile(stack.include, 'utf8')).toBe(include);
        expect(missing.log.join('\n')).not.toContain('slot-app: started');

        // Asked by its tag name, the version in the standby slot is found and switched to.
        const run = await rollback(stack, { 'to-version': 'v1.0.0', mode: 'switch' }, { workspace });
        expect(run.errors).toEqual([]);
        expect(run.outputs).toMatchObject({ result: 'rolled-back', method: 'switch', 'to-version': '1.0.0' });
        const unchanged = await rollback(stack, { 'to-version': '1.0.0' }, { workspace });
        expect(unchanged.exitCode).toBe(0);
        expect(unchanged.outputs).toMatchObject({ result: 'unchanged', method: '', 'active-slot': 'blue' });
      } finally {
        await rm(workspace, { recursive: true, force: true });
      }
    }),
    TEST_TIMEOUT,
  );
});

describe('dry-run', () => {
  let gh: FakeGitHub;
  beforeAll(async () => (gh = await startFakeGitHub()));
  afterAll(() => gh.close());

  test(
    'prints the plan (log, summary, output) and changes nothing: no switch, no deploy, no record',
    withStack('unix', async (stack) => {
      const extra = { apiUrl: gh.url, repository: 'acme/dry' };
      const env = { environment: 'production' };
      await deploy(stack, '1.0.0', env, extra);
      await deploy(stack, '1.1.0', env, extra);
      const include = await readFile(stack.include, 'utf8');
      const statuses = () => gh.deployments('acme/dry').map((record) => record.statuses.length);
      const before = statuses();
      const writes = gh.requests.filter((request) => request.method !== 'GET').length;

      for (const mode of ['auto', 'redeploy']) {
        const run = await rollback(stack, { ...env, mode, 'dry-run': 'true' }, extra);
        expect(run.errors).toEqual([]);
        expect(run.outputs).toMatchObject({
          result: 'planned',
          method: mode === 'auto' ? 'switch' : 'redeploy',
          'from-version': '1.1.0',
          'to-version': '1.0.0',
          'active-slot': 'green',
          'recovery-ms': '',
          'deployment-id': '',
        });
        expect(run.log.join('\n')).toMatch(/Rollback plan \(mode \w+\): slot 'green' is live with 1\.1\.0/);
        expect(run.summary).toContain('📝 Planned (dry-run)');
        expect(run.summary).toContain('### Plan');
        expect(run.log.join('\n')).not.toContain('slot-app: started');
        process.stdout.write(
          `dry-run plan (mode ${mode}):\n${run.log.filter((line) => /^(Rollback plan| {2}\d\.|→)/.test(line)).join('\n')}\n`,
        );
      }
      expect(await readFile(stack.include, 'utf8')).toBe(include);
      expect(existsSync(`${stack.include}.lock`)).toBe(false);
      expect(await liveVersion(stack)).toBe('1.1.0');
      expect(statuses()).toEqual(before);
      expect(gh.requests.filter((request) => request.method !== 'GET').length).toBe(writes);
    }),
    TEST_TIMEOUT,
  );
});

describe('bad input: one clear error before anything is touched', () => {
  let stack: Stack;
  let gh: FakeGitHub;
  beforeAll(async () => {
    stack = await startStack({ mode: 'unix' });
    gh = await startFakeGitHub();
  });
  afterAll(async () => {
    await stack.stop();
    await gh.close();
  });

  test.each([
    [{ mode: 'fast' }, /^Input 'mode': expected one of auto, switch, redeploy, got 'fast'$/],
    [{ 'to-version': 'v1 with spaces' }, /^Input 'to-version': expected a version such as 1\.4\.2/],
    [{ 'to-version': '$(reboot)' }, /^Input 'to-version': expected a version/],
    [{ 'tag-pattern': 'v**' }, /^Input 'tag-pattern': expected a tag glob with exactly one '\*'.*got 'v\*\*'$/],
    [{ 'tag-pattern': 'release' }, /^Input 'tag-pattern': expected a tag glob with exactly one '\*'/],
    [{ 'tag-pattern': 'v[0-9]*' }, /^Input 'tag-pattern': .*only letters, digits/],
    [{ 'include-prereleases': 'yes' }, /^Input 'include-prereleases': /],
    [{ 'dry-run': 'maybe' }, /^Input 'dry-run': /],
    [{ target: 'nginxx' }, /^Input 'target': expected one of .*got 'nginxx' \(did you mean 'nginx'\?\)/],
    [{ 'nginx-config': 'relative.conf' }, /^Input 'nginx-config': expected an absolute path/],
  ])('%j', async (inputs, message) => {
    const run = await rollback(
      stack,
      { environment: 'production', ...inputs },
      { apiUrl: gh.url, repository: 'acme/bad' },
    );
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]!.message).toMatch(message);
    expect(run.stdout).not.toMatch(/\n\s+at /);
    // Nothing ran, and nothing a workflow could read as a rollback done.
    expect(run.outputs).toEqual({ result: 'failed' });
    expect(run.log.join('\n')).not.toContain('slot-app: started');
    expect(existsSync(`${stack.include}.lock.guard`)).toBe(false);
    expect(existsSync(stack.include)).toBe(false);
    expect(gh.requests).toEqual([]);
  });
});

describe('on every target and transport', () => {
  test(
    'nginx with TCP slots: the switch is a reload, read back; close-mode clients see no failure',
    withStack('tcp', async (stack) => {
      await deploy(stack, '1.0.0');
      await deploy(stack, '1.1.0');
      const load = await startLoad({
        url: `${stack.publicUrl}/`,
        connections: 32,
        durationMs: 3000,
        header: { Connection: 'close' },
        countHeader: 'x-app-version',
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      const run = await rollback(stack);
      const result = await load.stop();
      expect(run.errors).toEqual([]);
      expect(run.outputs).toMatchObject({ result: 'rolled-back', method: 'switch', 'active-slot': 'blue' });
      expect(run.summary).toMatch(/reload, \d+ ms from decision to read-back/);
      process.stdout.write(`switch rollback (nginx, TCP slots, reload): recovery ${run.outputs['recovery-ms']} ms\n`);
      expect(result.failed).toBe(0);
      expect(result.byHeader['1.0.0']).toBeGreaterThan(0);
      expect(await liveVersion(stack)).toBe('1.0.0');
    }),
    TEST_TIMEOUT,
  );

  test(
    "the command target: the user's switch and status commands, read back",
    withStack('unix', async (stack) => {
      // nginx (the user's) proxies to a symlink the user's switch command moves; their state lives in a JSON file.
      await deploy(stack, '0.9.0');
      const state = path.join(stack.dir, 'state.json');
      const live = path.join(stack.dir, 'apps', 'app.live.sock');
      const edit = (body: string) =>
        `node -e 'const fs=require("fs");const f=process.argv[1];const s=fs.existsSync(f)?JSON.parse(fs.readFileSync(f)):{versions:{}};${body};fs.writeFileSync(f,JSON.stringify(s))' ${state}`;
      const inputs = {
        target: 'command',
        deploy: `${stack.inputs.deploy} && ${edit('s.versions[process.env.SLOT]=process.env.VERSION')}`,
        switch: `ln -sfn "$SLOT_SOCKET" ${live}.tmp && mv -Tf ${live}.tmp ${live} && ${edit('s.active=process.env.SLOT')}`,
        status: `cat ${state} 2>/dev/null || echo '{}'`,
        'nginx-config': '',
      };
      await deploy(stack, '1.0.0', inputs);
      await deploy(stack, '1.1.0', inputs);
      expect(await liveVersion(stack)).toBe('1.1.0');
      const run = await rollback(stack, inputs);
      expect(run.errors).toEqual([]);
      expect(run.outputs).toMatchObject({
        result: 'rolled-back',
        method: 'switch',
        'to-version': '1.0.0',
        'active-slot': 'blue',
      });
      expect(run.summary).toMatch(/command, \d+ ms from decision to read-back/);
      expect(JSON.parse(await readFile(state, 'utf8'))).toMatchObject({ active: 'blue' });
      expect(await liveVersion(stack)).toBe('1.0.0');
    }),
    TEST_TIMEOUT,
  );

  test(
    'haproxy: a set map on the runtime API, persisted so a reload keeps it, after HAProxy sees the slot up',
    async () => {
      const stack = await startStack({ mode: 'tcp', proxy: 'haproxy' });
      try {
        await deploy(stack, '1.0.0');
        await deploy(stack, '1.1.0');
        const load = await startLoad({ url: `${stack.publicUrl}/`, connections: 32, durationMs: 3000 });
        await new Promise((resolve) => setTimeout(resolve, 300));
        const run = await rollback(stack);
        const result = await load.stop();
        expect(run.errors).toEqual([]);
        expect(run.outputs).toMatchObject({ result: 'rolled-back', method: 'switch', 'active-slot': 'blue' });
        expect(run.summary).toMatch(/set map/);
        expect(run.summary).toMatch(/haproxy sees blue .*blue UP/);
        process.stdout.write(`switch rollback (haproxy): recovery ${run.outputs['recovery-ms']} ms\n`);
        expect(result.failed).toBe(0);
        await stack.haproxy!.reload();
        expect(await liveVersion(stack)).toBe('1.0.0');
      } finally {
        await stack.stop();
      }
    },
    TEST_TIMEOUT,
  );

  describe('over SSH', () => {
    let sshd: SshdServer;
    beforeAll(async () => (sshd = await startSshd()));
    afterAll(() => sshd.stop());

    test(
      'switches back through one SSH connection under load; the key never shows',
      withStack('unix', async (stack) => {
        const ssh = {
          'ssh-host': sshd.host,
          'ssh-port': String(sshd.port),
          'ssh-user': sshd.user,
          'ssh-key': sshd.clientKey,
          'ssh-known-hosts': sshd.knownHosts,
        };
        const secret = { secrets: [sshd.clientKey] };
        await deploy(stack, '1.0.0', ssh, secret);
        await deploy(stack, '1.1.0', ssh, secret);
        const load = await startLoad({ url: `${stack.publicUrl}/`, connections: 16, durationMs: 4000 });
        await new Promise((resolve) => setTimeout(resolve, 300));
        const run = await rollback(stack, ssh, secret);
        const result = await load.stop();
        expect(run.errors).toEqual([]);
        expect(run.outputs).toMatchObject({ result: 'rolled-back', method: 'switch', 'active-slot': 'blue' });
        expect(run.summary).toContain(`over ssh ${sshd.user}@127.0.0.1:${sshd.port}`);
        process.stdout.write(`switch rollback over SSH: recovery ${run.outputs['recovery-ms']} ms\n`);
        expect(result.failed).toBe(0);
        expect(await liveVersion(stack)).toBe('1.0.0');
        const keyBody = sshd.clientKey.split('\n')[1]!;
        const timeline = await readFile(run.outputs['timeline-path']!, 'utf8').catch(() => '');
        const shown = run.visibleLog.join('\n') + run.summary + JSON.stringify(run.outputs) + timeline;
        expect(shown).not.toContain(keyBody);
        expect(shown).not.toContain('PRIVATE KEY');
      }),
      TEST_TIMEOUT,
    );
  });
});

describe('the post step', () => {
  test(
    'releases the deploy lock a killed rollback left behind',
    withStack('unix', async (stack) => {
      await deploy(stack, '1.0.0');
      await deploy(stack, '1.1.0');
      await killSlot(stack, 'blue');
      const killed = await rollback(
        stack,
        { deploy: `sleep 20; ${stack.inputs.deploy}` },
        { timeoutMs: 4000, killGraceMs: 10 },
      );
      expect(killed.timedOut).toBe(true);
      expect(await readFile(`${stack.include}.lock`, 'utf8')).toContain('"token"');
      const post = await runBundledAction({ action: 'rollback', inputs: stack.inputs, post: { state: killed.state } });
      expect(post.exitCode).toBe(0);
      expect(post.log.join('\n')).toMatch(/Released the deploy lock/);
      expect(existsSync(`${stack.include}.lock`)).toBe(false);
      expect(await liveVersion(stack)).toBe('1.1.0');
    }),
    TEST_TIMEOUT,
  );
});
