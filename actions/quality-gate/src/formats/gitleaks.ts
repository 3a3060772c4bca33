/**
 * gitleaks JSON (`gitleaks detect --report-format json`): [{ RuleID, Description, File, StartLine, Secret, Match, Fingerprint }].
 * The secret itself (Secret, Match) is never copied into a finding: findings end up in logs and files.
 */
import type { RawFinding } from '../model.ts';
import { toRepoPath } from '../paths.ts';
import type { ReportFormat } from './format.ts';
import { asArray, asObject, asPositiveLine, asString } from './json-util.ts';

export const gitleaks: ReportFormat = {
  id: 'gitleaks-json',
  label: 'gitleaks JSON',
  syntax: 'json',
  detect: ({ document }) => looksLikeGitleaks(document),
  read: ({ document, workspace }) => ({ findings: gitleaksFindings(document, workspace) }),
};

function looksLikeGitleaks(value: unknown): boolean {
  const first = asObject(asArray(value)[0]);
  return Array.isArray(value) && first !== undefined && 'RuleID' in first && 'Secret' in first;
}

/** Every leaked secret is critical: it is exposed the moment it is pushed. */
function gitleaksFindings(value: unknown, workspace: string): RawFinding[] {
  return asArray(value).flatMap((entry): RawFinding[] => {
    const leak = asObject(entry);
    if (leak === undefined) return [];
    const rule = asString(leak.RuleID) ?? 'secret';
    const commit = asString(leak.Commit);
    const finding: RawFinding = {
      tool: 'gitleaks',
      category: 'secret',
      severity: 'critical',
      rule,
      message: `${asString(leak.Description) ?? rule} detected${commit ? ` (commit ${commit.slice(0, 12)})` : ''}`,
    };
    const file = asString(leak.File);
    if (file !== undefined) finding.file = toRepoPath(file, workspace);
    const line = asPositiveLine(leak.StartLine);
    if (line !== undefined) finding.line = line;
    const fingerprint = asString(leak.Fingerprint);
    if (fingerprint !== undefined) finding.toolFingerprint = fingerprint;
    return [finding];
  });
}
