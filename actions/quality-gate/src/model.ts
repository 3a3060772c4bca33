/**
 * The normalized model every report format is parsed into. The policy, the scope filters and
 * every report (annotations, check run, summary, merged SARIF) only ever see these types.
 */

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CATEGORIES = [
  'lint',
  'format',
  'type',
  'sast',
  'dependency',
  'container',
  'secret',
  'license',
  'test',
  'performance',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** One problem reported by one tool. */
export interface Finding {
  /** The tool that reported it, lower-case ("eslint", "trivy", "pytest"). */
  tool: string;
  category: Category;
  severity: Severity;
  /** The tool's rule or check id ("no-unused-vars", "CVE-2024-1234", "B307"); the test id for tests. */
  rule: string;
  message: string;
  /** Repository-relative path with forward slashes, when the finding has a location. */
  file?: string;
  line?: number;
  column?: number;
  /** Stable id for baselines: survives line moves (see fingerprint.ts). */
  fingerprint: string;
  /** Documentation link for the rule, when the report carries one. */
  helpUri?: string;
}

/** Test totals of one report (JUnit): the pass rate is computed from these. */
export interface TestTotals {
  tool: string;
  file: string;
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

/** One performance metric (k6): the statistics it carries, by k6's names (avg, p(95), rate, count, value…). */
export interface PerformanceMetric {
  tool: string;
  file: string;
  name: string;
  values: Record<string, number>;
}

/**
 * A finding as a parser produces it: the fingerprint is computed once all findings are known,
 * from the tool's own fingerprint when it supplies one (SARIF partialFingerprints, gitleaks).
 */
export type RawFinding = Omit<Finding, 'fingerprint'> & { toolFingerprint?: string };

/**
 * A finding with every property in place (the optional ones undefined) and always in the same order, so the
 * hundreds of thousands a large report yields share one object shape and every pass over them stays fast
 * (mixed shapes made each property read several times slower). Used where findings are made in bulk.
 */
export function newFinding(
  tool: string,
  category: Category,
  severity: Severity,
  rule: string,
  message: string,
): RawFinding {
  return {
    tool,
    category,
    severity,
    rule,
    message,
    file: undefined,
    line: undefined,
    column: undefined,
    helpUri: undefined,
    toolFingerprint: undefined,
    // Filled in by withFingerprints (fingerprint.ts); present from the start for the same reason.
    fingerprint: undefined,
  } as RawFinding;
}

/** What one report file yields. */
export interface ParsedReport {
  file: string;
  format: string;
  findings: RawFinding[];
  tests: TestTotals[];
  metrics: PerformanceMetric[];
}

export const severityRank = (severity: Severity): number => SEVERITIES.indexOf(severity);

const RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };
/** Code-unit order: localeCompare is far too slow for 200,000 findings and need not be locale-aware here. */
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Worst first: critical before info; then by file and line so output is stable. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    RANK[a.severity] - RANK[b.severity] ||
    compareText(a.file ?? '\uffff', b.file ?? '\uffff') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    compareText(a.rule, b.rule)
  );
}

export function emptyReport(file: string, format: string): ParsedReport {
  return { file, format, findings: [], tests: [], metrics: [] };
}

/**
 * Orders worst first in place: by severity, and within a severity as the reports list them (tools write
 * them by file and line). A bucket pass, not a comparison sort: sorting 200,000 findings by path took seconds.
 */
export function sortFindings<T extends Finding>(findings: T[]): T[] {
  const buckets: T[][] = SEVERITIES.map(() => []);
  for (const finding of findings) buckets[RANK[finding.severity]]!.push(finding);
  let index = 0;
  for (const bucket of buckets) for (const finding of bucket) findings[index++] = finding;
  return findings;
}
