import { describe, expect, test } from '@jest/globals';
import { evaluateAssertion, parseAssertion, type ResponseView } from '../../src/probe/assertions.ts';
import { UserError } from '../../src/action/errors.ts';
import { compileJsonPath } from '../../src/probe/jsonpath.ts';

const response: ResponseView = {
  status: 200,
  headers: { 'content-type': 'application/json; charset=utf-8', 'content-length': '120', 'set-cookie': ['a=1', 'b=2'] },
  body: JSON.stringify({
    status: 'ok',
    count: 3,
    ratio: 0.5,
    live: true,
    none: null,
    items: [{ id: 1 }, { id: 2 }, { id: 3 }],
    tags: ['x', 'y'],
  }),
  durationMs: 123.4567,
};

function check(text: string, view: ResponseView = response) {
  return evaluateAssertion(parseAssertion(text), view);
}

describe('assertions that hold', () => {
  test.each([
    'status == 200',
    'status 200',
    'status 2xx',
    'status == 2xx',
    'status != 5xx',
    'status in [201, 204, 2xx]',
    'status < 400',
    'status >= 200',
    'header "Content-Type" contains "json"',
    'header "content-type" startsWith "application/"',
    'header "Content-Length" > 100',
    'header "Set-Cookie" contains "b=2"',
    'header "X-Missing" not exists',
    'body contains "\\"status\\":\\"ok\\""',
    'body matches /"count":\\s*3/',
    'body matches "ratio"',
    'jsonpath "$.status" == "ok"',
    'jsonpath "$.status" != "down"',
    'jsonpath "$.count" == 3',
    'jsonpath "$.count" >= 1',
    'jsonpath "$.ratio" < 1',
    'jsonpath "$.ratio" isFloat',
    'jsonpath "$.count" isInteger',
    'jsonpath "$.live" == true',
    'jsonpath "$.live" isBoolean',
    'jsonpath "$.none" isNull',
    'jsonpath "$.none" == null',
    'jsonpath "$.none" exists',
    'jsonpath "$.error" not exists',
    'jsonpath "$.items" isArray',
    'jsonpath "$.items" count == 3',
    'jsonpath "$.items[0].id" == 1',
    'jsonpath "$.items[-1].id" == 3',
    'jsonpath "$[\'status\']" == "ok"',
    'jsonpath "$.items[*].id" contains 2',
    'jsonpath "$..id" count == 3',
    'jsonpath "$.tags" contains "y"',
    'jsonpath "$" isObject',
    'duration < 500ms',
    'duration < 1s',
    'duration < 124',
    'duration > 100',
  ])('%s', (text) => {
    expect(check(text)).toBeUndefined();
  });
});

describe('failed assertions report expected versus actual', () => {
  test('status', () => {
    expect(check('status == 200', { ...response, status: 503 })).toEqual({
      assertion: 'status == 200',
      expected: '== 200',
      actual: '503',
    });
    expect(check('status in [200, 3xx]', { ...response, status: 404 })).toMatchObject({
      expected: 'in [200, 3xx]',
      actual: '404',
    });
  });
  test('jsonpath value, missing path and a body that is not JSON', () => {
    expect(check('jsonpath "$.status" == "ok"', { ...response, body: '{"status":"degraded"}' })).toEqual({
      assertion: 'jsonpath "$.status" == "ok"',
      expected: '== "ok"',
      actual: '"degraded"',
    });
    expect(check('jsonpath "$.nope" exists')).toMatchObject({ expected: 'exists', actual: 'missing' });
    expect(check('jsonpath "$.status" == "ok"', { ...response, body: '{"status": "ok", "items": [' })).toMatchObject({
      actual: expect.stringContaining('body is not JSON'),
    });
    expect(check('jsonpath "$.count" isString')).toMatchObject({ expected: 'isString', actual: '3' });
  });
  test('header, body, duration and negation', () => {
    expect(check('header "X-Request-Id" exists')).toMatchObject({ expected: 'exists', actual: 'missing' });
    expect(check('body contains "degraded"')).toMatchObject({ expected: 'contains "degraded"' });
    expect(check('duration < 100ms')).toEqual({ assertion: 'duration < 100ms', expected: '< 100', actual: '123.457' });
    expect(check('jsonpath "$.status" not == "ok"')).toMatchObject({ expected: 'not == "ok"' });
  });
  test('a type mismatch does not compare numerically', () => {
    expect(check('jsonpath "$.status" > 1')).toBeDefined();
    expect(check('jsonpath "$.count" == "3"')).toBeDefined();
  });
});

describe('syntax errors name the column', () => {
  test.each([
    ['stauts == 200', 1, "did you mean 'status'"],
    ['status === 200', 10, "unexpected '='"],
    ['jsonpath "$.a" equals 1', 16, 'unknown predicate'],
    ['jsonpath "$.a" eq 1', 16, "did you mean '=='"],
    ['jsonpath "a.b" exists', 11, "starts with '$'"],
    ['header Content-Type exists', 8, 'header name in double quotes'],
    ['body matches /[a-/', 14, 'invalid regular expression'],
    ['body contains "x', 15, 'unterminated string'],
    ['status == 200 extra', 15, "unexpected 'extra'"],
    ['status ==', 10, 'assertion ended'],
    ['jsonpath "$.a" == 5ms', 19, 'only makes sense for duration'],
    ['duration count < 3', 10, "'count' applies"],
  ])('%s', (text, column, message) => {
    let error: unknown;
    try {
      parseAssertion(text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toContain(message);
    expect((error as UserError).place.column).toBe(column);
  });
});

describe('jsonpath', () => {
  const document = { a: { b: [10, 20, { c: 'deep' }] }, 'odd key': 1, list: [{ n: 1 }, { n: 2 }] };
  test('definite and indefinite paths', () => {
    expect(compileJsonPath('$.a.b[1]').evaluate(document)).toBe(20);
    expect(compileJsonPath("$['odd key']").evaluate(document)).toBe(1);
    expect(compileJsonPath('$.a.b[2].c').evaluate(document)).toBe('deep');
    expect(compileJsonPath('$.a.x').evaluate(document)).toBeUndefined();
    expect(compileJsonPath('$.list[*].n').evaluate(document)).toEqual([1, 2]);
    expect(compileJsonPath('$..n').evaluate(document)).toEqual([1, 2]);
    expect(compileJsonPath('$.a.*').evaluate(document)).toEqual([[10, 20, { c: 'deep' }]]);
  });
  test('errors', () => {
    expect(() => compileJsonPath('$.a[')).toThrow(UserError);
    expect(() => compileJsonPath('$.a[x]')).toThrow(/expected an index/);
    expect(() => compileJsonPath('$a')).toThrow(/unexpected 'a'/);
  });
});
