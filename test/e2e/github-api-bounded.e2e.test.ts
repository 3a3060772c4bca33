/**
 * Both gates against a GitHub API that hangs, hangs mid-answer, drops the connection, answers garbage or cannot be
 * reached (issue 11, item 4): the bundles on Node 24 through the runner harness, on reports made at test time by
 * the real tools (ESLint, c8). The decision is the one a healthy API gets, there is one warning about the API, and
 * the step ends within the API's request timeout (10 s, the budget under test) plus a margin.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  OFFLINE_DNS_ENV,
  pullRequestEvent,
  runBundledAction,
  startFakeGitHub,
  type FakeGitHub,
  type RunActionResult,
} from '../harness/index.ts';
import type { FaultKind } from '../harness/fake-github.ts';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(REPO_ROOT, 'node_modules/.bin');
const REPOSITORY = 'octo-org/bounded-api';
const PR = 12;
/** The client's request timeout: what a hanging API may cost. */
const REQUEST_TIMEOUT_MS = 10_000;
/** Node's start-up, reading the reports, and a loaded machine. */
const MARGIN_MS = 5_000;

let github: FakeGitHub;
let workspace: string;
let closedPort: number;

beforeAll(async () => {
  github = await startFakeGitHub();
  workspace = mkdtempSync(path.join(os.tmpdir(), 'api-bounded-'));
  mkdirSync(path.join(workspace, 'src'));
  writeFileSync(
    path.join(workspace, 'src/app.js'),
    'export const add = (a, b) => a + b;\nexport function unused() {\n  return 0;\n}\nadd(1, 2);\nconsole.log(missing);\n',
  );
  writeFileSync(
    path.join(workspace, 'eslint.config.mjs'),
    "export default [{ files: ['**/*.js'], rules: { 'no-undef': 'error' } }];\n",
  );
  spawnSync(path.join(BIN, 'eslint'), ['-f', 'json', '-o', 'eslint.json', 'src'], { cwd: workspace });
  spawnSync(path.join(BIN, 'c8'), ['--reporter=lcov', '--report-dir=coverage', 'node', 'src/app.js'], {
    cwd: workspace,
  });
  expect(readFileSync(path.join(workspace, 'coverage/lcov.info'), 'utf8')).toContain('SF:');
  github.seedPull(REPOSITORY, {
    number: PR,
    files: [{ filename: 'src/app.js', status: 'modified', patch: '@@ -0,0 +1,6 @@\n+a\n+b\n+c\n+d\n+e\n+f' }],
  });
  // A port nothing listens on: connections are refused.
  const server = (await import('node:net')).createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closedPort = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
});
afterAll(async () => {
  await github.close();
  rmSync(workspace, { recursive: true, force: true });
});

function runGates(apiUrl: string, env?: Record<string, string>): Promise<[RunActionResult, RunActionResult]> {
  const common = {
    workspace,
    repository: REPOSITORY,
    event: pullRequestEvent({ repository: REPOSITORY, number: PR }),
    apiUrl,
    timeoutMs: 60_000,
    ...(env ? { env } : {}),
  };
  return Promise.all([
    runBundledAction({
      ...common,
      action: 'quality-gate',
      inputs: { reports: 'eslint.json', 'check-run': 'true', 'findings-path': 'out/findings.json' },
    }),
    runBundledAction({
      ...common,
      action: 'coverage-gate',
      inputs: { reports: 'coverage/lcov.info', lines: '95', comment: 'true', 'check-run': 'true' },
    }),
  ]);
}

/** The `publish` figure of a gate's "Timings (ms): ..." line: its whole publishing, API calls included. */
function publishMs(run: RunActionResult): number {
  const line = run.log.find((entry) => entry.startsWith('Timings (ms): '));
  const publish = line === undefined ? undefined : /\bpublish (\d+)\b/.exec(line)?.[1];
  if (publish === undefined) throw new Error(`no timings line with 'publish' in the log:\n${run.log.join('\n')}`);
  return Number(publish);
}

/** Warnings a run has that the same gate with a healthy API did not have. */
const newWarnings = (run: RunActionResult, healthyRun: RunActionResult) =>
  run.warnings.filter((warning) => !healthyRun.warnings.some((seen) => seen.message === warning.message));

let healthy: [RunActionResult, RunActionResult];

describe('a GitHub API that misbehaves leaves both gates decided, with one warning, in bounded time', () => {
  test('with a healthy API: the decisions to compare with, and no API warning', async () => {
    healthy = await runGates(github.url);
    for (const run of healthy) {
      expect(run.outputs['decision']).toBe('fail');
      expect(run.exitCode).toBe(1);
      expect(
        run.warnings.filter((warning) => /did not answer|cannot be reached|Could not/.test(warning.message)),
      ).toEqual([]);
      // Both gates say how long their publishing took, in the same words.
      expect(publishMs(run)).toBeGreaterThanOrEqual(0);
    }
  }, 60_000);

  test.each<[string, FaultKind | 'unreachable' | 'dns', number]>([
    ['hangs', 'hang', REQUEST_TIMEOUT_MS],
    ['stops mid-answer', 'hang-body', REQUEST_TIMEOUT_MS],
    ['drops every connection', 'reset', 0],
    ['answers an HTML error page', 'garbage', 0],
    ['refuses connections', 'unreachable', 0],
    ['has a name that does not resolve', 'dns', 0],
  ])(
    'an API that %s',
    async (_name, kind, budgetMs) => {
      github.clearFaults();
      if (kind !== 'unreachable' && kind !== 'dns') github.fail('*', kind, { times: 1_000 });
      const started = performance.now();
      const runs =
        kind === 'unreachable'
          ? await runGates(`http://127.0.0.1:${closedPort}`)
          : kind === 'dns'
            ? // Resolved inside the action by offline-dns.mjs: no DNS query leaves the machine.
              await runGates('http://api.invalid', OFFLINE_DNS_ENV)
            : await runGates(github.url);
      const elapsed = performance.now() - started;
      github.clearFaults();
      runs.forEach((run, index) => {
        expect(run.timedOut).toBe(false);
        expect(run.outputs['decision']).toBe(healthy[index]!.outputs['decision']);
        expect(run.exitCode).toBe(healthy[index]!.exitCode);
        expect(newWarnings(run, healthy[index]!)).toHaveLength(1);
        expect(run.errors.filter((error) => /GitHub API|check run|comment/i.test(error.message))).toEqual([]);
        if (kind === 'unreachable' || kind === 'dns') {
          // Given up on at once, no retry: the one warning says why, and publishing is not held up.
          expect(newWarnings(run, healthy[index]!)[0]!.message).toMatch(
            kind === 'dns' ? /cannot be reached \((ENOTFOUND|EAI_AGAIN)\)/ : /cannot be reached \(ECONNREFUSED\)/,
          );
          expect(publishMs(run)).toBeLessThan(MARGIN_MS);
        }
      });
      // The two gates ran side by side: each within the request timeout (0 for failures that come at once).
      expect(elapsed).toBeLessThan(budgetMs + MARGIN_MS);
    },
    90_000,
  );
});

test('the reports behind the gates were made by the tools', () => {
  expect(JSON.parse(readFileSync(path.join(workspace, 'eslint.json'), 'utf8'))[0].errorCount).toBeGreaterThan(0);
  expect(
    execFileSync('grep', ['-c', '^DA:', path.join(workspace, 'coverage/lcov.info')], { encoding: 'utf8' }).trim(),
  ).not.toBe('0');
});
