import { describe, expect, it } from '@jest/globals';
import { UserError } from '../src/action/errors.ts';
import { parseAndValidate, validate, type Schema } from '../src/action/schema.ts';

const checkSchema: Schema = {
  type: 'object',
  properties: {
    checks: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          name: { type: 'string' },
          url: { type: 'string' },
          method: { type: 'string', enum: ['GET', 'POST', 'HEAD'] },
          timeout: { type: 'duration' },
          retries: { type: 'number', min: 0, integer: true },
          insecure: { type: 'boolean' },
        },
        required: ['url'],
      },
    },
    limits: { type: 'map', values: { type: 'percent' }, keys: ['lines', 'branches', 'functions'] },
    tags: { type: 'stringList' },
  },
};

describe('validate', () => {
  it('converts durations and percentages and keeps known keys', () => {
    const value = validate<Record<string, unknown>>(
      { checks: [{ url: '/health', timeout: '2s', retries: 3 }], limits: { lines: '85%' }, tags: 'smoke' },
      checkSchema,
    );
    expect(value).toEqual({
      checks: [{ url: '/health', timeout: 2000, retries: 3 }],
      limits: { lines: 85 },
      tags: ['smoke'],
    });
  });
  it('rejects an unknown key with a suggestion and the path', () => {
    expect(() => validate({ checks: [{ url: '/', timout: '1s' }] }, checkSchema)).toThrow(
      "checks[0].timout: unknown key 'timout' (did you mean 'timeout'?); expected one of name, url, method, timeout, retries, insecure",
    );
  });
  it('rejects an enum value with a suggestion', () => {
    expect(() => validate({ checks: [{ url: '/', method: 'PSOT' }] }, checkSchema)).toThrow(
      "checks[0].method: expected one of 'GET', 'POST', 'HEAD', got 'PSOT' (did you mean 'POST'?)",
    );
  });
  it('names a missing required key', () => {
    expect(() => validate({ checks: [{ name: 'x' }] }, checkSchema)).toThrow('checks[0].url: is required');
  });
  it('rejects unknown map keys when keys are fixed', () => {
    expect(() => validate({ limits: { line: 80 } }, checkSchema)).toThrow(
      "limits.line: unknown key 'line' (did you mean 'lines'?)",
    );
  });
});

describe('parseAndValidate', () => {
  it('reports the line of an unknown key in YAML', async () => {
    const yaml = 'checks:\n  - url: /health\n    retires: 3\n';
    try {
      await parseAndValidate(yaml, checkSchema);
      throw new Error('should have failed');
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).place.line).toBe(3);
      expect((error as Error).message).toContain("did you mean 'retries'?");
    }
  });
  it('reports the line of a YAML syntax error', async () => {
    try {
      await parseAndValidate('checks:\n  - url: "/x\n', checkSchema);
      throw new Error('should have failed');
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      expect((error as Error).message).toMatch(/^invalid YAML/);
      expect((error as UserError).place.line).toBeGreaterThanOrEqual(2);
    }
  });
  it('accepts JSON', async () => {
    expect(await parseAndValidate('{"checks":[{"url":"/a"}]}', checkSchema)).toEqual({ checks: [{ url: '/a' }] });
  });
});
