// The GitHub client, sticky comment and check runs against the harness's fake
// GitHub API over real HTTP on loopback.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { FAKE_GITHUB_TOKEN, startFakeGitHub, type FakeGitHub } from '../../../test/harness/index.ts';
import { createGitHubClient, type GitHubClient } from '../src/github/client.ts';
import { getCommentPolicy, stickyMarker, upsertStickyComment, type CommentPolicy } from '../src/github/comments.ts';
import { checkRunOmitted, checkRunOmittedNote, createCheckRun, withSummaryNote } from '../src/github/checks.ts';
import { SUMMARY_LIMIT_BYTES } from '../src/action/summary.ts';
import type { Annotation } from '../src/action/annotations.ts';

const REPO = 'octo-org/shop';
const owner = 'octo-org';
const repo = 'shop';
let github: FakeGitHub;
let client: GitHubClient;
let logged: string[] = [];

beforeAll(async () => {
  github = await startFakeGitHub();
  client = await createGitHubClient(FAKE_GITHUB_TOKEN, { baseUrl: github.url, retries: 2 });
});
afterAll(async () => {
  await github.close();
});
afterEach(() => {
  github.clearFaults();
  jest.restoreAllMocks();
});
function captureLog() {
  logged = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    logged.push(String(chunk));
    return true;
  });
}

describe('upsertStickyComment', () => {
  it('creates the comment once, then updates it in place, found past the first page', async () => {
    github.seedComments(
      REPO,
      7,
      Array.from({ length: 130 }, (_, i) => ({ body: `chatter ${i}` })),
    );
    const first = await upsertStickyComment(client, {
      owner,
      repo,
      issueNumber: 7,
      key: 'coverage-gate',
      body: 'Coverage 81%',
    });
    expect(first.status).toBe('created');
    github.seedComments(
      REPO,
      7,
      Array.from({ length: 120 }, (_, i) => ({ body: `later ${i}` })),
    );
    const second = await upsertStickyComment(client, {
      owner,
      repo,
      issueNumber: 7,
      key: 'coverage-gate',
      body: 'Coverage 84%',
    });
    expect(second).toMatchObject({ status: 'updated', id: (first as { id: number }).id });
    const ours = github
      .comments(REPO, 7)
      .filter((c) => String((c as { body: string }).body).includes(stickyMarker('coverage-gate')));
    expect(ours).toHaveLength(1);
    expect((ours[0] as { body: string }).body).toMatch(
      new RegExp(`^${stickyMarker('coverage-gate')}\\n<!-- pipeline-actions:digest:[0-9a-f]{16} -->\\nCoverage 84%$`),
    );
    // The search went through pages (per_page=100) until it found the marker.
    expect(github.requestsTo('GET /repos/{owner}/{repo}/issues/{issue_number}/comments').length).toBeGreaterThanOrEqual(
      3,
    );
  });

  it('cuts a body over 65,536 characters instead of failing', async () => {
    const body = Array.from({ length: 5000 }, (_, i) => `| file${i}.ts | 50% |`).join('\n');
    const result = await upsertStickyComment(client, { owner, repo, issueNumber: 8, key: 'big', body });
    expect(result.status).toBe('created');
    const stored = (github.comments(REPO, 8)[0] as { body: string }).body;
    expect(stored.length).toBeLessThanOrEqual(65_536);
    expect(stored).toContain("cut to fit GitHub's 65,536-character limit");
  });

  it('warns and skips when the token may not write (fork PR), without throwing', async () => {
    captureLog();
    github.fail('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', 'forbidden');
    const result = await upsertStickyComment(client, { owner, repo, issueNumber: 9, key: 'q', body: 'x' });
    expect(result.status).toBe('skipped');
    const warning = logged.find((line) => line.startsWith('::warning::'));
    expect(warning).toContain('Resource not accessible by integration');
    expect(warning).toContain("lacks 'pull-requests: write' permission");
  });

  it('retries a transient server error', async () => {
    github.fail('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', 'server-error', { times: 1 });
    const result = await upsertStickyComment(client, { owner, repo, issueNumber: 10, key: 'r', body: 'x' });
    expect(result.status).toBe('created');
  });
});

