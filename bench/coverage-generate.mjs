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
  let state = 0;
  return writeChunks(path, targetBytes, (i, done) => {
    if (state === 2) return null;
    if (state === 0) {
      state = 1;
      return header;
    }
    if (done) {
      state = 2;
      return '\t\t\t</classes>\n\t\t</package>\n\t</packages>\n</coverage>\n';
    }
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
  });
}
