import { describe, expect, test } from '@jest/globals';
import { evaluate } from '../src/evaluate.ts';
import { firstFingerprint, withFingerprints } from '../src/fingerprint.ts';
import type { Category, Finding, PerformanceMetric, Severity } from '../src/model.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { validate } from '@pipeline-actions/shared';
import { DEFAULT_POLICY, DEFAULT_POLICY_SOURCE, POLICY_SCHEMA, parsePolicy } from '../src/policy.ts';
import { dropBaselined, keepChangedLines } from '../src/scope.ts';
import { parseUnifiedDiff } from '@pipeline-actions/shared';

const finding = (tool: string, category: Category, severity: Severity, rule = 'r', file = 'a.ts', line = 1): Finding =>
  withFingerprints([{ tool, category, severity, rule, message: `${rule} at ${line}`, file, line }])[0]!;

describe('default policy (the pipeline table)', () => {
  test('nothing found passes', () => {
    expect(evaluate(DEFAULT_POLICY, [], [], []).decision).toBe('pass');
  });
  test('any lint issue fails', () => {
    expect(evaluate(DEFAULT_POLICY, [finding('eslint', 'lint', 'low')], [], []).decision).toBe('fail');
  });
  test('SAST: critical/high fail, medium/low are only logged', () => {
    expect(
      evaluate(DEFAULT_POLICY, [finding('bandit', 'sast', 'medium'), finding('bandit', 'sast', 'low')], [], [])
        .decision,
    ).toBe('pass');
    expect(evaluate(DEFAULT_POLICY, [finding('bandit', 'sast', 'high')], [], []).decision).toBe('fail');
  });
  test('container: critical fails, high needs approval, medium/low logged', () => {
    const high = evaluate(
      DEFAULT_POLICY,
      [finding('trivy', 'container', 'high'), finding('trivy', 'container', 'medium')],
      [],
      [],
    );
    expect(high.decision).toBe('approve');
    expect(high.breaches.map((breach) => [breach.severity, breach.action])).toEqual([
      ['high', 'approve'],
      ['medium', 'log'],
    ]);
    expect(high.findingActions).toEqual(['approve', 'log']);
    expect(
      evaluate(
        DEFAULT_POLICY,
        [finding('trivy', 'container', 'critical'), finding('trivy', 'container', 'high')],
        [],
        [],
      ).decision,
    ).toBe('fail');
  });
  test('any secret fails', () => {
    expect(evaluate(DEFAULT_POLICY, [finding('gitleaks', 'secret', 'info')], [], []).decision).toBe('fail');
  });
  test('tests must all pass; skipped tests do not count; no test run at all fails', () => {
    const totals = (failures: number, skipped = 0) => [
      { tool: 'pytest', file: 'junit.xml', tests: 10, failures, errors: 0, skipped },
    ];
    expect(evaluate(DEFAULT_POLICY, [], totals(0, 3), []).decision).toBe('pass');
    const failed = evaluate(DEFAULT_POLICY, [], totals(1), []);
    expect(failed.decision).toBe('fail');
    expect(failed.breaches[0]).toMatchObject({ kind: 'pass-rate', actual: '90%', limit: '>=100%' });
    expect(evaluate(DEFAULT_POLICY, [], totals(0, 10), []).breaches[0]?.actual).toBe('no tests ran');
  });
  test('performance: p95 < 1000 ms and error rate < 1%', () => {
    const metrics = (p95: number, rate: number): PerformanceMetric[] => [
      { tool: 'k6', file: 'k6.json', name: 'http_req_duration', values: { 'p(95)': p95, avg: 100 } },
      { tool: 'k6', file: 'k6.json', name: 'http_req_failed', values: { rate } },
    ];
    expect(evaluate(DEFAULT_POLICY, [], [], metrics(999, 0.009)).decision).toBe('pass');
    const slow = evaluate(DEFAULT_POLICY, [], [], metrics(1000, 0.01));
    expect(slow.breaches.map((breach) => breach.limit)).toEqual(['p(95)<1000', 'rate<0.01']);
    // A metric the policy names but the report lacks never passes silently.
    const missing = evaluate(
      DEFAULT_POLICY,
      [],
      [],
      [{ tool: 'k6', file: 'k6.json', name: 'http_req_duration', values: { 'p(95)': 10 } }],
    );
    expect(missing.decision).toBe('fail');
    expect(missing.breaches[0]?.actual).toBe('missing');
  });
});

