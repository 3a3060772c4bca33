import { FileError, detach, scanLineRanges } from '@pipeline-actions/shared';
import { FileCoverage, ReportBuilder } from '../model.ts';

/**
 * lcov tracefile (geninfo, istanbul, c8, Dart, gcov/lcov 2.x): SF starts a record, DA gives line
 * hits, BRDA branch outcomes, FN/FNDA (and lcov 2.2's FNL/FNA) functions; end_of_record closes it.
 * LF/LH/BRF/BRH/FNF/FNH are the tool's own sums of the same data and are recomputed, not trusted.
 */
export async function parseLcov(path: string): Promise<ReportBuilder> {
  const builder = new ReportBuilder();
  let current: FileCoverage | undefined;
  // Function names may repeat within a file (two `foo`s in different scopes): FN and FNDA pair up by occurrence.
  let fnSeen = new Map<string, number>();
  let fndaSeen = new Map<string, number>();
  let fnLines = new Map<string, number>();
  let fnlIndex = new Map<string, number>();

  const bad = (line: number, what: string): never => {
    throw new FileError(path, `is not a valid lcov file: ${what}`, line);
  };
  const need = (line: number, tag: string): FileCoverage => current ?? bad(line, `${tag} before any SF: record`);
  const int = (text: string, line: number): number => {
    const n = Number(text);
    if (text === '' || !Number.isFinite(n)) bad(line, `'${text}' is not a number`);
    return n;
  };

  await scanLineRanges(path, (chunk, start, end, line) => {
    // Fast path for the lines that make up nearly all of a tracefile: DA:<line>,<hits>[,<checksum>]
    // and BRDA:<line>,<block>,<branch>,<taken>, read in place without allocating.
    const c0 = chunk.charCodeAt(start);
    if (c0 === 68 && chunk.charCodeAt(start + 1) === 65 && chunk.charCodeAt(start + 2) === 58 && current) {
      let p = start + 3;
      let lineNo = 0;
      let c = chunk.charCodeAt(p);
      const digitsFrom = p;
      while (c >= 48 && c <= 57) {
        lineNo = lineNo * 10 + (c - 48);
        c = chunk.charCodeAt(++p);
      }
      if (c === 44 && p > digitsFrom) {
        let hits = 0;
        const hitsFrom = ++p;
        c = chunk.charCodeAt(p);
        while (c >= 48 && c <= 57) {
          hits = hits * 10 + (c - 48);
          c = chunk.charCodeAt(++p);
        }
        if (p > hitsFrom && (p === end || c === 44) && hits <= Number.MAX_SAFE_INTEGER) {
          current.addLine(lineNo, hits);
          return;
        }
      }
    } else if (c0 === 66 && chunk.startsWith('BRDA:', start) && current) {
      let p = start + 5;
      let lineNo = 0;
      let c = chunk.charCodeAt(p);
      const digitsFrom = p;
      while (c >= 48 && c <= 57) {
        lineNo = lineNo * 10 + (c - 48);
        c = chunk.charCodeAt(++p);
      }
      const lastComma = chunk.lastIndexOf(',', end - 1);
      if (c === 44 && p > digitsFrom && lastComma > p) {
        let q = lastComma + 1;
        if (q === end - 1 && chunk.charCodeAt(q) === 45) {
          current.addBranch(lineNo, 0);
          return;
        }
        let taken = 0;
        c = chunk.charCodeAt(q);
        while (q < end && c >= 48 && c <= 57) {
          taken = taken * 10 + (c - 48);
          c = chunk.charCodeAt(++q);
        }
        if (q === end && q > lastComma + 1) {
          current.addBranch(lineNo, taken);
          return;
        }
      }
    }
    const text = chunk.slice(start, end);
    const colon = text.indexOf(':');
    if (colon === -1) {
      const trimmed = text.trim();
      if (trimmed === 'end_of_record') {
        if (current) builder.addFile(current);
        current = undefined;
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
        const comma = value.indexOf(',');
        if (comma === -1) bad(line, `DA needs '<line>,<hits>'`);
        const end = value.indexOf(',', comma + 1);
        file.addLine(int(value.slice(0, comma), line), int(end === -1 ? value.slice(comma + 1) : value.slice(comma + 1, end), line));
        return;
      }
      case 'BRDA': {
        const file = need(line, tag);
        const parts = value.split(',');
        if (parts.length < 4) bad(line, `BRDA needs '<line>,<block>,<branch>,<taken>'`);
        const lineNo = int(parts[0]!, line);
        const taken = parts[parts.length - 1]!;
        const hits = taken === '-' ? 0 : int(taken, line);
        // Each BRDA is one outcome; outcomes of a line keep report order so shards merge position by position.
        file.addBranch(lineNo, hits);
        return;
      }
      case 'SF':
        if (current) builder.addFile(current); // a record without end_of_record
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
        file.addFunction(detach(`${parts.slice(2).join(',')}@${parts[0]}`), fnlIndex.get(parts[0]!) ?? 0, int(parts[1]!, line));
        return;
      }
      case 'TN':
      case 'VER':
      case 'LF':
      case 'LH':
      case 'BRF':
      case 'BRH':
      case 'FNF':
      case 'FNH':
      case 'MDA':
        return;
      default:
        if (/^[A-Z]+$/.test(tag)) return; // future lcov record types carry nothing we count
        bad(line, `unexpected line '${text.slice(0, 80)}'`);
    }
  });
  if (current) builder.addFile(current);
  return builder;
}
