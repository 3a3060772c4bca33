/**
 * The top level of every action: any thrown error or unhandled rejection becomes
 * exactly one `::error::` line and exit code 1. A stack trace is printed only
 * when the workflow runs with debug logging (RUNNER_DEBUG=1).
 */
import path from 'node:path';
import * as core from '@actions/core';
import { ANNOTATION_MESSAGE_CHARS, capText } from './annotations.ts';
import { isUserFacing, UserError } from './errors.ts';

let reported = false;

/** Writes the single error annotation for `error`; later calls are ignored. */
export function reportFailure(error: unknown): void {
  if (reported) return;
  reported = true;
  process.exitCode = 1;
  const message = error instanceof Error ? error.message : String(error);
  // A message may quote what a report or a service said: one annotation, of a readable length.
  const text = capText(
    isUserFacing(error) || !(error instanceof Error) ? message : `Unexpected error: ${message}`,
    ANNOTATION_MESSAGE_CHARS,
  );
  const place = error instanceof UserError ? error.place : {};
  if (place.file !== undefined) {
    const workspace = process.env['GITHUB_WORKSPACE'];
    const file = workspace ? path.relative(workspace, path.resolve(workspace, place.file)) : place.file;
    const inside = !file.startsWith('..') && !path.isAbsolute(file);
    core.error(
      text,
      inside ? { file: file.split(path.sep).join('/'), startLine: place.line, startColumn: place.column } : {},
    );
  } else {
    core.error(text);
  }
  if (process.env['RUNNER_DEBUG'] === '1' && error instanceof Error && error.stack) {
    process.stdout.write(`${error.stack}\n`);
  }
}

/** The output a workflow reads to learn how the run went, and its value for a run that did not succeed. */
export interface Verdict {
  output: string;
  failing: string;
}

let verdict: (Verdict & { written: boolean }) | undefined;

/**
 * Sets the action's verdict output. A failure thrown after it keeps the value written (a deploy that switched
 * back says so); without it, any thrown error leaves the verdict's failing value.
 */
export function setVerdict(value: string): void {
  if (verdict === undefined) throw new Error('setVerdict is called inside runAction with a verdict only');
  verdict.written = true;
  core.setOutput(verdict.output, value);
}

function failVerdict(): void {
  // A run that could not finish never leaves a verdict a workflow could read as a success.
  if (verdict !== undefined && !verdict.written) core.setOutput(verdict.output, verdict.failing);
}

/**
 * Runs `main` as the action's body. Resolves when it is done; the exit code is
 * set through `process.exitCode` so pending output is flushed. On any thrown error,
 * the `verdict` output gets its failing value unless `main` set it already.
 */
export async function runAction(action: Verdict, main: () => Promise<void>): Promise<void> {
  verdict = { ...action, written: false };
  process.on('unhandledRejection', (reason) => {
    failVerdict();
    reportFailure(reason);
    process.exit(1);
  });
  process.on('uncaughtException', (error) => {
    failVerdict();
    reportFailure(error);
    process.exit(1);
  });
  try {
    await main();
  } catch (error) {
    failVerdict();
    reportFailure(error);
  }
}
