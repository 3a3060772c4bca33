// What every action owes the runner, checked on the committed bundles on Node 24:
// a missing required input is one ::error:: naming it, exit 1, no stack trace;
// an unexpected crash path is not taken; the release tree runs the same way.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { loadActionMetadata, REPO_ROOT, runBundledAction } from '../harness/index.ts';

const actions = readdirSync(path.join(REPO_ROOT, 'actions')).filter((name) =>
  existsSync(path.join(REPO_ROOT, 'actions', name, 'action.yml')),
);
const STACK_FRAME = /^\s+at .+[:(]\d+/m;

// (action, required input) pairs: every required input of every action is left out once.
const cases = actions.flatMap((name) => {
  const metadata = loadActionMetadata(path.join(REPO_ROOT, 'actions', name));
  const required = Object.entries(metadata.inputs ?? {})
    .filter(([, input]) => input.required && input.default === undefined)
    .map(([input]) => input);
  return required.map((missing) => ({ name, missing, others: required.filter((input) => input !== missing) }));
});

describe('started with no inputs', () => {
  // An action whose inputs are alternatives (reports or commands, checks or config) has no single
  // required input; run bare, it must still name what is missing.
  it.each(actions)('%s: one ::error:: naming an input, exit 1, no stack trace, only declared outputs', async (name) => {
    const run = await runBundledAction({ action: name, timeoutMs: 30_000 });
    expect(run.timedOut).toBe(false);
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]!.message).toMatch(/Input '[a-z-]+'/);
    expect(run.stdout).not.toMatch(STACK_FRAME);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    for (const output of Object.keys(run.outputs)) expect(Object.keys(run.metadata.outputs ?? {})).toContain(output);
  });
});

describe('a missing required input', () => {
  it.each(cases)(
    '$name without $missing: one ::error:: naming it, exit 1, no stack trace',
    async ({ name, missing, others }) => {
      // Every other required input gets a value, so only `missing` is absent.
      const run = await runBundledAction({
        action: name,
        inputs: Object.fromEntries(others.map((input) => [input, 'x'])),
      });
      expect(run.exitCode).toBe(1);
      expect(run.errors).toHaveLength(1);
      expect(run.errors[0]!.message).toContain(`Input '${missing}'`);
      expect(run.stdout).not.toMatch(STACK_FRAME);
      expect(run.stderr).not.toMatch(STACK_FRAME);
    },
  );
});

describe('release tree', () => {
  it('runs the same bundle from the self-contained tree the Marketplace listing uses', async () => {
    const out = path.join(REPO_ROOT, '.tmp', 'release-test', 'rollback');
    execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'release', 'tree.mjs'), 'rollback', '--out', out]);
    const run = await runBundledAction({
      actionDir: out,
      inputs: { target: 'ngix', slots: '{blue: 127.0.0.1:8081, green: 127.0.0.1:8082}' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    // The list of targets grows with the traffic engine; the suggestion is what matters.
    expect(run.errors[0]!.message).toMatch(
      /^Input 'target': expected one of nginx, .*got 'ngix' \(did you mean 'nginx'\?\)$/,
    );
  });

  it('prints a stack trace only with debug logging on', async () => {
    const quiet = await runBundledAction({ action: 'rollback', inputs: { target: 'nginx' } });
    const debug = await runBundledAction({ action: 'rollback', inputs: { target: 'nginx' }, debug: true });
    expect(quiet.errors).toHaveLength(1);
    expect(quiet.stdout).not.toMatch(STACK_FRAME);
    expect(debug.errors).toHaveLength(1);
    expect(debug.stdout).toMatch(STACK_FRAME);
  });
});
