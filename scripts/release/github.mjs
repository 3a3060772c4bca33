// The two GitHub REST calls a release makes: is there a Release for this tag, and create it.
// (docs: REST API, Releases: "Get a release by tag name", "Create a release".)

/* global fetch, AbortSignal */
const API_VERSION = '2022-11-28';

/** A failed API call: status, GitHub's message and the request. */
export class GitHubError extends Error {
  constructor(status, message, request) {
    super(`${request}: ${status} ${message}`);
    this.status = status;
  }
}

async function call(api, method, route, body) {
  const url = `${api.url.replace(/\/$/, '')}${route}`;
  const response = await fetch(url, {
    method,
    headers: {
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${api.token}`,
      'x-github-api-version': API_VERSION,
      'user-agent': 'pipeline-actions-release',
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  let json;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    throw new GitHubError(response.status, `not JSON: ${text.slice(0, 200)}`, `${method} ${route}`);
  }
  return { status: response.status, json };
}

/** The Release of `tag`, or undefined when there is none. `api`: `{ url, token, repository }`. */
export async function getReleaseByTag(api, tag) {
  const route = `/repos/${api.repository}/releases/tags/${encodeURIComponent(tag)}`;
  const { status, json } = await call(api, 'GET', route);
  if (status === 404) return undefined;
  if (status !== 200) throw new GitHubError(status, json?.message ?? '', `GET ${route}`);
  return json;
}

/**
 * Creates the Release of an existing tag: `{ tag, name, body, sha, prerelease }`. The tag must already be on
 * GitHub (pushed): GitHub would otherwise make a lightweight tag of its own at `target_commitish`.
 */
export async function createRelease(api, { tag, name, body, sha, prerelease }) {
  const route = `/repos/${api.repository}/releases`;
  const { status, json } = await call(api, 'POST', route, {
    tag_name: tag,
    target_commitish: sha,
    name,
    body,
    draft: false,
    prerelease,
  });
  if (status !== 201) {
    const details = (json?.errors ?? []).map((e) => e.code ?? e.message).join(', ');
    throw new GitHubError(status, `${json?.message ?? ''}${details ? ` (${details})` : ''}`, `POST ${route}`);
  }
  return json;
}
