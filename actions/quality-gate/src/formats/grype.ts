/**
 * Grype JSON (`grype <target> -o json`): { matches: [{ vulnerability: { id, severity, fix }, artifact: { name, version, locations } }], source: { type } }.
 */
import type { Category, RawFinding } from '../model.ts';
import { toRepoPath } from '../paths.ts';
import { severityFrom, type ReportFormat, type SeverityTable } from './format.ts';
import { asArray, asObject, asString } from './json-util.ts';

/** Negligible and Unknown -> info. */
const SEVERITY: SeverityTable = { critical: 'critical', high: 'high', medium: 'medium', low: 'low' };

export const grype: ReportFormat = {
  id: 'grype-json',
  label: 'Grype JSON',
  syntax: 'json',
  detect: ({ document }) => looksLikeGrype(document),
  read: ({ document, workspace }) => ({ findings: grypeFindings(document, workspace) }),
};

function looksLikeGrype(value: unknown): boolean {
  const object = asObject(value);
  return (
    object !== undefined &&
    Array.isArray(object.matches) &&
    (asObject(object.descriptor)?.name === 'grype' || 'source' in object)
  );
}

function grypeFindings(value: unknown, workspace: string): RawFinding[] {
  const report = asObject(value) ?? {};
  const sourceType = asString(asObject(report.source)?.type) ?? 'image';
  const category: Category = sourceType === 'image' ? 'container' : 'dependency';
  return asArray(report.matches).flatMap((entry): RawFinding[] => {
    const match = asObject(entry);
    if (match === undefined) return [];
    const vulnerability = asObject(match.vulnerability) ?? {};
    const artifact = asObject(match.artifact) ?? {};
    const id = asString(vulnerability.id) ?? 'unknown';
    const fixes = asArray(asObject(vulnerability.fix)?.versions).map(String);
    const finding: RawFinding = {
      tool: 'grype',
      category,
      severity: severityFrom(SEVERITY, asString(vulnerability.severity)),
      rule: id,
      message: `${id} in ${asString(artifact.name) ?? '?'} ${asString(artifact.version) ?? '?'}${
        fixes.length > 0 ? ` (fixed in ${fixes.join(', ')})` : ' (no fix yet)'
      }`,
    };
    // Only a directory scan has repository paths; an image's locations are inside the image.
    const location = asString(asObject(asArray(artifact.locations)[0])?.path);
    if (category === 'dependency' && location !== undefined)
      finding.file = toRepoPath(location.replace(/^\//, ''), workspace);
    const url = asString(vulnerability.dataSource);
    if (url !== undefined) finding.helpUri = url;
    return [finding];
  });
}
