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
/** The slabs as Buffers, for the paths `FileTable` keeps in them as UTF-8. */
const slabText: Buffer[] = [];
let slabNow = -1;
let slabUsed = SLAB_BYTES;
/** The slab of the room `carve` found last. */
let carvedSlab = -1;
/** Room for `bytes` (4-byte aligned): its offset, in slab `carvedSlab`. Big files get a slab of their own. */
function carve(bytes: number): number {
  const aligned = (bytes + 3) & ~3;
  if (aligned > SLAB_BYTES / 4) {
    const buffer = new ArrayBuffer(aligned);
    slabs8.push(new Uint8Array(buffer));
    slabs32.push(new Uint32Array(buffer));
    slabText.push(Buffer.from(buffer));
    carvedSlab = slabs8.length - 1;
    return 0;
  }
  if (slabNow === -1 || slabUsed + aligned > SLAB_BYTES) {
    const buffer = new ArrayBuffer(SLAB_BYTES);
    slabs8.push(new Uint8Array(buffer));
    slabs32.push(new Uint32Array(buffer));
    slabText.push(Buffer.from(buffer));
    slabNow = slabs8.length - 1;
    slabUsed = 0;
  }
  const offset = slabUsed;
  slabUsed += aligned;
  carvedSlab = slabNow;
  return offset;
}

/** Copies source[0, length) (or less, when the source is shorter) into target at `at`. */
function copyInto(
  target: Uint8Array | Uint32Array,
  at: number,
  source: Uint8Array | Uint32Array,
  length: number,
): void {
  const n = Math.min(length, source.length);
  // Short runs element by element: a view of the source for `set` would cost more than the copy.
  if (n > 64) target.set(source.subarray(0, n), at);
  else for (let i = 0; i < n; i++) target[at + i] = source[i]!;
}

