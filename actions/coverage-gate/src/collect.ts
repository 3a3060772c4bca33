import picomatch from 'picomatch';
import { parseReport } from './formats/index.ts';
import { FileCoverage, type FormatName, type Totals, addTotals, emptyTotals } from './model.ts';
import type { PathMapper } from './paths.ts';

export interface GroupInput {
  name: string;
  /** Report files (globs already resolved). */
  reports: string[];
  /** Forced format; detected from content when undefined. */
  format: FormatName | undefined;
}

export interface ReportInfo {
  file: string;
  format: FormatName;
  files: number;
}

export interface GroupCoverage {
  name: string;
  files: Map<string, FileCoverage>;
  totals: Totals;
  reports: ReportInfo[];
}

export interface CollectedCoverage {
  groups: GroupCoverage[];
  /** All groups merged: the same file in unit and e2e counts once. */
  files: Map<string, FileCoverage>;
  totals: Totals;
  /** Report paths that match no repository file (kept, and listed in a warning). */
  unmatched: string[];
  /** Reports that parsed but hold no file. */
  emptyReports: string[];
}

export interface PathFilter {
  include: string[];
  exclude: string[];
}

function totalsOf(files: Map<string, FileCoverage>): Totals {
  const totals = emptyTotals();
  for (const file of files.values()) addTotals(totals, file.totals());
  return totals;
}

/**
 * Parses every report of every group, maps paths to the repository, applies include/exclude and
 * merges: a file in several shards (or groups) has its hits combined, never double counted.
 */
export async function collectCoverage(
  groups: readonly GroupInput[],
  mapper: PathMapper,
  filter: PathFilter,
): Promise<CollectedCoverage> {
  const included = filter.include.length > 0 ? picomatch(filter.include, { dot: true }) : () => true;
  const excluded = filter.exclude.length > 0 ? picomatch(filter.exclude, { dot: true }) : () => false;
  const unmatched = new Set<string>();
  const emptyReports: string[] = [];
  const result: GroupCoverage[] = [];
  const combined = new Map<string, FileCoverage>();
  for (const group of groups) {
    const files = new Map<string, FileCoverage>();
    const reports: ReportInfo[] = [];
    for (const reportFile of group.reports) {
      const report = await parseReport(reportFile, group.format);
      reports.push({ file: reportFile, format: report.format, files: report.files.size });
      if (report.files.size === 0) emptyReports.push(reportFile);
      for (const [raw, coverage] of report.files) {
        const mapped = mapper.map(raw, report.format, report.sourceRoots);
        if (!included(mapped.path) || excluded(mapped.path)) continue;
        if (!mapped.matched) unmatched.add(mapped.path);
        coverage.path = mapped.path;
        const existing = files.get(mapped.path);
        if (existing) existing.merge(coverage);
        else files.set(mapped.path, coverage);
      }
    }
    // One group: the total is that group (no copy). Several: merged copies, so groups stay apart.
    for (const [path, coverage] of groups.length === 1 ? [] : files) {
      let into = combined.get(path);
      if (!into) {
        into = new FileCoverage(path);
        combined.set(path, into);
      }
      into.merge(coverage);
    }
    result.push({ name: group.name, files, totals: totalsOf(files), reports });
  }
  const all = groups.length === 1 && result[0] ? result[0].files : combined;
  return { groups: result, files: all, totals: totalsOf(all), unmatched: [...unmatched].sort(), emptyReports };
}
