// Generates the quality-gate benchmark inputs into bench/.data/quality/:
//   big.sarif  ~100 MB, ~200,000 results over 4 runs (ESLint-, CodeQL-, Semgrep- and Trivy-like), some results
//              without a level (rule default), file:// and uriBaseId locations, partialFingerprints;
//   big-junit.xml  ~50 MB, one suite per "module", failures with stack traces.
// Deterministic (seeded), so every run measures the same bytes.
//
//   node bench/quality-generate.mjs [--results 212000] [--tests 252000]
import { createWriteStream, mkdirSync, statSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DATA_DIR = path.join(ROOT, 'bench/.data/quality');

function arg(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
}

let seed = 42;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = (list) => list[Math.floor(random() * list.length)];

async function writer(file) {
  const out = createWriteStream(file);
  let buffered = '';
  return {
    async write(text) {
      buffered += text;
      if (buffered.length > 1 << 20) {
        if (!out.write(buffered)) await once(out, 'drain');
        buffered = '';
      }
    },
    async close() {
      out.write(buffered);
      out.end();
      await once(out, 'finish');
    },
  };
}

const WORDS =
  'value variable function parameter request response handler module export import config buffer stream token user session query'.split(
    ' ',
  );
const sentence = (n) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
const filePath = (i) =>
  `src/${pick(['api', 'core', 'web', 'lib', 'util'])}/${pick(['auth', 'db', 'http', 'cache', 'queue'])}/module_${i % 4000}.${pick(['ts', 'js', 'py', 'go'])}`;

async function generateSarif(file, totalResults) {
  const out = await writer(file);
  const runs = [
    { name: 'ESLint', rules: 280, levels: ['error', 'warning'], security: false },
    { name: 'CodeQL', rules: 320, levels: [undefined], security: true },
    { name: 'Semgrep OSS', rules: 300, levels: [undefined, 'warning', 'error'], security: true },
    { name: 'Trivy', rules: 400, levels: ['error', 'warning', 'note'], security: true },
  ];
  await out.write('{"version":"2.1.0","$schema":"https://json.schemastore.org/sarif-2.1.0.json","runs":[');
  for (const [runIndex, run] of runs.entries()) {
    const rules = Array.from({ length: run.rules }, (_, i) => ({
      id: `${run.name.toLowerCase().split(' ')[0]}/rule-${i}`,
      name: `Rule${i}`,
      shortDescription: { text: sentence(6) },
      fullDescription: { text: sentence(20) },
      helpUri: `https://example.com/rules/${i}`,
      defaultConfiguration: { level: pick(['error', 'warning', 'note']) },
      properties: {
        tags: run.security ? ['security', `external/cwe/cwe-${i % 900}`] : ['style'],
        ...(run.security ? { 'security-severity': (random() * 10).toFixed(1) } : {}),
      },
    }));
    await out.write(
      `${runIndex === 0 ? '' : ','}{"tool":{"driver":{"name":${JSON.stringify(run.name)},"version":"1.0.0","rules":${JSON.stringify(rules)}}},`,
    );
    await out.write('"originalUriBaseIds":{"%SRCROOT%":{"uri":"file:///home/runner/work/app/app/"}},"results":[');
    const count = Math.floor(totalResults / runs.length);
    for (let i = 0; i < count; i++) {
      const ruleIndex = Math.floor(random() * run.rules);
      const level = pick(run.levels);
      const line = 1 + Math.floor(random() * 2000);
      const result = {
        ruleId: rules[ruleIndex].id,
        ruleIndex,
        ...(level ? { level } : {}),
        message: { text: `${sentence(12)} (${i})` },
        locations: [
          {
            physicalLocation: {
              artifactLocation:
                runIndex === 0
                  ? { uri: `file:///home/runner/work/app/app/${filePath(i)}` }
                  : { uri: filePath(i), uriBaseId: '%SRCROOT%' },
              region: { startLine: line, startColumn: 1 + Math.floor(random() * 80), endLine: line, endColumn: 90 },
            },
          },
        ],
        partialFingerprints: { primaryLocationLineHash: `${Math.floor(random() * 1e16).toString(16)}:1` },
        properties: { precision: 'high' },
      };
      await out.write(`${i === 0 ? '' : ','}${JSON.stringify(result)}`);
    }
    await out.write(']}');
  }
  await out.write(']}\n');
  await out.close();
}

async function generateJunit(file, totalTests) {
  const out = await writer(file);
  await out.write('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="bench" tests="0">\n');
  const perSuite = 200;
  for (let suite = 0; suite * perSuite < totalTests; suite++) {
    await out.write(
      `  <testsuite name="module.suite_${suite}" tests="${perSuite}" failures="0" errors="0" skipped="0" time="1.0">\n`,
    );
    for (let t = 0; t < perSuite; t++) {
      const name = `test_${sentence(3).replace(/ /g, '_')}_${t}`;
      const roll = random();
      if (roll < 0.01) {
        const stack = Array.from(
          { length: 20 },
          (_, k) => `    at ${pick(WORDS)}.${pick(WORDS)} (src/module_${suite}.ts:${k + 10}:5)`,
        ).join('\n');
        await out.write(
          `    <testcase classname="module.suite_${suite}" name="${name}" time="0.01"><failure message="expected ${t} to equal ${t + 1}" type="AssertionError">AssertionError: expected ${t}\n${stack}</failure></testcase>\n`,
        );
      } else if (roll < 0.02) {
        await out.write(
          `    <testcase classname="module.suite_${suite}" name="${name}" time="0"><skipped message="not on this platform"/></testcase>\n`,
        );
      } else {
        await out.write(
          `    <testcase classname="module.suite_${suite}" name="${name}" time="0.${t}"><system-out>${sentence(8)}</system-out></testcase>\n`,
        );
      }
    }
    await out.write('  </testsuite>\n');
  }
  await out.write('</testsuites>\n');
  await out.close();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(DATA_DIR, { recursive: true });
  const sarif = path.join(DATA_DIR, 'big.sarif');
  const junit = path.join(DATA_DIR, 'big-junit.xml');
  await generateSarif(sarif, arg('results', 212_000));
  await generateJunit(junit, arg('tests', 252_000));
  for (const file of [sarif, junit])
    console.log(`${path.relative(ROOT, file)}: ${(statSync(file).size / 1e6).toFixed(1)} MB`);
}
