import { describe, expect, test } from '@jest/globals';
import { parseSlotAddress, parseSlots } from '@pipeline-actions/shared';

describe('slot addresses', () => {
  test.each([
    ['127.0.0.1:8081', { kind: 'tcp', host: '127.0.0.1', port: 8081 }],
    ['app-blue.internal:80', { kind: 'tcp', host: 'app-blue.internal', port: 80 }],
    ['[::1]:9000', { kind: 'tcp', host: '::1', port: 9000, text: '[::1]:9000' }],
    ['unix:/run/app/blue.sock', { kind: 'unix', path: '/run/app/blue.sock' }],
  ])('%s', (text, expected) => {
    expect(parseSlotAddress(text)).toMatchObject(expected);
  });

  test.each([
    ['127.0.0.1', /neither host:port/],
    ['127.0.0.1:0', /neither host:port/],
    ['127.0.0.1:65536', /neither host:port/],
    ['http://127.0.0.1:80', /neither host:port/],
    ['host:80; rm -rf /', /neither host:port/],
    ['unix:run/blue.sock', /not a unix socket address/],
    ['unix:/run/$(id).sock', /not a unix socket address/],
    ['unix:/run/a b.sock', /not a unix socket address/],
  ])('refuses %s', (text, message) => {
    expect(() => parseSlotAddress(text)).toThrow(message);
  });
});

describe('the slots map', () => {
  test('two named slots with addresses', () => {
    const slots = parseSlots({ blue: '127.0.0.1:8081', green: 'unix:/run/g.sock' }, { addressRequired: true });
    expect(slots.map((slot) => [slot.name, slot.address?.text])).toEqual([
      ['blue', '127.0.0.1:8081'],
      ['green', 'unix:/run/g.sock'],
    ]);
  });
  test('other names work too', () => {
    expect(parseSlots({ a: '127.0.0.1:1', b: '127.0.0.1:2' }, { addressRequired: true }).map((s) => s.name)).toEqual([
      'a',
      'b',
    ]);
  });
  test.each([
    [undefined, /is required for this target/],
    [{ blue: '127.0.0.1:1' }, /exactly two slots .* got 1: blue/],
    [{ blue: '127.0.0.1:1', green: '127.0.0.1:2', red: '127.0.0.1:3' }, /exactly two slots/],
    [{ blue: '127.0.0.1:1', green: '127.0.0.1:1' }, /same address 127.0.0.1:1/],
    [{ blue: '127.0.0.1:1', green: '' }, /slot 'green' needs an address/],
    [{ blue: '127.0.0.1:1', 'Green!': '127.0.0.1:2' }, /slot name 'Green!'/],
    [{ blue: '127.0.0.1:1', green: ['x'] }, /slot 'green': expected an address/],
  ])('refuses %j', (map, message) => {
    expect(() => parseSlots(map as Record<string, unknown> | undefined, { addressRequired: true })).toThrow(message);
  });
});
