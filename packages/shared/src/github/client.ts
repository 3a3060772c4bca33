/**
 * The GitHub API client every action uses: Octokit from @actions/github with
 * retries and GitHub's recommended throttling. The base URL comes from
 * GITHUB_API_URL, so GitHub Enterprise Server works unchanged.
 */
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubClientOptions {
  /** API root; defaults to GITHUB_API_URL, then https://api.github.com. */
  baseUrl?: string;
  /** Retries for rate limits and server errors (tests lower it). */
  retries?: number;
  /** Aborts every request of this client (a time budget: AbortSignal.timeout(ms)). */
  signal?: AbortSignal;
}

export function createGitHubClient(token: string, options: GitHubClientOptions = {}): GitHubClient {
  const retries = options.retries ?? 3;
  const baseUrl = options.baseUrl ?? process.env['GITHUB_API_URL'] ?? 'https://api.github.com';
  return getOctokit(
    token,
    {
      baseUrl,
      request: { retries, ...(options.signal ? { signal: options.signal } : {}) },
      retry: { doNotRetry: [400, 401, 403, 404, 409, 422, 451] },
      throttle: {
        onRateLimit: (
          retryAfter: number,
          request: { method: string; url: string },
          _octokit: unknown,
          retryCount: number,
        ) => {
          core.warning(`GitHub API rate limit hit for ${request.method} ${request.url}; retrying in ${retryAfter}s.`);
          return retryCount < retries;
        },
        onSecondaryRateLimit: (
          retryAfter: number,
          request: { method: string; url: string },
          _octokit: unknown,
          retryCount: number,
        ) => {
          core.warning(
            `GitHub API secondary rate limit for ${request.method} ${request.url}; retrying in ${retryAfter}s.`,
          );
          return retryCount < 1;
        },
      },
    },
    retry,
    throttling,
  );
}

/** The HTTP status of an Octokit error, if it has one. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
}

/** Why a write was refused, phrased for a warning: fork PRs and read-only tokens get 403/404. */
export function describeWriteFailure(error: unknown, permission: string): string {
  const status = httpStatus(error);
  const message = (error as Error)?.message ?? String(error);
  if (status === 403 || status === 404) {
    return `${message} (HTTP ${status}). The token lacks '${permission}' permission — expected on pull requests from forks and with read-only tokens; see the README's 'Fork pull requests' section.`;
  }
  return status ? `${message} (HTTP ${status})` : message;
}
