/**
 * Formats whose tools cannot be installed here (Trivy, Grype, gitleaks, k6, npm audit without the advisory
 * endpoint): inputs are built from each tool's documented output schema.
 */
import { describe, expect, test } from '@jest/globals';
import { countBySeverity, reportReader } from './helpers/tools.ts';

const { read } = reportReader();

describe('k6 summaries', () => {
  const legacy = {
    root_group: { name: '', path: '', groups: {}, checks: {} },
    metrics: {
      http_req_duration: {
        avg: 300,
        min: 2,
        med: 40,
        max: 5000,
        'p(90)': 1400,
        'p(95)': 1669.1,
        thresholds: { 'p(95)<500': true, 'p(99)<9000': false },
      },
      http_req_failed: { passes: 10, fails: 990, value: 0.01, thresholds: { 'rate<0.05': false } },
      http_reqs: { count: 1000, rate: 100 },
    },
  };
  test('legacy --summary-export: true means the threshold FAILED', async () => {
    const report = await read(legacy, 'legacy.json');
    expect(report.format).toBe('k6-summary');
    expect(report.findings).toEqual([
      expect.objectContaining({
        tool: 'k6',
        category: 'performance',
        severity: 'high',
        rule: 'http_req_duration: p(95)<500',
        message: expect.stringContaining('p(95)=1669.10'),
      }),
    ]);
    expect(report.metrics.find((metric) => metric.name === 'http_req_failed')?.values).toMatchObject({
      rate: 0.01,
      value: 0.01,
    });
  });

  test('handleSummary JSON: ok=false means failed; setup_data never reaches a finding or metric', async () => {
    const secret = 'eyJhbGciOiJIUzI1NiJ9.secret-login-token';
    const report = await read(
      {
        root_group: { name: '', path: '', groups: [], checks: [] },
        options: { summaryTrendStats: ['avg', 'p(95)'] },
        state: { testRunDurationMs: 1000 },
        setup_data: { token: secret },
        metrics: {
          http_req_duration: {
            type: 'trend',
            contains: 'time',
            values: { avg: 900, 'p(95)': 1200 },
            thresholds: { 'p(95)<1000': { ok: false } },
          },
          http_req_failed: {
            type: 'rate',
            contains: 'default',
            values: { rate: 0.002, passes: 2, fails: 998 },
            thresholds: { 'rate<0.01': { ok: true } },
          },
        },
      },
      'summary.json',
    );
    expect(report.findings.map((finding) => finding.rule)).toEqual(['http_req_duration: p(95)<1000']);
    expect(JSON.stringify(report)).not.toContain(secret);
  });

  test('a broken summary is an error that does not quote the token near the fault', async () => {
    const secret = 'eyJhbGciOiJIUzI1NiJ9SECRET';
    const attempt = read(`{"root_group":{},"setup_data":{"token":${secret}},"metrics":{}}`, 'broken-k6.json');
    await expect(attempt).rejects.toThrow(/broken-k6\.json:\d+:\d+: is not valid JSON: Unexpected token/);
    await expect(attempt).rejects.not.toThrow(/eyJ/);
  });
});

