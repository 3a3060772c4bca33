/**
 * The lines a PR adds or changes, for `new-only` (packages/shared/src/diff, shared with the coverage gate).
 * Without them the scope cannot be applied, so the run fails rather than gate on everything or nothing.
 */
import {
  createGitHubClient,
  findChangedLines,
  readRunContext,
  UserError,
  type ChangedLinesResult,
} from '@pipeline-actions/shared';

export async function pullRequestChangedLines(
  workspace: string,
  base: string,
  token: string,
): Promise<ChangedLinesResult> {
  const context = readRunContext();
  const changed = await findChangedLines({
    cwd: workspace,
    base,
    repo: context.repo,
    pullNumber: context.pullRequest?.number,
    client: token ? await createGitHubClient(token) : undefined,
  });
  if ('found' in changed) return changed.found;
  throw new UserError(`scope 'new-only' needs the changed lines of the pull request: ${changed.unavailable}`);
}
