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

/**
 * coverage.py's total: covered lines plus covered branches over all lines plus all branches, what
 * `coverage report` prints (and `fail_under` checks) when branches are measured; the line percentage without.
 */
export function combinedPercent(totals: Totals): number | undefined {
  if (totals.lines.total === 0) return undefined;
  return percent({
    total: totals.lines.total + totals.branches.total,
    covered: totals.lines.covered + totals.branches.covered,
  });
}

export interface StatementHits {
  weight: number;
  hits: number;
}

/** Hit counts are kept saturated at this value: only "covered or not" matters, and a byte per line keeps big reports small. */
const MAX_HITS = 254;
/** Line numbers are packed with the hits in 32 bits: 24 bits for the line. */
const MAX_LINE = 0xffffff;
const saturate = (hits: number): number => (hits > 0 ? (hits < MAX_HITS ? hits : MAX_HITS) : 0);

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/**
 * 32-bit FNV-1a of a function key (over its UTF-16 code units): functions are matched across shards by it,
 * without keeping names. `seed` continues a hash, so a parser can hash a key's parts without joining them.
 */
export function hashKey(key: string, seed = FNV_OFFSET): number {
  let h = seed;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/**
 * Sealed files keep their data in shared 1 MB slabs, addressed by slab number and offset: tens of thousands of
 * small typed arrays would each be a separate allocation (the allocator's fragmentation showed up as ~100 MB of
 * RSS on a 200 MB report), and even views of a slab cost an object each, which on reports of a hundred thousand
 * short files was most of what stayed in memory.
 */
const SLAB_BYTES = 1 << 20;
const slabs8: Uint8Array[] = [];
const slabs32: Uint32Array[] = [];
let slabNow = -1;
let slabUsed = SLAB_BYTES;
/** Room for `bytes` (4-byte aligned): [slab, offset]. Big files get a slab of their own. */
function carve(bytes: number): [number, number] {
  const aligned = (bytes + 3) & ~3;
  if (aligned > SLAB_BYTES / 4) {
    const buffer = new ArrayBuffer(aligned);
    slabs8.push(new Uint8Array(buffer));
    slabs32.push(new Uint32Array(buffer));
    return [slabs8.length - 1, 0];
  }
  if (slabUsed + aligned > SLAB_BYTES) {
    const buffer = new ArrayBuffer(SLAB_BYTES);
    slabs8.push(new Uint8Array(buffer));
    slabs32.push(new Uint32Array(buffer));
    slabNow = slabs8.length - 1;
    slabUsed = 0;
  }
  const offset = slabUsed;
  slabUsed += aligned;
  return [slabNow, offset];
}

const NO_BYTES = new Uint8Array(0);
const NO_WORDS = new Uint32Array(0);

/**
 * Arrays the file being built (one at a time, in parsers that read file after file) starts in, instead of
 * arrays of its own that `seal` would throw away: reports of many short files otherwise allocate and drop
 * several arrays per file. The lines array is all zeros whenever it has no owner.
 */
const scratch = {
  owner: undefined as FileCoverage | undefined,
  lines: new Uint8Array(1 << 16),
  branches: new Uint32Array(1 << 14),
  fns: new Uint32Array(1 << 13),
};

function grow<T extends Uint8Array | Uint32Array>(array: T, needed: number, make: (size: number) => T, first = 64): T {
  if (needed <= array.length) return array;
  // Start big enough for a typical file: fewer re-allocations; `seal` trims the rest.
  let size = Math.max(first, array.length * 2);
  while (size < needed) size *= 2;
  const grown = make(size);
  grown.set(array);
  return grown;
}

/**
 * Coverage of one source file, stored compactly: a byte per line (hits+1, saturated; 0 = not
 * executable), branch outcomes and functions in typed arrays while the file is built, then moved
 * into a slab by `seal`. A 200 MB report fits in tens of MB.
 */
export class FileCoverage {
  /** Path as written in the report, later replaced by the repository-relative path. */
  path: string;
  private lineTable: Uint8Array = NO_BYTES;
  private maxLine = 0;
  /** One outcome per entry: line << 8 | hits. */
  private branchData: Uint32Array = NO_WORDS;
  private branchTotal = 0;
  /** Two entries per function: key hash, then line << 8 | hits. */
  private fnData: Uint32Array = NO_WORDS;
  private fnTotal = 0;
  /** Function key hash -> index, while the file is being built or merged (dropped by `seal`). */
  private fnIndex: Map<number, number> | undefined;
  /**
   * Where the sealed data lies (-1 while building): lines (maxLine + 1 bytes) at `at`, then, 4-byte aligned,
   * the branch entries and the function entries. Changing a sealed file copies it out first.
   */
  private slab = -1;
  private at = 0;
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

  /** Index in `slabs32` of the first branch entry of a sealed file (functions follow the branches). */
  private get wordAt(): number {
    return (this.at + this.maxLine + 1 + 3) >>> 2;
  }

  /** The data as arrays: the building ones, or views of the slab (made per call: no object per file stays). */
  private arrays(): { lines: Uint8Array; branches: Uint32Array; fns: Uint32Array } {
    if (this.slab === -1) return { lines: this.lineTable, branches: this.branchData, fns: this.fnData };
    const words = this.wordAt;
    return {
      lines: slabs8[this.slab]!.subarray(this.at, this.at + this.maxLine + 1),
      branches: slabs32[this.slab]!.subarray(words, words + this.branchTotal),
      fns: slabs32[this.slab]!.subarray(words + this.branchTotal, words + this.branchTotal + 2 * this.fnTotal),
    };
  }

  /** Back to growable arrays before a change. */
  private unseal(): void {
    if (this.slab === -1) return;
    const { lines, branches, fns } = this.arrays();
    this.lineTable = lines.slice();
    this.branchData = branches.slice();
    this.fnData = fns.slice();
    this.slab = -1;
  }

  /** Starts in the scratch arrays when they are free (the building arrays are all still empty). */
  private takeScratch(): void {
    if (scratch.owner !== undefined || this.slab !== -1) return;
    if (this.lineTable !== NO_BYTES || this.branchData !== NO_WORDS || this.fnData !== NO_WORDS) return;
    scratch.owner = this;
    this.lineTable = scratch.lines;
    this.branchData = scratch.branches;
    this.fnData = scratch.fns;
  }

  /** Hands the scratch arrays back, the lines array zeroed where this file wrote. */
  private releaseScratch(): void {
    if (scratch.owner !== this) return;
    scratch.lines.fill(0, 0, Math.min(this.maxLine + 1, scratch.lines.length));
    scratch.owner = undefined;
  }

  addLine(line: number, hits: number): void {
    if (!(line > 0) || !Number.isInteger(line) || line > MAX_LINE) return;
    if (this.slab !== -1) this.unseal();
    if (this.lineTable === NO_BYTES) this.takeScratch();
    if (line >= this.lineTable.length) this.lineTable = grow(this.lineTable, line + 1, (n) => new Uint8Array(n), 1024);
    const current = this.lineTable[line]!;
    this.lineTable[line] = saturate((current === 0 ? 0 : current - 1) + saturate(hits)) + 1;
    if (line > this.maxLine) this.maxLine = line;
  }

  /** Hits of a line (saturated at 254), or undefined when the line is not executable. */
  lineHits(line: number): number | undefined {
    if (!(line >= 0 && line <= this.maxLine)) return undefined;
    const value = this.slab === -1 ? this.lineTable[line]! : slabs8[this.slab]![this.at + line]!;
    return value === 0 ? undefined : value - 1;
  }

  /** Calls fn for every executable line in order. */
  forEachLine(fn: (line: number, hits: number) => void): void {
    const table = this.arrays().lines;
    for (let line = 1; line <= this.maxLine; line++) {
      const value = table[line]!;
      if (value !== 0) fn(line, value - 1);
    }
  }

  get hasLineData(): boolean {
    return this.maxLine > 0;
  }

  /** Appends one branch outcome at a line (lcov BRDA, a Cobertura condition, an OpenCover branch point). */
  addBranch(line: number, hits: number): void {
    if (!(line > 0) || line > MAX_LINE) return;
    if (this.slab !== -1) this.unseal();
    if (this.branchData === NO_WORDS) this.takeScratch();
    const n = this.branchTotal;
    if (n >= this.branchData.length) this.branchData = grow(this.branchData, n + 1, (size) => new Uint32Array(size));
    this.branchData[n] = ((line << 8) | saturate(hits)) >>> 0;
    this.branchTotal = n + 1;
  }

  /** Appends branch outcomes at a line, in report order. */
  addBranches(line: number, hits: readonly number[]): void {
    for (const h of hits) this.addBranch(line, h);
  }

  /** Outcomes per line, in report order. */
  branchesByLine(): Map<number, number[]> {
    const byLine = new Map<number, number[]>();
    const branches = this.arrays().branches;
    for (let i = 0; i < this.branchTotal; i++) {
      const entry = branches[i]!;
      const line = entry >>> 8;
      const list = byLine.get(line);
      if (list) list.push(entry & 0xff);
      else byLine.set(line, [entry & 0xff]);
    }
    return byLine;
  }

  addFunction(key: string, line: number, hits: number): void {
    this.addFunctionHash(hashKey(key), line, hits);
  }

  /** `addFunction` for a parser that hashed the key itself (`hashKey`), without making it a string. */
  addFunctionHash(hash: number, line: number, hits: number): void {
    if (this.slab !== -1) this.unseal();
    if (!this.fnIndex) {
      this.fnIndex = new Map();
      for (let i = 0; i < this.fnTotal; i++) this.fnIndex.set(this.fnData[2 * i]!, i);
    }
    const lineNo = line > 0 && line <= MAX_LINE ? line : 0;
    const existing = this.fnIndex.get(hash);
    if (existing !== undefined) {
      const entry = this.fnData[2 * existing + 1]!;
      const knownLine = entry >>> 8;
      this.fnData[2 * existing + 1] = (((knownLine || lineNo) << 8) | saturate((entry & 0xff) + saturate(hits))) >>> 0;
      return;
    }
    const n = this.fnTotal;
    if (this.fnData === NO_WORDS) this.takeScratch();
    if (2 * n + 2 > this.fnData.length) this.fnData = grow(this.fnData, 2 * n + 2, (size) => new Uint32Array(size), 32);
    this.fnData[2 * n] = hash;
    this.fnData[2 * n + 1] = ((lineNo << 8) | saturate(hits)) >>> 0;
    this.fnTotal = n + 1;
    this.fnIndex.set(hash, n);
  }

  /** Functions as [line, hits] in report order. */
  functionList(): [number, number][] {
    const list: [number, number][] = [];
    const fns = this.arrays().fns;
    for (let i = 0; i < this.fnTotal; i++) {
      const entry = fns[2 * i + 1]!;
      list.push([entry >>> 8, entry & 0xff]);
    }
    return list;
  }

  addStatement(key: string, weight: number, hits: number): void {
    this.statements ??= new Map();
    const existing = this.statements.get(key);
    if (existing) existing.hits += hits > 0 ? hits : 0;
    else this.statements.set(key, { weight, hits: hits > 0 ? hits : 0 });
  }

  /** Drops build-time indexes and moves the data into a slab once the file is complete. */
  seal(): void {
    this.fnIndex = undefined;
    if (this.slab !== -1) return;
    const lineBytes = this.maxLine + 1;
    const [slab, at] = carve(((lineBytes + 3) & ~3) + 4 * (this.branchTotal + 2 * this.fnTotal));
    slabs8[slab]!.set(this.lineTable.subarray(0, lineBytes), at);
    // A file without lines still has line 0's byte, which must read as "not executable".
    if (this.lineTable.length === 0) slabs8[slab]![at] = 0;
    const words = (at + lineBytes + 3) >>> 2;
    slabs32[slab]!.set(this.branchData.subarray(0, this.branchTotal), words);
    slabs32[slab]!.set(this.fnData.subarray(0, 2 * this.fnTotal), words + this.branchTotal);
    this.slab = slab;
    this.at = at;
    this.releaseScratch();
    this.lineTable = NO_BYTES;
    this.branchData = NO_WORDS;
    this.fnData = NO_WORDS;
  }

  totals(): Totals {
    const totals = emptyTotals();
    const { lines, branches, fns } = this.arrays();
    for (let line = 1; line <= this.maxLine; line++) {
      const value = lines[line]!;
      if (value === 0) continue;
      totals.lines.total++;
      if (value > 1) totals.lines.covered++;
    }
    totals.branches.total = this.branchTotal;
    for (let i = 0; i < this.branchTotal; i++) if ((branches[i]! & 0xff) > 0) totals.branches.covered++;
    totals.functions.total = this.fnTotal;
    for (let i = 0; i < this.fnTotal; i++) if ((fns[2 * i + 1]! & 0xff) > 0) totals.functions.covered++;
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
   * covered and is counted once. Branch outcomes of a line merge position by position.
   */
  merge(other: FileCoverage): void {
    other.forEachLine((line, hits) => this.addLine(line, hits));
    if (other.branchTotal > 0) {
      this.unseal();
      const mine = this.branchesByLine();
      for (const [line, theirs] of other.branchesByLine()) {
        const ours = mine.get(line);
        if (!ours) mine.set(line, theirs);
        else for (let i = 0; i < theirs.length; i++) ours[i] = (ours[i] ?? 0) + theirs[i]!;
      }
      this.branchTotal = 0;
      for (const [line, hits] of mine) for (const h of hits) this.addBranch(line, h);
    }
    const theirFns = other.arrays().fns;
    for (let i = 0; i < other.fnTotal; i++) {
      const entry = theirFns[2 * i + 1]!;
      this.addFunctionHash(theirFns[2 * i]!, entry >>> 8, entry & 0xff);
    }
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
    this.seal();
  }
}

/** One parsed report: files keyed by the path the report uses. */
export interface ParsedReport {
  /** The format's id. */
  format: string;
  file: string;
  files: Map<string, FileCoverage>;
  /** Directories the report's paths are relative to (Cobertura <source>, Clover/istanbul absolute roots). */
  sourceRoots: string[];
}

/** Collects files while a parser runs; the same path twice in one report merges. */
export class ReportBuilder {
  readonly files = new Map<string, FileCoverage>();
  readonly sourceRoots: string[] = [];
  private readonly sections: FileCoverage[] = [];

  /**
   * A separate part of a file (a Cobertura <class>): merged into the file by `finish`, so a line that
   * several classes list has its branches merged position by position instead of added twice.
   */
  section(path: string): FileCoverage {
    const section = new FileCoverage(path);
    this.sections.push(section);
    return section;
  }

  /** Merges sections and releases build-time memory; parsers call it once at the end. */
  finish(): this {
    for (const section of this.sections) this.addFile(section);
    this.sections.length = 0;
    for (const file of this.files.values()) file.seal();
    return this;
  }

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
    else {
      file.seal();
      this.files.set(file.path, file);
    }
  }
}