describe('Trivy JSON', () => {
  test('vulnerabilities, misconfigurations, secrets and licenses, every severity (Trivy does not filter)', async () => {
    const report = await read(
      {
        SchemaVersion: 2,
        ArtifactName: 'app:1.0',
        ArtifactType: 'container_image',
        Results: [
          {
            Target: 'app:1.0 (debian 12.5)',
            Class: 'os-pkgs',
            Type: 'debian',
            Vulnerabilities: [
              {
                VulnerabilityID: 'CVE-2024-0001',
                PkgName: 'openssl',
                InstalledVersion: '3.0.1',
                FixedVersion: '3.0.2',
                Severity: 'CRITICAL',
                Title: 't',
              },
              { VulnerabilityID: 'CVE-2024-0002', PkgName: 'zlib', InstalledVersion: '1.2', Severity: 'HIGH' },
              { VulnerabilityID: 'CVE-2024-0003', PkgName: 'zlib', InstalledVersion: '1.2', Severity: 'MEDIUM' },
              { VulnerabilityID: 'CVE-2024-0004', PkgName: 'zlib', InstalledVersion: '1.2', Severity: 'LOW' },
              { VulnerabilityID: 'CVE-2024-0005', PkgName: 'zlib', InstalledVersion: '1.2', Severity: 'UNKNOWN' },
            ],
          },
          {
            Target: 'Dockerfile',
            Class: 'config',
            Misconfigurations: [
              {
                ID: 'DS002',
                AVDID: 'AVD-DS-0002',
                Title: 'root user',
                Message: 'Specify at least 1 USER command',
                Severity: 'HIGH',
                Status: 'FAIL',
                CauseMetadata: { StartLine: 1 },
              },
              { ID: 'DS001', AVDID: 'AVD-DS-0001', Severity: 'MEDIUM', Status: 'PASS' },
            ],
          },
          {
            Target: 'app/.env',
            Class: 'secret',
            Secrets: [
              {
                RuleID: 'aws-access-key-id',
                Title: 'AWS Access Key ID',
                Severity: 'CRITICAL',
                StartLine: 3,
                Match: 'AWS_KEY=AKIA****',
              },
            ],
          },
        ],
      },
      'trivy.json',
    );
    expect(report.format).toBe('trivy-json');
    expect(countBySeverity(report.findings)).toEqual({ critical: 2, high: 2, medium: 1, low: 1, info: 1 });
    expect(report.findings.find((finding) => finding.rule === 'AVD-DS-0002')).toMatchObject({
      category: 'sast',
      file: 'Dockerfile',
      line: 1,
    });
    expect(report.findings.find((finding) => finding.category === 'secret')).toMatchObject({
      file: 'app/.env',
      line: 3,
    });
    expect(JSON.stringify(report)).not.toContain('AKIA');
    expect(report.findings.filter((finding) => finding.category === 'container')).toHaveLength(5);
  });
});

describe('Grype JSON', () => {
  test('matches per severity; Negligible and Unknown are info; a directory scan is a dependency finding', async () => {
    const match = (id: string, severity: string) => ({
      vulnerability: {
        id,
        severity,
        fix: { versions: ['1.2.3'], state: 'fixed' },
        dataSource: `https://nvd.nist.gov/vuln/detail/${id}`,
      },
      artifact: { name: 'lodash', version: '4.17.4', type: 'npm', locations: [{ path: '/package-lock.json' }] },
    });
    const report = await read(
      {
        matches: [
          match('CVE-1', 'Critical'),
          match('CVE-2', 'High'),
          match('CVE-3', 'Medium'),
          match('CVE-4', 'Low'),
          match('CVE-5', 'Negligible'),
          match('CVE-6', 'Unknown'),
        ],
        source: { type: 'directory', target: '.' },
        descriptor: { name: 'grype', version: '0.74.0' },
      },
      'grype.json',
    );
    expect(countBySeverity(report.findings)).toEqual({ critical: 1, high: 1, medium: 1, low: 1, info: 2 });
    expect(report.findings[0]).toMatchObject({
      tool: 'grype',
      category: 'dependency',
      file: 'package-lock.json',
      helpUri: expect.stringContaining('CVE-1'),
    });
  });
});

