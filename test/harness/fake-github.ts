/**
 * A fake GitHub REST API on 127.0.0.1 for end-to-end tests: actions reach it through GITHUB_API_URL.
 * It checks the token like GitHub, keeps state (comments, check runs, deployments, releases), paginates with Link
 * headers, answers with real payload shapes (see github-shapes.ts), records every request, and can be told
 * to fail a route the ways GitHub fails: 403 from a read-only token, 404, a 500, rate limits.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { FAKE_GITHUB_TOKEN } from './constants.ts';
import {
  changedFileObject,
  checkRunObject,
  deploymentObject,
  deploymentStatusObject,
  issueCommentObject,
  pullRequestObject,
  releaseObject,
  repositoryObject,
  timestamp,
  userObject,
  GITHUB_ACTIONS_BOT,
  type ChangedFileSeed,
  type Json,
} from './github-shapes.ts';

export type { ChangedFileSeed } from './github-shapes.ts';

/** One request the fake received. */
export interface RecordedRequest {
  method: string;
  /** Path without the query, decoded segments kept as sent. */
  path: string;
  query: Record<string, string>;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  /** Parsed JSON body, the raw text if it is not JSON, `undefined` if empty. */
  body: unknown;
  /** Matched route in Octokit notation (`POST /repos/{owner}/{repo}/check-runs`), `undefined` if none. */
  route: string | undefined;
  /** Status the fake answered. */
  status: number;
}

/**
 * Ways a route can fail:
 * - `forbidden`: 403 "Resource not accessible by integration" (fork PR, read-only GITHUB_TOKEN);
 * - `not-found`: 404 "Not Found";
 * - `server-error`: 500;
 * - `secondary-rate-limit`: 403 with `retry-after` and GitHub's secondary-limit message;
 * - `rate-limit`: 403 with `x-ratelimit-remaining: 0` and a reset time;
 * - `hang`: the request is read and never answered (the connection stays open until the fake closes);
 * - `hang-body`: 200 with headers and the start of a JSON body, whose end never comes;
 * - `reset`: the connection is dropped without an answer;
 * - `garbage`: 200 whose body is not what the route answers: an HTML page under `content-type: application/json`
 *   (a proxy's error page), or the `body` given in the options, with its `contentType`.
 */
export type FaultKind =
  | 'forbidden'
  | 'not-found'
  | 'server-error'
  | 'secondary-rate-limit'
  | 'rate-limit'
  | 'hang'
  | 'hang-body'
  | 'reset'
  | 'garbage';

/** Options of {@link FakeGitHub.fail}. */
export interface FaultOptions {
  /**
   * How many matching requests fail before the route works again. Default: unlimited for `forbidden` and
   * `not-found`, 1 for the transient kinds (`server-error`, `secondary-rate-limit`, `rate-limit`).
   */
  times?: number;
  /** Seconds in `retry-after` / until the rate-limit reset (default 1, kept small for fast tests). */
  retryAfterSeconds?: number;
  /** `garbage`: the body sent (default: an HTML error page). */
  body?: string;
  /** `garbage`: its content type (default `application/json; charset=utf-8`). */
  contentType?: string;
}

/** Options of {@link startFakeGitHub}. */
export interface FakeGitHubOptions {
  /** Tokens accepted in `authorization: token <t>` / `Bearer <t>` (default: the harness's fake token). */
  tokens?: string[];
}

interface Fault {
  route: string;
  kind: FaultKind;
  remaining: number;
  retryAfterSeconds: number;
  body?: string;
  contentType?: string;
}

/** What the fake does instead of answering (the socket-level faults). */
type Misbehaviour = { kind: 'hang' | 'hang-body' | 'reset' } | { kind: 'garbage'; body: string; contentType: string };

const GARBAGE_PAGE =
  '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>\n';

interface CommentRecord {
  id: number;
  issueNumber: number;
  body: string;
  user: Json;
  createdAt: string;
  updatedAt: string;
  /** The classifier it was minimized (hidden) with through GraphQL's minimizeComment. */
  minimized?: string;
}

/** A check run the fake holds, with every annotation sent to it across create and updates. */
export interface CheckRunRecord {
  /** The check run as the API returns it now. */
  run: Json;
  annotations: Json[];
  /** Every `output` object sent (create, then each update). */
  outputs: Json[];
}

/** A deployment the fake holds, with its statuses oldest first. */
export interface DeploymentRecord {
  deployment: Json;
  statuses: Json[];
}

interface PullRecord {
  number: number;
  title: string;
  headSha: string;
  baseSha: string;
  headRef: string;
  baseRef: string;
  files: ChangedFileSeed[];
}

interface RepoState {
  comments: CommentRecord[];
  pulls: Map<number, PullRecord>;
  checkRuns: CheckRunRecord[];
  deployments: DeploymentRecord[];
  tags: Array<{ name: string; sha: string }>;
  /** Commit statuses by sha, oldest first (the latest per context counts). */
  commitStatuses: Map<string, CommitStatusSeed[]>;
  /** Releases, oldest first. */
  releases: Json[];
}

/** Options of {@link FakeGitHub.seedRelease}. */
export interface ReleaseSeed {
  tag: string;
  name?: string;
  body?: string;
  draft?: boolean;
  prerelease?: boolean;
  /** `target_commitish` (default `main`). */
  target?: string;
}

/** A commit status (`POST /repos/{o}/{r}/statuses/{sha}`), as far as deployments' required contexts see it. */
export interface CommitStatusSeed {
  context: string;
  state: 'error' | 'failure' | 'pending' | 'success';
}

/** Options of {@link FakeGitHub.seedPull}. */
export interface PullSeed {
  number: number;
  title?: string;
  headSha?: string;
  baseSha?: string;
  headRef?: string;
  baseRef?: string;
  files?: ChangedFileSeed[];
}

/** Options of {@link FakeGitHub.seedDeployment}. */
export interface DeploymentSeed {
  ref: string;
  sha?: string;
  environment?: string;
  task?: string;
  payload?: unknown;
  description?: string;
  /** `production_environment` (default: environment is `production`). */
  production?: boolean;
  /** `transient_environment` (default false). */
  transient?: boolean;
  /** `created_at` (ISO 8601; default now), e.g. to seed a history whose ids and dates disagree. */
  createdAt?: string;
  /** Statuses in order (oldest first), e.g. `['in_progress', 'success']` or with details. */
  statuses?: Array<string | DeploymentStatusSeed>;
  /** Statuses' `environment_url` (unless a status gives its own). */
  environmentUrl?: string;
}

