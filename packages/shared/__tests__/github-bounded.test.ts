// The GitHub client bounded in time (issue 11, item 4), against the harness's fake GitHub API on loopback: what is
// retried and what is not, a timeout per request, a budget per client, garbage answers, one warning per phase.
// The delays asserted are each a timeout or budget under test plus a margin.
import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  FAKE_GITHUB_TOKEN,
  startFakeGitHub,
  UNREACHABLE_API_URL,
  type FakeGitHub,
} from '../../../test/harness/index.ts';
import { createCheckRun } from '../src/github/checks.ts';
import { type GitHubClient, createGitHubClient, GitHubUnavailableError } from '../src/github/client.ts';
import { upsertStickyComment } from '../src/github/comments.ts';

const owner = 'octo-org';
const repo = 'bounded';
const COMMENTS = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';
const CHECK_RUNS = 'POST /repos/{owner}/{repo}/check-runs';
/** Scheduling on a loaded machine. */
const MARGIN_MS = 1_500;

let github: FakeGitHub;
let logged: string[];
beforeAll(async () => {
  github = await startFakeGitHub();
});
afterAll(async () => {
  await github.close();
});
afterEach(() => {
  github.clearFaults();
  jest.restoreAllMocks();
});

function captureLog(): void {
  logged = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    logged.push(String(chunk));
    return true;
  });
}
const warnings = () => logged.filter((line) => line.startsWith('::warning'));

async function timed<T>(body: () => Promise<T>): Promise<{ value: T | Error; ms: number }> {
  const started = performance.now();
  const value = await body().catch((error: unknown) => error as Error);
  return { value, ms: performance.now() - started };
}

const listComments = (client: GitHubClient, issue = 1) =>
  client.rest.issues.listComments({ owner, repo, issue_number: issue });

describe('retries', () => {
  it('never repeats a 4xx, whatever the retries', async () => {
    github.fail(COMMENTS, 'not-found');
    const client = await createGitHubClient(FAKE_GITHUB_TOKEN, { baseUrl: github.url, retries: 3 });
    const before = github.requestsTo(COMMENTS).length;
    const { value } = await timed(() => listComments(client));
    expect((value as { status?: number }).status).toBe(404);
    expect(github.requestsTo(COMMENTS).length - before).toBe(1);
  });

  it('repeats a 5xx twice, quickly, then gives up', async () => {
    github.fail(COMMENTS, 'server-error', { times: 10 });
    const client = await createGitHubClient(FAKE_GITHUB_TOKEN, { baseUrl: github.url });
    const before = github.requestsTo(COMMENTS).length;
    const { value, ms } = await timed(() => listComments(client));
    expect(value).toBeInstanceOf(GitHubUnavailableError);
    expect((value as GitHubUnavailableError).reason).toBe('server-error');
    expect(github.requestsTo(COMMENTS).length - before).toBe(3);
    expect(ms).toBeLessThan(500 + 1_000 + MARGIN_MS);
  });

  it('an unreachable API fails at once: a refused connection is not retried', async () => {
    // A port that was free a moment ago: nothing listens, the connection is refused.
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    for (const [baseUrl, reason] of [
      [`http://127.0.0.1:${port}`, /cannot be reached \(ECONNREFUSED\)/],
      [UNREACHABLE_API_URL, /cannot be reached \(bad port\)/],
    ] as const) {
      const client = await createGitHubClient(FAKE_GITHUB_TOKEN, { baseUrl, retries: 3 });
      const { value, ms } = await timed(() => listComments(client));
      expect((value as GitHubUnavailableError).reason).toBe('refused');
      expect((value as Error).message).toMatch(reason);
      expect(ms).toBeLessThan(MARGIN_MS);
    }
  });

  it('a dropped connection is retried', async () => {
    github.fail(COMMENTS, 'reset', { times: 1 });
    const client = await createGitHubClient(FAKE_GITHUB_TOKEN, { baseUrl: github.url });
    const { value } = await timed(() => listComments(client));
    expect(Array.isArray((value as { data?: unknown }).data)).toBe(true);
  });
});

describe('time', () => {
  it.each(['hang', 'hang-body'] as const)(
    'a request that %ss ends at its timeout, and is not retried',
    async (kind) => {
      github.fail(COMMENTS, kind);
      const client = await createGitHubClient(FAKE_GITHUB_TOKEN, { baseUrl: github.url, requestTimeoutMs: 500 });
      const before = github.requestsTo(COMMENTS).length;
      const { value, ms } = await timed(() => listComments(client));
      expect((value as GitHubUnavailableError).reason).toBe('timeout');
      expect((value as Error).message).toMatch(/did not answer GET .* within 0.5 s/);
      expect(ms).toBeLessThan(500 + MARGIN_MS);
      expect(github.requestsTo(COMMENTS).length - before).toBe(1);
    },
  );

  it('the budget bounds all requests together, rate-limit waits and retries included', async () => {
    github.fail(COMMENTS, 'server-error', { times: 100 });
    const client = await createGitHubClient(FAKE_GITHUB_TOKEN, { baseUrl: github.url, budgetMs: 700, retries: 10 });
    const { value, ms } = await timed(() => listComments(client));
    expect((value as GitHubUnavailableError).reason).toBe('budget');
    expect(ms).toBeLessThan(700 + MARGIN_MS);
  });
});

describe("one warning for a phase, the decision is the caller's", () => {
  it.each([
    ['hang', {}],
    ['garbage', {}],
    ['garbage', { body: '{"unexpected": true}' }],
  ] as const)(
    '%s %j: the comment warns once, the check run after it sends nothing and only logs',
    async (kind, options) => {
      github.fail('*', kind, options);
      const client = await createGitHubClient(FAKE_GITHUB_TOKEN, { baseUrl: github.url, requestTimeoutMs: 500 });
      captureLog();
      const before = github.requests.length;
      const comment = await upsertStickyComment(client, { owner, repo, issueNumber: 5, key: 'k', body: 'hello' });
      const check = await createCheckRun(client, {
        owner,
        repo,
        name: 'gate',
        headSha: 'a'.repeat(40),
        conclusion: 'success',
        title: 't',
        summary: 's',
        annotations: [],
      });
      jest.restoreAllMocks();
      expect(comment.status).toBe('skipped');
      expect(check.status).toBe('skipped');
      expect(warnings()).toHaveLength(1);
      expect(warnings()[0]).toMatch(
        /Could not post the PR comment: .*(did not answer|not the API's JSON|another shape)/,
      );
      expect(logged.some((line) => line.startsWith('No check run: '))).toBe(true);
      // Only the comments listing was sent.
      expect(github.requests.length - before).toBe(1);
    },
  );

  it('a 403 on the comment does not stop the check run', async () => {
    github.fail('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', 'forbidden');
    const client = await createGitHubClient(FAKE_GITHUB_TOKEN, { baseUrl: github.url });
    captureLog();
    const comment = await upsertStickyComment(client, { owner, repo, issueNumber: 6, key: 'k', body: 'hello' });
    const check = await createCheckRun(client, {
      owner,
      repo,
      name: 'gate',
      headSha: 'b'.repeat(40),
      conclusion: 'success',
      title: 't',
      summary: 's',
      annotations: [],
    });
    jest.restoreAllMocks();
    expect(comment.status).toBe('skipped');
    expect(check.status).toBe('created');
    expect(github.requestsTo(CHECK_RUNS).length).toBeGreaterThan(0);
  });
});
