// The Marketplace tree of one action: the GitHub Marketplace lists only a repository whose root holds one
// action.yml, so each action is also published as a repository of its own. The tree holds action.yml at its
// root, dist/, a README whose `uses:` lines and links work there, CHANGELOG.md and LICENSE; no workflow files.
// With `git`, the tree is a git repository (kept across releases when it already is one, e.g. a clone of the
// action's own repository) with a commit for the version and the tags `vX.Y.Z` (annotated), `vX.Y` and `vX`.
//
//   node scripts/release/tree.mjs <action> [--out <dir>] [--repository owner/name] [--git]
// writes the tree of the working tree's action (default out: .tmp/release/trees/<action>). `pnpm release` writes
// the trees of what it releases from the commit it tags.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { parse } from 'yaml';
import { git } from './git.mjs';

/** The placeholder repository the monorepo's READMEs use. */
export const PLACEHOLDER_REPOSITORY = 'OWNER/REPO';

/** Fenced code blocks and inline code spans, captured so that `split` keeps them at odd indexes. */
const CODE = /(^```[^\n]*\n[\s\S]*?^```[ \t]*$|``[^\n]*?``|`[^`\n]*`)/m;

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `uses: <repo>/actions/<name>@<name>/<ref>` (the monorepo form) becomes `uses: <owner>/<name>@<ref>`, the form of
 * the action's own repository, for every action of the set (a README may show its neighbours).
 */
export function rewriteUses(text, { repository = PLACEHOLDER_REPOSITORY, actions }) {
  const owner = repository.split('/')[0];
  const repos = [...new Set([PLACEHOLDER_REPOSITORY, repository])].map(escapeRegExp).join('|');
  const pattern = new RegExp(`\\b(?:${repos})/actions/([a-z0-9-]+)@([a-z0-9-]+)/(v[0-9A-Za-z.+-]*)`, 'g');
  return text.replace(pattern, (match, name, prefix, ref) =>
    name === prefix && actions.includes(name) ? `${owner}/${name}@${ref}` : match,
  );
}

/**
 * Rewrites the relative links of a Markdown file of `actions/<action>/` so they work from the action's own
 * repository: files the tree holds stay relative, another action's folder becomes its own repository, anything
 * else in the monorepo becomes a URL at the release tag. Returns `{ text, problems }`; a problem is a link that
 * resolves nowhere (dead in the monorepo too) or leaves the repository.
 */
export function rewriteLinks(text, { action, tag, repository = PLACEHOLDER_REPOSITORY, actions, kindOf, treeHas }) {
  const owner = repository.split('/')[0];
  const problems = [];
  const own = `actions/${action}`;
  const rewrite = (target) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//') || target.startsWith('#')) return target;
    const [, file, suffix] = /^([^?#]*)(.*)$/.exec(target);
    if (file === '') return target;
    const resolved = file.startsWith('/')
      ? path.posix.normalize(file.slice(1))
      : path.posix.normalize(path.posix.join(own, file));
    const inRepo = resolved.replace(/\/$/, '');
    if (inRepo === '..' || inRepo.startsWith('../')) {
      problems.push(`${target}: leaves the repository`);
      return target;
    }
    if (inRepo === own || inRepo === `${own}/README.md`) return `README.md${suffix}`;
    if (inRepo.startsWith(`${own}/`) && treeHas(inRepo.slice(own.length + 1)))
      return inRepo.slice(own.length + 1) + suffix;
    if (inRepo === 'LICENSE') return `LICENSE${suffix}`;
    const sibling = /^actions\/([a-z0-9-]+)(?:\/README\.md)?$/.exec(inRepo);
    if (sibling && actions.includes(sibling[1])) return `https://github.com/${owner}/${sibling[1]}${suffix}`;
    const kind = kindOf(inRepo);
    if (!kind) {
      problems.push(`${target}: ${inRepo} does not exist`);
      return target;
    }
    return `https://github.com/${repository}/${kind === 'dir' ? 'tree' : 'blob'}/${tag}/${inRepo}${suffix}`;
  };
  // Code (fenced blocks, inline spans) holds YAML, shell and examples, not links.
  const parts = text.split(CODE);
  const out = parts.map((part, i) => {
    if (i % 2 === 1) return part;
    return part
      .replace(/(\]\(\s*)(<[^>]+>|[^)\s]+)/g, (m, open, target) =>
        target.startsWith('<') ? `${open}<${rewrite(target.slice(1, -1))}>` : `${open}${rewrite(target)}`,
      )
      .replace(/^( {0,3}\[[^\]]+\]:[ \t]*)(\S+)/gm, (m, open, target) => `${open}${rewrite(target)}`)
      .replace(/\b((?:href|src)=")([^"]+)"/g, (m, open, target) => `${open}${rewrite(target)}"`);
  });
  return { text: out.join(''), problems };
}

/** Relative links of a Markdown text (outside code), for checks. */
export function relativeLinks(text) {
  const links = [];
  const parts = text.split(CODE).filter((_, i) => i % 2 === 0);
  for (const part of parts) {
    for (const m of part.matchAll(/\]\(\s*<?([^)\s>]+)>?/g)) links.push(m[1]);
    for (const m of part.matchAll(/^ {0,3}\[[^\]]+\]:[ \t]*(\S+)/gm)) links.push(m[1]);
    for (const m of part.matchAll(/\b(?:href|src)="([^"]+)"/g)) links.push(m[1]);
  }
  return links.filter((l) => !/^[a-z][a-z0-9+.-]*:/i.test(l) && !l.startsWith('//') && !l.startsWith('#'));
}

function listFiles(dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.name === '.git' && !prefix) return [];
    return entry.isDirectory() ? [`${rel}/`, ...listFiles(path.join(dir, entry.name), rel)] : [rel];
  });
}

/**
 * Writes the Marketplace tree of `action` from the monorepo checkout at `sourceRoot` into `out`.
 * Options: `version` (default: the action's package.json), `repository` (owner/name of the monorepo, for links
 * and `uses:`), `git` (commit and tag in `out`). Returns `{ dir, version, files, tags, commit }`. Throws on a
 * README link that would be dead in the tree, or a tree that could not be listed.
 */
export function writeTree({
  sourceRoot,
  action,
  out,
  version,
  repository = PLACEHOLDER_REPOSITORY,
  git: useGit = false,
}) {
  const source = path.join(sourceRoot, 'actions', action);
  const actions = readdirSync(path.join(sourceRoot, 'actions')).filter((n) =>
    existsSync(path.join(sourceRoot, 'actions', n, 'action.yml')),
  );
  const pkgVersion = JSON.parse(readFileSync(path.join(source, 'package.json'), 'utf8')).version;
  const releaseVersion = version ?? pkgVersion;
  if (!semver.valid(releaseVersion)) throw new Error(`${action}: version '${releaseVersion}' is not semver`);
  const metadata = parse(readFileSync(path.join(source, 'action.yml'), 'utf8'));
  const main = metadata?.runs?.main;
  if (typeof main !== 'string' || !existsSync(path.join(source, main))) {
    throw new Error(`${action}: runs.main '${main}' is missing: run pnpm bundle`);
  }

  // Keep .git when `out` is already a repository (the action's own, cloned): the release is a new commit on it.
  if (existsSync(out)) {
    for (const entry of readdirSync(out))
      if (entry !== '.git') rmSync(path.join(out, entry), { recursive: true, force: true });
  } else {
    mkdirSync(out, { recursive: true });
  }
  cpSync(path.join(source, 'action.yml'), path.join(out, 'action.yml'));
  cpSync(path.join(source, 'dist'), path.join(out, 'dist'), { recursive: true });
  cpSync(path.join(sourceRoot, 'LICENSE'), path.join(out, 'LICENSE'));

  const tag = `${action}/v${releaseVersion}`;
  const treeFiles = new Set([
    'action.yml',
    'LICENSE',
    'README.md',
    'CHANGELOG.md',
    ...listFiles(path.join(out, 'dist'), 'dist'),
  ]);
  const treeHas = (rel) => treeFiles.has(rel) || treeFiles.has(`${rel.replace(/\/$/, '')}/`);
  const kindOf = (rel) => {
    const full = path.join(sourceRoot, rel);
    if (!existsSync(full)) return undefined;
    return statSync(full).isDirectory() ? 'dir' : 'file';
  };
  const problems = [];
  for (const file of ['README.md', 'CHANGELOG.md']) {
    if (!existsSync(path.join(source, file))) continue;
    const uses = rewriteUses(readFileSync(path.join(source, file), 'utf8'), { repository, actions });
    const linked = rewriteLinks(uses, { action, tag, repository, actions, kindOf, treeHas });
    problems.push(...linked.problems.map((p) => `${file}: ${p}`));
    writeFileSync(path.join(out, file), linked.text);
  }
  if (problems.length > 0)
    throw new Error(`${action}: links that would not work in the tree:\n  ${problems.join('\n  ')}`);

  const files = listFiles(out).filter((f) => !f.endsWith('/'));
  if (files.some((f) => f.startsWith('.github/'))) throw new Error(`${action}: the tree must hold no workflow files`);

  const result = { dir: out, version: releaseVersion, files, tags: [], commit: undefined };
  if (useGit) {
    if (!existsSync(path.join(out, '.git'))) git(out, ['init', '--quiet', '--initial-branch=main']);
    git(out, ['add', '--all']);
    const message = `${action} v${releaseVersion}\n\nFrom ${tag} of ${repository}.`;
    git(out, ['commit', '--quiet', '--allow-empty', '--cleanup=verbatim', '-F', '-'], { input: message });
    result.commit = git(out, ['rev-parse', 'HEAD']);
    const { major, minor, prerelease } = semver.parse(releaseVersion);
    git(out, ['tag', '--annotate', '--cleanup=verbatim', '-F', '-', `v${releaseVersion}`], {
      input: `${action} v${releaseVersion}`,
    });
    result.tags.push(`v${releaseVersion}`);
    if (prerelease.length === 0) {
      for (const moving of [`v${major}.${minor}`, `v${major}`]) {
        git(out, ['tag', '--force', '--annotate', '-m', `${action} ${moving}: v${releaseVersion}`, moving]);
        result.tags.push(moving);
      }
    }
  }
  return result;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const args = process.argv.slice(2);
  const option = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const action = args[0];
  if (!action || action.startsWith('-') || !existsSync(path.join(root, 'actions', action, 'action.yml'))) {
    console.error('usage: node scripts/release/tree.mjs <action> [--out dir] [--repository owner/name] [--git]');
    process.exit(2);
  }
  try {
    const result = writeTree({
      sourceRoot: root,
      action,
      out: path.resolve(option('--out') ?? path.join(root, '.tmp', 'release', 'trees', action)),
      repository: option('--repository') ?? PLACEHOLDER_REPOSITORY,
      git: args.includes('--git'),
    });
    console.log(JSON.stringify(result, null, 2));
  } catch (error) {
    console.error(`::error::${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
