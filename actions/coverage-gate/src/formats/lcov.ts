import { fileError, detach, readChunks } from '@pipeline-actions/shared';
import { type Counts, FNV_OFFSET, FNV_PRIME, FileCoverage, ReportBuilder, hashKey } from '../model.ts';
import type { CoverageFormat } from './format.ts';

const DIGIT_0 = 48;
const DIGIT_9 = 57;
const COMMA = 44;
const NEWLINE = 10;
const CR = 13;
/** Numbers the byte fast paths read themselves; longer ones go through `Number`, as text. */
const MAX_DIGITS = 15;
/** A second hash of function names, independent of FNV-1a, to tell names apart within a record. */
const IDENTITY_SEED = 0x9747b28c;
const IDENTITY_PRIME = 0x5bd1e995;
const END_OF_RECORD = Buffer.from('end_of_record');

/**
 * How many times each name identity (a non-negative int) was seen in the current record: an open-addressing
 * table in typed arrays, emptied per record by moving to the next generation. A Map cleared for every record
 * would allocate new tables for each of them, on reports of a hundred thousand records.
 */
class OccurrenceCounter {
  private identities = new Int32Array(64);
  private counts = new Int32Array(64);
  /** The generation a slot was written in: slots of older generations are empty. */
  private generations = new Int32Array(64);
  private generation = 1;
  private used = 0;

  /** Forgets every count (a new record). */
  reset(): void {
    this.generation++;
    this.used = 0;
  }

  /** Counts one more occurrence of `identity` and returns how many there have been (1 for the first). */
  next(identity: number): number {
    const mask = this.identities.length - 1;
    let slot = (Math.imul(identity, 0x9e3779b1) >>> 0) & mask;
    while (this.generations[slot] === this.generation) {
      if (this.identities[slot] === identity) return ++this.counts[slot]!;
      slot = (slot + 1) & mask;
    }
    this.generations[slot] = this.generation;
    this.identities[slot] = identity;
    this.counts[slot] = 1;
    if (++this.used * 2 > this.identities.length) this.grow();
    return 1;
  }

  /** Doubles the table, keeping the current generation's entries. */
  private grow(): void {
    const { identities, counts, generations, generation } = this;
    const size = identities.length * 2;
    this.identities = new Int32Array(size);
    this.counts = new Int32Array(size);
    this.generations = new Int32Array(size);
    const mask = size - 1;
    for (let i = 0; i < identities.length; i++) {
      if (generations[i] !== generation) continue;
      let slot = (Math.imul(identities[i]!, 0x9e3779b1) >>> 0) & mask;
      while (this.generations[slot] === generation) slot = (slot + 1) & mask;
      this.generations[slot] = generation;
      this.identities[slot] = identities[i]!;
      this.counts[slot] = counts[i]!;
    }
  }
}

/**
 * lcov tracefile (geninfo, istanbul, c8, Dart, gcov/lcov 2.x): SF starts a record, DA gives line
 * hits, BRDA branch outcomes, FN/FNDA (and lcov 2.2's FNL/FNA) functions; end_of_record closes it.
 * LF/LH/BRF/BRH/FNF/FNH are the tool's own sums of the same data, recomputed from the records, except
 * where the records list one function or branch several times: `llvm-cov export` writes an FN and the
 * BRDAs per instantiation of a template or inline function, and its FNF/FNH/BRF/BRH are the merged
 * figures `llvm-cov report` prints. When a record's stated sums disagree with its records, they win.
 * The common records are read from the bytes in place, without decoding or allocating: only SF paths
 * become strings, and function names are hashed where they lie. Other lines are decoded and read as text.
 */
