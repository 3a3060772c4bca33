/**
 * A sticky PR comment: one comment per action (and key), found again by a hidden HTML marker across every page
 * of comments, and written the way the user chose (the modes the anchors' users ask for): updated in place or
 * recreated at the bottom, on every run or only when failing or changed, kept, deleted or hidden once passing.
 */
import * as core from '@actions/core';
import { getEnum, getString } from '../action/inputs.ts';
import { fitComment } from '../action/summary.ts';
import {
  describeWriteFailure,
  expectAnswer,
  isSkippedCall,
  resolveGitHubClient,
  type GitHubClient,
  type GitHubClientSource,
} from './client.ts';
import type { RepoRef, RunContext } from './context.ts';

export const COMMENT_MODES = ['update', 'recreate', 'off'] as const;
export const COMMENT_WHEN = ['always', 'failing-or-changed'] as const;
export const COMMENT_ON_PASS = ['keep', 'delete', 'hide'] as const;

/** How a gate writes its comment. */
export interface CommentPolicy {
  /** 'update' edits the comment in place; 'recreate' deletes it and posts a new one at the bottom; 'off'. */
  mode: (typeof COMMENT_MODES)[number];
  /** 'failing-or-changed': a passing gate writes only when the comment would say something new. */
  when: (typeof COMMENT_WHEN)[number];
  /** Once the gate passes: 'keep' the comment (written as usual), 'delete' it, or 'hide' it (minimized). */
  onPass: (typeof COMMENT_ON_PASS)[number];
}

export const DEFAULT_COMMENT_POLICY: CommentPolicy = { mode: 'update', when: 'always', onPass: 'keep' };

/** The comment inputs' defaults, as every gate's action.yml gives them. */
export const COMMENT_INPUT_DEFAULTS = {
  comment: DEFAULT_COMMENT_POLICY.mode,
  'comment-when': DEFAULT_COMMENT_POLICY.when,
  'comment-on-pass': DEFAULT_COMMENT_POLICY.onPass,
} as const;

/** The inputs `comment`, `comment-when` and `comment-on-pass`, the same in every gate. */
export function getCommentPolicy(): CommentPolicy {
  const text = getString('comment').toLowerCase();
  // 0.1 took a boolean.
  const mode =
    text === 'true'
      ? 'update'
      : text === 'false'
        ? 'off'
        : getEnum('comment', COMMENT_MODES, DEFAULT_COMMENT_POLICY.mode);
  return {
    mode,
    when: getEnum('comment-when', COMMENT_WHEN, DEFAULT_COMMENT_POLICY.when),
    onPass: getEnum('comment-on-pass', COMMENT_ON_PASS, DEFAULT_COMMENT_POLICY.onPass),
  };
}

export interface StickyCommentRequest extends RepoRef {
  issueNumber: number;
  /** Identifies this comment among others, e.g. 'coverage-gate' or 'coverage-gate:unit'. */
  key: string;
  body: string;
  /** How to write it; the default updates it in place on every run. */
  policy?: CommentPolicy;
  /** The gate passed (for `when` and `onPass`). */
  passing?: boolean;
  /**
   * What the comment says without what changes on every run (a run link, timings): 'changed' compares it.
   * Default: the body.
   */
  digestOf?: string;
}

export type StickyCommentResult =
  | { status: 'created' | 'updated' | 'recreated' | 'hidden'; id: number; url: string }
  | { status: 'deleted'; id: number }
  | { status: 'skipped'; reason: string };

/** The hidden marker written at the top of the comment. */
export function stickyMarker(key: string): string {
  return `<!-- pipeline-actions:sticky:${key} -->`;
}

const DIGEST = /<!-- pipeline-actions:digest:([0-9a-f]+) -->/;
const HIDDEN = '<!-- pipeline-actions:hidden -->';

interface ExistingComment {
  id: number;
  nodeId: string | undefined;
  digest: string | undefined;
  hidden: boolean;
}

