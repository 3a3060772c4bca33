/**
 * Safety's JSON, two shapes:
 * - `safety check --output json` (Safety 2 and later; `--json` is the same): { report_meta, vulnerabilities:
 *   [{ vulnerability_id, package_name, analyzed_version, vulnerable_spec, advisory, CVE, severity, fixed_versions,
 *   more_info_url }], ignored_vulnerabilities };
 * - Safety 1's `safety check --json`: a list of [package, vulnerable spec, installed version, advisory, id].
 * Safety 3's `safety scan --output json` (scan_results.projects…) is not read.
 */
import type { RawFinding, Severity } from '../model.ts';
import { severityFrom, type ReportFormat, type SeverityTable } from './format.ts';
import { asArray, asNumber, asObject, asString } from './json-util.ts';

/** The CVSS base severity when Safety's database has one (only its commercial one has). */
const SEVERITY: SeverityTable = { CRITICAL: 'critical', HIGH: 'high', MEDIUM: 'medium', LOW: 'low', NONE: 'info' };

export const safety: ReportFormat = {
  id: 'safety-json',
  label: 'Safety JSON',
  syntax: 'json',
  detect: ({ document }) => isSafetyReport(document) || isLegacySafetyList(document),
  read: ({ document }) => ({
    findings: isLegacySafetyList(document) ? legacyFindings(document) : safetyFindings(document),
  }),
};

function isSafetyReport(value: unknown): boolean {
  const object = asObject(value);
  return object !== undefined && asObject(object.report_meta) !== undefined && Array.isArray(object.vulnerabilities);
}

/** Safety 1: a non-empty list of five-string rows (an empty list is "nothing found" whatever the tool). */
function isLegacySafetyList(value: unknown): boolean {
  const first = asArray(value)[0];
  return Array.isArray(first) && first.length === 5 && first.every((cell) => typeof cell === 'string' || cell === null);
}

/**
 * Without a CVSS severity a vulnerability is `high`, as pip-audit's are: Safety's free database has none, and
 * a known vulnerable dependency is what the scan is run to stop.
 */
function severityOf(vulnerability: Record<string, unknown>): Severity {
  const severity = asObject(vulnerability.severity);
  const cvss = asObject(severity?.cvssv3) ?? asObject(severity?.cvssv2);
  const word = asString(cvss?.base_severity);
  if (word !== undefined) return severityFrom(SEVERITY, word, 'high');
  const score = asNumber(cvss?.base_score);
  if (score === undefined) return 'high';
  return score >= 9 ? 'critical' : score >= 7 ? 'high' : score >= 4 ? 'medium' : score > 0 ? 'low' : 'info';
}

function safetyFindings(value: unknown): RawFinding[] {
  return asArray(asObject(value)?.vulnerabilities).flatMap((entry): RawFinding[] => {
    const vulnerability = asObject(entry);
    if (vulnerability === undefined) return [];
    const id = asString(vulnerability.vulnerability_id) ?? 'unknown';
    const name = asString(vulnerability.package_name) ?? '?';
    const version = asString(vulnerability.analyzed_version) ?? '?';
    const cve = asString(vulnerability.CVE);
    const fixes = asArray(vulnerability.fixed_versions).map(String);
    const finding: RawFinding = {
      tool: 'safety',
      category: 'dependency',
      severity: severityOf(vulnerability),
      rule: id,
      message: `${id}${cve ? ` (${cve})` : ''} in ${name} ${version}${
        fixes.length > 0 ? ` (fixed in ${fixes.join(', ')})` : ' (no fix yet)'
      }`,
    };
    const url = asString(vulnerability.more_info_url);
    if (url !== undefined) finding.helpUri = url;
    return [finding];
  });
}

function legacyFindings(value: unknown): RawFinding[] {
  return asArray(value).flatMap((row): RawFinding[] => {
    if (!Array.isArray(row)) return [];
    const [name, spec, version, , id] = row.map((cell) => (typeof cell === 'string' ? cell : undefined));
    const rule = id ?? 'unknown';
    return [
      {
        tool: 'safety',
        category: 'dependency',
        severity: 'high',
        rule,
        message: `${rule} in ${name ?? '?'} ${version ?? '?'} (vulnerable: ${spec ?? '?'})`,
      },
    ];
  });
}
