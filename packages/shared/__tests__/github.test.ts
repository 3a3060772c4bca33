// The GitHub client, sticky comment and check runs against the harness's fake
// GitHub API over real HTTP on loopback.
import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { FAKE_GITHUB_TOKEN, startFakeGitHub, type FakeGitHub } from '../../../test/harness/index.ts';
import { createGitHubClient, type GitHubClient } from '../src/github/client.ts';
import { stickyMarker, upsertStickyComment } from '../src/github/comments.ts';
import { createCheckRun } from '../src/github/checks.ts';
import type { Annotation } from '../src/action/annotations.ts';

const REPO = 'octo-org/shop';
const owner = 'octo-org';
const repo = 'shop';
let github: FakeGitHub;
let client: GitHubClient;
let logged: string[] = [];

beforeAll(async () => {
  github = await startFakeGitHub();
  client = createGitHubClient(FAKE_GITHUB_TOKEN, { baseUrl: github.url, retries: 2 });
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
    expect((ours[0] as { body: string }).body).toBe(`${stickyMarker('coverage-gate')}\nCoverage 84%`);
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
