/**
 * A check run carrying every annotation: the API takes at most 50 annotations
 * per request, so the first batch goes with the create call and the rest are
 * appended with updates. Output text is cut to the API's 65,535 characters.
 */
import * as core from '@actions/core';
import type { Annotation } from '../action/annotations.ts';
import { fitComment } from '../action/summary.ts';
import { describeWriteFailure, expectAnswer, isSkippedCall, type GitHubClient } from './client.ts';
import type { RepoRef } from './context.ts';

export const CHECK_ANNOTATIONS_PER_REQUEST = 50;
export const CHECK_TEXT_LIMIT = 65_535;

export interface CheckRunRequest extends RepoRef {
  name: string;
  headSha: string;
  conclusion: 'success' | 'failure' | 'neutral' | 'action_required';
  title: string;
  summary: string;
  text?: string;
  annotations: readonly Annotation[];
}

export type CheckRunResult =
  | { status: 'created'; id: number; url: string; annotations: number; requests: number }
  | { status: 'skipped'; reason: string };

type CheckAnnotation = {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  message: string;
  title?: string;
  start_column?: number;
  end_column?: number;
};

const LEVEL: Record<Annotation['level'], CheckAnnotation['annotation_level']> = {
  error: 'failure',
  warning: 'warning',
  notice: 'notice',
};

/** Check-run annotations need a path and a line; others stay in the text. */
export function toCheckAnnotations(annotations: readonly Annotation[]): CheckAnnotation[] {
  return annotations
    .filter((a) => a.file && a.startLine)
    .map((a) => {
      const sameLine = !a.endLine || a.endLine === a.startLine;
      return {
        path: a.file!,
        start_line: a.startLine!,
        end_line: a.endLine ?? a.startLine!,
        annotation_level: LEVEL[a.level],
        message: a.message.slice(0, 64 * 1024),
        ...(a.title ? { title: a.title.slice(0, 255) } : {}),
        ...(sameLine && a.startColumn ? { start_column: a.startColumn, end_column: a.endColumn ?? a.startColumn } : {}),
      };
    });
}

/**
 * Creates a completed check run with every annotation. A refused write or an unavailable API warns once and
 * returns `skipped`; a call not sent because the API failed earlier in the step only logs.
 */
export async function createCheckRun(client: GitHubClient, request: CheckRunRequest): Promise<CheckRunResult> {
  const all = toCheckAnnotations(request.annotations);
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < all.length; i += CHECK_ANNOTATIONS_PER_REQUEST)
    batches.push(all.slice(i, i + CHECK_ANNOTATIONS_PER_REQUEST));
  const output = (annotations: CheckAnnotation[]) => ({
    title: request.title.slice(0, 255),
    summary: fitComment(request.summary, CHECK_TEXT_LIMIT),
    ...(request.text ? { text: fitComment(request.text, CHECK_TEXT_LIMIT) } : {}),
    annotations,
  });
  const { owner, repo } = request;
  try {
    const created = await client.rest.checks.create({
      owner,
      repo,
      name: request.name,
      head_sha: request.headSha,
      status: 'completed',
      conclusion: request.conclusion,
      output: output(batches[0] ?? []),
    });
    const data = expectAnswer<{ id: number; html_url: string | null }>(
      client,
      'the check run created',
      created.data,
      (answer) => typeof (answer as { id?: unknown } | null)?.id === 'number',
    );
    for (const batch of batches.slice(1)) {
      await client.rest.checks.update({ owner, repo, check_run_id: data.id, output: output(batch) });
    }
    return {
      status: 'created',
      id: data.id,
      url: data.html_url ?? '',
      annotations: all.length,
      requests: Math.max(1, batches.length),
    };
  } catch (error) {
    const reason = describeWriteFailure(error, 'checks: write');
    if (isSkippedCall(error)) core.info(`No check run: ${reason}`);
    else core.warning(`Could not create the check run: ${reason}. The decision stands.`);
    return { status: 'skipped', reason };
  }
}
