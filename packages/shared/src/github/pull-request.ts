/**
 * The pull request a gate reports on and the commit its check run belongs to, in the three ways a gate runs:
 * on the pull request itself, in the `workflow_run` pattern for fork pull requests (a second workflow with a
 * write token, told the PR by `pr-number` or by the run's payload), or on a push.
 */
import * as core from '@actions/core';
import { describeWriteFailure, resolveGitHubClient, type GitHubClientSource } from './client.ts';
import type { RunContext } from './context.ts';

export interface PullRequestTarget {
  /** The pull request to comment on and read changed lines of; undefined outside pull requests. */
  number: number | undefined;
  /** The commit a check run is created on: the pull request's head, else the run's commit. */
  headSha: string;
}

interface WorkflowRunPayload {
  head_sha?: string;
  pull_requests?: { number?: number; head?: { sha?: string } }[];
}

/**
 * `prNumber` (an input) wins over the event. In a `workflow_run` run the head commit is the triggering run's
 * (`workflow_run.head_sha`): GitHub leaves `pull_requests` empty for forks, hence `pr-number`. When a PR is
 * named by `prNumber` alone (e.g. `workflow_dispatch`), its head commit is read from the API.
 */
export async function pullRequestTarget(
  context: RunContext,
  prNumber: number | undefined,
  client: GitHubClientSource | undefined,
): Promise<PullRequestTarget> {
  const workflowRun = context.payload['workflow_run'] as WorkflowRunPayload | undefined;
  const fromRun = workflowRun?.pull_requests?.find((pr) => typeof pr.number === 'number');
  const number = prNumber ?? context.pullRequest?.number ?? fromRun?.number;
  if (number === undefined) return { number, headSha: workflowRun?.head_sha || context.sha };
  if (context.pullRequest?.number === number && context.pullRequest.headSha)
    return { number, headSha: context.pullRequest.headSha };
  if (workflowRun?.head_sha) return { number, headSha: workflowRun.head_sha };
  if (client && context.repo) {
    try {
      const { data } = await (
        await resolveGitHubClient(client)
      ).rest.pulls.get({ ...context.repo, pull_number: number });
      const sha = (data as { head?: { sha?: unknown } } | null)?.head?.sha;
      if (typeof sha === 'string' && sha !== '') return { number, headSha: sha };
    } catch (error) {
      core.warning(
        `Could not read pull request #${number}: ${describeWriteFailure(error, 'pull-requests: read')}. The check run goes on ${context.sha || 'the run commit'}.`,
      );
    }
  }
  return { number, headSha: context.sha };
}
