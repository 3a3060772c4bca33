import { describe, expect, it, beforeAll, afterAll } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readChunks, readUtf8Chunks } from '../../src/report/chunks.ts';
import { scanLines } from '../../src/report/lines.ts';
import { streamXml } from '../../src/report/xml.ts';
import { streamJson, type JsonPath } from '../../src/report/json.ts';
import { sniffFile } from '../../src/report/sniff.ts';
import { fileError, UserError } from '../../src/action/errors.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'readers-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
const file = async (name: string, content: string | Buffer): Promise<string> => {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
};
const caught = async (promise: Promise<unknown>): Promise<UserError> => {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error('expected a UserError');
};

describe('scanLines', () => {
  it('drops a BOM and CR, numbers lines and keeps a last line without newline', async () => {
    const path = await file('crlf.txt', '\ufeffSF:a.ts\r\nDA:1,2\r\n\r\nend_of_record');
    const scanned: [string, number][] = [];
    await scanLines(path, (text, line) => scanned.push([text, line]));
    expect(scanned).toEqual([
      ['SF:a.ts', 1],
      ['DA:1,2', 2],
      ['', 3],
      ['end_of_record', 4],
    ]);
  });

  it('joins lines cut across read chunks (multi-MB file)', async () => {
    const count = 300_000;
    const body = Array.from({ length: count }, (_, i) => `DA:${i + 1},${i % 7}`).join('\n') + '\n';
    const path = await file('big.txt', body);
    let n = 0;
    let bad = 0;
    await scanLines(path, (text, line) => {
      n++;
      if (text !== `DA:${line},${(line - 1) % 7}`) bad++;
    });
    expect(n).toBe(count);
    expect(bad).toBe(0);
  });
});

describe('readChunks', () => {
  const body = Array.from({ length: 2000 }, (_, i) => `line ${i} é ${'x'.repeat(i % 50)}`).join('\n');

  it('gives the file back byte for byte, in chunks of at most the buffer size', async () => {
    const path = await file('plain.txt', body);
    const chunks: Buffer[] = [];
    // Copies: a chunk is a view of a reused buffer, valid until the next one.
    for await (const chunk of readChunks(path, { chunkBytes: 1000 })) chunks.push(Buffer.from(chunk));
    expect(chunks.length).toBeGreaterThan(10);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThanOrEqual(1000);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(body);
  });

  it('with wholeLines, cuts only after a newline, and grows for a line longer than the buffer', async () => {
    const long = 'y'.repeat(5000);
    const path = await file('lines.txt', `${body}\n${long}\nlast`);
    const chunks: string[] = [];
    for await (const chunk of readChunks(path, { wholeLines: true, chunkBytes: 1000 }))
      chunks.push(chunk.toString('utf8'));
    expect(chunks.join('')).toBe(`${body}\n${long}\nlast`);
    expect(chunks.slice(0, -1).every((c) => c.endsWith('\n'))).toBe(true);
    expect(chunks.some((c) => c.includes(long))).toBe(true);
    expect(chunks[chunks.length - 1]).toBe('last');
  });

  it('readUtf8Chunks joins multi-byte characters cut between reads', async () => {
    const text = '€'.repeat(1000); // 3 bytes each: reads of 1000 bytes cut characters
    const path = await file('euro.txt', text);
    const chunks: string[] = [];
    for await (const chunk of readUtf8Chunks(path, 1000)) chunks.push(chunk);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(text);
  });
});

