/**
 * Each action's settings read their defaults from one table; the runner passes action.yml's `default:` instead
 * when an input is not given. The two must say the same, or a workflow and a local run behave differently.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { parseBoolean, parseDuration } from '../../packages/shared/src/action/values.ts';
import { parse } from 'yaml';
import { DEFAULTS as COVERAGE_GATE } from '../../actions/coverage-gate/src/settings.ts';
import { DEFAULTS as QUALITY_GATE } from '../../actions/quality-gate/src/settings.ts';
import { DEFAULTS as SMOKE_TEST } from '../../actions/smoke-test/src/settings.ts';
import { DEFAULTS as BLUE_GREEN_DEPLOY } from '../../actions/blue-green-deploy/src/settings.ts';
import { DEFAULTS as ROLLBACK } from '../../actions/rollback/src/settings.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Inputs whose action.yml default the code does not repeat: an empty value given on purpose means none (a
 * workflow turns the default threshold off with `thresholds: ''`), and expressions only the runner evaluates.
 */
const EMPTY_MEANS_NONE = new Set(['thresholds']);

const TABLES: Record<string, Readonly<Record<string, string | number | boolean>>> = {
  'coverage-gate': COVERAGE_GATE,
  'quality-gate': QUALITY_GATE,
  'smoke-test': SMOKE_TEST,
  'blue-green-deploy': BLUE_GREEN_DEPLOY,
  rollback: ROLLBACK,
};

/** action.yml's text in the form the code keeps: durations in ms, numbers, booleans. */
function asCode(text: string, code: unknown): unknown {
  if (typeof code === 'boolean') return parseBoolean(text);
  if (typeof code === 'number') return /^\d+(\.\d+)?$/.test(text) ? Number(text) : parseDuration(text);
  return text;
}

describe.each(Object.entries(TABLES))('%s', (action, table) => {
  const metadata = parse(readFileSync(path.join(root, 'actions', action, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const declared = Object.entries(metadata.inputs).filter(
    ([name, input]) =>
      input.default !== undefined &&
      input.default !== '' &&
      !input.default.includes('${{') &&
      !EMPTY_MEANS_NONE.has(name),
  );

  it("every default in the code is action.yml's", () => {
    for (const [name, code] of Object.entries(table)) {
      const yml = metadata.inputs[name]?.default;
      expect({ name, yml: yml === undefined ? undefined : asCode(yml, code) }).toEqual({ name, yml: code });
    }
  });

  it('every default in action.yml is in the code', () => {
    expect(declared.map(([name]) => name).filter((name) => !(name in table))).toEqual([]);
  });
});
