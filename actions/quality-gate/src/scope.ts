/**
 * Which findings a PR is judged on: `new-only` keeps findings on lines the PR adds or changes;
 * a baseline of accepted fingerprints keeps old debt from failing new PRs.
 */
import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileError, parseJsonFile, readUserFile, workspaceDir } from '@pipeline-actions/shared';
import type { ChangedLines } from '@pipeline-actions/shared';
import type { Finding } from './model.ts';

/**
 * Keeps findings on changed lines. A finding with no file (a vulnerable dependency, a failed test,
 * a performance threshold) cannot be placed in the diff and is always kept: it is never silently dropped.
 * A finding with a file but no line is kept when the file changed.
 */
export function keepChangedLines(
  findings: readonly Finding[],
  changed: ChangedLines,
  /** Files the PR changed whose changed lines are unknown (no patch in the API): all their findings are kept. */
  unknownLines: ReadonlySet<string> = new Set(),
): { kept: Finding[]; dropped: number } {
  const kept: Finding[] = [];
  let dropped = 0;
  for (const finding of findings) {
    const { file, line } = finding;
    const onChangedLine =
      file === undefined ||
      unknownLines.has(file) ||
      (line === undefined ? changed.has(file) : (changed.get(file)?.has(line) ?? false));
    if (onChangedLine) kept.push(finding);
    else dropped++;
  }
  return { kept, dropped };
}

export function dropBaselined(
  findings: readonly Finding[],
  accepted: ReadonlySet<string>,
): { kept: Finding[]; dropped: number } {
  const kept = findings.filter((finding) => !accepted.has(finding.fingerprint));
  return { kept, dropped: findings.length - kept.length };
}

/** The baseline file: accepted fingerprints, with enough context to review them in a PR diff. */
export interface BaselineFile {
  version: 1;
  generated: string;
  findings: { fingerprint: string; tool: string; rule: string; severity: string; file?: string }[];
}

export async function readBaseline(file: string, root = workspaceDir()): Promise<Set<string>> {
  // No baseline yet is normal before the first `update-baseline` run.
  const read = await readUserFile('baseline', path.relative(root, file) || file, {
    root,
    optional: true,
    maxBytes: 256 * 1024 * 1024,
  });
  if (!read) return new Set();
  const parsed = parseJsonFile(read.text, read.file.given, 'is not a quality-gate baseline');
  const entries = (parsed as Partial<BaselineFile> | null)?.findings;
  if ((parsed as Partial<BaselineFile> | null)?.version !== 1 || !Array.isArray(entries)) {
    throw fileError(
      file,
      'is not a quality-gate baseline: expected { "version": 1, "findings": [...] } written by mode \'update-baseline\'',
    );
  }
  return new Set(entries.map((entry) => String((entry as { fingerprint?: unknown }).fingerprint)));
}

export async function writeBaseline(file: string, findings: readonly Finding[], now = new Date()): Promise<void> {
  const baseline: BaselineFile = {
    version: 1,
    generated: now.toISOString(),
    findings: [...findings]
      .sort(
        (a, b) =>
          (a.file ?? '').localeCompare(b.file ?? '') ||
          a.rule.localeCompare(b.rule) ||
          a.fingerprint.localeCompare(b.fingerprint),
      )
      .map((finding) => {
        const entry: BaselineFile['findings'][number] = {
          fingerprint: finding.fingerprint,
          tool: finding.tool,
          rule: finding.rule,
          severity: finding.severity,
        };
        if (finding.file !== undefined) entry.file = finding.file;
        return entry;
      }),
  };
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFile(file, `${JSON.stringify(baseline, null, 1)}\n`);
}