async function parseLcov(path: string): Promise<ReportBuilder> {
  const builder = new ReportBuilder();
  let current: FileCoverage | undefined;
  // Function names may repeat within a file (two `foo`s in different scopes): FN and FNDA pair up by occurrence.
  // Names are counted by an identity hash (a small integer, counted in typed arrays: nothing allocated per name) and
  // keys are their FNV-1a, computed where the name lies: no name becomes a string.
  const fnSeen = new OccurrenceCounter();
  const fndaSeen = new OccurrenceCounter();
  const fnlIndex = new Map<string, number>();
  let lineNumber = 0;
  /** FNF, FNH, BRF, BRH of the current record, as the tool states them (-1: not stated). */
  let statedFnf = -1;
  let statedFnh = -1;
  let statedBrf = -1;
  let statedBrh = -1;
  /** FNV-1a of the name `identity*` last read (as int32, a small integer for V8): where the hash of its key starts. */
  let nameHash = 0;

  const identityOfString = (name: string): number => {
    let h = FNV_OFFSET;
    let g = IDENTITY_SEED;
    for (let i = 0; i < name.length; i++) {
      const c = name.charCodeAt(i);
      h = Math.imul(h ^ c, FNV_PRIME);
      g = Math.imul(g ^ c, IDENTITY_PRIME);
    }
    nameHash = h | 0;
    return (g ^ (g >>> 15)) & 0x3fffffff;
  };
  /** `identityOfString` of bytes[from, to) read as text; -1 when they are not ASCII (code units differ from bytes). */
  const identityOfBytes = (bytes: Buffer, from: number, to: number): number => {
    let h = FNV_OFFSET;
    let g = IDENTITY_SEED;
    for (let i = from; i < to; i++) {
      const c = bytes[i]!;
      if (c >= 0x80) return -1;
      h = Math.imul(h ^ c, FNV_PRIME);
      g = Math.imul(g ^ c, IDENTITY_PRIME);
    }
    nameHash = h | 0;
    return (g ^ (g >>> 15)) & 0x3fffffff;
  };
  /** The key of a name's n-th FN (or FNDA) in the record: the name, then `name#2`, `name#3`... */
  const keyHash = (seen: OccurrenceCounter, identity: number): number => {
    const n = seen.next(identity);
    return n === 1 ? nameHash : hashKey(`#${n}`, nameHash);
  };
  const addFn = (file: FileCoverage, identity: number, lineNo: number): void => {
    file.addFunctionHash(keyHash(fnSeen, identity), lineNo, 0);
  };
  // The FN of the same key, when there was one, holds the line.
  const addFnda = (file: FileCoverage, identity: number, hits: number): void => {
    file.addFunctionHash(keyHash(fndaSeen, identity), 0, hits);
  };

  const openRecord = (sourcePath: string): void => {
    closeRecord(); // a record without end_of_record
    current = new FileCoverage(sourcePath);
    fnSeen.reset();
    fndaSeen.reset();
    if (fnlIndex.size > 0) fnlIndex.clear();
  };

  const closeRecord = (): void => {
    if (!current) return;
    const functionsDiffer =
      statedFnf !== -1 && statedFnh !== -1 && !agrees(current.counts('functions'), statedFnf, statedFnh);
    const branchesDiffer =
      statedBrf !== -1 && statedBrh !== -1 && !agrees(current.counts('branches'), statedBrf, statedBrh);
    if (functionsDiffer || branchesDiffer) {
      const summary: NonNullable<FileCoverage['summary']> = {};
      if (functionsDiffer) summary.functions = { total: statedFnf, covered: statedFnh };
      if (branchesDiffer) summary.branches = { total: statedBrf, covered: statedBrh };
      current.summary = summary;
    }
    builder.addFile(current);
    current = undefined;
    statedFnf = statedFnh = statedBrf = statedBrh = -1;
  };
  const agrees = (counted: Counts, total: number, covered: number): boolean =>
    counted.total === total && counted.covered === covered;
  const state = (tag: 'FNF' | 'FNH' | 'BRF' | 'BRH', n: number): void => {
    if (!current) return;
    if (tag === 'FNF') statedFnf = n;
    else if (tag === 'FNH') statedFnh = n;
    else if (tag === 'BRF') statedBrf = n;
    else statedBrh = n;
  };

  const bad = (line: number, what: string): never => {
    throw fileError(path, `is not a valid lcov file: ${what}`, line);
  };
  const need = (line: number, tag: string): FileCoverage => current ?? bad(line, `${tag} before any SF: record`);
  const int = (text: string, line: number): number => {
    const n = Number(text);
    if (text === '' || !Number.isFinite(n)) bad(line, `'${text}' is not a number`);
    return n;
  };

  /** Any line the fast paths did not take, as text. */
  const slowLine = (text: string, line: number): void => {
    const colon = text.indexOf(':');
    if (colon === -1) {
      const trimmed = text.trim();
      if (trimmed === 'end_of_record') {
        closeRecord();
        return;
      }
      if (trimmed === '') return;
      bad(line, `unexpected line '${trimmed.slice(0, 80)}'`);
    }
    const tag = text.slice(0, colon);
    const value = text.slice(colon + 1);
    switch (tag) {
      case 'DA': {
        const file = need(line, tag);
        const parts = value.split(',');
        if (parts.length < 2) bad(line, `DA needs '<line>,<hits>'`);
        file.addLine(int(parts[0]!, line), int(parts[1]!, line));
        return;
      }
      case 'BRDA': {
        const file = need(line, tag);
        const parts = value.split(',');
        if (parts.length < 4) bad(line, `BRDA needs '<line>,<block>,<branch>,<taken>'`);
        const taken = parts[parts.length - 1]!;
        // Each BRDA is one outcome; outcomes of a line keep report order so shards merge position by position.
        file.addBranch(int(parts[0]!, line), taken === '-' ? 0 : int(taken, line));
        return;
      }
      case 'SF':
        openRecord(detach(value.trim()));
        return;
      case 'FN': {
        const file = need(line, tag);
        // FN:<line>,<name> or (lcov 2.x) FN:<line>,<end line>,<name>
        const first = value.indexOf(',');
        if (first === -1) bad(line, `FN needs '<line>,<name>'`);
        let name = value.slice(first + 1);
        const second = name.indexOf(',');
        if (second !== -1 && /^\d+$/.test(name.slice(0, second))) name = name.slice(second + 1);
        const identity = identityOfString(name);
        addFn(file, identity, int(value.slice(0, first), line));
        return;
      }
      case 'FNDA': {
        const file = need(line, tag);
        const comma = value.indexOf(',');
        if (comma === -1) bad(line, `FNDA needs '<hits>,<name>'`);
        const hits = int(value.slice(0, comma), line);
        addFnda(file, identityOfString(value.slice(comma + 1)), hits);
        return;
      }
      case 'FNL': {
        // lcov 2.2: FNL:<index>,<line>[,<end>] then FNA:<index>,<hits>,<name>
        need(line, tag);
        const parts = value.split(',');
        fnlIndex.set(parts[0]!, int(parts[1] ?? '', line));
        return;
      }
      case 'FNA': {
        const file = need(line, tag);
        const parts = value.split(',');
        if (parts.length < 3) bad(line, `FNA needs '<index>,<hits>,<name>'`);
        file.addFunction(`${parts.slice(2).join(',')}@${parts[0]}`, fnlIndex.get(parts[0]!) ?? 0, int(parts[1]!, line));
        return;
      }
      case 'BRF':
      case 'BRH':
      case 'FNF':
      case 'FNH': {
        const n = Number(value.trim());
        if (Number.isInteger(n) && n >= 0) state(tag, n);
        return;
      }
      case 'TN':
      case 'VER':
      case 'LF':
      case 'LH':
      case 'MDA':
        return;
      default:
        if (/^[A-Z]+$/.test(tag)) return; // future lcov record types carry nothing we count
        bad(line, `unexpected line '${text.slice(0, 80)}'`);
    }
  };

  let first = true;
  // Chunks end at line ends, so a line is always whole in its chunk (reads past its end give undefined).
  for await (const bytes of readChunks(path, { wholeLines: true })) {
    const n = bytes.length;
    let p = 0;
    if (first) {
      first = false;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) p = 3; // BOM
    }
    while (p < n) {
      lineNumber++;
      const start = p;
      // The line's end (before CR LF or LF), and where the next one starts.
      let end = p;
      while (end < n && bytes[end] !== NEWLINE) end++;
      const next = end + 1;
      if (end > p && bytes[end - 1] === CR) end--;
      const c0 = bytes[p];
      if (current) {
        // DA:<line>,<hits>[,<checksum>]
        if (c0 === 68 && bytes[p + 1] === 65 && bytes[p + 2] === 58) {
          let q = p + 3;
          let c = bytes[q]!;
          let lineNo = 0;
          while (c >= DIGIT_0 && c <= DIGIT_9 && q < end) {
            lineNo = lineNo * 10 + (c - DIGIT_0);
            c = bytes[++q]!;
          }
          if (c === COMMA && q > p + 3 && q - p - 3 <= MAX_DIGITS) {
            const hitsStart = ++q;
            let hits = 0;
            c = bytes[q]!;
            while (c >= DIGIT_0 && c <= DIGIT_9 && q < end) {
              hits = hits * 10 + (c - DIGIT_0);
              c = bytes[++q]!;
            }
            if (q > hitsStart && q - hitsStart <= MAX_DIGITS && (q === end || c === COMMA)) {
              current.addLine(lineNo, hits);
              p = next;
              continue;
            }
          }
        }
        // BRDA:<line>,<block>,<branch>,<taken> (block and branch may be names in lcov 2.x: skipped)
        else if (
          c0 === 66 &&
          bytes[p + 1] === 82 &&
          bytes[p + 2] === 68 &&
          bytes[p + 3] === 65 &&
          bytes[p + 4] === 58
        ) {
          let q = p + 5;
          let c = bytes[q]!;
          let lineNo = 0;
          while (c >= DIGIT_0 && c <= DIGIT_9 && q < end) {
            lineNo = lineNo * 10 + (c - DIGIT_0);
            c = bytes[++q]!;
          }
          let lastComma = end - 1;
          while (lastComma > q && bytes[lastComma] !== COMMA) lastComma--;
          if (c === COMMA && q > p + 5 && q - p - 5 <= MAX_DIGITS && lastComma > q) {
            let r = lastComma + 1;
            if (r === end - 1 && bytes[r] === 45) {
              current.addBranch(lineNo, 0);
              p = next;
              continue;
            }
            let taken = 0;
            c = bytes[r]!;
            while (r < end && c >= DIGIT_0 && c <= DIGIT_9) {
              taken = taken * 10 + (c - DIGIT_0);
              c = bytes[++r]!;
            }
            if (r === end && r > lastComma + 1 && r - lastComma - 1 <= MAX_DIGITS) {
              current.addBranch(lineNo, taken);
              p = next;
              continue;
            }
          }
        }
        // FN:<line>,<name>, FN:<line>,<end line>,<name>, FNDA:<hits>,<name>, FNF/FNH:<count>
        else if (c0 === 70 && bytes[p + 1] === 78) {
          const c2 = bytes[p + 2];
          const isFn = c2 === 58;
          const isFnda = c2 === 68 && bytes[p + 3] === 65 && bytes[p + 4] === 58;
          if (isFn || isFnda) {
            let q = p + (isFn ? 3 : 5);
            const digitsStart = q;
            let value = 0;
            let c = bytes[q]!;
            while (c >= DIGIT_0 && c <= DIGIT_9 && q < end) {
              value = value * 10 + (c - DIGIT_0);
              c = bytes[++q]!;
            }
            if (c === COMMA && q > digitsStart && q - digitsStart <= MAX_DIGITS) {
              let nameStart = q + 1;
              if (isFn) {
                // An end line after the start line (lcov 2.x) when digits run up to a second comma.
                let r = nameStart;
                while (r < end && bytes[r]! >= DIGIT_0 && bytes[r]! <= DIGIT_9) r++;
                if (r > nameStart && r < end && bytes[r] === COMMA) nameStart = r + 1;
              }
              const identity = identityOfBytes(bytes, nameStart, end);
              if (identity !== -1) {
                if (isFn) addFn(current, identity, value);
                else addFnda(current, identity, value);
                p = next;
                continue;
              }
            }
          } else if ((c2 === 70 || c2 === 72) && bytes[p + 3] === 58) {
            if (statedCount(bytes, p + 4, end, c2 === 70 ? 'FNF' : 'FNH')) {
              p = next;
              continue;
            }
          }
        }
        // BRF/BRH:<count>
        else if (
          c0 === 66 &&
          bytes[p + 1] === 82 &&
          (bytes[p + 2] === 70 || bytes[p + 2] === 72) &&
          bytes[p + 3] === 58
        ) {
          if (statedCount(bytes, p + 4, end, bytes[p + 2] === 70 ? 'BRF' : 'BRH')) {
            p = next;
            continue;
          }
        }
        // LF/LH:<count> (recomputed from the DA lines)
        else if (c0 === 76 && (bytes[p + 1] === 70 || bytes[p + 1] === 72) && bytes[p + 2] === 58) {
          p = next;
          continue;
        }
        // end_of_record
        else if (
          c0 === 101 &&
          end - p === END_OF_RECORD.length &&
          bytes.compare(END_OF_RECORD, 0, END_OF_RECORD.length, p, end) === 0
        ) {
          closeRecord();
          p = next;
          continue;
        }
      }
      // SF:<path>
      if (c0 === 83 && bytes[p + 1] === 70 && bytes[p + 2] === 58) {
        const raw = bytes.toString('utf8', p + 3, end);
        const trimmed = raw.trim();
        // A fresh string, not a slice of the chunk; only trimming would make one.
        openRecord(trimmed === raw ? raw : detach(trimmed));
        p = next;
        continue;
      }
      // TN:<test name>
      if (c0 === 84 && bytes[p + 1] === 78 && bytes[p + 2] === 58) {
        p = next;
        continue;
      }
      slowLine(bytes.toString('utf8', start, end), lineNumber);
      p = next;
    }
  }
  closeRecord();
  return builder.finish();

  /** A stated FNF/FNH/BRF/BRH count of plain digits; false when it needs reading as text. */
  function statedCount(bytes: Buffer, from: number, to: number, tag: 'FNF' | 'FNH' | 'BRF' | 'BRH'): boolean {
    if (to <= from || to - from > MAX_DIGITS) return false;
    let value = 0;
    for (let q = from; q < to; q++) {
      const c = bytes[q]!;
      if (c < DIGIT_0 || c > DIGIT_9) return false;
      value = value * 10 + (c - DIGIT_0);
    }
    state(tag, value);
    return true;
  }
}

export const lcov: CoverageFormat = {
  id: 'lcov',
  label: 'lcov',
  detect: (head) => /^(TN|SF|VER):/.test(head),
  read: parseLcov,
};
