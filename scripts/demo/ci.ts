/**
 * The CI half, as examples/workflows/ci.yml composes it: the sample service's lint (pylint), security scan
 * (bandit), tests and coverage (pytest under coverage.py) made by the real tools, then quality-gate and
 * coverage-gate on those reports with the seed pipeline's policy.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RunActionResult } from '../../test/harness/index.ts';
import { SAMPLE_DIR, type DemoSettings } from './settings.ts';
import { runActionStep } from './steps.ts';
import { formatNumber, seconds, type Timeline } from './timeline.ts';

/** The seed pipeline's coverage floor (lines, percent). */
export const COVERAGE_MIN_LINES = 85;

export interface CiPass {
  stage: string;
  /** A directory of examples/sample-service/changes/ laid over the sources: the change under review. */
  change?: string;
  /** The decisions this pass provokes. */
  expect: { quality: 'pass' | 'fail'; coverage: 'pass' | 'fail' };
}

/** The sample's sources, tests and lint/coverage configuration, with a change laid over them. */
export function prepareWorkspace(dir: string, change?: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'reports', 'junit'), { recursive: true });
  for (const entry of ['sample_service', 'tests', '.pylintrc', '.coveragerc']) {
    cpSync(path.join(SAMPLE_DIR, entry), path.join(dir, entry), { recursive: true });
  }
  if (change) cpSync(path.join(SAMPLE_DIR, 'changes', change), dir, { recursive: true });
}

interface ToolRun {
  tool: string;
  command: string[];
  /** Exit codes that mean "ran and reported" (findings or failed tests included). */
  okCodes: number[];
  report: string;
  /** The report is the tool's stdout. */
  stdoutIsReport?: boolean;
  status?: number | null;
  stderr?: string;
  ms?: number;
}

function run(tool: ToolRun, cwd: string): Promise<ToolRun> {
  const started = performance.now();
  return new Promise((resolve) => {
    const [command, ...args] = tool.command as [string, ...string[]];
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    const done = (status: number | null, error?: Error) => {
      clearTimeout(timer);
      if (tool.stdoutIsReport && status !== null) writeFileSync(path.join(cwd, tool.report), stdout);
      resolve({ ...tool, status, stderr: error ? error.message : stderr, ms: performance.now() - started });
    };
    child.once('error', (error) => done(null, error));
    child.once('close', (status) => done(status));
  });
}

/** Runs pylint, bandit and pytest under coverage.py side by side; each writes its report into reports/. */
async function makeReports(workspace: string, python: string): Promise<ToolRun[]> {
  const tools: ToolRun[] = [
    {
      tool: 'pylint',
      command: [python, '-m', 'pylint', '--rcfile=.pylintrc', '--output-format=json', 'sample_service', 'tests'],
      // pylint's exit code is a bit mask of the kinds of message it gave: 1 is fatal (it could not check), 32 a usage
      // error; the others are findings.
      okCodes: Array.from({ length: 16 }, (_, half) => half * 2),
      report: 'reports/pylint.json',
      stdoutIsReport: true,
    },
    {
      tool: 'bandit',
      command: [python, '-m', 'bandit', '-q', '-r', 'sample_service', '-f', 'json', '-o', 'reports/bandit.json'],
      okCodes: [0, 1],
      report: 'reports/bandit.json',
    },
    {
      tool: 'pytest + coverage.py',
      command: [
        python,
        '-m',
        'coverage',
        'run',
        '-m',
        'pytest',
        '-q',
        '-p',
        'no:cacheprovider',
        '--junitxml=reports/junit/pytest.xml',
        'tests',
      ],
      okCodes: [0, 1],
      report: 'reports/junit/pytest.xml',
    },
  ];
  const runs = await Promise.all(tools.map((tool) => run(tool, workspace)));
  const json = await run(
    {
      tool: 'coverage.py',
      command: [python, '-m', 'coverage', 'json', '-q', '-o', 'reports/coverage.json'],
      okCodes: [0],
      report: 'reports/coverage.json',
    },
    workspace,
  );
  return [...runs, json];
}

function reportFigures(workspace: string): {
  tests: string;
  lint: number;
  sast: Record<string, number>;
  lines: string;
} {
  const at = (file: string) => path.join(workspace, file);
  const junit = existsSync(at('reports/junit/pytest.xml')) ? readFileSync(at('reports/junit/pytest.xml'), 'utf8') : '';
  const attr = (name: string) => Number(new RegExp(`<testsuite[^>]* ${name}="(\\d+)"`).exec(junit)?.[1] ?? 0);
  const failed = attr('failures') + attr('errors');
  const pylint = JSON.parse(readFileSync(at('reports/pylint.json'), 'utf8') || '[]') as unknown[];
  const bandit = JSON.parse(readFileSync(at('reports/bandit.json'), 'utf8')) as {
    results: { issue_severity: string }[];
  };
  const sast: Record<string, number> = {};
  for (const result of bandit.results) {
    const severity = result.issue_severity.toLowerCase();
    sast[severity] = (sast[severity] ?? 0) + 1;
  }
  const coverage = JSON.parse(readFileSync(at('reports/coverage.json'), 'utf8')) as {
    totals: { percent_covered_display: string };
  };
  return {
    tests: `${attr('tests') - failed}/${attr('tests')} tests passed`,
    lint: pylint.length,
    sast,
    lines: `${coverage.totals.percent_covered_display} %`,
  };
}

