// The main job, run locally (`bash scripts/demo.sh`, the README's first command): the seed pipeline of
// examples/workflows/ on the sample service of examples/sample-service/, every action run from its committed bundle
// through the runner harness (test/harness) as on GitHub.
//
//   CI  its lint (pylint), SAST (bandit), tests and coverage (pytest, coverage.py) made by the real tools, judged
//       by quality-gate and coverage-gate; then the same with a change that breaks the quality gate.
//   CD  on nginx, then HAProxy, on loopback: blue-green-deploy of v1.0.0, then v1.1.0 under wrk traffic; smoke-test
//       over a watch window; v1.2.0, whose regression fails verification and is switched back; rollback to v1.0.0.
//
// Prints the timeline, writes every step's job summary into <out>/demo-report.html (out: DEMO_OUT, default
// .tmp/demo), stops every process it started, and exits 0 when every step behaved as expected — the provoked
// failures included. DEMO_WATCH (smoke-test window, default 10s), DEMO_VERIFY (blue-green verification window,
// default 3s) and DEMO_TARGETS (default nginx,haproxy) shorten or narrow it.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { prepareRepository, runCdOn } from './demo/cd.ts';
import { runCiPass } from './demo/ci.ts';
import { ProcessWatch } from './demo/processes.ts';
import { renderReport } from './demo/report.ts';
import { readSettings } from './demo/settings.ts';
import { StepError } from './demo/steps.ts';
import { HEADER, Timeline } from './demo/timeline.ts';

const settings = readSettings();
// wrk's script and the harness's temp directories go under the run directory too: every process started has it
// on its command line or descends from one that has, so nothing escapes the clean-up.
process.env['TMPDIR'] = path.join(settings.runDir, 'tmp');
mkdirSync(process.env['TMPDIR'], { recursive: true });
const processes = new ProcessWatch(settings.runDir);
const timeline = new Timeline();
const date = new Date();

/** A stage stops at a step that could not run; the next stage still runs. */
async function stage(name: string, body: () => Promise<void>): Promise<void> {
  console.log(`\n── ${name}`);
  try {
    await body();
  } catch (error) {
    if (!(error instanceof StepError)) throw error;
    console.log(`   stage stopped: ${error.message}`);
  }
}

let cleaned: Promise<void> | undefined;
/** Stops whatever is still running, checks nothing survived, records it as the last step. */
function cleanUp(): Promise<void> {
  cleaned ??= (async () => {
    const startMs = timeline.now();
    processes.look();
    const leftovers = await processes.stopLeftovers();
    const survivors = processes.survivors();
    writeFileSync(
      path.join(settings.outDir, 'processes.json'),
      `${JSON.stringify({ runDir: settings.runDir, started: Object.fromEntries(processes.seen), leftovers, survivors }, null, 2)}\n`,
    );
    rmSync(settings.runDir, { recursive: true, force: true });
    const started = processes.seen.size;
    timeline.record({
      stage: 'Clean-up',
      title: 'stop every process started',
      by: 'the demo',
      expected: 'none left',
      result: survivors.length ? `${survivors.length} left` : 'none left',
      ok: survivors.length === 0 && leftovers.length === 0,
      startMs,
      endMs: timeline.now(),
      figures: [
        `${started} processes seen (proxies and their workers, slots, wrk)`,
        leftovers.length
          ? `${leftovers.length} still running at the end, stopped now`
          : 'all stopped by their own steps',
      ],
      summary: [
        '## Clean-up',
        '',
        `Processes started by the demo (nginx or HAProxy and their workers, the slots of the sample service, wrk): ${started}.`,
        '',
        '| Process | Command |',
        '| ---: | --- |',
        ...[...processes.seen].map(([pid, command]) => `| ${pid} | \`${command.replace(/\|/g, '\\|')}\` |`),
        '',
        survivors.length
          ? `**Still running:** ${survivors.map((process) => process.pid).join(', ')}`
          : leftovers.length
            ? `${leftovers.length} were still running at the end and were stopped here: ${leftovers.map((process) => `\`${process.command}\``).join(', ')}.`
            : 'Each was stopped by the step that owns it (the slots by their stop command, the proxies by a signal); none was left.',
      ].join('\n'),
      errors: survivors.map((process) => `still running: ${process.pid} ${process.command}`),
    });
  })();
  return cleaned;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.log(`\n${signal}: cleaning up`);
    void cleanUp().finally(() => process.exit(130));
  });
}

console.log(`pipeline-actions demo — output in ${path.relative(process.cwd(), settings.outDir) || '.'}`);
console.log(HEADER);
try {
  await stage('CI: examples/workflows/ci.yml on examples/sample-service', async () => {
    await runCiPass(timeline, settings, { stage: 'CI', expect: { quality: 'pass', coverage: 'pass' } });
  });
  await stage('CI again, with a change that breaks a gate (changes/pr-nightly-export)', async () => {
    await runCiPass(timeline, settings, {
      stage: 'CI · change',
      change: 'pr-nightly-export',
      expect: { quality: 'fail', coverage: 'pass' },
    });
  });
  const built = prepareRepository(settings.runDir);
  for (const kind of settings.targets) {
    await stage(`CD: examples/workflows/cd.yml behind ${kind} on loopback`, () =>
      runCdOn(kind, timeline, settings, built, () => processes.look()),
    );
  }
} finally {
  await cleanUp();
}

const report = path.join(settings.outDir, 'demo-report.html');
const last = timeline.steps.at(-1)!;
writeFileSync(
  report,
  renderReport(timeline.steps, {
    date,
    durationMs: timeline.now(),
    ok: timeline.ok,
    cleanup: `${last.title}: ${last.result} (${last.figures.join('; ')}).`,
  }),
);
writeFileSync(path.join(settings.outDir, 'timeline.json'), `${JSON.stringify(timeline.steps, null, 2)}\n`);
// Each step's summary also as Markdown: <out>/summaries/07-blue-green-deploy.md.
const summaries = path.join(settings.outDir, 'summaries');
rmSync(summaries, { recursive: true, force: true });
mkdirSync(summaries);
timeline.steps.forEach((step, index) => {
  const name = `${String(index + 1).padStart(2, '0')}-${(step.action ?? step.title).replace(/[^a-z0-9]+/gi, '-')}.md`;
  writeFileSync(path.join(summaries, name), `${step.summary}\n`);
});

console.log(`\nTimeline\n${timeline.text()}`);
const unexpected = timeline.steps.filter((step) => !step.ok);
console.log(
  unexpected.length
    ? `\n${unexpected.length} step(s) did not behave as expected: ${unexpected.map((step) => `${step.stage} · ${step.title}`).join('; ')}.`
    : `\nEvery step behaved as expected, the provoked failures included (${(timeline.now() / 1000).toFixed(0)} s).`,
);
console.log(`Report: ${report}`);
process.exitCode = unexpected.length ? 1 : 0;
