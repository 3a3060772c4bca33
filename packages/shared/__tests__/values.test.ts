import { describe, expect, it } from '@jest/globals';
import {
  formatDuration,
  parseBoolean,
  parseDuration,
  parseList,
  parseNumber,
  parsePercent,
} from '../src/action/values.ts';
import { closest, didYouMean } from '../src/action/suggest.ts';

describe('parseDuration', () => {
  it.each([
    ['250ms', 250],
    ['30s', 30_000],
    ['5m', 300_000],
    ['1h', 3_600_000],
    ['1m30s', 90_000],
    ['1.5s', 1500],
    [' 2s ', 2000],
  ])('%s -> %d ms', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it('rejects a bare number with a hint to add a unit', () => {
    expect(() => parseDuration('30')).toThrow(
      "expected a duration such as '250ms', '30s', '5m', '1h' or '1m30s', got '30' (add a unit: '30s' or '30ms')",
    );
  });
  it.each(['', 'soon', '5 minutes', '1d', '-1s'])('rejects %p', (text) =>
    expect(() => parseDuration(text)).toThrow(/expected a duration/),
  );
  it('formats durations back', () => {
    expect(formatDuration(250)).toBe('250ms');
    expect(formatDuration(1500)).toBe('1.5s');
    expect(formatDuration(90_000)).toBe('1m30s');
  });
});

describe('parsePercent', () => {
  it.each([
    ['85', 85],
    ['85%', 85],
    ['99.9 %', 99.9],
    ['0', 0],
    ['100%', 100],
  ])('%s -> %d', (text, value) => expect(parsePercent(text)).toBe(value));
  it.each(['101', '-5', 'eighty', '0.5.1%'])('rejects %p', (text) =>
    expect(() => parsePercent(text)).toThrow(/percentage between 0 and 100/),
  );
});

describe('parseList, parseBoolean, parseNumber', () => {
  it('splits on newlines and commas and drops blanks', () => {
    expect(parseList('a, b\n\n c ,\nd')).toEqual(['a', 'b', 'c', 'd']);
    expect(parseList('')).toEqual([]);
  });
  it('accepts only true/false', () => {
    expect(parseBoolean('TRUE')).toBe(true);
    expect(parseBoolean('false')).toBe(false);
    expect(() => parseBoolean('yes')).toThrow("expected 'true' or 'false', got 'yes'");
  });
  it('checks ranges and integers', () => {
    expect(parseNumber('4', { min: 1, max: 8, integer: true })).toBe(4);
    expect(() => parseNumber('9', { min: 1, max: 8 })).toThrow("expected a number between 1 and 8, got '9'");
    expect(() => parseNumber('2.5', { integer: true })).toThrow("expected a whole number, got '2.5'");
    expect(() => parseNumber('0x10')).toThrow(/expected a number/);
  });
});

describe('did you mean', () => {
  it('suggests the closest candidate for a typo', () => {
    expect(closest('thresholds', ['threshold', 'checks', 'timeout'])).toBe('threshold');
    expect(didYouMean('tiemout', ['threshold', 'checks', 'timeout'])).toBe(" (did you mean 'timeout'?)");
  });
  it('suggests nothing when nothing is close', () => {
    expect(didYouMean('zebra', ['threshold', 'checks'])).toBe('');
  });
});
