import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { FAKE_GITHUB_TOKEN, REPO_ROOT, pullRequestEvent, runBundledAction } from '../index.ts';

/**
 * A throwaway action in plain JS (node builtins only) that reports what it was given and writes every kind of
 * runner file command, so the harness can be checked against what the runner does.
 */
const ACTION_YML = `name: Harness probe
description: Reports its environment
inputs:
  who:
    description: Someone to greet
    default: world
  max count:
    description: An input name with a space
    default: 3
  token:
    description: GitHub token
    default: \${{ github.token }}
  pr-number:
    description: PR number or none
    default: \${{ github.event.pull_request.number || 'none' }}
  mode:
    description: normal, sleep, fail
    default: normal
  no-default:
    description: Has no default
    required: true
outputs:
  env:
    description: JSON of the environment
runs:
  using: node24
  main: dist/index.js
`;

const INDEX_JS = `'use strict';
const fs = require('node:fs');
const { spawn } = require('node:child_process');
const env = process.env;
function output(name, value) {
  const delimiter = 'ghadelimiter_' + Math.random().toString(16).slice(2);
  fs.appendFileSync(env.GITHUB_OUTPUT, name + '<<' + delimiter + '\\n' + value + '\\n' + delimiter + '\\n');
}
const mode = env['INPUT_MODE'];
if (mode === 'daemon') {
  const leftover = spawn('sleep', ['60'], { stdio: 'ignore' });
  leftover.unref();
  fs.writeFileSync('leftover.pid', String(leftover.pid));
  return;
}
if (mode === 'sleep') {
  const grandchild = spawn('sleep', ['60'], { stdio: 'ignore' });
  fs.writeFileSync('grandchild.pid', String(grandchild.pid));
  process.stdout.write('sleeping\\n');
  setInterval(() => {}, 1000);
  return;
}
output('env', JSON.stringify(env));
output('node-version', process.version);
output('cwd', process.cwd());
output('event', fs.readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
fs.appendFileSync(env.GITHUB_OUTPUT, 'simple=a=b\\n');
fs.appendFileSync(env.GITHUB_STEP_SUMMARY, '## Probe\\n\\n| a | b |\\n|---|---|\\n| 1 | 2 |\\n');
fs.appendFileSync(env.GITHUB_ENV, 'EXPORTED=yes\\n');
fs.appendFileSync(env.GITHUB_STATE, 'started<<EOS\\n123\\nEOS\\n');
fs.appendFileSync(env.GITHUB_PATH, '/opt/probe/bin\\n');
console.log('token ' + env.INPUT_TOKEN);
console.log('::add-mask::s3cr3t');
console.log('the secret is s3cr3t');
console.log('::group::Details');
console.log('inside the group');
console.log('::endgroup::');
console.log('::warning file=src/w.ts,line=7::careful');
console.error('::notice title=FYI::from stderr');
console.log('::error file=src/a%2Cb.ts,line=3,col=1,endLine=4,endColumn=9,title=Bad%3A thing::first%0Asecond 100%25');
if (mode === 'big-summary') fs.appendFileSync(env.GITHUB_STEP_SUMMARY, 'x'.repeat(1024 * 1024));
if (mode === 'fail') {
  console.log('::error::Input \\'mode\\': asked to fail');
  process.exitCode = 1;
}
`;

/** An ESM "bundle" using the real @actions/core (its URL given in CORE_URL by the test). */
const TOOLKIT_JS = `const core = await import(process.env.CORE_URL);
const who = core.getInput('who', { required: true });
core.setOutput('greeting', 'hello ' + who + '\\nsecond line');
core.setOutput('json', { a: 1 });
core.exportVariable('MULTI', 'one\\ntwo');
core.saveState('k', 'v');
core.addPath('/opt/tool');
core.setSecret('hunter2');
core.startGroup('G');
core.info('inside');
core.endGroup();
core.error('bad: thing, 100%\\nnext', {
  file: 'src/x,y.ts', startLine: 3, endLine: 4, startColumn: 2, endColumn: 5, title: 'T: 1, really',
});
core.warning('w');
await core.summary.addHeading('Report').addTable([[{ data: 'a', header: true }], ['1']]).write();
core.setFailed('failed hard');
`;

