import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import {
  getBoolean,
  getDuration,
  getEnum,
  getFiles,
  getList,
  getNumber,
  getObject,
  getPercent,
  getString,
  readInlineOrFile,
} from '../src/action/inputs.ts';
import { inputError, UserError } from '../src/action/errors.ts';
import { parseAndValidate, type Schema } from '../src/action/schema.ts';

const saved = { ...process.env };
function setInput(name: string, value: string) {
  process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
}
let workspace: string;
beforeEach(() => {
  workspace = mkdtempSync(path.join(tmpdir(), 'ws-'));
  process.env['GITHUB_WORKSPACE'] = workspace;
});
afterEach(() => {
  process.env = { ...saved };
});

describe('typed inputs', () => {
  it('names the input and the expected form', () => {
    setInput('timeout', '30');
    expect(() => getDuration('timeout')).toThrow(
      inputError(
        'timeout',
        "expected a duration such as '250ms', '30s', '5m', '1h' or '1m30s', got '30' (add a unit: '30s' or '30ms')",
      ),
    );
    setInput('fail-on-error', 'yes');
    expect(() => getBoolean('fail-on-error')).toThrow("Input 'fail-on-error': expected 'true' or 'false', got 'yes'");
    setInput('concurrency', '0');
    expect(() => getNumber('concurrency', { min: 1, integer: true })).toThrow(
      "Input 'concurrency': expected a whole number of at least 1, got '0'",
    );
    setInput('min-coverage', '120%');
    expect(() => getPercent('min-coverage')).toThrow("Input 'min-coverage': expected a percentage");
  });
  it('reads absent inputs as undefined or the fallback', () => {
    expect(getDuration('timeout')).toBeUndefined();
    expect(getBoolean('flag', true)).toBe(true);
    expect(getList('files')).toEqual([]);
    expect(() => getString('token', { required: true })).toThrow("Input 'token': is required and was not supplied");
  });
  it('suggests the closest enum value', () => {
    setInput('mode', 'updte-baseline');
    expect(() => getEnum('mode', ['check', 'update-baseline'])).toThrow(
      "Input 'mode': expected one of check, update-baseline, got 'updte-baseline' (did you mean 'update-baseline'?)",
    );
    setInput('mode', 'CHECK');
    expect(getEnum('mode', ['check', 'update-baseline'])).toBe('check');
  });
  it('parses inline YAML against a schema and points at the line', async () => {
    const schema: Schema = {
      type: 'object',
      properties: { lines: { type: 'percent' }, branches: { type: 'percent' } },
    };
    setInput('thresholds', 'lines: 85%\nbranchs: 70');
    await expect(getObject('thresholds', schema)).rejects.toThrow(
      "Input 'thresholds': branchs: unknown key 'branchs' (did you mean 'branches'?); expected one of lines, branches (line 2 of the input)",
    );
    setInput('thresholds', 'lines: 85%');
    expect(await getObject('thresholds', schema)).toEqual({ lines: 85 });
  });
  it('reads a config inline or from a file, naming the input or the file and line on error', async () => {
    const file = path.join(workspace, 'policy.yml');
    writeFileSync(file, 'lines: 80\nfunctions: lots\n');
    const schema: Schema = { type: 'object', properties: { lines: { type: 'number' }, functions: { type: 'number' } } };
    const options = {
      inline: 'policy',
      file: 'policy-file',
      parse: (text: string) => parseAndValidate(text, schema),
    };
    expect(await readInlineOrFile(options)).toBeUndefined();
    setInput('policy-file', 'policy.yml');
    const error = await readInlineOrFile(options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).place.line).toBe(2);
    expect((error as Error).message).toBe(`policy.yml:2:12: functions: expected a number, got string 'lots'`);
    setInput('policy', 'lines: 80');
    await expect(readInlineOrFile(options)).rejects.toThrow(
      "Input 'policy': give either 'policy' (inline YAML) or 'policy-file' (a file), not both",
    );
    setInput('policy-file', '');
    expect(await readInlineOrFile(options)).toEqual({ lines: 80 });
    setInput('policy', 'lines: 80\nfunctions: lots');
    await expect(readInlineOrFile(options)).rejects.toThrow(
      inputError('policy', "functions: expected a number, got string 'lots' (line 2 of the input)"),
    );
  });
});

describe('getFiles', () => {
  beforeEach(() => {
    mkdirSync(path.join(workspace, 'coverage/unit'), { recursive: true });
    writeFileSync(path.join(workspace, 'coverage/unit/lcov.info'), '');
    writeFileSync(path.join(workspace, 'coverage/e2e.info'), '');
    writeFileSync(path.join(workspace, 'coverage/skip.info'), '');
  });
  it('resolves globs inside the workspace, with excludes', async () => {
    setInput('files', 'coverage/**/*.info\n!coverage/skip.info');
    expect(await getFiles('files')).toEqual([
      path.join(workspace, 'coverage/e2e.info'),
      path.join(workspace, 'coverage/unit/lcov.info'),
    ]);
  });
  it('accepts absolute paths inside the workspace', async () => {
    setInput('files', `${workspace}/coverage/e2e.info`);
    expect(await getFiles('files')).toEqual([path.join(workspace, 'coverage/e2e.info')]);
  });
  it('refuses paths outside the workspace', async () => {
    setInput('files', '../../etc/passwd');
    await expect(getFiles('files')).rejects.toThrow(/points outside the workspace/);
    setInput('files', '/etc/*');
    await expect(getFiles('files')).rejects.toThrow(/points outside the workspace/);
  });
  it('says so when a required glob matches nothing', async () => {
    setInput('files', 'reports/*.xml');
    await expect(getFiles('files', { required: true })).rejects.toThrow(
      `Input 'files': no file matches 'reports/*.xml' in ${workspace}`,
    );
  });
});
