import * as core from '@actions/core';
import {
  type ChangedLinesResult,
  type GitHubClient,
  type RunContext,
  findChangedLines as findPullRequestChangedLines,
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
 * The lines this run's change adds or modifies (git against the merge base, else the PR files API).
 * Undefined when they cannot be known: new-code coverage is then skipped with a warning, never guessed.
 */
export async function findChangedLines(source: ChangeSource): Promise<ChangedLinesResult | undefined> {
  if (source.base === undefined && source.pullNumber === undefined) return undefined;
  const changed = await findPullRequestChangedLines({
    cwd: source.workspace,
    base: source.base,
    repo: source.context.repo,
    pullNumber: source.pullNumber,
    client: source.client,
  });
  if ('found' in changed) return changed.found;
  core.warning(`The changed lines cannot be known: ${changed.unavailable}. New-code coverage is skipped.`);
  return undefined;
}
