/**
 * Safety, pip-audit and TruffleHog reports. None of the three can be installed here (they are not in Debian's
 * archive and need the network to fetch their vulnerability databases or release binaries), so every input below
 * is written by hand from the tool's documented JSON output: Safety's `check --output json` (report_meta,
 * vulnerabilities) and Safety 1's list rows, pip-audit's `-f json` (dependencies[].vulns[], fixes) and
 * TruffleHog v3's `--json` (one object per line with SourceMetadata, DetectorName, Verified, Raw, Redacted).
 */
import { describe, expect, test } from '@jest/globals';
import path from 'node:path';
import { FORMATS } from '../src/formats/index.ts';
import { countBySeverity, reportReader } from './helpers/tools.ts';

const workspace = reportReader();
const { read } = workspace;

describe('Safety JSON', () => {
  const vulnerability = (id: string, name: string, version: string, severity: unknown, fixed: string[] = []) => ({
    vulnerability_id: id,
    package_name: name,
    ignored: {},
    ignored_reason: null,
    ignored_expires: null,
    vulnerable_spec: ['<2.2.28'],
    all_vulnerable_specs: ['<2.2.28'],
    analyzed_version: version,
    advisory: 'Affected versions of Django are vulnerable to SQL injection.',
    is_transitive: false,
    published_date: '2022-04-11',
    fixed_versions: fixed,
    closest_versions_without_known_vulnerabilities: [],
    resources: [],
    CVE: `CVE-2022-${id}`,
    severity,
    affected_versions: [],
    more_info_url: `https://data.safetycli.com/v/${id}/f17`,
  });

  test('safety check --output json: CVSS base severity when the database has one, else high', async () => {
    const report = await read(
      {
        report_meta: { scan_target: 'files', safety_version: '2.3.5', vulnerabilities_found: 3, json_version: 1 },
        scanned_packages: { django: { name: 'django', version: '2.0' } },
        affected_packages: {},
        announcements: [],
        vulnerabilities: [
          vulnerability('49733', 'django', '2.0', null, ['2.2.28', '3.2.13']),
          vulnerability('51340', 'django', '2.0', {
            source: 'nvd',
            cvssv2: null,
            cvssv3: { base_score: 9.8, base_severity: 'CRITICAL', vector_string: 'CVSS:3.1/AV:N' },
          }),
          vulnerability('44742', 'pyyaml', '5.1', { source: 'nvd', cvssv2: { base_score: 5.0 }, cvssv3: null }),
        ],
        ignored_vulnerabilities: [],
        remediations: {},
      },
      'safety.json',
    );
    expect(report.format).toBe('safety-json');
    expect(countBySeverity(report.findings)).toEqual({ high: 1, critical: 1, medium: 1 });
    expect(report.findings[0]).toMatchObject({
      tool: 'safety',
      category: 'dependency',
      rule: '49733',
      message: '49733 (CVE-2022-49733) in django 2.0 (fixed in 2.2.28, 3.2.13)',
      helpUri: 'https://data.safetycli.com/v/49733/f17',
    });
  });

  test("Safety 1's safety check --json: one high finding per row", async () => {
    const report = await read(
      [
        ['django', '<2.2.28', '2.0', 'Django 2.2.28 fixes SQL injection.', '49733'],
        ['pyyaml', '<5.4', '5.1', 'PyYAML 5.4 fixes arbitrary code execution.', '39611'],
      ],
      'safety-1.json',
    );
    expect(report.format).toBe('safety-json');
    expect(report.findings.map((finding) => [finding.rule, finding.severity, finding.message])).toEqual([
      ['49733', 'high', '49733 in django 2.0 (vulnerable: <2.2.28)'],
      ['39611', 'high', '39611 in pyyaml 5.1 (vulnerable: <5.4)'],
    ]);
  });
});