let root: string;
let actionDir: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'harness-test-'));
  actionDir = path.join(root, 'probe');
  await mkdir(path.join(actionDir, 'dist'), { recursive: true });
  await writeFile(path.join(actionDir, 'action.yml'), ACTION_YML);
  await writeFile(path.join(actionDir, 'dist', 'index.js'), INDEX_JS);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** `gone`, or the state letter of /proc/<pid>/stat (R, S, Z...). */
function processState(pid: number): string {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0] as string;
  } catch {
    return 'gone';
  }
}

function childEnv(outputs: Record<string, string>): Record<string, string> {
  return JSON.parse(outputs.env as string) as Record<string, string>;
}

describe('runBundledAction', () => {
  it('runs the bundle on Node 24 in the workspace and fills action.yml defaults like the runner', async () => {
    const workspace = await mkdtemp(path.join(root, 'ws-'));
    const run = await runBundledAction({ actionDir, workspace, inputs: { 'no-default': 'given' } });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['node-version']).toMatch(/^v24\./);
    expect(run.outputs.cwd).toBe(workspace);
    const env = childEnv(run.outputs);
    expect(env.INPUT_WHO).toBe('world');
    // Spaces become underscores; hyphens stay.
    expect(env.INPUT_MAX_COUNT).toBe('3');
    expect(env['INPUT_NO-DEFAULT']).toBe('given');
    expect(env.INPUT_TOKEN).toBe(FAKE_GITHUB_TOKEN);
    // The default event is a push: no pull request, so the `||` fallback applies.
    expect(env['INPUT_PR-NUMBER']).toBe('none');
    expect(env.GITHUB_EVENT_NAME).toBe('push');
    expect(env.GITHUB_REF).toMatch(/^refs\/heads\//);
    expect(env.GITHUB_WORKSPACE).toBe(workspace);
    expect(env.GITHUB_ACTIONS).toBe('true');
    expect(env.CI).toBe('true');
    expect(env.RUNNER_OS).toBe('Linux');
    expect(env.RUNNER_ARCH).toBe('X64');
    expect(env.RUNNER_DEBUG).toBeUndefined();
    expect(env.GITHUB_HEAD_REF).toBe('');
    expect(env.GITHUB_BASE_REF).toBe('');
    expect(run.unexpectedInputs).toEqual([]);
  });

  it('parses the output, summary, env, state and path files', async () => {
    const run = await runBundledAction({ actionDir, inputs: { 'no-default': 'x' } });
    expect(run.outputs.simple).toBe('a=b');
    expect(run.summary).toBe('## Probe\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');
    expect(run.summaryTooLarge).toBe(false);
    expect(run.exportedEnv).toEqual({ EXPORTED: 'yes' });
    expect(run.state).toEqual({ started: '123' });
    expect(run.addedPath).toEqual(['/opt/probe/bin']);
    // The temp directory (file commands, event, default workspace) is removed after the run.
    expect(existsSync(run.tempDir)).toBe(false);
  });

  it('parses workflow commands from stdout and stderr with the runner unescaping', async () => {
    const run = await runBundledAction({ actionDir, inputs: { 'no-default': 'x' } });
    expect(run.errors).toEqual([
      {
        level: 'error',
        message: 'first\nsecond 100%',
        file: 'src/a,b.ts',
        line: 3,
        col: 1,
        endLine: 4,
        endColumn: 9,
        title: 'Bad: thing',
      },
    ]);
    expect(run.warnings).toEqual([{ level: 'warning', message: 'careful', file: 'src/w.ts', line: 7 }]);
    expect(run.notices).toEqual([{ level: 'notice', message: 'from stderr', title: 'FYI' }]);
    expect(run.masks).toEqual(['s3cr3t']);
    expect(run.groups).toEqual([{ name: 'Details', lines: ['inside the group'] }]);
    expect(run.stderr).toContain('::notice title=FYI::from stderr');
    // The token is masked like any secret; `::add-mask::` applies to later lines.
    expect(run.stdout).toContain(FAKE_GITHUB_TOKEN);
    expect(run.visibleLog).toContain('token ***');
    expect(run.visibleLog).toContain('the secret is ***');
    expect(run.visibleLog.some((line) => line.startsWith('::'))).toBe(false);
  });

  it('lets given inputs override defaults, treats undefined as not given and reports undeclared inputs', async () => {
    const run = await runBundledAction({
      actionDir,
      inputs: { who: 'octocat', 'max count': 5, mode: undefined, 'No-Default': true, extra: 'y' },
    });
    const env = childEnv(run.outputs);
    expect(env.INPUT_WHO).toBe('octocat');
    expect(env.INPUT_MAX_COUNT).toBe('5');
    expect(env.INPUT_MODE).toBe('normal');
    expect(env['INPUT_NO-DEFAULT']).toBe('true');
    expect(env.INPUT_EXTRA).toBe('y');
    expect(run.unexpectedInputs).toEqual(['extra']);
  });

  it('leaves an input without default and not given unset', async () => {
    const run = await runBundledAction({ actionDir });
    expect(childEnv(run.outputs)['INPUT_NO-DEFAULT']).toBeUndefined();
  });

  it('does not leak INPUT_*, GITHUB_* or NODE_OPTIONS from the parent, and keeps PATH and HOME', async () => {
    const saved = { ...process.env };
    process.env.INPUT_WHO = 'leaked';
    process.env.INPUT_STRAY = 'leaked';
    process.env.GITHUB_TOKEN = 'leaked-token';
    process.env.GITHUB_OUTPUT = '/nonexistent/output';
    process.env.NODE_OPTIONS = '--max-old-space-size=64';
    process.env.SOME_SECRET = 'leaked';
    try {
      const run = await runBundledAction({ actionDir, inputs: { 'no-default': 'x' } });
      const env = childEnv(run.outputs);
      expect(env.INPUT_WHO).toBe('world');
      expect(env.INPUT_STRAY).toBeUndefined();
      expect(env.GITHUB_TOKEN).toBeUndefined();
      expect(env.NODE_OPTIONS).toBeUndefined();
      expect(env.SOME_SECRET).toBeUndefined();
      expect(env.GITHUB_OUTPUT).not.toBe('/nonexistent/output');
      expect(env.PATH).toBe(saved.PATH);
      expect(env.HOME).toBe(saved.HOME);
    } finally {
      for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
      Object.assign(process.env, saved);
    }
  });

  it('sets the pull request variables and a payload that agrees with GITHUB_REPOSITORY', async () => {
    const event = pullRequestEvent({ number: 17, headSha: 'a'.repeat(40), headRef: 'feat', baseRef: 'main' });
    const run = await runBundledAction({
      actionDir,
      event,
      repository: 'acme/shop',
      apiUrl: 'http://127.0.0.1:9999/',
      debug: true,
      inputs: { 'no-default': 'x' },
      env: { EXTRA_STEP_ENV: 'on' },
    });
    const env = childEnv(run.outputs);
    const payload = JSON.parse(run.outputs.event as string) as {
      number: number;
      repository: { full_name: string; owner: { login: string } };
      pull_request: { head: { sha: string } };
    };
    expect(env.GITHUB_EVENT_NAME).toBe('pull_request');
    expect(env.GITHUB_REPOSITORY).toBe('acme/shop');
    expect(env.GITHUB_REPOSITORY_OWNER).toBe('acme');
    expect(payload.repository.full_name).toBe('acme/shop');
    expect(payload.repository.owner.login).toBe('acme');
    expect(payload.number).toBe(17);
    expect(payload.pull_request.head.sha).toBe('a'.repeat(40));
    expect(env.GITHUB_REF).toBe('refs/pull/17/merge');
    expect(env.GITHUB_REF_NAME).toBe('17/merge');
    expect(env.GITHUB_HEAD_REF).toBe('feat');
    expect(env.GITHUB_BASE_REF).toBe('main');
    expect(env['INPUT_PR-NUMBER']).toBe('17');
    expect(env.GITHUB_API_URL).toBe('http://127.0.0.1:9999');
    expect(env.GITHUB_GRAPHQL_URL).toBe('http://127.0.0.1:9999/graphql');
    expect(env.RUNNER_DEBUG).toBe('1');
    expect(env.EXTRA_STEP_ENV).toBe('on');
  });

  it('flags a step summary over the runner 1 MiB limit', async () => {
    const run = await runBundledAction({ actionDir, inputs: { mode: 'big-summary', 'no-default': 'x' } });
    expect(run.summaryTooLarge).toBe(true);
  });

  it('reports a failing run with its exit code and error', async () => {
    const run = await runBundledAction({ actionDir, inputs: { mode: 'fail', 'no-default': 'x' } });
    expect(run.exitCode).toBe(1);
    expect(run.errors.map((e) => e.message)).toContain("Input 'mode': asked to fail");
  });

  it('kills the whole process group at the timeout', async () => {
    const workspace = await mkdtemp(path.join(root, 'ws-'));
    const run = await runBundledAction({
      actionDir,
      workspace,
      inputs: { mode: 'sleep' },
      timeoutMs: 1500,
      killGraceMs: 200,
    });
    expect(run.timedOut).toBe(true);
    expect(run.exitCode).toBeNull();
    expect(run.signal).not.toBeNull();
    expect(run.log).toContain('sleeping');
    const grandchild = Number(await readFile(path.join(workspace, 'grandchild.pid'), 'utf8'));
    // The action's own `sleep 60` is gone too: no such process, or a zombie left for init to reap.
    expect(processState(grandchild)).toMatch(/^(gone|Z)$/);
  });

  it('reads back exactly what the real @actions/core writes', async () => {
    const toolkitDir = path.join(root, 'toolkit');
    await mkdir(path.join(toolkitDir, 'dist'), { recursive: true });
    await writeFile(
      path.join(toolkitDir, 'action.yml'),
      'name: Toolkit probe\ninputs:\n  who:\n    description: x\n    default: octocat\nruns:\n  using: node24\n  main: dist/index.mjs\n',
    );
    await writeFile(path.join(toolkitDir, 'dist', 'index.mjs'), TOOLKIT_JS);
    // @actions/core is a dependency of packages/shared; the throwaway bundle imports it from there.
    // (ESM-only, so no require.resolve: its exports have only the `import` condition).
    const coreUrl = pathToFileURL(path.join(REPO_ROOT, 'packages/shared/node_modules/@actions/core/lib/core.js'));
    const run = await runBundledAction({ actionDir: toolkitDir, env: { CORE_URL: coreUrl.href } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toEqual({ greeting: 'hello octocat\nsecond line', json: '{"a":1}' });
    expect(run.exportedEnv).toEqual({ MULTI: 'one\ntwo' });
    expect(run.state).toEqual({ k: 'v' });
    expect(run.addedPath).toEqual(['/opt/tool']);
    expect(run.masks).toEqual(['hunter2']);
    expect(run.groups).toEqual([{ name: 'G', lines: ['inside'] }]);
    expect(run.errors).toEqual([
      {
        level: 'error',
        message: 'bad: thing, 100%\nnext',
        file: 'src/x,y.ts',
        line: 3,
        endLine: 4,
        col: 2,
        endColumn: 5,
        title: 'T: 1, really',
      },
      { level: 'error', message: 'failed hard' },
    ]);
    expect(run.warnings).toEqual([{ level: 'warning', message: 'w' }]);
    expect(run.summary).toContain('<h1>Report</h1>');
    expect(run.summary).toContain('<th>a</th>');
  });

  it('leaves background processes running after the step, as the runner does, unless killLeftovers', async () => {
    const kept = await mkdtemp(path.join(root, 'ws-'));
    const run = await runBundledAction({ actionDir, workspace: kept, inputs: { mode: 'daemon' } });
    expect(run.exitCode).toBe(0);
    const keptPid = Number(await readFile(path.join(kept, 'leftover.pid'), 'utf8'));
    try {
      expect(processState(keptPid)).toMatch(/^[RS]$/);
    } finally {
      process.kill(keptPid, 'SIGKILL');
    }
    const killed = await mkdtemp(path.join(root, 'ws-'));
    await runBundledAction({ actionDir, workspace: killed, inputs: { mode: 'daemon' }, killLeftovers: true });
    const killedPid = Number(await readFile(path.join(killed, 'leftover.pid'), 'utf8'));
    // SIGKILL is delivered at once but the process may still be scheduled for a moment on a busy machine.
    for (let i = 0; i < 40 && !/^(gone|Z)$/.test(processState(killedPid)); i++) await sleep(50);
    expect(processState(killedPid)).toMatch(/^(gone|Z)$/);
  });

  it('refuses an action that is not node24 and a missing bundle, with a clear message', async () => {
    const other = path.join(root, 'node20');
    await mkdir(other, { recursive: true });
    await writeFile(path.join(other, 'action.yml'), 'name: x\nruns:\n  using: node20\n  main: dist/index.js\n');
    await expect(runBundledAction({ actionDir: other })).rejects.toThrow(/runs\.using is 'node20'/);
    await writeFile(path.join(other, 'action.yml'), 'name: x\nruns:\n  using: node24\n  main: dist/index.js\n');
    await expect(runBundledAction({ actionDir: other })).rejects.toThrow(/bundle the action first/);
    await expect(runBundledAction({})).rejects.toThrow(/exactly one of/);
  });
});
