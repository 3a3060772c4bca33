/**
 * The GitHub API client every action uses: Octokit from @actions/github with GitHub's recommended throttling,
 * bounded in time. The base URL comes from GITHUB_API_URL, so GitHub Enterprise Server works unchanged.
 *
 * - Every request has a timeout (its answer's body included) and every client a total budget, counted from its
 *   first request: an API that hangs costs at most that long.
 * - Retries: a 5xx answer or a dropped connection is retried (twice by default, after 0.5 s then 1 s, within
 *   the budget). Nothing else is: not a 4xx (the answer will not change), not a refused connection (the API is
 *   not there), not a timeout (it would cost the timeout again).
 * - An answer that is not JSON where JSON is due (a proxy's error page) is an error, not data.
 * - Once the API has failed that way (unavailable: timeout, refused, 5xx after the retries, garbage), the client
 *   sends nothing more: each later call fails at once with `skipped` set, so the caller that warned first is
 *   the only one to warn, and a gate spends one timeout, not one per request.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import * as core from '@actions/core';
import type { getOctokit } from '@actions/github';

export type GitHubClient = ReturnType<typeof getOctokit>;

interface ClientState {
  /** Set once the API failed as unavailable: nothing more is sent. */
  unavailable: GitHubUnavailableError | undefined;
  /** The client's total budget, started by its first request. */
  budget: AbortSignal | undefined;
}
const STATES = new WeakMap<object, ClientState>();

/** Every default of the client, in one place. */
export const GITHUB_CLIENT_DEFAULTS = {
  /** Longest wait for one request, its whole answer included. */
  requestTimeoutMs: 10_000,
  /** Total time for every request of one client (a publishing phase). */
  budgetMs: 30_000,
  /** Retries of a 5xx answer or a dropped connection. */
  retries: 2,
  /** Pause before the first retry; doubled for each next one. */
  retryDelayMs: 500,
  /** A rate limit is waited out only when it lifts this soon (seconds). */
  maxRateLimitWaitSeconds: 10,
} as const;

export interface GitHubClientOptions {
  /** API root; defaults to GITHUB_API_URL, then https://api.github.com. */
  baseUrl?: string;
  /** Retries of a 5xx answer or a dropped connection (never of a 4xx, a timeout or a refused connection). */
  retries?: number;
  /** Longest wait for one request, its whole answer included. */
  requestTimeoutMs?: number;
  /** Total time for every request of this client, counted from its first request. */
  budgetMs?: number;
  /** Aborts every request of this client (the caller's own deadline: AbortSignal.timeout(ms)). */
  signal?: AbortSignal;
}

/** Why the API is considered unavailable. */
export type UnavailableReason = 'timeout' | 'budget' | 'aborted' | 'refused' | 'network' | 'server-error' | 'garbage';

/**
 * The API cannot be used now: it did not answer in time, refused the connection, kept failing with 5xx, or
 * answered something that is not the API's. `skipped` when this request was not even sent because an earlier one
 * failed that way (its caller warned already).
 */
export class GitHubUnavailableError extends Error {
  readonly reason: UnavailableReason;
  readonly skipped: boolean;
  constructor(message: string, reason: UnavailableReason, skipped = false, cause?: unknown) {
    super(message, cause === undefined ? {} : { cause });
    // Callers that catch a deadline by name (AbortSignal.timeout's TimeoutError) keep working.
    this.name =
      reason === 'timeout' || reason === 'budget'
        ? 'TimeoutError'
        : reason === 'aborted'
          ? 'AbortError'
          : 'GitHubUnavailableError';
    this.reason = reason;
    this.skipped = skipped;
  }
}

interface RequestOptions {
  method: string;
  url: string;
  request?: { signal?: AbortSignal };
}

interface OctokitAnswer {
  status: number;
  headers: Record<string, string | undefined>;
  data: unknown;
}

/**
 * A client, or a way to get one on first use: a run that never calls the API then never loads Octokit
 * (see {@link lazyGitHubClient}).
 */
export type GitHubClientSource = GitHubClient | (() => Promise<GitHubClient>);

/** The client `source` gives, made now if it was deferred. */
export async function resolveGitHubClient(source: GitHubClientSource): Promise<GitHubClient> {
  return typeof source === 'function' ? source() : source;
}

/** Makes clients for the token the settings read: code past the settings never sees the token or the environment. */
export type GitHubClientFactory = (options?: GitHubClientOptions) => Promise<GitHubClient>;

/** A client for `token` made on first use, then the same one (its time budget is one step's); undefined without a token. */
export function lazyGitHubClient(
  token: string,
  options: GitHubClientOptions = {},
): (() => Promise<GitHubClient>) | undefined {
  if (token === '') return undefined;
  let client: Promise<GitHubClient> | undefined;
  return () => (client ??= createGitHubClient(token, options));
}

/**
 * The client for `token`. Octokit and its plugins are loaded here, on first use, not when the action starts:
 * most runs of a gate never call the API.
 */
