import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '@pipeline-actions/shared';
import { detectFormat, FORMAT_IDS, formatById, parseReport } from '../src/parse.ts';
import { addTotals, emptyTotals } from '../src/model.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cg-formats-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
const file = async (name: string, content: string | Buffer): Promise<string> => {
  await writeFile(join(dir, name), content);
  return join(dir, name);
};
const totals = (report: Awaited<ReturnType<typeof parseReport>>) => {
  const t = emptyTotals();
  for (const f of report.files.values()) addTotals(t, f.totals());
  return t;
};
const failure = async (promise: Promise<unknown>): Promise<UserError> => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
};

describe('the list of formats', () => {
  it('is what the README documents: a row of the Formats table per format, and no other', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const table = readme.slice(readme.indexOf('## Formats'), readme.indexOf('### Exact numbers'));
    const documented = [...table.matchAll(/^\| `([a-z-]+)` \|/gm)].map((row) => row[1]);
    expect([...documented].sort()).toEqual([...FORMAT_IDS].sort());
  });
});

describe('detectFormat', () => {
  it.each([
    ['mode: atomic\na.go:1.1,2.2 1 0\n', 'go'],
    ['TN:\nSF:/a.js\n', 'lcov'],
    ['SF:C:\\src\\a.cs\n', 'lcov'],
    [
      '<?xml version="1.0" ?>\n<!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd">\n<coverage line-rate="0.5">',
      'cobertura',
    ],
    ['<?xml version="1.0"?><coverage generated="1" clover="3.2.0"><project>', 'clover'],
    ['<?xml version="1.0" encoding="UTF-8"?>\n<coverage generated="1">\n  <project timestamp="1">', 'clover'],
    [
      '<?xml version="1.0"?><!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd"><report name="x">',
      'jacoco',
    ],
    ['<?xml version="1.0" encoding="utf-8"?>\n<CoverageSession>\n  <Summary', 'opencover'],
    ['{"meta": {"format": 3, "version": "7.12.0", "timestamp": "x"}, "files": {', 'coveragepy-json'],
    ['{"/a/b.js": {"path": "/a/b.js", "statementMap": {"0": {', 'istanbul-json'],
    ['{"total": {"lines": {"total": 5, "covered": 4', 'istanbul-summary'],
  ])('%j -> %s', (head, format) => {
    expect(detectFormat(head)?.id).toBe(format);
  });
  it('recognizes nothing in other text', () => {
    expect(detectFormat('<testsuites><testsuite name="x">')).toBeUndefined();
    expect(detectFormat('{"runs": []}')).toBeUndefined();
    expect(detectFormat('hello')).toBeUndefined();
  });
});

describe('lcov', () => {
  it('reads DA/BRDA/FN/FNDA, Windows paths, CRLF, duplicate function names and records repeated in one file', async () => {
    const path = await file(
      'win.info',
      [
        'TN:',
        'SF:C:\\work\\src\\a.ts',
        'FN:1,dup',
        'FN:5,dup',
        'FNDA:3,dup',
        'FNDA:0,dup',
        'DA:1,3',
        'DA:2,0',
        'DA:5,0,abcdef',
        'BRDA:2,0,0,1',
        'BRDA:2,0,1,-',
        'LF:3',
        'LH:1',
        'end_of_record',
        'SF:C:\\work\\src\\a.ts',
        'DA:2,4',
        'BRDA:2,0,0,0',
        'BRDA:2,0,1,2',
        'end_of_record',
      ].join('\r\n'),
    );
    const report = await parseReport(path);
    expect([...report.files.keys()]).toEqual(['C:\\work\\src\\a.ts']);
    const t = totals(report);
    // line 2 covered by the second record; both branch outcomes covered once merged position by position
    expect(t.lines).toEqual({ total: 3, covered: 2 });
    expect(t.branches).toEqual({ total: 2, covered: 2 });
    expect(t.functions).toEqual({ total: 2, covered: 1 });
  });

  it('names the file and line of a malformed record', async () => {
    const path = await file('bad.info', 'SF:a.js\nDA:1,1\nDA:x,1\nend_of_record\n');
    const error = await failure(parseReport(path));
    expect(error.message).toBe(`${path}:3: is not a valid lcov file: 'x' is not a number`);
  });

  it('rejects data before SF', async () => {
    const path = await file('nosf.info', 'TN:\nDA:1,1\n');
    expect((await failure(parseReport(path))).message).toMatch(/:2: is not a valid lcov file: DA before any SF/);
  });
});