/** One seeded deployment status (a `success` marks earlier ones inactive as `auto_inactive` does). */
export interface DeploymentStatusSeed {
  state: string;
  description?: string;
  logUrl?: string;
  environmentUrl?: string;
  /** `created_at` (ISO 8601; default now). */
  createdAt?: string;
}

const DEPLOYMENT_STATES = new Set(['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success']);
const CHECK_STATUSES = new Set(['queued', 'in_progress', 'completed', 'waiting', 'requested', 'pending']);
const CHECK_CONCLUSIONS = new Set([
  'action_required',
  'cancelled',
  'failure',
  'neutral',
  'success',
  'skipped',
  'stale',
  'timed_out',
]);
const ANNOTATION_LEVELS = new Set(['notice', 'warning', 'failure']);
/** GitHub's limits: comment bodies, check-run summary/text, annotations per request, files listed per PR. */
const MAX_COMMENT_LENGTH = 65536;
const MAX_CHECK_TEXT_LENGTH = 65535;
const MAX_ANNOTATIONS_PER_REQUEST = 50;
const MAX_PULL_FILES = 3000;
/** Deployment status descriptions, counted in characters (code points). */
const MAX_DEPLOYMENT_STATUS_DESCRIPTION = 140;
/** A release's body (GitHub: "body is too long (maximum is 125000 characters)"). */
const MAX_RELEASE_BODY = 125000;
const MAKE_LATEST = new Set(['true', 'false', 'legacy']);

class HttpError extends Error {
  readonly status: number;
  readonly body: Json;
  readonly headers: Record<string, string>;
  constructor(status: number, body: Json, headers: Record<string, string> = {}) {
    super(String(body.message));
    this.status = status;
    this.body = body;
    this.headers = headers;
  }
}

const DOCS = 'https://docs.github.com/rest';

function githubError(status: number, message: string, docs = DOCS, extra: Json = {}): HttpError {
  return new HttpError(status, { message, documentation_url: docs, status: String(status), ...extra });
}

/** GitHub's answer to a body that fails the route's JSON schema. */
function invalidRequest(detail: string, docs: string): HttpError {
  return githubError(422, `Invalid request.\n\n${detail}`, docs);
}

interface Context {
  params: Record<string, string>;
  query: Record<string, string>;
  body: Json;
  repo: string;
  state: RepoState;
}

interface Response {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** Set by a socket-level fault: do that instead of answering. */
  misbehave?: Misbehaviour;
}

interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  names: string[];
  docs: string;
  handle: (ctx: Context) => Response;
}

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

function isSha(text: string): boolean {
  return /^[0-9a-f]{40}$/.test(text);
}

/** The commit a ref names: a sha as is, a seeded tag's sha, else a stable hash of the name. */
function resolveSha(state: RepoState, ref: string): string {
  if (isSha(ref)) return ref;
  return state.tags.find((t) => t.name === ref)?.sha ?? sha1(`ref${ref}`);
}

/** A boolean body field: absent is `undefined`, anything but a boolean is GitHub's 422. */
function optionalBoolean(body: Json, key: string, docs: string): boolean | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean')
    invalidRequestThrow(`For 'properties/${key}', ${JSON.stringify(value)} is not a boolean.`, docs);
  return value;
}

function optionalString(body: Json, key: string, docs: string): string | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string')
    invalidRequestThrow(`For 'properties/${key}', ${JSON.stringify(value)} is not a string.`, docs);
  return value as string;
}

function invalidRequestThrow(detail: string, docs: string): never {
  throw invalidRequest(detail, docs);
}

function requiredString(body: Json, key: string, docs: string): string {
  const value = optionalString(body, key, docs);
  if (value === undefined) invalidRequestThrow(`"${key}" wasn't supplied.`, docs);
  return value;
}

/** The running fake. Create with {@link startFakeGitHub}; `close()` it in `afterAll`. */
export class FakeGitHub {
  /** Base URL to give as `apiUrl` / GITHUB_API_URL, e.g. `http://127.0.0.1:43121` (set once listening). */
  url = '';
  /** Every request received, in order. */
  readonly requests: RecordedRequest[] = [];
  private readonly server: http.Server;
  private readonly tokens: Set<string>;
  private readonly repos = new Map<string, RepoState>();
  private readonly faults: Fault[] = [];
  private readonly routes: Route[] = [];
  private nextCommentId = 1_900_000_001;
  private nextCheckRunId = 30_000_000_001;
  private nextDeploymentId = 2_100_000_001;
  private nextStatusId = 4_200_000_001;
  private nextReleaseId = 180_000_001;
  private requestCounter = 0;

  constructor(options: FakeGitHubOptions = {}) {
    this.server = http.createServer((req, res) => serve(this, req, res));
    this.tokens = new Set(options.tokens ?? [FAKE_GITHUB_TOKEN]);
    this.defineRoutes();
  }

  // ---- test-facing API -------------------------------------------------------------------------------------

  /**
   * Makes requests to `route` fail. `route` is Octokit notation, e.g.
   * `'POST /repos/{owner}/{repo}/issues/{issue_number}/comments'`, or `'*'` for every route.
   */
  fail(route: string, kind: FaultKind, options: FaultOptions = {}): void {
    if (route !== '*' && !this.routes.some((r) => `${r.method} ${r.template}` === route)) {
      const known = this.routes.map((r) => `${r.method} ${r.template}`).join('\n  ');
      throw new Error(`Unknown route '${route}'. Known routes:\n  ${known}`);
    }
    const transient = kind === 'server-error' || kind === 'secondary-rate-limit' || kind === 'rate-limit';
    this.faults.push({
      route,
      kind,
      remaining: options.times ?? (transient ? 1 : Number.POSITIVE_INFINITY),
      retryAfterSeconds: options.retryAfterSeconds ?? 1,
      ...(options.body === undefined ? {} : { body: options.body }),
      ...(options.contentType === undefined ? {} : { contentType: options.contentType }),
    });
  }

  /** Removes all faults. */
  clearFaults(): void {
    this.faults.length = 0;
  }

