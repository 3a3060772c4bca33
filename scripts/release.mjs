// pnpm release: releases every action whose version went up (or the ones named), from one commit.
//
//   pnpm release [<action>...] [--dry-run] [--ref <commit>] [--trees <dir>] [--token <token>]
//                [--repository owner/name] [--api-url <url>] [--remote <name>] [--push] [--json] [--skip-tests]
//
// For each action, from the commit's own files and the repository's tags (scripts/release/plan.mjs):
//   - its package.json version must be valid semver and above its last `<action>/vX.Y.Z` tag (an action whose
//     version is its last tag and whose dist/ and action.yml did not change since is left alone);
//   - its CHANGELOG.md must have a section for the version (the release notes);
//   - its action.yml must be fit for the Marketplace (scripts/release/marketplace.mjs).
// Then, in a temporary git worktree of that commit (so uncommitted changes play no part): a frozen install,
// `node scripts/check-dist.mjs <actions>` (each bundle must match its sources) and `bash scripts/test.sh` (the test
// command). Only when everything passes:
//   - annotated tags `<action>/vX.Y.Z`, and `<action>/vX` and `<action>/vX.Y` moved to the same commit;
//   - the Marketplace tree of each action (scripts/release/tree.mjs) under --trees (default .tmp/release/trees),
//     a git repository with the tags vX.Y.Z, vX.Y and vX, ready to push to the action's own repository;
//   - with --push or a token: the tags pushed to --remote (default origin); with a token (--token or
//     GITHUB_TOKEN): a GitHub Release per action on --repository (default: GITHUB_REPOSITORY, else the remote's
//     URL), its notes the changelog section. Pushing and Releases are idempotent, so a failed run can be rerun.
// --dry-run prints exactly that (the commands, tags, trees and notes) and changes nothing: no worktree, no tag,
// no tree, no push; with a token it only reads whether each Release exists.
// --skip-tests leaves out `bash scripts/test.sh` and nothing else. It exists for the end-to-end test of this
// script (test/e2e/release.e2e.test.ts), which runs inside the test command and cannot run it again, and is
// refused unless PIPELINE_ACTIONS_RELEASE_SELF_TEST=1.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import semver from 'semver';
import { root } from './actions.mjs';
import { git } from './release/git.mjs';
import { createRelease, getReleaseByTag } from './release/github.mjs';
import { planRelease } from './release/plan.mjs';
import { PLACEHOLDER_REPOSITORY, writeTree } from './release/tree.mjs';

const USAGE =
  'usage: pnpm release [<action>...] [--dry-run] [--ref <commit>] [--trees <dir>] [--token <token>]\n' +
  '                    [--repository owner/name] [--api-url <url>] [--remote <name>] [--push] [--json] [--skip-tests]';
const VALUE_OPTIONS = ['--ref', '--trees', '--token', '--repository', '--api-url', '--remote'];
const FLAGS = ['--dry-run', '--push', '--json', '--skip-tests', '--help'];

function parseArgs(argv) {
  const options = { only: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (VALUE_OPTIONS.includes(arg)) {
      if (argv[i + 1] === undefined) throw new UsageError(`${arg} needs a value`);
      options[arg.slice(2)] = argv[++i];
    } else if (FLAGS.includes(arg)) options[arg.slice(2)] = true;
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
    else options.only.push(arg);
  }
  return options;
}

class UsageError extends Error {}
class Refusal extends Error {}

