/** Every report of every group, parsed, mapped onto the repository's files, filtered and merged. */
import picomatch from 'picomatch';
import { RepositoryPathMapper } from '@pipeline-actions/shared';
import type { CoverageFormat } from './formats/format.ts';
import { type FileCoverage, FileTable, type Totals, addTotals, emptyTotals } from './model.ts';
import { formatById, parseReport } from './parse.ts';
import type { RepositoryFiles } from './repository.ts';

export interface GroupInput {
  name: string;
  /** Report files (globs already resolved). */
  reports: string[];
  /** Forced format; detected from content when undefined. */
  format: CoverageFormat | undefined;
}

export interface ReportInfo {
  file: string;
  /** The format's id. */
  format: string;
  files: number;
}

/** Files by repository path (a `FileTable` when collected: each read makes a new `FileCoverage`). */
export type CoverageFiles = ReadonlyMap<string, FileCoverage>;

export interface GroupCoverage {
  name: string;
  files: CoverageFiles;
  totals: Totals;
  reports: ReportInfo[];
}

export interface CollectedCoverage {
  groups: GroupCoverage[];
  /** All groups merged: the same file in unit and e2e counts once. */
  files: CoverageFiles;
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

function totalsOf(files: CoverageFiles): Totals {
  const totals = emptyTotals();
  for (const file of files.values()) file.addTo(totals);
  return totals;
}

/** Report paths to repository paths, with each format's own rule (read once per run) where it has one. */
class ReportPaths {
  private readonly repository: RepositoryFiles;
  private readonly mapper: RepositoryPathMapper;
  private readonly resolvers = new Map<
    CoverageFormat,
    Promise<((reportPath: string) => string | undefined) | undefined>
  >();

  constructor(repository: RepositoryFiles) {
    this.repository = repository;
    this.mapper = new RepositoryPathMapper(repository.workspace, repository.files);
  }

  async forFormat(id: string): Promise<(raw: string, roots: readonly string[]) => { path: string; matched: boolean }> {
    const format = formatById(id);
    let resolver = format && this.resolvers.get(format);
    if (format && !resolver) {
      resolver = format.pathResolver?.(this.repository) ?? Promise.resolve(undefined);
      this.resolvers.set(format, resolver);
    }
    const resolve = await resolver;
    return (raw, roots) => this.mapper.map(raw, { roots, resolve });
  }
}

/** One group's reports: shards of the same file merge by adding hits. */
async function readGroup(
  group: GroupInput,
  paths: ReportPaths,
  kept: (path: string) => boolean,
  found: { unmatched: Set<string>; emptyReports: string[] },
): Promise<GroupCoverage> {
  const files = new FileTable();
  const reports: ReportInfo[] = [];
  for (const reportFile of group.reports) {
    const report = await parseReport(reportFile, group.format);
    reports.push({ file: reportFile, format: report.format, files: report.files.size });
    if (report.files.size === 0) found.emptyReports.push(reportFile);
    const map = await paths.forFormat(report.format);
    for (const coverage of report.files.values()) {
      const mapped = map(coverage.path, report.sourceRoots);
      if (!kept(mapped.path)) continue;
      if (!mapped.matched) found.unmatched.add(mapped.path);
      files.add(coverage, mapped.path);
    }
  }
  return { name: group.name, files, totals: totalsOf(files), reports };
}

/** All groups as one. The groups stay apart: a file changed by a merge has its data copied first. */
function combine(groups: readonly GroupCoverage[]): FileTable {
  const combined = new FileTable();
  for (const group of groups) for (const coverage of group.files.values()) combined.add(coverage);
  return combined;
}

/**
 * Parses every report of every group, maps paths to the repository, applies include/exclude and
 * merges: a file in several shards (or groups) has its hits combined, never double counted.
 */
export async function collectCoverage(
  groups: readonly GroupInput[],
  repository: RepositoryFiles,
  filter: PathFilter,
): Promise<CollectedCoverage> {
  const included = filter.include.length > 0 ? picomatch(filter.include, { dot: true }) : () => true;
  const excluded = filter.exclude.length > 0 ? picomatch(filter.exclude, { dot: true }) : () => false;
  const kept = (path: string): boolean => included(path) && !excluded(path);
  const paths = new ReportPaths(repository);
  const found = { unmatched: new Set<string>(), emptyReports: [] as string[] };
  const result: GroupCoverage[] = [];
  for (const group of groups) result.push(await readGroup(group, paths, kept, found));
  // One group: the total is that group (no copy).
  const all = result.length === 1 ? result[0]!.files : combine(result);
  return {
    groups: result,
    files: all,
    totals: result.length === 1 ? addTotals(emptyTotals(), result[0]!.totals) : totalsOf(all),
    unmatched: [...found.unmatched].sort(),
    emptyReports: found.emptyReports,
  };
}
