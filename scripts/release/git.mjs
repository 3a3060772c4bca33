// git for the release scripts: argument arrays (no shell), stdout back, git's own stderr in the error.
import { spawnSync } from 'node:child_process';

/**
 * Runs git in `cwd`; returns stdout without the trailing newline. Throws with git's stderr unless `allowFail`,
 * in which case it returns undefined on a non-zero exit.
 */
export function git(cwd, args, { input, allowFail = false, env } = {}) {
  const result = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    input,
    maxBuffer: 64 * 1024 * 1024,
    env: env ? { ...process.env, ...env } : process.env,
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    if (allowFail) return undefined;
    throw new Error(`git ${args.join(' ')} failed (exit ${result.status}): ${result.stderr.trim()}`);
  }
  return result.stdout.replace(/\n$/, '');
}

/** The text of `file` at `ref`, or undefined when the commit has no such file. */
export function showFile(cwd, ref, file) {
  return git(cwd, ['show', `${ref}:${file}`], { allowFail: true });
}

/** Names of the actions at `ref`: every actions/<name> holding an action.yml. */
export function actionsAt(cwd, ref) {
  const listing = git(cwd, ['ls-tree', '--name-only', `${ref}:actions`], { allowFail: true }) ?? '';
  return listing
    .split('\n')
    .filter((name) => name && showFile(cwd, ref, `actions/${name}/action.yml`) !== undefined)
    .sort();
}

/** Every tag name starting with `prefix`. */
export function tagsWithPrefix(cwd, prefix) {
  const out = git(cwd, ['tag', '--list', `${prefix}*`]);
  return out === '' ? [] : out.split('\n');
}

/** The commit a tag (annotated or not) points at, or undefined when there is no such tag. */
export function tagCommit(cwd, tag) {
  return git(cwd, ['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`], { allowFail: true });
}

/** True when `paths` differ between two commits. */
export function differs(cwd, from, to, paths) {
  return git(cwd, ['diff', '--quiet', from, to, '--', ...paths], { allowFail: true }) === undefined;
}
