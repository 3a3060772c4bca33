/** The README's examples are real: every `checks:` block in it builds into valid checks. */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildConfig, Redactor } from '@pipeline-actions/shared';
import { parse } from 'yaml';

const readme = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'README.md'), 'utf8');
const steps = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
  .map((match) => parse(match[1]!) as unknown)
  .flatMap((document) => (Array.isArray(document) ? document : [document]))
  .filter(
    (step): step is { with: { checks: string; 'base-url'?: string } } =>
      typeof (step as { with?: { checks?: unknown } })?.with?.checks === 'string',
  );

describe('README examples', () => {
  test('there are examples to check', () => {
    expect(steps.length).toBeGreaterThanOrEqual(3);
  });
  test.each(steps.map((step, index) => [index + 1, step] as const))('example %i builds', (_index, step) => {
    const config = buildConfig(parse(step.with.checks) as unknown, {
      source: 'checks',
      baseUrl: step.with['base-url'],
      env: { API_TOKEN: 'example-token' },
      redactor: new Redactor(),
      timeoutMs: undefined,
      connectTimeoutMs: undefined,
    });
    expect(config.checks.length).toBeGreaterThan(0);
  });
});
