import { describe, expect, it } from '@jest/globals';
import {
  FileCommandError,
  evaluateDefault,
  inputEnvName,
  parseCommandLine,
  parseKeyValueFile,
  parsePathFile,
  parseWorkflowCommands,
  unescapeCommandData,
  unescapeCommandProperty,
} from '../index.ts';

describe('workflow command parsing', () => {
  it('undoes @actions/core escaping in the order the runner does', () => {
    expect(unescapeCommandData('a%0D%0Ab%25c')).toBe('a\r\nb%c');
    // `%25` is undone last, so an escaped `%0A` stays literal.
    expect(unescapeCommandData('%250A')).toBe('%0A');
    expect(unescapeCommandProperty('C%3A%5Cx%2Cy%25')).toBe('C:%5Cx,y%');
  });

  it('splits properties on commas and the first equals sign, skipping empty ones', () => {
    expect(parseCommandLine('  ::error file=a.ts,,line=3,title=x=y,bad=,=v::boom', 4)).toEqual({
      command: 'error',
      properties: { file: 'a.ts', line: '3', title: 'x=y' },
      data: 'boom',
      lineIndex: 4,
    });
    expect(parseCommandLine('::endgroup::')).toMatchObject({ command: 'endgroup', data: '' });
  });

  it('treats unknown commands and malformed lines as plain text', () => {
    expect(parseCommandLine('::unknown::x')).toBeUndefined();
    expect(parseCommandLine('::error no second separator')).toBeUndefined();
    expect(parseCommandLine('text ::error::x')).toBeUndefined();
  });

  it('collects annotations, masks, debug, groups and legacy outputs', () => {
    const parsed = parseWorkflowCommands([
      '::group::One',
      'a',
      '::group::Two',
      'b',
      '::endgroup::',
      'outside',
      '::add-mask::  ',
      '::add-mask::tok',
      '::debug::dbg',
      '::notice file=x.py,line=2,endLine=oops::n',
      '::set-output name=legacy::v1',
      '::save-state name=s::1',
    ]);
    expect(parsed.groups).toEqual([
      { name: 'One', lines: ['a'] },
      { name: 'Two', lines: ['b'] },
    ]);
    expect(parsed.masks).toEqual(['tok']);
    expect(parsed.debug).toEqual(['dbg']);
    // A non-numeric location is dropped rather than turned into NaN.
    expect(parsed.notices).toEqual([{ level: 'notice', message: 'n', file: 'x.py', line: 2 }]);
    expect(parsed.legacyOutputs).toEqual({ legacy: 'v1' });
    expect(parsed.legacyState).toEqual({ s: '1' });
  });

  it('shows the log as the runner does: commands hidden, secrets masked from their registration on', () => {
    const parsed = parseWorkflowCommands(
      [
        'early s3cr3t',
        '::add-mask::s3cr3t',
        'late s3cr3t and "s3cr3t" in JSON',
        'token tok/en=1 as tok%2Fen%3D1',
        '::group::G',
        'in group s3cr3t',
      ],
      ['tok/en=1'],
    );
    expect(parsed.visibleLog).toEqual([
      'early s3cr3t',
      'late *** and "***" in JSON',
      'token *** as ***',
      'in group ***',
    ]);
    expect(parsed.groups).toEqual([{ name: 'G', lines: ['in group ***'] }]);
  });

  it('ignores commands between ::stop-commands:: and the resume token', () => {
    const parsed = parseWorkflowCommands([
      '::stop-commands::pause-123',
      '::error::not an error',
      '::pause-123::',
      '::error::real',
    ]);
    expect(parsed.errors.map((e) => e.message)).toEqual(['real']);
  });
});

describe('file command parsing', () => {
  it('reads name=value lines and heredoc blocks as the runner does', () => {
    const text =
      'plain=a=b\n' +
      'multi<<ghadelimiter_1\nline 1\n\nline 3\nghadelimiter_1\n' +
      'empty<<EOF\nEOF\n' +
      'crlf<<X\r\none\r\ntwo\r\nX\r\n' +
      'eq<<E\nx=y\nE\n' +
      'plain=later\n';
    expect(parseKeyValueFile(text)).toEqual({
      plain: 'later',
      multi: 'line 1\n\nline 3',
      empty: '',
      crlf: 'one\r\ntwo',
      eq: 'x=y',
    });
  });

  it('fails on a missing delimiter or a malformed line like the runner', () => {
    expect(() => parseKeyValueFile('a<<EOF\nvalue\n', 'GITHUB_OUTPUT')).toThrow(
      new FileCommandError('GITHUB_OUTPUT', "Invalid value. Matching delimiter not found 'EOF'"),
    );
    expect(() => parseKeyValueFile('=x\n')).toThrow(/Name must not be empty/);
    expect(() => parseKeyValueFile('just text\n')).toThrow(/Invalid format 'just text'/);
    expect(() => parseKeyValueFile('a<<\n')).toThrow(/delimiter must not be empty/);
  });

  it('reads GITHUB_PATH lines', () => {
    expect(parsePathFile('/a/bin\n\n  /b  \r\n')).toEqual(['/a/bin', '/b']);
  });
});

describe('inputs', () => {
  it('names INPUT_ variables like the runner', () => {
    expect(inputEnvName('min coverage')).toBe('INPUT_MIN_COVERAGE');
    expect(inputEnvName('github-token')).toBe('INPUT_GITHUB-TOKEN');
  });

  it('evaluates the small expression subset of defaults', () => {
    const context = {
      github: { token: 't0k', repository: 'o/r', event: { pull_request: { number: 4 }, inputs: {} } },
    };
    expect(evaluateDefault('${{ github.token }}', context)).toBe('t0k');
    expect(evaluateDefault('repo: ${{github.repository}}!', context)).toBe('repo: o/r!');
    expect(evaluateDefault('${{ github.event.pull_request.number }}', context)).toBe('4');
    expect(evaluateDefault("${{ github.event.inputs.x || 'fallback' }}", context)).toBe('fallback');
    expect(evaluateDefault('${{ github.event.inputs.x || github.nope }}', context)).toBe('');
    expect(evaluateDefault('${{ secrets.TOKEN }}', context)).toBe('');
    expect(evaluateDefault("${{ format('{0}', 1) }}", context)).toBe('');
    expect(evaluateDefault('plain', context)).toBe('plain');
  });
});
