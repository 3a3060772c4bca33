// Deployments as the record of blue-green-deploy and rollback, against the harness's fake GitHub API over real
// HTTP on loopback. Writes go through @octokit/plugin-throttling, which spaces them by a second: few writes here,
// histories are seeded.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { FAKE_GITHUB_TOKEN, startFakeGitHub, type FakeGitHub } from '../../../test/harness/index.ts';
import { readRunContext } from '../src/github/context.ts';
import { createGitHubClient, httpStatus, type GitHubClient } from '../src/github/client.ts';
import {
  createDeployment,
  cutDescription,
  DEPLOYMENT_PAYLOAD_SCHEMA,
  lastSuccessful,
  listEnvironmentHistory,
  readDeploymentPayload,
  rolledBackDescription,
  setDeploymentStatus,
  type DeploymentPayload,
  type DeploymentRecord,
} from '../src/github/deployments.ts';

const owner = 'octo-org';
const repo = 'shop';
const REPO = `${owner}/${repo}`;
const STATUSES = 'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses';
const LIST = 'GET /repos/{owner}/{repo}/deployments';
let github: FakeGitHub;
let client: GitHubClient;

beforeAll(async () => {
  github = await startFakeGitHub();
  client = await createGitHubClient(FAKE_GITHUB_TOKEN, { baseUrl: github.url, retries: 1 });
});
afterAll(async () => {
  await github.close();
});
afterEach(() => {
  github.clearFaults();
  expect(github.unhandledRequests).toEqual([]);
});

const payload = (version: string, extra: Partial<DeploymentPayload> = {}): DeploymentPayload => ({
  schema: DEPLOYMENT_PAYLOAD_SCHEMA,
  version,
  target: 'web-1.internal:443',
  ...extra,
});

/** Seconds after a fixed instant, as GitHub writes timestamps. */
const at = (seconds: number) => new Date(Date.UTC(2026, 0, 10, 12, 0, seconds)).toISOString().replace('.000', '');

