/**
 * Trivy JSON (`trivy image|fs|config --format json`, SchemaVersion 2):
 * { ArtifactName, ArtifactType, Results: [{ Target, Class, Vulnerabilities, Misconfigurations, Secrets, Licenses }] }.
 * Trivy's --severity filter does not apply to every output format; the gate applies its own policy to all severities.
 */
import type { Category, RawFinding, Severity } from '../model.ts';
import { toRepoPath } from '../paths.ts';
import { severityFrom, type ReportFormat, type SeverityTable } from './format.ts';
import { asArray, asObject, asPositiveLine, asString } from './json-util.ts';

/** UNKNOWN -> info. */
const SEVERITY: SeverityTable = { CRITICAL: 'critical', HIGH: 'high', MEDIUM: 'medium', LOW: 'low' };
const trivySeverity = (value: string | undefined): Severity => severityFrom(SEVERITY, value);

export const trivy: ReportFormat = {
  id: 'trivy-json',
  label: 'Trivy JSON',
  syntax: 'json',
  detect: ({ document }) => looksLikeTrivy(document),
  read: ({ document, workspace }) => ({ findings: trivyFindings(document, workspace) }),
};

function looksLikeTrivy(value: unknown): boolean {
  const object = asObject(value);
  return object !== undefined && 'SchemaVersion' in object && 'ArtifactName' in object;
}

function trivyFindings(value: unknown, workspace: string): RawFinding[] {
  const report = asObject(value) ?? {};
  // Vulnerabilities in an image are container findings; in a filesystem or repository, dependency findings.
  const artifactType = asString(report.ArtifactType) ?? 'container_image';
  const vulnerabilityCategory: Category =
    artifactType === 'container_image' || artifactType === 'vm' ? 'container' : 'dependency';
  const findings: RawFinding[] = [];
  for (const entry of asArray(report.Results)) {
    const result = asObject(entry);
    if (result === undefined) continue;
    const target = asString(result.Target);
    const isFile = target !== undefined && asString(result.Class) !== 'os-pkgs';
    const at = (finding: RawFinding, line?: number): RawFinding => {
      if (isFile && target !== undefined) finding.file = toRepoPath(target, workspace);
      if (line !== undefined) finding.line = line;
      return finding;
    };
    for (const item of asArray(result.Vulnerabilities)) {
      const vulnerability = asObject(item) ?? {};
      const id = asString(vulnerability.VulnerabilityID) ?? 'unknown';
      const packageName = asString(vulnerability.PkgName) ?? '?';
      const installed = asString(vulnerability.InstalledVersion) ?? '?';
      const fixed = asString(vulnerability.FixedVersion);
      const finding: RawFinding = {
        tool: 'trivy',
        category: vulnerabilityCategory,
        severity: trivySeverity(asString(vulnerability.Severity)),
        rule: id,
        message: `${id} in ${packageName} ${installed}${fixed ? ` (fixed in ${fixed})` : ' (no fix yet)'}${
          asString(vulnerability.Title) ? `: ${asString(vulnerability.Title)}` : ''
        }${target ? ` [${target}]` : ''}`,
      };
      const url = asString(vulnerability.PrimaryURL);
      if (url !== undefined) finding.helpUri = url;
      findings.push(at(finding));
    }
    for (const item of asArray(result.Misconfigurations)) {
      const misconfiguration = asObject(item) ?? {};
      if (asString(misconfiguration.Status) === 'PASS') continue;
      const cause = asObject(misconfiguration.CauseMetadata);
      findings.push(
        at(
          {
            tool: 'trivy',
            category: 'sast',
            severity: trivySeverity(asString(misconfiguration.Severity)),
            rule: asString(misconfiguration.AVDID) ?? asString(misconfiguration.ID) ?? 'unknown',
            message: asString(misconfiguration.Message) ?? asString(misconfiguration.Title) ?? '',
          },
          asPositiveLine(cause?.StartLine),
        ),
      );
    }
    for (const item of asArray(result.Secrets)) {
      const secret = asObject(item) ?? {};
      // Match holds the (partly masked) secret: never copied.
      findings.push(
        at(
          {
            tool: 'trivy',
            category: 'secret',
            severity: trivySeverity(asString(secret.Severity)),
            rule: asString(secret.RuleID) ?? 'secret',
            message: `${asString(secret.Title) ?? 'Secret'} detected`,
          },
          asPositiveLine(secret.StartLine),
        ),
      );
    }
    for (const item of asArray(result.Licenses)) {
      const license = asObject(item) ?? {};
      const finding: RawFinding = {
        tool: 'trivy',
        category: 'license',
        severity: trivySeverity(asString(license.Severity)),
        rule: asString(license.Name) ?? 'license',
        message: `License ${asString(license.Name) ?? '?'} (${asString(license.Category) ?? 'unknown'}) in ${
          asString(license.PkgName) ?? asString(license.FilePath) ?? target ?? '?'
        }`,
      };
      const filePath = asString(license.FilePath);
      if (filePath) finding.file = toRepoPath(filePath, workspace);
      findings.push(finding);
    }
  }
  return findings;
}
