/**
 * Bounded in time (issue 11, item 4), the bundle on Node 24 against real servers on 127.0.0.1: the process exits
 * as soon as its verdict is written, whatever sockets it gave up on, and a `matches` pattern cannot run past the
 * check's timeout. The delays asserted are each a budget under test plus a margin for Node's start-up.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runBundledAction, type RunActionResult } from '../../../test/harness/index.ts';

/** Start-up of the bundle and writing its reports, on a loaded machine. */
const MARGIN_MS = 2_500;

let redos: http.Server;
let redosUrl: string;
/** A listening port whose accept queue is full: connections to it hang in SYN-SENT, as to a dropped host. */
let backlog: ChildProcess;
let backlogPort: number;
const directories: string[] = [];

beforeAll(async () => {
  redos = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/plain' }).end(`${'A'.repeat(5_000)}B`);
  });
  redos.listen(0, '127.0.0.1');
  await once(redos, 'listening');
  redosUrl = `http://127.0.0.1:${(redos.address() as AddressInfo).port}`;

  // Node accepts every connection itself; a socket that never accepts needs another runtime.
  backlog = spawn(
    'python3',
    [
      '-c',
      [
        'import socket, sys, time',
        's = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(0)',
        'port = s.getsockname()[1]; fill = []',
        'for _ in range(4):',
        '    c = socket.socket(); c.setblocking(False)',
        '    try: c.connect(("127.0.0.1", port))',
        '    except BlockingIOError: pass',
        '    fill.append(c)',
        'print(port, flush=True); sys.stdin.read()',
      ].join('\n'),
    ],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const [line] = (await once(backlog.stdout!, 'data')) as [Buffer];
  backlogPort = Number(line.toString().trim());
});
afterAll(async () => {
  backlog?.stdin?.end();
  backlog?.kill();
  redos?.closeAllConnections();
  await new Promise((resolve) => redos?.close(resolve));
  await Promise.all(directories.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function run(inputs: Record<string, string>): Promise<RunActionResult> {
  const reportDir = await mkdtemp(path.join(os.tmpdir(), 'smoke-bounded-'));
  directories.push(reportDir);
  // The harness kills a run after 20 s: the behaviour before the fix (a hang) fails fast.
  return runBundledAction({ action: 'smoke-test', inputs: { 'report-dir': reportDir, ...inputs }, timeoutMs: 20_000 });
}

describe('smoke-test is bounded in time', () => {
  test('exits as soon as its verdict is written: a connection still being made does not keep it alive', async () => {
    // wait-for 2s cuts the attempt short of the 5 s connect timeout: the connection is left to the pool.
    const result = await run({ checks: `- url: http://127.0.0.1:${backlogPort}/`, 'wait-for': '2s' });
    expect(result.timedOut).toBe(false);
    expect(result.exitCode).toBe(1);
    expect(result.outputs['passed']).toBe('false');
    expect(result.durationMs).toBeLessThan(2_000 + MARGIN_MS);
  }, 30_000);

  test('/^(A+)+$/ on a long "AAAA…B" body fails as a timeout within the check\'s timeout', async () => {
    const result = await run({
      'base-url': redosUrl,
      checks: '- name: redos\n  url: /\n  timeout: 1s\n  assert: ["body matches /^(A+)+$/"]',
    });
    expect(result.timedOut).toBe(false);
    expect(result.exitCode).toBe(1);
    expect(result.durationMs).toBeLessThan(1_000 + MARGIN_MS);
    expect(result.errors.map((error) => error.message)).toEqual([
      "Smoke test failed: check 'redos' failed after 1 attempt(s): body matches /^(A+)+$/: expected matches /^(A+)+$/, got no answer: the regular expression ran past the check's timeout on 5001 characters",
    ]);
    const report = JSON.parse(await readFile(result.outputs['report-path']!, 'utf8')) as {
      checks: { readiness: { last: { errorKind: string } } }[];
    };
    expect(report.checks[0]!.readiness.last.errorKind).toBe('timeout');
  }, 30_000);

  test('the ::error echoing a failure is capped in length', async () => {
    const expected = 'y'.repeat(10_000);
    const result = await run({
      'base-url': redosUrl,
      checks: `- name: long\n  url: /\n  assert: ['body contains "${expected}"']`,
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.message.length).toBeLessThan(4096 + 100);
    expect(result.errors[0]!.message).toMatch(/… \(\d+ characters\)$/);
  }, 30_000);

  test("JavaScript's own pattern syntax still works (lookahead, flags), and a pattern string is a pattern", async () => {
    const result = await run({
      'base-url': redosUrl,
      checks:
        '- name: ok\n  url: /\n  timeout: 2s\n  assert: ["body matches /^(?=A{100})a+b$/i", \'body matches "A{5000}B$"\', "body count == 5001"]',
    });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
  }, 30_000);
});