describe('createDeployment and setDeploymentStatus', () => {
  it('records a deployment with our payload, then its statuses, as GitHub stores them', async () => {
    // A failing check on the commit: without required_contexts: [] GitHub would answer 409.
    github.seedCommitStatuses(REPO, 'v2.0.0', [{ context: 'ci/build', state: 'failure' }]);
    const created = await createDeployment(client, {
      owner,
      repo,
      ref: 'v2.0.0',
      environment: 'production',
      task: 'deploy',
      description: 'Deploy v2.0.0 to green',
      payload: { version: '2.0.0', slot: 'green', previousSlot: 'blue', previousVersion: '1.9.0', target: 'lb-1' },
      productionEnvironment: true,
    });
    const sent = github.requestsTo('POST /repos/{owner}/{repo}/deployments').at(-1);
    expect(sent?.status).toBe(201);
    expect(sent?.body).toEqual({
      ref: 'v2.0.0',
      environment: 'production',
      task: 'deploy',
      description: 'Deploy v2.0.0 to green',
      auto_merge: false,
      required_contexts: [],
      production_environment: true,
      payload: {
        schema: DEPLOYMENT_PAYLOAD_SCHEMA,
        task: 'deploy',
        version: '2.0.0',
        slot: 'green',
        previousSlot: 'blue',
        previousVersion: '1.9.0',
        target: 'lb-1',
      },
    });

    await setDeploymentStatus(client, {
      owner,
      repo,
      deploymentId: created.id,
      state: 'in_progress',
      description: 'Deploying to green',
      logUrl: 'https://github.com/octo-org/shop/actions/runs/42',
    });
    const long = `Verified green: ${'all 12 checks passed, p95 83 ms, error rate 0.00 %; '.repeat(4)}`;
    const done = await setDeploymentStatus(client, {
      owner,
      repo,
      deploymentId: created.id,
      state: 'success',
      description: long,
      logUrl: 'https://github.com/octo-org/shop/actions/runs/42',
      environmentUrl: 'https://shop.example',
      autoInactive: false,
    });
    const record = github.deployments(REPO).find((d) => d.deployment.id === created.id);
    expect(record?.deployment).toMatchObject({ production_environment: true, transient_environment: false });
    expect(record?.statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
    const success = record?.statuses[1];
    expect(success?.id).toBe(done.id);
    expect(success).toMatchObject({
      log_url: 'https://github.com/octo-org/shop/actions/runs/42',
      target_url: 'https://github.com/octo-org/shop/actions/runs/42',
      environment_url: 'https://shop.example',
    });
    const description = String(success?.description);
    expect([...description].length).toBe(140);
    expect(description.endsWith('…')).toBe(true);
    expect(long.startsWith(description.slice(0, -1))).toBe(true);
    expect(github.requestsTo('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses').at(-1)?.body).toEqual(
      expect.objectContaining({ auto_inactive: false }),
    );

    const [read] = await listEnvironmentHistory(client, { owner, repo, environment: 'production', limit: 1 });
    expect(read).toEqual({
      id: created.id,
      createdAt: expect.any(String),
      ref: 'v2.0.0',
      sha: expect.stringMatching(/^[0-9a-f]{40}$/),
      environment: 'production',
      task: 'deploy',
      description: 'Deploy v2.0.0 to green',
      version: '2.0.0',
      payload: expect.objectContaining({ version: '2.0.0', slot: 'green', task: 'deploy' }),
      latestState: 'success',
      latestDescription: description,
    });
  }, 20_000);

  it('writes a rollback with rollbackOf and a transient flag when asked', async () => {
    const { id } = await createDeployment(client, {
      owner,
      repo,
      ref: 'v1.9.0',
      environment: 'preview-7',
      task: 'rollback',
      description: 'Roll back to v1.9.0',
      payload: { version: '1.9.0', target: 'lb-1', rollbackOf: 123, runUrl: 'https://github.com/x/y/actions/runs/1' },
      transientEnvironment: true,
    });
    const body = github.requestsTo('POST /repos/{owner}/{repo}/deployments').at(-1)?.body as Record<string, unknown>;
    expect(body).toMatchObject({ task: 'rollback', transient_environment: true });
    expect(body).not.toHaveProperty('production_environment');
    expect(body.payload).toEqual({
      schema: DEPLOYMENT_PAYLOAD_SCHEMA,
      task: 'rollback',
      version: '1.9.0',
      target: 'lb-1',
      rollbackOf: 123,
      runUrl: 'https://github.com/x/y/actions/runs/1',
    });
    expect(github.deployments(REPO).find((d) => d.deployment.id === id)?.deployment).toMatchObject({
      transient_environment: true,
      production_environment: false,
    });
  }, 20_000);

  it('surfaces API errors as the Octokit error, with its status', async () => {
    github.fail('POST /repos/{owner}/{repo}/deployments', 'forbidden');
    const refused = createDeployment(client, {
      owner,
      repo,
      ref: 'v3.0.0',
      environment: 'production',
      task: 'deploy',
      description: 'x',
      payload: { version: '3.0.0', target: 't' },
    });
    await expect(refused).rejects.toMatchObject({ status: 403, message: /Resource not accessible by integration/ });
    const missing = await setDeploymentStatus(client, {
      owner,
      repo,
      deploymentId: 1,
      state: 'failure',
      description: 'x',
    }).catch((error: unknown) => error);
    expect(httpStatus(missing)).toBe(404);
  }, 20_000);
});

describe('cutDescription', () => {
  it('leaves 140 characters alone and cuts longer text to 140 ending with an ellipsis', () => {
    expect(cutDescription('a'.repeat(140))).toBe('a'.repeat(140));
    const cut = cutDescription('word '.repeat(40));
    expect(cut).toBe(`${'word '.repeat(27)}word…`);
    expect([...cut].length).toBeLessThanOrEqual(140);
  });

  it('counts characters, not UTF-16 units, and never splits one', () => {
    const emoji = '🚀'.repeat(140); // 280 UTF-16 units, 140 characters
    expect(cutDescription(emoji)).toBe(emoji);
    const family = '👩‍👩‍👧'; // 5 code points, one grapheme
    const text = `${'x'.repeat(136)}${family}${'y'.repeat(10)}`;
    expect(cutDescription(text)).toBe(`${'x'.repeat(136)}…`);
    const accented = 'e\u0301'; // e + combining acute: 2 code points, one grapheme
    expect(cutDescription(accented.repeat(100))).toBe(`${accented.repeat(69)}…`);
    expect(cutDescription('abcdef', 4)).toBe('abc…');
  });

  it('says "Rolled back by" in the status it appends to a bad deployment', () => {
    expect(rolledBackDescription('https://github.com/o/r/actions/runs/9')).toBe(
      'Rolled back by https://github.com/o/r/actions/runs/9',
    );
  });
});

describe('the run context', () => {
  it('links the workflow run, or is undefined outside one', () => {
    const runUrl = (env: NodeJS.ProcessEnv) => readRunContext(env).runUrl;
    expect(runUrl({ GITHUB_SERVER_URL: 'https://ghe.example/', GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '77' })).toBe(
      'https://ghe.example/o/r/actions/runs/77',
    );
    expect(runUrl({ GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '77' })).toBe('https://github.com/o/r/actions/runs/77');
    expect(runUrl({ GITHUB_REPOSITORY: 'o/r' })).toBeUndefined();
  });
  it('names the run for a lock holder, and its temporary directory', () => {
    const context = readRunContext({
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_RUN_ID: '77',
      GITHUB_RUN_ATTEMPT: '2',
      GITHUB_WORKFLOW: 'deploy',
      GITHUB_JOB: 'production',
      RUNNER_TEMP: '/runner/_temp',
    });
    expect(context.runLabel).toBe('o/r run 77 attempt 2 (deploy / production)');
    expect(context.runnerTemp).toBe('/runner/_temp');
    expect(readRunContext({}).runLabel).toBe('local run ? attempt 1');
  });
});

describe('listEnvironmentHistory', () => {
  it('sorts by created_at (not the REST order), reads the latest status, recognises our payload', async () => {
    const env = 'history-order';
    // Ids grow in seeding order; created_at says otherwise (imported history, clock skew).
    const a = github.seedDeployment(REPO, {
      ref: 'v1.1.0',
      environment: env,
      production: true, // auto_inactive would mark it inactive when the next one succeeds
      createdAt: at(30),
      payload: payload('1.1.0'),
      statuses: [
        { state: 'in_progress', createdAt: at(31) },
        { state: 'success', description: 'Live', createdAt: at(40) },
      ],
    });
    const b = github.seedDeployment(REPO, {
      ref: 'v1.0.0',
      environment: env,
      production: true,
      createdAt: at(10),
      payload: JSON.stringify(payload('1.0.0', { slot: 'blue', rollbackOf: 5 })),
      statuses: ['success'],
    });
    const c = github.seedDeployment(REPO, {
      ref: 'main',
      environment: env,
      createdAt: at(50),
      payload: { deployer: 'hubot', version: '9' },
      statuses: [],
    });
    github.seedDeployment(REPO, { ref: 'v0.1.0', environment: 'elsewhere', payload: payload('0.1.0') });
    const history = await listEnvironmentHistory(client, { owner, repo, environment: env });
    expect(history.map((d) => d.id)).toEqual([c, a, b]);
    expect(history[0]).toMatchObject({ ref: 'main', version: undefined, payload: undefined, latestState: undefined });
    expect(history[1]).toMatchObject({
      version: '1.1.0',
      createdAt: at(30),
      latestState: 'success',
      latestDescription: 'Live',
    });
    expect(history[2]?.payload).toEqual({
      schema: DEPLOYMENT_PAYLOAD_SCHEMA,
      version: '1.0.0',
      target: 'web-1.internal:443',
      slot: 'blue',
      rollbackOf: 5,
    });
    expect(history[2]?.latestDescription).toBeUndefined();
    const statusRequests = github.requestsTo(STATUSES).slice(-3);
    expect(statusRequests.map((r) => r.query.per_page)).toEqual(['1', '1', '1']);
    expect(github.requestsTo(LIST).at(-1)?.query).toMatchObject({ environment: env, per_page: '50' });
  });

  it('goes past the first page of deployments, bounded by the limit, with at most 4 status requests at once', async () => {
    const env = 'many';
    const ids: number[] = [];
    for (let i = 0; i < 130; i++) {
      ids.push(
        github.seedDeployment(REPO, {
          ref: `v1.0.${i}`,
          environment: env,
          createdAt: at(i),
          production: true,
          payload: payload(`1.0.${i}`),
          statuses:
            i === 0 ? Array.from({ length: 35 }, (_, n) => (n === 34 ? 'success' : 'in_progress')) : ['success'],
        }),
      );
    }
    const counting = await createGitHubClient(FAKE_GITHUB_TOKEN, { baseUrl: github.url, retries: 0 });
    let inFlight = 0;
    let most = 0;
    counting.hook.wrap('request', async (request, options) => {
      inFlight++;
      most = Math.max(most, inFlight);
      try {
        return await request(options);
      } finally {
        inFlight--;
      }
    });
    const listBefore = github.requestsTo(LIST).length;
    const statusesBefore = github.requestsTo(STATUSES).length;
    const history = await listEnvironmentHistory(counting, { owner, repo, environment: env, limit: 130 });
    expect(history.map((d) => d.id)).toEqual([...ids].reverse());
    expect(history.every((d) => d.latestState === 'success')).toBe(true);
    const listed = github.requestsTo(LIST).slice(listBefore);
    expect(listed.map((r) => [r.query.per_page, r.query.page ?? '1'])).toEqual([
      ['100', '1'],
      ['100', '2'],
    ]);
    expect(github.requestsTo(STATUSES).length - statusesBefore).toBe(130);
    expect(most).toBeLessThanOrEqual(4);
    expect(most).toBeGreaterThan(1);

    const recent = await listEnvironmentHistory(client, { owner, repo, environment: env, limit: 3 });
    expect(recent.map((d) => d.version)).toEqual(['1.0.129', '1.0.128', '1.0.127']);
    expect(github.requestsTo(LIST).at(-1)?.query.per_page).toBe('3');
    await expect(listEnvironmentHistory(client, { owner, repo, environment: env, limit: 0 })).rejects.toThrow(
      RangeError,
    );
  });

  it('rejects with the Octokit error when a status cannot be read, starting no more requests', async () => {
    const env = 'faulty';
    for (let i = 0; i < 12; i++) {
      github.seedDeployment(REPO, {
        ref: `v${i}`,
        environment: env,
        payload: payload(`${i}`),
        statuses: ['in_progress'],
      });
    }
    github.fail(STATUSES, 'forbidden');
    const before = github.requestsTo(STATUSES).length;
    // retries: 0, as createGitHubClient's `request.retries` makes plugin-retry repeat even a 403 at once.
    const once = await createGitHubClient(FAKE_GITHUB_TOKEN, { baseUrl: github.url, retries: 0 });
    const error = await listEnvironmentHistory(once, { owner, repo, environment: env }).catch((e: unknown) => e);
    expect(httpStatus(error)).toBe(403);
    expect(String((error as Error).message)).toContain('Resource not accessible by integration');
    expect(github.requestsTo(STATUSES).length - before).toBeLessThanOrEqual(4);

    github.clearFaults();
    github.fail(LIST, 'not-found');
    await expect(listEnvironmentHistory(client, { owner, repo, environment: env })).rejects.toMatchObject({
      status: 404,
    });
  });
});

describe('lastSuccessful', () => {
  it('skips live, in-progress, rolled-back, failed and foreign deployments, saying why', async () => {
    const env = 'production-like';
    let second = 0;
    const seed = (version: string | undefined, statuses: Array<string | { state: string; description: string }>) =>
      github.seedDeployment(REPO, {
        ref: version === undefined ? 'main' : `v${version}`,
        environment: env,
        production: true,
        createdAt: at(second++),
        payload: version === undefined ? { foreign: true } : payload(version),
        statuses,
      });
    const good = seed('1.0.0', ['in_progress', 'success']);
    const errored = seed('1.1.0', ['in_progress', 'error']);
    const failed = seed('1.2.0', ['in_progress', { state: 'failure', description: 'Smoke test failed: 3/10 checks' }]);
    const live = seed('1.3.0', ['in_progress', 'success']);
    const foreign = seed(undefined, ['success']);
    const rolledBack = seed('1.4.0', [
      'in_progress',
      'success',
      { state: 'failure', description: rolledBackDescription('https://github.com/octo-org/shop/actions/runs/9') },
    ]);
    const deploying = seed('1.5.0', ['in_progress']);

    const history = await listEnvironmentHistory(client, { owner, repo, environment: env });
    const result = lastSuccessful(history, { exclude: ['1.3.0'] });
    expect(result.deployment?.id).toBe(good);
    expect(result.deployment?.version).toBe('1.0.0');
    expect(result.skipped).toEqual([
      { id: deploying, version: '1.5.0', ref: 'v1.5.0', reason: 'latest status is in_progress' },
      {
        id: rolledBack,
        version: '1.4.0',
        ref: 'v1.4.0',
        reason: 'rolled back (latest status failure: "Rolled back by https://github.com/octo-org/shop/actions/runs/9")',
      },
      {
        id: foreign,
        version: undefined,
        ref: 'main',
        reason: `not recorded by pipeline-actions (no '${DEPLOYMENT_PAYLOAD_SCHEMA}' payload)`,
      },
      { id: live, version: '1.3.0', ref: 'v1.3.0', reason: 'excluded' },
      {
        id: failed,
        version: '1.2.0',
        ref: 'v1.2.0',
        reason: 'latest status is failure: "Smoke test failed: 3/10 checks"',
      },
      { id: errored, version: '1.1.0', ref: 'v1.1.0', reason: 'latest status is error' },
    ]);
    // Without the exclusion, the live one is the newest good deployment.
    expect(lastSuccessful(history).deployment?.id).toBe(live);
  });

  const record = (id: number, version: string | undefined, state: DeploymentRecord['latestState'], extra = {}) =>
    ({
      id,
      createdAt: at(id),
      ref: `v${version ?? 'x'}`,
      sha: 'a'.repeat(40),
      environment: 'production',
      task: 'deploy',
      description: undefined,
      version,
      payload: version === undefined ? undefined : payload(version, extra),
      latestState: state,
      latestDescription: undefined,
    }) satisfies DeploymentRecord;

  it('skips a deployment a newer rollback names, older deployments of a rolled-back version, and unreported ones', () => {
    const history = [
      { ...record(9, '1.0.0', 'success', { rollbackOf: 8 }), task: 'rollback' },
      record(8, '2.0.0', 'success'), // its "rolled back" status was never written
      record(7, '1.9.0', 'inactive', {}),
      record(6, '2.0.0', 'success'), // same bad version, deployed earlier
      record(5, '1.8.0', undefined),
      record(4, '1.7.0', 'success'),
    ];
    // The rollback's own deployment (1.0.0 restored) is what is live now.
    const result = lastSuccessful(history, { exclude: new Set(['1.0.0']) });
    expect(result.deployment?.id).toBe(4);
    expect(result.skipped.map((s) => [s.id, s.reason])).toEqual([
      [9, 'excluded'],
      [8, 'rolled back by deployment 9'],
      [7, 'latest status is inactive'],
      [6, 'version 2.0.0 was rolled back later (deployment 8)'],
      [5, 'no status reported'],
    ]);
    expect(lastSuccessful([])).toEqual({ deployment: undefined, skipped: [] });
    expect(lastSuccessful([record(1, '1.0.0', 'failure')]).deployment).toBeUndefined();
  });
});

describe('readDeploymentPayload', () => {
  it('accepts our schema as an object or JSON text and nothing else', () => {
    expect(readDeploymentPayload(payload('1.0.0', { runUrl: 'u' }))).toEqual(payload('1.0.0', { runUrl: 'u' }));
    expect(readDeploymentPayload(JSON.stringify(payload('1.0.0')))).toEqual(payload('1.0.0'));
    expect(readDeploymentPayload({ ...payload('1.0.0'), slot: 3, rollbackOf: '7' })).toEqual(payload('1.0.0'));
    for (const other of [
      {},
      '',
      'not json',
      null,
      [payload('1.0.0')],
      { ...payload('1.0.0'), schema: 'pipeline-actions/deployment@2' },
      { ...payload('1.0.0'), version: '' },
      { schema: DEPLOYMENT_PAYLOAD_SCHEMA, version: '1.0.0' },
    ]) {
      expect(readDeploymentPayload(other)).toBeUndefined();
    }
  });
});
