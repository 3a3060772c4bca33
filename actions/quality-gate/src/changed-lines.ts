/**
 * The lines a PR adds or changes, for `new-only`: from git against the merge base when the checkout has the
 * history, else from the PR files API (packages/shared/src/diff, shared with the coverage gate).
 */
import {
  changedLinesFromApi,
  changedLinesFromGit,
  createGitHubClient,
  readRunContext,
  UserError,
  type ChangedLinesResult,
} from '@pipeline-actions/shared';

export async function pullRequestChangedLines(
  workspace: string,
  base: string,
  token: string,
): Promise<ChangedLinesResult> {
  const fromGit = await changedLinesFromGit({ cwd: workspace, base });
  if (fromGit !== undefined) return fromGit;
  const context = readRunContext();
  if (token !== '' && context.repo !== undefined && context.pullRequest !== undefined) {
    return changedLinesFromApi(createGitHubClient(token), { ...context.repo, pullNumber: context.pullRequest.number });
  }
  throw new UserError(
    `scope 'new-only' needs the changed lines of the pull request: git could not find the merge base of ${base} and HEAD (check out with fetch-depth: 0), and there is no pull request and token to ask the API`,
  );
}
