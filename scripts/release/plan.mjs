// What a release of the commit `ref` would do for each action, read from git only (the commit's files and the
// repository's tags), so a plan never depends on uncommitted changes.
import semver from 'semver';
import { parse } from 'yaml';
import { releaseNotes } from './changelog.mjs';
import { actionsAt, differs, git, showFile, tagsWithPrefix } from './git.mjs';
import { marketplaceProblems } from './marketplace.mjs';

/** What users run: a change here with the same version means a release is missing. */
export const SHIPPED_PATHS = (name) => [`actions/${name}/dist`, `actions/${name}/action.yml`];

/** `<action>/vX.Y.Z` */
export const versionTag = (name, version) => `${name}/v${version}`;

/** The tags a release moves to it: `<action>/vX` and `<action>/vX.Y` (none for a prerelease). */
export function movingTags(name, version) {
  const parsed = semver.parse(version);
  if (!parsed || parsed.prerelease.length > 0) return [];
  return [`${name}/v${parsed.major}`, `${name}/v${parsed.major}.${parsed.minor}`];
}

/** Released versions of `name` from its `<name>/vX.Y.Z` tags, highest first (moving tags are not versions). */
export function releasedVersions(tags, name) {
  const prefix = `${name}/v`;
  return tags
    .filter((t) => t.startsWith(prefix))
    .map((t) => t.slice(prefix.length))
    .filter((v) => semver.valid(v) === v)
    .sort(semver.rcompare);
}

/**
 * The decision for one action. `released`: its released versions, highest first; `changedSinceLast`: whether
 * what users run changed since the last release's tag; `changelog`: its CHANGELOG.md at the commit.
 * Returns `{ name, version, lastVersion, decision: 'release' | 'skip' | 'refuse', reasons, tag, moving, notes }`.
 */
export function decide({ name, version, released, changedSinceLast, changelog }) {
  const lastVersion = released[0];
  const base = { name, version, lastVersion, tag: versionTag(name, version), moving: movingTags(name, version) };
  if (typeof version !== 'string' || semver.valid(version) !== version) {
    return {
      ...base,
      decision: 'refuse',
      reasons: [`version '${version}' in package.json is not valid semver (X.Y.Z)`],
    };
  }
  if (lastVersion !== undefined && semver.lt(version, lastVersion)) {
    return {
      ...base,
      decision: 'refuse',
      reasons: [`version ${version} does not go up: ${versionTag(name, lastVersion)} is already released`],
    };
  }
  if (lastVersion === version) {
    if (changedSinceLast) {
      return {
        ...base,
        decision: 'refuse',
        reasons: [
          `version ${version} does not go up, yet dist/ or action.yml changed since ${versionTag(name, version)}: ` +
            'add a changeset (pnpm changeset) and run pnpm version-packages',
        ],
      };
    }
    return {
      ...base,
      decision: 'skip',
      reasons: [`already released as ${versionTag(name, version)}, unchanged since`],
    };
  }
  const notes = changelog === undefined ? undefined : releaseNotes(changelog, version, lastVersion);
  if (notes === undefined) {
    return {
      ...base,
      decision: 'refuse',
      reasons: [`actions/${name}/CHANGELOG.md has no "## ${version}" section with notes`],
    };
  }
  return { ...base, decision: 'release', reasons: [], notes };
}

/**
 * The plan for the commit `ref` of the repository at `cwd`: `{ sha, actions }`, one decision per action (only the
 * `only` ones when given). Marketplace problems of the whole set refuse the actions they concern.
 */
export function planRelease({ cwd, ref = 'HEAD', only = [] }) {
  const sha = git(cwd, ['rev-parse', '--verify', `${ref}^{commit}`]);
  const all = actionsAt(cwd, sha);
  const unknown = only.filter((name) => !all.includes(name));
  if (unknown.length > 0) throw new Error(`unknown action(s): ${unknown.join(', ')}; actions: ${all.join(', ')}`);
  const tags = tagsWithPrefix(cwd, '');
  const metadata = all.map((name) => ({ name, metadata: parse(showFile(cwd, sha, `actions/${name}/action.yml`)) }));
  const problems = marketplaceProblems(metadata);
  const actions = (only.length > 0 ? all.filter((n) => only.includes(n)) : all).map((name) => {
    const pkg = JSON.parse(showFile(cwd, sha, `actions/${name}/package.json`) ?? '{}');
    const released = releasedVersions(tags, name);
    const lastTag = released[0] === undefined ? undefined : versionTag(name, released[0]);
    const decision = decide({
      name,
      version: pkg.version,
      released,
      changedSinceLast: lastTag !== undefined && differs(cwd, lastTag, sha, SHIPPED_PATHS(name)),
      changelog: showFile(cwd, sha, `actions/${name}/CHANGELOG.md`),
    });
    const own = problems.filter((p) => p.startsWith(`${name}: `));
    if (decision.decision === 'release' && own.length > 0) {
      return { ...decision, decision: 'refuse', reasons: own.map((p) => `Marketplace: ${p.slice(name.length + 2)}`) };
    }
    return { ...decision, marketplaceName: metadata.find((m) => m.name === name).metadata?.name };
  });
  return { sha, actions };
}
