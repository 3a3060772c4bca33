/**
 * The bundled action through the runner harness on Node 24, on reports made by the real tools at test time,
 * with the fake GitHub API for the check run.
 */
import { git as runGit } from '../../../test/helpers/git.ts';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  loadEvent,
  pullRequestEvent,
  runBundledAction,
  RUNNER_ANNOTATION_LIMIT_PER_LEVEL,
  startFakeGitHub,
  type FakeGitHub,
} from '../../../test/harness/index.ts';
import { makeWorkspace, NODE_BIN, PYTHON, runTool } from './helpers/tools.ts';

const REPOSITORY = 'octo-org/quality-demo';
// 60 undefined variables: more annotations than the 10 GitHub shows and than one check-run request carries.
const MANY_PROBLEMS = Array.from({ length: 60 }, (_, index) => `console.log(missing${index});`).join('\n') + '\n';
const ESLINT_CONFIG = `export default [{ files: ['**/*.js'], languageOptions: { globals: { console: 'readonly' } }, rules: { 'no-undef': 'error', 'no-unused-vars': 'warn' } }];\n`;

let github: FakeGitHub;
beforeAll(async () => {
  github = await startFakeGitHub();
});
afterAll(async () => {
  await github.close();
});

function eslintWorkspace(extra: Record<string, string> = {}) {
  const workspace = makeWorkspace({ 'src/app.js': MANY_PROBLEMS, 'eslint.config.mjs': ESLINT_CONFIG, ...extra });
  runTool(
    path.join(NODE_BIN, 'eslint'),
    ['-c', 'eslint.config.mjs', '-f', 'json', '-o', 'eslint.json', 'src'],
    workspace.dir,
  );
  return workspace;
}

