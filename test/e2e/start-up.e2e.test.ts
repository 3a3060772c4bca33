// What a gate's smallest real run loads (README "Start-up"): none of the chunks it does not use (the GitHub client,
// the YAML parser, undici's agent) and none of Node's network, child process or worker modules. smoke-test's one
// check loads the YAML parser and Node's http, not undici (a watch window's) nor the GitHub client. Chunks are told
// by what they hold.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runBundledAction } from '../harness/index.ts';

const RECORDER = new URL('./fixtures/record-loads.mjs', import.meta.url).href;
// (`net` is not among them: Node loads it for a standard output that is a pipe, as the runner's is. `crypto` is: a
// one-line output needs no random delimiter.)
const UNUSED_BUILTINS = ['child_process', 'worker_threads', 'http', 'https', 'tls', 'dgram', 'zlib', 'crypto'];
/** A text each chunk is known by (webpack numbers chunks; their module paths are not kept for CommonJS). */
const MARKS = { github: '@actions+github', yaml: 'YAMLParseError', undici: 'class Agent extends DispatcherBase' };

let dir: string;
let server: http.Server;
let serverUrl: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'start-up-'));
  server = http.createServer((_request, response) => response.end('ok'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

async function loads(action: string, inputs: Record<string, string>, files: Record<string, string> = {}) {
  const workspace = await mkdtemp(path.join(dir, `${action}-`));
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(workspace, name), content);
  const record = path.join(workspace, '..', `${path.basename(workspace)}.json`);
  const run = await runBundledAction({
    action,
    workspace,
    inputs,
    env: { NODE_OPTIONS: `--import=${RECORDER}`, RECORD_LOADS_FILE: record },
    timeoutMs: 30_000,
  });
  expect({ exitCode: run.exitCode, errors: run.errors }).toEqual({ exitCode: 0, errors: [] });
  const { urls, builtins } = JSON.parse(await readFile(record, 'utf8')) as { urls: string[]; builtins: string[] };
  const bundleFiles = urls
    .filter((url) => url.includes(`/actions/${action}/dist/`))
    .map((url) => url.slice(url.indexOf('/dist/') + 1));
  const chunks = await Promise.all(
    bundleFiles.slice(1).map((file) => readFile(path.join('actions', action, file), 'utf8')),
  );
  const loaded = Object.entries(MARKS)
    .filter(([, mark]) => chunks.some((text) => text.includes(mark)))
    .map(([name]) => name);
  return { bundleFiles, builtins, loaded };
}

describe('a trivial run loads only what it uses', () => {
  it('coverage-gate: one lcov report and a threshold', async () => {
    const { bundleFiles, builtins, loaded } = await loads(
      'coverage-gate',
      { reports: 'lcov.info', lines: '50', comment: 'false', 'check-run': 'false' },
      { 'lcov.info': 'TN:\nSF:a.js\nDA:1,1\nDA:2,0\nend_of_record\n', 'a.js': 'a\nb\n' },
    );
    expect(bundleFiles[0]).toBe('dist/index.js');
    expect(loaded).toEqual([]);
    // It asks git for the workspace's files (child_process, which loads net and dgram), then lists them itself.
    const asksGit = ['child_process', 'dgram'];
    expect(builtins.filter((name) => UNUSED_BUILTINS.includes(name) && !asksGit.includes(name))).toEqual([]);
  });

  it('quality-gate: one JUnit report, no check run', async () => {
    const { bundleFiles, builtins, loaded } = await loads(
      'quality-gate',
      { reports: 'junit.xml', 'check-run': 'false' },
      { 'junit.xml': '<testsuites><testsuite name="s" tests="1"><testcase name="t"/></testsuite></testsuites>\n' },
    );
    expect(bundleFiles).toEqual(['dist/index.js']);
    expect(loaded).toEqual([]);
    expect(builtins.filter((name) => UNUSED_BUILTINS.includes(name))).toEqual([]);
  });

  it("smoke-test: one HTTP check loads the YAML parser and Node's http, not undici nor the GitHub client", async () => {
    const { bundleFiles, builtins, loaded } = await loads('smoke-test', {
      'base-url': serverUrl,
      checks: '- name: up\n  url: /\n',
    });
    expect(bundleFiles[0]).toBe('dist/index.js');
    expect(loaded).toEqual(['yaml']);
    expect(builtins).toContain('http');
    expect(builtins.filter((name) => UNUSED_BUILTINS.includes(name) && name !== 'http')).toEqual([]);
  });

  it('smoke-test: URLs given in the url input load no YAML parser', async () => {
    const { bundleFiles, loaded } = await loads('smoke-test', { url: `${serverUrl}/` });
    expect(bundleFiles).toEqual(['dist/index.js']);
    expect(loaded).toEqual([]);
  });
});
