/**
 * Report paths as repository paths. Every gate's reports name files their own way (absolute from the CI
 * machine or another one, file:// URIs, Windows separators, relative to a source root): `toRepoPath` turns one
 * into a workspace-relative path, and `RepositoryPathMapper` also matches it against the checkout's files.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DRIVE = /^[a-z]:\//i;
const isAbsolutePath = (value: string): boolean => path.posix.isAbsolute(value) || DRIVE.test(value);

let lastWorkspace = '';
let lastRoot = '';
let lastRunnerRoot = '';
/** The workspace with forward slashes and no trailing slash; cached, as it is needed once per path. */
function rootOf(workspace: string): string {
  if (workspace !== lastWorkspace) {
    lastWorkspace = workspace;
    lastRoot = workspace.replace(/\\/g, '/').replace(/\/+$/, '');
  }
  return lastRoot;
}

/** A file reference with the URI and the platform taken off: a plain path with forward slashes. */
function plainPath(reference: string): string {
  let value = reference.trim();
  if (value.startsWith('file:///') && !value.includes('%') && !value.includes('?') && !value.includes('#')) {
    // The common case (ESLint's SARIF writes one per result): no URL parsing needed.
    value = value.slice(7);
  } else if (/^file:/i.test(value)) {
    try {
      value = fileURLToPath(value);
    } catch {
      value = decodeURIComponent(value.replace(/^file:\/*/i, '/'));
    }
  } else if (/%[0-9a-f]{2}/i.test(value) && !/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    try {
      value = decodeURIComponent(value);
    } catch {
      // Not percent-encoding after all: keep the text.
    }
  }
  if (value.includes('\\')) value = value.replace(/\\/g, '/');
  // normalize() only when there is something to normalize: it is costly on hundreds of thousands of paths.
  if (!/(^|\/)\.{1,2}(\/|$)|\/\//.test(value)) return value;
  const drive = DRIVE.test(value) ? value.slice(0, 2) : '';
  return drive + path.posix.normalize(value.slice(drive.length)).replace(/^\.\//, '');
}

/** `value` (absolute) relative to the workspace, or to a GitHub runner's checkout; unchanged when neither. */
function relativeToWorkspace(value: string, workspace: string): string {
  const root = rootOf(workspace);
  if (value === root) return '.';
  // Windows drive letters are case-insensitive: C:/a and c:/a are the same checkout.
  const inside = DRIVE.test(value)
    ? value.toLowerCase().startsWith(`${root.toLowerCase()}/`)
    : value.startsWith(`${root}/`);
  if (inside) return value.slice(root.length + 1);
  // Reports made on another machine: GitHub's runner layouts are known, so their paths still map.
  // A report names one root over and over: the last one matched is tried first, without the regex.
  if (lastRunnerRoot !== '' && value.length > lastRunnerRoot.length && value.startsWith(lastRunnerRoot)) {
    return value.slice(lastRunnerRoot.length);
  }
  const runner = /^((?:\/home\/runner\/work\/[^/]+\/[^/]+|\/github\/workspace|[a-z]:\/a\/[^/]+\/[^/]+)\/)(.+)$/i.exec(
    value,
  );
  if (runner) {
    lastRunnerRoot = runner[1]!;
    return runner[2]!;
  }
  return value;
}

/**
 * A report's file reference as a repository path: forward slashes, relative to the workspace.
 * Accepts plain relative or absolute paths and file:// URIs (ESLint's SARIF writes file:///abs/path).
 * Paths outside the workspace are kept as they are: they still name the file for a human.
 */
export function toRepoPath(reference: string, workspace: string): string {
  const value = plainPath(reference);
  return isAbsolutePath(value) ? relativeToWorkspace(value, workspace) : value;
}

export interface MappedPath {
  path: string;
  /** False when no repository file matched: the path is kept as the report wrote it (normalized). */
  matched: boolean;
}

export interface MapOptions {
  /** Directories the report's relative paths are relative to (a Cobertura <source>). */
  roots?: readonly string[];
  /** The repository path a report path stands for by a format's own rule (Go's import paths), tried first. */
  resolve?: (reportPath: string) => string | undefined;
}

/**
 * Maps report paths onto the files of a checkout: `toRepoPath`, joined with the report's source roots, and
 * when no such file exists the repository file sharing the longest path suffix (JaCoCo's package paths,
 * reports made in another checkout), when it is unique.
 */
export class RepositoryPathMapper {
  private readonly workspace: string;
  private readonly files: readonly string[];
  private readonly known: Set<string>;
  private readonly byBasename = new Map<string, string[]>();

  /** `files`: repository-relative paths (forward slashes) of the checkout; empty when unknown. */
  constructor(workspace: string, files: readonly string[]) {
    this.workspace = workspace;
    this.files = files;
    this.known = new Set(files);
    for (const file of files) {
      const base = file.slice(file.lastIndexOf('/') + 1);
      const list = this.byBasename.get(base);
      if (list) list.push(file);
      else this.byBasename.set(base, [file]);
    }
  }

  map(reference: string, options: MapOptions = {}): MappedPath {
    const file = toRepoPath(reference, this.workspace);
    const resolved = options.resolve?.(file);
    const candidates = resolved === undefined ? [] : [resolved];
    if (!isAbsolutePath(file))
      for (const root of options.roots ?? []) candidates.push(toRepoPath(`${root}/${file}`, this.workspace));
    candidates.push(file);
    const usable = (candidate: string): boolean => candidate !== '' && !candidate.startsWith('../');
    for (const candidate of candidates) {
      if (usable(candidate) && this.known.has(candidate)) return { path: candidate, matched: true };
    }
    const bySuffix = this.matchSuffix(file);
    if (bySuffix) return { path: bySuffix, matched: true };
    // Unknown to the repository: keep the most useful form, and let the caller warn.
    const fallback = candidates.find((c) => usable(c) && !isAbsolutePath(c)) ?? file;
    return { path: fallback, matched: this.files.length === 0 && !isAbsolutePath(fallback) };
  }

  /** The repository file sharing the most trailing path segments with `file` (at least the name), if unique. */
  private matchSuffix(file: string): string | undefined {
    // Most paths have a plain last segment that no repository file is named like: nothing to split then.
    const last = file.slice(file.lastIndexOf('/') + 1);
    if (last !== '' && !/^[A-Za-z]:$/.test(last) && !this.byBasename.has(last)) return undefined;
    const segments = file.split('/').filter((s) => s !== '' && !/^[A-Za-z]:$/.test(s));
    const base = segments[segments.length - 1];
    if (base === undefined) return undefined;
    const options = this.byBasename.get(base);
    if (!options) return undefined;
    let best: string | undefined;
    let bestScore = 0;
    let tie = false;
    for (const option of options) {
      const parts = option.split('/');
      let score = 0;
      while (
        score < parts.length &&
        score < segments.length &&
        parts[parts.length - 1 - score] === segments[segments.length - 1 - score]
      )
        score++;
      if (score > bestScore) {
        best = option;
        bestScore = score;
        tie = false;
      } else if (score === bestScore) {
        tie = true;
      }
    }
    // A bare file name shared by several files is ambiguous; a longer shared suffix decides.
    return tie ? undefined : best;
  }
}
