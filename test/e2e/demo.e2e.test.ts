/**
 * The README's main job end to end: `bash scripts/demo.sh` as a newcomer runs it (with shorter watch windows), then
 * what it promises: every step behaved as expected, the provoked failures included; no process it started is left
 * (nginx, HAProxy and their workers, the sample service's slots, wrk); and its report, opened in headless Chromium
 * from Debian's package, loads with no console error and shows every step. The screenshots are left in
 * .tmp/demo-e2e/ (demo-report.png, the whole page; demo-report-top.png, its first screen) for a person to look at.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../harness/index.ts';
import { chromiumAvailable, CHROMIUM_BINARY, openPage, type Page } from './chromium.ts';

const OUT = path.join(REPO_ROOT, '.tmp', 'demo-e2e');
const DEMO_TIMEOUT_MS = 200_000;

interface Step {
  stage: string;
  title: string;
  action?: string;
  expected: string;
  result: string;
  ok: boolean;
  figures: string[];
}

let tmp: string;
let demo: { status: number | null; output: string; ms: number };
let steps: Step[];

function runDemo(env: Record<string, string>): Promise<{ status: number | null; output: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('bash', ['scripts/demo.sh'], { cwd: REPO_ROOT, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGINT'), DEMO_TIMEOUT_MS);
    child.once('close', (status) => {
      clearTimeout(timer);
      resolve({ status, output, ms: performance.now() - started });
    });
  });
}

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  // The demo's run directory (sockets, pid files, nginx's prefix, wrk's script) is made under TMPDIR: a marker
  // on the command line of every process it starts.
  tmp = mkdtempSync(path.join(os.tmpdir(), 'demo-e2e-'));
  demo = await runDemo({ DEMO_OUT: OUT, DEMO_WATCH: '3s', DEMO_VERIFY: '2s', TMPDIR: tmp });
  process.stdout.write(`demo: exit ${demo.status} after ${(demo.ms / 1000).toFixed(0)} s\n`);
  steps = existsSync(path.join(OUT, 'timeline.json'))
    ? (JSON.parse(readFileSync(path.join(OUT, 'timeline.json'), 'utf8')) as Step[])
    : [];
}, DEMO_TIMEOUT_MS + 30_000);

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('bash scripts/demo.sh', () => {
  test('exits 0 with every step as expected, the provoked failures included', () => {
    if (demo.status !== 0) process.stdout.write(demo.output);
    expect(demo.status).toBe(0);
    expect(steps.filter((step) => !step.ok)).toEqual([]);
    const outcome = (stage: string, action: string) =>
      steps.filter((step) => step.stage === stage && step.action === action).map((step) => step.result);
    expect(outcome('CI', 'quality-gate')).toEqual(['pass']);
    expect(outcome('CI', 'coverage-gate')).toEqual(['pass']);
    expect(outcome('CI · change', 'quality-gate')).toEqual(['fail']);
    for (const stage of ['CD · nginx', 'CD · HAProxy']) {
      expect(outcome(stage, 'blue-green-deploy')).toEqual(['promoted', 'promoted', 'switched-back']);
      expect(outcome(stage, 'smoke-test')).toEqual(['passed']);
      expect(outcome(stage, 'rollback')).toEqual(['rolled-back']);
      // wrk ran through every switch: the failed-request count is part of the figures, and it is 0.
      for (const step of steps.filter((entry) => entry.stage === stage && entry.title.includes('under load'))) {
        expect(step.figures).toContainEqual(expect.stringMatching(/^0 of [\d,]+ requests failed$/));
      }
    }
    // The printed timeline ends the output, with the report's path.
    expect(demo.output).toMatch(/Every step behaved as expected/);
    expect(demo.output).toContain(path.join(OUT, 'demo-report.html'));
  });

  test('leaves no process running: proxies and their workers, slots, wrk', () => {
    const pgrep = spawnSync('pgrep', ['-af', tmp], { encoding: 'utf8' });
    expect(pgrep.stdout.trim()).toBe('');
    const record = JSON.parse(readFileSync(path.join(OUT, 'processes.json'), 'utf8')) as {
      started: Record<string, string>;
      survivors: unknown[];
    };
    const commands = Object.values(record.started).join('\n');
    // It did start them: nginx (master and workers), HAProxy, the slots of the sample service, wrk.
    expect(commands).toMatch(/nginx: master process/);
    expect(commands).toMatch(/nginx: worker process/);
    expect(commands).toMatch(/haproxy/);
    expect(commands).toMatch(/-m sample_service --listen/);
    expect(commands).toMatch(/wrk /);
    expect(record.survivors).toEqual([]);
    for (const [pid, command] of Object.entries(record.started)) {
      const now = /^(\S+)\s+(.*)$/.exec(
        spawnSync('ps', ['-o', 'stat=,args=', '-p', pid], { encoding: 'utf8' }).stdout.trim(),
      );
      // Gone, or a zombie, or the pid reused by another command since.
      if (now && !now[1]!.startsWith('Z')) expect(now[2]).not.toBe(command);
    }
  });
});

describe('the report in headless Chromium', () => {
  let page: Page;
  beforeAll(async () => {
    if (!chromiumAvailable()) {
      throw new Error(`${CHROMIUM_BINARY} not found: apt-get install chromium (scripts/apt-packages.txt)`);
    }
    page = await openPage(`file://${path.join(OUT, 'demo-report.html')}`);
  }, 60_000);
  afterAll(async () => {
    await page?.close();
  });

  test('loads with no console error, shows every step with its summary, and the timeline picture', async () => {
    expect(page.problems).toEqual([]);
    const shown = await page.evaluate<{ head: string; visible: boolean; summary: number }[]>(
      `[...document.querySelectorAll('section.step')].map((section) => ({
        head: section.querySelector('.step-head').innerText,
        visible: section.getBoundingClientRect().height > 0,
        summary: section.querySelector('.markdown-body').innerText.trim().length,
      }))`,
    );
    expect(shown).toHaveLength(steps.length);
    shown.forEach((section, index) => {
      expect(section.head).toContain(steps[index]!.title);
      expect(section.head).toContain(steps[index]!.result);
      expect(section.visible).toBe(true);
      expect(section.summary).toBeGreaterThan(20);
    });
    // The timeline as a picture: one bar per step, each linking to its summary.
    const bars = await page.evaluate<string[]>(
      `[...document.querySelectorAll('svg a')].filter((a) => a.querySelector('rect')).map((a) => a.getAttribute('href'))`,
    );
    expect(bars).toEqual(steps.map((_, index) => `#step-${index + 1}`));
    // Markdown rendered, not shown as source: tables, and no stray pipes or ## at line starts.
    expect(await page.evaluate<number>(`document.querySelectorAll('.markdown-body table').length`)).toBeGreaterThan(
      steps.length,
    );
    const text = await page.evaluate<string>(`document.querySelector('main').innerText`);
    expect(text).not.toMatch(/^\s*(\||#{2,} )/m);
    // The whole page, and its first screen (the timeline picture and the steps table) for a person to look at.
    await page.screenshot(path.join(OUT, 'demo-report.png'));
    await page.screenshot(path.join(OUT, 'demo-report-top.png'), { y: 0, height: 1800 });
    expect(page.problems).toEqual([]);
  });
});
