/**
 * Real webhook payloads (from `@octokit/webhooks-examples`) as the event of a run, and the `GITHUB_*`
 * variables the runner derives from an event.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** A webhook payload: JSON object. */
export type EventPayload = Record<string, unknown>;

/** The event that triggered the simulated workflow run. */
export interface WorkflowEvent {
  /** `GITHUB_EVENT_NAME`, e.g. `pull_request`, `push`, `workflow_dispatch`. */
  name: string;
  /** The JSON written to `GITHUB_EVENT_PATH`. */
  payload: EventPayload;
}

interface WebhookDefinition {
  name: string;
  examples: EventPayload[];
}

let definitions: WebhookDefinition[] | undefined;

function webhookDefinitions(): WebhookDefinition[] {
  if (definitions === undefined) {
    const file = createRequire(import.meta.url).resolve('@octokit/webhooks-examples');
    definitions = JSON.parse(readFileSync(file, 'utf8')) as WebhookDefinition[];
  }
  return definitions;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep copy of JSON data. */
export function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** A partial payload merged into an event: objects merge key by key, anything else (arrays too) replaces. */
export type PayloadOverrides = Record<string, unknown>;

/** Merges `overrides` into `target` in place (objects recursively; arrays and scalars replace). */
export function deepMerge(target: Record<string, unknown>, overrides: PayloadOverrides): Record<string, unknown> {
  for (const [key, value] of Object.entries(overrides)) {
    const current = target[key];
    if (isPlainObject(value) && isPlainObject(current)) deepMerge(current, value);
    else target[key] = cloneJson(value);
  }
  return target;
}

/** Replaces `from` by `to` in every string of a JSON value (keys untouched). */
export function replaceInStrings<T>(value: T, from: string, to: string): T {
  if (from === to) return value;
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return node.split(from).join(to);
    if (Array.isArray(node)) return node.map(walk);
    if (isPlainObject(node)) return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
    return node;
  };
  return walk(value) as T;
}

/** Options of {@link loadEvent}. */
export interface LoadEventOptions {
  /** Pick the first example with this `action` (e.g. `opened`, `synchronize`). */
  action?: string;
  /** Pick the n-th matching example (default 0). */
  index?: number;
  /** `owner/name`: rewrites every mention of the example's repository (names, URLs) consistently. */
  repository?: string;
  /** Deep-merged into the payload last. */
  overrides?: PayloadOverrides;
}

/**
 * A real example payload for `name`, copied so a test may change it.
 * @example loadEvent('pull_request', { action: 'opened', repository: 'acme/shop', overrides: { number: 7 } })
 */
export function loadEvent(name: string, options: LoadEventOptions = {}): WorkflowEvent {
  const definition = webhookDefinitions().find((d) => d.name === name);
  if (!definition) {
    const known = webhookDefinitions()
      .map((d) => d.name)
      .join(', ');
    throw new Error(`No example payload for event '${name}'. Known: ${known}`);
  }
  const matching = definition.examples.filter((e) => options.action === undefined || e.action === options.action);
  const example = matching[options.index ?? 0];
  if (!example) {
    const actions = [...new Set(definition.examples.map((e) => String(e.action)))].join(', ');
    throw new Error(
      `No example #${options.index ?? 0} of '${name}' with action '${options.action}'. Actions: ${actions}`,
    );
  }
  let payload = cloneJson(example);
  if (options.repository !== undefined) payload = withRepository(payload, options.repository);
  if (options.overrides) deepMerge(payload, options.overrides);
  return { name, payload };
}

/** `repository.full_name` of a payload, if any. */
export function payloadRepository(payload: EventPayload): string | undefined {
  const repository = payload.repository;
  if (isPlainObject(repository) && typeof repository.full_name === 'string') return repository.full_name;
  return undefined;
}

/**
 * Moves a payload to another repository: every string naming the old `owner/name` (full names, API and web
 * URLs) is rewritten, then `repository.name`, `repository.owner.login` and the owner's URLs follow.
 * A fork's head repository keeps its own owner.
 */
