/**
 * The timeline of a deploy or rollback: every phase with its start, duration, outcome and one line of detail.
 * Written as JSON for the `timeline-path` output and shown in the job summary.
 */
export interface TimelineEntry {
  phase: string;
  startedAt: string;
  durationMs: number;
  outcome: 'ok' | 'failed' | 'skipped';
  detail: string;
}

export class Timeline {
  readonly entries: TimelineEntry[] = [];
  readonly #onEntry: ((entry: TimelineEntry) => void) | undefined;

  constructor(onEntry?: (entry: TimelineEntry) => void) {
    this.#onEntry = onEntry;
  }

  /** Runs `body` as phase `phase`; the entry is failed when it throws (and the error goes on). */
  async step<T>(
    phase: string,
    body: () => Promise<T>,
    describe: (value: T) => { ok: boolean; detail: string },
  ): Promise<T> {
    const startedAt = new Date();
    const started = performance.now();
    try {
      const value = await body();
      const { ok, detail } = describe(value);
      this.#add({
        phase,
        startedAt: startedAt.toISOString(),
        durationMs: performance.now() - started,
        outcome: ok ? 'ok' : 'failed',
        detail,
      });
      return value;
    } catch (error) {
      this.#add({
        phase,
        startedAt: startedAt.toISOString(),
        durationMs: performance.now() - started,
        outcome: 'failed',
        detail: (error as Error).message,
      });
      throw error;
    }
  }

  skip(phase: string, detail: string): void {
    this.#add({ phase, startedAt: new Date().toISOString(), durationMs: 0, outcome: 'skipped', detail });
  }

  #add(entry: TimelineEntry): void {
    entry.durationMs = Math.round(entry.durationMs);
    this.entries.push(entry);
    this.#onEntry?.(entry);
  }
}

/** The timeline as a Markdown table for a job summary. */
export function renderTimeline(
  entries: readonly TimelineEntry[],
  text: (value: string) => string = (value) => value,
): string {
  const icon = { ok: '✅', failed: '❌', skipped: '⏭️' } as const;
  const rows = entries.map(
    (entry) => `| ${icon[entry.outcome]} ${cell(entry.phase)} | ${entry.durationMs} ms | ${cell(text(entry.detail))} |`,
  );
  return ['| Phase | Took | Detail |', '| --- | ---: | --- |', ...rows].join('\n');
}

function cell(value: string): string {
  return value.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** A timeline's entries as log lines (`✓ switch to green (42 ms): …`), details masked. */
export function timelineLogger(
  write: (line: string) => void,
  redact: (text: string) => string,
): (entry: TimelineEntry) => void {
  const icon = { ok: '✓', failed: '✗', skipped: '–' } as const;
  return (entry) => write(`${icon[entry.outcome]} ${entry.phase} (${entry.durationMs} ms): ${redact(entry.detail)}`);
}
