// The fake's Releases routes (what `pnpm release` calls), answered as GitHub answers them.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FAKE_GITHUB_TOKEN, startFakeGitHub, type FakeGitHub } from '../index.ts';

const REPO = 'acme/pipeline-actions';
let gh: FakeGitHub;

beforeAll(async () => {
  gh = await startFakeGitHub();
});

afterAll(async () => {
  await gh.close();
});

type Obj = Record<string, unknown>;

async function api(method: string, path: string, body?: unknown) {
  const response = await fetch(`${gh.url}${path}`, {
    method,
    headers: {
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${FAKE_GITHUB_TOKEN}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? null : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: (text === '' ? undefined : JSON.parse(text)) as Obj,
  };
}

describe('fake GitHub releases', () => {
  it('creates a release of a tag and finds it by tag, with the slash encoded or not', async () => {
    gh.seedTags(REPO, [{ name: 'quality-gate/v0.2.0', sha: 'a'.repeat(40) }]);
    const created = await api('POST', `/repos/${REPO}/releases`, {
      tag_name: 'quality-gate/v0.2.0',
      target_commitish: 'a'.repeat(40),
      name: 'quality-gate v0.2.0',
      body: '### Minor Changes\n\n- First tagged release.',
      draft: false,
      prerelease: false,
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(created.body.url);
    expect(created.body).toMatchObject({
      tag_name: 'quality-gate/v0.2.0',
      target_commitish: 'a'.repeat(40),
      name: 'quality-gate v0.2.0',
      draft: false,
      prerelease: false,
      html_url: `https://github.com/${REPO}/releases/tag/quality-gate/v0.2.0`,
      author: expect.objectContaining({ login: 'github-actions[bot]' }),
      assets: [],
    });
    expect(created.body.url).toBe(`${gh.url}/repos/${REPO}/releases/${String(created.body.id)}`);
    expect(typeof created.body.published_at).toBe('string');

    const encoded = await api('GET', `/repos/${REPO}/releases/tags/quality-gate%2Fv0.2.0`);
    const raw = await api('GET', `/repos/${REPO}/releases/tags/quality-gate/v0.2.0`);
    expect(encoded.status).toBe(200);
    expect(raw.body).toEqual(encoded.body);
    expect(encoded.body.id).toBe(created.body.id);
    expect(gh.requestsTo('GET /repos/{owner}/{repo}/releases/tags/{tag}')).toHaveLength(2);
  });

  it('answers 404 for a tag without a release, and for a draft', async () => {
    const missing = await api('GET', `/repos/${REPO}/releases/tags/smoke-test%2Fv9.9.9`);
    expect(missing.status).toBe(404);
    expect(missing.body.message).toBe('Not Found');
    gh.seedRelease(REPO, { tag: 'smoke-test/v1.0.0', draft: true });
    expect((await api('GET', `/repos/${REPO}/releases/tags/smoke-test%2Fv1.0.0`)).status).toBe(404);
  });

  it('refuses a second release of a tag, a missing tag name, a wrong type and a body over 125,000 characters', async () => {
    gh.seedRelease(REPO, { tag: 'rollback/v0.2.0' });
    const again = await api('POST', `/repos/${REPO}/releases`, { tag_name: 'rollback/v0.2.0' });
    expect(again.status).toBe(422);
    expect(again.body).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }],
    });
    expect((await api('POST', `/repos/${REPO}/releases`, { name: 'x' })).status).toBe(422);
    expect((await api('POST', `/repos/${REPO}/releases`, { tag_name: 'a/v1.0.0', draft: 'no' })).status).toBe(422);
    expect((await api('POST', `/repos/${REPO}/releases`, { tag_name: 'a/v1.0.0', make_latest: 'yes' })).status).toBe(
      422,
    );
    const long = await api('POST', `/repos/${REPO}/releases`, { tag_name: 'a/v1.0.0', body: 'x'.repeat(125_001) });
    expect(long.status).toBe(422);
    expect(JSON.stringify(long.body)).toContain('body is too long (maximum is 125000 characters)');
  });

  it('creates the tag at target_commitish when publishing a release of a tag that does not exist', async () => {
    const sha = 'b'.repeat(40);
    const created = await api('POST', `/repos/${REPO}/releases`, {
      tag_name: 'coverage-gate/v0.3.0',
      target_commitish: sha,
    });
    expect(created.status).toBe(201);
    const refs = await api('GET', `/repos/${REPO}/git/matching-refs/tags%2Fcoverage-gate%2Fv0.3.0`);
    expect(refs.body).toEqual([
      expect.objectContaining({ ref: 'refs/tags/coverage-gate/v0.3.0', object: expect.objectContaining({ sha }) }),
    ]);
  });
});
