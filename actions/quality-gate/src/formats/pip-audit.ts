/**
 * pip-audit JSON (`pip-audit -f json`): { dependencies: [{ name, version, vulns: [{ id, fix_versions, aliases,
 * description }] }], fixes: [] }. A dependency that could not be audited has `skip_reason` and no vulns.
 */
import type { RawFinding } from '../model.ts';
import type { ReportFormat } from './format.ts';
import { asArray, asObject, asString } from './json-util.ts';

export const pipAudit: ReportFormat = {
  id: 'pip-audit-json',
  label: 'pip-audit JSON',
  syntax: 'json',
  detect: ({ document }) => {
    const object = asObject(document);
    const first = asObject(asArray(object?.dependencies)[0]);
    return (
      object !== undefined &&
      Array.isArray(object.dependencies) &&
      Array.isArray(object.fixes) &&
      (first === undefined || ('name' in first && ('vulns' in first || 'skip_reason' in first)))
    );
  },
  read: ({ document }) => ({ findings: pipAuditFindings(document) }),
};

/**
 * pip-audit gives no severity: every known vulnerability is `high`, as a failed test is (the policy decides).
 * No file: the requirement it came from is not in the report.
 */
function pipAuditFindings(value: unknown): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const entry of asArray(asObject(value)?.dependencies)) {
    const dependency = asObject(entry);
    if (dependency === undefined) continue;
    const name = asString(dependency.name) ?? '?';
    const version = asString(dependency.version) ?? '?';
    for (const item of asArray(dependency.vulns)) {
      const vuln = asObject(item);
      if (vuln === undefined) continue;
      const id = asString(vuln.id) ?? 'unknown';
      const fixes = asArray(vuln.fix_versions).map(String);
      const aliases = asArray(vuln.aliases).map(String);
      const finding: RawFinding = {
        tool: 'pip-audit',
        category: 'dependency',
        severity: 'high',
        rule: id,
        message: `${id}${aliases.length > 0 ? ` (${aliases.join(', ')})` : ''} in ${name} ${version}${
          fixes.length > 0 ? ` (fixed in ${fixes.join(', ')})` : ' (no fix yet)'
        }`,
      };
      // pip-audit's ids (PYSEC-, GHSA-…) are OSV's: osv.dev has a page for each.
      if (id !== 'unknown') finding.helpUri = `https://osv.dev/vulnerability/${id}`;
      findings.push(finding);
    }
  }
  return findings;
}
