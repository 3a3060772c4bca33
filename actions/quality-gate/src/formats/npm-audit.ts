/**
 * npm audit --json, report version 2 (npm 7+): { auditReportVersion: 2, vulnerabilities: { <package>: { severity, via, fixAvailable } } }.
 * One finding per vulnerable package, as npm counts them in metadata.vulnerabilities.
 */
import type { RawFinding } from '../model.ts';
import { severityFrom, type ReportFormat, type SeverityTable } from './format.ts';
import { asArray, asObject, asString } from './json-util.ts';

/** info -> info. */
const SEVERITY: SeverityTable = { critical: 'critical', high: 'high', moderate: 'medium', low: 'low' };

export const npmAudit: ReportFormat = {
  id: 'npm-audit-json',
  label: 'npm audit JSON',
  syntax: 'json',
  detect: ({ document }) => looksLikeNpmAudit(document),
  read: ({ document }) => ({ findings: npmAuditFindings(document) }),
};

function looksLikeNpmAudit(value: unknown): boolean {
  const object = asObject(value);
  return object !== undefined && object.auditReportVersion === 2 && asObject(object.vulnerabilities) !== undefined;
}

function npmAuditFindings(value: unknown): RawFinding[] {
  const vulnerabilities = asObject(asObject(value)?.vulnerabilities) ?? {};
  return Object.entries(vulnerabilities).flatMap(([name, entry]): RawFinding[] => {
    const vulnerability = asObject(entry);
    if (vulnerability === undefined) return [];
    const advisories = asArray(vulnerability.via)
      .map(asObject)
      .filter((via) => via !== undefined);
    const via = asArray(vulnerability.via).filter((item): item is string => typeof item === 'string');
    const advisory = advisories[0];
    const fix = vulnerability.fixAvailable;
    const fixText =
      fix === false
        ? 'no fix available'
        : fix === true
          ? 'fix available'
          : asObject(fix)
            ? `fix: ${asString(asObject(fix)?.name)}@${asString(asObject(fix)?.version)}`
            : '';
    const finding: RawFinding = {
      tool: 'npm-audit',
      category: 'dependency',
      severity: severityFrom(SEVERITY, asString(vulnerability.severity)),
      rule: asString(advisory?.url)?.replace(/^.*\//, '') ?? `npm:${name}`,
      message: `${name} ${asString(vulnerability.range) ?? ''}: ${
        advisory ? (asString(advisory.title) ?? 'vulnerable') : `vulnerable through ${via.join(', ')}`
      }${fixText ? ` (${fixText})` : ''}`.replace(/\s+:/, ':'),
      file: 'package-lock.json',
    };
    const url = asString(advisory?.url);
    if (url !== undefined) finding.helpUri = url;
    return [finding];
  });
}