export function withRepository(payload: EventPayload, fullName: string): EventPayload {
  const [owner, name] = fullName.split('/');
  if (!owner || !name) throw new Error(`repository must be 'owner/name', got '${fullName}'`);
  const old = payloadRepository(payload);
  if (old === undefined) {
    return { ...payload, repository: { full_name: fullName, name, owner: { login: owner } } };
  }
  const [oldOwner] = old.split('/') as [string, string];
  const result = replaceInStrings(payload, old, fullName);
  // The owner's user object (login and its URLs) follows the repository; other users (sender...) stay.
  const moveOwner = (user: unknown): unknown => {
    if (!isPlainObject(user) || user.login !== oldOwner) return user;
    let moved = replaceInStrings(user, `/users/${oldOwner}`, `/users/${owner}`);
    moved = replaceInStrings(moved, `github.com/${oldOwner}`, `github.com/${owner}`);
    moved.login = owner;
    if (typeof moved.name === 'string') moved.name = owner;
    return moved;
  };
  const repository = result.repository as Record<string, unknown>;
  repository.name = name;
  repository.full_name = fullName;
  repository.owner = moveOwner(repository.owner);
  const pull = result.pull_request;
  if (isPlainObject(pull)) {
    for (const side of ['base', 'head'] as const) {
      const ref = pull[side];
      if (!isPlainObject(ref) || !isPlainObject(ref.repo) || ref.repo.full_name !== fullName) continue;
      ref.repo.name = name;
      ref.repo.owner = moveOwner(ref.repo.owner);
      ref.user = moveOwner(ref.user);
      if (typeof ref.label === 'string') ref.label = `${owner}:${String(ref.ref)}`;
    }
  }
  return result;
}

/** Options of {@link pullRequestEvent}. */
export interface PullRequestEventOptions {
  action?: string;
  repository?: string;
  number?: number;
  headSha?: string;
  baseSha?: string;
  headRef?: string;
  baseRef?: string;
  /** The head branch lives in a fork (`<forkOwner>/<name>`): a read-only token on the runner. */
  fork?: boolean | { owner: string };
  overrides?: PayloadOverrides;
}

/** A `pull_request` event with the usual knobs set consistently (number, shas, refs, fork). */
export function pullRequestEvent(options: PullRequestEventOptions = {}): WorkflowEvent {
  const loadOptions: LoadEventOptions = { action: options.action ?? 'opened' };
  if (options.repository !== undefined) loadOptions.repository = options.repository;
  const event = loadEvent('pull_request', loadOptions);
  const payload = event.payload as {
    number: number;
    pull_request: Record<string, unknown> & {
      number: number;
      head: Record<string, unknown> & { repo: Record<string, unknown> };
      base: Record<string, unknown>;
    };
  };
  const pull = payload.pull_request;
  if (options.number !== undefined) {
    const oldNumber = pull.number;
    const rewritten = replaceInStrings(pull, `/pulls/${oldNumber}`, `/pulls/${options.number}`);
    payload.pull_request = replaceInStrings(rewritten, `/issues/${oldNumber}`, `/issues/${options.number}`);
    payload.pull_request = replaceInStrings(payload.pull_request, `/pull/${oldNumber}`, `/pull/${options.number}`);
    payload.number = options.number;
    payload.pull_request.number = options.number;
  }
  const p = payload.pull_request;
  if (options.headSha !== undefined) p.head.sha = options.headSha;
  if (options.baseSha !== undefined) p.base.sha = options.baseSha;
  if (options.headRef !== undefined) p.head.ref = options.headRef;
  if (options.baseRef !== undefined) p.base.ref = options.baseRef;
  const repoFullName = payloadRepository(event.payload) as string;
  const [baseOwner, repoName] = repoFullName.split('/') as [string, string];
  if (options.fork) {
    const forkOwner = typeof options.fork === 'object' ? options.fork.owner : `${baseOwner}-fork`;
    p.head.repo = replaceInStrings(p.head.repo, repoFullName, `${forkOwner}/${repoName}`);
    p.head.repo.full_name = `${forkOwner}/${repoName}`;
    p.head.repo.fork = true;
    p.head.repo.id = Number(p.head.repo.id ?? 0) + 1;
    if (isPlainObject(p.head.repo.owner)) p.head.repo.owner.login = forkOwner;
    if (isPlainObject(p.head.user)) p.head.user.login = forkOwner;
    p.head.label = `${forkOwner}:${String(p.head.ref)}`;
  } else {
    p.head.label = `${baseOwner}:${String(p.head.ref)}`;
  }
  p.base.label = `${baseOwner}:${String(p.base.ref)}`;
  if (options.overrides) deepMerge(event.payload, options.overrides);
  return event;
}

