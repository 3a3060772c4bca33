/**
 * GitHub Deployments as the record of what was deployed where: blue-green-deploy writes one deployment per
 * release (task `deploy`), rollback one per restore (task `rollback`, `payload.rollbackOf`) and appends a
 * `failure` status "Rolled back by …" to the bad one. Statuses are append-only and the latest wins.
 *
 * Reading the history uses REST: `GET …/deployments?environment=…` (sorted here by `created_at`, the REST
 * order is not relied upon) and, per deployment, `GET …/deployments/{id}/statuses?per_page=1` for the latest
 * status, a few at a time. In production GitHub never marks old deployments inactive (`auto_inactive` only
 * applies to non-production, non-transient environments), so "current" is the newest deployment whose latest
 * status is `success`.
 *
 * API errors are not caught: they surface as Octokit's `RequestError` (with `status`), for the caller to turn
 * into a warning.
 */
import type { GitHubClient } from './client.ts';
import type { RepoRef } from './context.ts';
import { mapLimit } from '../exec/map-limit.ts';

/** Identifies payloads written by this module; a payload without it is not ours. */
export const DEPLOYMENT_PAYLOAD_SCHEMA = 'pipeline-actions/deployment@1';
/** GitHub refuses (422) a deployment status description longer than this many characters. */
export const DEPLOYMENT_STATUS_DESCRIPTION_LIMIT = 140;
/** Status requests in flight at once while reading the history. */
export const HISTORY_STATUS_CONCURRENCY = 4;
/** Deployments read by {@link listEnvironmentHistory} unless told otherwise. */
export const DEFAULT_HISTORY_LIMIT = 50;

/** The versioned payload written into every deployment. */
export interface DeploymentPayload {
  schema: typeof DEPLOYMENT_PAYLOAD_SCHEMA;
  /** The version deployed (restored, for a rollback). */
  version: string;
  /** Slot that now serves the version (blue-green), and the one that served before. */
  slot?: string;
  previousSlot?: string;
  /** Version live before this deployment. */
  previousVersion?: string;
  /** What was deployed to: the traffic target's description (host, service…). */
  target: string;
  /** The workflow run that deployed, see {@link runUrl}. */
  runUrl?: string;
  /** For a rollback: id of the deployment rolled back. */
  rollbackOf?: number;
  /** The deployment's task, repeated for readers of the payload alone. */
  task?: string;
}

export type DeploymentTask = 'deploy' | 'rollback';
/** States this module writes. */
export type DeploymentStatusState = 'in_progress' | 'success' | 'failure' | 'error' | 'inactive';
/** States a deployment's latest status can have (others may write `queued` and `pending`). */
export type DeploymentState = DeploymentStatusState | 'queued' | 'pending';

export interface CreateDeploymentRequest extends RepoRef {
  /** Branch, tag or sha deployed. */
  ref: string;
  environment: string;
  task: DeploymentTask;
  description: string;
  /** `schema` is filled in when left out; `task` defaults to the request's task. */
  payload: Omit<DeploymentPayload, 'schema'> & { schema?: typeof DEPLOYMENT_PAYLOAD_SCHEMA };
  /** GitHub's default: true for an environment named `production`. */
  productionEnvironment?: boolean;
  transientEnvironment?: boolean;
}

/**
 * Creates the deployment. `auto_merge: false` (never merge the default branch into the ref) and
 * `required_contexts: []` (the gates already ran; otherwise any failing or still running check on the commit,
 * this very job included, makes GitHub answer 409).
 */
export async function createDeployment(
  client: GitHubClient,
  request: CreateDeploymentRequest,
): Promise<{ id: number }> {
  const payload: DeploymentPayload = { task: request.task, ...request.payload, schema: DEPLOYMENT_PAYLOAD_SCHEMA };
  const response = await client.rest.repos.createDeployment({
    owner: request.owner,
    repo: request.repo,
    ref: request.ref,
    environment: request.environment,
    task: request.task,
    description: request.description,
    payload: payloadObject(payload),
    auto_merge: false,
    required_contexts: [],
    ...(request.productionEnvironment !== undefined ? { production_environment: request.productionEnvironment } : {}),
    ...(request.transientEnvironment !== undefined ? { transient_environment: request.transientEnvironment } : {}),
  });
  const data = response.data;
  // 202 ("Auto-merged main into …") cannot happen with auto_merge false; it carries no deployment.
  if (!('id' in data)) throw new Error(`GitHub created no deployment for ${request.ref}: ${data.message ?? ''}`);
  return { id: data.id };
}

