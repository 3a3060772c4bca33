/**
 * The lines a pull request adds or changes, per repository-relative file: from `git diff` against the
 * merge base when the checkout has the history (exact, rename-aware), else from the PR files API
 * (limited by GitHub: 3000 files, no patch for large or binary files).
 */
import { UserError } from '../action/errors.ts';
import { runCommand } from '../exec/exec.ts';
import {
  describeWriteFailure,
  resolveGitHubClient,
  type GitHubClient,
  type GitHubClientSource,
} from '../github/client.ts';
import { readRunContext, type RunContext } from '../github/context.ts';

/** Repository-relative path (forward slashes) -> 1-based line numbers added or changed in the new version. */
export type ChangedLines = Map<string, Set<number>>;

export interface ChangedLinesResult {
  lines: ChangedLines;
  source: 'git' | 'api';
  /** Files changed in the PR whose changed lines are unknown (the API gave no patch). */
  incomplete: string[];
  /** Limits that applied, in words, for the summary. */
  notes: string[];
}

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/** Undoes git's C-style quoting of unusual paths ("a\\tb", octal UTF-8 bytes). */
export function unquoteGitPath(text: string): string {
  if (!text.startsWith('"')) return text;
  const bytes: number[] = [];
  const body = text.slice(1, -1);
  const escapes: Record<string, number> = { n: 10, t: 9, r: 13, b: 8, f: 12, a: 7, v: 11, '\\': 92, '"': 34 };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const next = body[i + 1] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(escapes[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function addRange(lines: ChangedLines, file: string, start: number, count: number): void {
  if (count <= 0) return;
  let set = lines.get(file);
  if (!set) {
    set = new Set();
    lines.set(file, set);
  }
  for (let l = start; l < start + count; l++) set.add(l);
}

/**
 * Parses `git diff --unified=0` output: every line of a hunk's new side is added or changed.
 * A rename without edits yields no lines; a renamed file with edits is keyed by its new path.
 */
export function parseUnifiedDiff(diff: string): ChangedLines {
  const lines: ChangedLines = new Map();
  let file: string | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const target = line.slice(4).replace(/\t$/, '');
      const unquoted = unquoteGitPath(target);
      file = unquoted === '/dev/null' ? undefined : unquoted.replace(/^[a-z]\//, '');
      continue;
    }
    if (line.startsWith('diff --git ')) {
      file = undefined;
      continue;
    }
    if (file === undefined) continue;
    const hunk = HUNK.exec(line);
    if (hunk) addRange(lines, file, Number(hunk[1]), hunk[2] === undefined ? 1 : Number(hunk[2]));
  }
  return lines;
}

/** Added lines of one file from a patch with context (the PR files API's `patch`). */
export function parsePatch(patch: string): Set<number> {
  const added = new Set<number>();
  let next = 0;
  for (const line of patch.split('\n')) {
    const hunk = HUNK.exec(line);
    if (hunk) {
      next = Number(hunk[1]);
      continue;
    }
    if (next === 0) continue;
    const mark = line[0];
    if (mark === '+') added.add(next++);
    else if (mark === ' ' || mark === undefined) next++;
    // '-' lines and "\ No newline at end of file" do not advance the new side
  }
  return added;
}

export interface GitDiffOptions {
  cwd: string;
  /** The PR's base commit (or branch); the diff starts at its merge base with `head`. */
  base: string;
  head?: string;
}

/**
 * Changed lines from the local history; undefined when the history is missing (shallow clone,
 * base commit absent, not a git repository) so the caller can fall back to the API.
 */
export async function changedLinesFromGit(options: GitDiffOptions): Promise<ChangedLinesResult | undefined> {
  const head = options.head || 'HEAD';
  const git = (args: string[]) =>
    runCommand('git', ['-c', 'core.quotePath=false', ...args], { cwd: options.cwd, timeoutMs: 120_000 });
  const mergeBase = await git(['merge-base', options.base, head]).catch(() => undefined);
  if (!mergeBase || mergeBase.exitCode !== 0) return undefined;
  const diff = await git([
    'diff',
    '--no-color',
    '--no-ext-diff',
    '--unified=0',
    '-M',
    '--diff-filter=d',
    mergeBase.stdout.trim(),
    head,
    '--',
  ]);
  if (diff.exitCode !== 0) return undefined;
  return { lines: parseUnifiedDiff(diff.stdout), source: 'git', incomplete: [], notes: [] };
}

export interface PullRequestFile {
  filename: string;
  status: string;
  patch?: string;
  previous_filename?: string;
}

/** GitHub lists at most 3000 files of a pull request. */
export const API_FILE_LIMIT = 3000;

/** Changed lines from the PR files listing (its patches); files without a patch are listed as incomplete. */
export function changedLinesFromFiles(files: readonly PullRequestFile[]): ChangedLinesResult {
  const lines: ChangedLines = new Map();
  const incomplete: string[] = [];
  for (const file of files) {
    if (file.status === 'removed') continue;
    if (file.patch === undefined) {
      // Renames without edits have no patch and no changed lines; big or binary files have no patch either.
      if (file.status !== 'renamed') incomplete.push(file.filename);
      continue;
    }
    const added = parsePatch(file.patch);
    if (added.size > 0) lines.set(file.filename, added);
  }
  const notes: string[] = [];
  if (files.length >= API_FILE_LIMIT)
    notes.push(`GitHub lists only the first ${API_FILE_LIMIT} files of a pull request; later files are not checked.`);
  if (incomplete.length > 0)
    notes.push(
      `${incomplete.length} file(s) have no patch in the API (too large or binary): their changed lines are unknown.`,
    );
  return { lines, source: 'api', incomplete, notes };
}

/** Changed lines of a pull request through the API (all pages, up to GitHub's 3000-file limit). */
export async function changedLinesFromApi(
  client: GitHubClient,
  pr: { owner: string; repo: string; pullNumber: number },
): Promise<ChangedLinesResult> {
  const files = (await client.paginate(client.rest.pulls.listFiles, {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.pullNumber,
    per_page: 100,
  })) as PullRequestFile[];
  const result = changedLinesFromFiles(files);
  result.notes.unshift(
    'Changed lines come from the GitHub API (no local history: use actions/checkout with fetch-depth: 0 for an exact, rename-aware diff).',
  );
  return result;
}

export interface ChangedLinesSource {
  /** The checkout to diff in. */
  cwd: string;
  /** The PR's base commit or branch; without it only the API is asked. */
  base: string | undefined;
  /** Where to ask the API when the local history cannot answer. */
  repo: { owner: string; repo: string } | undefined;
  pullNumber: number | undefined;
  /** Undefined when there is no token: the API cannot be asked. */
  client: GitHubClientSource | undefined;
}

/** The changed lines, or why they cannot be known (for the caller to warn or fail). */
export type FoundChangedLines = { found: ChangedLinesResult } | { unavailable: string };

/**
 * The lines a change adds or modifies: `git diff` against the merge base when the checkout has the
 * history (exact and rename-aware), else the pull request's files from the API.
 */
export async function findChangedLines(source: ChangedLinesSource): Promise<FoundChangedLines> {
  if (source.base) {
    const fromGit = await changedLinesFromGit({ cwd: source.cwd, base: source.base });
    if (fromGit) return { found: fromGit };
  }
  const noHistory = source.base
    ? `git could not find the merge base of ${source.base} and HEAD (check out with fetch-depth: 0)`
    : 'there is no base commit to diff against';
  if (source.pullNumber === undefined || !source.repo)
    return { unavailable: `${noHistory}, and this is not a pull request` };
  if (!source.client) return { unavailable: `${noHistory}, and there is no token to ask the GitHub API` };
  try {
    return {
      found: await changedLinesFromApi(await resolveGitHubClient(source.client), {
        ...source.repo,
        pullNumber: source.pullNumber,
      }),
    };
  } catch (error) {
    return {
      unavailable: `${noHistory}, and the pull request's files could not be listed: ${describeWriteFailure(error, 'pull-requests: read')}`,
    };
  }
}

/** What a gate knows when it asks for the changed lines of its run. */
export interface RunChangesRequest {
  /** The checkout to diff in. */
  workspace: string;
  /** Base commit or branch to diff against; without it only the API is asked. */
  base: string | undefined;
  /** Asks the API when the local history cannot answer; undefined when there is no token. */
  client: GitHubClientSource | undefined;
  /** The pull request whose files the API lists; the run's own pull request when undefined. */
  pullNumber?: number | undefined;
  context?: RunContext;
}

/**
 * The changed lines of this run's pull request (or against `base`), or why they cannot be known: every gate asks
 * through here, and decides itself whether not knowing them is a warning or a failure.
 */
export async function changedLinesOfRun(request: RunChangesRequest): Promise<FoundChangedLines> {
  const context = request.context ?? readRunContext();
  return findChangedLines({
    cwd: request.workspace,
    base: request.base,
    repo: context.repo,
    pullNumber: request.pullNumber ?? context.pullRequest?.number,
    client: request.client,
  });
}

/** The changed lines when `purpose` cannot do without them: a UserError saying why they are unknown otherwise. */
export async function requireChangedLines(request: RunChangesRequest, purpose: string): Promise<ChangedLinesResult> {
  const changed = await changedLinesOfRun(request);
  if ('found' in changed) return changed.found;
  throw new UserError(`${purpose} needs the changed lines of the pull request: ${changed.unavailable}`);
}
