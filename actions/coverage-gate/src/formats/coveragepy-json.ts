import { fileError, streamJson } from '@pipeline-actions/shared';
import { FileCoverage, ReportBuilder } from '../model.ts';
import type { CoverageFormat } from './format.ts';

interface CoveragePyFile {
  executed_lines?: number[];
  missing_lines?: number[];
  executed_branches?: [number, number][];
  missing_branches?: [number, number][];
  functions?: Record<string, { executed_lines?: number[]; missing_lines?: number[] }>;
  summary?: { num_statements?: number; covered_lines?: number; num_branches?: number; covered_branches?: number };
}

/**
 * coverage.py JSON (`coverage json`, formats 1-3): executed/missing lines and, with branch
 * coverage, executed/missing arcs grouped by their source line. Functions come from the
 * "functions" section of coverage.py 7.5+ (module-level code, the "" entry, is not a function; nor is a
 * function whose every line is excluded, e.g. by `# pragma: no cover`: it has no statement to cover).
 */
async function parseCoveragePyJson(path: string): Promise<ReportBuilder> {
  const builder = new ReportBuilder();
  let sawFiles = false;
  await streamJson(path, {
    select: (p) => p.length === 2 && p[0] === 'files',
    descend: (p) => p.length === 0 || (p.length === 1 && p[0] === 'files'),
    onValue(value, p) {
      sawFiles = true;
      const data = value as CoveragePyFile;
      const name = String(p[1]);
      if (!Array.isArray(data.executed_lines) || !Array.isArray(data.missing_lines)) {
        throw fileError(path, `file '${name}' has no executed_lines/missing_lines: is this coverage.py JSON?`);
      }
      const file = new FileCoverage(name);
      const all = [
        ...data.executed_lines.map((l) => [l, 1] as const),
        ...data.missing_lines.map((l) => [l, 0] as const),
      ].sort((a, b) => a[0] - b[0]);
      for (const [line, hits] of all) file.addLine(line, hits);
      const arcs = new Map<number, number[]>();
      for (const [from] of data.executed_branches ?? []) (arcs.get(from) ?? arcs.set(from, []).get(from)!).push(1);
      for (const [from] of data.missing_branches ?? []) (arcs.get(from) ?? arcs.set(from, []).get(from)!).push(0);
      for (const line of [...arcs.keys()].sort((a, b) => a - b)) file.addBranches(line, arcs.get(line)!);
      for (const [fn, info] of Object.entries(data.functions ?? {})) {
        if (fn === '') continue;
        const lines = [...(info.executed_lines ?? []), ...(info.missing_lines ?? [])];
        if (lines.length === 0) continue;
        file.addFunction(fn, Math.min(...lines), (info.executed_lines ?? []).length > 0 ? 1 : 0);
      }
      // Reports combined or edited after the fact can list executed lines that are not statements;
      // then the file's own summary is what coverage.py reports, and it wins.
      const stated = data.summary;
      if (
        stated &&
        typeof stated.num_statements === 'number' &&
        typeof stated.covered_lines === 'number' &&
        stated.num_statements !== all.length
      ) {
        file.summary = { lines: { total: stated.num_statements, covered: stated.covered_lines } };
      }
      builder.addFile(file);
    },
  });
  if (!sawFiles) throw fileError(path, 'has no "files" section: is this coverage.py JSON (`coverage json`)?');
  return builder.finish();
}

export const coveragePyJson: CoverageFormat = {
  id: 'coveragepy-json',
  label: 'coverage.py JSON',
  detect: (head) =>
    head.startsWith('{') && (/^\{\s*"meta"\s*:\s*\{[^}]*"version"/.test(head) || /"executed_lines"\s*:/.test(head)),
  read: parseCoveragePyJson,
};