describe('pip-audit JSON', () => {
  test('one high dependency finding per vulnerability; skipped dependencies give none', async () => {
    const report = await read(
      {
        dependencies: [
          {
            name: 'flask',
            version: '0.5',
            vulns: [
              {
                id: 'PYSEC-2019-179',
                fix_versions: ['1.0'],
                aliases: ['CVE-2019-1010083'],
                description: 'The Pallets Project Flask before 1.0 is affected by unexpected memory usage.',
              },
              {
                id: 'PYSEC-2018-66',
                fix_versions: ['0.12.3'],
                aliases: ['CVE-2018-1000656'],
                description: 'The Pallets Project flask version Before 0.12.3 contains a CWE-20 vulnerability.',
              },
            ],
          },
          { name: 'jinja2', version: '3.1.4', vulns: [] },
          { name: 'my-local-package', skip_reason: 'Dependency not found on PyPI and could not be audited' },
        ],
        fixes: [],
      },
      'pip-audit.json',
    );
    expect(report.format).toBe('pip-audit-json');
    expect(countBySeverity(report.findings)).toEqual({ high: 2 });
    expect(report.findings[0]).toMatchObject({
      tool: 'pip-audit',
      category: 'dependency',
      rule: 'PYSEC-2019-179',
      message: 'PYSEC-2019-179 (CVE-2019-1010083) in flask 0.5 (fixed in 1.0)',
      helpUri: 'https://osv.dev/vulnerability/PYSEC-2019-179',
    });
  });

  test('a clean audit is a pip-audit report with no findings', async () => {
    const report = await read(
      { dependencies: [{ name: 'jinja2', version: '3.1.4', vulns: [] }], fixes: [] },
      'ok.json',
    );
    expect(report).toMatchObject({ format: 'pip-audit-json', findings: [] });
  });
});

describe('TruffleHog JSON lines', () => {
  const RAW = 'AKIAQYLPMN5HHHFPZAM2';
  const SECRET_URL = 'https://admin:hunter2-very-secret@db.example.com';
  // TruffleHog names a filesystem finding's file by the path it was given (absolute here).
  const lines = (dir: string) => [
    {
      SourceMetadata: { Data: { Filesystem: { file: path.join(dir, 'config/aws.env'), line: 3 } } },
      SourceID: 1,
      SourceType: 15,
      SourceName: 'trufflehog - filesystem',
      DetectorType: 2,
      DetectorName: 'AWS',
      DecoderName: 'PLAIN',
      Verified: true,
      Raw: RAW,
      RawV2: `${RAW}hBzMWdWj5bZQ0rVvB2d3Z5bWd3Zz`,
      Redacted: RAW,
      ExtraData: { account: '123456789012', arn: 'arn:aws:iam::123456789012:user/ci' },
      StructuredData: null,
    },
    {
      SourceMetadata: {
        Data: {
          Git: {
            commit: 'fbc14303ffbf8fb1c2c1914e8dda7d0121633aca',
            file: 'app/settings.py',
            email: 'dev <dev@example.com>',
            repository: 'https://github.com/example/app.git',
            timestamp: '2024-01-02 10:00:00 +0000',
            line: 12,
          },
        },
      },
      SourceID: 1,
      SourceType: 16,
      SourceName: 'trufflehog - git',
      DetectorType: 17,
      DetectorName: 'URI',
      DecoderName: 'PLAIN',
      Verified: false,
      Raw: SECRET_URL,
      Redacted: 'https://admin:********@db.example.com',
      ExtraData: null,
      StructuredData: null,
    },
  ];

  test('one secret finding per line: verified critical, unverified high; the secret is never copied', async () => {
    const report = await read(
      `${lines(workspace.dir)
        .map((line) => JSON.stringify(line))
        .join('\n')}\n`,
      'trufflehog.json',
    );
    expect(report.format).toBe('trufflehog-json');
    expect(report.findings).toEqual([
      expect.objectContaining({
        tool: 'trufflehog',
        category: 'secret',
        severity: 'critical',
        rule: 'AWS',
        file: 'config/aws.env',
        line: 3,
      }),
      expect.objectContaining({
        severity: 'high',
        rule: 'URI',
        file: 'app/settings.py',
        line: 12,
        message: 'URI secret detected (unverified) (commit fbc14303ffbf)',
      }),
    ]);
    const everything = JSON.stringify(report);
    for (const secret of [RAW, 'hunter2', '123456789012', '********']) expect(everything).not.toContain(secret);
  });

  test('a line that is not JSON is named by its line number, without quoting it', async () => {
    const text = `${JSON.stringify(lines(workspace.dir)[1])}\nnot json: ${SECRET_URL}\n`;
    const error = await read(text, 'broken.json').catch((caught: unknown) => caught as Error);
    expect(error).toBeInstanceOf(Error);
    expect(String(error)).toMatch(/broken\.json/);
    expect(error).toMatchObject({ place: { line: 2 } });
    expect(String(error)).not.toContain('hunter2');
  });
});

describe('the format list', () => {
  test('an unknown report is told every format the list holds, by its label', async () => {
    const error = await read('just text', 'notes.txt').catch((caught: unknown) => String(caught));
    for (const format of FORMATS) expect(error).toContain(format.label);
    expect(new Set(FORMATS.map((format) => format.id)).size).toBe(FORMATS.length);
  });
});
