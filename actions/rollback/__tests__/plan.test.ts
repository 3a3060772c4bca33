// The rollback planner alone: which version, which method, and why, in the issue's fixed order.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { DEPLOYMENT_PAYLOAD_SCHEMA, type DeploymentRecord } from '@pipeline-actions/shared';
import { planRollback, type PlanInput, type RollbackPlan } from '../src/plan.ts';
import { matchTag, nearestVersions, parseTagPattern, sameVersion, semverOf } from '../src/versions.ts';

const V = parseTagPattern('v*');

function record(
  id: number,
  version: string | undefined,
  state: DeploymentRecord['latestState'],
  extra: { rollbackOf?: number; description?: string } = {},
): DeploymentRecord {
  return {
    id,
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, id)).toISOString(),
    ref: `v${version ?? 'x'}`,
    sha: 'a'.repeat(40),
    environment: 'production',
    task: extra.rollbackOf === undefined ? 'deploy' : 'rollback',
    description: undefined,
    version,
    payload:
      version === undefined
        ? undefined
        : {
            schema: DEPLOYMENT_PAYLOAD_SCHEMA,
            version,
            target: 'nginx (local)',
            ...(extra.rollbackOf === undefined ? {} : { rollbackOf: extra.rollbackOf }),
          },
    latestState: state,
    latestDescription: extra.description,
  };
}

/** green live with 1.1.0, blue standby with 1.0.0 and healthy; no history, no tags read yet. */
function input(overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    mode: 'auto',
    toVersion: undefined,
    live: { active: 'green', versions: { blue: '1.0.0', green: '1.1.0' } },
    slots: ['blue', 'green'],
    standbyHealth: { healthy: true, detail: '2 checks passed' },
    history: { available: false, reason: 'no environment input' },
    tags: undefined,
    tagPattern: V,
    includePrereleases: false,
    ...overrides,
  };
}

