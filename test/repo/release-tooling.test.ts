// The release's decisions, notes, Marketplace checks and tree rewriting, on small inputs; and the repository's
// own state: every action has a changelog section for its version, the changelog heads agree with .changeset/,
// the action.yml set is fit for the Marketplace.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import {
  normalizeChangelog,
  parseChangeset,
  pendingChangesets,
  releaseNotes,
  updateChangelogs,
  versionSections,
} from '../../scripts/release/changelog.mjs';
import { marketplaceProblems } from '../../scripts/release/marketplace.mjs';
import { decide, movingTags, releasedVersions } from '../../scripts/release/plan.mjs';
import { relativeLinks, rewriteLinks, rewriteUses } from '../../scripts/release/tree.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const actions = readdirSync(path.join(root, 'actions'))
  .filter((name) => existsSync(path.join(root, 'actions', name, 'action.yml')))
  .sort();

const CHANGELOG = [
  '# smoke-test',
  '',
  '## 0.4.0',
  '',
  '### Minor Changes',
  '',
  '- New input `retries`.',
  '',
  '## 0.3.1',
  '',
  '- A fix never tagged on its own.',
  '',
  '## 0.3.0',
  '',
  '- Released.',
  '',
].join('\n');

describe('release decisions', () => {
  const base = { name: 'smoke-test', changedSinceLast: false, changelog: CHANGELOG };

  it('releases a version above its last tag with its changelog section, and moves vX and vX.Y', () => {
    const d = decide({ ...base, version: '0.4.0', released: ['0.3.0', '0.2.0'] });
    expect(d).toMatchObject({
      decision: 'release',
      tag: 'smoke-test/v0.4.0',
      moving: ['smoke-test/v0', 'smoke-test/v0.4'],
      lastVersion: '0.3.0',
    });
    // 0.3.1 was written up but never tagged: its notes come along, each version under its heading.
    expect(d.notes).toBe(
      '### 0.4.0\n\n#### Minor Changes\n\n- New input `retries`.\n\n### 0.3.1\n\n- A fix never tagged on its own.',
    );
  });

  it('refuses a version that is below or equal to its last tag with a changed bundle, or not semver', () => {
    expect(decide({ ...base, version: '0.2.9', released: ['0.3.0'] })).toMatchObject({
      decision: 'refuse',
      reasons: ['version 0.2.9 does not go up: smoke-test/v0.3.0 is already released'],
    });
    expect(decide({ ...base, version: '0.3.0', released: ['0.3.0'], changedSinceLast: true }).decision).toBe('refuse');
    expect(decide({ ...base, version: 'v0.4.0', released: [] }).reasons).toEqual([
      "version 'v0.4.0' in package.json is not valid semver (X.Y.Z)",
    ]);
    expect(decide({ ...base, version: '0.5.0', released: ['0.3.0'] }).reasons).toEqual([
      'actions/smoke-test/CHANGELOG.md has no "## 0.5.0" section with notes',
    ]);
  });

  it('leaves alone an action whose version is its last tag and whose bundle did not change', () => {
    expect(decide({ ...base, version: '0.3.0', released: ['0.3.0'] })).toMatchObject({ decision: 'skip' });
  });

  it('gives a first release the sections of the untagged versions before it, and a prerelease no moving tags', () => {
    expect(decide({ ...base, version: '0.3.0', released: [] }).notes).toBe('- Released.');
    expect(decide({ ...base, version: '0.3.1', released: [] }).notes).toBe(
      '### 0.3.1\n\n- A fix never tagged on its own.\n\n### 0.3.0\n\n- Released.',
    );
    expect(movingTags('smoke-test', '1.0.0-rc.1')).toEqual([]);
  });

  it('reads released versions from tags, ignoring moving tags and other actions', () => {
    const tags = [
      'smoke-test/v0',
      'smoke-test/v0.3',
      'smoke-test/v0.3.0',
      'smoke-test/v0.10.0',
      'rollback/v1.0.0',
      'v2.0.0',
    ];
    expect(releasedVersions(tags, 'smoke-test')).toEqual(['0.10.0', '0.3.0']);
  });
});