export async function createGitHubClient(token: string, options: GitHubClientOptions = {}): Promise<GitHubClient> {
  const [{ getOctokit }, { throttling }] = await Promise.all([
    import('@actions/github'),
    import('@octokit/plugin-throttling'),
  ]);
  const retries = Math.max(0, options.retries ?? GITHUB_CLIENT_DEFAULTS.retries);
  const requestTimeoutMs = options.requestTimeoutMs ?? GITHUB_CLIENT_DEFAULTS.requestTimeoutMs;
  const budgetMs = options.budgetMs ?? GITHUB_CLIENT_DEFAULTS.budgetMs;
  const baseUrl = options.baseUrl ?? process.env['GITHUB_API_URL'] ?? 'https://api.github.com';
  const state: ClientState = { unavailable: undefined, budget: undefined };
  const stop = (budget: AbortSignal): AbortSignal[] => [budget, ...(options.signal ? [options.signal] : [])];

  /**
   * Inside throttling (a plugin applied before it): each attempt with its deadline, retries, garbage. Retries
   * here are not queued again behind GitHub's spacing of writes and notifications.
   */
  const attempts = (octokit: { hook: { wrap: (name: 'request', hook: Wrap) => void } }) => {
    octokit.hook.wrap('request', async (request, requestOptions) => {
      const endpoint = requestOptions as unknown as RequestOptions;
      const what = describeEndpoint(endpoint, baseUrl);
      const budget = (state.budget ??= AbortSignal.timeout(budgetMs));
      for (let attempt = 0; ; attempt++) {
        const deadline = AbortSignal.timeout(requestTimeoutMs);
        endpoint.request = { ...endpoint.request, signal: AbortSignal.any([deadline, ...stop(budget)]) };
        let failure: GitHubUnavailableError | undefined;
        try {
          const response = await request(requestOptions);
          // A body cut by the deadline reaches here as empty data: the deadline decides, not the status.
          if (deadline.aborted || budget.aborted || options.signal?.aborted) throw deadline.reason;
          checkAnswer(response as OctokitAnswer, what);
          return response;
        } catch (error) {
          failure = classify(error, what, { deadline, budget, signal: options.signal, requestTimeoutMs, budgetMs });
          if (!failure) throw error;
        }
        const retryable = failure.reason === 'server-error' || failure.reason === 'network';
        if (retryable && attempt < retries) {
          const delay = GITHUB_CLIENT_DEFAULTS.retryDelayMs * 2 ** attempt;
          const waited = await sleep(delay, true, { signal: AbortSignal.any(stop(budget)) }).catch(() => false);
          if (waited) continue;
          failure = classify(failure, what, { deadline, budget, signal: options.signal, requestTimeoutMs, budgetMs });
        }
        state.unavailable ??= failure;
        throw failure;
      }
    });
  };

  const client = getOctokit(
    token,
    {
      baseUrl,
      throttle: {
        onRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, count: number) =>
          waitForLimit('rate limit', retryAfter, request, count < 1),
        onSecondaryRateLimit: (
          retryAfter: number,
          request: { method: string; url: string },
          _octokit: unknown,
          count: number,
        ) => waitForLimit('secondary rate limit', retryAfter, request, count < 1),
      },
    },
    attempts as never,
    throttling,
  );
  STATES.set(client, state);

  // Outside everything (throttling's queues and rate-limit waits included): skip once unavailable, and the budget.
  client.hook.wrap('request', async (request, requestOptions) => {
    const endpoint = requestOptions as unknown as RequestOptions;
    const what = describeEndpoint(endpoint, baseUrl);
    const { unavailable } = state;
    if (unavailable) {
      throw new GitHubUnavailableError(`${what} was not sent: ${unavailable.message}`, unavailable.reason, true);
    }
    const budget = (state.budget ??= AbortSignal.timeout(budgetMs));
    const stopped = AbortSignal.any(stop(budget));
    let onStop: (() => void) | undefined;
    const deadline = new Promise<never>((_resolve, reject) => {
      onStop = () =>
        reject(
          classify(stopped.reason, what, {
            deadline: budget,
            budget,
            signal: options.signal,
            requestTimeoutMs,
            budgetMs,
          }),
        );
      if (stopped.aborted) onStop();
      else stopped.addEventListener('abort', onStop, { once: true });
    });
    try {
      return await Promise.race([request(requestOptions), deadline]);
    } catch (error) {
      if (error instanceof GitHubUnavailableError) state.unavailable ??= error;
      throw error;
    } finally {
      if (onStop) stopped.removeEventListener('abort', onStop);
      deadline.catch(() => undefined);
    }
  });
  return client;
}

type Wrap = Parameters<GitHubClient['hook']['wrap']>[1];

/** `GET /repos/o/r/issues/3/comments?per_page=100`: the request without the API's address. */
function describeEndpoint(endpoint: RequestOptions, baseUrl: string): string {
  const url = endpoint.url.startsWith(baseUrl) ? endpoint.url.slice(baseUrl.replace(/\/+$/, '').length) : endpoint.url;
  return `${endpoint.method} ${url}`;
}

