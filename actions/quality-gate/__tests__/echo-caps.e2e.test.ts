/**
 * Report text echoed into annotations is capped (issue 11, item 4): ESLint, run at test time with a
 * `no-restricted-syntax` rule whose message is 20,000 characters, gives findings whose annotations carry the start
 * of the message and its length; the findings file keeps all of it.
 */
import { afterAll, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runBundledAction } from '../../../test/harness/index.ts';
import { makeWorkspace, NODE_BIN, runTool } from './helpers/tools.ts';

const MESSAGE = `Do not call eval. ${'x'.repeat(20_000)}`;
const workspace = makeWorkspace({
  'src/app.js': 'eval("1");\n',
  'eslint.config.mjs': `export default [{ files: ['**/*.js'], rules: { 'no-restricted-syntax': ['error', { selector: "CallExpression[callee.name='eval']", message: ${JSON.stringify(MESSAGE)} }] } }];\n`,
});
afterAll(() => workspace.cleanup());

test('an annotation carries at most 4096 characters of a finding, and says how long it was', async () => {
  runTool(path.join(NODE_BIN, 'eslint'), ['-f', 'json', '-o', 'eslint.json', 'src'], workspace.dir);
  const report = JSON.parse(readFileSync(path.join(workspace.dir, 'eslint.json'), 'utf8')) as {
    messages: { message: string }[];
  }[];
  expect(report[0]!.messages[0]!.message).toBe(MESSAGE);
  const run = await runBundledAction({
    action: 'quality-gate',
    workspace: workspace.dir,
    inputs: { reports: 'eslint.json', 'check-run': 'false', 'findings-path': 'out/findings.json' },
  });
  expect(run.outputs['decision']).toBe('fail');
  const annotation = run.errors.find((error) => error.file === 'src/app.js');
  expect(annotation!.message.startsWith('Do not call eval. xxx')).toBe(true);
  expect(annotation!.message.length).toBeLessThan(4096 + 200);
  expect(annotation!.message).toContain(`(${MESSAGE.length} characters; all of it is in`);
  for (const error of run.errors) expect(error.message.length).toBeLessThan(4096 + 200);
  const findings = JSON.parse(readFileSync(run.outputs['findings-path']!, 'utf8')) as {
    findings: { message: string }[];
  };
  expect(findings.findings[0]!.message).toBe(MESSAGE);
}, 60_000);
