import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A report's file reference as a repository path: forward slashes, relative to the workspace.
 * Accepts plain relative or absolute paths and file:// URIs (ESLint's SARIF writes file:///abs/path).
 * Paths outside the workspace are kept as they are: they still name the file for a human.
 */
let lastWorkspace = '';
let lastRoot = '';
let lastRunnerRoot = '';
/** The workspace with forward slashes and no trailing slash; cached, as it is needed once per finding. */
function rootOf(workspace: string): string {
  if (workspace !== lastWorkspace) {
    lastWorkspace = workspace;
    lastRoot = workspace.replace(/\\/g, '/').replace(/\/+$/, '');
  }
  return lastRoot;
}

export function toRepoPath(reference: string, workspace: string): string {
  let value = reference.trim();
  if (value.startsWith('file:///') && !value.includes('%') && !value.includes('?') && !value.includes('#')) {
    // The common case (ESLint writes one per result): no URL parsing needed.
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
  if (path.posix.isAbsolute(value) || /^[a-z]:\//i.test(value)) {
    const root = rootOf(workspace);
    if (value === root) return '.';
    if (value.startsWith(`${root}/`)) return value.slice(root.length + 1);
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
  // normalize() only when there is something to normalize: it is costly on 200,000 paths.
  return /(^|\/)\.{1,2}(\/|$)|\/\//.test(value) ? path.posix.normalize(value).replace(/^\.\//, '') : value;
}
