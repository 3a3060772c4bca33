// `pnpm release` for real, in a temporary clone of this repository holding the working tree as one commit, with
// a bare repository as origin and the fake GitHub API: the dry run changes nothing; the release tags all five
// actions, pushes the tags, creates one GitHub Release each with the changelog's notes and writes the Marketplace
// trees, and each tree runs through the harness; a rerun releases nothing; a version that does not go up and a
// stale bundle are refused with nothing tagged.
//
// The release runs with --skip-tests: the tests it would run are the ones running this file. It still rebuilds
// every bundle it releases (check-dist), which is most of this file's minute or two.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { FAKE_GITHUB_TOKEN, REPO_ROOT, runBundledAction, startFakeGitHub, type FakeGitHub } from '../harness/index.ts';
import { git } from '../helpers/git.ts';

const REPOSITORY = 'acme/pipeline-actions';
const MINUTES = 60_000;
const actions = readdirSync(path.join(REPO_ROOT, 'actions'))
  .filter((name) => existsSync(path.join(REPO_ROOT, 'actions', name, 'action.yml')))
  .sort();

let tmp: string;
let clone: string;
let origin: string;
let trees: string;
let gh: FakeGitHub;
let versions: Record<string, string>;

/** The environment of the release: a fixed git identity, no user config, no token from the caller. */
function releaseEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('GITHUB_') && !key.startsWith('GIT_') && key !== 'NODE_OPTIONS') env[key] = value;
  }
  return {
    ...env,
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.com',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.com',
    GIT_CONFIG_GLOBAL: '/dev/null',
    ...extra,
  };
}

/**
 * Runs the release in the clone. Asynchronously: the fake GitHub it talks to answers from this process.
 */
async function release(args: string[], extra: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['scripts/release.mjs', ...args], {
    cwd: clone,
    env: releaseEnv({ PIPELINE_ACTIONS_RELEASE_SELF_TEST: '1', ...extra }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 8 * MINUTES);
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(timer);
  return { status, stdout, stderr, output: stdout + stderr };
}

const publishing = () => [
  '--token',
  FAKE_GITHUB_TOKEN,
  '--api-url',
  gh.url,
  '--repository',
  REPOSITORY,
  '--trees',
  trees,
];

/** Everything a release could change: refs (tags, branches, remote refs), the index and work tree, worktrees. */
function repositoryState() {
  return {
    refs: git(clone, 'for-each-ref', '--format=%(refname) %(objectname)'),
    status: git(clone, 'status', '--porcelain', '--ignored=no'),
    worktrees: git(clone, 'worktree', 'list', '--porcelain'),
    origin: git(origin, 'for-each-ref', '--format=%(refname) %(objectname)'),
    trees: existsSync(trees) ? readdirSync(trees).sort() : [],
  };
}

/** Copies the working tree of this repository (tracked and new files, deletions) into the clone as one commit. */
function commitWorkingTree() {
  const files = git(REPO_ROOT, 'ls-files', '--cached', '--others', '--exclude-standard').split('\n').filter(Boolean);
  for (const file of new Set(files)) {
    const from = path.join(REPO_ROOT, file);
    const to = path.join(clone, file);
    if (existsSync(from)) {
      mkdirSync(path.dirname(to), { recursive: true });
      cpSync(from, to, { dereference: false });
    } else {
      rmSync(to, { force: true });
    }
  }
  git(clone, 'add', '--all', '--force', '--', ...new Set(files.filter((f) => existsSync(path.join(clone, f)))));
  git(clone, 'add', '--update');
  git(clone, 'commit', '--quiet', '--allow-empty', '-m', 'the working tree');
}

function commitInClone(message: string, edit: () => void) {
  edit();
  git(clone, 'commit', '--quiet', '--all', '-m', message);
  git(clone, 'push', '--quiet', 'origin', 'HEAD:main');
  git(clone, 'fetch', '--quiet', 'origin');
}

function setVersion(name: string, version: string) {
  const file = path.join(clone, 'actions', name, 'package.json');
  const pkg = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  writeFileSync(file, `${JSON.stringify({ ...pkg, version }, null, 2)}\n`);
}

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'release-e2e-'));
  clone = path.join(tmp, 'repo');
  origin = path.join(tmp, 'origin.git');
  trees = path.join(tmp, 'trees');
  git(tmp, 'clone', '--quiet', '--local', REPO_ROOT, clone);
  commitWorkingTree();
  git(tmp, 'init', '--quiet', '--bare', origin);
  git(clone, 'remote', 'set-url', 'origin', origin);
  git(clone, 'push', '--quiet', 'origin', 'HEAD:refs/heads/main');
  git(clone, 'fetch', '--quiet', 'origin');
  // Tags of this repository are not the clone's business: the clone starts with none.
  for (const tag of git(clone, 'tag', '--list').split('\n').filter(Boolean)) git(clone, 'tag', '--delete', tag);
  // The release script's own imports (semver, yaml, feather-icons): a real install, never a link to ours.
  const install = spawnSync('pnpm', ['install', '--frozen-lockfile', '--prefer-offline', '--reporter=silent'], {
    cwd: clone,
    encoding: 'utf8',
  });
  if (install.status !== 0) throw new Error(`pnpm install in the clone failed: ${install.stdout}${install.stderr}`);
  versions = Object.fromEntries(
    actions.map((name) => [
      name,
      (JSON.parse(readFileSync(path.join(clone, 'actions', name, 'package.json'), 'utf8')) as { version: string })
        .version,
    ]),
  );
  gh = await startFakeGitHub();
}, 3 * MINUTES);