  /** Requests that matched `route` (Octokit notation), in order. */
  requestsTo(route: string): RecordedRequest[] {
    return this.requests.filter((r) => r.route === route);
  }

  /** Requests that matched no route (answered 404): an action calling an endpoint the fake does not know. */
  get unhandledRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.route === undefined);
  }

  /** Adds existing comments to an issue or pull request; returns them as the API would. */
  seedComments(repo: string, issueNumber: number, comments: Array<{ body: string; user?: string }>): Json[] {
    const state = this.repo(repo);
    return comments.map((c) => {
      const now = timestamp();
      const record: CommentRecord = {
        id: this.nextCommentId++,
        issueNumber,
        body: c.body,
        user: userObject(c.user ?? 'octocat'),
        createdAt: now,
        updatedAt: now,
      };
      state.comments.push(record);
      return this.commentJson(repo, record);
    });
  }

  /** The classifier a comment was hidden with (GraphQL `minimizeComment`), undefined when it is shown. */
  minimizedAs(repo: string, commentId: number): string | undefined {
    return this.repo(repo).comments.find((c) => c.id === commentId)?.minimized;
  }

  /** Comments of an issue/PR as `GET .../comments` would list them (oldest first). */
  comments(repo: string, issueNumber: number): Json[] {
    return this.repo(repo)
      .comments.filter((c) => c.issueNumber === issueNumber)
      .map((c) => this.commentJson(repo, c));
  }

  /** Creates (or replaces) a pull request and its changed files. */
  seedPull(repo: string, seed: PullSeed): void {
    this.repo(repo).pulls.set(seed.number, {
      number: seed.number,
      title: seed.title ?? `Pull request #${seed.number}`,
      headSha: seed.headSha ?? sha1(`head${seed.number}`),
      baseSha: seed.baseSha ?? sha1(`base${seed.number}`),
      headRef: seed.headRef ?? `feature-${seed.number}`,
      baseRef: seed.baseRef ?? 'main',
      files: seed.files ?? [],
    });
  }

  /** Sets the changed files of a pull request (creating the pull request if needed). */
  seedPullFiles(repo: string, pullNumber: number, files: ChangedFileSeed[]): void {
    const existing = this.repo(repo).pulls.get(pullNumber);
    if (existing) existing.files = files;
    else this.seedPull(repo, { number: pullNumber, files });
  }

  /** Check runs created through the API (oldest first), with all their annotations. */
  checkRuns(repo: string): CheckRunRecord[] {
    return this.repo(repo).checkRuns;
  }

  /** Adds a deployment (and its statuses) as if created earlier; returns its id. */
  seedDeployment(repo: string, seed: DeploymentSeed): number {
    const state = this.repo(repo);
    const record = this.createDeployment(repo, state, {
      ref: seed.ref,
      sha: seed.sha,
      environment: seed.environment ?? 'production',
      task: seed.task ?? 'deploy',
      payload: seed.payload ?? {},
      description: seed.description ?? null,
      transient: seed.transient ?? false,
      production: seed.production,
      createdAt: seed.createdAt,
    });
    for (const s of seed.statuses ?? []) {
      const status = typeof s === 'string' ? { state: s } : s;
      this.addStatus(repo, state, record, {
        state: status.state,
        environmentUrl: status.environmentUrl ?? seed.environmentUrl ?? '',
        ...(status.description !== undefined ? { description: status.description } : {}),
        ...(status.logUrl !== undefined ? { logUrl: status.logUrl } : {}),
        ...(status.createdAt !== undefined ? { createdAt: status.createdAt } : {}),
      });
    }
    return Number(record.deployment.id);
  }

  /** Deployments (oldest first) with their statuses. */
  deployments(repo: string): DeploymentRecord[] {
    return this.repo(repo).deployments;
  }

  /**
   * Commit statuses of `ref` (a sha, or a tag/branch name resolved like deployments resolve it). With the
   * repository's check runs on that sha they are the contexts `POST .../deployments` checks unless
   * `required_contexts` is `[]`.
   */
  seedCommitStatuses(repo: string, ref: string, statuses: CommitStatusSeed[]): void {
    const state = this.repo(repo);
    const sha = resolveSha(state, ref);
    state.commitStatuses.set(sha, [...(state.commitStatuses.get(sha) ?? []), ...statuses]);
  }

  /** Tags listed by `GET /repos/{o}/{r}/tags` (and `git/matching-refs/tags/...`), in the order given. */
  seedTags(repo: string, tags: Array<{ name: string; sha?: string }>): void {
    this.repo(repo).tags = tags.map((t) => ({ name: t.name, sha: t.sha ?? sha1(`tag${t.name}`) }));
  }

  /** Releases created through the API or seeded, oldest first, as the API returns them. */
  releases(repo: string): Json[] {
    return this.repo(repo).releases;
  }

  /** Adds a release as if created earlier (its tag is created too when missing, as GitHub does). */
  seedRelease(repo: string, seed: ReleaseSeed): Json {
    const state = this.repo(repo);
    return this.createRelease(repo, state, {
      tag: seed.tag,
      target: seed.target ?? 'main',
      name: seed.name ?? null,
      body: seed.body ?? null,
      draft: seed.draft ?? false,
      prerelease: seed.prerelease ?? false,
    });
  }

  /** Listens on a random port of 127.0.0.1 ({@link startFakeGitHub} does this). */
  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
  }

  /** Stops the server (open keep-alive connections included). */
  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((e) => (e ? reject(e) : resolve())));
  }

  // ---- state helpers ---------------------------------------------------------------------------------------

  private repo(fullName: string): RepoState {
    const key = fullName.toLowerCase();
    let state = this.repos.get(key);
    if (!state) {
      state = {
        comments: [],
        pulls: new Map(),
        checkRuns: [],
        deployments: [],
        tags: [],
        commitStatuses: new Map(),
        releases: [],
      };
      this.repos.set(key, state);
    }
    return state;
  }

  private commentJson(repo: string, c: CommentRecord): Json {
    return issueCommentObject({
      repo,
      apiUrl: this.url,
      issueNumber: c.issueNumber,
      id: c.id,
      body: c.body,
      user: c.user,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
    });
  }

  private createDeployment(
    repo: string,
    state: RepoState,
    input: {
      ref: string;
      sha: string | undefined;
      environment: string;
      task: string;
      payload: unknown;
      description: string | null;
      transient: boolean;
      production: boolean | undefined;
      createdAt?: string | undefined;
    },
  ): DeploymentRecord {
    const sha = input.sha ?? resolveSha(state, input.ref);
    const record: DeploymentRecord = {
      deployment: deploymentObject({
        repo,
        apiUrl: this.url,
        id: this.nextDeploymentId++,
        sha,
        ref: input.ref,
        task: input.task,
        payload: input.payload,
        environment: input.environment,
        description: input.description,
        transient: input.transient,
        production: input.production ?? input.environment === 'production',
        createdAt: input.createdAt ?? timestamp(),
      }),
      statuses: [],
    };
    state.deployments.push(record);
    return record;
  }

  private createRelease(
    repo: string,
    state: RepoState,
    input: {
      tag: string;
      target: string;
      name: string | null;
      body: string | null;
      draft: boolean;
      prerelease: boolean;
    },
  ): Json {
    // Publishing a release of a tag that does not exist creates the tag at target_commitish (a draft does not).
    if (!input.draft && !state.tags.some((t) => t.name === input.tag)) {
      state.tags.push({ name: input.tag, sha: resolveSha(state, input.target) });
    }
    const release = releaseObject({
      repo,
      apiUrl: this.url,
      id: this.nextReleaseId++,
      tag: input.tag,
      targetCommitish: input.target,
      name: input.name,
      body: input.body,
      draft: input.draft,
      prerelease: input.prerelease,
      createdAt: timestamp(),
    });
    state.releases.push(release);
    return release;
  }

  private addStatus(
    repo: string,
    state: RepoState,
    record: DeploymentRecord,
    input: {
      state: string;
      description?: string;
      environment?: string;
      targetUrl?: string;
      logUrl?: string;
      environmentUrl?: string;
      autoInactive?: boolean;
      createdAt?: string;
    },
  ): Json {
    const deployment = record.deployment;
    const environment = input.environment ?? String(deployment.environment);
    const status = deploymentStatusObject({
      repo,
      apiUrl: this.url,
      deploymentId: Number(deployment.id),
      id: this.nextStatusId++,
      state: input.state,
      description: input.description ?? '',
      environment,
      targetUrl: input.targetUrl ?? input.logUrl ?? '',
      logUrl: input.logUrl ?? input.targetUrl ?? '',
      environmentUrl: input.environmentUrl ?? '',
      createdAt: input.createdAt ?? timestamp(),
    });
    record.statuses.push(status);
    deployment.updated_at = status.created_at;
    // auto_inactive (default true): earlier successful, non-transient, non-production deployments to the same
    // environment get an `inactive` status (GitHub's documented rule).
    if (input.state === 'success' && input.autoInactive !== false) {
      for (const other of state.deployments) {
        if (other === record || other.deployment.environment !== environment) continue;
        if (other.deployment.transient_environment || other.deployment.production_environment) continue;
        if (other.statuses.at(-1)?.state !== 'success') continue;
        this.addStatus(repo, state, other, {
          state: 'inactive',
          autoInactive: false,
          ...(input.createdAt !== undefined ? { createdAt: input.createdAt } : {}),
        });
      }
    }
    return status;
  }

  /**
   * GitHub's check before creating a deployment: every required context (all contexts of the commit when
   * `required_contexts` is absent, none when it is `[]`) must be `success`, else 409. Contexts are the commit
   * statuses and check runs (by name; `conclusion`, or `status` while not completed) on the ref's commit.
   * A required context the commit does not have is listed with state `missing`.
   */
  private checkRequiredContexts(state: RepoState, ref: string, required: string[] | undefined, docs: string): void {
    const sha = resolveSha(state, ref);
    const contexts = new Map<string, string>();
    for (const s of state.commitStatuses.get(sha) ?? []) contexts.set(s.context, s.state);
    for (const { run } of state.checkRuns) {
      if (run.head_sha === sha) contexts.set(String(run.name), String(run.conclusion ?? run.status));
    }
    const names = required ?? [...contexts.keys()];
    const listed = names.map((context) => ({ context, state: contexts.get(context) ?? 'missing' }));
    if (listed.every((c) => c.state === 'success')) return;
    throw githubError(409, `Conflict: Commit status checks failed for ${ref}.`, docs, {
      errors: [{ contexts: listed, resource: 'Deployment', field: 'required_contexts', code: 'invalid' }],
    });
  }

  // ---- HTTP ------------------------------------------------------------------------------------------------

  private paginate(ctx: Context, path: string, items: unknown[]): Response {
    const perPage = Math.min(Math.max(Number.parseInt(ctx.query.per_page ?? '30', 10) || 30, 1), 100);
    const page = Math.max(Number.parseInt(ctx.query.page ?? '1', 10) || 1, 1);
    const last = Math.max(Math.ceil(items.length / perPage), 1);
    const body = items.slice((page - 1) * perPage, page * perPage);
    const link = (n: number, rel: string) => {
      const query = new URLSearchParams({ ...ctx.query, per_page: String(perPage), page: String(n) });
      return `<${this.url}${path}?${query.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(page - 1, 'prev'));
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'));
    return { status: 200, body, headers: links.length > 0 ? { link: links.join(', ') } : {} };
  }

  private route(method: string, template: string, docs: string, handle: (ctx: Context) => Response): void {
    const names: string[] = [];
    const source = template.replace(/\{(\w+)\}/g, (match: string, name: string, offset: number) => {
      names.push(name);
      // A git ref or tag name at the end of a path may contain slashes (`git/matching-refs/tags/v1`,
      // `releases/tags/quality-gate/v1.2.0`).
      return (name === 'ref' || name === 'tag') && offset + match.length === template.length ? '(.+)' : '([^/]+)';
    });
    this.routes.push({ method, template, pattern: new RegExp(`^${source}$`), names, docs: `${DOCS}/${docs}`, handle });
  }

  private defineRoutes(): void {
    const repoPath = (ctx: Context) => `/repos/${ctx.repo}`;
    const int = (text: string | undefined) => Number.parseInt(text ?? '', 10);

    this.route('GET', '/repos/{owner}/{repo}', 'repos/repos#get-a-repository', (ctx) => ({
      status: 200,
      body: repositoryObject(ctx.repo, this.url),
    }));

    const commentsDocs = 'issues/comments';
    this.route('GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments', commentsDocs, (ctx) => {
      const number = int(ctx.params.issue_number);
      return this.paginate(ctx, `${repoPath(ctx)}/issues/${number}/comments`, this.comments(ctx.repo, number));
    });
    this.route('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', commentsDocs, (ctx) => {
      const docs = `${DOCS}/${commentsDocs}#create-an-issue-comment`;
      const body = requiredString(ctx.body, 'body', docs);
      checkCommentLength(body, docs);
      const now = timestamp();
      const record: CommentRecord = {
        id: this.nextCommentId++,
        issueNumber: int(ctx.params.issue_number),
        body,
        user: GITHUB_ACTIONS_BOT,
        createdAt: now,
        updatedAt: now,
      };
      ctx.state.comments.push(record);
      const json = this.commentJson(ctx.repo, record);
      return { status: 201, body: json, headers: { location: String(json.url) } };
    });
    const findComment = (ctx: Context) => {
      const comment = ctx.state.comments.find((c) => c.id === int(ctx.params.comment_id));
      if (!comment) throw githubError(404, 'Not Found', `${DOCS}/${commentsDocs}`);
      return comment;
    };
    this.route('PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}', commentsDocs, (ctx) => {
      const comment = findComment(ctx);
      const docs = `${DOCS}/${commentsDocs}#update-an-issue-comment`;
      comment.body = requiredString(ctx.body, 'body', docs);
      checkCommentLength(comment.body, docs);
      comment.updatedAt = timestamp();
      return { status: 200, body: this.commentJson(ctx.repo, comment) };
    });
    this.route('DELETE', '/repos/{owner}/{repo}/issues/comments/{comment_id}', commentsDocs, (ctx) => {
      const comment = findComment(ctx);
      ctx.state.comments.splice(ctx.state.comments.indexOf(comment), 1);
      return { status: 204, body: undefined };
    });

    // GraphQL: the one mutation the gates use, minimizeComment (hide a sticky comment once the gate passes).
    this.route('POST', '/graphql', 'graphql/reference/mutations#minimizecomment', (ctx) => {
      const query = typeof ctx.body.query === 'string' ? ctx.body.query : '';
      const variables = (ctx.body.variables ?? {}) as Json;
      const classifier = /classifier:\s*(\w+)/.exec(query)?.[1];
      const nodeId = String(variables.id ?? '');
      const commentId = Number(/IssueComment(\d+)$/.exec(Buffer.from(nodeId, 'base64').toString())?.[1]);
      const comment = [...this.repos.values()].flatMap((state) => state.comments).find((c) => c.id === commentId);
      if (!/minimizeComment/.test(query) || classifier === undefined) {
        return { status: 200, body: { errors: [{ message: 'The fake answers only minimizeComment' }] } };
      }
      if (!comment) {
        return {
          status: 200,
          body: {
            data: null,
            errors: [{ type: 'NOT_FOUND', message: `Could not resolve to a node with the global id of '${nodeId}'` }],
          },
        };
      }
      comment.minimized = classifier;
      return { status: 200, body: { data: { minimizeComment: { minimizedComment: { isMinimized: true } } } } };
    });

    const checksDocs = 'checks/runs';
    this.route('POST', '/repos/{owner}/{repo}/check-runs', checksDocs, (ctx) => {
      const docs = `${DOCS}/${checksDocs}#create-a-check-run`;
      const name = requiredString(ctx.body, 'name', docs);
      const headSha = requiredString(ctx.body, 'head_sha', docs);
      const record: CheckRunRecord = {
        run: checkRunObject({ repo: ctx.repo, apiUrl: this.url, id: this.nextCheckRunId++, headSha }),
        annotations: [],
        outputs: [],
      };
      record.run.name = name;
      applyCheckRunUpdate(record, ctx.body, docs);
      ctx.state.checkRuns.push(record);
      return { status: 201, body: record.run };
    });
    const findCheckRun = (ctx: Context) => {
      const record = ctx.state.checkRuns.find((r) => r.run.id === int(ctx.params.check_run_id));
      if (!record) throw githubError(404, 'Not Found', `${DOCS}/${checksDocs}`);
      return record;
    };
    this.route('PATCH', '/repos/{owner}/{repo}/check-runs/{check_run_id}', checksDocs, (ctx) => {
      const record = findCheckRun(ctx);
      const docs = `${DOCS}/${checksDocs}#update-a-check-run`;
      const name = optionalString(ctx.body, 'name', docs);
      if (name !== undefined) record.run.name = name;
      applyCheckRunUpdate(record, ctx.body, docs);
      return { status: 200, body: record.run };
    });

    const pullsDocs = 'pulls/pulls';
    const findPull = (ctx: Context) => {
      const pull = ctx.state.pulls.get(int(ctx.params.pull_number));
      if (!pull) throw githubError(404, 'Not Found', `${DOCS}/${pullsDocs}#get-a-pull-request`);
      return pull;
    };
    this.route('GET', '/repos/{owner}/{repo}/pulls/{pull_number}', pullsDocs, (ctx) => {
      const pull = findPull(ctx);
      const files = pull.files.map((f) =>
        changedFileObject(f, { repo: ctx.repo, apiUrl: this.url, ref: pull.headSha }),
      );
      return {
        status: 200,
        body: {
          ...pullRequestObject({ repo: ctx.repo, apiUrl: this.url, ...pull }),
          changed_files: files.length,
          additions: files.reduce((n, f) => n + Number(f.additions), 0),
          deletions: files.reduce((n, f) => n + Number(f.deletions), 0),
        },
      };
    });
    this.route('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/files', pullsDocs, (ctx) => {
      const pull = findPull(ctx);
      const files = pull.files
        .slice(0, MAX_PULL_FILES)
        .map((f) => changedFileObject(f, { repo: ctx.repo, apiUrl: this.url, ref: pull.headSha }));
      return this.paginate(ctx, `${repoPath(ctx)}/pulls/${pull.number}/files`, files);
    });

    const deploymentsDocs = 'deployments/deployments';
    this.route('GET', '/repos/{owner}/{repo}/deployments', deploymentsDocs, (ctx) => {
      const filters = ['sha', 'ref', 'task', 'environment'] as const;
      const list = ctx.state.deployments
        .map((d) => d.deployment)
        .filter((d) => filters.every((f) => ctx.query[f] === undefined || d[f] === ctx.query[f]))
        .reverse();
      return this.paginate(ctx, `${repoPath(ctx)}/deployments`, list);
    });
    this.route('POST', '/repos/{owner}/{repo}/deployments', deploymentsDocs, (ctx) => {
      const docs = `${DOCS}/${deploymentsDocs}#create-a-deployment`;
      const ref = requiredString(ctx.body, 'ref', docs);
      const environment = optionalString(ctx.body, 'environment', docs) ?? 'production';
      const task = optionalString(ctx.body, 'task', docs) ?? 'deploy';
      const description = optionalString(ctx.body, 'description', docs) ?? null;
      const production = optionalBoolean(ctx.body, 'production_environment', docs);
      const transient = optionalBoolean(ctx.body, 'transient_environment', docs) ?? false;
      optionalBoolean(ctx.body, 'auto_merge', docs);
      const payload = ctx.body.payload ?? {};
      if (typeof payload !== 'string' && (typeof payload !== 'object' || Array.isArray(payload)))
        invalidRequestThrow(`For 'properties/payload', ${JSON.stringify(payload)} is not an object or a string.`, docs);
      const required = ctx.body.required_contexts;
      if (required !== undefined && (!Array.isArray(required) || required.some((c) => typeof c !== 'string')))
        invalidRequestThrow(
          `For 'properties/required_contexts', ${JSON.stringify(required)} is not an array of strings.`,
          docs,
        );
      this.checkRequiredContexts(ctx.state, ref, required as string[] | undefined, docs);
      const record = this.createDeployment(ctx.repo, ctx.state, {
        ref,
        sha: undefined,
        environment,
        task,
        payload,
        description,
        transient,
        production,
      });
      return { status: 201, body: record.deployment };
    });
    const findDeployment = (ctx: Context) => {
      const record = ctx.state.deployments.find((d) => d.deployment.id === int(ctx.params.deployment_id));
      if (!record) throw githubError(404, 'Not Found', `${DOCS}/${deploymentsDocs}`);
      return record;
    };
    this.route('GET', '/repos/{owner}/{repo}/deployments/{deployment_id}', deploymentsDocs, (ctx) => ({
      status: 200,
      body: findDeployment(ctx).deployment,
    }));
    const statusesDocs = 'deployments/statuses';
    this.route('GET', '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses', statusesDocs, (ctx) => {
      const record = findDeployment(ctx);
      const path = `${repoPath(ctx)}/deployments/${String(record.deployment.id)}/statuses`;
      return this.paginate(ctx, path, [...record.statuses].reverse());
    });
    this.route('POST', '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses', statusesDocs, (ctx) => {
      const docs = `${DOCS}/${statusesDocs}#create-a-deployment-status`;
      const record = findDeployment(ctx);
      const state = requiredString(ctx.body, 'state', docs);
      if (!DEPLOYMENT_STATES.has(state)) {
        invalidRequestThrow(
          `For 'properties/state', "${state}" is not one of ${[...DEPLOYMENT_STATES].join(', ')}.`,
          docs,
        );
      }
      const input: Parameters<FakeGitHub['addStatus']>[3] = {
        state,
        autoInactive: optionalBoolean(ctx.body, 'auto_inactive', docs) !== false,
      };
      const description = optionalString(ctx.body, 'description', docs);
      if (description !== undefined && [...description].length > MAX_DEPLOYMENT_STATUS_DESCRIPTION) {
        throw githubError(422, 'Validation Failed', docs, {
          errors: [
            {
              resource: 'DeploymentStatus',
              code: 'custom',
              field: 'description',
              message: `description is too long (maximum is ${MAX_DEPLOYMENT_STATUS_DESCRIPTION} characters)`,
            },
          ],
        });
      }
      const environment = optionalString(ctx.body, 'environment', docs);
      const targetUrl = optionalString(ctx.body, 'target_url', docs);
      const logUrl = optionalString(ctx.body, 'log_url', docs);
      const environmentUrl = optionalString(ctx.body, 'environment_url', docs);
      if (description !== undefined) input.description = description;
      if (environment !== undefined) input.environment = environment;
      if (targetUrl !== undefined) input.targetUrl = targetUrl;
      if (logUrl !== undefined) input.logUrl = logUrl;
      if (environmentUrl !== undefined) input.environmentUrl = environmentUrl;
      return { status: 201, body: this.addStatus(ctx.repo, ctx.state, record, input) };
    });

    this.route('GET', '/repos/{owner}/{repo}/tags', 'repos/repos#list-repository-tags', (ctx) => {
      const api = `${this.url}${repoPath(ctx)}`;
      const tags = ctx.state.tags.map((t) => ({
        name: t.name,
        zipball_url: `${api}/zipball/refs/tags/${t.name}`,
        tarball_url: `${api}/tarball/refs/tags/${t.name}`,
        commit: { sha: t.sha, url: `${api}/commits/${t.sha}` },
        node_id: Buffer.from(`03:Ref${t.name}`).toString('base64'),
      }));
      return this.paginate(ctx, `${repoPath(ctx)}/tags`, tags);
    });
    // Octokit sends `ref` URL-encoded (`tags%2Fv`); a hand-written request may keep the slash.
    this.route('GET', '/repos/{owner}/{repo}/git/matching-refs/{ref}', 'git/refs#list-matching-references', (ctx) => {
      const api = `${this.url}${repoPath(ctx)}`;
      const prefix = `refs/${ctx.params.ref as string}`;
      const refs = ctx.state.tags
        .map((t) => ({ ref: `refs/tags/${t.name}`, sha: t.sha }))
        .filter((r) => r.ref.startsWith(prefix))
        .sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0))
        .map((r) => ({
          ref: r.ref,
          node_id: Buffer.from(`03:Ref${r.ref}`).toString('base64'),
          url: `${api}/git/${r.ref}`,
          object: { sha: r.sha, type: 'commit', url: `${api}/git/commits/${r.sha}` },
        }));
      return { status: 200, body: refs };
    });

    const releasesDocs = 'releases/releases';
    this.route('POST', '/repos/{owner}/{repo}/releases', `${releasesDocs}#create-a-release`, (ctx) => {
      const docs = `${DOCS}/${releasesDocs}#create-a-release`;
      const tag = requiredString(ctx.body, 'tag_name', docs);
      const target = optionalString(ctx.body, 'target_commitish', docs);
      const name = optionalString(ctx.body, 'name', docs);
      const body = optionalString(ctx.body, 'body', docs);
      const draft = optionalBoolean(ctx.body, 'draft', docs) ?? false;
      const prerelease = optionalBoolean(ctx.body, 'prerelease', docs) ?? false;
      optionalBoolean(ctx.body, 'generate_release_notes', docs);
      const makeLatest = optionalString(ctx.body, 'make_latest', docs);
      if (makeLatest !== undefined && !MAKE_LATEST.has(makeLatest)) {
        invalidRequestThrow(`For 'properties/make_latest', "${makeLatest}" is not one of true, false, legacy.`, docs);
      }
      const validation = (error: Json) => githubError(422, 'Validation Failed', docs, { errors: [error] });
      if (tag.trim() === '') throw validation({ resource: 'Release', code: 'missing_field', field: 'tag_name' });
      if (body !== undefined && body.length > MAX_RELEASE_BODY) {
        throw validation({
          resource: 'Release',
          code: 'custom',
          field: 'body',
          message: `body is too long (maximum is ${MAX_RELEASE_BODY} characters)`,
        });
      }
      if (ctx.state.releases.some((r) => r.tag_name === tag)) {
        throw validation({ resource: 'Release', code: 'already_exists', field: 'tag_name' });
      }
      const release = this.createRelease(ctx.repo, ctx.state, {
        tag,
        target: target ?? 'main',
        name: name ?? null,
        body: body ?? null,
        draft,
        prerelease,
      });
      return { status: 201, body: release, headers: { location: String(release.url) } };
    });
    // Drafts are not found by tag (their tag does not exist yet).
    this.route(
      'GET',
      '/repos/{owner}/{repo}/releases/tags/{tag}',
      `${releasesDocs}#get-a-release-by-tag-name`,
      (ctx) => {
        const release = ctx.state.releases.find((r) => r.tag_name === ctx.params.tag && !r.draft);
        if (!release) throw githubError(404, 'Not Found', `${DOCS}/${releasesDocs}#get-a-release-by-tag-name`);
        return { status: 200, body: release };
      },
    );
  }

  private faultResponse(fault: Fault, docs: string): HttpError {
    switch (fault.kind) {
      case 'hang':
      case 'hang-body':
      case 'reset':
      case 'garbage':
        throw new Error(`fault ${fault.kind} is answered at the socket`);
      case 'forbidden':
        return new HttpError(
          403,
          { message: 'Resource not accessible by integration', documentation_url: docs, status: '403' },
          { 'x-accepted-github-permissions': 'issues=write; pull_requests=write; checks=write; deployments=write' },
        );
      case 'not-found':
        return githubError(404, 'Not Found', docs);
      case 'server-error':
        return new HttpError(500, { message: 'Server Error' });
      case 'secondary-rate-limit':
        return new HttpError(
          403,
          {
            message:
              'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
              'If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.',
            documentation_url:
              'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
            status: '403',
          },
          { 'retry-after': String(fault.retryAfterSeconds) },
        );
      case 'rate-limit':
        return new HttpError(
          403,
          {
            message: 'API rate limit exceeded for installation ID 1234567.',
            documentation_url:
              'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-the-primary-rate-limit',
            status: '403',
          },
          {
            'x-ratelimit-remaining': '0',
            'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + fault.retryAfterSeconds),
          },
        );
    }
  }

  /** Answers one request: auth, route, fault, handler. Never throws. */
  handle(method: string, path: string, query: Record<string, string>, headers: Record<string, string>, body: unknown) {
    let routeName: string | undefined;
    let response: Response;
    try {
      const auth = /^(?:token|bearer)\s+(\S+)$/i.exec(headers.authorization ?? '');
      if (!headers.authorization) throw githubError(401, 'Requires authentication');
      if (!auth || !this.tokens.has(auth[1] as string)) throw githubError(401, 'Bad credentials');
      let match: { route: Route; params: Record<string, string> } | undefined;
      for (const route of this.routes) {
        if (route.method !== method) continue;
        const m = route.pattern.exec(path);
        if (!m) continue;
        const params: Record<string, string> = {};
        route.names.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1] as string)));
        match = { route, params };
        break;
      }
      if (!match) throw githubError(404, 'Not Found');
      routeName = `${match.route.method} ${match.route.template}`;
      const fault = this.faults.find((f) => f.remaining > 0 && (f.route === routeName || f.route === '*'));
      if (fault) {
        fault.remaining--;
        const misbehave = misbehaviour(fault);
        if (misbehave) {
          // Recorded as 0 when no status is ever sent.
          const status = misbehave.kind === 'hang' || misbehave.kind === 'reset' ? 0 : 200;
          return { routeName, response: { status, body: undefined, misbehave } };
        }
        throw this.faultResponse(fault, match.route.docs);
      }
      const repo = `${match.params.owner}/${match.params.repo}`;
      if (body !== undefined && (typeof body !== 'object' || body === null || Array.isArray(body))) {
        throw githubError(400, 'Problems parsing JSON', match.route.docs);
      }
      response = match.route.handle({
        params: match.params,
        query,
        body: (body ?? {}) as Json,
        repo,
        state: this.repo(repo),
      });
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      response = { status: error.status, body: error.body, headers: error.headers };
    }
    return { routeName, response };
  }

  /** Headers GitHub sends on every API response (rate-limit counters, media type, request id). */
  commonHeaders(): Record<string, string> {
    this.requestCounter++;
    return {
      'content-type': 'application/json; charset=utf-8',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-api-version-selected': '2022-11-28',
      'x-github-request-id': `F00D:${this.requestCounter.toString(16).toUpperCase().padStart(6, '0')}:0:0:00000000`,
      'x-ratelimit-limit': '1000',
      'x-ratelimit-remaining': String(Math.max(1000 - this.requestCounter, 0)),
      'x-ratelimit-used': String(this.requestCounter),
      'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 3600),
      'x-ratelimit-resource': 'core',
    };
  }
}

