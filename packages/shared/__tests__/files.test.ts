// The one safe way to read a file the user names (issue 11, item 2).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileError, UserError } from '../src/action/errors.ts';
import { parseJsonFile, readUserFile, resolveUserFile } from '../src/action/files.ts';
import { parseAndValidate } from '../src/action/schema.ts';
import { describeStart } from '../src/report/sniff.ts';

let root: string;
let outside: string;
beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'files-ws-'));
  outside = mkdtempSync(path.join(os.tmpdir(), 'files-out-'));
  writeFileSync(path.join(outside, 'secret.txt'), 'TOKEN=abc123\n');
  mkdirSync(path.join(root, 'conf'));
  writeFileSync(path.join(root, 'conf/real.yml'), 'a: 1\n');
  symlinkSync(path.join(root, 'conf/real.yml'), path.join(root, 'inside-link.yml'));
  symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'out-link.yml'));
  symlinkSync(outside, path.join(root, 'out-dir'));
  symlinkSync('/proc/self/environ', path.join(root, 'environ'));
  execFileSync('mkfifo', [path.join(root, 'fifo')]);
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error as Error,
  );

describe('readUserFile', () => {
  test('reads a file of the workspace, through a link that stays inside', async () => {
    expect((await readUserFile('config', 'conf/real.yml', { root })).text).toBe('a: 1\n');
    const linked = await readUserFile('config', 'inside-link.yml', { root });
    expect(linked.file.path).toBe(path.join(realpathSync(root), 'conf/real.yml'));
  });

  test.each([
    ['out-link.yml', /Input 'config': 'out-link.yml' is a symbolic link to .*secret\.txt, outside the workspace/],
    ['out-dir/secret.txt', /is a symbolic link to .*, outside the workspace/],
    ['../x.yml', /Input 'config': '..\/x.yml' points outside the workspace/],
    ['environ', /Input 'config': 'environ' leads to a kernel pseudo-file \(\/proc\/\d+\/environ\)/],
    ['/proc/self/environ', /Input 'config': '\/proc\/self\/environ' is a kernel pseudo-file/],
    ['fifo', /Input 'config': 'fifo' is a named pipe, not a regular file/],
    ['conf', /Input 'config': 'conf' is a directory, not a regular file/],
  ])('refuses %s', async (given, message) => {
    const error = await refusal(readUserFile('config', given, { root }));
    expect(error).toBeInstanceOf(UserError);
    expect(error!.message).toMatch(message);
    expect(error!.message).not.toContain('abc123');
  });

  test('a missing file: an error naming it, or undefined when optional; a file over the limit is not read', async () => {
    expect(await refusal(readUserFile('config', 'nope.yml', { root }))).toEqual(
      fileError('nope.yml', 'does not exist'),
    );
    expect(await resolveUserFile('baseline', 'nope.json', { root, optional: true })).toBeUndefined();
    const error = await refusal(readUserFile('config', 'conf/real.yml', { root, maxBytes: 2 }));
    expect(error!.message).toBe('conf/real.yml: is 5 bytes, more than the 2 this file may have');
  });
});

describe('messages never quote a whole file', () => {
  test("JSON errors give the line and column, not V8's excerpt", () => {
    const error = (() => {
      try {
        parseJsonFile('{\n  "a": 1,\n  TOKEN=abc123 }', 'base.json', 'is not a baseline');
      } catch (caught) {
        return caught as UserError;
      }
    })();
    expect(error).toEqual(fileError('base.json', 'is not a baseline (invalid JSON)', 3, 3));
    expect(error!.message).not.toContain('abc');
  });

  test('a document that is plain text is described by its length; long values are cut', async () => {
    const schema = { type: 'object', properties: { mode: { type: 'string', enum: ['a', 'b'] } } } as const;
    await expect(parseAndValidate('TOKEN=abc123\nOTHER=x', schema)).rejects.toThrow(
      '(top level): expected a mapping, got plain text (20 characters)',
    );
    await expect(parseAndValidate(`mode: ${'x'.repeat(100)}`, schema)).rejects.toThrow(
      `mode: expected one of 'a', 'b', got '${'x'.repeat(40)}…' (100 characters)`,
    );
  });

  test('a file that is no report is described, not quoted', () => {
    expect(describeStart('<?xml version="1.0"?>\n<testsuites>')).toBe(
      'it is XML or HTML whose first element is <testsuites>',
    );
    expect(describeStart('<!DOCTYPE html><html>')).toBe('it is XML or HTML whose first element is <!DOCTYPE html>');
    expect(describeStart('TOKEN=abc123\n')).toBe('its first line is 12 characters of text in no known report format');
  });
});