const severities = (counts: Record<string, number>) =>
  Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([severity, n]) => `${n} ${severity}`)
    .join(', ') || 'none';

export async function runCiPass(timeline: Timeline, settings: DemoSettings, pass: CiPass): Promise<void> {
  const slug = pass.change ?? 'main';
  const workspace = path.join(settings.outDir, 'ci', slug);
  prepareWorkspace(workspace, pass.change);

  const startMs = timeline.now();
  const tools = await makeReports(workspace, settings.python);
  const broken = tools.filter(
    (tool) => tool.status === null || tool.status === undefined || !tool.okCodes.includes(tool.status),
  );
  let figures: ReturnType<typeof reportFigures> | undefined;
  try {
    if (broken.length === 0) figures = reportFigures(workspace);
  } catch (error) {
    broken.push({ ...tools[0]!, tool: 'reading the reports', stderr: (error as Error).message, status: null });
  }
  const rows = tools.map(
    (tool) =>
      `| ${tool.tool} | \`python3 ${tool.command.slice(1).join(' ')}\` | ${tool.status ?? 'did not run'} | \`${tool.report}\` | ${seconds(tool.ms ?? 0)} |`,
  );
  timeline.record({
    stage: pass.stage,
    title: pass.change ? 'reports, with the change' : 'reports: pylint, bandit, pytest',
    by: 'pylint, bandit, pytest, coverage.py',
    expected: 'made',
    result: broken.length ? 'tool failed' : 'made',
    ok: broken.length === 0,
    startMs,
    endMs: timeline.now(),
    figures: figures
      ? [`pylint ${figures.lint}`, `bandit ${severities(figures.sast)}`, figures.tests, `coverage.py ${figures.lines}`]
      : broken.map(
          (tool) =>
            `${tool.tool} ${tool.status === null ? 'failed' : `exited ${tool.status}`}: ${(tool.stderr ?? '').trim().split('\n').pop()}`,
        ),
    summary: [
      '## Reports',
      '',
      pass.change
        ? `The sample service with the change \`changes/${pass.change}\` laid over it, checked by the real tools (${settings.python}).`
        : `The sample service (\`examples/sample-service\`), checked by the real tools (${settings.python}).`,
      '',
      '| Tool | Command | Exit code | Report | Time |',
      '| --- | --- | ---: | --- | ---: |',
      ...rows,
    ].join('\n'),
    errors: broken.map((tool) => `${tool.tool}: ${tool.stderr ?? ''}`.trim()),
  });
  if (broken.length) return;

  await runActionStep(timeline, {
    stage: pass.stage,
    title: 'quality-gate (lint 0, SAST 0 high)',
    action: 'quality-gate',
    inputs: {
      reports: 'reports/pylint.json\nreports/bandit.json\nreports/junit/*.xml',
      'check-run': 'false',
    },
    workspace,
    expected: pass.expect.quality,
    judge: judgeQuality,
  });
  await runActionStep(timeline, {
    stage: pass.stage,
    title: `coverage-gate (lines ≥ ${COVERAGE_MIN_LINES} %)`,
    action: 'coverage-gate',
    inputs: { reports: 'reports/coverage.json', lines: String(COVERAGE_MIN_LINES), comment: 'false' },
    workspace,
    expected: pass.expect.coverage,
    judge: judgeCoverage,
  });
}

function judgeQuality(run: RunActionResult): { result: string; figures: string[] } {
  const counts = JSON.parse(run.outputs['counts'] || '{}') as {
    bySeverity?: Record<string, number>;
    tests?: { tests: number; passed: number };
  };
  const figures = [`findings: ${severities(counts.bySeverity ?? {})}`];
  if (counts.tests) figures.push(`tests ${counts.tests.passed}/${counts.tests.tests}`);
  const breach = run.errors.find((error) => error.message.startsWith('Quality gate failed'));
  if (breach) figures.push(breach.message.replace(/^Quality gate failed: /, ''));
  return { result: run.outputs['decision'] ?? 'no decision', figures };
}

function judgeCoverage(run: RunActionResult): { result: string; figures: string[] } {
  const figures: string[] = [];
  const lines = run.outputs['lines'];
  if (lines) figures.push(`lines ${formatNumber(Number(lines), 1)} % (min ${COVERAGE_MIN_LINES} %)`);
  if (run.outputs['branches']) figures.push(`branches ${formatNumber(Number(run.outputs['branches']), 1)} %`);
  return { result: run.outputs['decision'] ?? 'no decision', figures };
}
