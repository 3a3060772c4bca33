// The shared readers stay linear on a single long token (issue 11, item 4). XML: a 50 MB attribute, a long comment
// and a long CDATA section are each decoded a bounded number of times, not once per 64 KB chunk read after them
// (work counted in characters decoded, not timed). Lines: one 50 MB line costs about what 50 MB of short lines
// cost (compared with each other in the same process, not against a clock), for each way production reads text.
import { afterAll, afterEach, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readChunks, readUtf8Chunks } from '../../src/report/chunks.ts';
import { scanLines } from '../../src/report/lines.ts';
import { streamXml } from '../../src/report/xml.ts';

const MB = 1024 * 1024;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'xml-long-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  jest.restoreAllMocks();
});

/** Characters decoded from bytes while `body` runs. */
async function decoded(body: () => Promise<void>): Promise<number> {
  let count = 0;
  const original = Buffer.prototype.toString;
  jest.spyOn(Buffer.prototype, 'toString').mockImplementation(function (this: Buffer, ...args: unknown[]) {
    const text = (original as (...a: unknown[]) => string).apply(this, args);
    count += text.length;
    return text;
  });
  await body();
  return count;
}

describe('one long token', () => {
  test('a 50 MB attribute reaches the handler whole, decoded a few times over, not once per chunk', async () => {
    const file = path.join(dir, 'attr.xml');
    const value = 'a'.repeat(50 * MB);
    writeFileSync(
      file,
      `<?xml version="1.0"?>\n<report>\n  <item note="${value}" n="1"/>\n  <item n="2"/>\n</report>\n`,
    );
    const seen: { length: number; n: string | undefined; line: number }[] = [];
    const work = await decoded(() =>
      streamXml(file, {
        open: (name, attrs, line) =>
          void (name === 'item' && seen.push({ length: attrs['note']?.length ?? 0, n: attrs['n'], line })),
      }),
    );
    expect(seen).toEqual([
      { length: 50 * MB, n: '1', line: 3 },
      { length: 0, n: '2', line: 4 },
    ]);
    // Doubling before each new attempt: under 4 times the file. One attempt per chunk would be ~800 times.
    expect(work).toBeLessThan(4 * 50 * MB);
  }, 60_000);

  test.each([
    ['comment', (body: string) => `<r><!--${body}--><x/></r>`],
    ['CDATA section', (body: string) => `<r><![CDATA[${body}]]><x/></r>`],
  ])(
    'a 20 MB %s',
    async (_kind, document) => {
      const file = path.join(dir, 'long.xml');
      writeFileSync(file, document('b'.repeat(20 * MB)));
      const names: string[] = [];
      const work = await decoded(() => streamXml(file, { open: (name) => void names.push(name) }));
      expect(names).toEqual(['r', 'x']);
      expect(work).toBeLessThan(4 * 20 * MB);
    },
    60_000,
  );

  test('a long token cut by the end of the file is still an error with its place', async () => {
    const file = path.join(dir, 'cut.xml');
    writeFileSync(file, `<r>\n<item note="${'c'.repeat(3 * MB)}`);
    await expect(streamXml(file, {})).rejects.toThrow(/cut\.xml:2:1: is not well-formed XML: unexpected end of file/);
  }, 60_000);
});

describe('one long line', () => {
  test.each([
    ['scanLines', (file: string) => scanLines(file, () => undefined)],
    [
      'readChunks (whole lines, as lcov reads)',
      async (file: string) => {
        for await (const chunk of readChunks(file, { wholeLines: true })) void chunk;
      },
    ],
    [
      'readUtf8Chunks (as JSON reads)',
      async (file: string) => {
        for await (const chunk of readUtf8Chunks(file)) void chunk;
      },
    ],
  ])(
    '%s: one 50 MB line costs about what 50 MB of short lines cost',
    async (_name, read) => {
      const long = path.join(dir, 'long-line.txt');
      const short = path.join(dir, 'short-lines.txt');
      writeFileSync(long, `${'a'.repeat(50 * MB)}\nb\n`);
      writeFileSync(short, `${'a'.repeat(99)}\n`.repeat((50 * MB) / 100));
      const time = async (file: string) => {
        const started = performance.now();
        await read(file);
        return performance.now() - started;
      };
      await time(short); // warm-up
      const [shortMs, longMs] = [await time(short), await time(long)];
      // Once per chunk, the long line took about 40 times as long (15.6 s against 0.4 s here).
      expect(longMs).toBeLessThan(5 * shortMs + 500);
    },
    120_000,
  );

  test('lines spanning chunks come out whole, CRLF and BOM handled', async () => {
    const file = path.join(dir, 'mixed.txt');
    writeFileSync(file, `\ufeff${'x'.repeat(3 * MB)}\r\n\nlast`);
    const lines: [number, number][] = [];
    await scanLines(file, (text, line) => lines.push([text.length, line]));
    expect(lines).toEqual([
      [3 * MB, 1],
      [0, 2],
      [4, 3],
    ]);
  });
});