describe('the default policy', () => {
  test('is the YAML the README shows', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## Default policy'));
    const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
    expect(yaml).toBeDefined();
    expect(validate(parse(yaml!), POLICY_SCHEMA)).toEqual(DEFAULT_POLICY_SOURCE);
  });
});

describe('custom policy', () => {
  test('overrides key by key over the default; tools and rules are more specific scopes', async () => {
    const policy = await parsePolicy(`
categories:
  lint:
    on-breach: warn
tools:
  pylint:
    max: { low: 5 }
rules:
  eslint:no-console:
    on-breach: log
`);
    expect(evaluate(policy, [finding('eslint', 'lint', 'high', 'no-unused-vars')], [], []).decision).toBe('warn');
    expect(evaluate(policy, [finding('eslint', 'lint', 'high', 'no-console')], [], []).decision).toBe('pass');
    const pylint = Array.from({ length: 5 }, (_, index) =>
      finding('pylint', 'lint', 'low', 'C0114', 'a.py', index + 1),
    );
    expect(evaluate(policy, pylint, [], []).decision).toBe('pass');
    expect(evaluate(policy, [...pylint, finding('pylint', 'lint', 'low', 'C0114', 'a.py', 9)], [], []).decision).toBe(
      'warn',
    );
    // Untouched categories keep the default.
    expect(evaluate(policy, [finding('trivy', 'container', 'high')], [], []).decision).toBe('approve');
  });

  test('a tool scope keeps each category limits apart', async () => {
    const policy = await parsePolicy('tools:\n  trivy:\n    on-breach: warn\n');
    const evaluation = evaluate(
      policy,
      [finding('trivy', 'container', 'medium'), finding('trivy', 'license', 'medium')],
      [],
      [],
    );
    // Container allows no medium finding; license sets no medium limit.
    expect(evaluation.breaches.map((breach) => [breach.scope, breach.severity, breach.action])).toEqual([
      ['tool trivy (container)', 'medium', 'warn'],
    ]);
    expect(evaluation.decision).toBe('warn');
  });

  test('extends: none keeps only what the policy says; a tool can be re-categorised', async () => {
    const policy = await parsePolicy(`extends: none
tools:
  semgrep: { category: container }
categories:
  container: { max: { medium: 0 }, on-breach: approve }`);
    expect(evaluate(policy, [finding('eslint', 'lint', 'critical')], [], []).decision).toBe('pass');
    expect(policy.tools.semgrep?.category).toBe('container');
  });

  test('unknown keys get a did-you-mean, with the line', async () => {
    await expect(parsePolicy('categories:\n  lint:\n    mx: { high: 0 }\n')).rejects.toThrow(
      /unknown key 'mx' \(did you mean 'max'\?\)/,
    );
    await expect(parsePolicy('categories:\n  conatiner: {}\n')).rejects.toThrow(/did you mean 'container'/);
    await expect(parsePolicy('categories:\n  lint:\n    on-breach: fial\n')).rejects.toThrow(
      /categories\.lint\.on-breach: .*got 'fial' \(did you mean 'fail'\?\)/,
    );
    await expect(parsePolicy('categories:\n  container:\n    on-breach: { hihg: approve }\n')).rejects.toThrow(
      /did you mean 'high'/,
    );
    await expect(parsePolicy('categories:\n  lint:\n    max: { high: 0 }\n    mx: 1\n')).rejects.toMatchObject({
      place: { line: 4 },
    });
  });

  test('a threshold that does not parse names its key and column', async () => {
    await expect(
      parsePolicy('categories:\n  performance:\n    thresholds:\n      http_req_duration: "p(95) << 1000"\n'),
    ).rejects.toThrow(
      /categories\.performance\.thresholds\.http_req_duration: threshold 'p\(95\) << 1000' does not parse at column/,
    );
  });
});

