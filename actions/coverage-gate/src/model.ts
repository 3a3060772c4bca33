/**
 * The normalized coverage model every format parses into. Per-line data is kept compactly
 * (typed arrays) so reports of hundreds of MB fit in bounded memory, and so the same file seen in
 * several shards merges by adding hits (a line counts once, covered if any shard covered it).
 */

export interface Counts {
  total: number;
  covered: number;
}

export const METRICS = ['lines', 'branches', 'functions', 'statements'] as const;
export type Metric = (typeof METRICS)[number];

export type Totals = Record<Metric, Counts>;

export const emptyTotals = (): Totals => ({
  lines: { total: 0, covered: 0 },
  branches: { total: 0, covered: 0 },
  functions: { total: 0, covered: 0 },
  statements: { total: 0, covered: 0 },
});

export function addTotals(into: Totals, from: Totals): Totals {
  for (const metric of METRICS) {
    into[metric].total += from[metric].total;
    into[metric].covered += from[metric].covered;
  }
  return into;
}

/** Percentage with full precision, or undefined when nothing is measured (never a silent 100%). */
export function percent(counts: Counts): number | undefined {
  return counts.total === 0 ? undefined : (counts.covered * 100) / counts.total;
}

export interface FunctionHits {
  line: number;
  hits: number;
}

export interface StatementHits {
  weight: number;
  hits: number;
}

const MAX_HITS = 0xfffffffe;

/** Coverage of one source file. */
export class FileCoverage {
  /** Path as written in the report, later replaced by the repository-relative path. */
  path: string;
  /** hits+1 per line number; 0 = the line is not executable. */
  private lineTable = new Uint32Array(64);
  private maxLine = 0;
  /** Hits of each branch outcome, per line, in report order. */
  readonly branches = new Map<number, number[]>();
  readonly functions = new Map<string, FunctionHits>();
  /** Statement-like units (Go blocks weighted by statements, istanbul statements, sequence points). */
  statements: Map<string, StatementHits> | undefined;
  /**
   * Counts the tool itself states, which win over counts derived from the line data: everything for a
   * summary-only format (coverage-summary.json), functions and branches from Clover's <metrics>.
   */
  summary: Partial<Totals> | undefined;

  constructor(path: string) {
    this.path = path;
  }

  addLine(line: number, hits: number): void {
    if (!(line > 0)) return;
    if (line >= this.lineTable.length) {
      let size = this.lineTable.length * 2;
      while (size <= line) size *= 2;
      const grown = new Uint32Array(size);
      grown.set(this.lineTable);
      this.lineTable = grown;
    }
    const h = hits > 0 ? hits : 0;
    const current = this.lineTable[line]!;
    this.lineTable[line] = Math.min((current === 0 ? 0 : current - 1) + h, MAX_HITS) + 1;
    if (line > this.maxLine) this.maxLine = line;
  }

  /** Hits of a line, or undefined when the line is not executable. */
  lineHits(line: number): number | undefined {
    const value = line < this.lineTable.length ? this.lineTable[line]! : 0;
    return value === 0 ? undefined : value - 1;
  }

  /** Calls fn for every executable line in order. */
  forEachLine(fn: (line: number, hits: number) => void): void {
    const table = this.lineTable;
    for (let line = 1; line <= this.maxLine; line++) {
      const value = table[line]!;
      if (value !== 0) fn(line, value - 1);
    }
  }

  get hasLineData(): boolean {
    return this.maxLine > 0;
  }

  /** Adds branch outcomes at a line; `append` keeps earlier outcomes (several branch points on a line). */
  addBranches(line: number, hits: readonly number[], append = true): void {
    if (!(line > 0) || hits.length === 0) return;
    const existing = this.branches.get(line);
    if (!existing) {
      this.branches.set(line, hits.map((h) => (h > 0 ? h : 0)));
    } else if (append) {
      for (const h of hits) existing.push(h > 0 ? h : 0);
    } else {
      mergeHitArrays(existing, hits);
    }
  }