function checkCommentLength(body: string, docs: string): void {
  if (body.length > MAX_COMMENT_LENGTH) {
    throw githubError(422, 'Validation Failed', docs, {
      errors: [
        {
          resource: 'IssueComment',
          code: 'custom',
          field: 'body',
          message: `body is too long (maximum is ${MAX_COMMENT_LENGTH} characters)`,
        },
      ],
    });
  }
}

/** Applies a create/update body to a check run: status, conclusion, output, appended annotations. */
function applyCheckRunUpdate(record: CheckRunRecord, body: Json, docs: string): void {
  const run = record.run;
  for (const key of ['details_url', 'external_id', 'started_at'] as const) {
    const value = optionalString(body, key, docs);
    if (value !== undefined) run[key] = value;
  }
  const status = optionalString(body, 'status', docs);
  if (status !== undefined) {
    if (!CHECK_STATUSES.has(status))
      invalidRequestThrow(`For 'properties/status', "${status}" is not a valid value.`, docs);
    run.status = status;
  }
  const conclusion = optionalString(body, 'conclusion', docs);
  if (conclusion !== undefined) {
    if (!CHECK_CONCLUSIONS.has(conclusion)) {
      invalidRequestThrow(`For 'properties/conclusion', "${conclusion}" is not a valid value.`, docs);
    }
    run.conclusion = conclusion;
    run.status = 'completed';
  }
  if (run.status === 'completed') {
    if (run.conclusion === null) invalidRequestThrow('"conclusion" wasn\'t supplied.', docs);
    run.completed_at = optionalString(body, 'completed_at', docs) ?? run.completed_at ?? timestamp();
  }
  const output = body.output;
  if (output === undefined || output === null) return;
  if (typeof output !== 'object' || Array.isArray(output))
    invalidRequestThrow("For 'properties/output', not an object.", docs);
  const o = output as Json;
  const title = requiredString(o, 'title', docs);
  const summary = requiredString(o, 'summary', docs);
  const text = optionalString(o, 'text', docs);
  for (const [field, value] of [
    ['summary', summary],
    ['text', text],
  ] as const) {
    if (value !== undefined && value.length > MAX_CHECK_TEXT_LENGTH) {
      invalidRequestThrow(
        `Only ${MAX_CHECK_TEXT_LENGTH} characters are allowed; ${value.length} were supplied. (${field})`,
        docs,
      );
    }
  }
  const annotations = o.annotations ?? [];
  if (!Array.isArray(annotations)) invalidRequestThrow("For 'properties/annotations', not an array.", docs);
  if (annotations.length > MAX_ANNOTATIONS_PER_REQUEST) {
    invalidRequestThrow(
      `For 'properties/annotations', ${annotations.length} items were supplied; at most ${MAX_ANNOTATIONS_PER_REQUEST} are allowed.`,
      docs,
    );
  }
  for (const [i, a] of (annotations as Json[]).entries()) {
    for (const key of ['path', 'annotation_level', 'message'] as const) {
      if (typeof a[key] !== 'string') invalidRequestThrow(`"${key}" wasn't supplied. (annotations/${i})`, docs);
    }
    for (const key of ['start_line', 'end_line'] as const) {
      if (!Number.isInteger(a[key])) invalidRequestThrow(`"${key}" wasn't supplied. (annotations/${i})`, docs);
    }
    if (!ANNOTATION_LEVELS.has(a.annotation_level as string)) {
      invalidRequestThrow(
        `For 'properties/annotation_level', "${String(a.annotation_level)}" is not one of notice, warning, failure.`,
        docs,
      );
    }
  }
  record.outputs.push(o);
  record.annotations.push(...(annotations as Json[]));
  const current = run.output as Json;
  run.output = {
    ...current,
    title,
    summary,
    text: text ?? current.text ?? null,
    annotations_count: record.annotations.length,
  };
}