describe('XML formats', () => {
  it('Cobertura: coverlet BOM and True/False, method lines not double counted, several classes per file', async () => {
    const path = await file(
      'coverlet.xml',
      '\ufeff<?xml version="1.0" encoding="utf-8"?>\n<coverage line-rate="0.5" branch-rate="NaN" version="1.9" timestamp="1">\n<sources><source>D:\\repo\\src\\</source></sources>\n<packages><package name="P"><classes>\n' +
        '<class name="A" filename="lib\\A.cs"><methods><method name="M" signature="()" line-rate="1"><lines><line number="3" hits="2" branch="False" /></lines></method></methods>' +
        '<lines><line number="3" hits="2" branch="False" /><line number="4" hits="0" branch="True" condition-coverage="50% (1/2)" /></lines></class>\n' +
        '<class name="A/&lt;&gt;c" filename="lib\\A.cs"><methods/><lines><line number="4" hits="1" branch="True" condition-coverage="50% (1/2)" /><line number="9" hits="0" branch="False" /></lines></class>\n' +
        '</classes></package></packages></coverage>\n',
    );
    const report = await parseReport(path);
    expect(report.format).toBe('cobertura');
    expect(report.sourceRoots).toEqual(['D:\\repo\\src\\']);
    const t = totals(report);
    expect(t.lines).toEqual({ total: 3, covered: 2 });
    expect(t.branches).toEqual({ total: 2, covered: 1 });
    expect(t.functions).toEqual({ total: 1, covered: 1 });
  });

  it('Clover: PHPUnit files under <package> and directly under <project>, metrics win for methods', async () => {
    const path = await file(
      'phpunit.xml',
      '<?xml version="1.0" encoding="UTF-8"?>\n<coverage generated="1">\n<project timestamp="1">\n' +
        '<package name="App"><file name="/src/A.php"><class name="A"><metrics methods="2" coveredmethods="1"/></class>' +
        '<line num="3" type="method" name="a" count="1"/><line num="4" type="stmt" count="1"/><line num="7" type="method" name="b" count="1"/><line num="8" type="stmt" count="1"/><line num="9" type="stmt" count="0"/>' +
        '<metrics loc="10" ncloc="10" classes="1" methods="2" coveredmethods="1" conditionals="0" coveredconditionals="0" statements="3" coveredstatements="2" elements="5" coveredelements="3"/></file></package>\n' +
        '<file name="/src/B.php"><line num="2" type="stmt" count="0"/><metrics methods="0" coveredmethods="0" conditionals="0" coveredconditionals="0" statements="1" coveredstatements="0"/></file>\n' +
        '<metrics files="2"/></project></coverage>\n',
    );
    const report = await parseReport(path);
    expect(report.format).toBe('clover');
    expect([...report.files.keys()]).toEqual(['/src/A.php', '/src/B.php']);
    const t = totals(report);
    expect(t.lines).toEqual({ total: 4, covered: 2 });
    // PHPUnit counts a method covered only when all of its lines are: its own metrics say 1 of 2
    expect(t.functions).toEqual({ total: 2, covered: 1 });
  });

  it('OpenCover: sequence points, branch points, skipped modules', async () => {
    const path = await file(
      'opencover.xml',
      '\ufeff<?xml version="1.0" encoding="utf-8"?>\r\n<CoverageSession><Modules>\r\n' +
        '<Module hash="1"><ModulePath>a.dll</ModulePath><Files><File uid="1" fullPath="C:\\r\\src\\A.cs" /></Files><Classes><Class><FullName>N.A</FullName><Methods>' +
        '<Method visited="true"><Name>System.Int32 N.A::F()</Name><FileRef uid="1" /><SequencePoints><SequencePoint vc="1" sl="3" sc="1" el="3" ec="9" fileid="1" /><SequencePoint vc="0" sl="4" sc="1" el="5" ec="9" fileid="1" /></SequencePoints>' +
        '<BranchPoints><BranchPoint vc="1" sl="3" path="0" fileid="1" /><BranchPoint vc="0" sl="3" path="1" fileid="1" /></BranchPoints></Method>' +
        '<Method visited="false"><Name>System.Void N.A::G()</Name><FileRef uid="1" /><SequencePoints><SequencePoint vc="0" sl="9" sc="1" el="9" ec="9" fileid="1" /></SequencePoints><BranchPoints /></Method>' +
        '</Methods></Class></Classes></Module>\r\n' +
        '<Module hash="2" skippedDueTo="Filter"><ModulePath>b.dll</ModulePath><Files><File uid="1" fullPath="C:\\r\\src\\B.cs" /></Files></Module>\r\n' +
        '</Modules></CoverageSession>\r\n',
    );
    const report = await parseReport(path);
    expect(report.format).toBe('opencover');
    expect([...report.files.keys()]).toEqual(['C:\\r\\src\\A.cs']);
    const t = totals(report);
    expect(t.statements).toEqual({ total: 3, covered: 1 });
    expect(t.lines).toEqual({ total: 4, covered: 1 });
    expect(t.branches).toEqual({ total: 2, covered: 1 });
    expect(t.functions).toEqual({ total: 2, covered: 1 });
  });

  it('a forced format that does not fit names the file', async () => {
    const path = await file('jacoco-not.xml', '<coverage line-rate="1"></coverage>');
    expect((await failure(parseReport(path, formatById('jacoco')))).message).toMatch(
      /is not a JaCoCo report: the root element is <coverage>, expected <report>/,
    );
  });
});

