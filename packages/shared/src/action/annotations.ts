/**
 * Annotations within GitHub's per-step limit: the UI shows at most 10 errors,
 * 10 warnings and 10 notices per step and silently drops the rest. We emit the
 * worst first and say how many more there are, so nothing disappears unseen.
 */
import * as core from '@actions/core';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  title?: string;
  /** Repository-relative path. */
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
  /** Higher is worse; orders annotations of the same level (e.g. severity rank, uncovered line count). */
  weight?: number;
}

export type AnnotationLimits = Record<AnnotationLevel, number>;

/** GitHub's documented per-step display limits. */
export const STEP_ANNOTATION_LIMITS: AnnotationLimits = { error: 10, warning: 10, notice: 10 };

/** The most characters of an annotation's message (a tool's message may be a whole document). */
export const ANNOTATION_MESSAGE_CHARS = 4096;
/** The most characters of an annotation's title (the check-runs API's own limit). */
export const ANNOTATION_TITLE_CHARS = 255;

/**
 * `text` cut to `limit` characters with a note of its full length, for annotations and messages that echo what a
 * report or an API said. The note says where the rest is, when given.
 */
export function capText(text: string, limit: number, rest?: string): string {
  if (text.length <= limit) return text;
  return `${text.slice(0, limit)}… (${text.length} characters${rest ? `; ${rest}` : ''})`;
}

/**
 * The limits minus one at `level`: the room a step leaves for its verdict line (core.setFailed is an error
 * annotation too), so the verdict is never the 11th error that GitHub drops. No level: the limits unchanged.
 */
export function leaveRoomFor(level: AnnotationLevel | undefined, limits = STEP_ANNOTATION_LIMITS): AnnotationLimits {
  return level === undefined ? limits : { ...limits, [level]: Math.max(0, limits[level] - 1) };
}

const LEVEL_ORDER: Record<AnnotationLevel, number> = { error: 0, warning: 1, notice: 2 };

/** Worst first: by level, then weight (descending), then file and line for a stable order. */
export function sortWorstFirst<T extends Annotation>(annotations: readonly T[]): T[] {
  return [...annotations].sort(
    (a, b) =>
      LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
      (b.weight ?? 0) - (a.weight ?? 0) ||
      // Plain code-unit order: localeCompare is far too slow for hundreds of thousands of findings.
      compareText(a.file ?? '', b.file ?? '') ||
      (a.startLine ?? 0) - (b.startLine ?? 0),
  );
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export interface AnnotateResult {
  emitted: Record<AnnotationLevel, number>;
  omitted: Record<AnnotationLevel, number>;
}

/**
 * Emits the worst annotations per level within `limits` and one log line per
 * level saying how many were left out (and where to find them).
 * `alreadyLeftOut` counts annotations the caller chose not to build at all
 * (it pre-selected the worst from a very large set); they are reported too.
 */
export function annotate(
  annotations: readonly Annotation[],
  limits: AnnotationLimits = STEP_ANNOTATION_LIMITS,
  elsewhere = 'the job summary',
  alreadyLeftOut: Partial<Record<AnnotationLevel, number>> = {},
): AnnotateResult {
  const emitted = { error: 0, warning: 0, notice: 0 };
  const omitted = {
    error: alreadyLeftOut.error ?? 0,
    warning: alreadyLeftOut.warning ?? 0,
    notice: alreadyLeftOut.notice ?? 0,
  };
  for (const annotation of sortWorstFirst(annotations)) {
    if (emitted[annotation.level] >= limits[annotation.level]) {
      omitted[annotation.level]++;
      continue;
    }
    emitted[annotation.level]++;
    const properties: core.AnnotationProperties = {
      title: annotation.title,
      file: annotation.file,
      startLine: annotation.startLine,
      endLine: annotation.endLine,
      // GitHub ignores columns on multi-line annotations.
      startColumn:
        annotation.endLine && annotation.endLine !== annotation.startLine ? undefined : annotation.startColumn,
      endColumn: annotation.endLine && annotation.endLine !== annotation.startLine ? undefined : annotation.endColumn,
    };
    core[annotation.level](capText(annotation.message, ANNOTATION_MESSAGE_CHARS, `all of it is in ${elsewhere}`), {
      ...properties,
      ...(properties.title === undefined ? {} : { title: capText(properties.title, ANNOTATION_TITLE_CHARS) }),
    });
  }
  for (const level of ['error', 'warning', 'notice'] as const) {
    if (omitted[level] > 0) {
      core.info(
        `${omitted[level]} more ${level}${omitted[level] === 1 ? '' : 's'} not annotated (GitHub shows at most ${limits[level]} per step); see ${elsewhere}.`,
      );
    }
  }
  return { emitted, omitted };
}
