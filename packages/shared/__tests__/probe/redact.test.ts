// Secrets in every written form, cuts after masking, and ${NAME} in names and assertions (issue 11, item 1).
import { describe, expect, test } from '@jest/globals';
import { describeValue } from '../../src/probe/assertions.ts';
import { buildConfig } from '../../src/probe/config.ts';
import { Redactor, writtenForms } from '../../src/probe/redact.ts';

const SECRET = 'pa"ss\\wo&rd<x>|y';

describe('Redactor', () => {
  test('masks the JSON-, doubly JSON-, XML- and Markdown-escaped forms, and tells the runner about each', () => {
    const told: string[] = [];
    const redactor = new Redactor((value) => told.push(value));
    redactor.addSecret(SECRET);
    const json = JSON.stringify(SECRET).slice(1, -1);
    const twice = JSON.stringify(json).slice(1, -1);
    for (const form of [
      SECRET,
      json,
      twice,
      'pa&quot;ss\\wo&amp;rd&lt;x&gt;|y',
      'pa"ss\\\\wo&rd<x>\\|y',
      JSON.stringify({ token: SECRET }),
    ]) {
      expect(redactor.text(`before ${form} after`)).not.toMatch(/pa.{0,12}ss/);
    }
    expect(told).toEqual(writtenForms(SECRET));
    expect(told[0]).toBe(SECRET);
  });

  test('cut() masks before it cuts; a prefix left before a cut made elsewhere is masked', () => {
    const redactor = new Redactor();
    redactor.addSecret('s3cr3t-token-value');
    const text = `${'x'.repeat(95)}s3cr3t-token-value and more`;
    expect(redactor.cut(text, 100)).toBe(`${'x'.repeat(95)}*** a… (107 chars)`);
    // Cut by someone who did not know the secret: the prefix before "…" and at the very end.
    expect(redactor.text(`${'x'.repeat(10)}s3cr3t-to… (300 chars)`)).toBe(`${'x'.repeat(10)}***… (300 chars)`);
    expect(redactor.text('ends with s3cr3')).toBe('ends with ***');
    // Short prefixes and text that merely starts like the secret elsewhere are left alone.
    expect(redactor.text('s3c… and s3cr3 here')).toBe('s3c… and s3cr3 here');
  });

  test('describeValue masks before cutting the excerpt', () => {
    const redactor = new Redactor();
    redactor.addSecret(SECRET);
    const body = JSON.stringify({ pad: 'x'.repeat(180), token: SECRET });
    for (let limit = 190; limit < 240; limit++) {
      const shown = describeValue(body, limit, (text) => redactor.text(text));
      expect(shown).not.toMatch(/pa\\*"ss|pa\\*ss/);
    }
  });
});

describe('${NAME} in the checks config', () => {
  const context = () => ({
    source: 'checks',
    baseUrl: 'http://127.0.0.1:9',
    env: { API_TOKEN: SECRET },
    redactor: new Redactor(),
    timeoutMs: undefined,
    connectTimeoutMs: undefined,
  });

  test('a name with ${NAME} is masked: names are outputs', () => {
    const config = buildConfig([{ name: 'api ${API_TOKEN}', url: '/x' }], context());
    expect(config.checks[0]!.name).toBe('api ***');
    expect([...config.checkThresholds.keys()]).toEqual(['api ***']);
  });

  test('in an assertion, ${NAME} is a quoted value, substituted after parsing; the source keeps ${NAME}', () => {
    const config = buildConfig([{ url: '/x', assert: ['header "x-key" == "${API_TOKEN}"'] }], context());
    const assertion = config.checks[0]!.assertions[0]!;
    expect(assertion.source).toBe('header "x-key" == "${API_TOKEN}"');
    expect(assertion.predicate).toEqual({ kind: 'compare', op: '==', value: { kind: 'string', value: SECRET } });
  });

  test('errors quoting a substituted value mask it', () => {
    expect(() => buildConfig([{ url: '/x', timeout: '${API_TOKEN}' }], context())).toThrow(/got '\*\*\*'|\*\*\*/);
    try {
      buildConfig([{ url: '/x', timeout: '${API_TOKEN}' }], context());
    } catch (error) {
      expect((error as Error).message).not.toContain('ss\\wo');
    }
  });
});
