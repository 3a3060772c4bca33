// Generates realistic coverage reports of a given size for the coverage-gate benchmark:
// lcov (istanbul-like records: FN/FNDA, DA, BRDA, summary lines) and Cobertura XML (coverage.py/istanbul-like:
// packages, classes, methods, lines with condition-coverage). Deterministic (seeded), streamed to disk.
import { Buffer } from 'node:buffer';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

async function writeChunks(path, targetBytes, produce) {
  const out = createWriteStream(path);
  let written = 0;
  let index = 0;
  for (;;) {
    const chunk = produce(index++, written >= targetBytes);
    if (chunk === null) break;
    written += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return written;
}

/** An XML document: `header`, then `body(i)` until the target size, then `footer`. */
function writeDocument(path, targetBytes, header, footer, body) {
  let state = 0;
  return writeChunks(path, targetBytes, (i, done) => {
    if (state === 2) return null;
    if (state === 0) {
      state = 1;
      return header;
    }
    if (done) {
      state = 2;
      return footer;
    }
    return body(i);
  });
}

export async function generateLcov(path, targetBytes, seed = 1) {
  const random = rng(seed);
  return writeChunks(path, targetBytes, (i, done) => {
    if (done) return null;
    const lines = 200 + Math.floor(random() * 800);
    const parts = [`TN:\nSF:/home/runner/work/app/app/src/module${i % 97}/file${i}.ts\n`];
    const fns = Math.max(1, Math.floor(lines / 25));
    for (let f = 0; f < fns; f++) parts.push(`FN:${f * 25 + 1},fn${f}\n`);
    for (let f = 0; f < fns; f++) parts.push(`FNDA:${random() < 0.8 ? Math.floor(random() * 50) + 1 : 0},fn${f}\n`);
    parts.push(`FNF:${fns}\nFNH:${fns}\n`);
    let hit = 0;
    for (let l = 1; l <= lines; l++) {
      const h = random() < 0.85 ? Math.floor(random() * 20) + 1 : 0;
      if (h) hit++;
      parts.push(`DA:${l},${h}\n`);
    }
    parts.push(`LF:${lines}\nLH:${hit}\n`);
    for (let l = 5; l <= lines; l += 9) {
      parts.push(`BRDA:${l},${l},0,${random() < 0.7 ? 3 : 0}\nBRDA:${l},${l},1,${random() < 0.6 ? 1 : '-'}\n`);
    }
    parts.push('BRF:0\nBRH:0\nend_of_record\n');
    return parts.join('');
  });
}

export async function generateCobertura(path, targetBytes, seed = 2) {
  const random = rng(seed);
  const header = `<?xml version="1.0" ?>\n<!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd">\n<coverage version="7.4.0" timestamp="1700000000000" lines-valid="0" lines-covered="0" line-rate="0.8" branches-covered="0" branches-valid="0" branch-rate="0.7" complexity="0">\n\t<sources>\n\t\t<source>/home/runner/work/app/app/src</source>\n\t</sources>\n\t<packages>\n`;
  return writeDocument(
    path,
    targetBytes,
    header,
    '\t\t\t</classes>\n\t\t</package>\n\t</packages>\n</coverage>\n',
    (i) => {
      const parts = [];
      if (i % 50 === 1) {
        if (i > 1) parts.push('\t\t\t</classes>\n\t\t</package>\n');
        parts.push(`\t\t<package name="pkg${i}" line-rate="0.8" branch-rate="0.7" complexity="0">\n\t\t\t<classes>\n`);
      }
      const lines = 200 + Math.floor(random() * 800);
      parts.push(
        `\t\t\t\t<class name="file${i}.py" filename="pkg${i - (i % 50)}/file${i}.py" complexity="0" line-rate="0.8" branch-rate="0.7">\n\t\t\t\t\t<methods/>\n\t\t\t\t\t<lines>\n`,
      );
      for (let l = 1; l <= lines; l++) {
        const h = random() < 0.85 ? Math.floor(random() * 20) + 1 : 0;
        if (l % 9 === 5) {
          const covered = random() < 0.5 ? 2 : random() < 0.5 ? 1 : 0;
          parts.push(
            `\t\t\t\t\t\t<line number="${l}" hits="${h}" branch="true" condition-coverage="${covered * 50}% (${covered}/2)"/>\n`,
          );
        } else {
          parts.push(`\t\t\t\t\t\t<line number="${l}" hits="${h}"/>\n`);
        }
      }
      parts.push('\t\t\t\t\t</lines>\n\t\t\t\t</class>\n');
      return parts.join('');
    },
  );
}

// Other generators' shapes, modelled on real reports (see /work/shared/fixtures/coverage at the time of writing):
// the parsers must stay fast and lean whatever tool wrote the file, not only on the shape above.

/**
 * Jest/istanbul or vitest lcov of a big JavaScript monorepo: many short files (10 to 150 lines), each with its
 * functions (FN/FNDA, `(anonymous_N)` names), statement lines and branch outcomes (BRDA with block ids).
 */
export async function generateLcovShortFiles(path, targetBytes, seed = 3) {
  const random = rng(seed);
  return writeChunks(path, targetBytes, (i, done) => {
    if (done) return null;
    const lines = 10 + Math.floor(random() * 140);
    const parts = [`TN:\nSF:/home/runner/work/web/web/packages/pkg${i % 211}/src/components/Widget${i}.tsx\n`];
    const fns = 1 + Math.floor(lines / 12);
    const names = [];
    for (let f = 0; f < fns; f++) names.push(f % 3 === 0 ? `render${f}` : `(anonymous_${f})`);
    for (let f = 0; f < fns; f++) parts.push(`FN:${f * 12 + 3},${names[f]}\n`);
    let fnHit = 0;
    const fnHits = names.map(() => (random() < 0.75 ? (fnHit++, 1 + Math.floor(random() * 30)) : 0));
    parts.push(`FNF:${fns}\nFNH:${fnHit}\n`);
    for (let f = 0; f < fns; f++) parts.push(`FNDA:${fnHits[f]},${names[f]}\n`);
    let hit = 0;
    let found = 0;
    for (let l = 1; l <= lines; l++) {
      if (random() < 0.3) continue; // blank lines, comments, imports without statements
      const h = random() < 0.8 ? 1 + Math.floor(random() * 60) : 0;
      found++;
      if (h) hit++;
      parts.push(`DA:${l},${h}\n`);
    }
    parts.push(`LF:${found}\nLH:${hit}\n`);
    let brf = 0;
    let brh = 0;
    for (let l = 4, block = 0; l <= lines; l += 3 + Math.floor(random() * 6), block++) {
      const outcomes = random() < 0.2 ? 3 : 2;
      for (let b = 0; b < outcomes; b++) {
        const taken = random() < 0.7 ? Math.floor(random() * 9) + 1 : 0;
        brf++;
        if (taken) brh++;
        parts.push(`BRDA:${l},${block},${b},${taken}\n`);
      }
    }
    parts.push(`BRF:${brf}\nBRH:${brh}\nend_of_record\n`);
    return parts.join('');
  });
}

/**
 * `llvm-cov export -format=lcov` of a C++ code base (or geninfo of a C amalgamation): few long files (20k to
 * 120k lines) with long mangled function names, big execution counts, and several BRDA outcomes per condition.
 */
export async function generateLcovLongFiles(path, targetBytes, seed = 4) {
  const random = rng(seed);
  return writeChunks(path, targetBytes, (i, done) => {
    if (done) return null;
    const lines = 20_000 + Math.floor(random() * 100_000);
    const parts = [`SF:/home/runner/work/engine/engine/src/core/unit${i}.cpp\n`];
    const fns = Math.floor(lines / 40);
    const names = [];
    for (let f = 0; f < fns; f++) {
      names.push(
        `_ZN6engine4core${4 + String(i).length}unit${i}${8 + String(f).length}function${f}ERKNS_6detail7ContextEPNS_5StateE`,
      );
      parts.push(`FN:${f * 40 + 2},${names[f]}\n`);
    }
    let fnHit = 0;
    for (let f = 0; f < fns; f++) {
      const h = random() < 0.7 ? Math.floor(random() * 100_000) + 1 : 0;
      if (h) fnHit++;
      parts.push(`FNDA:${h},${names[f]}\n`);
    }
    parts.push(`FNF:${fns}\nFNH:${fnHit}\n`);
    let hit = 0;
    let found = 0;
    for (let l = 1; l <= lines; l++) {
      if (random() < 0.35) continue;
      const h = random() < 0.8 ? Math.floor(random() * 2_000_000) + 1 : 0;
      found++;
      if (h) hit++;
      parts.push(`DA:${l},${h}\n`);
    }
    let brf = 0;
    let brh = 0;
    for (let l = 7; l <= lines; l += 4 + Math.floor(random() * 10)) {
      const conditions = random() < 0.3 ? 2 : 1;
      for (let c = 0; c < conditions; c++) {
        for (let b = 0; b < 2; b++) {
          const taken = random() < 0.6 ? Math.floor(random() * 500_000) + 1 : 0;
          brf++;
          if (taken) brh++;
          parts.push(`BRDA:${l},${c},${b},${taken}\n`);
        }
      }
    }
    parts.push(`BRF:${brf}\nBRH:${brh}\nLF:${found}\nLH:${hit}\nend_of_record\n`);
    return parts.join('');
  });
}

/**
 * gcovr Cobertura of C code: long files where about half the lines are branches, each with its
 * `<conditions>` children (the element count per line is what makes this shape heavy).
 */
export async function generateCoberturaBranchHeavy(path, targetBytes, seed = 5) {
  const random = rng(seed);
  const header = `<?xml version='1.0' encoding='UTF-8'?>\n<!DOCTYPE coverage SYSTEM 'http://cobertura.sourceforge.net/xml/coverage-04.dtd'>\n<coverage line-rate="0.6" branch-rate="0.4" lines-covered="0" lines-valid="0" branches-covered="0" branches-valid="0" complexity="0.0" timestamp="1632549295" version="gcovr 5.0">\n  <sources>\n    <source>src/</source>\n  </sources>\n  <packages>\n    <package name="" line-rate="0.6" branch-rate="0.4" complexity="0.0">\n      <classes>\n`;
  return writeDocument(
    path,
    targetBytes,
    header,
    '      </classes>\n    </package>\n  </packages>\n</coverage>\n',
    (i) => {
      const lines = 2000 + Math.floor(random() * 8000);
      const parts = [
        `        <class name="module${i}_c" filename="lib/module${i}.c" line-rate="0.6" branch-rate="0.4" complexity="0.0">\n          <methods/>\n          <lines>\n`,
      ];
      for (let l = 1; l <= lines; l++) {
        if (random() < 0.4) continue;
        const h = random() < 0.7 ? Math.floor(random() * 500) + 1 : 0;
        if (random() < 0.5) {
          const total = random() < 0.7 ? 2 : 4;
          const covered = h === 0 ? 0 : Math.floor(random() * (total + 1));
          parts.push(
            `            <line number="${l}" hits="${h}" branch="true" condition-coverage="${Math.round((covered * 100) / total)}% (${covered}/${total})">\n              <conditions>\n                <condition number="0" type="jump" coverage="${Math.round((covered * 100) / total)}%"/>\n              </conditions>\n            </line>\n`,
          );
        } else {
          parts.push(`            <line number="${l}" hits="${h}" branch="false"/>\n`);
        }
      }
      parts.push('          </lines>\n        </class>\n');
      return parts.join('');
    },
  );
}

/**
 * coverlet Cobertura of a .NET solution: many small classes, each line listed under its <method> and again
 * under the class, `branch="True"` lines with conditions, a BOM and Windows paths.
 */
export async function generateCoberturaCoverlet(path, targetBytes, seed = 6) {
  const random = rng(seed);
  const header = `\ufeff<?xml version="1.0" encoding="utf-8"?>\n<coverage line-rate="0.68" branch-rate="0.57" version="1.9" timestamp="1667004313" lines-covered="0" lines-valid="0" branches-covered="0" branches-valid="0">\n  <sources>\n    <source>D:\\a\\app\\app\\src\\</source>\n  </sources>\n  <packages>\n`;
  return writeDocument(
    path,
    targetBytes,
    header,
    '      </classes>\n    </package>\n  </packages>\n</coverage>\n',
    (i) => {
      const parts = [];
      if (i % 40 === 1) {
        if (i > 1) parts.push('      </classes>\n    </package>\n');
        parts.push(
          `    <package name="App.Module${i}" line-rate="0.77" branch-rate="0.63" complexity="380">\n      <classes>\n`,
        );
      }
      const ns = `App.Module${i - (i % 40) + 1}`;
      parts.push(
        `        <class name="${ns}.Service${i}" filename="App.Module${i - (i % 40) + 1}\\Services\\Service${i}.cs" line-rate="0.9" branch-rate="0.76" complexity="38">\n          <methods>\n`,
      );
      const classLines = [];
      let l = 10;
      const methods = 2 + Math.floor(random() * 10);
      for (let m = 0; m < methods; m++) {
        parts.push(
          `            <method name="Handle${m}Async" signature="(System.String,App.Models.Request${m},System.Threading.CancellationToken)" line-rate="1" branch-rate="1" complexity="1">\n              <lines>\n`,
        );
        const count = 3 + Math.floor(random() * 25);
        for (let k = 0; k < count; k++, l++) {
          const h = random() < 0.75 ? Math.floor(random() * 40) + 1 : 0;
          let line;
          if (random() < 0.15) {
            const total = random() < 0.7 ? 2 : 4;
            const covered = h === 0 ? 0 : Math.floor(random() * (total + 1));
            line = `<line number="${l}" hits="${h}" branch="True" condition-coverage="${Math.round((covered * 100) / total)}% (${covered}/${total})">\n                  <conditions>\n                    <condition number="${k}" type="jump" coverage="${Math.round((covered * 100) / total)}%" />\n                  </conditions>\n                </line>`;
          } else {
            line = `<line number="${l}" hits="${h}" branch="False" />`;
          }
          parts.push(`                ${line}\n`);
          classLines.push(line);
        }
        parts.push('              </lines>\n            </method>\n');
        l += 3;
      }
      parts.push('          </methods>\n          <lines>\n');
      for (const line of classLines) parts.push(`            ${line}\n`);
      parts.push('          </lines>\n        </class>\n');
      return parts.join('');
    },
  );
}