describe('createCheckRun', () => {
  it('sends every annotation in batches of 50', async () => {
    const annotations: Annotation[] = Array.from({ length: 123 }, (_, i) => ({
      level: i % 2 ? 'warning' : 'error',
      message: `finding ${i}`,
      file: `src/f${i}.ts`,
      startLine: i + 1,
    }));
    annotations.push({ level: 'notice', message: 'no location: stays in the text only' });
    const result = await createCheckRun(client, {
      owner,
      repo,
      name: 'quality-gate',
      headSha: 'a'.repeat(40),
      conclusion: 'failure',
      title: '123 findings',
      summary: 'summary',
      annotations,
    });
    expect(result).toMatchObject({ status: 'created', annotations: 123, requests: 3 });
    const record = github.checkRuns(REPO).at(-1)!;
    expect(record.annotations).toHaveLength(123);
    expect(record.outputs.map((o) => (o as { annotations: unknown[] }).annotations.length)).toEqual([50, 50, 23]);
    expect(record.annotations[1]).toMatchObject({
      path: 'src/f1.ts',
      start_line: 2,
      end_line: 2,
      annotation_level: 'warning',
    });
  });

  it('sends only the worst maxAnnotations: errors first, then by weight, in one request for 50', async () => {
    const annotations: Annotation[] = Array.from({ length: 130 }, (_, i) => ({
      level: i % 3 === 0 ? 'warning' : 'notice',
      message: `finding ${i}`,
      file: `src/f${i}.ts`,
      startLine: 1,
      weight: i % 7,
    }));
    annotations.push({ level: 'error', message: 'the worst', file: 'src/last.ts', startLine: 9 });
    annotations.push({ level: 'error', message: 'no location: never counted', weight: 99 });
    const result = await createCheckRun(client, {
      owner,
      repo,
      name: 'capped',
      headSha: 'c'.repeat(40),
      conclusion: 'failure',
      title: 'capped',
      summary: 'summary',
      annotations,
      maxAnnotations: 50,
    });
    expect(result).toMatchObject({ status: 'created', annotations: 50, omitted: 81, requests: 1 });
    expect(checkRunOmitted(annotations, 50)).toBe(81);
    const record = github.checkRuns(REPO).at(-1)!;
    expect(record.outputs).toHaveLength(1);
    const levels = record.annotations.map((a) => (a as { annotation_level: string }).annotation_level);
    // One error, then all 44 warnings (i % 3 === 0 of 130), then the heaviest notices.
    expect(levels[0]).toBe('failure');
    expect(levels.filter((level) => level === 'warning')).toHaveLength(44);
    expect(levels.slice(45).every((level) => level === 'notice')).toBe(true);
    const noticeFiles = new Set(record.annotations.slice(45).map((a) => (a as { path: string }).path));
    for (const file of noticeFiles) expect(Number(/f(\d+)/.exec(file)![1]) % 7).toBe(6);
  });

  it('sends no annotation with maxAnnotations 0, and says so', async () => {
    const annotations: Annotation[] = [{ level: 'error', message: 'e', file: 'a.ts', startLine: 1 }];
    const result = await createCheckRun(client, {
      owner,
      repo,
      name: 'none',
      headSha: 'd'.repeat(40),
      conclusion: 'failure',
      title: 'none',
      summary: 'summary',
      annotations,
      maxAnnotations: 0,
    });
    expect(result).toMatchObject({ status: 'created', annotations: 0, omitted: 1, requests: 1 });
    expect(github.checkRuns(REPO).at(-1)!.annotations).toEqual([]);
    expect(checkRunOmittedNote(1, 0, 'the job summary')).toBe(
      'The check run carries no annotations: 1 were left out (input `check-run-annotations`); they are all in the job summary.',
    );
  });

  it('states the count left out at the end of a summary, even one cut to fit', () => {
    expect(checkRunOmittedNote(0, 50, 'x')).toBeUndefined();
    expect(withSummaryNote('report', undefined)).toBe('report');
    const note = checkRunOmittedNote(2596, 50, 'the findings file')!;
    expect(note).toContain('the worst 50 annotation(s): 2596 were left out');
    const huge = withSummaryNote('x'.repeat(SUMMARY_LIMIT_BYTES * 2), note);
    expect(Buffer.byteLength(huge, 'utf8')).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(huge.endsWith(`> ${note}`)).toBe(true);
  });

  it('warns and skips without checks: write', async () => {
    captureLog();
    github.fail('POST /repos/{owner}/{repo}/check-runs', 'forbidden');
    const result = await createCheckRun(client, {
      owner,
      repo,
      name: 'x',
      headSha: 'b'.repeat(40),
      conclusion: 'success',
      title: 't',
      summary: 's',
      annotations: [],
    });
    expect(result.status).toBe('skipped');
    expect(logged.join('')).toContain("lacks 'checks: write' permission");
  });
});

