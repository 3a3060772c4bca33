/**
 * A sticky PR comment: one comment per action (and key) updated in place,
 * found again by a hidden HTML marker across every page of comments.
 */
import * as core from '@actions/core';
import { fitComment } from '../action/summary.ts';
import { describeWriteFailure, expectAnswer, isSkippedCall, type GitHubClient } from './client.ts';
import type { RepoRef } from './context.ts';

export interface StickyCommentRequest extends RepoRef {
  issueNumber: number;
  /** Identifies this comment among others, e.g. 'coverage-gate' or 'coverage-gate:unit'. */
  key: string;
  body: string;
}

export type StickyCommentResult =
  { status: 'created' | 'updated'; id: number; url: string } | { status: 'skipped'; reason: string };

/** The hidden marker written at the top of the comment. */
export function stickyMarker(key: string): string {
  return `<!-- pipeline-actions:sticky:${key} -->`;
}

/**
 * Creates or updates the comment. Never throws for a refused write: a fork PR, a read-only token or an API that is
 * unavailable (see client.ts) gets one warning and `skipped`, so the gate's decision stands; a call not sent
 * because the API failed earlier in the step only logs.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  request: StickyCommentRequest,
): Promise<StickyCommentResult> {
  const marker = stickyMarker(request.key);
  const body = fitComment(`${marker}\n${request.body}`);
  const { owner, repo, issueNumber } = request;
  try {
    let existingId: number | undefined;
    for await (const page of client.paginate.iterator(client.rest.issues.listComments, {
      owner,
      repo,
      issue_number: issueNumber,
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
        existingId = found.id;
        break;
      }
    }
    const written =
      existingId !== undefined
        ? await client.rest.issues.updateComment({ owner, repo, comment_id: existingId, body })
        : await client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
    const data = expectAnswer<{ id: number; html_url: string }>(client, 'the comment written', written.data, isComment);
    return { status: existingId !== undefined ? 'updated' : 'created', id: data.id, url: data.html_url };
  } catch (error) {
    const reason = describeWriteFailure(error, 'pull-requests: write');
    if (isSkippedCall(error)) core.info(`No PR comment: ${reason}`);
    else core.warning(`Could not post the PR comment: ${reason}. The decision stands.`);
    return { status: 'skipped', reason };
  }
}

function isComment(data: unknown): boolean {
  return typeof (data as { id?: unknown } | null)?.id === 'number';
}
