/** What an action needs to know about the run, read from the runner's environment and event payload. */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface PullRequestInfo {
  number: number;
  baseSha: string;
  headSha: string;
  baseRef: string;
  headRef: string;
  /** Head repository differs from the base: the token is read-only and secrets are absent. */
  isFork: boolean;
}

export interface RunContext {
  repo: RepoRef | undefined;
  eventName: string;
  sha: string;
  ref: string;
  runId: string;
  serverUrl: string;
  payload: Record<string, unknown>;
  pullRequest: PullRequestInfo | undefined;
  /** The run's page (`<server>/<owner>/<repo>/actions/runs/<id>`); undefined outside a run. */
  runUrl: string | undefined;
  /** Who this run is, as another run reads it (a lock's holder): repository, run, attempt, workflow and job. */
  runLabel: string;
  /** RUNNER_TEMP, else the system's temporary directory. */
  runnerTemp: string;
}

function readPayload(): Record<string, unknown> {
  const file = process.env['GITHUB_EVENT_PATH'];
  if (!file) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

interface PayloadPullRequest {
  number?: number;
  base?: { sha?: string; ref?: string; repo?: { full_name?: string } };
  head?: { sha?: string; ref?: string; repo?: { full_name?: string } | null };
}

/** Reads the run's context now (not at module load, so tests can change the environment). */
export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const payload = readPayload();
  const [owner, repo] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
  // pull_request, pull_request_target and workflow_run-less events carry `pull_request`.
  const pr = (payload['pull_request'] ?? undefined) as PayloadPullRequest | undefined;
  const pullRequest: PullRequestInfo | undefined =
    pr && typeof pr.number === 'number'
      ? {
          number: pr.number,
          baseSha: pr.base?.sha ?? '',
          headSha: pr.head?.sha ?? '',
          baseRef: pr.base?.ref ?? '',
          headRef: pr.head?.ref ?? '',
          isFork: !pr.head?.repo || pr.head.repo.full_name !== pr.base?.repo?.full_name,
        }
      : undefined;
  const serverUrl = env['GITHUB_SERVER_URL'] ?? 'https://github.com';
  const runId = env['GITHUB_RUN_ID'] ?? '';
  const repository = env['GITHUB_REPOSITORY'];
  const run = `${repository || 'local'} run ${runId || '?'} attempt ${env['GITHUB_RUN_ATTEMPT'] ?? '1'}`;
  const job = [env['GITHUB_WORKFLOW'], env['GITHUB_JOB']].filter(Boolean).join(' / ');
  return {
    repo: owner && repo ? { owner, repo } : undefined,
    eventName: env['GITHUB_EVENT_NAME'] ?? '',
    sha: env['GITHUB_SHA'] ?? '',
    ref: env['GITHUB_REF'] ?? '',
    runId,
    serverUrl,
    payload,
    pullRequest,
    runUrl: repository && runId ? `${serverUrl.replace(/\/+$/, '')}/${repository}/actions/runs/${runId}` : undefined,
    runLabel: job ? `${run} (${job})` : run,
    runnerTemp: env['RUNNER_TEMP'] || tmpdir(),
  };
}
