/** One action step of the demo: run through the runner harness as the tests run it, judged, recorded. */
import { runBundledAction, type RunActionResult, type WorkflowEvent } from '../../test/harness/index.ts';
import type { Step, Timeline } from './timeline.ts';

/** Outcomes with which the runner marks the step failed (exit 1). */
const FAILING = new Set(['fail', 'failed', 'switched-back']);

export interface ActionStep {
  stage: string;
  title: string;
  /** A directory under actions/. */
  action: string;
  /** The step's `with:`. */
  inputs: Record<string, string | undefined>;
  /** GITHUB_WORKSPACE (default: a fresh one). */
  workspace?: string;
  event?: WorkflowEvent;
  /** The outcome the demo provokes. */
  expected: string;
  /** The outcome (from the step's outputs) and the figures worth showing. */
  judge(run: RunActionResult): { result: string; figures: string[] };
}

/** A step that could not run: the stage stops there, the demo goes on with the next one. */
export class StepError extends Error {
  readonly step: Step;
  constructor(step: Step) {
    super(`${step.stage}: ${step.title}: ${step.figures.join('; ')}`);
    this.step = step;
  }
}

export interface StepRun {
  step: Step;
  run: RunActionResult;
}

/** Runs the action and records the step. */
export async function runActionStep(timeline: Timeline, spec: ActionStep): Promise<StepRun> {
  const done = await runAction(timeline, spec);
  timeline.record(done.step);
  return done;
}

/**
 * Runs the action and judges it, for the caller to record (after adding figures of its own). It behaved as expected
 * when its outcome is the expected one and its exit code is the one the runner acts on (1 for fail, failed and
 * switched-back, else 0). An action the harness cannot run at all is recorded at once, and a StepError thrown.
 */
export async function runAction(timeline: Timeline, spec: ActionStep): Promise<StepRun> {
  const startMs = timeline.now();
  let run: RunActionResult;
  try {
    run = await runBundledAction({
      action: spec.action,
      inputs: spec.inputs,
      workspace: spec.workspace,
      event: spec.event,
      timeoutMs: 120_000,
    });
  } catch (error) {
    // The harness could not run the action at all (a bundle missing while someone rebuilds it, say).
    const message = error instanceof Error ? error.message : String(error);
    throw new StepError(
      timeline.record({
        stage: spec.stage,
        title: spec.title,
        action: spec.action,
        expected: spec.expected,
        result: 'did not run',
        ok: false,
        startMs,
        endMs: timeline.now(),
        figures: [message],
        summary: `The harness could not run \`actions/${spec.action}\`: ${message}`,
        errors: [message],
      }),
    );
  }
  const { result, figures } = spec.judge(run);
  const exitExpected = FAILING.has(spec.expected) ? 1 : 0;
  const step: Step = {
    stage: spec.stage,
    title: spec.title,
    action: spec.action,
    expected: spec.expected,
    result: run.timedOut ? 'timed out' : result,
    ok: !run.timedOut && result === spec.expected && run.exitCode === exitExpected,
    startMs,
    endMs: timeline.now(),
    figures,
    summary: run.summary.trim() || '_This step wrote no job summary._',
    errors: run.errors.map((error) =>
      error.file ? `${error.file}${error.line ? `:${error.line}` : ''}: ${error.message}` : error.message,
    ),
  };
  return { step, run };
}