describe('npm audit --json (v2)', () => {
  test('one finding per vulnerable package, counts equal metadata.vulnerabilities', async () => {
    const metadata = { info: 0, low: 1, moderate: 1, high: 1, critical: 1, total: 4 };
    const report = await read(
      {
        auditReportVersion: 2,
        vulnerabilities: {
          lodash: {
            name: 'lodash',
            severity: 'critical',
            isDirect: true,
            via: [
              {
                source: 1,
                name: 'lodash',
                title: 'Prototype Pollution',
                url: 'https://github.com/advisories/GHSA-jf85-cpcp-j695',
                severity: 'critical',
              },
            ],
            range: '<4.17.12',
            fixAvailable: true,
          },
          minimist: {
            name: 'minimist',
            severity: 'high',
            via: [
              {
                title: 'Prototype Pollution',
                url: 'https://github.com/advisories/GHSA-xvch-5gv4-984h',
                severity: 'high',
              },
            ],
            fixAvailable: { name: 'minimist', version: '1.2.8' },
          },
          'node-fetch': { name: 'node-fetch', severity: 'moderate', via: ['whatwg-url'], fixAvailable: false },
          'whatwg-url': {
            name: 'whatwg-url',
            severity: 'low',
            via: [{ title: 'x', url: 'https://github.com/advisories/GHSA-1', severity: 'low' }],
          },
        },
        metadata: { vulnerabilities: metadata },
      },
      'audit.json',
    );
    expect(countBySeverity(report.findings)).toEqual({
      critical: metadata.critical,
      high: metadata.high,
      medium: metadata.moderate,
      low: metadata.low,
    });
    expect(report.findings[0]).toMatchObject({
      rule: 'GHSA-jf85-cpcp-j695',
      category: 'dependency',
      message: expect.stringContaining('Prototype Pollution'),
    });
  });
});

describe('gitleaks JSON', () => {
  test('every leak is a critical secret finding; the secret is never copied', async () => {
    const report = await read(
      [
        {
          RuleID: 'github-pat',
          Description: 'GitHub Personal Access Token',
          StartLine: 4,
          File: 'config/ci.yml',
          Secret: 'ghp_abcdefghijklmnop',
          Match: 'token: ghp_abcdefghijklmnop',
          Commit: '0123456789abcdef',
          Fingerprint: '0123:config/ci.yml:github-pat:4',
        },
      ],
      'gitleaks.json',
    );
    expect(report.findings).toEqual([
      expect.objectContaining({
        tool: 'gitleaks',
        category: 'secret',
        severity: 'critical',
        file: 'config/ci.yml',
        line: 4,
      }),
    ]);
    expect(JSON.stringify(report)).not.toContain('ghp_');
  });
});

describe('JUnit shapes', () => {
  test('Maven Surefire: error outranks failure, flaky reruns do not count, skipped excluded', async () => {
    const report = await read(
      `<?xml version="1.0" encoding="UTF-8"?>
<testsuite xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="https://maven.apache.org/surefire/maven-surefire-plugin/xsd/surefire-test-report-3.0.xsd" name="com.example.AppTest" tests="4" errors="1" skipped="1" failures="1">
  <properties><property name="java.version" value="21"/></properties>
  <testcase name="ok" classname="com.example.AppTest" time="0.01"><flakyFailure message="first try" type="java.lang.AssertionError"/></testcase>
  <testcase name="fails" classname="com.example.AppTest" time="0.01"><failure message="expected: &lt;1&gt; but was: &lt;2&gt;" type="org.opentest4j.AssertionFailedError">stack</failure></testcase>
  <testcase name="errors" classname="com.example.AppTest" time="0.01"><error message="boom" type="java.lang.IllegalStateException"/></testcase>
  <testcase name="skipped" classname="com.example.AppTest" time="0"><skipped/></testcase>
</testsuite>`,
      'TEST-com.example.AppTest.xml',
    );
    expect(report.tests).toEqual([
      expect.objectContaining({ tool: 'surefire', tests: 4, failures: 1, errors: 1, skipped: 1 }),
    ]);
    expect(report.findings.map((finding) => finding.message)).toEqual([
      'Failed: expected: <1> but was: <2>',
      'Error: boom',
    ]);
  });

  test('XML that is neither JUnit nor checkstyle is rejected by name', async () => {
    await expect(read('<?xml version="1.0"?><coverage/>', 'coverage.xml')).rejects.toThrow(
      /coverage\.xml: is XML but neither JUnit/,
    );
  });

  test('an unknown JSON report and a binary file are clear errors', async () => {
    await expect(read({ hello: 'world' }, 'other.json')).rejects.toThrow(
      /other\.json: is JSON but not a supported report/,
    );
    await expect(read(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]).toString('latin1'), 'image.png')).rejects.toThrow(
      /image\.png/,
    );
  });
});
