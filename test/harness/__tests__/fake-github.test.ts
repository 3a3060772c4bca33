import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { FAKE_GITHUB_TOKEN, startFakeGitHub, type FakeGitHub } from '../index.ts';

const REPO = 'acme/shop';
let gh: FakeGitHub;

beforeAll(async () => {
  gh = await startFakeGitHub();
});

afterAll(async () => {
  await gh.close();
});

afterEach(() => {
  gh.clearFaults();
});

interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
}

async function api(method: string, path: string, body?: unknown, token: string | null = FAKE_GITHUB_TOKEN) {
  const headers: Record<string, string> = { accept: 'application/vnd.github+json' };
  if (token !== null) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${gh.url}${path}`, {
    method,
    headers,
    body: body === undefined ? null : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === '' ? undefined : JSON.parse(text) };
}

type Obj = Record<string, unknown>;
const obj = (a: Answer) => a.body as Obj;
const list = (a: Answer) => a.body as Obj[];

/** `rel` -> URL of a Link header. */
function links(header: string | null): Record<string, string> {
  const result: Record<string, string> = {};
  for (const part of (header ?? '').split(',')) {
    const m = /<([^>]+)>;\s*rel="(\w+)"/.exec(part);
    if (m) result[m[2] as string] = m[1] as string;
  }
  return result;
}

describe('fake GitHub', () => {
  it('rejects requests without a valid token like GitHub', async () => {
    const missing = await api('GET', `/repos/${REPO}`, undefined, null);
    expect(missing.status).toBe(401);
    expect(obj(missing).message).toBe('Requires authentication');
    const wrong = await api('GET', `/repos/${REPO}`, undefined, 'ghs_wrong');
    expect(wrong.status).toBe(401);
    expect(obj(wrong).message).toBe('Bad credentials');
    const ok = await fetch(`${gh.url}/repos/${REPO}`, { headers: { authorization: `token ${FAKE_GITHUB_TOKEN}` } });
    expect(ok.status).toBe(200);
    const repo = (await ok.json()) as Obj;
    expect(repo.full_name).toBe(REPO);
    expect((repo.owner as Obj).login).toBe('acme');
    expect(String(repo.url)).toBe(`${gh.url}/repos/${REPO}`);
    expect(ok.headers.get('x-ratelimit-remaining')).toMatch(/^\d+$/);
  });

  it('creates, lists and updates issue comments with increasing ids and records the requests', async () => {
    const seeded = gh.seedComments(REPO, 5, [{ body: 'first', user: 'someone' }]);
    const created = await api('POST', `/repos/${REPO}/issues/5/comments`, { body: '<!-- sticky -->\nreport v1' });
    expect(created.status).toBe(201);
    const comment = obj(created);
    expect(comment.id as number).toBeGreaterThan(seeded[0]?.id as number);
    expect((comment.user as Obj).login).toBe('github-actions[bot]');
    expect(comment.html_url).toBe(`https://github.com/${REPO}/pull/5#issuecomment-${String(comment.id)}`);
    expect(created.headers.get('location')).toBe(comment.url);

    const listed = await api('GET', `/repos/${REPO}/issues/5/comments`);
    expect(list(listed).map((c) => c.body)).toEqual(['first', '<!-- sticky -->\nreport v1']);

    const updated = await api('PATCH', `/repos/${REPO}/issues/comments/${String(comment.id)}`, { body: 'report v2' });
    expect(updated.status).toBe(200);
    expect(obj(updated).body).toBe('report v2');
    expect(gh.comments(REPO, 5).map((c) => c.body)).toEqual(['first', 'report v2']);

    const missing = await api('PATCH', `/repos/${REPO}/issues/comments/1`, { body: 'x' });
    expect(missing.status).toBe(404);
    expect(obj(missing)).toMatchObject({ message: 'Not Found', status: '404' });

    const recorded = gh.requestsTo('POST /repos/{owner}/{repo}/issues/{issue_number}/comments');
    expect(recorded).toHaveLength(1);
    expect(recorded[0]?.body).toEqual({ body: '<!-- sticky -->\nreport v1' });
    expect(recorded[0]?.headers.authorization).toBe(`Bearer ${FAKE_GITHUB_TOKEN}`);
    expect(recorded[0]?.status).toBe(201);
  });

  it('paginates comments with Link headers that can be followed to the end', async () => {
    gh.seedComments(
      REPO,
      9,
      Array.from({ length: 7 }, (_, i) => ({ body: `c${i}` })),
    );
    const bodies: unknown[] = [];
    let url: string | undefined = `${gh.url}/repos/${REPO}/issues/9/comments?per_page=3`;
    let pages = 0;
    while (url !== undefined) {
      const response = await fetch(url, { headers: { authorization: `token ${FAKE_GITHUB_TOKEN}` } });
      bodies.push(...((await response.json()) as Obj[]).map((c) => c.body));
      const rel = links(response.headers.get('link'));
      if (pages === 0) expect(rel.last).toContain('page=3');
      url = rel.next;
      pages++;
    }
    expect(pages).toBe(3);
    expect(bodies).toEqual(['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6']);
    const last = await api('GET', `/repos/${REPO}/issues/9/comments?per_page=3&page=3`);
    expect(links(last.headers.get('link'))).toEqual(
      expect.objectContaining({ prev: expect.stringContaining('page=2'), first: expect.stringContaining('page=1') }),
    );
  });

  it('answers 403 "Resource not accessible by integration" when told to, as for a fork PR', async () => {
    gh.fail('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', 'forbidden');
    const first = await api('POST', `/repos/${REPO}/issues/3/comments`, { body: 'x' });
    const second = await api('POST', `/repos/${REPO}/issues/3/comments`, { body: 'x' });
    for (const answer of [first, second]) {
      expect(answer.status).toBe(403);
      expect(obj(answer)).toEqual({
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/issues/comments',
        status: '403',
      });
    }
    expect(gh.comments(REPO, 3)).toEqual([]);
    // Other routes keep working.
    expect((await api('GET', `/repos/${REPO}/issues/3/comments`)).status).toBe(200);
  });

  it('fails once with 500 then recovers, and sends retry-after on a secondary rate limit', async () => {
    gh.fail('GET /repos/{owner}/{repo}/tags', 'server-error');
    gh.seedTags(REPO, [{ name: 'v1.1.0' }, { name: 'v1.0.0', sha: 'b'.repeat(40) }]);
    expect((await api('GET', `/repos/${REPO}/tags`)).status).toBe(500);
    const tags = await api('GET', `/repos/${REPO}/tags`);
    expect(list(tags).map((t) => t.name)).toEqual(['v1.1.0', 'v1.0.0']);
    expect((list(tags)[1]?.commit as Obj).sha).toBe('b'.repeat(40));

    gh.fail('GET /repos/{owner}/{repo}/tags', 'secondary-rate-limit', { retryAfterSeconds: 2 });
    const limited = await api('GET', `/repos/${REPO}/tags`);
    expect(limited.status).toBe(403);
    expect(limited.headers.get('retry-after')).toBe('2');
    expect(String(obj(limited).message)).toMatch(/secondary rate limit/);
    expect((await api('GET', `/repos/${REPO}/tags`)).status).toBe(200);

    gh.fail('GET /repos/{owner}/{repo}/tags', 'rate-limit');
    const primary = await api('GET', `/repos/${REPO}/tags`);
    expect(primary.status).toBe(403);
    expect(primary.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(() => gh.fail('GET /nope', 'not-found')).toThrow(/Unknown route/);
  });

  it('misbehaves at the socket: hangs, hangs mid-body, drops the connection, answers garbage', async () => {
    const route = 'GET /repos/{owner}/{repo}/tags';
    gh.fail(route, 'hang', { times: 1 });
    const hung = await fetch(`${gh.url}/repos/${REPO}/tags`, {
      headers: { authorization: `Bearer ${FAKE_GITHUB_TOKEN}` },
      signal: AbortSignal.timeout(300),
    }).catch((error: unknown) => error as Error);
    expect((hung as Error).name).toBe('TimeoutError');

    gh.fail(route, 'hang-body', { times: 1 });
    const headersOnly = await fetch(`${gh.url}/repos/${REPO}/tags`, {
      headers: { authorization: `Bearer ${FAKE_GITHUB_TOKEN}` },
      signal: AbortSignal.timeout(300),
    });
    expect(headersOnly.status).toBe(200);
    expect(await headersOnly.text().catch((error: unknown) => (error as Error).name)).toBe('TimeoutError');

    gh.fail(route, 'reset', { times: 1 });
    const reset = await api('GET', `/repos/${REPO}/tags`).catch((error: unknown) => error as Error);
    expect((reset as Error).name).toBe('TypeError');

    gh.fail(route, 'garbage', { times: 1 });
    const garbage = await fetch(`${gh.url}/repos/${REPO}/tags`, {
      headers: { authorization: `Bearer ${FAKE_GITHUB_TOKEN}` },
    });
    expect(garbage.status).toBe(200);
    expect(garbage.headers.get('content-type')).toContain('application/json');
    expect(await garbage.text()).toContain('502 Bad Gateway');
    gh.fail(route, 'garbage', { times: 1, body: '{"unexpected": true}' });
    expect((await api('GET', `/repos/${REPO}/tags`)).body).toEqual({ unexpected: true });

    expect(
      gh
        .requestsTo(route)
        .slice(-5)
        .map((request) => request.status),
    ).toEqual([0, 200, 0, 200, 200]);
    expect((await api('GET', `/repos/${REPO}/tags`)).status).toBe(200);
  });

  it('creates and updates check runs, keeping every annotation and validating like GitHub', async () => {
    const sha = 'c'.repeat(40);
    const created = await api('POST', `/repos/${REPO}/check-runs`, {
      name: 'quality-gate',
      head_sha: sha,
      status: 'in_progress',
      output: {
        title: 'Gate',
        summary: 'running',
        annotations: [{ path: 'a.ts', start_line: 1, end_line: 1, annotation_level: 'failure', message: 'm' }],
      },
    });
    expect(created.status).toBe(201);
    const run = obj(created);
    expect(run).toMatchObject({ name: 'quality-gate', head_sha: sha, status: 'in_progress', conclusion: null });
    expect((run.app as Obj).slug).toBe('github-actions');
    const annotations = Array.from({ length: 50 }, (_, i) => ({
      path: 'b.ts',
      start_line: i + 1,
      end_line: i + 1,
      annotation_level: 'warning',
      message: `w${i}`,
    }));
    const updated = await api('PATCH', `/repos/${REPO}/check-runs/${String(run.id)}`, {
      conclusion: 'failure',
      output: { title: 'Gate', summary: 'failed', annotations },
    });
    expect(obj(updated)).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect((obj(updated).output as Obj).annotations_count).toBe(51);
    const record = gh.checkRuns(REPO).find((r) => r.run.id === run.id);
    expect(record?.annotations).toHaveLength(51);

    const tooMany = await api('PATCH', `/repos/${REPO}/check-runs/${String(run.id)}`, {
      output: { title: 'Gate', summary: 's', annotations: [...annotations, ...annotations.slice(0, 1)] },
    });
    expect(tooMany.status).toBe(422);
    const noSha = await api('POST', `/repos/${REPO}/check-runs`, { name: 'x' });
    expect(noSha.status).toBe(422);
    expect(obj(noSha).message).toBe('Invalid request.\n\n"head_sha" wasn\'t supplied.');
  });

  it('serves a seeded pull request and its files page by page', async () => {
    const files = Array.from({ length: 5 }, (_, i) => ({
      filename: `src/f${i}.ts`,
      patch: '@@ -1,2 +1,3 @@\n line\n-old\n+new\n+added',
    }));
    gh.seedPull(REPO, { number: 12, headSha: 'd'.repeat(40), baseRef: 'main', headRef: 'topic', files });
    const pull = obj(await api('GET', `/repos/${REPO}/pulls/12`));
    expect(pull).toMatchObject({ number: 12, state: 'open', changed_files: 5, additions: 10, deletions: 5 });
    expect(pull.head).toMatchObject({ sha: 'd'.repeat(40), ref: 'topic', label: 'acme:topic' });
    expect((pull.base as Obj).ref).toBe('main');
    const page1 = await api('GET', `/repos/${REPO}/pulls/12/files?per_page=2`);
    expect(list(page1).map((f) => f.filename)).toEqual(['src/f0.ts', 'src/f1.ts']);
    expect(list(page1)[0]).toMatchObject({ status: 'modified', additions: 2, deletions: 1, changes: 3 });
    expect(links(page1.headers.get('link')).last).toContain('page=3');
    const page3 = await api('GET', `/repos/${REPO}/pulls/12/files?per_page=2&page=3`);
    expect(list(page3).map((f) => f.filename)).toEqual(['src/f4.ts']);
    expect((await api('GET', `/repos/${REPO}/pulls/99`)).status).toBe(404);
  });

  it('keeps deployments and statuses, newest first, and marks earlier ones inactive', async () => {
    const older = gh.seedDeployment(REPO, { ref: 'v1.0.0', environment: 'staging', statuses: ['success'] });
    const created = await api('POST', `/repos/${REPO}/deployments`, {
      ref: 'v1.1.0',
      environment: 'staging',
      payload: { slot: 'green' },
    });
    expect(created.status).toBe(201);
    const deployment = obj(created);
    expect(deployment.id as number).toBeGreaterThan(older);
    expect(deployment).toMatchObject({ ref: 'v1.1.0', environment: 'staging', payload: { slot: 'green' } });
    const status = await api('POST', `/repos/${REPO}/deployments/${String(deployment.id)}/statuses`, {
      state: 'success',
      environment_url: 'https://staging.example',
    });
    expect(status.status).toBe(201);
    expect(obj(status)).toMatchObject({ state: 'success', environment_url: 'https://staging.example' });
    const listed = list(await api('GET', `/repos/${REPO}/deployments?environment=staging`));
    expect(listed.map((d) => d.ref)).toEqual(['v1.1.0', 'v1.0.0']);
    const olderStatuses = list(await api('GET', `/repos/${REPO}/deployments/${older}/statuses`));
    expect(olderStatuses.map((s) => s.state)).toEqual(['inactive', 'success']);
    const bad = await api('POST', `/repos/${REPO}/deployments/${String(deployment.id)}/statuses`, { state: 'done' });
    expect(bad.status).toBe(422);
  });

  it('refuses a deployment whose commit checks fail unless required_contexts is [], with 409 as GitHub', async () => {
    const sha = 'f'.repeat(40);
    await api('POST', `/repos/${REPO}/check-runs`, { name: 'build', head_sha: sha, conclusion: 'failure' });
    gh.seedCommitStatuses(REPO, sha, [{ context: 'ci/lint', state: 'success' }]);
    const refused = await api('POST', `/repos/${REPO}/deployments`, { ref: sha, environment: 'qa' });
    expect(refused.status).toBe(409);
    expect(obj(refused)).toMatchObject({
      message: `Conflict: Commit status checks failed for ${sha}.`,
      errors: [
        {
          resource: 'Deployment',
          field: 'required_contexts',
          code: 'invalid',
          contexts: [
            { context: 'ci/lint', state: 'success' },
            { context: 'build', state: 'failure' },
          ],
        },
      ],
    });
    const subset = await api('POST', `/repos/${REPO}/deployments`, { ref: sha, required_contexts: ['ci/lint'] });
    expect(subset.status).toBe(201);
    const missing = await api('POST', `/repos/${REPO}/deployments`, { ref: sha, required_contexts: ['ci/e2e'] });
    expect(missing.status).toBe(409);
    expect((obj(missing).errors as Obj[])[0]?.contexts).toEqual([{ context: 'ci/e2e', state: 'missing' }]);
    const none = await api('POST', `/repos/${REPO}/deployments`, {
      ref: sha,
      environment: 'qa',
      required_contexts: [],
      auto_merge: false,
      production_environment: false,
      transient_environment: true,
    });
    expect(none.status).toBe(201);
    expect(obj(none)).toMatchObject({ sha, production_environment: false, transient_environment: true });
    for (const bad of [{ auto_merge: 'no' }, { production_environment: 1 }, { required_contexts: 'build' }]) {
      const answer = await api('POST', `/repos/${REPO}/deployments`, { ref: sha, required_contexts: [], ...bad });
      expect(answer.status).toBe(422);
      expect(String(obj(answer).message)).toMatch(/^Invalid request\.\n\nFor 'properties\//);
    }
  });

  it('limits status descriptions to 140 characters (code points) and lists statuses page by page', async () => {
    const id = gh.seedDeployment(REPO, {
      ref: 'v2.0.0',
      environment: 'audit',
      createdAt: '2025-05-01T10:00:00Z',
      statuses: [
        { state: 'in_progress', description: 'Deploying', createdAt: '2025-05-01T10:00:05Z' },
        { state: 'success', logUrl: 'https://ci.example/1', createdAt: '2025-05-01T10:01:00Z' },
      ],
    });
    const seeded = obj(await api('GET', `/repos/${REPO}/deployments/${id}`));
    expect(seeded.created_at).toBe('2025-05-01T10:00:00Z');
    const tooLong = await api('POST', `/repos/${REPO}/deployments/${id}/statuses`, {
      state: 'failure',
      description: 'x'.repeat(141),
    });
    expect(tooLong.status).toBe(422);
    expect(obj(tooLong)).toMatchObject({
      message: 'Validation Failed',
      errors: [
        {
          resource: 'DeploymentStatus',
          code: 'custom',
          field: 'description',
          message: 'description is too long (maximum is 140 characters)',
        },
      ],
    });
    const emoji = await api('POST', `/repos/${REPO}/deployments/${id}/statuses`, {
      state: 'failure',
      description: '🚀'.repeat(140),
    });
    expect(emoji.status).toBe(201);
    const newest = await api('GET', `/repos/${REPO}/deployments/${id}/statuses?per_page=1`);
    expect(list(newest).map((s) => s.state)).toEqual(['failure']);
    expect(links(newest.headers.get('link')).last).toContain('page=3');
    const oldest = list(await api('GET', `/repos/${REPO}/deployments/${id}/statuses?per_page=1&page=3`));
    expect(oldest[0]).toMatchObject({
      state: 'in_progress',
      description: 'Deploying',
      created_at: '2025-05-01T10:00:05Z',
    });
    const badFlag = await api('POST', `/repos/${REPO}/deployments/${id}/statuses`, {
      state: 'success',
      auto_inactive: 'false',
    });
    expect(badFlag.status).toBe(422);
  });

  it('lists matching tag refs by prefix, with the slash sent as is or encoded', async () => {
    gh.seedTags(REPO, [{ name: 'v1.2.0' }, { name: 'v1.10.0', sha: '1'.repeat(40) }, { name: 'release-1' }]);
    for (const path of ['tags/v1', 'tags%2Fv1']) {
      const answer = await api('GET', `/repos/${REPO}/git/matching-refs/${path}`);
      expect(answer.status).toBe(200);
      expect(list(answer).map((r) => r.ref)).toEqual(['refs/tags/v1.10.0', 'refs/tags/v1.2.0']);
      expect(list(answer)[0]).toMatchObject({
        url: `${gh.url}/repos/${REPO}/git/refs/tags/v1.10.0`,
        object: { sha: '1'.repeat(40), type: 'commit' },
      });
    }
    expect(list(await api('GET', `/repos/${REPO}/git/matching-refs/tags/nothing`))).toEqual([]);
    expect(gh.requestsTo('GET /repos/{owner}/{repo}/git/matching-refs/{ref}')).toHaveLength(3);
  });

  it('answers 404 to a route it does not know, and lists the request', async () => {
    const unknown = await api('GET', `/repos/${REPO}/actions/runs`);
    expect(unknown.status).toBe(404);
    expect(gh.unhandledRequests.map((r) => r.path)).toContain(`/repos/${REPO}/actions/runs`);
  });
});