describe('coverage.py JSON functions (coverage.py 7.5+)', () => {
  // Shaped as coverage.py 7.16.2 writes `coverage json` for a module with `def excluded(x):  # pragma: no cover`
  // (Debian 12's coverage.py 6.5, which the tool tests run, writes no "functions" section).
  const summary = (statements: number, covered: number) => ({ num_statements: statements, covered_lines: covered });
  const entry = (executed: number[], missing: number[], excluded: number[], startLine: number) => ({
    executed_lines: executed,
    missing_lines: missing,
    excluded_lines: excluded,
    start_line: startLine,
    summary: summary(executed.length + missing.length, executed.length),
    executed_branches: [],
    missing_branches: [],
  });
  it('a fully excluded function is not an uncovered function', async () => {
    const path = await file(
      'coverage-functions.json',
      JSON.stringify({
        meta: { format: 3, version: '7.16.2', branch_coverage: true },
        files: {
          'm.py': {
            executed_lines: [1, 2, 10, 14, 18],
            missing_lines: [15],
            excluded_lines: [5, 6, 7, 11, 12],
            summary: summary(6, 5),
            functions: {
              used: entry([2], [], [], 1),
              excluded: entry([], [], [6, 7], 5),
              'K.meth': entry([], [], [12], 11),
              'K.other': entry([], [15], [], 14),
              '': entry([1, 10, 14, 18], [], [5, 11], 1),
            },
          },
        },
        totals: summary(6, 5),
      }),
    );
    const t = totals(await parseReport(path));
    expect(t.lines).toEqual({ total: 6, covered: 5 });
    expect(t.functions).toEqual({ total: 2, covered: 1 });
  });
});

describe('bad input', () => {
  it('an empty file', async () => {
    expect((await failure(parseReport(await file('empty.info', '')))).message).toMatch(
      /empty\.info: is empty, expected a coverage report/,
    );
  });
  it('truncated XML names the line', async () => {
    const path = await file(
      'cut.xml',
      '<?xml version="1.0"?>\n<coverage line-rate="1">\n<packages>\n<package name="a">\n<classes><class name="x" filename="x.py"><lines><line number="1" hits="1"/>',
    );
    const error = await failure(parseReport(path));
    expect(error.message).toMatch(/cut\.xml:5:\d+: is not well-formed XML/);
  });
  it('a binary file', async () => {
    const path = await file('coverage.out', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00]));
    expect((await failure(parseReport(path))).message).toMatch(/is a binary file, expected a coverage report/);
  });
  it('the wrong format', async () => {
    const path = await file('junit.xml', '<?xml version="1.0"?><testsuites><testsuite name="a"/></testsuites>');
    expect((await failure(parseReport(path))).message).toMatch(
      /junit\.xml: is not a coverage report .*: it is XML or HTML whose first element is <testsuites>\. Set 'format'/,
    );
  });
  it('bad JSON inside a coverage-final.json', async () => {
    const path = await file(
      'coverage-final.json',
      '{"/a.js": {"path": "/a.js", "statementMap": {"0": {"start": {"line": 1}}}, "s": {"0": 1,}}}',
    );
    const error = await failure(parseReport(path));
    expect(error.message).toMatch(/coverage-final\.json:1:\d+: is not valid JSON/);
  });
  it('a Go profile line that does not parse', async () => {
    const path = await file('cover.out', 'mode: set\nexample.com/a/a.go:1.1,2.2 1 1\nexample.com/a/a.go:garbage\n');
    expect((await failure(parseReport(path))).message).toMatch(/cover\.out:3: is not a valid Go cover profile line/);
  });
});