describe('comment modes', () => {
  const bodies = (issue: number): string[] =>
    github.comments(REPO, issue).map((comment) => String((comment as { body: string }).body));
  const ids = (issue: number): number[] => github.comments(REPO, issue).map((comment) => Number(comment.id));
  // A client per test: each has its own time budget (a step's), and writes are spaced a second apart.
  let modes: GitHubClient;
  beforeEach(async () => {
    modes = await createGitHubClient(FAKE_GITHUB_TOKEN, { baseUrl: github.url });
  });
  const post = (issue: number, policy: CommentPolicy, passing: boolean, body: string) =>
    upsertStickyComment(modes, { owner, repo, issueNumber: issue, key: 'gate', body, policy, passing });
  const writes = () =>
    github.requests.filter((request) => request.method !== 'GET' && /\/issues\//.test(request.path)).length;

  it('recreate: the old comment goes, the new one is at the bottom', async () => {
    const policy: CommentPolicy = { mode: 'recreate', when: 'always', onPass: 'keep' };
    const first = await post(30, policy, false, 'failing');
    github.seedComments(REPO, 30, [{ body: 'a reviewer wrote this' }]);
    const second = await post(30, policy, false, 'still failing');
    expect(second).toMatchObject({ status: 'recreated' });
    expect(ids(30)).toEqual([expect.any(Number), (second as { id: number }).id]);
    expect(ids(30)).not.toContain((first as { id: number }).id);
    expect(bodies(30)[1]).toContain('still failing');
  }, 20_000);

  it('failing-or-changed: a passing gate writes only what changed', async () => {
    const policy: CommentPolicy = { mode: 'update', when: 'failing-or-changed', onPass: 'keep' };
    expect(await post(31, policy, true, 'all good')).toMatchObject({ status: 'skipped' });
    expect(bodies(31)).toEqual([]);
    expect(await post(31, policy, false, 'two findings')).toMatchObject({ status: 'created' });
    expect(await post(31, policy, false, 'two findings')).toMatchObject({ status: 'updated' });
    expect(await post(31, policy, true, 'all good')).toMatchObject({ status: 'updated' });
    const before = writes();
    expect(await post(31, policy, true, 'all good')).toMatchObject({
      status: 'skipped',
      reason: 'the gate passes and the comment is unchanged',
    });
    expect(writes()).toBe(before);
    expect(bodies(31)).toHaveLength(1);
  }, 20_000);

  it('on pass delete: the comment goes once the gate passes', async () => {
    const policy: CommentPolicy = { mode: 'update', when: 'always', onPass: 'delete' };
    expect(await post(32, policy, true, 'ok')).toMatchObject({ status: 'skipped' });
    await post(32, policy, false, 'failing');
    expect(bodies(32)).toHaveLength(1);
    expect(await post(32, policy, true, 'ok')).toMatchObject({ status: 'deleted' });
    expect(bodies(32)).toEqual([]);
  }, 20_000);

  it('on pass hide: minimized as resolved; a later failure is a new, visible comment', async () => {
    const policy: CommentPolicy = { mode: 'update', when: 'always', onPass: 'hide' };
    const failing = await post(33, policy, false, 'failing');
    const hidden = await post(33, policy, true, 'passing now');
    expect(hidden).toMatchObject({ status: 'hidden', id: (failing as { id: number }).id });
    expect(github.minimizedAs(REPO, (failing as { id: number }).id)).toBe('RESOLVED');
    expect(bodies(33)[0]).toContain('passing now');
    const again = await post(33, policy, false, 'failing again');
    expect(again).toMatchObject({ status: 'recreated' });
    expect(ids(33)).toEqual([(again as { id: number }).id]);
    expect(github.minimizedAs(REPO, (again as { id: number }).id)).toBeUndefined();
  }, 20_000);

  it('the inputs: 0.1 booleans still work, anything else names the input', () => {
    const read = (inputs: Record<string, string>) => {
      for (const name of ['COMMENT', 'COMMENT-WHEN', 'COMMENT-ON-PASS']) delete process.env[`INPUT_${name}`];
      for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
      return getCommentPolicy();
    };
    expect(read({ comment: 'true' })).toEqual({ mode: 'update', when: 'always', onPass: 'keep' });
    expect(read({ comment: 'false' }).mode).toBe('off');
    expect(read({ comment: 'recreate', 'comment-on-pass': 'hide' })).toMatchObject({
      mode: 'recreate',
      onPass: 'hide',
    });
    expect(() => read({ comment: 'sticky' })).toThrow(/Input 'comment': expected one of update, recreate, off/);
    expect(() => read({ comment: 'update', 'comment-when': 'sometimes' })).toThrow(/Input 'comment-when'/);
    read({});
  });
});
