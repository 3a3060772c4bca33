// Every action.yml must be fit for a Marketplace listing and for the runner.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import {
  BRANDING_COLORS,
  featherIcons as featherIconSet,
  MAX_DESCRIPTION,
  UNSUPPORTED_ICONS as UNSUPPORTED,
} from '../../scripts/release/marketplace.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const actions = readdirSync(path.join(root, 'actions')).filter((name) =>
  existsSync(path.join(root, 'actions', name, 'action.yml')),
);

// What the Marketplace accepts (GitHub's branding supports Feather 4.28 except a few icons): one list, shared with
// the release (scripts/release/marketplace.mjs), which also checks that names are unique within the set.
const UNSUPPORTED_ICONS = new Set(UNSUPPORTED);
const COLORS = BRANDING_COLORS;
const featherIcons = [...featherIconSet()];

interface Metadata {
  name?: string;
  description?: string;
  author?: string;
  branding?: { icon?: string; color?: string };
  inputs?: Record<string, { description?: string; required?: boolean; default?: unknown }>;
  outputs?: Record<string, { description?: string }>;
  runs?: { using?: string; main?: string };
}

describe.each(actions)('actions/%s', (name) => {
  const dir = path.join(root, 'actions', name);
  const metadata = parse(readFileSync(path.join(dir, 'action.yml'), 'utf8')) as Metadata;
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version?: string };

  it('has a name, an author and a description of at most 125 characters', () => {
    expect(metadata.name).toBeTruthy();
    expect(metadata.author).toBeTruthy();
    expect(metadata.description?.length).toBeGreaterThan(0);
    expect(metadata.description!.length).toBeLessThanOrEqual(MAX_DESCRIPTION);
  });
  it('has branding with a supported Feather icon and color', () => {
    expect(featherIcons).toContain(metadata.branding?.icon);
    expect(UNSUPPORTED_ICONS.has(metadata.branding!.icon!)).toBe(false);
    expect(COLORS).toContain(metadata.branding?.color);
  });
  it('runs its committed bundle on node24', () => {
    const { post, 'post-if': postIf, ...runs } = metadata.runs as Record<string, string>;
    expect(runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    // A post step (releasing a deploy lock) runs the same bundle, even when the job was cancelled.
    if (post !== undefined) expect({ post, postIf }).toEqual({ post: 'dist/index.js', postIf: 'always()' });
    expect(existsSync(path.join(dir, 'dist', 'index.js'))).toBe(true);
    expect(existsSync(path.join(dir, 'dist', 'licenses.txt'))).toBe(true);
  });
  it('describes every input and output', () => {
    for (const [input, spec] of Object.entries(metadata.inputs ?? {})) {
      expect(`${input}: ${spec.description ?? ''}`).toMatch(/^[a-z0-9-]+: \S/);
      // A required input with a default is never missing; the runner would hide the mistake.
      if (spec.required) expect(spec.default).toBeUndefined();
    }
    for (const [output, spec] of Object.entries(metadata.outputs ?? {})) {
      expect(`${output}: ${spec.description ?? ''}`).toMatch(/^[a-z0-9-]+: \S/);
    }
  });
  it('has a semver version and a README with generated tables', () => {
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+$/);
    const readme = readFileSync(path.join(dir, 'README.md'), 'utf8');
    expect(readme).toContain('<!-- inputs:start -->');
    expect(readme).toContain('<!-- outputs:start -->');
  });
});
