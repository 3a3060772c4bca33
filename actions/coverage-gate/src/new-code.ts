import type { ChangedLines } from '@pipeline-actions/shared';
import type { Counts, FileCoverage } from './model.ts';

export interface NewCodeFile {
  path: string;
  /** Executable changed lines. */
  total: number;
  covered: number;
  /** Uncovered changed lines, grouped into ranges [start, end] (non-executable lines do not split a range). */
  uncovered: [number, number][];
  uncoveredLines: number;
}

export interface NewCodeCoverage {
  totals: Counts;
  files: NewCodeFile[];
  /** Changed files whose report has no line data (summary-only formats). */
  withoutLineData: string[];
}

/** Coverage of the lines a pull request adds or changes. */
export function newCodeCoverage(files: Iterable<FileCoverage>, changed: ChangedLines): NewCodeCoverage {
  const totals: Counts = { total: 0, covered: 0 };
  const result: NewCodeFile[] = [];
  const withoutLineData: string[] = [];
  for (const file of files) {
    const lines = changed.get(file.path);
    if (!lines || lines.size === 0) continue;
    if (!file.hasLineData) {
      withoutLineData.push(file.path);
      continue;
    }
    const entry: NewCodeFile = { path: file.path, total: 0, covered: 0, uncovered: [], uncoveredLines: 0 };
    let open: [number, number] | undefined;
    file.forEachLine((line, hits) => {
      const isChanged = lines.has(line);
      if (isChanged) {
        entry.total++;
        if (hits > 0) entry.covered++;
      }
      if (isChanged && hits === 0) {
        entry.uncoveredLines++;
        if (open) open[1] = line;
        else open = [line, line];
      } else if (open) {
        entry.uncovered.push(open);
        open = undefined;
      }
    });
    if (open) entry.uncovered.push(open);
    if (entry.total === 0) continue;
    totals.total += entry.total;
    totals.covered += entry.covered;
    result.push(entry);
  }
  // Worst first: the most uncovered changed lines.
  result.sort((a, b) => b.uncoveredLines - a.uncoveredLines || a.path.localeCompare(b.path));
  return { totals, files: result, withoutLineData };
}