describe('streamXml', () => {
  it('reports elements, attributes, text and lines', async () => {
    const path = await file(
      'ok.xml',
      '\ufeff<?xml version="1.0"?>\n<!DOCTYPE coverage SYSTEM "x.dtd">\n<coverage a="1">\n  <source>/src &amp; more</source>\n  <line number="3" hits="0"/>\n</coverage>\n',
    );
    const events: string[] = [];
    let text = '';
    await streamXml(path, {
      open: (name, attrs, line) => events.push(`open ${name} ${JSON.stringify(attrs)} @${line}`),
      close: (name) => events.push(`close ${name}`),
      text: (t) => (text += t),
    });
    expect(events).toEqual([
      'open coverage {"a":"1"} @3',
      'open source {} @4',
      'close source',
      'open line {"number":"3","hits":"0"} @5',
      'close line',
      'close coverage',
    ]);
    expect(text).toContain('/src & more');
  });

  it('handles tags, comments, CDATA, entities and multi-byte text cut across read chunks', async () => {
    const items = Array.from(
      { length: 5000 },
      (_, i) =>
        `<!-- item ${i} -->\n<item n="${i}" title='a &amp; b &lt;${i}&gt; é' empty=""><![CDATA[x<${i}>]]>t&#233;${i}&#x41;</item>`,
    );
    const path = await file(
      'chunks.xml',
      `<?xml version="1.0"?>\n<!DOCTYPE root [\n<!ELEMENT root ANY>\n]>\n<root>\n${items.join('\n')}\n</root>\n`,
    );
    let count = 0;
    let bad = 0;
    let lastLine = 0;
    let text = '';
    await streamXml(path, {
      open: (name, attrs, line) => {
        if (name !== 'item') return;
        if (attrs.title !== `a & b <${count}> é` || attrs.n !== String(count) || attrs.empty !== '') bad++;
        lastLine = line;
        count++;
      },
      text: (t) => {
        text += t;
      },
    });
    expect(count).toBe(5000);
    expect(bad).toBe(0);
    expect(lastLine).toBe(5 + 2 * 5000);
    expect(text).toContain('x<4999>té4999A');
  });

  it('throws a file error with line and column for malformed XML', async () => {
    const path = await file('bad.xml', '<coverage>\n  <line number="1" hits="0">\n</coverage>\n');
    const error = await caught(streamXml(path, {}));
    expect(error.message).toMatch(/bad\.xml:3:\d+: is not well-formed XML/);
    expect(error.place.line).toBe(3);
  });

  it('throws for truncated XML', async () => {
    const path = await file('cut.xml', '<coverage>\n  <packages>\n    <package name="a">');
    const error = await caught(streamXml(path, {}));
    expect(error.message).toMatch(/is not well-formed XML/);
    expect(error.place.line).toBe(3);
  });

  it('throws for a file that holds no element', async () => {
    const path = await file('none.xml', '   \n');
    const error = await caught(streamXml(path, {}));
    expect(error.message).toMatch(/root element/);
  });

  it('propagates an error thrown by a handler', async () => {
    const path = await file('h.xml', '<a><b/></a>');
    await expect(
      streamXml(path, {
        open: (name) => {
          if (name === 'b') throw fileError(path, 'b is not allowed', 1);
        },
      }),
    ).rejects.toThrow('b is not allowed');
  });
});