export interface DeploymentStatusRequest extends RepoRef {
  deploymentId: number;
  state: DeploymentStatusState;
  /** Cut to {@link DEPLOYMENT_STATUS_DESCRIPTION_LIMIT} characters, ending with '…' when cut. */
  description: string;
  /** The run's log (also becomes `target_url`), see {@link runUrl}. */
  logUrl?: string;
  /** Where the deployed environment is reached ("View deployment"). */
  environmentUrl?: string;
  /** GitHub's default is true: earlier successful deployments of non-production environments become inactive. */
  autoInactive?: boolean;
}

/** Appends a status to a deployment. */
export async function setDeploymentStatus(
  client: GitHubClient,
  request: DeploymentStatusRequest,
): Promise<{ id: number }> {
  const { data } = await client.rest.repos.createDeploymentStatus({
    owner: request.owner,
    repo: request.repo,
    deployment_id: request.deploymentId,
    state: request.state,
    description: cutDescription(request.description),
    ...(request.logUrl !== undefined ? { log_url: request.logUrl } : {}),
    ...(request.environmentUrl !== undefined ? { environment_url: request.environmentUrl } : {}),
    ...(request.autoInactive !== undefined ? { auto_inactive: request.autoInactive } : {}),
  });
  return { id: data.id };
}

/** The description of the status appended to a deployment that was rolled back; {@link lastSuccessful} knows it. */
export function rolledBackDescription(by: string): string {
  return cutDescription(`Rolled back by ${by}`);
}

const ROLLED_BACK = /\brolled back\b/i;

/**
 * `text` within `limit` characters as GitHub counts them (code points), cut between grapheme clusters (an emoji
 * or a letter with its accents stays whole) and ending with '…' when cut.
 */
export function cutDescription(text: string, limit = DEPLOYMENT_STATUS_DESCRIPTION_LIMIT): string {
  if ([...text].length <= limit) return text;
  let kept = '';
  let length = 0;
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    const size = [...segment].length;
    if (length + size > limit - 1) break;
    kept += segment;
    length += size;
  }
  return `${kept.trimEnd()}…`;
}

/** One deployment of the history, with its latest status. */
export interface DeploymentRecord {
  id: number;
  createdAt: string;
  ref: string;
  sha: string;
  environment: string;
  task: string;
  description: string | undefined;
  /** `payload.version`; undefined when the payload is not ours. */
  version: string | undefined;
  /** The payload when it is ours ({@link DEPLOYMENT_PAYLOAD_SCHEMA}), else undefined. */
  payload: DeploymentPayload | undefined;
  /** State of the newest status; undefined when the deployment has none. */
  latestState: DeploymentState | undefined;
  latestDescription: string | undefined;
}

export interface HistoryRequest extends RepoRef {
  environment: string;
  /** Newest deployments to read (default {@link DEFAULT_HISTORY_LIMIT}); one status request each. */
  limit?: number;
}

/**
 * The newest `limit` deployments of an environment, newest first (by `created_at`, then id), each with its
 * latest status. Requests: ⌈limit / 100⌉ pages of deployments at most, then one per deployment, at most
 * {@link HISTORY_STATUS_CONCURRENCY} at a time; the first failure rejects (no new request starts after it).
 */
export async function listEnvironmentHistory(
  client: GitHubClient,
  request: HistoryRequest,
): Promise<DeploymentRecord[]> {
  const limit = request.limit ?? DEFAULT_HISTORY_LIMIT;
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
  const { owner, repo, environment } = request;
  type Deployment = Awaited<ReturnType<GitHubClient['rest']['repos']['listDeployments']>>['data'][number];
  const deployments: Deployment[] = [];
  for await (const page of client.paginate.iterator(client.rest.repos.listDeployments, {
    owner,
    repo,
    environment,
    per_page: Math.min(limit, 100),
  })) {
    deployments.push(...page.data);
    if (deployments.length >= limit) break;
  }
  const newest = deployments
    .sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at) || b.id - a.id)
    .slice(0, limit);
  return mapLimit(newest, HISTORY_STATUS_CONCURRENCY, async (d): Promise<DeploymentRecord> => {
    const { data: statuses } = await client.rest.repos.listDeploymentStatuses({
      owner,
      repo,
      deployment_id: d.id,
      per_page: 1,
    });
    const latest = statuses[0];
    const payload = readDeploymentPayload(d.payload);
    return {
      id: d.id,
      createdAt: d.created_at,
      ref: d.ref,
      sha: d.sha,
      environment: d.environment,
      task: d.task,
      description: d.description ?? undefined,
      version: payload?.version,
      payload,
      latestState: latest?.state,
      latestDescription: latest?.description || undefined,
    };
  });
}