describe('quality-gate bundle', () => {
  test('fails on lint errors: 10 annotations and a count of the rest, a check run with all 60 in batches of 50', async () => {
    const workspace = eslintWorkspace();
    try {
      const run = await runBundledAction({
        action: 'quality-gate',
        workspace: workspace.dir,
        repository: REPOSITORY,
        apiUrl: github.url,
        inputs: { reports: 'eslint.json', 'sarif-output': 'out/merged.sarif', 'findings-path': 'out/findings.json' },
      });
      expect(run.exitCode).toBe(1);
      expect(run.outputs.decision).toBe('fail');
      const counts = JSON.parse(run.outputs.counts!) as { total: number; bySeverity: Record<string, number> };
      expect(counts.total).toBe(60);
      expect(counts.bySeverity.high).toBe(60);
      // GitHub shows 10 errors per step: 9 findings leave room for the verdict line.
      expect(run.errors).toHaveLength(RUNNER_ANNOTATION_LIMIT_PER_LEVEL);
      expect(run.errors.filter((annotation) => annotation.file === 'src/app.js')).toHaveLength(9);
      expect(run.errors.at(-1)!.message).toMatch(/^Quality gate failed: /);
      expect(run.log.some((line) => /51 more errors not annotated/.test(line))).toBe(true);
      const findings = JSON.parse(readFileSync(run.outputs['findings-path']!, 'utf8')) as { findings: unknown[] };
      expect(findings.findings).toHaveLength(60);
      const checks = github.checkRuns(REPOSITORY);
      const check = checks[checks.length - 1]!;
      expect(check.annotations).toHaveLength(60);
      expect(check.outputs.map((output) => (output.annotations as unknown[]).length)).toEqual([50, 10]);
      expect(check.run.conclusion).toBe('failure');
      expect(run.summary).toContain('Quality gate failed');
      expect(run.summary).toMatch(/category lint \| 0 \/ 0 \| 60 \/ 0 ❌/);
      const sarif = JSON.parse(readFileSync(path.join(workspace.dir, 'out/merged.sarif'), 'utf8')) as {
        runs: { results: unknown[] }[];
      };
      expect(sarif.runs[0]!.results).toHaveLength(60);
    } finally {
      workspace.cleanup();
    }
  }, 60_000);

  test("fail-on-decision 'false' reports without failing the step: decision fail, the verdict as a warning", async () => {
    const workspace = eslintWorkspace();
    try {
      const run = await runBundledAction({
        action: 'quality-gate',
        workspace: workspace.dir,
        inputs: { reports: 'eslint.json', 'fail-on-decision': 'false', 'check-run': 'false' },
      });
      expect(run.exitCode).toBe(0);
      expect(run.outputs.decision).toBe('fail');
      expect(run.errors).toHaveLength(RUNNER_ANNOTATION_LIMIT_PER_LEVEL);
      expect(run.errors.every((annotation) => annotation.file === 'src/app.js')).toBe(true);
      expect(run.warnings.at(-1)!.message).toMatch(/^Quality gate failed \(fail-on-decision is off\): /);
    } finally {
      workspace.cleanup();
    }
  }, 60_000);

  test('workflow_run with pr-number: the sticky comment on the PR, the check run on its head commit; hidden once passing', async () => {
    const workspace = eslintWorkspace();
    const headSha = 'c0ffee'.padEnd(40, '0');
    // The pattern for fork PRs: a workflow_run workflow with a write token, told the PR by an artifact.
    const event = loadEvent('workflow_run', {
      action: 'completed',
      repository: REPOSITORY,
      overrides: { workflow_run: { head_sha: headSha, pull_requests: [] } },
    });
    const inputs = {
      reports: 'eslint.json',
      'pr-number': '41',
      'comment-on-pass': 'hide',
      'fail-on-decision': 'false',
    };
    try {
      const failing = await runBundledAction({
        action: 'quality-gate',
        workspace: workspace.dir,
        repository: REPOSITORY,
        apiUrl: github.url,
        event,
        inputs,
      });
      expect(failing.outputs.decision).toBe('fail');
      expect(github.checkRuns(REPOSITORY).at(-1)!.run.head_sha).toBe(headSha);
      const comments = github.comments(REPOSITORY, 41);
      expect(comments).toHaveLength(1);
      expect(String(comments[0]!.body)).toContain('<!-- pipeline-actions:sticky:quality-gate -->');
      expect(String(comments[0]!.body)).toContain('## ❌ Quality gate failed');

      writeFileSync(path.join(workspace.dir, 'src/app.js'), 'console.log(1);\n');
      runTool(
        path.join(NODE_BIN, 'eslint'),
        ['-c', 'eslint.config.mjs', '-f', 'json', '-o', 'eslint.json', 'src'],
        workspace.dir,
      );
      const passing = await runBundledAction({
        action: 'quality-gate',
        workspace: workspace.dir,
        repository: REPOSITORY,
        apiUrl: github.url,
        event,
        inputs,
      });
      expect(passing.outputs.decision).toBe('pass');
      const after = github.comments(REPOSITORY, 41);
      expect(after.map((comment) => comment.id)).toEqual([comments[0]!.id]);
      expect(String(after[0]!.body)).toContain('## ✅ Quality gate passed');
      expect(github.minimizedAs(REPOSITORY, Number(after[0]!.id))).toBe('RESOLVED');
    } finally {
      workspace.cleanup();
    }
  }, 60_000);

  test('a high container vulnerability needs approval: decision approve, exit 0', async () => {
    const workspace = makeWorkspace({
      'trivy.json': JSON.stringify({
        SchemaVersion: 2,
        ArtifactName: 'app:1',
        ArtifactType: 'container_image',
        Results: [
          {
            Target: 'app:1 (alpine 3.19)',
            Class: 'os-pkgs',
            Vulnerabilities: [
              { VulnerabilityID: 'CVE-2024-9', PkgName: 'musl', InstalledVersion: '1', Severity: 'HIGH' },
              { VulnerabilityID: 'CVE-2024-8', PkgName: 'musl', InstalledVersion: '1', Severity: 'LOW' },
            ],
          },
        ],
      }),
    });
    try {
      const run = await runBundledAction({
        action: 'quality-gate',
        workspace: workspace.dir,
        repository: REPOSITORY,
        apiUrl: github.url,
        inputs: { reports: 'trivy.json', 'check-run': 'true' },
      });
      expect(run.exitCode).toBe(0);
      expect(run.outputs.decision).toBe('approve');
      expect(run.warnings.some((annotation) => /needs approval/.test(annotation.message))).toBe(true);
    } finally {
      workspace.cleanup();
    }
  }, 60_000);

  test('new-only judges only the lines the PR changes; the baseline accepts old debt', async () => {
    const workspace = makeWorkspace({ 'src/app.js': 'console.log(oldProblem);\n', 'eslint.config.mjs': ESLINT_CONFIG });
    const git = (...args: string[]) => runGit(workspace.dir, ...args);
    try {
      git('init', '-q', '-b', 'main');
      git('add', '.');
      git('commit', '-q', '-m', 'base');
      const base = git('rev-parse', 'HEAD');
      writeFileSync(path.join(workspace.dir, 'src/app.js'), 'console.log(oldProblem);\nconsole.log(newProblem);\n');
      git('commit', '-q', '-am', 'change');
      const head = git('rev-parse', 'HEAD');
      runTool(
        path.join(NODE_BIN, 'eslint'),
        ['-c', 'eslint.config.mjs', '-f', 'json', '-o', 'eslint.json', 'src'],
        workspace.dir,
      );
      const event = pullRequestEvent({ baseSha: base, headSha: head });

      const newOnly = await runBundledAction({
        action: 'quality-gate',
        workspace: workspace.dir,
        repository: REPOSITORY,
        event,
        inputs: { reports: 'eslint.json', scope: 'new-only', 'check-run': false },
      });
      expect(newOnly.outputs.decision).toBe('fail');
      expect(JSON.parse(newOnly.outputs.counts!)).toMatchObject({ total: 1, outsideDiff: 1 });
      expect(newOnly.errors.find((annotation) => annotation.file === 'src/app.js')?.line).toBe(2);

      // Accept today's findings, then a check with the baseline passes.
      const update = await runBundledAction({
        action: 'quality-gate',
        workspace: workspace.dir,
        inputs: {
          reports: 'eslint.json',
          mode: 'update-baseline',
          baseline: '.quality/baseline.json',
          'check-run': false,
        },
      });
      expect(update.exitCode).toBe(0);
      const baseline = JSON.parse(readFileSync(path.join(workspace.dir, '.quality/baseline.json'), 'utf8')) as {
        findings: unknown[];
      };
      expect(baseline.findings).toHaveLength(2);
      const check = await runBundledAction({
        action: 'quality-gate',
        workspace: workspace.dir,
        inputs: { reports: 'eslint.json', baseline: '.quality/baseline.json', 'check-run': false },
      });
      expect(check.exitCode).toBe(0);
      expect(check.outputs.decision).toBe('pass');
      expect(JSON.parse(check.outputs.counts!)).toMatchObject({ total: 0, baselined: 2 });
    } finally {
      workspace.cleanup();
    }
  }, 90_000);

  test('new-only without local history falls back to the pull request files API', async () => {
    const workspace = makeWorkspace({
      'src/app.js': 'console.log(oldProblem);\nconsole.log(newProblem);\n',
      'src/big.js': 'console.log(bigProblem);\n',
      'eslint.config.mjs': ESLINT_CONFIG,
    });
    try {
      runTool(
        path.join(NODE_BIN, 'eslint'),
        ['-c', 'eslint.config.mjs', '-f', 'json', '-o', 'eslint.json', 'src'],
        workspace.dir,
      );
      github.seedPull(REPOSITORY, {
        number: 41,
        files: [
          { filename: 'src/app.js', patch: '@@ -1 +1,2 @@\n console.log(oldProblem);\n+console.log(newProblem);' },
          // GitHub gives no patch for big files: their lines are unknown, so their findings are kept.
          { filename: 'src/big.js', status: 'modified' },
        ],
      });
      const run = await runBundledAction({
        action: 'quality-gate',
        workspace: workspace.dir,
        repository: REPOSITORY,
        apiUrl: github.url,
        event: pullRequestEvent({ number: 41, baseSha: 'a'.repeat(40), headSha: 'b'.repeat(40) }),
        inputs: { reports: 'eslint.json', scope: 'new-only', 'check-run': false },
      });
      expect(JSON.parse(run.outputs.counts!)).toMatchObject({ total: 2, outsideDiff: 1 });
      expect(
        run.errors
          .filter((annotation) => annotation.file !== undefined)
          .map((annotation) => `${annotation.file}:${annotation.line}`)
          .sort(),
      ).toEqual(['src/app.js:2', 'src/big.js:1']);
      expect(run.summary).toContain('Changed lines come from the GitHub API');
    } finally {
      workspace.cleanup();
    }
  }, 60_000);

  test('commands run in parallel; their files and exit codes become findings', async () => {
    const workspace = makeWorkspace({ 'ok.txt': 'x' });
    try {
      const run = await runBundledAction({
        action: 'quality-gate',
        workspace: workspace.dir,
        inputs: {
          'check-run': false,
          commands: `- name: formatter\n  run: [sh, -c, "echo src/a.go; echo src/b.go"]\n  category: format\n  findings-from: files\n- name: typecheck\n  run: sh -c 'exit 0'\n  category: type\n- name: noisy\n  run: [sh, -c, "echo '::error::not from the gate'; exit 1"]\n  category: lint\n  severity: low\n`,
        },
      });
      expect(run.outputs.decision).toBe('fail');
      expect(JSON.parse(run.outputs.counts!)).toMatchObject({
        total: 3,
        byCategory: { format: { high: 2 }, lint: { low: 1 } },
      });
      expect(run.summary).toMatch(/\| formatter \| 0 \|/);
      expect(run.summary).toContain('Output of noisy (exit 1)');
      // The command's own workflow command is shown, not obeyed.
      expect(run.errors.some((annotation) => annotation.message === 'not from the gate')).toBe(false);
    } finally {
      workspace.cleanup();
    }
  }, 60_000);

  test('flake8 through its built-in problem matcher: one finding per diagnostic flake8 counts', async () => {
    const workspace = makeWorkspace({ 'py/app.py': 'import os\n\n\ndef f():\n    return undefined_name\n' });
    try {
      const own = runTool('flake8', ['--count', 'py'], workspace.dir);
      const run = await runBundledAction({
        action: 'quality-gate',
        workspace: workspace.dir,
        inputs: { 'check-run': false, commands: '- run: flake8 py\n  matcher: flake8\n' },
      });
      expect(run.outputs.decision).toBe('fail');
      // F401 (unused import) medium, F821 (undefined name) high.
      expect(JSON.parse(run.outputs.counts!)).toMatchObject({
        total: Number(own.stdout.trim().split('\n').at(-1)),
        byCategory: { lint: { high: 1, medium: 1 } },
      });
      expect(run.errors).toContainEqual(expect.objectContaining({ file: 'py/app.py', line: 5 }));
    } finally {
      workspace.cleanup();
    }
  }, 60_000);

  test('a SARIF log over 16 MB is read with a worker thread: the same findings, fingerprints and order', async () => {
    // The same log twice: as written, and padded with whitespace past the size where workers start.
    const results = (run: number) =>
      Array.from({ length: 1500 }, (_, index) => ({
        ruleId: `rule-${index % 4}`,
        ...(index % 3 === 0 ? {} : { level: ['error', 'warning', 'note'][index % 3] }),
        message: { text: `problem ${run}/${index % 700}` },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: `src/m${index % 9}.js`, ...(run === 1 ? { uriBaseId: 'SRC' } : {}) },
              region: { startLine: (index % 50) + 1 },
            },
          },
        ],
      }));
    const rules = [0, 1, 2, 3].map((index) => ({
      id: `rule-${index}`,
      defaultConfiguration: { level: ['error', 'warning', 'note', 'error'][index] },
    }));
    const log = JSON.stringify({
      version: '2.1.0',
      runs: [
        { tool: { driver: { name: 'ESLint', rules } }, results: results(0) },
        // Results before their tool, and the base URI they need after them.
        {
          results: results(1),
          tool: { driver: { name: 'Semgrep OSS', rules } },
          originalUriBaseIds: { SRC: { uri: 'file:///home/runner/work/app/app/packages/web/' } },
        },
      ],
    });
    const workspace = makeWorkspace({
      'small.sarif': log,
      'big.sarif': log.replace('"runs":[', `"runs":${' '.repeat(17 * 1024 * 1024)}[`),
    });
    try {
      const read = async (report: string) => {
        const run = await runBundledAction({
          action: 'quality-gate',
          workspace: workspace.dir,
          inputs: { reports: report, 'check-run': false, 'findings-path': `${report}.findings.json` },
        });
        expect(run.outputs.decision).toBe('fail');
        return {
          counts: JSON.parse(run.outputs.counts!) as { total: number },
          findings: (JSON.parse(readFileSync(run.outputs['findings-path']!, 'utf8')) as { findings: unknown[] })
            .findings,
        };
      };
      const small = await read('small.sarif');
      const big = await read('big.sarif');
      // 3,000 results, of which the repeated messages make numbered duplicates.
      expect(small.counts.total).toBe(3000);
      expect(big.counts).toEqual(small.counts);
      expect(big.findings).toEqual(small.findings);
      expect(big.findings).toContainEqual(expect.objectContaining({ tool: 'semgrep', file: 'packages/web/src/m0.js' }));
    } finally {
      workspace.cleanup();
    }
  }, 60_000);

  test('a broken result in a SARIF log over 16 MB: one error naming the file, line and column', async () => {
    const result = (index: number) =>
      `{"ruleId":"r","level":"error","message":{"text":"m${index}"},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"a.js"},"region":{"startLine":${index + 1}}}}]}`;
    const lines = Array.from({ length: 60000 }, (_, index) => result(index));
    lines[45000] = lines[45000]!.replace('"level":"error"', '"level" "error"');
    const text = `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"ESLint"}},"results":[\n${lines.join(',\n')}\n]}]}\n`;
    const workspace = makeWorkspace({
      'broken.sarif': text.replace('"runs":', `"runs":${' '.repeat(12 * 1024 * 1024)}`),
    });
    try {
      const run = await runBundledAction({
        action: 'quality-gate',
        workspace: workspace.dir,
        inputs: { reports: 'broken.sarif', 'check-run': false },
      });
      expect(run.exitCode).toBe(1);
      expect(run.outputs.decision).toBe('fail');
      expect(run.errors.map((annotation) => annotation.message)).toEqual([
        expect.stringMatching(/^broken\.sarif:45002:\d+: is not valid JSON: /),
      ]);
    } finally {
      workspace.cleanup();
    }
  }, 60_000);

  test('the summary shows what the tools said; paths that match no repository file are warned about', async () => {
    const workspace = makeWorkspace({
      'tests/test_page.py': `def test_markup():\n    assert "<i>ok</i>" == "<b>ok</b>"\n`,
      'src/app.js': 'console.log(missing);\n',
      'eslint.config.mjs': ESLINT_CONFIG,
    });
    // The same code linted in another checkout (a container's, another job's): its paths are not this workspace's.
    const elsewhere = makeWorkspace({ 'src/app.js': 'console.log(missing);\n', 'eslint.config.mjs': ESLINT_CONFIG });
    try {
      runTool(
        PYTHON,
        ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', '--junitxml=pytest.xml', 'tests'],
        workspace.dir,
      );
      runTool(
        path.join(NODE_BIN, 'eslint'),
        ['-c', 'eslint.config.mjs', '-f', 'json', '-o', path.join(workspace.dir, 'eslint.json'), 'src'],
        elsewhere.dir,
      );
      const run = await runBundledAction({
        action: 'quality-gate',
        workspace: workspace.dir,
        inputs: { reports: 'pytest.xml\neslint.json', 'check-run': false },
      });
      expect(run.outputs.decision).toBe('fail');
      expect(run.summary.split('\n')[0]).toBe('## ❌ Quality gate failed');
      // pytest's own message, <i> and <b> included, not eaten as HTML.
      expect(run.summary).toContain('&lt;i>ok&lt;/i>');
      expect(run.summary).not.toContain('<b>ok</b>');
      const unmatched = `${elsewhere.dir}/src/app.js`;
      expect(
        run.warnings.some(
          (warning) =>
            /1 finding path\(s\) match no file of the repository/.test(warning.message) &&
            warning.message.includes(unmatched),
        ),
      ).toBe(true);
      expect(run.summary).toMatch(/1 finding path\(s\) match no file of the repository/);
    } finally {
      workspace.cleanup();
      elsewhere.cleanup();
    }
  }, 60_000);

  test("a reports entry marked '(optional)' may match nothing", async () => {
    const workspace = makeWorkspace({ 'ok.json': '[]' });
    try {
      const run = await runBundledAction({
        action: 'quality-gate',
        workspace: workspace.dir,
        inputs: { reports: 'ok.json\nreports/trivy.json (optional)', 'check-run': false },
      });
      expect(run.errors).toEqual([]);
      expect(run.exitCode).toBe(0);
      expect(run.outputs.decision).toBe('pass');
      expect(run.log.some((line) => /Optional report 'reports\/trivy\.json' matches no file/.test(line))).toBe(true);
    } finally {
      workspace.cleanup();
    }
  }, 60_000);

  test('check-run-annotations caps the check run at the worst N, and the summaries say how many were left out', async () => {
    const workspace = eslintWorkspace();
    try {
      const run = await runBundledAction({
        action: 'quality-gate',
        workspace: workspace.dir,
        repository: REPOSITORY,
        apiUrl: github.url,
        inputs: { reports: 'eslint.json', 'check-run-annotations': '20', 'findings-path': 'out/findings.json' },
      });
      expect(run.outputs.decision).toBe('fail');
      const check = github.checkRuns(REPOSITORY).at(-1)!;
      expect(check.annotations).toHaveLength(20);
      expect(check.outputs).toHaveLength(1);
      const note = 'The check run carries the worst 20 annotation(s): 40 were left out (input `check-run-annotations`)';
      expect(String((check.outputs[0] as { text?: string }).text)).toContain(note);
      expect(run.summary).toContain(note);
      expect(run.log.some((line) => /created with 20 annotation\(s\) in 1 request\(s\), 40 left out/.test(line))).toBe(
        true,
      );
      // The step's own annotations are unchanged: 9 findings and the verdict.
      expect(run.errors).toHaveLength(RUNNER_ANNOTATION_LIMIT_PER_LEVEL);
    } finally {
      workspace.cleanup();
    }
  }, 60_000);

  test.each([
    ['a report that does not parse', { reports: 'broken.json' }, /broken\.json:1:\d+: is not valid JSON/],
    [
      'a policy key that does not exist',
      { reports: 'ok.json', policy: 'categories:\n  lint:\n    mx: { high: 0 }' },
      /Input 'policy'.*unknown key 'mx' \(did you mean 'max'\?\)/,
    ],
    [
      'a threshold that does not parse',
      { reports: 'ok.json', policy: 'categories:\n  test:\n    pass-rate: ">= lots"' },
      /pass-rate: threshold '>= lots' does not parse at column/,
    ],
    [
      'a command that cannot start',
      { commands: '- run: no-such-linter --check .' },
      /Command 'no-such-linter' cannot start/,
    ],
    [
      'a reports pattern that matches no file',
      { reports: 'missing/*.sarif', commands: '- run: [sh, -c, "exit 0"]' },
      /Input 'reports': 'missing\/\*\.sarif' matches no file/,
    ],
    [
      'one reports entry of several matches no file (a scan that did not run)',
      { reports: 'ok.json\nreports/trivy.json' },
      /Input 'reports': 'reports\/trivy\.json' matches no file .*' \(optional\)'/,
    ],
    [
      'a pass rate below 0%',
      { reports: 'ok.json', policy: 'categories:\n  test:\n    pass-rate: ">=-5%"' },
      /categories\.test\.pass-rate: threshold '>=-5%'.*a pass rate is between 0% and 100%/,
    ],
    [
      'a pass rate above 100%',
      { reports: 'ok.json', policy: 'categories:\n  test:\n    pass-rate: ">=101%"' },
      /categories\.test\.pass-rate: threshold '>=101%'.*a pass rate is between 0% and 100%/,
    ],
    [
      'a negative error rate',
      { reports: 'ok.json', policy: 'categories:\n  performance:\n    thresholds:\n      http_req_failed: "rate<-5"' },
      /http_req_failed: threshold 'rate<-5'.*a rate is between 0 and 1/,
    ],
    [
      'a problem matcher file whose regexp does not compile',
      { commands: '- name: lint\n  run: [sh, -c, "exit 0"]\n  matcher: matcher.json' },
      /commands\[0\] \(lint\): matcher file 'matcher\.json': problemMatcher\[0\]\.pattern\[0\]\.regexp is not a valid regular expression/,
    ],
    [
      'a check-run-annotations that is not a count',
      { reports: 'ok.json', 'check-run-annotations': '-5' },
      /Input 'check-run-annotations'/,
    ],
    [
      'a check-run-annotations that is not a number',
      { reports: 'ok.json', 'check-run-annotations': 'all' },
      /Input 'check-run-annotations'/,
    ],
    [
      'a policy file with an unknown key',
      { reports: 'ok.json', 'policy-file': 'quality.yml' },
      /quality\.yml:3:\d+: categories\.lint\.mx: unknown key 'mx' \(did you mean 'max'\?\)/,
    ],
  ])(
    '%s: one clear ::error and no passing decision',
    async (_name, inputs, message) => {
      const workspace = makeWorkspace({
        'broken.json': '{"runs": [',
        'ok.json': '[]',
        'quality.yml': 'categories:\n  lint:\n    mx: { high: 0 }\n',
        'matcher.json': JSON.stringify({ problemMatcher: [{ owner: 'x', pattern: [{ regexp: '([a-', message: 1 }] }] }),
      });
      try {
        const run = await runBundledAction({
          action: 'quality-gate',
          workspace: workspace.dir,
          inputs: { 'check-run': false, ...inputs },
        });
        expect(run.exitCode).toBe(1);
        expect(run.errors).toHaveLength(1);
        expect(run.errors[0]!.message).toMatch(message);
        expect(run.outputs.decision).toBe('fail');
        expect(run.stdout).not.toMatch(/\n\s+at /);
      } finally {
        workspace.cleanup();
      }
    },
    60_000,
  );
});