describe('changelogs', () => {
  it('finds version sections and leaves the generated head out of them', () => {
    const text = normalizeChangelog(CHANGELOG, 'smoke-test', '0.4.0', []);
    expect(versionSections(text).map((s) => s.version)).toEqual(['0.4.0', '0.3.1', '0.3.0']);
    expect(releaseNotes(text, '0.3.0', undefined)).toBe('- Released.');
  });

  it('renders Unreleased from the changesets that reach the action, its own and packages/shared', () => {
    const changesets = [
      parseChangeset("---\n'@pipeline-actions/shared': patch\n---\n\nFaster reader.\n", '.changeset/a.md'),
      parseChangeset("---\n'@pipeline-actions/smoke-test': minor\n---\n\nNew input `x`.\n", '.changeset/b.md'),
      parseChangeset("---\n'@pipeline-actions/rollback': major\n---\n\nNot ours.\n", '.changeset/c.md'),
    ];
    const text = normalizeChangelog(CHANGELOG, 'smoke-test', '0.4.0', changesets);
    expect(text).toContain(
      '`pnpm version-packages` would make this 0.5.0 (a minor bump from 0.4.0):\n\n' +
        '- patch, through packages/shared: Faster reader. (`.changeset/a.md`)\n' +
        '- minor: New input `x`. (`.changeset/b.md`)\n<!-- unreleased:end -->',
    );
    expect(text).not.toContain('Not ours');
  });

  it('puts the head back under the title after changesets inserted a version above it', () => {
    const normalized = normalizeChangelog(CHANGELOG, 'smoke-test', '0.4.0', []);
    const inserted = normalized.replace('# smoke-test\n', '# smoke-test\n\n## 0.5.0\n\n### Patch Changes\n\n- Fix.\n');
    const again = normalizeChangelog(inserted, 'smoke-test', '0.5.0', []);
    expect(again.indexOf('<!-- unreleased:end -->')).toBeLessThan(again.indexOf('## 0.5.0'));
    expect(versionSections(again).map((s) => s.version)).toEqual(['0.5.0', '0.4.0', '0.3.1', '0.3.0']);
    expect(normalizeChangelog(again, 'smoke-test', '0.5.0', [])).toBe(again);
  });

  it('refuses a changeset without front matter or with an unknown bump', () => {
    expect(() => parseChangeset('no front matter', '.changeset/x.md')).toThrow('front matter');
    expect(() => parseChangeset("---\n'@pipeline-actions/x': huge\n---\nx", '.changeset/x.md')).toThrow("bump 'huge'");
  });
});

describe('Marketplace checks', () => {
  const good = (name: string) => ({
    name,
    metadata: { name: `Action ${name}`, description: 'Does one thing.', branding: { icon: 'shield', color: 'green' } },
  });

  it('accepts a distinct, described, branded set', () => {
    expect(marketplaceProblems([good('a'), good('b')])).toEqual([]);
  });

  it('names every problem the Marketplace would refuse', () => {
    const problems = marketplaceProblems([
      good('a'),
      {
        name: 'b',
        metadata: { name: 'action A', description: 'x'.repeat(126), branding: { icon: 'key', color: 'pink' } },
      },
      {
        name: 'c',
        metadata: { name: 'GitHub helper', description: '', branding: { icon: 'no-such-icon', color: 'red' } },
      },
    ]);
    expect(problems).toEqual([
      "b: name 'action A' is also the name of a",
      'b: description is 126 characters, the Marketplace allows 125',
      "b: branding.icon 'key' is not supported by GitHub",
      "b: branding.color 'pink' is not one of white, black, yellow, blue, green, orange, red, purple, gray-dark",
      'c: name \'GitHub helper\' starts with "GitHub", which is reserved',
      'c: action.yml has no description',
      "c: branding.icon 'no-such-icon' is not a Feather icon",
    ]);
  });
});

