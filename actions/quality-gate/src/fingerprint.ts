/**
 * Fingerprints for baselines. They leave out the line number so an accepted finding stays accepted
 * when code above it moves; identical findings in one file are told apart by their order.
 * A tool's own fingerprint (SARIF partialFingerprints, gitleaks Fingerprint) is preferred.
 */
import { createHash } from 'node:crypto';
import type { Finding, RawFinding } from './model.ts';

const hash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 24);

/** Whitespace differences (reflowed messages) do not make a new finding. */
const normalizeMessage = (message: string): string => message.replace(/\s+/g, ' ').trim();

export function withFingerprints(raw: readonly RawFinding[]): Finding[] {
  const seen = new Map<string, number>();
  const ordered = raw
    .map((finding, position) => ({ finding, position }))
    .sort((a, b) => (a.finding.line ?? 0) - (b.finding.line ?? 0) || a.position - b.position);
  const result: Finding[] = new Array<Finding>(raw.length);
  for (const { finding, position } of ordered) {
    const { toolFingerprint, ...rest } = finding;
    const base =
      toolFingerprint !== undefined
        ? `${finding.tool}\u0000${finding.rule}\u0000${finding.file ?? ''}\u0000${toolFingerprint}`
        : `${finding.tool}\u0000${finding.rule}\u0000${finding.file ?? ''}\u0000${normalizeMessage(finding.message)}`;
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    result[position] = { ...rest, fingerprint: hash(`${base}\u0000${occurrence}`) };
  }
  return result;
}
