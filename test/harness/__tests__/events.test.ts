import { describe, expect, it } from '@jest/globals';
import { eventEnvironment, loadEvent, pullRequestEvent, withRepository } from '../index.ts';

type Obj = Record<string, unknown>;

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('event payloads', () => {
  it('loads a real example by event and action, as a copy', () => {
    const a = loadEvent('pull_request', { action: 'synchronize' });
    expect(a.name).toBe('pull_request');
    expect(a.payload.action).toBe('synchronize');
    (a.payload.pull_request as Obj).title = 'changed';
    expect((loadEvent('pull_request', { action: 'synchronize' }).payload.pull_request as Obj).title).not.toBe(
      'changed',
    );
    expect(() => loadEvent('no_such_event')).toThrow(/Known: .*pull_request/);
    expect(() => loadEvent('push', { action: 'opened' })).toThrow(/No example/);
  });

  it('moves a payload to another repository consistently', () => {
    const payload = withRepository(loadEvent('pull_request', { action: 'opened' }).payload, 'acme/shop');
    const repository = payload.repository as Obj;
    expect(repository.full_name).toBe('acme/shop');
    expect(repository.name).toBe('shop');
    expect((repository.owner as Obj).login).toBe('acme');
    const pull = payload.pull_request as { base: Obj & { repo: Obj }; url: string };
    expect(pull.base.repo.full_name).toBe('acme/shop');
    expect(pull.base.label).toBe(`acme:${String(pull.base.ref)}`);
    expect(pull.url).toContain('/repos/acme/shop/pulls/');
    expect(strings(payload).filter((s) => s.includes('Codertocat/Hello-World'))).toEqual([]);
  });

  it('builds pull request events with number, shas, refs and a fork head', () => {
    const event = pullRequestEvent({
      repository: 'acme/shop',
      number: 31,
      headSha: '1'.repeat(40),
      baseSha: '2'.repeat(40),
      headRef: 'fix',
      fork: { owner: 'contributor' },
      overrides: { pull_request: { draft: true } },
    });
    const pull = event.payload.pull_request as Obj & { head: Obj & { repo: Obj }; base: Obj & { repo: Obj } };
    expect(event.payload.number).toBe(31);
    expect(pull.number).toBe(31);
    expect(String(pull.url).endsWith('/pulls/31')).toBe(true);
    expect(pull.draft).toBe(true);
    expect(pull.head).toMatchObject({ sha: '1'.repeat(40), ref: 'fix', label: 'contributor:fix' });
    expect(pull.head.repo).toMatchObject({ full_name: 'contributor/shop', fork: true });
    expect(pull.base.repo.full_name).toBe('acme/shop');
    expect(pull.base.sha).toBe('2'.repeat(40));
  });

  it('derives GITHUB_REF/SHA/HEAD_REF/BASE_REF like the runner', () => {
    const pr = pullRequestEvent({ number: 5, headSha: 'a'.repeat(40), headRef: 'topic', baseRef: 'main' });
    expect(eventEnvironment(pr, 'o/r')).toMatchObject({
      GITHUB_REF: 'refs/pull/5/merge',
      GITHUB_REF_NAME: '5/merge',
      GITHUB_HEAD_REF: 'topic',
      GITHUB_BASE_REF: 'main',
      GITHUB_REPOSITORY_OWNER: 'o',
    });
    // The test merge commit, not the head.
    expect(eventEnvironment(pr, 'o/r').GITHUB_SHA).toMatch(/^[0-9a-f]{40}$/);
    expect(eventEnvironment(pr, 'o/r').GITHUB_SHA).not.toBe('a'.repeat(40));
    const push = loadEvent('push');
    expect(eventEnvironment(push, 'o/r')).toMatchObject({
      GITHUB_REF: push.payload.ref,
      GITHUB_SHA: push.payload.after,
      GITHUB_HEAD_REF: '',
      GITHUB_BASE_REF: '',
    });
    const release = loadEvent('release', { action: 'published' });
    const tag = String((release.payload.release as Obj).tag_name);
    expect(eventEnvironment(release, 'o/r')).toMatchObject({
      GITHUB_REF: `refs/tags/${tag}`,
      GITHUB_REF_NAME: tag,
      GITHUB_REF_TYPE: 'tag',
    });
    expect(eventEnvironment(push, 'o/r', { sha: 'f'.repeat(40), ref: 'refs/heads/x' })).toMatchObject({
      GITHUB_SHA: 'f'.repeat(40),
      GITHUB_REF: 'refs/heads/x',
      GITHUB_REF_NAME: 'x',
    });
  });
});

describe('withRepository', () => {
  it('moves the owner with the repository but leaves other users alone', () => {
    const original = loadEvent('issue_comment');
    const payload = withRepository(original.payload, 'acme/shop');
    const owner = (payload.repository as Obj).owner as Obj;
    expect(owner.login).toBe('acme');
    expect(owner.html_url).toBe('https://github.com/acme');
    expect(payload.sender).toEqual(original.payload.sender);
  });
});
