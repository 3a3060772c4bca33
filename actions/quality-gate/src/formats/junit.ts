/**
 * JUnit XML as written by jest-junit, pytest --junitxml, Maven Surefire, go-junit-report and most test runners:
 * <testsuites><testsuite><testcase classname name file line><failure|error|skipped/></testcase></testsuite></testsuites>
 * Totals are counted from the test cases themselves (suite attributes are sometimes missing or stale);
 * each failing or erroring test becomes a finding. Surefire's flakyFailure/rerunFailure (a test that passed on
 * a rerun) do not count as failures.
 *
 * Where a runner's JUnit says something other than the runner itself, the runner wins:
 * - PHPUnit writes a risky test (no assertion, output…) as an <error type="PHPUnit\Framework\RiskyTestError">,
 *   yet the run passes: it counts as passed, with an `info` finding.
 * - Node's test runner writes a test with subtests as a <testsuite>, leaving its own failure out; its totals are
 *   in trailer comments (`<!-- tests 11 -->`, `<!-- fail 5 -->`…), which are taken as they are.
 */
import { streamXml } from '@pipeline-actions/shared';
import type { RawFinding, TestTotals } from '../model.ts';
import { toRepoPath } from '../paths.ts';
import type { ReportFormat } from './format.ts';

export const junit: ReportFormat = {
  id: 'junit',
  label: 'JUnit XML',
  syntax: 'xml',
  detect: ({ head }) => /<testsuites?[\s>]/.test(head),
  async read({ file, workspace }) {
    const totals: TestTotals = { tool: 'junit', file, tests: 0, failures: 0, errors: 0, skipped: 0 };
    const findings: RawFinding[] = [];
    await streamXml(file, junitHandlers(workspace, totals, findings));
    return { findings, tests: [totals] };
  },
};

const MAX_DETAIL = 2000;

/** The runner that wrote the file, from the marks each leaves at the top. */
function junitTool(rootName: string, attributes: Record<string, string>): string {
  const name = attributes.name ?? '';
  if (rootName === 'testsuite' && attributes.assertions !== undefined) return 'phpunit';
  if (rootName === 'testsuites' && name === 'jest tests') return 'jest';
  if (name === 'pytest') return 'pytest';
  if ((attributes['xsi:noNamespaceSchemaLocation'] ?? '').includes('surefire')) return 'surefire';
  return 'junit';
}

/** XML event handlers that count tests into `totals` and push failing tests to `findings`. */
function junitHandlers(workspace: string, totals: TestTotals, findings: RawFinding[]) {
  let depth = 0;
  let testcase: Record<string, string> | undefined;
  let outcome: 'failure' | 'error' | 'skipped' | undefined;
  let outcomeMessage = '';
  let detail = '';
  let inOutcome = false;
  let suiteFile: string | undefined;
  let risky = false;
  /** Node's trailer totals (tests, pass, fail, cancelled, skipped, todo), when the file has them. */
  const trailer = new Map<string, number>();
  let failingCases = 0;
  return {
    open(name: string, attributes: Record<string, string>): void {
      depth++;
      if (depth === 1) totals.tool = junitTool(name, attributes);
      if (depth === 2 && name === 'testsuite' && totals.tool === 'junit') {
        if (attributes.name === 'pytest') totals.tool = 'pytest';
        else if (attributes.assertions !== undefined) totals.tool = 'phpunit';
      }
      if (name === 'testsuite') suiteFile = attributes.file ?? suiteFile;
      if (name === 'testcase') {
        testcase = attributes;
        outcome = undefined;
        outcomeMessage = '';
        detail = '';
      } else if (testcase !== undefined && (name === 'failure' || name === 'error' || name === 'skipped')) {
        // An error outranks a failure; a skip never replaces either.
        if (outcome === undefined || (name === 'error' && outcome === 'failure')) {
          outcome = name;
          outcomeMessage = attributes.message ?? attributes.type ?? '';
          risky = name === 'error' && attributes.type === 'PHPUnit\\Framework\\RiskyTestError';
        }
        inOutcome = name !== 'skipped';
      }
    },
    comment(text: string): void {
      const match = depth === 1 ? /^\s*(tests|suites|pass|fail|cancelled|skipped|todo) (\d+)\s*$/.exec(text) : null;
      if (match) trailer.set(match[1]!, Number(match[2]));
    },
    text(text: string): void {
      if (inOutcome && detail.length < MAX_DETAIL) detail += text.slice(0, MAX_DETAIL - detail.length);
    },
    close(name: string): void {
      depth--;
      if (name === 'failure' || name === 'error' || name === 'skipped') inOutcome = false;
      if (name === 'testsuite') suiteFile = undefined;
      if (depth === 0 && trailer.has('tests')) nodeTotals(totals, trailer, failingCases, findings);
      if (name !== 'testcase' || testcase === undefined) return;
      totals.tests++;
      if (outcome === 'skipped') totals.skipped++;
      else if (outcome === 'failure' || outcome === 'error') {
        if (risky) {
          // PHPUnit's text: "Class::test\nThis test did not perform any assertions\n\nfile:line".
          outcomeMessage = `Risky: ${detail.trim().split('\n')[1]?.trim() || 'PHPUnit marked the test risky'}`;
        } else if (outcome === 'failure') totals.failures++;
        else totals.errors++;
        if (!risky) failingCases++;
        const caseName = (testcase.name ?? '(unnamed)').trim();
        const className = (testcase.classname ?? '').trim();
        const message = (outcomeMessage || detail.trim().split('\n')[0] || outcome).trim();
        const finding: RawFinding = {
          tool: totals.tool,
          category: 'test',
          severity: risky ? 'info' : 'high',
          rule: className && !caseName.startsWith(className) ? `${className} › ${caseName}` : caseName,
          message: risky
            ? message.slice(0, 500)
            : `${outcome === 'error' ? 'Error' : 'Failed'}: ${message.slice(0, 500)}`,
        };
        const testFile = testcase.file ?? suiteFile;
        if (testFile !== undefined && testFile !== '') finding.file = toRepoPath(testFile, workspace);
        const lineNumber = Number(testcase.line);
        if (finding.file !== undefined && Number.isInteger(lineNumber) && lineNumber >= 1) finding.line = lineNumber;
        findings.push(finding);
      }
      testcase = undefined;
      risky = false;
    },
  };
}

/**
 * Node's own totals from its trailer; the failed tests its JUnit lists under no failing test case (tests with
 * subtests, written as <testsuite>) become one finding, so the failure is seen.
 */
function nodeTotals(totals: TestTotals, trailer: Map<string, number>, failingCases: number, findings: RawFinding[]) {
  const count = (name: string): number => trailer.get(name) ?? 0;
  totals.tool = 'node';
  totals.tests = count('tests');
  totals.failures = count('fail');
  totals.errors = count('cancelled');
  totals.skipped = count('skipped') + count('todo');
  const unlisted = count('fail') + count('cancelled') - failingCases;
  if (unlisted > 0) {
    findings.push({
      tool: 'node',
      category: 'test',
      severity: 'high',
      rule: 'tests with subtests',
      message: `Failed: ${unlisted} failed test(s) with subtests, which Node's JUnit report writes as <testsuite> elements without their own failure; see the test run's output.`,
    });
  }
}
