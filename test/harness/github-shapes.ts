/**
 * Response bodies of the fake GitHub, built from real recorded payloads: the repository from
 * `@octokit/fixtures` (get-repository scenario), comments, check runs, pulls and deployments from the objects
 * embedded in `@octokit/webhooks-examples` (same shapes as the REST API), renamed to the test's repository and
 * pointed at the fake's URL. Fields the examples lack are filled from GitHub's REST documentation.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { cloneJson, loadEvent, replaceInStrings } from './events.ts';

export type Json = Record<string, unknown>;

const require = createRequire(import.meta.url);

/** The identity behind `GITHUB_TOKEN`: comments and deployments it creates are authored by this bot. */
export const GITHUB_ACTIONS_BOT: Json = {
  login: 'github-actions[bot]',
  id: 41898282,
  node_id: 'MDM6Qm90NDE4OTgyODI=',
  avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4',
  gravatar_id: '',
  url: 'https://api.github.com/users/github-actions%5Bbot%5D',
  html_url: 'https://github.com/apps/github-actions',
  followers_url: 'https://api.github.com/users/github-actions%5Bbot%5D/followers',
  following_url: 'https://api.github.com/users/github-actions%5Bbot%5D/following{/other_user}',
  gists_url: 'https://api.github.com/users/github-actions%5Bbot%5D/gists{/gist_id}',
  starred_url: 'https://api.github.com/users/github-actions%5Bbot%5D/starred{/owner}{/repo}',
  subscriptions_url: 'https://api.github.com/users/github-actions%5Bbot%5D/subscriptions',
  organizations_url: 'https://api.github.com/users/github-actions%5Bbot%5D/orgs',
  repos_url: 'https://api.github.com/users/github-actions%5Bbot%5D/repos',
  events_url: 'https://api.github.com/users/github-actions%5Bbot%5D/events{/privacy}',
  received_events_url: 'https://api.github.com/users/github-actions%5Bbot%5D/received_events',
  type: 'Bot',
  user_view_type: 'public',
  site_admin: false,
};

/** The GitHub Actions app, owner of check runs created with `GITHUB_TOKEN`. */
export const GITHUB_ACTIONS_APP: Json = {
  id: 15368,
  client_id: 'Iv1.05c79e9ad1f6bdfa',
  slug: 'github-actions',
  node_id: 'MDM6QXBwMTUzNjg=',
  owner: {
    login: 'github',
    id: 9919,
    node_id: 'MDEyOk9yZ2FuaXphdGlvbjk5MTk=',
    avatar_url: 'https://avatars.githubusercontent.com/u/9919?v=4',
    gravatar_id: '',
    url: 'https://api.github.com/users/github',
    html_url: 'https://github.com/github',
    type: 'Organization',
    site_admin: false,
  },
  name: 'GitHub Actions',
  description: 'Automate your workflow from idea to production',
  external_url: 'https://help.github.com/en/actions',
  html_url: 'https://github.com/apps/github-actions',
  created_at: '2018-07-30T09:30:17Z',
  updated_at: '2025-03-07T16:35:00Z',
  permissions: { checks: 'write', contents: 'write', deployments: 'write', issues: 'write', pull_requests: 'write' },
  events: ['check_run', 'check_suite', 'pull_request', 'push'],
};

/** A user object for `login` (seeded comment authors), in the shape of a real one. */
export function userObject(login: string): Json {
  if (login === GITHUB_ACTIONS_BOT.login) return cloneJson(GITHUB_ACTIONS_BOT);
  const id = Number.parseInt(createHash('sha1').update(login).digest('hex').slice(0, 7), 16);
  const base = `https://api.github.com/users/${login}`;
  return {
    login,
    id,
    node_id: Buffer.from(`04:User${id}`).toString('base64'),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: base,
    html_url: `https://github.com/${login}`,
    followers_url: `${base}/followers`,
    following_url: `${base}/following{/other_user}`,
    gists_url: `${base}/gists{/gist_id}`,
    starred_url: `${base}/starred{/owner}{/repo}`,
    subscriptions_url: `${base}/subscriptions`,
    organizations_url: `${base}/orgs`,
    repos_url: `${base}/repos`,
    events_url: `${base}/events{/privacy}`,
    received_events_url: `${base}/received_events`,
    type: 'User',
    user_view_type: 'public',
    site_admin: false,
  };
}

