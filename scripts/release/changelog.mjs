// Per-action changelogs (actions/<name>/CHANGELOG.md) and the pending changesets (.changeset/*.md).
//
// A changelog is: a `# <name>` title, a generated head block between <!-- unreleased:start --> and
// <!-- unreleased:end --> (a line on tags and releases, then `## Unreleased`, rendered from the pending
// changesets that reach the action: its own and those of packages/shared, which every action bundles),
// then one `## X.Y.Z` section per version, newest first. `changeset version` writes the version sections
// (just under the title); this script puts the head block back above them and re-renders it.
//
//   node scripts/release/changelog.mjs           rewrite every action's head block (pnpm changelog)
//   node scripts/release/changelog.mjs --check   fail when one is stale (the test command runs this)
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { parse } from 'yaml';

export const PACKAGE_SCOPE = '@pipeline-actions/';
export const SHARED_PACKAGE = `${PACKAGE_SCOPE}shared`;
const HEAD_START = '<!-- unreleased:start -->';
const HEAD_END = '<!-- unreleased:end -->';
const VERSION_HEADING = /^## \[?v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\]?(?=$|[\s(])/;

/**
 * The `## X.Y.Z` sections of a changelog, in file order: `{ version, heading, body }` (body without the heading
 * line, trimmed). The generated head block is not a section.
 */
export function versionSections(text) {
  const sections = [];
  let current;
  for (const line of removeHeadBlock(text).split('\n')) {
    if (line.startsWith('## ') || line.startsWith('# ')) {
      const match = VERSION_HEADING.exec(line);
      current = match ? { version: match[1], heading: line, lines: [] } : undefined;
      if (current) sections.push(current);
    } else if (current) {
      current.lines.push(line);
    }
  }
  return sections.map(({ version, heading, lines }) => ({ version, heading, body: lines.join('\n').trim() }));
}

/**
 * Release notes for `version` when `lastVersion` (undefined for a first release) was the last release: the body of
 * the version's section; when versions before it were written up but never tagged (above `lastVersion`, or any for a
 * first release), their sections too, each under its heading, newest first. Undefined when the changelog has no
 * section for `version` or it is empty.
 */
export function releaseNotes(text, version, lastVersion) {
  const sections = versionSections(text);
  const own = sections.find((s) => s.version === version);
  if (!own || own.body === '') return undefined;
  const included = sections
    .filter((s) => semver.lte(s.version, version) && (!lastVersion || semver.gt(s.version, lastVersion)))
    .sort((a, b) => semver.rcompare(a.version, b.version));
  if (included.length <= 1) return own.body;
  return included.map((s) => `${s.heading.replace(/^## /, '### ')}\n\n${demote(s.body)}`).join('\n\n');
}

