import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { readReport } from '../src/read.ts';
import { securitySeverityToSeverity } from '../src/formats/sarif/map.ts';
import { toRepoPath } from '../src/paths.ts';
import { countBySeverity, makeWorkspace } from './helpers/tools.ts';

let workspace: { dir: string; cleanup(): void };
beforeAll(() => {
  workspace = makeWorkspace({});
});
afterAll(() => workspace.cleanup());

async function readSarif(log: unknown, name = 'report.sarif') {
  const file = path.join(workspace.dir, name);
  writeFileSync(file, typeof log === 'string' ? log : JSON.stringify(log));
  return readReport(file, workspace.dir);
}

const result = (extra: Record<string, unknown>) => ({
  message: { text: 'problem' },
  locations: [
    { physicalLocation: { artifactLocation: { uri: 'src/a.js' }, region: { startLine: 3, startColumn: 2 } } },
  ],
  ...extra,
});

describe('SARIF levels and severities', () => {
  test('a result without a level inherits its rule defaultConfiguration (not a silent pass)', async () => {
    const report = await readSarif({
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'Semgrep OSS',
              rules: [
                { id: 'r.error', defaultConfiguration: { level: 'error' } },
                { id: 'r.note', defaultConfiguration: { level: 'note' } },
                { id: 'r.none' },
              ],
            },
          },
          results: [
            result({ ruleId: 'r.error' }),
            result({ ruleId: 'r.note', ruleIndex: 1 }),
            result({ ruleId: 'r.none' }),
            result({ ruleId: 'r.error', level: 'warning' }),
          ],
        },
      ],
    });
    expect(report.findings.map((finding) => finding.severity)).toEqual(['high', 'low', 'medium', 'medium']);
    expect(report.findings[0]).toMatchObject({
      tool: 'semgrep',
      category: 'sast',
      file: 'src/a.js',
      line: 3,
      column: 2,
    });
  });

  test('security-severity maps as GitHub code scanning does, from the rule or the result', async () => {
    expect([9.8, 9.0, 8.9, 7.0, 6.9, 4.0, 3.9, 0.1, 0].map(securitySeverityToSeverity)).toEqual([
      'critical',
      'critical',
      'high',
      'high',
      'medium',
      'medium',
      'low',
      'low',
      'info',
    ]);
    const report = await readSarif({
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'CodeQL',
              rules: [{ id: 'js/sql', properties: { 'security-severity': '8.8', tags: ['security'] } }],
            },
          },
          results: [
            result({ ruleId: 'js/sql', level: 'warning' }),
            result({ ruleId: 'other', level: 'note', properties: { 'security-severity': '9.1' } }),
          ],
        },
      ],
    });
    expect(report.findings.map((finding) => [finding.rule, finding.severity, finding.category])).toEqual([
      ['js/sql', 'high', 'sast'],
      ['other', 'critical', 'sast'],
    ]);
  });

  test('suppressed, passing and absent results do not count; rejected suppressions do', async () => {
    const report = await readSarif({
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'ESLint' } },
          results: [
            result({ ruleId: 'a', level: 'error', suppressions: [{ kind: 'inSource' }] }),
            result({ ruleId: 'b', level: 'error', suppressions: [{ kind: 'external', status: 'accepted' }] }),
            result({ ruleId: 'c', level: 'error', suppressions: [{ kind: 'external', status: 'rejected' }] }),
            result({ ruleId: 'd', level: 'error', kind: 'pass' }),
            result({ ruleId: 'e', level: 'error', baselineState: 'absent' }),
            result({ ruleId: 'f', kind: 'review' }),
          ],
        },
      ],
    });
    expect(report.findings.map((finding) => [finding.rule, finding.severity])).toEqual([
      ['c', 'high'],
      ['f', 'info'],
    ]);
  });
});