afterAll(async () => {
  await gh?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('pnpm release in a temporary clone', () => {
  it('refuses --skip-tests outside its own end-to-end test', () => {
    const run = spawnSync(process.execPath, ['scripts/release.mjs', '--skip-tests'], {
      cwd: clone,
      encoding: 'utf8',
      env: releaseEnv(),
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--skip-tests is only for the end-to-end test of the release itself');
  });

  it(
    '--dry-run prints the tags and notes of all five and changes nothing',
    async () => {
      const before = repositoryState();
      const run = await release(['--dry-run', '--skip-tests', ...publishing()]);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      for (const name of actions) {
        const version = versions[name]!;
        const [major, minor] = version.split('.');
        expect(run.stdout).toContain(`would tag:   git tag --annotate ${name}/v${version} `);
        expect(run.stdout).toContain(`would move:  git tag --force --annotate ${name}/v${major} `);
        expect(run.stdout).toContain(`would move:  git tag --force --annotate ${name}/v${major}.${minor} `);
        expect(run.stdout).toContain(`would create the GitHub Release "${name} v${version}"`);
        expect(run.stdout).toContain(`${name}/v${version}: has no GitHub Release yet`);
      }
      expect(run.stdout).toContain('Dry run: nothing was changed.');
      expect(repositoryState()).toEqual(before);
      expect(gh.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    },
    MINUTES,
  );

  it(
    'tags, pushes, creates a GitHub Release per action with its changelog notes, and writes the Marketplace trees',
    async () => {
      const run = await release(['--skip-tests', ...publishing()]);
      expect(run.output).not.toMatch(/^::error::/m);
      expect(run.status).toBe(0);
      const head = git(clone, 'rev-parse', 'HEAD');
      const remoteTags = git(clone, 'ls-remote', '--tags', 'origin');
      const posts = gh.requestsTo('POST /repos/{owner}/{repo}/releases');
      expect(posts).toHaveLength(actions.length);
      for (const name of actions) {
        const version = versions[name]!;
        const [major, minor] = version.split('.');
        const tag = `${name}/v${version}`;
        expect(git(clone, 'cat-file', '-t', tag)).toBe('tag'); // annotated
        for (const ref of [tag, `${name}/v${major}`, `${name}/v${major}.${minor}`]) {
          expect(git(clone, 'rev-parse', `${ref}^{commit}`)).toBe(head);
          expect(remoteTags).toContain(`refs/tags/${ref}`);
        }
        const changelog = readFileSync(path.join(clone, 'actions', name, 'CHANGELOG.md'), 'utf8');
        const section = new RegExp(`^## ${version.replace(/\./g, '\\.')}\\n+([\\s\\S]*?)(?=^## |(?![\\s\\S]))`, 'm')
          .exec(changelog)![1]!
          .trim();
        // The notes are the version's section (with the sections of untagged versions before it, if any).
        const bullets = section.split('\n').filter((line) => line.startsWith('- '));
        expect(bullets.length).toBeGreaterThan(0);
        const message = git(clone, 'tag', '--list', '--format=%(contents)', tag);
        const post = posts.find((r) => (r.body as { tag_name: string }).tag_name === tag);
        expect(post?.body).toMatchObject({ name: `${name} v${version}`, target_commitish: head, draft: false });
        for (const bullet of bullets) {
          expect(message).toContain(bullet);
          expect((post!.body as { body: string }).body).toContain(bullet);
        }
        expect((post!.body as { body: string }).body).toContain(
          `uses: ${REPOSITORY}/actions/${name}@${name}/v${major}`,
        );
      }
      expect(gh.releases(REPOSITORY).map((r) => r.tag_name)).toEqual(actions.map((n) => `${n}/v${versions[n]}`));
      expect(git(clone, 'worktree', 'list', '--porcelain').match(/^worktree /gm)).toHaveLength(1);
    },
    8 * MINUTES,
  );

  it('writes each Marketplace tree self-contained: root action.yml, dist/, LICENSE, working links, tags', () => {
    for (const name of actions) {
      const version = versions[name]!;
      const [major, minor] = version.split('.');
      const dir = path.join(trees, name);
      const files = git(dir, 'ls-files').split('\n');
      expect(files).toEqual(
        expect.arrayContaining([
          'action.yml',
          'dist/index.js',
          'dist/licenses.txt',
          'LICENSE',
          'README.md',
          'CHANGELOG.md',
        ]),
      );
      expect(files.filter((f) => f.startsWith('.github/') || f.startsWith('src/') || f === 'package.json')).toEqual([]);
      expect(readFileSync(path.join(dir, 'action.yml'), 'utf8')).toBe(
        readFileSync(path.join(clone, 'actions', name, 'action.yml'), 'utf8'),
      );
      expect(git(dir, 'tag', '--list').split('\n').sort()).toEqual(
        [`v${major}`, `v${major}.${minor}`, `v${version}`].sort(),
      );
      expect(git(dir, 'cat-file', '-t', `v${version}`)).toBe('tag');

      const readme = readFileSync(path.join(dir, 'README.md'), 'utf8');
      expect(readme).not.toMatch(/OWNER\/REPO\/actions\//);
      const uses = [...readme.matchAll(/uses: (acme\/[a-z-]+)@(\S+)/g)].filter((m) => m[1] === `acme/${name}`);
      expect(uses.length).toBeGreaterThan(0);
      for (const m of uses) expect(m[2]).toBe(`v${major}`);
      // Every relative link of the README and changelog resolves inside the tree.
      for (const file of ['README.md', 'CHANGELOG.md']) {
        const text = readFileSync(path.join(dir, file), 'utf8')
          .replace(/^```[\s\S]*?^```/gm, '')
          .replace(/``[^\n]*?``|`[^`\n]*`/g, '');
        const targets = [...text.matchAll(/\]\(([^)\s]+)/g), ...text.matchAll(/^ {0,3}\[[^\]]+\]:\s*(\S+)/gm)]
          .map((m) => m[1]!)
          .filter((t) => !/^[a-z][a-z0-9+.-]*:/i.test(t) && !t.startsWith('#'));
        for (const target of targets) {
          expect(
            `${file}: ${target} ${existsSync(path.join(dir, target.replace(/[?#].*$/, ''))) ? 'resolves' : 'is dead'}`,
          ).toBe(`${file}: ${target} resolves`);
        }
      }
      const metadata = parse(readFileSync(path.join(dir, 'action.yml'), 'utf8')) as { runs: { main: string } };
      expect(existsSync(path.join(dir, metadata.runs.main))).toBe(true);
    }
  });

  it(
    'runs each action from its Marketplace tree through the harness',
    async () => {
      const server = http.createServer((_req, res) => res.end('ok'));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      try {
        const workspace = path.join(tmp, 'workspace');
        mkdirSync(path.join(workspace, 'src'), { recursive: true });
        writeFileSync(
          path.join(workspace, 'eslint.sarif'),
          JSON.stringify({
            version: '2.1.0',
            runs: [{ tool: { driver: { name: 'ESLint', rules: [] } }, results: [] }],
          }),
        );
        writeFileSync(
          path.join(workspace, 'lcov.info'),
          'TN:\nSF:src/a.js\nDA:1,1\nDA:2,1\nDA:3,0\nLF:3\nLH:2\nend_of_record\n',
        );
        writeFileSync(path.join(workspace, 'src', 'a.js'), 'a\nb\nc\n');
        // One real piece of work each where it is cheap; the deploy actions, started bare, must name a missing input.
        const runs: Record<string, Record<string, string>> = {
          'quality-gate': { reports: 'eslint.sarif', 'check-run': 'false' },
          'coverage-gate': { reports: 'lcov.info', lines: '50', comment: 'false' },
          'smoke-test': { 'base-url': url, checks: '- name: health\n  url: /health\n' },
        };
        for (const name of actions) {
          const inputs = runs[name];
          const run = await runBundledAction({
            actionDir: path.join(trees, name),
            inputs,
            workspace,
            timeoutMs: 60_000,
          });
          expect(run.timedOut).toBe(false);
          if (inputs) {
            expect(`${name}: exit ${run.exitCode} ${run.errors.map((e) => e.message).join(' ')}`).toBe(
              `${name}: exit 0 `,
            );
          } else {
            expect(run.exitCode).toBe(1);
            expect(run.errors).toHaveLength(1);
            expect(run.errors[0]!.message).toMatch(/Input '[a-z-]+'/);
          }
        }
      } finally {
        server.close();
      }
    },
    3 * MINUTES,
  );

  it(
    'releases nothing on a rerun, and finds the Releases already there',
    async () => {
      const before = repositoryState();
      const posts = gh.requestsTo('POST /repos/{owner}/{repo}/releases').length;
      const run = await release(['--skip-tests', ...publishing()]);
      expect(run.status).toBe(0);
      for (const name of actions) expect(run.stdout).toContain(`${name} ${versions[name]}: nothing to release`);
      expect(run.stdout).toContain('already has its Release');
      expect(gh.requestsTo('POST /repos/{owner}/{repo}/releases')).toHaveLength(posts);
      expect(repositoryState()).toEqual(before);
    },
    3 * MINUTES,
  );

  it(
    'refuses a version that does not go up, with nothing tagged',
    async () => {
      commitInClone('smoke-test: version down', () => setVersion('smoke-test', '0.0.9'));
      const before = repositoryState();
      const run = await release(['--skip-tests', ...publishing()]);
      expect(run.status).toBe(1);
      expect(run.stdout).toContain(
        `version 0.0.9 does not go up: smoke-test/v${versions['smoke-test']} is already released`,
      );
      expect(run.stderr).toContain('::error::Refused: smoke-test. Nothing was tagged.');
      expect(repositoryState()).toEqual(before);

      // The same version with a different bundle is a release without a version.
      commitInClone('smoke-test: bundle edited, version kept', () => {
        setVersion('smoke-test', versions['smoke-test']!);
        writeFileSync(path.join(clone, 'actions/smoke-test/dist/index.js'), '\n// edited by hand\n', { flag: 'a' });
      });
      const same = await release(['--skip-tests', ...publishing()]);
      expect(same.status).toBe(1);
      expect(same.stdout).toContain(
        `version ${versions['smoke-test']} does not go up, yet dist/ or action.yml changed`,
      );
    },
    2 * MINUTES,
  );

  it(
    'refuses a bundle that does not match its sources, with nothing tagged and no tree written',
    async () => {
      const next = '0.99.0';
      commitInClone('smoke-test: a version up, the bundle still edited by hand', () => {
        setVersion('smoke-test', next);
        const file = path.join(clone, 'actions/smoke-test/CHANGELOG.md');
        const text = readFileSync(file, 'utf8');
        writeFileSync(
          file,
          text.replace(/\n## (?=\d)/, `\n## ${next}\n\n- A release whose bundle was edited by hand.\n\n## `),
        );
      });
      const treeCommits = git(path.join(trees, 'smoke-test'), 'rev-list', '--count', 'HEAD');
      const before = repositoryState();
      const run = await release(['--skip-tests', ...publishing()]);
      expect(run.status).toBe(1);
      expect(run.stdout).toContain(`smoke-test ${versions['smoke-test']} -> ${next}`);
      expect(run.stderr).toContain('The committed dist/ differs from a fresh build of the sources');
      expect(run.stderr).toContain('::error::A bundle does not match its sources (check-dist): nothing was tagged.');
      expect(repositoryState()).toEqual(before);
      expect(git(path.join(trees, 'smoke-test'), 'rev-list', '--count', 'HEAD')).toBe(treeCommits);
      expect(gh.releases(REPOSITORY)).toHaveLength(actions.length);
    },
    5 * MINUTES,
  );

  it(
    'refuses a README link that would be dead in the Marketplace tree, with nothing tagged',
    async () => {
      commitInClone('smoke-test: the released bundle back, a link to nowhere in the README', () => {
        git(clone, 'checkout', `smoke-test/v${versions['smoke-test']}`, '--', 'actions/smoke-test/dist');
        writeFileSync(path.join(clone, 'actions/smoke-test/README.md'), '\nSee [the page](../../no-such-page.md).\n', {
          flag: 'a',
        });
      });
      const before = repositoryState();
      const run = await release(['--skip-tests', ...publishing()]);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('dist/ is up to date with the sources (smoke-test).');
      expect(run.stderr).toContain('::error::smoke-test: links that would not work in the tree:');
      expect(run.stderr).toContain('README.md: ../../no-such-page.md: no-such-page.md does not exist');
      expect(run.stderr).toContain('Nothing was tagged.');
      expect(repositoryState()).toEqual(before);
    },
    5 * MINUTES,
  );
});