/** Headings one level down, so sections can sit under a version heading of their own. */
function demote(body) {
  return body.replace(/^(#{3,5}) /gm, '#$1 ');
}

/** Parses a changeset file (`---` YAML front matter of package: bump, then the summary). */
export function parseChangeset(text, file) {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: a changeset starts with --- front matter --- naming packages and bumps`);
  const releases = parse(match[1]) ?? {};
  for (const [pkg, bump] of Object.entries(releases)) {
    if (!['major', 'minor', 'patch', 'none'].includes(bump)) throw new Error(`${file}: ${pkg}: bump '${bump}'`);
  }
  return { file, releases, summary: match[2].trim() };
}

/** The pending changesets of the repository at `root`, oldest file name first. */
export function pendingChangesets(root) {
  const dir = path.join(root, '.changeset');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.md') && file !== 'README.md')
    .sort()
    .map((file) => parseChangeset(readFileSync(path.join(dir, file), 'utf8'), `.changeset/${file}`));
}

const BUMP_ORDER = ['none', 'patch', 'minor', 'major'];

/**
 * The pending changes that reach action `name`: changesets naming it (their own bump) and changesets naming
 * packages/shared (a patch, as changesets' updateInternalDependents "always" gives every dependent), and the
 * version `changeset version` would give it.
 */
export function pendingFor(name, version, changesets) {
  const pkg = `${PACKAGE_SCOPE}${name}`;
  const entries = [];
  for (const changeset of changesets) {
    const own = changeset.releases[pkg];
    const shared = changeset.releases[SHARED_PACKAGE];
    if (own && own !== 'none') entries.push({ bump: own, via: undefined, changeset });
    else if (shared && shared !== 'none') entries.push({ bump: 'patch', via: 'packages/shared', changeset });
  }
  const bump = entries.reduce(
    (max, e) => (BUMP_ORDER.indexOf(e.bump) > BUMP_ORDER.indexOf(max) ? e.bump : max),
    'none',
  );
  const next = bump === 'none' ? undefined : semver.inc(version, bump);
  return { entries, bump, next };
}

/** The generated head block of action `name` at `version` with these pending changesets. */
export function renderHead(name, version, changesets) {
  const { entries, bump, next } = pendingFor(name, version, changesets);
  const lines = [
    HEAD_START,
    `Every change to \`${name}\`, newest first. A release tags \`${name}/vX.Y.Z\` and moves \`${name}/vX\` and`,
    `\`${name}/vX.Y\`; its GitHub Release notes are its section below. Pending changes are the changesets in`,
    '[`.changeset/`](../../.changeset); this block is generated from them (`pnpm changelog`, see',
    '[RELEASING.md](../../RELEASING.md)).',
    '',
    '## Unreleased',
    '',
  ];
  if (entries.length === 0) {
    lines.push(`Nothing yet: no pending changeset names \`${PACKAGE_SCOPE}${name}\` or \`${SHARED_PACKAGE}\`.`);
  } else {
    lines.push(`\`pnpm version-packages\` would make this ${next} (a ${bump} bump from ${version}):`, '');
    for (const { bump: b, via, changeset } of entries) {
      const summary = changeset.summary.replace(/\n/g, '\n  ');
      lines.push(`- ${b}${via ? `, through ${via}` : ''}: ${summary} (\`${changeset.file}\`)`);
    }
  }
  lines.push(HEAD_END);
  return lines.join('\n');
}

function removeHeadBlock(text) {
  const from = text.indexOf(HEAD_START);
  const to = text.indexOf(HEAD_END);
  if (from === -1 || to === -1 || to < from) return text;
  return `${text.slice(0, from)}${text.slice(to + HEAD_END.length)}`;
}

/**
 * The changelog with its head block re-rendered and placed right under the title, whatever changesets inserted
 * above it. Throws when the file has no `# ` title on its first line.
 */
export function normalizeChangelog(text, name, version, changesets) {
  const rest = removeHeadBlock(text).replace(/\r\n/g, '\n');
  const newline = rest.indexOf('\n');
  const title = newline === -1 ? rest : rest.slice(0, newline);
  if (!title.startsWith('# ')) throw new Error(`the first line must be the title '# ${name}'`);
  const body = (newline === -1 ? '' : rest.slice(newline + 1)).replace(/^\s+/, '');
  return `${title}\n\n${renderHead(name, version, changesets)}\n${body ? `\n${body.trimEnd()}\n` : ''}`;
}

/** Rewrites (or with `check`, compares) every action's changelog head. Returns the stale files. */
export function updateChangelogs(root, { check = false } = {}) {
  const changesets = pendingChangesets(root);
  const stale = [];
  const actionsDir = path.join(root, 'actions');
  for (const name of readdirSync(actionsDir).sort()) {
    if (!existsSync(path.join(actionsDir, name, 'action.yml'))) continue;
    const file = path.join(actionsDir, name, 'CHANGELOG.md');
    const { version } = JSON.parse(readFileSync(path.join(actionsDir, name, 'package.json'), 'utf8'));
    const current = existsSync(file) ? readFileSync(file, 'utf8') : `# ${name}\n`;
    const updated = normalizeChangelog(current, name, version, changesets);
    if (updated === current) continue;
    stale.push(path.relative(root, file));
    if (!check) writeFileSync(file, updated);
  }
  return stale;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const check = process.argv.includes('--check');
  try {
    const stale = updateChangelogs(root, { check });
    if (check && stale.length > 0) {
      console.error(`Changelog heads out of date with .changeset/ (run \`pnpm changelog\`): ${stale.join(', ')}`);
      process.exit(1);
    }
    if (!check) for (const file of stale) console.log(`updated ${file}`);
  } catch (error) {
    console.error(`::error::${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
