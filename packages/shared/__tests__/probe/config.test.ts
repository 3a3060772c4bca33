import { describe, expect, test } from '@jest/globals';
import {
  buildConfig,
  Redactor,
  UserError,
  type ConfigContext,
  type HttpCheck,
  type TcpCheck,
} from '@pipeline-actions/shared';
import { parse } from 'yaml';

function context(overrides: Partial<ConfigContext> = {}): ConfigContext {
  return {
    source: 'checks',
    baseUrl: 'https://staging.example.com/app/',
    env: { API_TOKEN: 'secret-token-123' },
    redactor: new Redactor(),
    timeoutMs: undefined,
    connectTimeoutMs: undefined,
    ...overrides,
  };
}

function build(yaml: string, overrides: Partial<ConfigContext> = {}) {
  return buildConfig(parse(yaml) as unknown, context(overrides));
}

function error(yaml: string, overrides: Partial<ConfigContext> = {}): string {
  try {
    build(yaml, overrides);
  } catch (caught) {
    expect(caught).toBeInstanceOf(UserError);
    return (caught as Error).message;
  }
  throw new Error('expected a UserError');
}

describe('buildConfig', () => {
  test('defaults, per-check overrides, base-url as a prefix, query, headers and a JSON body', () => {
    const config = build(`
defaults:
  timeout: 3s
  headers: { Accept: application/json, X-Env: staging }
  query: { lang: en }
  assert: [duration < 1s]
  thresholds: [p(95)<800]
thresholds: [rate<0.01]
checks:
  - name: create
    url: /orders?dry=1
    json: { sku: A1, qty: 2 }
    headers: { X-Env: canary }
    timeout: 1500ms
    assert: [status == 201]
  - url: health
    insecure: true
    follow-redirects: true
`);
    const [create, health] = config.checks as HttpCheck[];
    expect(create).toMatchObject({
      name: 'create',
      method: 'POST',
      body: '{"sku":"A1","qty":2}',
      timeoutMs: 1500,
      headers: { accept: 'application/json', 'x-env': 'canary', 'content-type': 'application/json' },
      verifyTls: true,
    });
    expect(create!.url.toString()).toBe('https://staging.example.com/app/orders?dry=1&lang=en');
    expect(create!.assertions.map((assertion) => assertion.source)).toEqual(['duration < 1s', 'status == 201']);
    expect(health).toMatchObject({
      name: 'GET health',
      method: 'GET',
      timeoutMs: 3000,
      verifyTls: false,
      followRedirects: true,
    });
    expect(health!.url.toString()).toBe('https://staging.example.com/app/health?lang=en');
    expect(config.insecureChecks).toEqual(['GET health']);
    expect(config.thresholds.map((threshold) => threshold.source)).toEqual(['rate<0.01']);
    expect(config.checkThresholds.get('create')!.map((threshold) => threshold.source)).toEqual(['p(95)<800']);
  });

  test('a bare list is the checks; TCP checks; input-level timeouts', () => {
    const config = build('- tcp: db.internal:5432\n  assert: [duration < 200ms]\n- url: https://other.example.com/x', {
      timeoutMs: 2000,
      connectTimeoutMs: 500,
    });
    expect(config.checks[0] as TcpCheck).toMatchObject({
      kind: 'tcp',
      name: 'tcp db.internal:5432',
      host: 'db.internal',
      port: 5432,
      timeoutMs: 2000,
      connectTimeoutMs: 500,
    });
    expect((config.checks[1] as HttpCheck).url.toString()).toBe('https://other.example.com/x');
  });

  test('${NAME} comes from the environment and becomes a secret', () => {
    const masked: string[] = [];
    const redactor = new Redactor((value) => masked.push(value));
    const config = build(
      '- url: /api\n  headers: { Authorization: "Bearer ${API_TOKEN}" }\n  body: "literal $${NOT_A_VAR}"',
      { redactor },
    );
    const check = config.checks[0] as HttpCheck;
    expect(check.headers['authorization']).toBe('Bearer secret-token-123');
    expect(check.body).toBe('literal ${NOT_A_VAR}');
    expect(masked).toEqual(['secret-token-123']);
    expect(redactor.text('x secret-token-123 y')).toBe('x *** y');
  });

  test.each([
    [
      '- name: api\n  url: /a\n  asert: [status == 200]',
      "check 'api' (checks[0]) field 'asert': unknown key 'asert' (did you mean 'assert'?)",
    ],
    [
      'defaults:\n  timout: 1s\nchecks: [{ url: /a }]',
      "defaults.timout: unknown key 'timout' (did you mean 'timeout'?)",
    ],
    ['- url: /a\n  method: GTE', "check '#1' (checks[0]) field 'method': expected one of"],
    [
      '- name: a\n  url: /a\n- name: a\n  url: /b',
      "check 'a' (checks[1]) field 'name': another check is already named 'a'",
    ],
    ['- name: a\n  url: /a\n  tcp: h:1', "check 'a' (checks[0]) field 'url': give either 'url'"],
    [
      '- name: a',
      "check 'a' (checks[0]) field 'url': give either 'url' (an HTTP check) or 'tcp' (host:port), not neither",
    ],
    ['- name: db\n  tcp: db.internal', "check 'db' (checks[0]) field 'tcp': expected host:port"],
    ['- name: db\n  tcp: h:70000', "field 'tcp': expected host:port"],
    [
      '- name: db\n  tcp: h:5432\n  assert: [status == 200]',
      "check 'db' (checks[0]) field 'assert': 'status == 200': a TCP check can only assert on duration",
    ],
    [
      '- name: a\n  url: "http://exa mple.com"',
      "check 'a' (checks[0]) field 'url': 'http://exa mple.com' is not a valid URL",
    ],
    ['- name: a\n  url: ftp://example.com/x', 'must be http or https'],
    [
      '- name: a\n  url: /x\n  assert: [status = 200]',
      "check 'a' (checks[0]) field 'assert[0]': 'status = 200': unexpected '='",
    ],
    [
      '- name: a\n  url: /x\n  thresholds: ["p95<1"]',
      "check 'a' (checks[0]) field 'thresholds[0]': threshold 'p95<1' does not parse at column 1",
    ],
    ['thresholds: ["<500ms"]\nchecks: [{ url: /x }]', "thresholds[0]: '<500ms': name what to compare"],
    [
      '- name: a\n  url: /x\n  headers: { Authorization: "Bearer ${MISSING_TOKEN}" }',
      'checks[0].headers.Authorization: environment variable MISSING_TOKEN is not set',
    ],
    ['checks: []', 'checks: expected at least 1 item(s), got 0'],
  ])('rejects %j', (yaml, message) => {
    expect(error(yaml)).toContain(message);
  });

  test('a relative URL needs base-url', () => {
    expect(error('- name: a\n  url: /health', { baseUrl: undefined })).toContain(
      "'/health' is relative; set the base-url input",
    );
  });
});