const verdicts = (plan: RollbackPlan) =>
  plan.candidates.map((c) => `${c.source}${c.deploymentId ? `#${c.deploymentId}` : ''}:${c.verdict}`);

describe('the standby slot', () => {
  it('switches back when it holds an earlier version and passes its checks now', () => {
    const plan = planRollback(input());
    expect(plan).toMatchObject({
      status: 'ready',
      method: 'switch',
      from: { slot: 'green', version: '1.1.0' },
      to: { slot: 'blue', version: '1.0.0', source: 'standby' },
    });
    expect(verdicts(plan)).toEqual(['to-version:skipped', 'standby:chosen']);
    expect(plan.candidates[0]!.reason).toBe('not given');
    expect(plan.candidates[1]!.reason).toMatch(/holds 1\.0\.0, earlier than the live 1\.1\.0; no deployment history/);
    expect(plan.why).toMatch(
      /slot 'blue' holds 1\.0\.0 and passes its checks now \(2 checks passed\): traffic goes back/,
    );
  });

  it('is confirmed by the history when it holds the last good version', () => {
    const plan = planRollback(
      input({
        history: {
          available: true,
          environment: 'production',
          records: [record(3, '1.1.0', 'success'), record(2, '1.0.0', 'success'), record(1, '0.9.0', 'success')],
        },
      }),
    );
    expect(plan.method).toBe('switch');
    expect(plan.candidates[1]!.reason).toBe('holds the last good version (deployment 2, latest status success)');
    expect(plan.badDeployment).toEqual({ id: 3, version: '1.1.0' });
  });

  it('falls through to redeploy of the same version when it is gone or unhealthy, and says why', () => {
    const plan = planRollback(
      input({
        standbyHealth: { healthy: false, detail: "check 'health' failed: ECONNREFUSED (9 attempts in 2000 ms)" },
      }),
    );
    expect(plan).toMatchObject({ status: 'ready', method: 'redeploy', to: { version: '1.0.0', slot: 'blue' } });
    expect(plan.why).toMatch(
      /^slot 'blue' holds 1\.0\.0 but does not pass its checks now \(check 'health' failed: ECONNREFUSED.*\), so 1\.0\.0 is deployed into it/,
    );
  });

  it('mode switch refuses to redeploy; mode redeploy never switches', () => {
    const unhealthy = input({ mode: 'switch', standbyHealth: { healthy: false, detail: 'HTTP 500' } });
    expect(planRollback(unhealthy)).toMatchObject({ status: 'impossible', method: undefined });
    expect(planRollback(unhealthy).why).toMatch(
      /^mode is switch, but slot 'blue' holds 1\.0\.0 but does not pass .*HTTP 500.*nothing was changed/,
    );
    const redeploy = planRollback(input({ mode: 'redeploy', standbyHealth: { skipped: 'mode is redeploy' } }));
    expect(redeploy).toMatchObject({
      status: 'ready',
      method: 'redeploy',
      to: { version: '1.0.0', source: 'standby' },
    });
    expect(redeploy.why).toMatch(/^mode is redeploy/);
  });

  it('is skipped when it holds a newer version that was never promoted, or one the history says is not the last good', () => {
    const newer = planRollback(
      input({
        live: { active: 'green', versions: { blue: '1.2.0', green: '1.1.0' } },
        tags: { available: true, names: ['v1.0.0', 'v1.1.0', 'v1.2.0'], source: 'in the workspace repository' },
      }),
    );
    expect(newer.candidates[1]).toMatchObject({
      verdict: 'skipped',
      reason: expect.stringMatching(/newer than the live 1\.1\.0: a deploy that was never promoted/),
    });
    expect(newer).toMatchObject({ method: 'redeploy', to: { version: 'v1.0.0', source: 'tag' } });

    const history: PlanInput['history'] = {
      available: true,
      environment: 'production',
      records: [
        record(4, '1.2.0', 'failure', { description: 'verification window failed' }),
        record(3, '1.1.0', 'success'),
        record(2, '1.0.0', 'success'),
      ],
    };
    const notGood = planRollback(
      input({ live: { active: 'green', versions: { blue: '1.2.0', green: '1.1.0' } }, history }),
    );
    expect(notGood.candidates[1]!.reason).toBe(
      "holds 1.2.0, but the last good version is 1.0.0 (deployment 2); 1.2.0's deployment 4: latest status is failure",
    );
    expect(verdicts(notGood)).toEqual([
      'to-version:skipped',
      'standby:skipped',
      'history#4:skipped',
      'history#3:skipped',
      'history#2:chosen',
    ]);
    expect(notGood.candidates[3]!.reason).toBe('the live version');
    expect(notGood).toMatchObject({ method: 'redeploy', to: { version: '1.0.0', slot: 'blue', source: 'history' } });
    expect(notGood.why).toBe(
      "slot 'blue' holds 1.2.0, not 1.0.0, so 1.0.0 is deployed into it and traffic switches through the blue-green flow.",
    );
  });

  it('is skipped when empty or running the live version', () => {
    const empty = planRollback(
      input({
        live: { active: 'blue', versions: { blue: '1.0.0' } },
        tags: { available: true, names: [], source: 'in the workspace repository' },
      }),
    );
    expect(empty.candidates[1]).toMatchObject({
      verdict: 'skipped',
      reason: 'holds no version (nothing was deployed there yet)',
    });
    const same = planRollback(
      input({
        live: { active: 'blue', versions: { blue: '1.0.0', green: '1.0.0' } },
        tags: { available: true, names: [], source: 'x' },
      }),
    );
    expect(same.candidates[1]!.reason).toBe('runs the live version 1.0.0 too');
  });
});

describe('the deployment history', () => {
  it('skips failed, rolled-back and foreign deployments, newest first, and marks the live one as bad', () => {
    const plan = planRollback(
      input({
        live: { active: 'green', versions: { blue: undefined, green: '2.0.0' } },
        history: {
          available: true,
          environment: 'production',
          records: [
            record(9, '2.0.0', 'success'),
            record(8, undefined, 'success'),
            record(7, '1.9.0', 'failure', { description: 'Rolled back by run 5' }),
            record(6, '1.8.0', 'error'),
            record(5, '1.7.0', 'success'),
          ],
        },
      }),
    );
    expect(verdicts(plan)).toEqual([
      'to-version:skipped',
      'standby:skipped',
      'history#9:skipped',
      'history#8:skipped',
      'history#7:skipped',
      'history#6:skipped',
      'history#5:chosen',
    ]);
    expect(plan.candidates.slice(2).map((c) => c.reason)).toEqual([
      'the live version',
      "not recorded by pipeline-actions (no 'pipeline-actions/deployment@1' payload)",
      'rolled back (latest status failure: "Rolled back by run 5")',
      'latest status is error',
      expect.stringMatching(/^the newest deployment of production whose latest status is success/),
    ]);
    expect(plan).toMatchObject({
      method: 'redeploy',
      to: { version: '1.7.0', slot: 'blue', source: 'history' },
      badDeployment: { id: 9 },
    });
  });

  it('after a rollback, the restored deployment is live and the rolled-back version is never chosen again', () => {
    const plan = planRollback(
      input({
        live: { active: 'blue', versions: { blue: '1.0.0', green: '1.1.0' } },
        history: {
          available: true,
          environment: 'production',
          records: [
            record(4, '1.0.0', 'success', { rollbackOf: 3 }),
            record(3, '1.1.0', 'success'),
            record(2, '1.0.0', 'success'),
            record(1, '0.9.0', 'success'),
          ],
        },
        tags: { available: true, names: [], source: 'x' },
      }),
    );
    expect(plan.candidates[1]!.reason).toMatch(
      /holds 1\.1\.0, but the last good version is 0\.9\.0 \(deployment 1\); 1\.1\.0's deployment 3: rolled back by deployment 4/,
    );
    expect(plan.to).toMatchObject({ version: '0.9.0', source: 'history' });
    expect(plan.badDeployment).toEqual({ id: 4, version: '1.0.0' });
  });
});

describe('semver tags', () => {
  const tags = (names: string[]): PlanInput['tags'] => ({
    available: true,
    names,
    source: 'in the workspace repository',
  });
  const gone = { live: { active: 'green', versions: { green: 'v1.1.0' } } };

  it('asks for the tags only when it gets that far', () => {
    expect(planRollback(input(gone)).status).toBe('needs-tags');
    expect(planRollback(input()).status).toBe('ready');
  });

  it('takes the highest semver tag below the live version, skipping newer ones and pre-releases', () => {
    const names = ['v0.9.0', 'v1.0.0', 'v1.0.1', 'v1.1.0-rc.1', 'v1.1.0', 'v1.2.0', 'v2.0.0', 'vnext', 'v1.0.2-beta'];
    const plan = planRollback(input({ ...gone, tags: tags(names) }));
    expect(plan).toMatchObject({ method: 'redeploy', to: { version: 'v1.0.1', source: 'tag', slot: 'blue' } });
    expect(plan.candidates.filter((c) => c.source === 'tag').map((c) => [c.verdict, c.reason])).toEqual([
      ['skipped', 'v2.0.0, v1.2.0, v1.1.0: not below the live v1.1.0'],
      ['skipped', 'v1.1.0-rc.1, v1.0.2-beta: a pre-release (include-prereleases is false)'],
      ['chosen', 'the highest semver tag matching v* below the live v1.1.0 (in the workspace repository)'],
    ]);
    const pre = planRollback(input({ ...gone, tags: tags(names), includePrereleases: true }));
    expect(pre.to?.version).toBe('v1.1.0-rc.1');
  });

  it('compares a live version deployed without the prefix; the tag name is the version deployed', () => {
    const plan = planRollback(
      input({ live: { active: 'green', versions: { green: '1.1.0' } }, tags: tags(['v1.0.0', 'v1.1.0']) }),
    );
    expect(plan.to?.version).toBe('v1.0.0');
  });

  it('reads the version after a prefix such as api/v*', () => {
    const api = parseTagPattern('api/v*');
    const plan = planRollback(
      input({
        live: { active: 'green', versions: { green: 'api/v2.1.0' } },
        tagPattern: api,
        tags: tags(['api/v2.0.0', 'api/v2.1.0', 'api/v10.0.0', 'api/v2.0.1']),
      }),
    );
    expect(plan.to?.version).toBe('api/v2.0.1');
  });

  it('says why when the live version is not semver or nothing is below it', () => {
    const sha = planRollback(
      input({ live: { active: 'green', versions: { green: 'a1b2c3d' } }, tags: tags(['v1.0.0']) }),
    );
    expect(sha.status).toBe('impossible');
    expect(sha.why).toMatch(/the live version a1b2c3d is not semver, so no tag is below it/);
    const lowest = planRollback(input({ ...gone, tags: tags(['v1.1.0', 'v1.2.0']) }));
    expect(lowest.why).toMatch(/no release tag matching v\* is below the live v1\.1\.0/);
  });
});

describe('no earlier version anywhere', () => {
  it('fails with every source and why it gave nothing', () => {
    const plan = planRollback(
      input({
        live: { active: 'blue', versions: { blue: '1.0.0' } },
        tags: { available: false, reason: 'git tag failed in the workspace: fatal: not a git repository' },
      }),
    );
    expect(plan).toMatchObject({ status: 'impossible', method: undefined, to: undefined });
    expect(plan.why).toBe(
      "No earlier version to roll back to from 1.0.0: standby slot 'green': holds no version (nothing was deployed there yet); deployment history: not read: no environment input; tags: not listed: git tag failed in the workspace: fatal: not a git repository. Give to-version to choose one.",
    );
  });

  it('fails when nothing is live, or the live version is unknown and none is asked for', () => {
    expect(planRollback(input({ live: { active: undefined, versions: {} } })).why).toMatch(/^Nothing is live/);
    expect(planRollback(input({ live: { active: 'blue', versions: {} } })).why).toMatch(
      /does not say which version.*give to-version/,
    );
  });
});

describe('to-version', () => {
  it('comes first: found in the standby slot, it switches', () => {
    const plan = planRollback(input({ toVersion: 'v1.0.0' }));
    expect(plan).toMatchObject({ method: 'switch', to: { version: '1.0.0', source: 'to-version' } });
    expect(plan.candidates).toEqual([
      { source: 'to-version', version: '1.0.0', verdict: 'chosen', reason: "given; in slot 'blue'" },
    ]);
  });

  it('found in the history or as a tag, it is redeployed', () => {
    const history: PlanInput['history'] = {
      available: true,
      environment: 'production',
      records: [record(3, '1.1.0', 'success'), record(1, '0.8.0', 'failure')],
    };
    const fromHistory = planRollback(input({ toVersion: '0.8.0', history }));
    expect(fromHistory).toMatchObject({ method: 'redeploy', to: { version: '0.8.0' } });
    expect(fromHistory.candidates[0]!.reason).toBe('given; deployment 1 of production (latest status failure)');
    expect(planRollback(input({ toVersion: '0.7.0', history })).status).toBe('needs-tags');
    const tag = planRollback(
      input({ toVersion: '0.7.0', history, tags: { available: true, names: ['v0.7.0'], source: 'x' } }),
    );
    expect(tag).toMatchObject({ method: 'redeploy', to: { version: 'v0.7.0' } });
  });

  it('already live: nothing to do', () => {
    const plan = planRollback(input({ toVersion: '1.1.0' }));
    expect(plan).toMatchObject({ status: 'unchanged', method: undefined });
    expect(plan.why).toBe("1.1.0 is already live in slot 'green': nothing to do.");
  });

  it('existing nowhere, it fails with the nearest versions that exist', () => {
    const plan = planRollback(
      input({
        toVersion: '1.0.5',
        tags: {
          available: true,
          names: ['v0.9.0', 'v1.0.4', 'v1.0.7', 'v2.0.0'],
          source: 'in the workspace repository',
        },
      }),
    );
    expect(plan.status).toBe('impossible');
    expect(plan.nearest).toEqual(['v1.0.4', 'v1.0.7', '1.0.0']);
    expect(plan.why).toBe(
      'to-version 1.0.5 exists nowhere: not in a slot (blue: 1.0.0, green: 1.1.0), the deployment history was not read (no environment input), not a tag matching v* (4 tags in the workspace repository). Nearest existing versions: v1.0.4, v1.0.7, 1.0.0.',
    );
  });
});

describe('versions', () => {
  it('parses tag patterns with exactly one *', () => {
    expect(parseTagPattern('api/v*')).toEqual({ text: 'api/v*', prefix: 'api/v', suffix: '' });
    expect(parseTagPattern('*')).toEqual({ text: '*', prefix: '', suffix: '' });
    for (const bad of ['v', 'v**', 'v*.*', 'v[0-9]*', 'v?*', '/v*', 'a//v*', 'v* x', '']) {
      expect(() => parseTagPattern(bad)).toThrow(/exactly one '\*'|only letters|not a valid git tag/);
    }
  });

  it('matches, compares and spells versions', () => {
    expect(matchTag(parseTagPattern('api/v*'), 'api/v1.2.3')).toBe('1.2.3');
    expect(matchTag(V, 'api/v1.2.3')).toBeUndefined();
    expect(matchTag(V, 'v')).toBeUndefined();
    expect(semverOf('v1.2.3', V)?.version).toBe('1.2.3');
    expect(semverOf('1.2', V)).toBeUndefined();
    expect(sameVersion('v1.2.3', '1.2.3')).toBe(true);
    expect(sameVersion('version-1', 'ersion-1')).toBe(false);
    expect(nearestVersions('abc1234', ['abc1235', 'fff0000', 'abd1234'], V, 2)).toEqual(['abc1235', 'abd1234']);
  });
});

describe('action.yml', () => {
  const load = (name: string) =>
    parse(readFileSync(path.join(import.meta.dirname, '..', '..', name, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { description: string; required?: boolean; default?: string }>;
    };

  it("declares blue-green-deploy's target inputs verbatim (verify-duration defaults to none: a switch back is fast)", () => {
    const deploy = load('blue-green-deploy').inputs;
    const rollback = load('rollback').inputs;
    const own = ['version', 'phase', 'stop-previous', 'drain-time', 'traffic-steps', 'step-interval'];
    for (const [name, spec] of Object.entries(deploy)) {
      if (own.includes(name)) {
        expect(rollback[name]).toBeUndefined();
        continue;
      }
      expect({ name, ...rollback[name] }).toEqual({
        name,
        ...spec,
        ...(name === 'verify-duration' ? { default: '0s' } : {}),
      });
    }
    expect(Object.keys(rollback).filter((name) => !(name in deploy))).toEqual([
      'mode',
      'to-version',
      'tag-pattern',
      'include-prereleases',
      'dry-run',
    ]);
  });
});
