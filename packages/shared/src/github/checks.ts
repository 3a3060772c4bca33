/**
 * A check run carrying the worst annotations, up to a cap: the API takes at most 50 annotations per request, so
 * the first batch goes with the create call and the rest are appended with updates, and GitHub spaces writes about
 * a second apart, so each batch beyond the first costs that second. Output text is cut to the API's 65,535
 * characters.
 */
import * as core from '@actions/core';
import { sortWorstFirst, type Annotation } from '../action/annotations.ts';
import { fitComment, fitSummary, SUMMARY_LIMIT_BYTES } from '../action/summary.ts';
import { describeWriteFailure, expectAnswer, isSkippedCall, type GitHubClient } from './client.ts';
import type { RepoRef } from './context.ts';

export const CHECK_ANNOTATIONS_PER_REQUEST = 50;
export const CHECK_TEXT_LIMIT = 65_535;
/**
 * Default cap on the annotations sent to a check run (the `check-run-annotations` input): two requests, one
 * spacing of GitHub's writes, so publishing does not grow with the findings; the rest are in the job summary.
 */
export const CHECK_RUN_ANNOTATIONS_DEFAULT = 2 * CHECK_ANNOTATIONS_PER_REQUEST;

export interface CheckRunRequest extends RepoRef {
  name: string;
  headSha: string;
  conclusion: 'success' | 'failure' | 'neutral' | 'action_required';
  title: string;
  summary: string;
  text?: string;
  annotations: readonly Annotation[];
  /** The most annotations sent, the worst first (default: all); 0 sends none. */
  maxAnnotations?: number;
}

export type CheckRunResult =
  | { status: 'created'; id: number; url: string; annotations: number; omitted: number; requests: number }
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

/** Whether an annotation can go on a check run (it needs a path and a line). */
const onCode = (annotation: Annotation): boolean => Boolean(annotation.file && annotation.startLine);

/** How many of `annotations` a check run capped at `max` leaves out (those without a place count for none). */
export function checkRunOmitted(annotations: readonly Annotation[], max: number | undefined): number {
  if (max === undefined) return 0;
  let placed = 0;
  for (const annotation of annotations) if (onCode(annotation)) placed++;
  return Math.max(0, placed - max);
}

/** The sentence for a summary when the cap left annotations out; undefined when it left none out. */
export function checkRunOmittedNote(omitted: number, max: number, elsewhere: string): string | undefined {
  if (omitted <= 0) return undefined;
  const carried = max === 0 ? 'no annotations' : `the worst ${max} annotation(s)`;
  return `The check run carries ${carried}: ${omitted} were left out (input \`check-run-annotations\`); they are all in ${elsewhere}.`;
}

/** The job summary with `note` at its end, kept there when the summary is cut to fit. */
export function withSummaryNote(markdown: string, note: string | undefined): string {
  if (note === undefined) return markdown;
  const tail = `\n\n> [!NOTE]\n> ${note}`;
  return `${fitSummary(markdown, SUMMARY_LIMIT_BYTES - Buffer.byteLength(tail, 'utf8') - 1)}${tail}`;
}

/**
 * Creates a completed check run with the worst `maxAnnotations` annotations. A refused write or an unavailable
 * API warns once and returns `skipped`; a call not sent because the API failed earlier in the step only logs.
 */
export async function createCheckRun(client: GitHubClient, request: CheckRunRequest): Promise<CheckRunResult> {
  const placed = request.annotations.filter(onCode);
  const max = request.maxAnnotations ?? placed.length;
  const chosen = max >= placed.length ? placed : sortWorstFirst(placed).slice(0, Math.max(0, max));
  const all = toCheckAnnotations(chosen);
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
      omitted: placed.length - all.length,
      requests: Math.max(1, batches.length),
    };
  } catch (error) {
    const reason = describeWriteFailure(error, 'checks: write');
    if (isSkippedCall(error)) core.info(`No check run: ${reason}`);
    else core.warning(`Could not create the check run: ${reason}. The decision stands.`);
    return { status: 'skipped', reason };
  }
}
