import * as core from '@actions/core';
import {
  type ChangedLinesResult,
  type GitHubClient,
  type RunContext,
  changedLinesFromApi,
  changedLinesFromGit,
  describeWriteFailure,
} from '@pipeline-actions/shared';

export interface ChangeSource {
  workspace: string;
  /** Explicit base (input diff-base) or the PR's base commit. */
  base: string | undefined;
  pullNumber: number | undefined;
  context: RunContext;
  client: GitHubClient | undefined;
}

/**
 * The lines this run's change adds or modifies: `git diff` against the merge base when the checkout
 * has the history, else the PR files API. Undefined outside pull requests (no base, no PR number).
 */
export async function findChangedLines(source: ChangeSource): Promise<ChangedLinesResult | undefined> {
  if (source.base) {
    const fromGit = await changedLinesFromGit({ cwd: source.workspace, base: source.base });
    if (fromGit) return fromGit;
    core.info(
      `The base commit ${source.base} is not in the local history (shallow clone?); using the GitHub API for the changed lines.`,
    );
  }
  if (source.pullNumber === undefined || !source.context.repo) return undefined;
  if (!source.client) {
    core.warning(
      'No github-token: the changed lines of the pull request cannot be read from the API, so new-code coverage is skipped.',
    );
    return undefined;
  }
  try {
    return await changedLinesFromApi(source.client, { ...source.context.repo, pullNumber: source.pullNumber });
  } catch (error) {
    core.warning(
      `Could not list the pull request's files: ${describeWriteFailure(error, 'pull-requests: read')}. New-code coverage is skipped.`,
    );
    return undefined;
  }
}
