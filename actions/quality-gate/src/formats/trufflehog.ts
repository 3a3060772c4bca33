/**
 * TruffleHog JSON (`trufflehog filesystem|git … --json`): one JSON object per line, one per secret found:
 * { SourceMetadata: { Data: { Filesystem|Git|Github…: { file, line, commit? } } }, DetectorName, Verified,
 *   Raw, RawV2, Redacted, ExtraData }.
 * The secret (Raw, RawV2, Redacted, ExtraData) is never copied into a finding: findings end up in logs and files.
 */
import { parseJsonAt, scanLines } from '@pipeline-actions/shared';
import type { RawFinding } from '../model.ts';
import { toRepoPath } from '../paths.ts';
import type { ReportFormat } from './format.ts';
import { asObject, asPositiveLine, asString } from './json-util.ts';

export const trufflehog: ReportFormat = {
  id: 'trufflehog-json',
  label: 'TruffleHog JSON',
  syntax: 'json',
  // TruffleHog writes SourceMetadata first; a JSON-lines file cannot be decoded whole, so the head decides.
  detect: ({ head }) => /^\s*\{\s*"SourceMetadata"\s*:/.test(head),
  async read({ file, workspace }) {
    const findings: RawFinding[] = [];
    await scanLines(file, (text, line) => {
      if (text.trim() === '') return;
      const finding = trufflehogFinding(parseJsonAt(file, text, line, 1), workspace);
      if (finding !== undefined) findings.push(finding);
    });
    return { findings };
  },
};

/** A verified secret works right now: critical. An unverified one looks like a secret: high. */
function trufflehogFinding(value: unknown, workspace: string): RawFinding | undefined {
  const leak = asObject(value);
  if (leak === undefined) return undefined;
  const detector = asString(leak.DetectorName) ?? 'secret';
  const verified = leak.Verified === true;
  // One source per finding: Filesystem, Git, Github, Gitlab… all carry file and line where they have them.
  const data = asObject(asObject(leak.SourceMetadata)?.Data) ?? {};
  const source =
    Object.values(data)
      .map(asObject)
      .find((entry) => entry !== undefined) ?? {};
  const commit = asString(source.commit);
  const finding: RawFinding = {
    tool: 'trufflehog',
    category: 'secret',
    severity: verified ? 'critical' : 'high',
    rule: detector,
    message: `${detector} secret detected (${verified ? 'verified: it works' : 'unverified'})${
      commit ? ` (commit ${commit.slice(0, 12)})` : ''
    }`,
  };
  const file = asString(source.file);
  if (file !== undefined && file !== '') finding.file = toRepoPath(file, workspace);
  const line = asPositiveLine(source.line);
  if (line !== undefined) finding.line = line;
  return finding;
}