/** `owner/name` from a GitHub remote URL (https or ssh), or undefined. */
function repositoryFromRemote(remote) {
  const url = git(root, ['remote', 'get-url', remote], { allowFail: true });
  const match = url && /github\.com[:/]([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(url);
  return match ? match[1] : undefined;
}

function run(command, args, cwd, { quiet = false } = {}) {
  const result = spawnSync(command, args, {
    cwd,
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : ['ignore', process.stderr, process.stderr],
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: process.env.NODE_OPTIONS ?? '' },
  });
  if (result.error) throw result.error;
  if (quiet && result.status !== 0) process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
  return result.status === 0;
}

const indent = (text, prefix = '      ') =>
  text
    .split('\n')
    .map((line) => (line ? prefix + line : line.trimEnd()))
    .join('\n');

function releaseBody(action, repository) {
  const major = semver.major(action.version);
  return (
    `${action.notes}\n\n---\n\n` +
    `\`\`\`yaml\n- uses: ${repository}/actions/${action.name}@${action.name}/v${major}\n\`\`\`\n\n` +
    `Pin it by commit: \`uses: ${repository}/actions/${action.name}@<commit SHA of ${action.tag}> # ${action.tag}\`.`
  );
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const dryRun = Boolean(options['dry-run']);
  if (options['skip-tests'] && !dryRun && process.env.PIPELINE_ACTIONS_RELEASE_SELF_TEST !== '1') {
    throw new UsageError(
      '--skip-tests is only for the end-to-end test of the release itself (test/e2e/release.e2e.test.ts); ' +
        'a real release runs the test command',
    );
  }
  const remote = options.remote ?? 'origin';
  const token = options.token ?? process.env.GITHUB_TOKEN ?? '';
  const publish = token !== '';
  const push = publish || Boolean(options.push);
  const repository =
    options.repository ?? process.env.GITHUB_REPOSITORY ?? repositoryFromRemote(remote) ?? PLACEHOLDER_REPOSITORY;
  const apiUrl = options['api-url'] ?? process.env.GITHUB_API_URL ?? 'https://api.github.com';
  const treesDir = path.resolve(options.trees ?? path.join(root, '.tmp', 'release', 'trees'));
  const log = options.json ? (...args) => console.error(...args) : (...args) => console.log(...args);
  const would = dryRun ? 'would ' : '';

  if (push && !dryRun) {
    // The remote's tags are the truth about what is released; moving tags there win over local ones.
    git(root, ['fetch', '--quiet', '--force', '--tags', remote]);
  }
  const plan = planRelease({ cwd: root, ref: options.ref ?? 'HEAD', only: options.only });
  const releasing = plan.actions.filter((a) => a.decision === 'release');
  const refused = plan.actions.filter((a) => a.decision === 'refuse');
  const republish = publish ? plan.actions.filter((a) => a.decision === 'skip') : [];
  const short = plan.sha.slice(0, 12);

  log(`${dryRun ? 'Dry run: ' : ''}release of ${plan.sha} (${options.ref ?? 'HEAD'}) to ${repository}`);
  if (push && dryRun) log(`  tags as known locally; the real run first fetches them from ${remote}`);
  for (const action of plan.actions) {
    const from = action.lastVersion ? `after ${action.name}/v${action.lastVersion}` : 'first release';
    if (action.decision === 'skip') {
      log(`\n${action.name} ${action.version}: nothing to release (${action.reasons.join('; ')})`);
      continue;
    }
    if (action.decision === 'refuse') {
      log(`\n${action.name} ${action.version}: REFUSED`);
      for (const reason of action.reasons) log(`  - ${reason}`);
      continue;
    }
    log(
      `\n${action.name} ${action.lastVersion ?? '-'} -> ${action.version} (${from}; Marketplace: "${action.marketplaceName}")`,
    );
    log(`  ${would}tag:   git tag --annotate ${action.tag} ${short}`);
    for (const moving of action.moving) log(`  ${would}move:  git tag --force --annotate ${moving} ${short}`);
    const minor = semver.parse(action.version);
    const treeTags =
      action.moving.length > 0
        ? `v${action.version}, v${minor.major}.${minor.minor}, v${minor.major}`
        : `v${action.version}`;
    log(`  ${would}write: ${path.join(treesDir, action.name)} (Marketplace tree; commit tagged ${treeTags})`);
    if (push)
      log(`  ${would}push:  git push ${remote} ${action.tag} ${action.moving.map((m) => `+${m}`).join(' ')}`.trimEnd());
    if (publish) log(`  ${would}create the GitHub Release "${action.name} v${action.version}" of ${action.tag}`);
    log('  notes:');
    log(indent(action.notes));
  }
  for (const action of republish) {
    log(`\n${action.name}: ${would}make sure ${action.tag} is pushed and has its GitHub Release (created if missing)`);
  }

  if (refused.length > 0) {
    throw new Refusal(
      `Refused: ${refused.map((a) => a.name).join(', ')}. Nothing was ${dryRun ? 'or would be ' : ''}tagged.`,
    );
  }
  if (releasing.length === 0 && republish.length === 0) {
    log('\nNothing to release: every version is its last tag.');
    return emit(options, { sha: plan.sha, dryRun, released: [], actions: plan.actions });
  }
  const names = releasing.map((a) => a.name);
  if (releasing.length > 0) {
    log(
      `\n${dryRun ? 'Would check' : 'Checks'}, in a worktree of ${short}: pnpm install --frozen-lockfile; node scripts/check-dist.mjs ${names.join(' ')}`,
    );
    log(options['skip-tests'] ? '  and NOT bash scripts/test.sh (--skip-tests)' : '  then bash scripts/test.sh');
  }
  if (push && releasing.length > 0) {
    const onRemote = git(root, ['branch', '--remotes', '--contains', plan.sha, '--list', `${remote}/*`]);
    if (onRemote === '') {
      throw new Refusal(`${plan.sha} is on no branch of ${remote}: push the commit before releasing it.`);
    }
  }
  if (dryRun) {
    if (publish) {
      const api = { url: apiUrl, token, repository };
      for (const action of [...releasing, ...republish]) {
        const existing = await getReleaseByTag(api, action.tag);
        log(`${action.tag}: ${existing ? 'has a GitHub Release' : 'has no GitHub Release yet'}`);
      }
    }
    log('\nDry run: nothing was changed.');
    return emit(options, { sha: plan.sha, dryRun, released: [], actions: plan.actions });
  }

  let worktree;
  const released = [];
  try {
    if (releasing.length > 0) {
      worktree = mkdtempSync(path.join(os.tmpdir(), `release-${short}-`));
      git(root, ['worktree', 'add', '--quiet', '--detach', worktree, plan.sha]);
      log(`\n== checks in ${worktree}`);
      if (
        !run('pnpm', ['install', '--frozen-lockfile', '--prefer-offline', '--reporter=silent'], worktree, {
          quiet: true,
        })
      ) {
        throw new Refusal('pnpm install --frozen-lockfile failed in the worktree: nothing was tagged.');
      }
      if (!run(process.execPath, ['scripts/check-dist.mjs', ...names], worktree)) {
        throw new Refusal(`A bundle does not match its sources (check-dist): nothing was tagged.`);
      }
      if (options['skip-tests']) {
        log('--skip-tests: the test command was NOT run (allowed only for the release end-to-end test).');
      } else if (!run('bash', ['scripts/test.sh'], worktree)) {
        throw new Refusal('The tests failed: nothing was tagged.');
      }

      // Each Marketplace tree is written once before anything is tagged: a README link that would be dead there
      // refuses the release like a failed check.
      const staging = mkdtempSync(path.join(os.tmpdir(), `release-trees-${short}-`));
      try {
        for (const action of releasing) {
          writeTree({
            sourceRoot: worktree,
            action: action.name,
            out: path.join(staging, action.name),
            version: action.version,
            repository,
          });
        }
      } catch (error) {
        throw new Refusal(`${error instanceof Error ? error.message : String(error)}\nNothing was tagged.`);
      } finally {
        rmSync(staging, { recursive: true, force: true });
      }

      log('\n== tags');
      for (const action of releasing) {
        git(root, ['tag', '--annotate', '--cleanup=verbatim', '-F', '-', action.tag, plan.sha], {
          input: `${action.name} v${action.version}\n\n${action.notes}\n`,
        });
        for (const moving of action.moving) {
          git(root, [
            'tag',
            '--force',
            '--annotate',
            '-m',
            `${action.name}: ${moving} -> v${action.version}`,
            moving,
            plan.sha,
          ]);
        }
        log(`${action.tag} ${action.moving.join(' ')} -> ${short}`);
      }

      log('\n== Marketplace trees');
      for (const action of releasing) {
        const tree = writeTree({
          sourceRoot: worktree,
          action: action.name,
          out: path.join(treesDir, action.name),
          version: action.version,
          repository,
          git: true,
        });
        released.push({ ...action, tree: tree.dir, treeTags: tree.tags });
        log(`${tree.dir}: ${tree.tags.join(', ')}`);
      }
    }

    const toPublish = [...releasing, ...republish];
    if (push) {
      log(`\n== push to ${remote}`);
      const refspecs = toPublish.flatMap((a) => [
        `refs/tags/${a.tag}:refs/tags/${a.tag}`,
        ...a.moving.map((m) => `+refs/tags/${m}:refs/tags/${m}`),
      ]);
      git(root, ['push', '--quiet', remote, ...refspecs]);
      log(toPublish.map((a) => a.tag).join(', '));
    }
    if (publish) {
      log(`\n== GitHub Releases on ${repository}`);
      const api = { url: apiUrl, token, repository };
      for (const action of toPublish) {
        if (await getReleaseByTag(api, action.tag)) {
          log(`${action.tag}: already has its Release`);
          continue;
        }
        const sha = git(root, ['rev-parse', `refs/tags/${action.tag}^{commit}`]);
        const notes = action.notes ?? git(root, ['tag', '--list', '--format=%(contents:body)', action.tag]).trim();
        const created = await createRelease(api, {
          tag: action.tag,
          name: `${action.name} v${action.version}`,
          body: releaseBody({ ...action, notes }, repository),
          sha,
          prerelease: semver.prerelease(action.version) !== null,
        });
        log(`${action.tag}: ${created.html_url}`);
      }
    } else if (releasing.length > 0) {
      const refspecs = releasing.flatMap((a) => [a.tag, ...a.moving.map((m) => `+${m}`)]).join(' ');
      log(`\nNot published (no token). To publish: git push ${remote} ${refspecs}, then rerun with GITHUB_TOKEN set.`);
    }
    if (released.length > 0) {
      log('\nMarketplace trees, each ready to push to its own repository (tags moved with --force):');
      for (const action of released)
        log(`  git -C ${action.tree} push <its repository> main ${action.treeTags.map((t) => `+${t}`).join(' ')}`);
    }
  } finally {
    if (worktree) {
      git(root, ['worktree', 'remove', '--force', worktree], { allowFail: true });
      rmSync(worktree, { recursive: true, force: true });
    }
  }
  return emit(options, {
    sha: plan.sha,
    dryRun,
    released: released.map((a) => ({ name: a.name, version: a.version, tag: a.tag, moving: a.moving, tree: a.tree })),
    actions: plan.actions,
  });
}

function emit(options, result) {
  if (options.json) console.log(JSON.stringify(result, null, 2));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n${USAGE}`);
      process.exit(2);
    }
    console.error(`::error::${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
