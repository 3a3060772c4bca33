/**
 * Versions as rollback compares them, with no I/O: the `tag-pattern` glob, the semver a tag or a deployed version
 * stands for, "the same version" across spellings (v1.4.2 and 1.4.2), and the nearest existing versions for an
 * error message.
 *
 * A version is what the deploy command got as VERSION. For a tag that is the tag name itself (`v1.4.2`,
 * `api/v1.4.2`), as `github.ref_name` gives it to a tag-triggered blue-green-deploy: a rollback by tag deploys what
 * the release deployed. The part the `*` matched (`1.4.2`) is only used to order tags.
 */
import type { SemVer } from 'semver';
import parseSemver from 'semver/functions/parse.js';
import { editDistance } from '@pipeline-actions/shared';

export interface TagPattern {
  /** As given, e.g. `api/v*`. */
  text: string;
  /** What comes before the `*` (`api/v`): the prefix asked of GitHub's matching-refs API. */
  prefix: string;
  /** What comes after it (usually nothing). */
  suffix: string;
}

/** Characters of a tag name git and GitHub both accept, besides the one `*`. */
const TAG_CHARS = /^[A-Za-z0-9._/+-]*$/;

/** Parses `v*`, `api/v*`, `release-*`; throws an Error saying what was expected. */
export function parseTagPattern(text: string): TagPattern {
  const expected = `expected a tag glob with exactly one '*' where the version goes, such as v* (v1.4.2) or api/v* (api/v1.4.2), got '${text}'`;
  const star = text.indexOf('*');
  if (star < 0 || text.indexOf('*', star + 1) >= 0) throw new Error(expected);
  const prefix = text.slice(0, star);
  const suffix = text.slice(star + 1);
  if (!TAG_CHARS.test(prefix) || !TAG_CHARS.test(suffix) || text.length > 100) {
    throw new Error(`${expected}: only letters, digits, '.', '_', '/', '+' and '-' besides the '*'`);
  }
  if (/^[/.-]|\/\/|\.\.|\/$|\.lock$/.test(prefix) || /^\/|\/\/|\.\.|\.lock$|\/$/.test(suffix)) {
    throw new Error(`${expected}: that is not a valid git tag name`);
  }
  return { text, prefix, suffix };
}

/** The part of `tag` the `*` matched, or undefined when the tag does not match the pattern. */
export function matchTag(pattern: TagPattern, tag: string): string | undefined {
  if (tag.length <= pattern.prefix.length + pattern.suffix.length) return undefined;
  if (!tag.startsWith(pattern.prefix) || !tag.endsWith(pattern.suffix)) return undefined;
  return tag.slice(pattern.prefix.length, tag.length - pattern.suffix.length);
}

/**
 * The semver a version stands for: the pattern's capture when it matches (`api/v1.4.2` → 1.4.2), else the version
 * itself with an optional leading `v`. Undefined when it is not semver (a SHA, a date, an image digest).
 */
export function semverOf(version: string, pattern: TagPattern): SemVer | undefined {
  const captured = matchTag(pattern, version);
  return parseSemver(captured ?? version) ?? undefined;
}

/** Two spellings of one version: equal, or equal without a leading `v` (a tag v1.4.2 and a deployed 1.4.2). */
export function sameVersion(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  return a === b || a.replace(/^v(?=\d)/, '') === b.replace(/^v(?=\d)/, '');
}

/** Whether `version` names the tag `tag`: its name, or the part the `*` matched (to-version 1.4.2 for v1.4.2). */
export function namesTag(version: string, tag: string, pattern: TagPattern): boolean {
  const captured = matchTag(pattern, tag);
  return sameVersion(version, tag) || (captured !== undefined && sameVersion(version, captured));
}

/**
 * Up to `count` existing versions nearest to `wanted`: by semver order when `wanted` is semver (the closest below
 * and above it), then by edit distance. For "to-version 1.4.3 exists nowhere; nearest: 1.4.2, 1.5.0".
 */
export function nearestVersions(wanted: string, existing: Iterable<string>, pattern: TagPattern, count = 3): string[] {
  const unique = [...new Set(existing)].filter((version) => version !== wanted);
  const target = semverOf(wanted, pattern);
  const picked: string[] = [];
  if (target) {
    const ordered = unique
      .map((version) => ({ version, semver: semverOf(version, pattern) }))
      .filter((entry): entry is { version: string; semver: SemVer } => entry.semver !== undefined)
      .sort((a, b) => a.semver.compare(b.semver) || (a.version < b.version ? -1 : 1));
    const above = ordered.findIndex((entry) => entry.semver.compare(target) > 0);
    const split = above < 0 ? ordered.length : above;
    let below = split - 1;
    let over = split;
    // Alternate below and above, nearest first.
    while (picked.length < count && (below >= 0 || over < ordered.length)) {
      if (below >= 0) picked.push(ordered[below--]!.version);
      if (picked.length < count && over < ordered.length) picked.push(ordered[over++]!.version);
    }
  }
  const rest = unique
    .filter((version) => !picked.includes(version))
    .map((version) => ({ version, distance: editDistance(wanted, version) }))
    .sort((a, b) => a.distance - b.distance || (a.version < b.version ? -1 : 1));
  for (const entry of rest) {
    if (picked.length >= count) break;
    picked.push(entry.version);
  }
  return picked;
}
