/**
 * Regular expressions of assertions, run within a time budget. JavaScript's engine backtracks: `/^(A+)+$/` on a
 * long "AAAA…B" never finishes, and it would block the event loop (every other probe and timer) while it runs.
 * Patterns are therefore tested in one worker thread; a test that gets no answer within its budget (what is left
 * of the check's timeout) resolves `undefined` and the worker is terminated, which stops the match, and started
 * again for the tests still waiting. JavaScript's own syntax and semantics are kept (lookaround, backreferences,
 * flags): a linear-time engine such as RE2 would refuse them.
 *
 * The worker is started on the first check that has a pattern, before its request is sent, so its start-up is
 * not charged to a budget; it never keeps the process alive while nothing waits for it.
 */
import type { Worker } from 'node:worker_threads';

// A script, not a module file: nothing to bundle beside the action, and no import in the worker.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const compiled = new Map();
parentPort.on('message', ({ id, source, flags, text }) => {
  const key = flags + '/' + source;
  let regex = compiled.get(key);
  if (!regex) {
    regex = new RegExp(source, flags);
    if (compiled.size < 256) compiled.set(key, regex);
  }
  regex.lastIndex = 0;
  parentPort.postMessage({ id, matched: regex.test(text) });
});
`;

interface Job {
  id: number;
  source: string;
  flags: string;
  text: string;
  budgetMs: number;
  resolve: (matched: boolean | undefined) => void;
  /** Set once the job is first handed to a running worker: the budget runs from there. */
  timer: NodeJS.Timeout | undefined;
}

export class RegexRunner {
  #worker: Worker | undefined;
  #online: Promise<void> | undefined;
  readonly #jobs = new Map<number, Job>();
  #nextId = 1;
  #closed = false;

  /** Starts the worker now (ahead of the first test), so its start-up is not counted in a test's budget. */
  warm(): void {
    if (!this.#closed) this.#start();
  }

  /** Tests `regex` on `text`; undefined when no answer came within `budgetMs` (or the runner was closed). */
  test(regex: RegExp, text: string, budgetMs: number): Promise<boolean | undefined> {
    if (this.#closed) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const job: Job = {
        id: this.#nextId++,
        source: regex.source,
        flags: regex.flags,
        text,
        budgetMs: Math.max(1, budgetMs),
        resolve,
        timer: undefined,
      };
      this.#jobs.set(job.id, job);
      this.#start().ref();
      this.#send(job);
    });
  }

  /** Stops the worker; tests still waiting resolve undefined. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const job of [...this.#jobs.values()]) this.#finish(job, undefined);
    const worker = this.#worker;
    this.#worker = undefined;
    this.#online = undefined;
    await worker?.terminate();
  }

  #start(): Worker {
    if (this.#worker) return this.#worker;
    // worker_threads on first use: a run whose checks have no regex never loads it.
    const { Worker } = process.getBuiltinModule('node:worker_threads');
    const worker = new Worker(WORKER_SOURCE, { eval: true });
    this.#worker = worker;
    this.#online = new Promise((resolve) => worker.once('online', resolve));
    worker.unref();
    worker.on('message', ({ id, matched }: { id: number; matched: boolean }) => {
      const job = this.#jobs.get(id);
      if (job) this.#finish(job, matched);
    });
    const lost = () => {
      if (this.#worker !== worker) return;
      this.#worker = undefined;
      // The worker died under the jobs (out of memory, say): they get no answer, as on a timeout.
      for (const job of [...this.#jobs.values()]) this.#finish(job, undefined);
    };
    worker.on('error', lost);
    worker.on('exit', lost);
    return worker;
  }

  #send(job: Job): void {
    const worker = this.#start();
    const online = this.#online!;
    void online.then(() => {
      if (this.#worker !== worker || !this.#jobs.has(job.id)) return;
      worker.postMessage({ id: job.id, source: job.source, flags: job.flags, text: job.text });
      job.timer ??= setTimeout(() => this.#expire(job), job.budgetMs);
    });
  }

  #finish(job: Job, matched: boolean | undefined): void {
    if (!this.#jobs.delete(job.id)) return;
    if (job.timer) clearTimeout(job.timer);
    job.resolve(matched);
    if (this.#jobs.size === 0) this.#worker?.unref();
  }

  /** Out of time: stop the match by terminating the worker, and hand the other jobs to a new one. */
  #expire(job: Job): void {
    if (!this.#jobs.has(job.id)) return;
    const worker = this.#worker;
    this.#worker = undefined;
    this.#online = undefined;
    void worker?.terminate();
    this.#finish(job, undefined);
    if (this.#closed) return;
    if (this.#jobs.size === 0) return;
    this.#start().ref();
    for (const waiting of this.#jobs.values()) this.#send(waiting);
  }
}
