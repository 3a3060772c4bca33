/**
 * The top level of every action: any thrown error or unhandled rejection becomes
 * exactly one `::error::` line and exit code 1. A stack trace is printed only
 * when the workflow runs with debug logging (RUNNER_DEBUG=1).
 */
import path from 'node:path';
import * as core from '@actions/core';
import { ANNOTATION_MESSAGE_CHARS, capText } from './annotations.ts';
import { FileError, isUserFacing } from './errors.ts';

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
  if (error instanceof FileError) {
    const workspace = process.env['GITHUB_WORKSPACE'];
    const file = workspace ? path.relative(workspace, path.resolve(workspace, error.file)) : error.file;
    const inside = !file.startsWith('..') && !path.isAbsolute(file);
    core.error(
      text,
      inside ? { file: file.split(path.sep).join('/'), startLine: error.line, startColumn: error.column } : {},
    );
  } else {
    core.error(text);
  }
  if (process.env['RUNNER_DEBUG'] === '1' && error instanceof Error && error.stack) {
    process.stdout.write(`${error.stack}\n`);
  }
}

/**
 * Runs `main` as the action's body. Resolves when it is done; the exit code is
 * set through `process.exitCode` so pending output is flushed.
 */
export async function runAction(main: () => Promise<void>): Promise<void> {
  process.on('unhandledRejection', (reason) => {
    reportFailure(reason);
    process.exit(1);
  });
  process.on('uncaughtException', (error) => {
    reportFailure(error);
    process.exit(1);
  });
  try {
    await main();
  } catch (error) {
    reportFailure(error);
  }
}