/** Up to this many functions, a function is looked up by scanning the file's own entries (no map per file). */
const FUNCTIONS_SEARCHED_IN_PLACE = 32;

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
  /**
   * Function key hash (as int32) -> index, for a file with many functions while it is built or merged (dropped
   * by `seal`); a file with few functions is searched in place, without a map of its own.
   */
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

  /** Seals the file and writes where its data lies into `rows` at `row` (the first five entries of a `FileTable` row). */
  writeRow(rows: Int32Array, row: number): void {
    this.seal();
    rows[row] = this.slab;
    rows[row + 1] = this.at;
    rows[row + 2] = this.maxLine;
    rows[row + 3] = this.branchTotal;
    rows[row + 4] = this.fnTotal;
  }

  /** A sealed file read back from a row `writeRow` wrote; changing it copies its data out of the slab first. */
  static fromRow(path: string, rows: Int32Array, row: number, extras: FileExtras | undefined): FileCoverage {
    const file = new FileCoverage(path);
    file.slab = rows[row]!;
    file.at = rows[row + 1]!;
    file.maxLine = rows[row + 2]!;
    file.branchTotal = rows[row + 3]!;
    file.fnTotal = rows[row + 4]!;
    file.statements = extras?.statements;
    file.summary = extras?.summary;
    return file;
  }

  /** Index in `slabs32` of the first branch entry of a sealed file (functions follow the branches). */
  private get wordAt(): number {
    return (this.at + this.maxLine + 1 + 3) >>> 2;
  }

  // Where each kind of data lies: the building arrays from 0, or the shared slab at the file's offsets. Readers
  // index these directly instead of making views of the slab, which would be garbage on every call.
  private get lineBytes(): Uint8Array {
    return this.slab === -1 ? this.lineTable : slabs8[this.slab]!;
  }
  private get lineBase(): number {
    return this.slab === -1 ? 0 : this.at;
  }
  private get branchWords(): Uint32Array {
    return this.slab === -1 ? this.branchData : slabs32[this.slab]!;
  }
  private get branchBase(): number {
    return this.slab === -1 ? 0 : this.wordAt;
  }
  private get fnWords(): Uint32Array {
    return this.slab === -1 ? this.fnData : slabs32[this.slab]!;
  }
  private get fnBase(): number {
    return this.slab === -1 ? 0 : this.wordAt + this.branchTotal;
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
    const table = this.lineBytes;
    const base = this.lineBase;
    for (let line = 1; line <= this.maxLine; line++) {
      const value = table[base + line]!;
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
    const branches = this.branchWords;
    const base = this.branchBase;
    for (let i = 0; i < this.branchTotal; i++) {
      const entry = branches[base + i]!;
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
    // As int32: map keys stay small integers instead of heap numbers.
    const key = hash | 0;
    const lineNo = line > 0 && line <= MAX_LINE ? line : 0;
    const existing = this.functionIndex(key);
    if (existing !== -1) {
      const entry = this.fnData[2 * existing + 1]!;
      const knownLine = entry >>> 8;
      this.fnData[2 * existing + 1] = (((knownLine || lineNo) << 8) | saturate((entry & 0xff) + saturate(hits))) >>> 0;
      return;
    }
    const n = this.fnTotal;
    if (this.fnData === NO_WORDS) this.takeScratch();
    if (2 * n + 2 > this.fnData.length) this.fnData = grow(this.fnData, 2 * n + 2, (size) => new Uint32Array(size), 32);
    this.fnData[2 * n] = key;
    this.fnData[2 * n + 1] = ((lineNo << 8) | saturate(hits)) >>> 0;
    this.fnTotal = n + 1;
    this.fnIndex?.set(key, n);
  }

  /** Index of the function with this key (int32), or -1. Indexed by a map once the file has many functions. */
  private functionIndex(key: number): number {
    if (this.fnIndex) return this.fnIndex.get(key) ?? -1;
    const n = this.fnTotal;
    if (n < FUNCTIONS_SEARCHED_IN_PLACE) {
      for (let i = 0; i < n; i++) if ((this.fnData[2 * i]! | 0) === key) return i;
      return -1;
    }
    this.fnIndex = new Map();
    for (let i = 0; i < n; i++) this.fnIndex.set(this.fnData[2 * i]! | 0, i);
    return this.fnIndex.get(key) ?? -1;
  }

  /** Functions as [line, hits] in report order. */
  functionList(): [number, number][] {
    const list: [number, number][] = [];
    const fns = this.fnWords;
    const base = this.fnBase;
    for (let i = 0; i < this.fnTotal; i++) {
      const entry = fns[base + 2 * i + 1]!;
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
    const at = carve(((lineBytes + 3) & ~3) + 4 * (this.branchTotal + 2 * this.fnTotal));
    const slab = carvedSlab;
    copyInto(slabs8[slab]!, at, this.lineTable, lineBytes);
    // A file without lines still has line 0's byte, which must read as "not executable".
    if (this.lineTable.length === 0) slabs8[slab]![at] = 0;
    const words = (at + lineBytes + 3) >>> 2;
    copyInto(slabs32[slab]!, words, this.branchData, this.branchTotal);
    copyInto(slabs32[slab]!, words + this.branchTotal, this.fnData, 2 * this.fnTotal);
    this.slab = slab;
    this.at = at;
    this.releaseScratch();
    this.lineTable = NO_BYTES;
    this.branchData = NO_WORDS;
    this.fnData = NO_WORDS;
  }

  totals(): Totals {
    return this.addTo(emptyTotals());
  }

  /** Adds this file's totals to `into` (what `addTotals(into, file.totals())` does, without making them). */
  addTo(into: Totals): Totals {
    for (const metric of METRICS) {
      const stated = this.summary?.[metric];
      if (stated) {
        into[metric].total += stated.total;
        into[metric].covered += stated.covered;
      } else this.addCounted(metric, into[metric]);
    }
    return into;
  }

  /** One metric of `totals()`. */
  counts(metric: Metric): Counts {
    const stated = this.summary?.[metric];
    if (stated) return { ...stated };
    return this.addCounted(metric, { total: 0, covered: 0 });
  }

  /** Adds the counts of a metric derived from the file's own data (not the stated summary) to `into`. */
  private addCounted(metric: Metric, into: Counts): Counts {
    if (metric === 'lines') {
      const table = this.lineBytes;
      const base = this.lineBase;
      let total = 0;
      let covered = 0;
      for (let line = 1; line <= this.maxLine; line++) {
        const value = table[base + line]!;
        if (value === 0) continue;
        total++;
        if (value > 1) covered++;
      }
      into.total += total;
      into.covered += covered;
    } else if (metric === 'branches') {
      const words = this.branchWords;
      const base = this.branchBase;
      let covered = 0;
      for (let i = 0; i < this.branchTotal; i++) if ((words[base + i]! & 0xff) > 0) covered++;
      into.total += this.branchTotal;
      into.covered += covered;
    } else if (metric === 'functions') {
      const words = this.fnWords;
      const base = this.fnBase;
      let covered = 0;
      for (let i = 0; i < this.fnTotal; i++) if ((words[base + 2 * i + 1]! & 0xff) > 0) covered++;
      into.total += this.fnTotal;
      into.covered += covered;
    } else if (this.statements) {
      for (const st of this.statements.values()) {
        into.total += st.weight;
        if (st.hits > 0) into.covered += st.weight;
      }
    }
    return into;
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
    const theirFns = other.fnWords;
    const theirBase = other.fnBase;
    for (let i = 0; i < other.fnTotal; i++) {
      const entry = theirFns[theirBase + 2 * i + 1]!;
      this.addFunctionHash(theirFns[theirBase + 2 * i]!, entry >>> 8, entry & 0xff);
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

/** What few files have besides line, branch and function data. */
interface FileExtras {
  statements: FileCoverage['statements'];
  summary: FileCoverage['summary'];
}

/** Entries of a `FileTable` row: where the file's data lies (see `writeRow`), then where its path lies. */
const ROW_WORDS = 9;
const ROW_PATH_SLAB = 5;
const ROW_PATH_AT = 6;
const ROW_PATH_LENGTH = 7;
const ROW_PATH_HASH = 8;
/** Rows are kept in chunks of this many (a power of two), so a growing table never copies its rows. */
const ROWS_PER_CHUNK = 1024;
const CHUNK_SHIFT = 10;

/** Bytes a path is encoded into to be looked up in a `FileTable` (grown for longer paths). */
let pathScratch = Buffer.allocUnsafe(1024);

/** FNV-1a of bytes[from, to), as int32. */
function hashBytes(bytes: Uint8Array, from: number, to: number): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) h = Math.imul(h ^ bytes[i]!, FNV_PRIME);
  return h | 0;
}

/**
 * Sealed files by path, in insertion order, kept without an object or a string per file: a row of integers per
 * file (where its data and its UTF-8 path lie in the shared slabs), and an open-addressing index of path
 * hashes. Reports of a hundred thousand files would otherwise keep hundreds of thousands of small objects
 * alive, and V8 grows its young generation with every one of them that survives. Reading a file makes a
 * `FileCoverage` for it, a new one on every read, to be read: the table changes through `add` only (which copies
 * what it changes, so tables may share data, as a group's files and the total do).
 */
export class FileTable implements ReadonlyMap<string, FileCoverage> {
  private count = 0;
  private readonly chunks: Int32Array[] = [];
  /** File index + 1 by path hash (open addressing); 0 is an empty slot. */
  private slots = new Int32Array(128);
  private readonly extras = new Map<number, FileExtras>();

  get size(): number {
    return this.count;
  }

  /**
   * Adds a complete file under `path` (its own path by default), sealing it; merges it into the file already
   * there when the path is known (hits add up, as `FileCoverage.merge`).
   */
  add(file: FileCoverage, path = file.path): void {
    const length = this.encode(path);
    const hash = hashBytes(pathScratch, 0, length);
    const index = this.find(hash, length);
    if (index !== -1) {
      const existing = this.fileAt(index, true);
      existing.merge(file);
      this.store(index, existing);
      return;
    }
    this.append(hash, length, file);
  }

  /** Index of a path, or -1. */
  indexOf(path: string): number {
    const length = this.encode(path);
    return this.find(hashBytes(pathScratch, 0, length), length);
  }

  pathAt(index: number): string {
    const rows = this.chunks[index >>> CHUNK_SHIFT]!;
    const row = (index & (ROWS_PER_CHUNK - 1)) * ROW_WORDS;
    const at = rows[row + ROW_PATH_AT]!;
    return slabText[rows[row + ROW_PATH_SLAB]!]!.toString('utf8', at, at + rows[row + ROW_PATH_LENGTH]!);
  }

  /** The file at an index; `own`: with its own copies of statements and summary, to change them. */
  fileAt(index: number, own = false): FileCoverage {
    let extras = this.extras.get(index);
    if (extras && own) {
      extras = {
        statements: extras.statements && new Map([...extras.statements].map(([key, st]) => [key, { ...st }])),
        summary: extras.summary && structuredClone(extras.summary),
      };
    }
    const rows = this.chunks[index >>> CHUNK_SHIFT]!;
    return FileCoverage.fromRow(this.pathAt(index), rows, (index & (ROWS_PER_CHUNK - 1)) * ROW_WORDS, extras);
  }

  get(path: string): FileCoverage | undefined {
    const index = this.indexOf(path);
    return index === -1 ? undefined : this.fileAt(index);
  }

  has(path: string): boolean {
    return this.indexOf(path) !== -1;
  }

  *keys(): MapIterator<string> {
    for (let i = 0; i < this.count; i++) yield this.pathAt(i);
  }

  *values(): MapIterator<FileCoverage> {
    for (let i = 0; i < this.count; i++) yield this.fileAt(i);
  }

  *entries(): MapIterator<[string, FileCoverage]> {
    for (let i = 0; i < this.count; i++) {
      const file = this.fileAt(i);
      yield [file.path, file];
    }
  }

  [Symbol.iterator](): MapIterator<[string, FileCoverage]> {
    return this.entries();
  }

  forEach(callback: (file: FileCoverage, path: string, table: this) => void): void {
    for (let i = 0; i < this.count; i++) {
      const file = this.fileAt(i);
      callback(file, file.path, this);
    }
  }

  /** Encodes a path into `pathScratch`; its length in bytes. */
  private encode(path: string): number {
    const needed = path.length * 3;
    if (needed > pathScratch.length) pathScratch = Buffer.allocUnsafe(needed);
    return pathScratch.write(path, 0, 'utf8');
  }

  /** Index of the file whose path is pathScratch[0, length), or -1. */
  private find(hash: number, length: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === 0) return -1;
      const index = entry - 1;
      const rows = this.chunks[index >>> CHUNK_SHIFT]!;
      const row = (index & (ROWS_PER_CHUNK - 1)) * ROW_WORDS;
      if (rows[row + ROW_PATH_HASH] !== hash || rows[row + ROW_PATH_LENGTH] !== length) continue;
      const at = rows[row + ROW_PATH_AT]!;
      if (slabText[rows[row + ROW_PATH_SLAB]!]!.compare(pathScratch, 0, length, at, at + length) === 0) return index;
    }
  }

  private append(hash: number, length: number, file: FileCoverage): void {
    const index = this.count;
    if (index >>> CHUNK_SHIFT === this.chunks.length) this.chunks.push(new Int32Array(ROWS_PER_CHUNK * ROW_WORDS));
    const rows = this.chunks[index >>> CHUNK_SHIFT]!;
    const row = (index & (ROWS_PER_CHUNK - 1)) * ROW_WORDS;
    const at = carve(length);
    pathScratch.copy(slabText[carvedSlab]!, at, 0, length);
    rows[row + ROW_PATH_SLAB] = carvedSlab;
    rows[row + ROW_PATH_AT] = at;
    rows[row + ROW_PATH_LENGTH] = length;
    rows[row + ROW_PATH_HASH] = hash;
    this.count = index + 1;
    if (this.count * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(index, hash);
    this.store(index, file);
  }

  private store(index: number, file: FileCoverage): void {
    file.writeRow(this.chunks[index >>> CHUNK_SHIFT]!, (index & (ROWS_PER_CHUNK - 1)) * ROW_WORDS);
    if (file.statements || file.summary) this.extras.set(index, { statements: file.statements, summary: file.summary });
    else this.extras.delete(index);
  }

  private place(index: number, hash: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = index + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let i = 0; i < this.count; i++) {
      const rows = this.chunks[i >>> CHUNK_SHIFT]!;
      this.place(i, rows[(i & (ROWS_PER_CHUNK - 1)) * ROW_WORDS + ROW_PATH_HASH]!);
    }
  }
}

/** One parsed report: files keyed by the path the report uses. */
export interface ParsedReport {
  /** The format's id. */
  format: string;
  file: string;
  files: FileTable;
  /** Directories the report's paths are relative to (Cobertura <source>, Clover/istanbul absolute roots). */
  sourceRoots: string[];
}

/** Collects files while a parser runs; the same path twice in one report merges. */
export class ReportBuilder {
  /** The report's files; complete once `finish` has run. */
  readonly files = new FileTable();
  readonly sourceRoots: string[] = [];
  /** Files built a piece at a time (`fileFor`), moved into `files` by `finish`. */
  private readonly open = new Map<string, FileCoverage>();
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

  /** Moves the files being built and the sections into `files`, sealed; parsers call it once at the end. */
  finish(): this {
    for (const file of this.open.values()) this.files.add(file);
    this.open.clear();
    for (const section of this.sections) this.files.add(section);
    this.sections.length = 0;
    return this;
  }

  /** The file being built under `path`, if `fileFor` made one. */
  building(path: string): FileCoverage | undefined {
    return this.open.get(path);
  }

  /** The file being built under `path`, made on first use; parsers add to it until `finish`. */
  fileFor(path: string): FileCoverage {
    let file = this.open.get(path);
    if (!file) {
      file = new FileCoverage(path);
      this.open.set(path, file);
    }
    return file;
  }

  /** Adds a whole file record (lcov records and coverage-final entries arrive complete). */
  addFile(file: FileCoverage): void {
    this.files.add(file);
  }
}