/** A deployment's payload if it is ours (an object, or JSON text, with our schema and a version), else undefined. */
export function readDeploymentPayload(raw: unknown): DeploymentPayload | undefined {
  let value = raw;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const p = value as Record<string, unknown>;
  if (p['schema'] !== DEPLOYMENT_PAYLOAD_SCHEMA) return undefined;
  const version = p['version'];
  const target = p['target'];
  if (typeof version !== 'string' || version === '' || typeof target !== 'string') return undefined;
  const payload: DeploymentPayload = { schema: DEPLOYMENT_PAYLOAD_SCHEMA, version, target };
  for (const key of ['slot', 'previousSlot', 'previousVersion', 'runUrl', 'task'] as const) {
    const field = p[key];
    if (typeof field === 'string') payload[key] = field;
  }
  const rollbackOf = p['rollbackOf'];
  if (typeof rollbackOf === 'number' && Number.isSafeInteger(rollbackOf)) payload.rollbackOf = rollbackOf;
  return payload;
}

/** A deployment {@link lastSuccessful} passed over, and why. */
export interface SkippedDeployment {
  id: number;
  /** Undefined when the payload is not ours. */
  version: string | undefined;
  ref: string;
  reason: string;
}

export interface LastSuccessfulResult {
  /** The newest deployment to go back to, if any. */
  deployment: DeploymentRecord | undefined;
  /** Newer deployments passed over, newest first. */
  skipped: SkippedDeployment[];
}

export interface LastSuccessfulOptions {
  /** Versions never to return, e.g. the live one. */
  exclude?: Iterable<string>;
}

/**
 * The newest deployment whose payload is ours, whose latest status is `success`, and that was not rolled back
 * — neither by a `failure`/`error`/`inactive` status saying "rolled back" nor by a newer rollback deployment
 * (`payload.rollbackOf`) — and whose version was not rolled back in a newer deployment. `history` is newest
 * first, as {@link listEnvironmentHistory} returns it.
 */
export function lastSuccessful(
  history: readonly DeploymentRecord[],
  options: LastSuccessfulOptions = {},
): LastSuccessfulResult {
  const exclude = new Set(options.exclude ?? []);
  const rolledBackBy = new Map<number, number>();
  for (const record of history) {
    const of = record.payload?.rollbackOf;
    if (of !== undefined && !rolledBackBy.has(of)) rolledBackBy.set(of, record.id);
  }
  /** Versions rolled back so far (newer than the record looked at), with the deployment that was rolled back. */
  const rolledBackVersions = new Map<string, number>();
  const skipped: SkippedDeployment[] = [];
  for (const record of history) {
    const reason = skipReason(record, exclude, rolledBackBy, rolledBackVersions);
    if (reason === undefined) return { deployment: record, skipped };
    skipped.push({ id: record.id, version: record.version, ref: record.ref, reason });
  }
  return { deployment: undefined, skipped };
}

function skipReason(
  record: DeploymentRecord,
  exclude: ReadonlySet<string>,
  rolledBackBy: ReadonlyMap<number, number>,
  rolledBackVersions: Map<string, number>,
): string | undefined {
  const { version, latestState: state, latestDescription: description } = record;
  if (version === undefined) return `not recorded by pipeline-actions (no '${DEPLOYMENT_PAYLOAD_SCHEMA}' payload)`;
  const quoted = description ? `: "${description}"` : '';
  const rollback = rolledBackBy.get(record.id);
  const describedRolledBack =
    (state === 'failure' || state === 'error' || state === 'inactive') && ROLLED_BACK.test(description ?? '');
  if (rollback !== undefined || describedRolledBack) {
    if (!rolledBackVersions.has(version)) rolledBackVersions.set(version, record.id);
    return rollback !== undefined
      ? `rolled back by deployment ${rollback}`
      : `rolled back (latest status ${state}${quoted})`;
  }
  if (exclude.has(version)) return 'excluded';
  const badDeployment = rolledBackVersions.get(version);
  if (badDeployment !== undefined) return `version ${version} was rolled back later (deployment ${badDeployment})`;
  if (state === undefined) return 'no status reported';
  if (state !== 'success') return `latest status is ${state}${quoted}`;
  return undefined;
}

function payloadObject(payload: DeploymentPayload): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(payload) as Array<[string, unknown]>) {
    if (value !== undefined) object[key] = value;
  }
  return object;
}