/**
 * Writes the comment as `request.policy` says. Never throws for a refused write: a fork PR, a read-only token or
 * an API that is unavailable (see client.ts) gets one warning and `skipped`, so the gate's decision stands; a call
 * not sent because the API failed earlier in the step only logs.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  request: StickyCommentRequest,
): Promise<StickyCommentResult> {
  const policy = request.policy ?? DEFAULT_COMMENT_POLICY;
  if (policy.mode === 'off') return { status: 'skipped', reason: "comment is 'off'" };
  const { owner, repo, issueNumber } = request;
  const marker = stickyMarker(request.key);
  const digest = process
    .getBuiltinModule('node:crypto')
    .createHash('sha256')
    .update(request.digestOf ?? request.body)
    .digest('hex')
    .slice(0, 16);
  const passing = request.passing === true;
  const bodyOf = (hidden: boolean): string =>
    fitComment(`${marker}\n<!-- pipeline-actions:digest:${digest} -->${hidden ? `\n${HIDDEN}` : ''}\n${request.body}`);
  try {
    const existing = await findComment(client, request, marker);
    const changed = existing?.digest !== digest;
    if (passing && policy.onPass === 'delete') {
      if (!existing) return { status: 'skipped', reason: 'the gate passes and there is no comment to delete' };
      await client.rest.issues.deleteComment({ owner, repo, comment_id: existing.id });
      return { status: 'deleted', id: existing.id };
    }
    if (passing && policy.onPass === 'hide') {
      if (!existing) return { status: 'skipped', reason: 'the gate passes and there is no comment to hide' };
      if (existing.hidden && !changed) return { status: 'skipped', reason: 'the hidden comment is unchanged' };
      const written = await client.rest.issues.updateComment({
        owner,
        repo,
        comment_id: existing.id,
        body: bodyOf(true),
      });
      const data = expectAnswer<{ id: number; html_url: string; node_id?: string }>(
        client,
        'the comment written',
        written.data,
        isComment,
      );
      const nodeId = data.node_id ?? existing.nodeId;
      if (nodeId !== undefined) await client.graphql(MINIMIZE, { id: nodeId });
      return { status: 'hidden', id: data.id, url: data.html_url };
    }
    if (passing && policy.when === 'failing-or-changed') {
      if (!existing) return { status: 'skipped', reason: 'the gate passes and there is no earlier comment' };
      if (!changed) return { status: 'skipped', reason: 'the gate passes and the comment is unchanged' };
    }
    // A hidden comment is recreated: updating it would leave it folded away.
    const recreate = existing !== undefined && (policy.mode === 'recreate' || existing.hidden);
    if (recreate) await client.rest.issues.deleteComment({ owner, repo, comment_id: existing.id });
    const written =
      existing !== undefined && !recreate
        ? await client.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body: bodyOf(false) })
        : await client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body: bodyOf(false) });
    const data = expectAnswer<{ id: number; html_url: string }>(client, 'the comment written', written.data, isComment);
    const status = existing === undefined ? 'created' : recreate ? 'recreated' : 'updated';
    return { status, id: data.id, url: data.html_url };
  } catch (error) {
    const reason = describeWriteFailure(error, 'pull-requests: write');
    if (isSkippedCall(error)) core.info(`No PR comment: ${reason}`);
    else core.warning(`Could not post the PR comment: ${reason}. The decision stands.`);
    return { status: 'skipped', reason };
  }
}

export interface PullRequestCommentRequest {
  context: RunContext;
  /** Undefined when the token is empty; a deferred client is made only when a comment is written. */
  client: GitHubClientSource | undefined;
  /** The pull request (see pullRequestTarget); no comment without one. */
  pullNumber: number | undefined;
  key: string;
  body: string;
  digestOf?: string;
  passing: boolean;
  policy: CommentPolicy;
}

/**
 * A gate's comment on its pull request, with what every gate says when it cannot be written: no token, or a
 * fork pull request's read-only token (the README's workflow_run pattern comments on those).
 */
export async function commentOnPullRequest(request: PullRequestCommentRequest): Promise<StickyCommentResult> {
  const { context, client, pullNumber, policy } = request;
  if (policy.mode === 'off') return { status: 'skipped', reason: "comment is 'off'" };
  if (pullNumber === undefined || context.repo === undefined)
    return { status: 'skipped', reason: 'not a pull request (give pr-number in a workflow_run workflow)' };
  if (client === undefined) {
    core.warning('comment is on but github-token is empty: no PR comment.');
    return { status: 'skipped', reason: 'no token' };
  }
  if (context.pullRequest?.isFork && context.eventName === 'pull_request') {
    const reason =
      "This pull request comes from a fork: its token is read-only, so no comment is posted (the decision stands). Use the README's workflow_run pattern to comment on fork PRs.";
    core.warning(reason);
    return { status: 'skipped', reason };
  }
  const posted = await upsertStickyComment(await resolveGitHubClient(client), {
    ...context.repo,
    issueNumber: pullNumber,
    ...request,
  });
  if (posted.status === 'skipped') core.info(`No PR comment: ${posted.reason}.`);
  else core.info(`PR comment ${posted.status}${'url' in posted ? `: ${posted.url}` : ''}`);
  return posted;
}

const MINIMIZE = `mutation($id: ID!) {
  minimizeComment(input: { subjectId: $id, classifier: RESOLVED }) { minimizedComment { isMinimized } }
}`;

/** The comment carrying `marker`, across every page of the PR's comments. */
async function findComment(
  client: GitHubClient,
  request: StickyCommentRequest,
  marker: string,
): Promise<ExistingComment | undefined> {
  for await (const page of client.paginate.iterator(client.rest.issues.listComments, {
    owner: request.owner,
    repo: request.repo,
    issue_number: request.issueNumber,
    per_page: 100,
  })) {
    const comments = expectAnswer<typeof page.data>(
      client,
      'the comments of the pull request',
      page.data,
      Array.isArray,
    );
    const found = comments.find((comment) => typeof comment?.body === 'string' && comment.body.includes(marker));
    if (found) {
      const body = found.body ?? '';
      return { id: found.id, nodeId: found.node_id, digest: DIGEST.exec(body)?.[1], hidden: body.includes(HIDDEN) };
    }
  }
  return undefined;
}

function isComment(data: unknown): boolean {
  return typeof (data as { id?: unknown } | null)?.id === 'number';
}