/** Renames a recorded payload to `owner/repo` and points its API URLs at the fake. */
export function relocate<T>(value: T, fromRepo: string, toRepo: string, apiUrl: string): T {
  const [fromOwner] = fromRepo.split('/') as [string];
  const [toOwner] = toRepo.split('/') as [string];
  let result = replaceInStrings(value, fromRepo, toRepo);
  result = replaceInStrings(result, `/users/${fromOwner}`, `/users/${toOwner}`);
  result = replaceInStrings(result, `github.com/${fromOwner}`, `github.com/${toOwner}`);
  return replaceInStrings(result, 'https://api.github.com', apiUrl);
}

export function toApiUrls<T>(value: T, apiUrl: string): T {
  return replaceInStrings(value, 'https://api.github.com', apiUrl);
}

let repositoryTemplate: Json | undefined;

/** `GET /repos/{owner}/{repo}`: the recorded octokit-fixture-org/hello-world, renamed. */
export function repositoryObject(fullName: string, apiUrl: string): Json {
  if (repositoryTemplate === undefined) {
    const dir = path.dirname(require.resolve('@octokit/fixtures/package.json'));
    const file = path.join(dir, 'scenarios/api.github.com/get-repository/normalized-fixture.json');
    const fixture = JSON.parse(readFileSync(file, 'utf8')) as Array<{ response: Json }>;
    repositoryTemplate = (fixture[0] as { response: Json }).response;
  }
  const repo = relocate(repositoryTemplate, 'octokit-fixture-org/hello-world', fullName, apiUrl);
  const [owner, name] = fullName.split('/') as [string, string];
  repo.name = name;
  (repo.owner as Json).login = owner;
  repo.default_branch = 'main';
  return repo;
}

const EXAMPLE_REPO = 'Codertocat/Hello-World';

function exampleObject(event: string, key: string, action?: string): Json {
  const payload = loadEvent(event, action === undefined ? {} : { action }).payload;
  return payload[key] as Json;
}

const templates = new Map<string, Json>();

function template(name: string, make: () => Json): Json {
  let value = templates.get(name);
  if (value === undefined) {
    value = make();
    templates.set(name, value);
  }
  return cloneJson(value);
}