describe('streamJson', () => {
  const collect = async (path: string, select: (p: JsonPath) => boolean, descend?: (p: JsonPath) => boolean) => {
    const got: [JsonPath, unknown][] = [];
    await streamJson(path, { select, descend, onValue: (v, p) => got.push([p, v]) });
    return got;
  };

  it('yields the selected members, with escapes, nesting and primitives', async () => {
    const doc = {
      meta: { version: '7.0', list: [1, 2] },
      files: {
        'a "quoted"\\path.py': { lines: [1, 2, 3], s: '}]{[' },
        'b.py': { lines: [], n: null, t: true, x: -1.5e3 },
      },
      totals: 42,
    };
    const path = await file('doc.json', JSON.stringify(doc, null, 2));
    const got = await collect(
      path,
      (p) => (p.length === 2 && p[0] === 'files') || (p.length === 1 && p[0] === 'totals'),
    );
    expect(got).toEqual([
      [['files', 'a "quoted"\\path.py'], doc.files['a "quoted"\\path.py']],
      [['files', 'b.py'], doc.files['b.py']],
      [['totals'], 42],
    ]);
    const items = await collect(path, (p) => p.length === 3 && p[0] === 'meta' && p[1] === 'list');
    expect(items).toEqual([
      [['meta', 'list', 0], 1],
      [['meta', 'list', 1], 2],
    ]);
  });

  it('handles values cut across chunks (multi-MB single-line document)', async () => {
    const doc: Record<string, unknown> = {};
    for (let i = 0; i < 20_000; i++)
      doc[`/src/file-${i}.js`] = { path: `/src/\\"f${i}`, s: { '0': i, '1': 0 }, pad: 'x'.repeat(i % 97) };
    const path = await file('big.json', JSON.stringify(doc));
    let count = 0;
    let bad = 0;
    await streamJson(path, {
      select: (p) => p.length === 1,
      onValue: (v, p) => {
        count++;
        if (JSON.stringify(v) !== JSON.stringify(doc[p[0] as string])) bad++;
      },
    });
    expect(count).toBe(20_000);
    expect(bad).toBe(0);
  });

  it('keeps a value whose first character ends a read chunk, parsed or as text', async () => {
    // Reads are 64 KB: put each kind of value's opening character at the last position of the first chunk.
    for (const value of ['{"a":[1,2]}', '[{"b":"}"}]', '"text"', '12345', 'true']) {
      const prefix = '{"pad":"';
      const padding = 64 * 1024 - 1 - prefix.length - '","v":'.length;
      const text = `${prefix}${'x'.repeat(padding)}","v":${value}}`;
      expect(text.indexOf(value)).toBe(64 * 1024 - 1);
      const path = await file('edge.json', text);
      const parsed: unknown[] = [];
      await streamJson(path, { select: (p) => p[0] === 'v', onValue: (v) => parsed.push(v) });
      expect(parsed).toEqual([JSON.parse(value)]);
      const texts: string[] = [];
      await streamJson(path, {
        select: (p) => (p[0] === 'v' ? 'text' : false),
        onValue: () => undefined,
        onText: (raw) => void texts.push(raw),
      });
      expect(texts).toEqual([value]);
    }
  });

  it('text values: positions, backpressure, and every value in order', async () => {
    const doc = { items: Array.from({ length: 3000 }, (_, i) => ({ id: i, s: `v${i} "quoted" }` })) };
    const path = await file('texts.json', JSON.stringify(doc, null, 1));
    const lines = JSON.stringify(doc, null, 1).split('\n');
    const seen: { text: string; line: number; column: number }[] = [];
    let paused = 0;
    await streamJson(path, {
      select: (p) => (p.length === 2 && p[0] === 'items' ? 'text' : false),
      onValue: () => undefined,
      onText: (text, _path, line, column) => {
        seen.push({ text, line, column });
        if (seen.length % 500 !== 0) return undefined;
        paused++;
        return new Promise((resolve) => setTimeout(resolve, 5));
      },
    });
    expect(paused).toBe(6);
    expect(seen.map((entry) => JSON.parse(entry.text) as unknown)).toEqual(doc.items);
    const last = seen[seen.length - 1]!;
    expect(lines[last.line - 1]!.slice(last.column - 1)).toBe('{');
  });

  it('skips subtrees the caller does not descend into', async () => {
    const path = await file('skip.json', '{"a": {"deep": [1, {"x": "]"}]}, "b": [10, 20]}');
    const got = await collect(
      path,
      (p) => p.length === 2,
      (p) => p[0] !== 'a',
    );
    expect(got).toEqual([
      [['b', 0], 10],
      [['b', 1], 20],
    ]);
  });

  it('reports bad JSON with line and column', async () => {
    const path = await file('bad.json', '{\n  "a": 1,\n  "b" 2\n}');
    const error = await caught(collect(path, () => false));
    expect(error.message).toMatch(/bad\.json:3:7: is not valid JSON: unexpected '2' where ':' was expected/);
  });

  it('reports bad JSON inside a selected value', async () => {
    const path = await file('bad2.json', '{"files": {\n"a": {"x": [1, 2,]}}}');
    const error = await caught(collect(path, (p) => p.length === 2));
    expect(error.message).toMatch(/is not valid JSON/);
    expect(error.place.line).toBe(2);
  });

  it('reports a truncated document', async () => {
    const path = await file('cut.json', '{"files": {"a": {"x": [1, 2');
    const error = await caught(collect(path, (p) => p.length === 2));
    expect(error.message).toMatch(/unexpected end of file/);
  });

  it('rejects trailing garbage and an empty document', async () => {
    const trailing = await file('trail.json', '{} x');
    expect((await caught(collect(trailing, () => false))).message).toMatch(/after the end of the document/);
    const blank = await file('blank.json', ' \n ');
    expect((await caught(collect(blank, () => false))).message).toMatch(/holds no value/);
  });
});

describe('sniffFile', () => {
  const expected = 'a coverage report';
  it('returns the head text without BOM', async () => {
    const path = await file('head.info', '\ufeffTN:\nSF:a.js\n');
    const head = await sniffFile(path, expected);
    expect(head).toEqual({ text: 'TN:\nSF:a.js\n', size: 15, bom: true });
  });
  it('rejects empty, missing, binary and UTF-16 files', async () => {
    expect((await caught(sniffFile(await file('empty', ''), expected))).message).toMatch(
      /empty: is empty, expected a coverage report/,
    );
    expect((await caught(sniffFile(join(dir, 'missing'), expected))).message).toMatch(/does not exist/);
    expect((await caught(sniffFile(await file('bin', Buffer.from([0x1f, 0x8b, 0, 1, 2])), expected))).message).toMatch(
      /is a binary file, expected a coverage report/,
    );
    expect(
      (await caught(sniffFile(await file('latin1', Buffer.from([0x41, 0xff, 0xfe, 0x41])), expected))).message,
    ).toMatch(/binary file/);
    expect((await caught(sniffFile(await file('u16', Buffer.from([0xff, 0xfe, 0x3c, 0])), expected))).message).toMatch(
      /UTF-16/,
    );
  });
  it('accepts a multi-byte character cut at the end of the head', async () => {
    const path = await file('utf8.txt', 'a'.repeat(8191) + 'é and more');
    const head = await sniffFile(path, expected);
    expect(head.text.startsWith('aaa')).toBe(true);
  });
});
