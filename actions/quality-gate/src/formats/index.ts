/**
 * Every report format, detected from content (never from the file name). A new format is one file
 * in this folder plus one line in JSON_FORMATS or XML_FORMATS.
 */
import type { PerformanceMetric, RawFinding } from '../model.ts';
import { banditFindings, looksLikeBandit } from './bandit.ts';
import { checkstyleHandlers, looksLikeCheckstyle } from './checkstyle.ts';
import { eslintFindings, looksLikeEslint } from './eslint.ts';
import { gitleaksFindings, looksLikeGitleaks } from './gitleaks.ts';
import { grypeFindings, looksLikeGrype } from './grype.ts';
import { junitHandlers, looksLikeJunit } from './junit.ts';
import { k6Summary, looksLikeK6 } from './k6.ts';
import { looksLikeNpmAudit, npmAuditFindings } from './npm-audit.ts';
import { looksLikePylint, pylintFindings } from './pylint.ts';
import { looksLikeTrivy, trivyFindings } from './trivy.ts';
import type { TestTotals } from '../model.ts';

/** A JSON report small enough to decode whole (everything but SARIF, which streams). */
export interface JsonFormat {
  id: string;
  detect(value: unknown): boolean;
  parse(value: unknown, workspace: string, file: string): { findings: RawFinding[]; metrics?: PerformanceMetric[] };
}

export const JSON_FORMATS: JsonFormat[] = [
  {
    id: 'eslint-json',
    detect: looksLikeEslint,
    parse: (value, workspace) => ({ findings: eslintFindings(value, workspace) }),
  },
  {
    id: 'trivy-json',
    detect: looksLikeTrivy,
    parse: (value, workspace) => ({ findings: trivyFindings(value, workspace) }),
  },
  {
    id: 'grype-json',
    detect: looksLikeGrype,
    parse: (value, workspace) => ({ findings: grypeFindings(value, workspace) }),
  },
  { id: 'npm-audit-json', detect: looksLikeNpmAudit, parse: (value) => ({ findings: npmAuditFindings(value) }) },
  {
    id: 'bandit-json',
    detect: looksLikeBandit,
    parse: (value, workspace) => ({ findings: banditFindings(value, workspace) }),
  },
  {
    id: 'gitleaks-json',
    detect: looksLikeGitleaks,
    parse: (value, workspace) => ({ findings: gitleaksFindings(value, workspace) }),
  },
  {
    id: 'pylint-json',
    detect: looksLikePylint,
    parse: (value, workspace) => ({ findings: pylintFindings(value, workspace) }),
  },
  { id: 'k6-summary', detect: looksLikeK6, parse: (value, _workspace, file) => k6Summary(value, file) },
];

export interface XmlHandlerSet {
  open?(name: string, attributes: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
  comment?(text: string): void;
}

/** An XML report, read as a stream of element events. */
export interface XmlFormat {
  id: string;
  detect(head: string): boolean;
  handlers(workspace: string, findings: RawFinding[], tests: TestTotals[], file: string): XmlHandlerSet;
}

export const XML_FORMATS: XmlFormat[] = [
  {
    id: 'checkstyle',
    detect: looksLikeCheckstyle,
    handlers: (workspace, findings) => checkstyleHandlers(workspace, findings),
  },
  {
    id: 'junit',
    detect: looksLikeJunit,
    handlers: (workspace, findings, tests, file) => {
      const totals: TestTotals = { tool: 'junit', file, tests: 0, failures: 0, errors: 0, skipped: 0 };
      tests.push(totals);
      return junitHandlers(workspace, totals, findings);
    },
  },
];

export const FORMAT_NAMES =
  'SARIF, JUnit XML, checkstyle XML, ESLint JSON, Trivy JSON, Grype JSON, npm audit JSON, Bandit JSON, gitleaks JSON, pylint JSON or a k6 summary';