describe('Marketplace tree README', () => {
  const all = ['blue-green-deploy', 'rollback', 'smoke-test'];

  it('turns monorepo uses: lines into each action repository, for every action of the set', () => {
    const text = [
      '- uses: OWNER/REPO/actions/rollback@rollback/v0',
      '- uses: OWNER/REPO/actions/smoke-test@smoke-test/v0.2.1',
      '- uses: acme/pipeline-actions/actions/rollback@rollback/v0',
      '- uses: OWNER/REPO/actions/unknown@unknown/v1',
      '- uses: actions/checkout@v7',
    ].join('\n');
    expect(rewriteUses(text, { repository: 'acme/pipeline-actions', actions: all })).toBe(
      [
        '- uses: acme/rollback@v0',
        '- uses: acme/smoke-test@v0.2.1',
        '- uses: acme/rollback@v0',
        '- uses: OWNER/REPO/actions/unknown@unknown/v1',
        '- uses: actions/checkout@v7',
      ].join('\n'),
    );
  });

  it('keeps links to files of the tree, sends the rest to the release tag or the sibling repository', () => {
    const text = [
      'See [the deploy](../blue-green-deploy) and [its checks](../smoke-test#checks), [inputs](#inputs),',
      '[bench](../../bench/results/deploy.md), [examples](../../examples/workflows/), [metadata](action.yml),',
      '[license](../../LICENSE), [site](https://example.com), ![img](./dist/index.js).',
      'Inline code is no link: `a [user-provided value](1)`.',
      '',
      '[ref]: ../../RELEASING.md',
      '',
      '```yaml',
      '# [not a link](../../nowhere)',
      '```',
    ].join('\n');
    const sourceFiles = new Set(['bench/results/deploy.md', 'RELEASING.md', 'LICENSE']);
    const result = rewriteLinks(text, {
      action: 'rollback',
      tag: 'rollback/v0.2.0',
      repository: 'acme/pipeline-actions',
      actions: all,
      kindOf: (p) => (sourceFiles.has(p) ? 'file' : p === 'examples/workflows' ? 'dir' : undefined),
      treeHas: (p) => ['action.yml', 'dist/index.js'].includes(p),
    });
    expect(result.problems).toEqual([]);
    expect(result.text).toBe(
      [
        'See [the deploy](https://github.com/acme/blue-green-deploy) and [its checks](https://github.com/acme/smoke-test#checks), [inputs](#inputs),',
        '[bench](https://github.com/acme/pipeline-actions/blob/rollback/v0.2.0/bench/results/deploy.md), [examples](https://github.com/acme/pipeline-actions/tree/rollback/v0.2.0/examples/workflows), [metadata](action.yml),',
        '[license](LICENSE), [site](https://example.com), ![img](dist/index.js).',
        'Inline code is no link: `a [user-provided value](1)`.',
        '',
        '[ref]: https://github.com/acme/pipeline-actions/blob/rollback/v0.2.0/RELEASING.md',
        '',
        '```yaml',
        '# [not a link](../../nowhere)',
        '```',
      ].join('\n'),
    );
    expect(relativeLinks(result.text)).toEqual(['action.yml', 'LICENSE', 'dist/index.js']);
  });

  it('reports a link that is dead in the monorepo too, or leaves it', () => {
    const result = rewriteLinks('[a](../../missing.md) [b](../../../outside)', {
      action: 'rollback',
      tag: 't',
      actions: all,
      kindOf: () => undefined,
      treeHas: () => false,
    });
    expect(result.problems).toEqual([
      '../../missing.md: missing.md does not exist',
      '../../../outside: leaves the repository',
    ]);
  });
});

describe('this repository', () => {
  it('has a changelog per action with a section for its version', () => {
    for (const name of actions) {
      const { version } = JSON.parse(readFileSync(path.join(root, 'actions', name, 'package.json'), 'utf8')) as {
        version: string;
      };
      const changelog = readFileSync(path.join(root, 'actions', name, 'CHANGELOG.md'), 'utf8');
      expect(`${name}: ${releaseNotes(changelog, version, undefined) ? 'has' : 'lacks'} ## ${version}`).toBe(
        `${name}: has ## ${version}`,
      );
    }
  });

  it('has changelog heads that agree with the pending changesets (pnpm changelog)', () => {
    pendingChangesets(root); // parses every pending changeset
    expect(updateChangelogs(root, { check: true })).toEqual([]);
  });

  it('has action.yml files the Marketplace accepts as a set', () => {
    const metadata = actions.map((name) => ({
      name,
      metadata: parse(readFileSync(path.join(root, 'actions', name, 'action.yml'), 'utf8')) as unknown,
    }));
    expect(marketplaceProblems(metadata)).toEqual([]);
  });

  it('configures changesets for the workspace: private packages versioned, shared changes reach every action', () => {
    const config = JSON.parse(readFileSync(path.join(root, '.changeset', 'config.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(config).toMatchObject({
      changelog: './changelog.cjs',
      privatePackages: { version: true, tag: false },
      ___experimentalUnsafeOptions_WILL_CHANGE_IN_PATCH: { updateInternalDependents: 'always' },
    });
  });
});