describe('scope', () => {
  test('new-only keeps findings on changed lines and findings with no location', () => {
    const changed = parseUnifiedDiff(`diff --git a/src/a.ts b/src/a.ts
--- a/src/a.ts
+++ b/src/a.ts
@@ -3,0 +4,2 @@ function x() {
+added
+added
@@ -10 +12 @@
-old
+new
diff --git a/gone.ts b/gone.ts
--- a/gone.ts
+++ /dev/null
@@ -1 +0,0 @@
-x
`);
    expect(changed).toEqual(new Map([['src/a.ts', new Set([4, 5, 12])]]));
    const findings = [
      finding('eslint', 'lint', 'high', 'r', 'src/a.ts', 4),
      finding('eslint', 'lint', 'high', 'r', 'src/a.ts', 6),
      finding('eslint', 'lint', 'high', 'r', 'src/b.ts', 4),
    ];
    const dependency = withFingerprints([
      { tool: 'npm-audit', category: 'dependency', severity: 'high', rule: 'GHSA', message: 'm' },
    ])[0]!;
    const { kept, dropped } = keepChangedLines([...findings, dependency], changed);
    expect(kept).toEqual([findings[0], dependency]);
    expect(dropped).toBe(2);
    // A file whose changed lines the API could not give keeps all its findings.
    expect(keepChangedLines(findings, changed, new Set(['src/b.ts'])).kept).toEqual([findings[0], findings[2]]);
  });

  test('fingerprints of many findings: repeats numbered by line whatever the order, all distinct', () => {
    // 30,000 findings in 10,000 groups of 3 repeats (same tool, rule, file and message, other lines).
    const make = () =>
      Array.from({ length: 30_000 }, (_, index) => ({
        tool: 'semgrep',
        category: 'sast' as const,
        severity: 'medium' as const,
        rule: `r${Math.floor(index / 3) % 7}`,
        message: `m${Math.floor(index / 3)}`,
        file: `f${Math.floor(index / 3) % 11}.py`,
        line: 30_000 - index,
      }));
    const forward = withFingerprints(make());
    const backward = withFingerprints(make().reverse());
    const byLine = (list: { line?: number; fingerprint: string }[]) =>
      new Map(list.map((finding) => [finding.line, finding.fingerprint]));
    expect(byLine(backward)).toEqual(byLine(forward));
    expect(new Set(forward.map((finding) => finding.fingerprint)).size).toBe(30_000);
    const firsts = new Set(make().map((finding) => firstFingerprint(finding)));
    expect(firsts.size).toBe(10_000);
    expect(forward.filter((finding) => firsts.has(finding.fingerprint))).toHaveLength(firsts.size);
  });

  test('fingerprints survive line moves and tell identical findings apart; the baseline drops them', () => {
    const before = withFingerprints([
      {
        tool: 'eslint',
        category: 'lint',
        severity: 'high',
        rule: 'no-undef',
        message: "'x' is not defined.",
        file: 'a.js',
        line: 3,
      },
      {
        tool: 'eslint',
        category: 'lint',
        severity: 'high',
        rule: 'no-undef',
        message: "'x' is not defined.",
        file: 'a.js',
        line: 9,
      },
    ]);
    const after = withFingerprints([
      {
        tool: 'eslint',
        category: 'lint',
        severity: 'high',
        rule: 'no-undef',
        message: "'x' is not defined.",
        file: 'a.js',
        line: 5,
      },
      {
        tool: 'eslint',
        category: 'lint',
        severity: 'high',
        rule: 'no-undef',
        message: "'x' is not defined.",
        file: 'a.js',
        line: 11,
      },
      {
        tool: 'eslint',
        category: 'lint',
        severity: 'high',
        rule: 'no-undef',
        message: "'x' is not defined.",
        file: 'a.js',
        line: 20,
      },
    ]);
    expect(new Set(before.map((f) => f.fingerprint)).size).toBe(2);
    const { kept, dropped } = dropBaselined(after, new Set(before.map((f) => f.fingerprint)));
    expect(dropped).toBe(2);
    expect(kept.map((f) => f.line)).toEqual([20]);
  });
});
