/**
 * What the planner reads besides the target: the environment's deployment history (GitHub Deployments) and the
 * release tags. A source that cannot be read is not an error: the plan says why it was not used and goes on.
 *
 * Tags come from the workspace's own git repository first (`git tag --list <tag-pattern>`): no API call, and it is
 * what the workflow checked out. actions/checkout fetches no tags by default (fetch-depth 1), so when the workspace
 * has no matching tag (or is no git repository) and a token and GITHUB_REPOSITORY are there, GitHub's
 * `git/matching-refs/tags/<prefix>` lists them instead: the rollback works with a plain checkout, or none.
 */
import path from 'node:path';
import { listEnvironmentHistory, runCommand, type GitHubClientFactory, type RepoRef } from '@pipeline-actions/shared';
import type { HistoryView, TagsView } from './plan.ts';
import { matchTag, type TagPattern } from './versions.ts';

/** Newest deployments read (one status request each, four at a time): enough for a last good version. */
export const HISTORY_LIMIT = 30;
/** Time budget of reading the history or the tags from GitHub; a hanging API cannot hold a rollback. */
const API_BUDGET_MS = 15_000;
const GIT_TIMEOUT_MS = 15_000;

export async function readHistory(options: {
  environment: string | undefined;
  github: GitHubClientFactory | undefined;
  repo: RepoRef | undefined;
  warn: (message: string) => void;
}): Promise<HistoryView> {
  const { environment, github, repo } = options;
  if (!environment) return { available: false, reason: 'no environment input' };
  if (!github) return { available: false, reason: 'no github-token' };
  if (!repo) return { available: false, reason: 'GITHUB_REPOSITORY is not set' };
  try {
    const client = await github({ retries: 1, signal: AbortSignal.timeout(API_BUDGET_MS) });
    const records = await listEnvironmentHistory(client, { ...repo, environment, limit: HISTORY_LIMIT });
    return { available: true, environment, records };
  } catch (error) {
    const why = apiFailure(error, 'deployments: read');
    options.warn(`Could not read the deployment history of '${environment}' (${why}); the plan goes on without it`);
    return { available: false, reason: `the API failed: ${why}` };
  }
}

export async function readTags(options: {
  pattern: TagPattern;
  workspace: string;
  github: GitHubClientFactory | undefined;
  repo: RepoRef | undefined;
  warn: (message: string) => void;
}): Promise<TagsView> {
  const { pattern, github, repo } = options;
  const local = await gitTags(pattern, options.workspace);
  if (local.available && local.names.length > 0) return local;
  if (!github || !repo) return local;
  try {
    const client = await github({ retries: 1, signal: AbortSignal.timeout(API_BUDGET_MS) });
    const refs = await client.paginate(client.rest.git.listMatchingRefs, {
      ...repo,
      ref: `tags/${pattern.prefix}`,
      per_page: 100,
    });
    const names = refs
      .map((ref) => ref.ref.replace(/^refs\/tags\//, ''))
      .filter((name) => matchTag(pattern, name) !== undefined);
    const why = local.available ? 'none in the workspace repository' : local.reason;
    return { available: true, names, source: `from the GitHub API (${why})` };
  } catch (error) {
    const why = apiFailure(error, 'contents: read');
    options.warn(`Could not list the tags ${pattern.text} through the GitHub API (${why})`);
    return {
      available: false,
      reason: `${local.available ? 'none in the workspace repository' : local.reason}, and the GitHub API failed: ${why}`,
    };
  }
}

async function gitTags(pattern: TagPattern, workspace: string): Promise<TagsView> {
  try {
    const result = await runCommand('git', ['-C', workspace, 'tag', '--list', pattern.text], {
      timeoutMs: GIT_TIMEOUT_MS,
      // Only the workspace's own repository: never one around it.
      env: { GIT_TERMINAL_PROMPT: '0', GIT_CEILING_DIRECTORIES: path.dirname(workspace) },
    });
    if (result.exitCode !== 0) {
      const why = result.stderr.trim().split('\n').at(-1) ?? `exit ${result.exitCode}`;
      return { available: false, reason: `git tag failed in the workspace: ${why}` };
    }
    // git's glob lets '*' cross '/'; the pattern's own match decides.
    const names = result.stdout
      .split('\n')
      .map((line) => line.trim())
      .filter((name) => name !== '' && matchTag(pattern, name) !== undefined);
    return { available: true, names, source: 'in the workspace repository' };
  } catch (error) {
    return { available: false, reason: (error as Error).message };
  }
}

function apiFailure(error: unknown, permission: string): string {
  const name = (error as Error).name;
  if (name === 'AbortError' || name === 'TimeoutError') return `no answer within ${API_BUDGET_MS / 1000} s`;
  const status = (error as { status?: unknown }).status;
  const message = (error as Error).message ?? String(error);
  if (status === 403 || status === 404) return `${message} (HTTP ${status}; the token needs '${permission}')`;
  return typeof status === 'number' ? `${message} (HTTP ${status})` : message;
}
