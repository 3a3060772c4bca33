/**
 * Files the user names are read safely (issue 11, item 2), in the three bundles on Node 24 through the runner
 * harness: a config or policy file that does not parse is never printed (at most a short value), a symbolic link
 * that leaves the workspace is refused, /proc files are refused, and a pipe is refused instead of hanging. Every
 * refusal is one ::error naming the input or the file; the secret content shows nowhere in the log.
 * The reports a gate needs to get that far are made at test time by the real tools (ESLint, c8).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FAKE_GITHUB_TOKEN, runBundledAction, type RunActionResult } from '../harness/index.ts';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(REPO_ROOT, 'node_modules/.bin');
const SECRET_VALUE = 'sk_live_5b2f9c0e7d1a4b8f9e3c';
/** What a file that is not YAML may hold: a .env file, here outside the workspace or in it. */
const SECRET_FILE = `API_KEY=${SECRET_VALUE}\nDB_PASSWORD=correct-horse-battery-staple\n`;

let outside: string;
const directories: string[] = [];
/** Workspaces holding a real ESLint report and a real c8 lcov report, one per test (made in beforeAll). */
let eslintReport: string;
let lcovReport: string;

function workspace(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'user-files-'));
  directories.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

beforeAll(() => {
  outside = workspace({ 'secrets.env': SECRET_FILE, 'policy.yml': `categories:\n  lint: { max: { high: 0 } }\n` });
  // Real reports, made once and copied into each workspace.
  const tools = workspace({
    'src/app.js': 'console.log(missing);\n',
    'eslint.config.mjs': "export default [{ files: ['**/*.js'], rules: { 'no-undef': 'error' } }];\n",
    'test.js': "import './src/app.js';\n",
  });
  spawnSync(path.join(BIN, 'eslint'), ['-f', 'json', '-o', 'eslint.json', 'src'], { cwd: tools });
  eslintReport = execFileSync('cat', [path.join(tools, 'eslint.json')], { encoding: 'utf8' });
  writeFileSync(path.join(tools, 'src/app.js'), 'export const add = (a, b) => a + b;\nadd(1, 2);\n');
  execFileSync(path.join(BIN, 'c8'), ['--reporter=lcov', '--report-dir=coverage', 'node', 'src/app.js'], {
    cwd: tools,
  });
  lcovReport = execFileSync('cat', [path.join(tools, 'coverage/lcov.info')], { encoding: 'utf8' });
  expect(JSON.parse(eslintReport)).toHaveLength(1);
  expect(lcovReport).toContain('SF:');
});
afterAll(() => {
  for (const dir of directories) rmSync(dir, { recursive: true, force: true });
});

interface Case {
  action: 'smoke-test' | 'quality-gate' | 'coverage-gate';
  input: string;
  /** Inputs that get the action as far as reading the file named by `input`. */
  inputs: Record<string, string>;
  /** Files the workspace needs beside the one under test. */
  files: () => Record<string, string>;
}

const CASES: Case[] = [
  { action: 'smoke-test', input: 'config', inputs: {}, files: () => ({}) },
  {
    action: 'quality-gate',
    input: 'policy-file',
    inputs: { reports: 'eslint.json' },
    files: () => ({ 'eslint.json': eslintReport }),
  },
  { action: 'quality-gate', input: 'reports', inputs: {}, files: () => ({}) },
  {
    action: 'quality-gate',
    input: 'baseline',
    inputs: { reports: 'eslint.json' },
    files: () => ({ 'eslint.json': eslintReport }),
  },
  { action: 'coverage-gate', input: 'reports', inputs: { comment: 'false' }, files: () => ({}) },
  {
    action: 'coverage-gate',
    input: 'baseline',
    inputs: { reports: 'coverage/lcov.info', comment: 'false' },
    files: () => ({ 'coverage/lcov.info': lcovReport }),
  },
];

async function runWith(spec: Case, dir: string, file: string): Promise<RunActionResult> {
  return runBundledAction({
    action: spec.action,
    workspace: dir,
    inputs: { ...spec.inputs, [spec.input]: file },
    timeoutMs: 30_000,
  });
}

/** The log as a reader sees it, less the runner's own mask commands. */
function shown(result: RunActionResult): string {
  return `${result.stdout}\n${result.stderr}\n${result.summary}`;
}

function expectOneRefusal(result: RunActionResult, pattern: RegExp): void {
  expect(result.timedOut).toBe(false);
  expect(result.exitCode).toBe(1);
  expect(result.errors).toHaveLength(1);
  expect(result.errors[0]!.message).toMatch(pattern);
  expect(result.errors[0]!.message).not.toMatch(/\n\s+at /);
  expect(shown(result)).not.toContain(SECRET_VALUE);
  expect(shown(result)).not.toContain('correct-horse');
}

describe.each(CASES)('$action $input', (spec) => {
  test('a symbolic link out of the workspace is refused, its target never read', async () => {
    const dir = workspace(spec.files());
    symlinkSync(path.join(outside, 'secrets.env'), path.join(dir, 'linked.yml'));
    const result = await runWith(spec, dir, 'linked.yml');
    expectOneRefusal(result, new RegExp(`'${spec.input}'.*'linked.yml' is a symbolic link to .*outside the workspace`));
  }, 60_000);

  test('a /proc file is refused, named directly or through a link', async () => {
    const dir = workspace(spec.files());
    symlinkSync('/proc/self/environ', path.join(dir, 'environ.yml'));
    for (const file of ['environ.yml', '/proc/self/environ']) {
      const result = await runWith(spec, dir, file);
      expectOneRefusal(result, new RegExp(`'${spec.input}'.*(pseudo-file|outside the workspace)`));
      // The environment holds the token: not one variable of it is shown.
      expect(shown(result)).not.toContain(FAKE_GITHUB_TOKEN);
      expect(shown(result)).not.toMatch(/GITHUB_[A-Z_]+=/);
    }
  }, 60_000);

  test('a named pipe is refused instead of hanging the step', async () => {
    const dir = workspace(spec.files());
    execFileSync('mkfifo', [path.join(dir, 'pipe.yml')]);
    const result = await runWith(spec, dir, 'pipe.yml');
    // A glob never matches a pipe: the entry then matches no file, which is an error too.
    expectOneRefusal(
      result,
      spec.input === 'reports'
        ? /'reports': 'pipe\.yml' matches no file/
        : /'pipe.yml' is a named pipe, not a regular file/,
    );
  }, 60_000);

  test('a file of the workspace that is not what was expected is named, never printed', async () => {
    const dir = workspace({ ...spec.files(), 'settings.env': SECRET_FILE });
    const result = await runWith(spec, dir, 'settings.env');
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.message).toContain('settings.env');
    expect(shown(result)).not.toContain(SECRET_VALUE);
    expect(shown(result)).not.toContain('correct-horse');
  }, 60_000);
});