export function timestamp(date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function nodeId(kind: string, id: number): string {
  return Buffer.from(`0${kind.length}:${kind}${id}`).toString('base64');
}

/** An issue comment as `GET /repos/{o}/{r}/issues/{n}/comments` returns it. */
export function issueCommentObject(input: {
  repo: string;
  apiUrl: string;
  issueNumber: number;
  id: number;
  body: string;
  user: Json;
  createdAt: string;
  updatedAt: string;
}): Json {
  const comment = relocate(
    template('comment', () => exampleObject('issue_comment', 'comment')),
    EXAMPLE_REPO,
    input.repo,
    input.apiUrl,
  );
  const api = `${input.apiUrl}/repos/${input.repo}`;
  return {
    ...comment,
    url: `${api}/issues/comments/${input.id}`,
    html_url: `https://github.com/${input.repo}/pull/${input.issueNumber}#issuecomment-${input.id}`,
    issue_url: `${api}/issues/${input.issueNumber}`,
    id: input.id,
    node_id: nodeId('IssueComment', input.id),
    user: toApiUrls(input.user, input.apiUrl),
    created_at: input.createdAt,
    updated_at: input.updatedAt,
    author_association: input.user.type === 'Bot' ? 'NONE' : 'MEMBER',
    body: input.body,
    reactions: {
      url: `${api}/issues/comments/${input.id}/reactions`,
      total_count: 0,
      '+1': 0,
      '-1': 0,
      laugh: 0,
      hooray: 0,
      confused: 0,
      heart: 0,
      rocket: 0,
      eyes: 0,
    },
    performed_via_github_app: input.user.type === 'Bot' ? toApiUrls(GITHUB_ACTIONS_APP, input.apiUrl) : null,
  };
}

/** A check run as `POST /repos/{o}/{r}/check-runs` returns it. */
export function checkRunObject(input: { repo: string; apiUrl: string; id: number; headSha: string }): Json {
  const run = relocate(
    template('check_run', () => exampleObject('check_run', 'check_run')),
    EXAMPLE_REPO,
    input.repo,
    input.apiUrl,
  );
  const api = `${input.apiUrl}/repos/${input.repo}`;
  const suite = run.check_suite as Json;
  return {
    ...run,
    id: input.id,
    node_id: nodeId('CheckRun', input.id),
    head_sha: input.headSha,
    external_id: '',
    url: `${api}/check-runs/${input.id}`,
    html_url: `https://github.com/${input.repo}/runs/${input.id}`,
    details_url: `https://github.com/${input.repo}/runs/${input.id}`,
    status: 'queued',
    conclusion: null,
    started_at: timestamp(),
    completed_at: null,
    output: {
      title: null,
      summary: null,
      text: null,
      annotations_count: 0,
      annotations_url: `${api}/check-runs/${input.id}/annotations`,
    },
    check_suite: { id: Number(suite.id ?? 1) },
    app: toApiUrls(GITHUB_ACTIONS_APP, input.apiUrl),
    pull_requests: [],
  };
}

/** A pull request as `GET /repos/{o}/{r}/pulls/{n}` returns it. */
export function pullRequestObject(input: {
  repo: string;
  apiUrl: string;
  number: number;
  title: string;
  headSha: string;
  baseSha: string;
  headRef: string;
  baseRef: string;
}): Json {
  const example = template('pull_request', () => exampleObject('pull_request', 'pull_request', 'opened'));
  const oldNumber = Number(example.number);
  let pull = relocate(example, EXAMPLE_REPO, input.repo, input.apiUrl);
  for (const segment of ['pulls', 'issues', 'pull']) {
    pull = replaceInStrings(pull, `/${segment}/${oldNumber}`, `/${segment}/${input.number}`);
  }
  const [owner] = input.repo.split('/') as [string];
  const head = pull.head as Json;
  const base = pull.base as Json;
  Object.assign(head, { ref: input.headRef, sha: input.headSha, label: `${owner}:${input.headRef}` });
  Object.assign(base, { ref: input.baseRef, sha: input.baseSha, label: `${owner}:${input.baseRef}` });
  for (const side of [head, base]) {
    const repo = side.repo as Json;
    repo.name = input.repo.split('/')[1];
    repo.default_branch = 'main';
    (repo.owner as Json).login = owner;
  }
  return {
    ...pull,
    id: 1_000_000 + input.number,
    node_id: nodeId('PullRequest', 1_000_000 + input.number),
    number: input.number,
    title: input.title,
    user: toApiUrls(userObject('octocat'), input.apiUrl),
    state: 'open',
    merge_commit_sha: createHash('sha1').update(`${input.baseSha}${input.headSha}`).digest('hex'),
    statuses_url: `${input.apiUrl}/repos/${input.repo}/statuses/${input.headSha}`,
  };
}

/** A deployment as `POST /repos/{o}/{r}/deployments` returns it. */
export function deploymentObject(input: {
  repo: string;
  apiUrl: string;
  id: number;
  sha: string;
  ref: string;
  task: string;
  payload: unknown;
  environment: string;
  description: string | null;
  transient: boolean;
  production: boolean;
  createdAt: string;
}): Json {
  const deployment = relocate(
    template('deployment', () => exampleObject('deployment', 'deployment')),
    EXAMPLE_REPO,
    input.repo,
    input.apiUrl,
  );
  const api = `${input.apiUrl}/repos/${input.repo}`;
  return {
    ...deployment,
    url: `${api}/deployments/${input.id}`,
    id: input.id,
    node_id: nodeId('Deployment', input.id),
    sha: input.sha,
    ref: input.ref,
    task: input.task,
    payload: input.payload,
    original_environment: input.environment,
    environment: input.environment,
    description: input.description,
    creator: toApiUrls(GITHUB_ACTIONS_BOT, input.apiUrl),
    created_at: input.createdAt,
    updated_at: input.createdAt,
    statuses_url: `${api}/deployments/${input.id}/statuses`,
    repository_url: api,
    transient_environment: input.transient,
    production_environment: input.production,
    performed_via_github_app: toApiUrls(GITHUB_ACTIONS_APP, input.apiUrl),
  };
}

/** A deployment status as `POST /repos/{o}/{r}/deployments/{id}/statuses` returns it. */
export function deploymentStatusObject(input: {
  repo: string;
  apiUrl: string;
  deploymentId: number;
  id: number;
  state: string;
  description: string;
  environment: string;
  targetUrl: string;
  logUrl: string;
  environmentUrl: string;
  createdAt: string;
}): Json {
  const status = relocate(
    template('deployment_status', () => exampleObject('deployment_status', 'deployment_status')),
    EXAMPLE_REPO,
    input.repo,
    input.apiUrl,
  );
  const api = `${input.apiUrl}/repos/${input.repo}`;
  return {
    ...status,
    url: `${api}/deployments/${input.deploymentId}/statuses/${input.id}`,
    id: input.id,
    node_id: nodeId('DeploymentStatus', input.id),
    state: input.state,
    creator: toApiUrls(GITHUB_ACTIONS_BOT, input.apiUrl),
    description: input.description,
    environment: input.environment,
    target_url: input.targetUrl,
    log_url: input.logUrl,
    environment_url: input.environmentUrl,
    created_at: input.createdAt,
    updated_at: input.createdAt,
    deployment_url: `${api}/deployments/${input.deploymentId}`,
    repository_url: api,
    performed_via_github_app: toApiUrls(GITHUB_ACTIONS_APP, input.apiUrl),
  };
}

/** What a changed file in a pull request or comparison looks like. */
export interface ChangedFileSeed {
  filename: string;
  /** `added`, `removed`, `modified`, `renamed`, `copied`, `changed`, `unchanged` (default `modified`). */
  status?: string;
  /** Unified diff hunks of the file; additions/deletions are counted from it unless given. */
  patch?: string;
  additions?: number;
  deletions?: number;
  previous_filename?: string;
}

/** A file entry of `GET /repos/{o}/{r}/pulls/{n}/files` (and `files[]` of a comparison). */
export function changedFileObject(seed: ChangedFileSeed, input: { repo: string; apiUrl: string; ref: string }): Json {
  const lines = seed.patch?.split('\n') ?? [];
  const additions = seed.additions ?? lines.filter((l) => l.startsWith('+')).length;
  const deletions = seed.deletions ?? lines.filter((l) => l.startsWith('-')).length;
  const sha = createHash('sha1')
    .update(`${seed.filename}${seed.patch ?? ''}`)
    .digest('hex');
  const encoded = seed.filename.split('/').map(encodeURIComponent).join('/');
  const file: Json = {
    sha,
    filename: seed.filename,
    status: seed.status ?? 'modified',
    additions,
    deletions,
    changes: additions + deletions,
    blob_url: `https://github.com/${input.repo}/blob/${input.ref}/${encoded}`,
    raw_url: `https://github.com/${input.repo}/raw/${input.ref}/${encoded}`,
    contents_url: `${input.apiUrl}/repos/${input.repo}/contents/${encoded}?ref=${input.ref}`,
  };
  // GitHub leaves `patch` out for binary files and very large diffs.
  if (seed.patch !== undefined) file.patch = seed.patch;
  if (seed.previous_filename !== undefined) file.previous_filename = seed.previous_filename;
  return file;
}

/** A release as `POST /repos/{o}/{r}/releases` and `GET .../releases/tags/{tag}` return it. */
export function releaseObject(input: {
  repo: string;
  apiUrl: string;
  id: number;
  tag: string;
  targetCommitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  createdAt: string;
}): Json {
  const release = relocate(
    template('release', () => exampleObject('release', 'release', 'published')),
    EXAMPLE_REPO,
    input.repo,
    input.apiUrl,
  );
  const api = `${input.apiUrl}/repos/${input.repo}`;
  const tagPath = input.tag.split('/').map(encodeURIComponent).join('/');
  return {
    ...release,
    url: `${api}/releases/${input.id}`,
    assets_url: `${api}/releases/${input.id}/assets`,
    upload_url: `${input.apiUrl.replace(/\/$/, '')}/uploads/repos/${input.repo}/releases/${input.id}/assets{?name,label}`,
    // A draft has no tag page yet: GitHub links it as untagged-<hash>.
    html_url: input.draft
      ? `https://github.com/${input.repo}/releases/tag/untagged-${createHash('sha1').update(String(input.id)).digest('hex').slice(0, 20)}`
      : `https://github.com/${input.repo}/releases/tag/${tagPath}`,
    id: input.id,
    node_id: nodeId('Release', input.id),
    author: toApiUrls(GITHUB_ACTIONS_BOT, input.apiUrl),
    tag_name: input.tag,
    target_commitish: input.targetCommitish,
    name: input.name,
    draft: input.draft,
    prerelease: input.prerelease,
    created_at: input.createdAt,
    published_at: input.draft ? null : input.createdAt,
    assets: [],
    tarball_url: `${api}/tarball/${tagPath}`,
    zipball_url: `${api}/zipball/${tagPath}`,
    body: input.body,
  };
}
