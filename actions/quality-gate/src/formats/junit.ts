/**
 * JUnit XML as written by jest-junit, pytest --junitxml, Maven Surefire, go-junit-report and most test runners:
 * <testsuites><testsuite><testcase classname name file line><failure|error|skipped/></testcase></testsuite></testsuites>
 * Totals are counted from the test cases themselves (suite attributes are sometimes missing or stale);
 * each failing or erroring test becomes a finding. Surefire's flakyFailure/rerunFailure (a test that passed on
 * a rerun) do not count as failures.
 */
import type { RawFinding, TestTotals } from '../model.ts';
import { toRepoPath } from '../paths.ts';

export function looksLikeJunit(head: string): boolean {
  return /<testsuites?[\s>]/.test(head);
}

const MAX_DETAIL = 2000;

/** The runner that wrote the file, from the marks each leaves at the top. */
export function junitTool(rootName: string, attributes: Record<string, string>): string {
  const name = attributes.name ?? '';
  if (rootName === 'testsuites' && name === 'jest tests') return 'jest';
  if (name === 'pytest') return 'pytest';
  if ((attributes['xsi:noNamespaceSchemaLocation'] ?? '').includes('surefire')) return 'surefire';
  return 'junit';
}

/** XML event handlers that count tests into `totals` and push failing tests to `findings`. */
export function junitHandlers(workspace: string, totals: TestTotals, findings: RawFinding[]) {
  let depth = 0;
  let testcase: Record<string, string> | undefined;
  let outcome: 'failure' | 'error' | 'skipped' | undefined;
  let outcomeMessage = '';
  let detail = '';
  let inOutcome = false;
  let suiteFile: string | undefined;
  return {
    open(name: string, attributes: Record<string, string>): void {
      depth++;
      if (depth === 1) totals.tool = junitTool(name, attributes);
      if (depth === 2 && name === 'testsuite' && totals.tool === 'junit' && attributes.name === 'pytest')
        totals.tool = 'pytest';
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
        }
        inOutcome = name !== 'skipped';
      }
    },
    text(text: string): void {
      if (inOutcome && detail.length < MAX_DETAIL) detail += text.slice(0, MAX_DETAIL - detail.length);
    },
    close(name: string): void {
      depth--;
      if (name === 'failure' || name === 'error' || name === 'skipped') inOutcome = false;
      if (name === 'testsuite') suiteFile = undefined;
      if (name !== 'testcase' || testcase === undefined) return;
      totals.tests++;
      if (outcome === 'skipped') totals.skipped++;
      else if (outcome === 'failure' || outcome === 'error') {
        if (outcome === 'failure') totals.failures++;
        else totals.errors++;
        const caseName = (testcase.name ?? '(unnamed)').trim();
        const className = (testcase.classname ?? '').trim();
        const message = (outcomeMessage || detail.trim().split('\n')[0] || outcome).trim();
        const finding: RawFinding = {
          tool: totals.tool,
          category: 'test',
          severity: 'high',
          rule: className && !caseName.startsWith(className) ? `${className} › ${caseName}` : caseName,
          message: `${outcome === 'error' ? 'Error' : 'Failed'}: ${message.slice(0, 500)}`,
        };
        const testFile = testcase.file ?? suiteFile;
        if (testFile !== undefined && testFile !== '') finding.file = toRepoPath(testFile, workspace);
        const lineNumber = Number(testcase.line);
        if (finding.file !== undefined && Number.isInteger(lineNumber) && lineNumber >= 1) finding.line = lineNumber;
        findings.push(finding);
      }
      testcase = undefined;
    },
  };
}
