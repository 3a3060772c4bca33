import { FileError, detach, readTextChunks } from '@pipeline-actions/shared';
import { FileCoverage, ReportBuilder } from '../model.ts';
import type { CoverageFormat } from './format.ts';

const DIGIT_0 = 48;
const DIGIT_9 = 57;
const COMMA = 44;
const NEWLINE = 10;
const CR = 13;

/**
 * lcov tracefile (geninfo, istanbul, c8, Dart, gcov/lcov 2.x): SF starts a record, DA gives line
 * hits, BRDA branch outcomes, FN/FNDA (and lcov 2.2's FNL/FNA) functions; end_of_record closes it.
 * LF/LH/BRF/BRH/FNF/FNH are the tool's own sums of the same data, recomputed from the records, except
 * where the records list one function or branch several times: `llvm-cov export` writes an FN and the
 * BRDAs per instantiation of a template or inline function, and its FNF/FNH/BRF/BRH are the merged
 * figures `llvm-cov report` prints. When a record's stated sums disagree with its records, they win.
 * DA and BRDA lines (nearly all of a file) are read in place with charCodeAt, without allocating.
 */
async function parseLcov(path: string): Promise<ReportBuilder> {
  const builder = new ReportBuilder();
  let current: FileCoverage | undefined;
  // Function names may repeat within a file (two `foo`s in different scopes): FN and FNDA pair up by occurrence.
  let fnSeen = new Map<string, number>();
  let fndaSeen = new Map<string, number>();
  let fnLines = new Map<string, number>();
  let fnlIndex = new Map<string, number>();
  let lineNumber = 0;
  /** FNF, FNH, BRF, BRH of the current record, as the tool states them. */
  let stated: Partial<Record<'FNF' | 'FNH' | 'BRF' | 'BRH', number>> = {};

  const closeRecord = (): void => {
    if (!current) return;
    const { FNF, FNH, BRF, BRH } = stated;
    if (FNF !== undefined || BRF !== undefined) {
      const counted = current.totals();
      const summary: NonNullable<FileCoverage['summary']> = {};
      if (
        FNF !== undefined &&
        FNH !== undefined &&
        (FNF !== counted.functions.total || FNH !== counted.functions.covered)
      )
        summary.functions = { total: FNF, covered: FNH };
      if (
        BRF !== undefined &&
        BRH !== undefined &&
        (BRF !== counted.branches.total || BRH !== counted.branches.covered)
      )
        summary.branches = { total: BRF, covered: BRH };
      if (summary.functions || summary.branches) current.summary = summary;
    }
    builder.addFile(current);
    current = undefined;
    stated = {};
  };

  const bad = (line: number, what: string): never => {
    throw new FileError(path, `is not a valid lcov file: ${what}`, line);
  };
  const need = (line: number, tag: string): FileCoverage => current ?? bad(line, `${tag} before any SF: record`);
  const int = (text: string, line: number): number => {
    const n = Number(text);
    if (text === '' || !Number.isFinite(n)) bad(line, `'${text}' is not a number`);
    return n;
  };

  /** Any line the fast path did not take, as text. */
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
        closeRecord(); // a record without end_of_record
        current = new FileCoverage(detach(value.trim()));
        fnSeen = new Map();
        fndaSeen = new Map();
        fnLines = new Map();
        fnlIndex = new Map();
        return;
      case 'FN': {
        const file = need(line, tag);
        // FN:<line>,<name> or (lcov 2.x) FN:<line>,<end line>,<name>
        const first = value.indexOf(',');
        if (first === -1) bad(line, `FN needs '<line>,<name>'`);
        let name = value.slice(first + 1);
        const second = name.indexOf(',');
        if (second !== -1 && /^\d+$/.test(name.slice(0, second))) name = name.slice(second + 1);
        const n = (fnSeen.get(name) ?? 0) + 1;
        fnSeen.set(name, n);
        const key = detach(n === 1 ? name : `${name}#${n}`);
        const lineNo = int(value.slice(0, first), line);
        fnLines.set(key, lineNo);
        file.addFunction(key, lineNo, 0);
        return;
      }
      case 'FNDA': {
        const file = need(line, tag);
        const comma = value.indexOf(',');
        if (comma === -1) bad(line, `FNDA needs '<hits>,<name>'`);
        const name = value.slice(comma + 1);
        const n = (fndaSeen.get(name) ?? 0) + 1;
        fndaSeen.set(name, n);
        const key = n === 1 ? name : `${name}#${n}`;
        file.addFunction(key, fnLines.get(key) ?? 0, int(value.slice(0, comma), line));
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
        if (current && Number.isInteger(n) && n >= 0) stated[tag] = n;
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

  for await (const text of readTextChunks(path)) {
    const n = text.length;
    let p = 0;
    while (p < n) {
      lineNumber++;
      const start = p;
      const c0 = text.charCodeAt(p);
      // DA:<line>,<hits>\n
      if (c0 === 68 && current && text.charCodeAt(p + 1) === 65 && text.charCodeAt(p + 2) === 58) {
        let q = p + 3;
        let c = text.charCodeAt(q);
        let lineNo = 0;
        while (c >= DIGIT_0 && c <= DIGIT_9) {
          lineNo = lineNo * 10 + (c - DIGIT_0);
          c = text.charCodeAt(++q);
        }
        if (c === COMMA && q > p + 3) {
          const hitsStart = ++q;
          let hits = 0;
          c = text.charCodeAt(q);
          while (c >= DIGIT_0 && c <= DIGIT_9) {
            hits = hits * 10 + (c - DIGIT_0);
            c = text.charCodeAt(++q);
          }
          if (q > hitsStart && q - hitsStart < 16) {
            if (c === NEWLINE || (c === CR && text.charCodeAt(q + 1) === NEWLINE) || q === n) {
              current.addLine(lineNo, hits);
              p = c === CR ? q + 2 : q + 1;
              continue;
            }
            if (c === COMMA) {
              // DA:<line>,<hits>,<checksum>
              current.addLine(lineNo, hits);
              const end = text.indexOf('\n', q);
              p = end === -1 ? n : end + 1;
              continue;
            }
          }
        }
      }
      // BRDA:<line>,<block>,<branch>,<taken>\n (block and branch may be names in lcov 2.x: skipped)
      else if (
        c0 === 66 &&
        current &&
        text.charCodeAt(p + 1) === 82 &&
        text.charCodeAt(p + 2) === 68 &&
        text.charCodeAt(p + 3) === 65 &&
        text.charCodeAt(p + 4) === 58
      ) {
        let end = text.indexOf('\n', p);
        const next = end === -1 ? n : end + 1;
        if (end === -1) end = n;
        if (text.charCodeAt(end - 1) === CR) end--;
        let q = p + 5;
        let c = text.charCodeAt(q);
        let lineNo = 0;
        while (c >= DIGIT_0 && c <= DIGIT_9) {
          lineNo = lineNo * 10 + (c - DIGIT_0);
          c = text.charCodeAt(++q);
        }
        const lastComma = text.lastIndexOf(',', end - 1);
        if (c === COMMA && q > p + 5 && lastComma > q) {
          let r = lastComma + 1;
          if (r === end - 1 && text.charCodeAt(r) === 45) {
            current.addBranch(lineNo, 0);
            p = next;
            continue;
          }
          let taken = 0;
          c = text.charCodeAt(r);
          while (r < end && c >= DIGIT_0 && c <= DIGIT_9) {
            taken = taken * 10 + (c - DIGIT_0);
            c = text.charCodeAt(++r);
          }
          if (r === end && r > lastComma + 1 && r - lastComma < 17) {
            current.addBranch(lineNo, taken);
            p = next;
            continue;
          }
        }
      }
      let end = text.indexOf('\n', start);
      const next = end === -1 ? n : end + 1;
      if (end === -1) end = n;
      slowLine(text.slice(start, end > start && text.charCodeAt(end - 1) === CR ? end - 1 : end), lineNumber);
      p = next;
    }
  }
  closeRecord();
  return builder.finish();
}

export const lcov: CoverageFormat = {
  id: 'lcov',
  label: 'lcov',
  detect: (head) => /^(TN|SF|VER):/.test(head),
  read: parseLcov,
};