function misbehaviour(fault: Fault): Misbehaviour | undefined {
  switch (fault.kind) {
    case 'hang':
    case 'hang-body':
    case 'reset':
      return { kind: fault.kind };
    case 'garbage':
      return {
        kind: 'garbage',
        body: fault.body ?? GARBAGE_PAGE,
        contentType: fault.contentType ?? 'application/json; charset=utf-8',
      };
    default:
      return undefined;
  }
}

const INVALID_JSON = Symbol('invalid-json');

function parseBody(raw: string, contentType: string | undefined): unknown {
  if (raw === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return contentType?.includes('json') ? INVALID_JSON : raw;
  }
}

/** Answers one HTTP request: parse, dispatch, record. */
function serve(self: FakeGitHub, req: http.IncomingMessage, res: http.ServerResponse): void {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const url = new URL(req.url ?? '/', self.url);
    const query = Object.fromEntries(url.searchParams);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
    }
    const raw = Buffer.concat(chunks).toString('utf8');
    const parsed = parseBody(raw, headers['content-type']);
    const method = (req.method ?? 'GET').toUpperCase();
    let routeName: string | undefined;
    let response: Response;
    if (parsed === INVALID_JSON) {
      response = { status: 400, body: { message: 'Problems parsing JSON', documentation_url: DOCS, status: '400' } };
    } else {
      try {
        ({ routeName, response } = self.handle(method, url.pathname, query, headers, parsed));
      } catch (error) {
        // A bug in the fake itself: answer 500 with the reason rather than hanging the action.
        response = { status: 500, body: { message: `fake-github: ${String(error)}` } };
      }
    }
    self.requests.push({
      method,
      path: url.pathname,
      query,
      headers,
      body: parsed === INVALID_JSON ? raw : parsed,
      route: routeName,
      status: response.status,
    });
    const misbehave = response.misbehave;
    if (misbehave?.kind === 'hang') return; // read, never answered: close() ends the connection
    if (misbehave?.kind === 'reset') {
      req.socket.destroy();
      return;
    }
    if (misbehave?.kind === 'hang-body') {
      res.writeHead(200, self.commonHeaders());
      res.write('{"id": 1, "html_url": "');
      return;
    }
    if (misbehave?.kind === 'garbage') {
      res.writeHead(200, { ...self.commonHeaders(), 'content-type': misbehave.contentType });
      res.end(misbehave.body);
      return;
    }
    const payload = response.body === undefined ? '' : JSON.stringify(response.body);
    res.writeHead(response.status, { ...self.commonHeaders(), ...response.headers });
    res.end(payload);
  });
}

/** Starts a fake GitHub API on a random loopback port. */
export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const fake = new FakeGitHub(options);
  await fake.listen();
  return fake;
}
