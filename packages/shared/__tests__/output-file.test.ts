// @actions/core as patched (patches/): a one-line output is written as `name=value`, the runner's short form, so no
// random delimiter (and no crypto) is needed; a value with a line break still gets the delimited block. Read back
// with the runner's rules (test/harness/file-commands.ts), every value comes out as it went in.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { parseKeyValueFile } from '../../../test/harness/file-commands.ts';

let dir: string;
let outputFile: string;
const previous = process.env['GITHUB_OUTPUT'];
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'output-file-'));
  outputFile = path.join(dir, 'output');
  await writeFile(outputFile, '');
  process.env['GITHUB_OUTPUT'] = outputFile;
});
afterAll(async () => {
  if (previous === undefined) delete process.env['GITHUB_OUTPUT'];
  else process.env['GITHUB_OUTPUT'] = previous;
  await rm(dir, { recursive: true, force: true });
});

test('one-line values as name=value, multi-line ones in a delimited block, all read back as written', async () => {
  const values: Record<string, string> = {
    decision: 'pass',
    empty: '',
    'has-equals': 'a=b==c',
    'has-heredoc-mark': 'x<<EOF',
    json: '{"lines":91.5,"ok":true}',
    'two-lines': 'first\nsecond',
    'ends-in-newline': 'last\n',
    'carriage-return': 'a\r\nb',
  };
  for (const [name, value] of Object.entries(values)) core.setOutput(name, value);
  const text = await readFile(outputFile, 'utf8');
  expect(text).toContain('decision=pass\n');
  expect(text).toContain('has-heredoc-mark=x<<EOF\n');
  expect(text).toMatch(/^two-lines<<ghadelimiter_[0-9a-f-]{36}$/m);
  expect(parseKeyValueFile(text, 'GITHUB_OUTPUT')).toEqual(values);
});