  /** Appends one branch outcome at a line (lcov BRDA, OpenCover branch points). */
  addBranch(line: number, hits: number): void {
    if (!(line > 0)) return;
    const h = hits > 0 ? hits : 0;
    const existing = this.branches.get(line);
    if (existing) existing.push(h);
    else this.branches.set(line, [h]);
  }

  addFunction(key: string, line: number, hits: number): void {
    const existing = this.functions.get(key);
    if (existing) existing.hits += hits > 0 ? hits : 0;
    else this.functions.set(key, { line, hits: hits > 0 ? hits : 0 });
  }

  addStatement(key: string, weight: number, hits: number): void {
    this.statements ??= new Map();
    const existing = this.statements.get(key);
    if (existing) existing.hits += hits > 0 ? hits : 0;
    else this.statements.set(key, { weight, hits: hits > 0 ? hits : 0 });
  }

  totals(): Totals {
    const totals = emptyTotals();
    this.forEachLine((_, hits) => {
      totals.lines.total++;
      if (hits > 0) totals.lines.covered++;
    });
    for (const hits of this.branches.values()) {
      totals.branches.total += hits.length;
      for (const h of hits) if (h > 0) totals.branches.covered++;
    }
    for (const fn of this.functions.values()) {
      totals.functions.total++;
      if (fn.hits > 0) totals.functions.covered++;
    }
    if (this.statements) {
      for (const st of this.statements.values()) {
        totals.statements.total += st.weight;
        if (st.hits > 0) totals.statements.covered += st.weight;
      }
    }
    if (this.summary) {
      for (const metric of METRICS) {
        const stated = this.summary[metric];
        if (stated) totals[metric] = { ...stated };
      }
    }
    return totals;
  }

  /**
   * Merges another report's view of the same file: hits add up, so a line covered by any shard is
   * covered and is counted once. Branch outcomes merge position by position.
   */
  merge(other: FileCoverage): void {
    other.forEachLine((line, hits) => this.addLine(line, hits));
    for (const [line, hits] of other.branches) this.addBranches(line, hits, false);
    for (const [key, fn] of other.functions) this.addFunction(key, fn.line, fn.hits);
    if (other.statements) for (const [key, st] of other.statements) this.addStatement(key, st.weight, st.hits);
    if (other.summary) {
      this.summary ??= {};
      for (const metric of METRICS) {
        const theirs = other.summary[metric];
        const ours = this.summary[metric];
        // Stated counts cannot be combined line by line: keep the better-covered view.
        if (theirs && (!ours || theirs.covered > ours.covered)) this.summary[metric] = { ...theirs };
      }
    }
  }
}

function mergeHitArrays(into: number[], from: readonly number[]): void {
  for (let i = 0; i < from.length; i++) {
    const h = from[i]! > 0 ? from[i]! : 0;
    if (i < into.length) into[i] = into[i]! + h;
    else into.push(h);
  }
}

/** One parsed report: files keyed by the path the report uses. */
export interface ParsedReport {
  format: FormatName;
  file: string;
  files: Map<string, FileCoverage>;
  /** Directories the report's paths are relative to (Cobertura <source>, Clover/istanbul absolute roots). */
  sourceRoots: string[];
}

export const FORMATS = [
  'lcov',
  'cobertura',
  'clover',
  'jacoco',
  'istanbul-json',
  'istanbul-summary',
  'go',
  'coveragepy-json',
  'opencover',
] as const;
export type FormatName = (typeof FORMATS)[number];

/** Collects files while a parser runs; the same path twice in one report merges. */
export class ReportBuilder {
  readonly files = new Map<string, FileCoverage>();
  readonly sourceRoots: string[] = [];

  fileFor(path: string): FileCoverage {
    let file = this.files.get(path);
    if (!file) {
      file = new FileCoverage(path);
      this.files.set(path, file);
    }
    return file;
  }

  /** Adds a whole file record (lcov records and coverage-final entries arrive complete). */
  addFile(file: FileCoverage): void {
    const existing = this.files.get(file.path);
    if (existing) existing.merge(file);
    else this.files.set(file.path, file);
  }
}
