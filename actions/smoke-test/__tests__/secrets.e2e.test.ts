/**
 * Secrets never shown (issue 11, item 1): the bundle on Node 24 against the real fault service on 127.0.0.1, whose
 * /api/echo answers the request back as JSON, so a secret sent in the query comes back JSON-escaped in the body.
 * A secret holding `"`, `\`, `&`, `<`, `>` and `|` is checked in every form a report could carry it (raw, JSON-,
 * doubly JSON-, XML- and Markdown-escaped), whole and as any prefix of 6 characters or more, in the raw log
 * (before the runner's own masking), the job summary, both report files and every output.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runBundledAction } from '../../../test/harness/index.ts';
import { startFaultService, type FaultService } from '../../../test/servers/index.ts';

const SECRET = 'Zq7"Kx\\Wm&<p>|Lr8Vt2';
let service: FaultService;
const directories: string[] = [];

beforeAll(async () => {
  service = await startFaultService();
});
afterAll(async () => {
  await service?.stop();
  await Promise.all(directories.map((dir) => rm(dir, { recursive: true, force: true })));
});

const json = (text: string): string => JSON.stringify(text).slice(1, -1);
const xml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const cell = (text: string): string => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|');

/** Every written form of the secret, and every prefix of 6 characters or more of each. */
function leakForms(secret: string): string[] {
  const bases = [secret, json(secret), json(json(secret))];
  const forms = new Set<string>();
  for (const base of bases)
    for (const form of [base, xml(base), cell(base)])
      for (let length = 6; length <= form.length; length++) forms.add(form.slice(0, length));
  return [...forms];
}

function expectNoLeak(where: string, text: string): void {
  const found = leakForms(SECRET).find((form) => text.includes(form));
  if (found) console.log(where, text.slice(Math.max(0, text.indexOf(found) - 300), text.indexOf(found) + 100));
  expect({ where, found }).toEqual({ where, found: undefined });
}

describe('smoke-test never shows a secret', () => {
  test('cut messages, escaped forms and ${NAME} in a check name: not in the log, summary, reports or outputs', async () => {
    const reportDir = await mkdtemp(path.join(os.tmpdir(), 'smoke-secrets-'));
    directories.push(reportDir);
    // One failing check per padding length (in the User-Agent, echoed right before X-Trace): the 200-character
    // excerpt of the echoed body is cut at every offset of the secret in one of them.
    const checks = Array.from(
      { length: 60 },
      (_, pad) => `  - name: "echo \${API_TOKEN} ${pad}"
    url: /api/echo
    headers: { User-Agent: "u${'x'.repeat(pad)}", X-Trace: "\${API_TOKEN}" }
    assert: [body contains "never-there"]`,
    ).join('\n');
    const result = await runBundledAction({
      action: 'smoke-test',
      inputs: { 'base-url': service.url, 'report-dir': reportDir, checks: `checks:\n${checks}` },
      env: { API_TOKEN: SECRET },
      timeoutMs: 60_000,
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    // The secret reached the service (the checks ran with it) …
    expect(result.masks).toContain(SECRET);
    // … and the failures quote the echoed body, cut.
    const report = await readFile(result.outputs['report-path']!, 'utf8');
    expect(report).toContain('chars)');
    const junit = await readFile(result.outputs['junit-path']!, 'utf8');
    const log = result.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    expectNoLeak('stdout', log);
    expectNoLeak('stderr', result.stderr);
    expectNoLeak('summary', result.summary);
    expectNoLeak('JSON report', report);
    expectNoLeak('JUnit report', junit);
    for (const [name, value] of Object.entries(result.outputs)) expectNoLeak(`output ${name}`, value);
    expect(result.outputs['failed-checks']).toContain('echo *** 0');
  });

  test('${NAME} in an assertion is a value: a quote in the secret is not syntax, and the failure shows ***', async () => {
    const result = await runBundledAction({
      action: 'smoke-test',
      inputs: {
        'base-url': service.url,
        checks: '- name: api\n  url: /health\n  assert: [\'header "x-version" == "${API_TOKEN}"\']',
      },
      env: { API_TOKEN: SECRET },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors.map((error) => error.message)).toEqual([
      `Smoke test failed: check 'api' failed after 1 attempt(s): header "x-version" == "\${API_TOKEN}": expected == "***", got "1.0.0"`,
    ]);
    expectNoLeak(
      'stdout',
      result.stdout
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n'),
    );
  });

  test('a config error quoting a value taken from ${NAME} masks it', async () => {
    const result = await runBundledAction({
      action: 'smoke-test',
      inputs: { 'base-url': service.url, checks: '- name: api\n  url: /health\n  timeout: "${API_TOKEN}"' },
      env: { API_TOKEN: SECRET },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.message).toContain("check 'api' (checks[0]) field 'timeout'");
    expectNoLeak(
      'stdout',
      result.stdout
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n'),
    );
  });
});
