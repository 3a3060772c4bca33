/** The demo's steps as they happen: what ran, what was expected, what happened, the figures that tell. */

export interface Step {
  /** 'CI', 'CI · change', 'CD · nginx', 'CD · HAProxy'. */
  stage: string;
  /** What the step does, e.g. 'deploy 1.1.0 under load'. */
  title: string;
  /** The action run through the harness; absent for a step the demo runs itself, which `by` names. */
  action?: string;
  by?: string;
  /** The outcome the demo provokes: 'pass', 'fail', 'promoted', 'switched-back'… */
  expected: string;
  /** The outcome it got. */
  result: string;
  /** The step behaved as expected (a provoked failure that failed is ok). */
  ok: boolean;
  /** Milliseconds since the demo started. */
  startMs: number;
  endMs: number;
  /** Key figures, each short: 'lines 95.7 %', '0 of 2,314 requests failed'. */
  figures: string[];
  /** The step's job summary (Markdown), as GitHub would show it. */
  summary: string;
  /** The `::error::` messages of the step. */
  errors: string[];
}

/** The column heads of the printed timeline. */
export const HEADER = `${'start'.padStart(7)}    ${'stage'.padEnd(14)}${'step'.padEnd(36)}${'result'.padEnd(27)}key figures`;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function formatNumber(value: number, digits = 0): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export class Timeline {
  readonly steps: Step[] = [];
  private readonly started = performance.now();

  /** Milliseconds since the demo started. */
  now(): number {
    return performance.now() - this.started;
  }

  /** Adds a finished step and prints its line. */
  record(step: Step): Step {
    this.steps.push(step);
    console.log(line(step));
    return step;
  }

  get ok(): boolean {
    return this.steps.length > 0 && this.steps.every((step) => step.ok);
  }

  /** The whole timeline as a text table. */
  text(): string {
    return [HEADER, ...this.steps.map(line)].join('\n');
  }
}

/** What the result column says: the outcome, and whether it was the one provoked. */
export function resultText(step: Step): string {
  if (!step.ok) return `${step.result} (expected ${step.expected})`;
  return step.expected === step.result && /fail|switched-back/.test(step.result)
    ? `${step.result} (provoked)`
    : step.result;
}

function line(step: Step): string {
  const mark = step.ok ? '✓' : '✗';
  const title = step.title.length > 35 ? `${step.title.slice(0, 34)}…` : step.title;
  const result = resultText(step);
  return `${seconds(step.startMs).padStart(7)}  ${mark} ${step.stage.padEnd(14)}${title.padEnd(36)}${result.padEnd(26)} ${step.figures.join(' · ')}`;
}

export { seconds };