function waitForLimit(
  kind: string,
  retryAfter: number,
  request: { method: string; url: string },
  firstTime: boolean,
): boolean {
  const wait = firstTime && retryAfter <= GITHUB_CLIENT_DEFAULTS.maxRateLimitWaitSeconds;
  core.warning(
    `GitHub API ${kind} hit for ${request.method} ${request.url}; ${wait ? `retrying in ${retryAfter}s` : `it lifts in ${retryAfter}s, not waited for`}.`,
  );
  return wait;
}

/** An answer of the API is JSON (or empty for 204/205/304); anything else came from something else. */
function checkAnswer(response: OctokitAnswer, what: string): void {
  if (response.status === 204 || response.status === 205 || response.status === 304) return;
  const type = response.headers['content-type'] ?? '';
  if (typeof response.data === 'object' && response.data !== null && /json/i.test(type)) return;
  const shown = typeof response.data === 'string' ? `${response.data.length} characters of text` : typeof response.data;
  throw new GitHubUnavailableError(
    `${what} was answered with HTTP ${response.status} and ${type || 'no content type'} that is not the API's JSON (${shown})`,
    'garbage',
  );
}

const NETWORK_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ECONNABORTED', 'ETIMEDOUT']);
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

function codeOf(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current && depth < 6; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The error as an unavailable API, or undefined for an answer the caller must see (4xx, and 5xx kept below). */
function classify(
  error: unknown,
  what: string,
  context: {
    deadline: AbortSignal;
    budget: AbortSignal;
    signal: AbortSignal | undefined;
    requestTimeoutMs: number;
    budgetMs: number;
  },
): GitHubUnavailableError | undefined {
  if (context.signal?.aborted)
    return new GitHubUnavailableError(`${what} was stopped (the caller's deadline)`, 'aborted', false, error);
  if (context.budget.aborted) {
    return new GitHubUnavailableError(
      `the GitHub API did not answer ${what} within the ${context.budgetMs / 1000} s budget of this step`,
      'budget',
      false,
      error,
    );
  }
  if (error instanceof GitHubUnavailableError) return error;
  if (context.deadline.aborted) {
    return new GitHubUnavailableError(
      `the GitHub API did not answer ${what} within ${context.requestTimeoutMs / 1000} s`,
      'timeout',
      false,
      error,
    );
  }
  const status = httpStatus(error);
  const answered = (error as { response?: unknown }).response !== undefined;
  if (answered && status !== undefined && status >= 500) {
    return new GitHubUnavailableError(
      `the GitHub API answered ${what} with HTTP ${status}`,
      'server-error',
      false,
      error,
    );
  }
  if (answered) return undefined;
  const code = codeOf(error);
  // fetch refuses some ports itself ("bad port"): as unreachable as a refused connection.
  const unreachable = code ? UNREACHABLE_CODES.has(code) : /\bbad port\b/i.test((error as Error).message ?? '');
  if (unreachable) {
    return new GitHubUnavailableError(
      `the GitHub API cannot be reached (${code ?? (error as Error).message}) for ${what}`,
      'refused',
      false,
      error,
    );
  }
  if ((code && NETWORK_CODES.has(code)) || status === 500)
    return new GitHubUnavailableError(
      `the connection to the GitHub API was lost during ${what} (${code ?? (error as Error).message})`,
      'network',
      false,
      error,
    );
  return undefined;
}

/** The HTTP status of an Octokit error, if it has one. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
}

/** Why a write was refused, phrased for a warning: fork PRs and read-only tokens get 403/404. */
export function describeWriteFailure(error: unknown, permission: string): string {
  if (error instanceof GitHubUnavailableError) return error.message;
  const status = httpStatus(error);
  const message = capText((error as Error)?.message ?? String(error));
  if (status === 403 || status === 404) {
    return `${message} (HTTP ${status}). The token lacks '${permission}' permission — expected on pull requests from forks and with read-only tokens; see the README's 'Fork pull requests' section.`;
  }
  return status ? `${message} (HTTP ${status})` : message;
}

/** The most characters of an API's error text echoed into a warning. */
const ECHOED_CHARS = 500;

function capText(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > ECHOED_CHARS ? `${line.slice(0, ECHOED_CHARS)}… (${line.length} characters)` : line;
}

/** True for a call that was not sent because the API failed before: its caller need not warn again. */
export function isSkippedCall(error: unknown): boolean {
  return error instanceof GitHubUnavailableError && error.skipped;
}

/**
 * `data` when `valid(data)` holds; otherwise the answer is not the API's (a 200 with `{}` where a list is due):
 * the client is marked unavailable, like for any garbage answer, and a GitHubUnavailableError is thrown.
 */
export function expectAnswer<T>(
  client: GitHubClient,
  what: string,
  data: unknown,
  valid: (data: unknown) => boolean,
): T {
  if (valid(data)) return data as T;
  const error = new GitHubUnavailableError(
    `the GitHub API answered ${what} with JSON of another shape (${Array.isArray(data) ? 'a list' : typeof data})`,
    'garbage',
  );
  const state = STATES.get(client);
  if (state) state.unavailable ??= error;
  throw error;
}