describe('SARIF locations', () => {
  test('uriBaseIds chains, artifact indexes and file:// URIs become repository paths', async () => {
    const root = `file://${workspace.dir}/`;
    const report = await readSarif({
      version: '2.1.0',
      runs: [
        {
          // Results before tool and base ids after them: the run is resolved once it is complete.
          results: [
            {
              ruleId: 'x',
              level: 'error',
              message: { text: 'm' },
              locations: [{ physicalLocation: { artifactLocation: { uri: 'lib/b.py', uriBaseId: 'SRC' } } }],
            },
            {
              ruleId: 'x',
              level: 'error',
              message: { text: 'm' },
              locations: [{ physicalLocation: { artifactLocation: { index: 0 } } }],
            },
            {
              ruleId: 'x',
              level: 'error',
              message: { text: 'm' },
              locations: [{ physicalLocation: { artifactLocation: { uri: `${root}deep/c%20d.go` } } }],
            },
          ],
          tool: { driver: { name: 'gosec' } },
          artifacts: [{ location: { uri: 'e.ts', uriBaseId: 'SRC' } }],
          originalUriBaseIds: { ROOT: { uri: root }, SRC: { uri: 'pkg/', uriBaseId: 'ROOT' } },
        },
      ],
    });
    expect(report.findings.map((finding) => finding.file)).toEqual(['pkg/lib/b.py', 'pkg/e.ts', 'deep/c d.go']);
  });

  test('several runs keep their own tools; message strings and arguments are filled in', async () => {
    const report = await readSarif({
      version: '2.1.0',
      runs: [
        { tool: { driver: { name: 'ruff' } }, results: [result({ ruleId: 'F401', level: 'error' })] },
        {
          tool: {
            driver: {
              name: 'Trivy',
              rules: [
                {
                  id: 'CVE-1',
                  messageStrings: { m: { text: 'Package {0} is vulnerable' } },
                  properties: { tags: ['vulnerability'], 'security-severity': '9.8' },
                },
              ],
            },
          },
          results: [
            {
              ruleId: 'CVE-1',
              message: { id: 'm', arguments: ['openssl'] },
              locations: [{ physicalLocation: { artifactLocation: { uri: 'Dockerfile' } } }],
            },
          ],
        },
      ],
    });
    expect(report.findings).toEqual([
      expect.objectContaining({ tool: 'ruff', category: 'lint', severity: 'high' }),
      expect.objectContaining({
        tool: 'trivy',
        category: 'container',
        severity: 'critical',
        message: 'Package openssl is vulnerable',
        file: 'Dockerfile',
      }),
    ]);
    expect(countBySeverity(report.findings)).toEqual({ high: 1, critical: 1 });
  });

  test('a SARIF file whose $schema comes last (gosec) is still recognised', async () => {
    const report = await readSarif(
      `{"runs":[{"results":[{"ruleId":"G304","level":"error","message":{"text":"inclusion"}}],"tool":{"driver":{"name":"gosec"}}}],"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0"}`,
    );
    expect(report.format).toBe('sarif');
    expect(report.findings).toEqual([
      expect.objectContaining({ tool: 'gosec', category: 'sast', severity: 'high', rule: 'G304' }),
    ]);
  });

  test('truncated SARIF is a file error naming the file and line', async () => {
    await expect(
      readSarif(
        '{"version":"2.1.0","$schema":"sarif","runs":[{"tool":{"driver":{"name":"x"}},\n"results":[{"ruleId":',
        'cut.sarif',
      ),
    ).rejects.toThrow(/cut\.sarif:2:\d+: is not valid JSON/);
  });
});

describe('SARIF message text', () => {
  // As CodeQL writes them (CodeQL is not in Debian: a log in its shape): embedded links to related locations.
  test('embedded links are plain text; escaped brackets are brackets', async () => {
    const report = await readSarif({
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'CodeQL', rules: [{ id: 'js/sql-injection' }] } },
          results: [
            result({
              ruleId: 'js/sql-injection',
              message: {
                text: 'This query depends on a [user-provided value](1).\nThis query depends on a [user-provided value](2).',
              },
              relatedLocations: [
                { id: 1, physicalLocation: { artifactLocation: { uri: 'src/a.js' }, region: { startLine: 1 } } },
                { id: 2, physicalLocation: { artifactLocation: { uri: 'src/a.js' }, region: { startLine: 2 } } },
              ],
            }),
            result({
              ruleId: 'js/sql-injection',
              message: { text: 'see [the docs](https://example.com/x) and \\[1\\]' },
            }),
          ],
        },
      ],
    });
    expect(report.findings.map((finding) => finding.message)).toEqual([
      'This query depends on a user-provided value.\nThis query depends on a user-provided value.',
      'see the docs (https://example.com/x) and [1]',
    ]);
  });
});

describe('repository paths', () => {
  test('runner layouts map to repository paths, whichever root came last', () => {
    const cases: [string, string][] = [
      ['file:///home/runner/work/app/app/src/a.js', 'src/a.js'],
      ['/home/runner/work/app/app/src/b.js', 'src/b.js'],
      ['/github/workspace/lib/c.py', 'lib/c.py'],
      ['/home/runner/work/app/app/src/d.js', 'src/d.js'],
      ['D:/a/app/app/src/e.cs', 'src/e.cs'],
      ['D:\\a\\app\\app\\src\\f.cs', 'src/f.cs'],
      ['/home/runner/work/other/other/g.go', 'g.go'],
      ['/home/runner/work/app/app/', '/home/runner/work/app/app/'],
      ['/opt/elsewhere/h.js', '/opt/elsewhere/h.js'],
      [`${workspace.dir}/src/i.js`, 'src/i.js'],
    ];
    expect(cases.map(([reference]) => toRepoPath(reference, workspace.dir))).toEqual(
      cases.map(([, expected]) => expected),
    );
  });
});