/** The `GITHUB_*` variables the runner derives from the event (ref, sha, head/base ref, repository). */
export interface EventEnvironment {
  GITHUB_EVENT_NAME: string;
  GITHUB_REPOSITORY: string;
  GITHUB_REPOSITORY_OWNER: string;
  GITHUB_SHA: string;
  GITHUB_REF: string;
  GITHUB_REF_NAME: string;
  GITHUB_REF_TYPE: string;
  GITHUB_HEAD_REF: string;
  GITHUB_BASE_REF: string;
  GITHUB_REF_PROTECTED: string;
  GITHUB_REPOSITORY_ID: string;
  GITHUB_REPOSITORY_OWNER_ID: string;
  GITHUB_ACTOR_ID: string;
}

const ZERO_SHA = '0000000000000000000000000000000000000000';

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * Derives ref/sha like the runner: `pull_request*` -> `refs/pull/<n>/merge`, head/base refs set;
 * `push`/`create`/`delete` -> the payload's ref; `release` -> the tag; anything else -> the default branch.
 * `sha` and `ref` options win over the derived values.
 */
export function eventEnvironment(
  event: WorkflowEvent,
  repository: string,
  overrides: { sha?: string | undefined; ref?: string | undefined } = {},
): EventEnvironment {
  const p = event.payload;
  const repo = isPlainObject(p.repository) ? p.repository : {};
  const defaultBranch = str(repo.default_branch) ?? str(repo.master_branch) ?? 'main';
  let ref = `refs/heads/${defaultBranch}`;
  let sha = ZERO_SHA;
  let headRef = '';
  let baseRef = '';
  const pull = isPlainObject(p.pull_request) ? p.pull_request : undefined;
  if (event.name.startsWith('pull_request') && pull) {
    const head = isPlainObject(pull.head) ? pull.head : {};
    const base = isPlainObject(pull.base) ? pull.base : {};
    headRef = str(head.ref) ?? '';
    baseRef = str(base.ref) ?? '';
    if (event.name === 'pull_request_target') {
      ref = `refs/heads/${baseRef}`;
      sha = str(base.sha) ?? sha;
    } else {
      ref = `refs/pull/${String(pull.number)}/merge`;
      // GITHUB_SHA is the test merge commit, not the head: the payload's merge_commit_sha, or (examples leave it
      // null) a stand-in derived from head and base, so an action using GITHUB_SHA for the head shows up.
      sha =
        str(pull.merge_commit_sha) ??
        createHash('sha1')
          .update(`merge:${str(head.sha) ?? ''}:${str(base.sha) ?? ''}`)
          .digest('hex');
    }
  } else if (event.name === 'push') {
    ref = str(p.ref) ?? ref;
    sha = str(p.after) ?? sha;
  } else if (event.name === 'create' || event.name === 'delete') {
    const refType = str(p.ref_type);
    const name = str(p.ref);
    if (name !== undefined) ref = refType === 'tag' ? `refs/tags/${name}` : `refs/heads/${name}`;
  } else if (event.name === 'release' && isPlainObject(p.release)) {
    const tag = str(p.release.tag_name);
    if (tag !== undefined) ref = `refs/tags/${tag}`;
  } else if (event.name === 'workflow_dispatch' || event.name === 'repository_dispatch') {
    ref = str(p.ref) ?? ref;
  } else if (event.name === 'deployment' && isPlainObject(p.deployment)) {
    sha = str(p.deployment.sha) ?? sha;
  }
  if (overrides.ref !== undefined) ref = overrides.ref;
  if (overrides.sha !== undefined) sha = overrides.sha;
  const refName = ref.replace(/^refs\/(heads|tags)\//, '').replace(/^refs\/pull\//, '');
  const refType = ref.startsWith('refs/tags/') ? 'tag' : 'branch';
  return {
    GITHUB_EVENT_NAME: event.name,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0] as string,
    GITHUB_SHA: sha,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: refName,
    GITHUB_REF_TYPE: refType,
    GITHUB_HEAD_REF: headRef,
    GITHUB_BASE_REF: baseRef,
    GITHUB_REF_PROTECTED: 'false',
    GITHUB_REPOSITORY_ID: String(repo.id ?? ''),
    GITHUB_REPOSITORY_OWNER_ID: String(isPlainObject(repo.owner) ? (repo.owner.id ?? '') : ''),
    GITHUB_ACTOR_ID: String(isPlainObject(p.sender) ? (p.sender.id ?? '') : ''),
  };
}
