import path from 'node:path';
import type { FormatName } from './model.ts';

/** What the mapper knows about the repository. */
export interface RepositoryFiles {
  /** Absolute workspace directory (GITHUB_WORKSPACE). */
  workspace: string;
  /** Repository-relative paths (forward slashes) of the files in the checkout; empty when unknown. */
  files: readonly string[];
  /** Go module path -> repository-relative directory of its go.mod ('' for the root). */
  goModules: ReadonlyMap<string, string>;
}

export interface MappedPath {
  path: string;
  /** False when no repository file matched: the path is kept as the report wrote it (normalized). */
  matched: boolean;
}

const toPosix = (p: string): string => p.replace(/\\/g, '/');
const isAbsolute = (p: string): boolean => p.startsWith('/') || /^[A-Za-z]:\//.test(p);

function normalize(p: string): string {
  let result = toPosix(p.trim());
  if (result.startsWith('file://')) result = result.slice(7);
  const drive = /^[A-Za-z]:/.exec(result)?.[0] ?? '';
  const body = path.posix.normalize(result.slice(drive.length));
  return drive + (body === '.' ? '' : body.replace(/^\.\//, ''));
}

/**
 * Maps the paths reports write (absolute from the CI machine or another one, relative to a Cobertura
 * <source>, Windows separators, Go import paths, JaCoCo package paths) to repository-relative paths.
 * Exact candidates win; otherwise the repository file sharing the longest path suffix, when unique.
 */
export class PathMapper {
  private readonly repo: RepositoryFiles;
  private readonly known: Set<string>;
  private readonly byBasename = new Map<string, string[]>();
  private readonly workspace: string;
  private readonly goModules: [string, string][];

  constructor(repo: RepositoryFiles) {
    this.repo = repo;
    this.known = new Set(repo.files);
    for (const file of repo.files) {
      const base = file.slice(file.lastIndexOf('/') + 1);
      const list = this.byBasename.get(base);
      if (list) list.push(file);
      else this.byBasename.set(base, [file]);
    }
    this.workspace = normalize(repo.workspace).replace(/\/$/, '');
    // Longest module path first so nested modules win over their parent.
    this.goModules = [...repo.goModules].sort((a, b) => b[0].length - a[0].length);
  }

  map(raw: string, format: FormatName, sourceRoots: readonly string[]): MappedPath {
    const file = normalize(raw);
    const candidates: string[] = [];
    if (format === 'go') {
      for (const [module, dir] of this.goModules) {
        if (file.startsWith(`${module}/`)) {
          candidates.push(path.posix.join(dir, file.slice(module.length + 1)));
          break;
        }
      }
    }
    if (isAbsolute(file)) {
      candidates.push(this.relativeToWorkspace(file));
    } else {
      for (const root of sourceRoots) {
        const joined = normalize(`${toPosix(root).replace(/\/$/, '')}/${file}`);
        candidates.push(isAbsolute(joined) ? this.relativeToWorkspace(joined) : joined);
      }
      candidates.push(file);
    }
    for (const candidate of candidates) {
      if (candidate !== '' && !candidate.startsWith('../') && this.known.has(candidate))
        return { path: candidate, matched: true };
    }
    const bySuffix = this.matchSuffix(file);
    if (bySuffix) return { path: bySuffix, matched: true };
    // Unknown to the repository: keep the most useful form, and let the caller warn.
    const fallback = candidates.find((c) => c !== '' && !isAbsolute(c) && !c.startsWith('../')) ?? file;
    return { path: fallback, matched: this.repo.files.length === 0 && !isAbsolute(fallback) };
  }

  private relativeToWorkspace(file: string): string {
    const ws = this.workspace;
    const sameCase = /^[A-Za-z]:/.test(file)
      ? file.toLowerCase().startsWith(`${ws.toLowerCase()}/`)
      : file.startsWith(`${ws}/`);
    return sameCase ? file.slice(ws.length + 1) : file;
  }

  /** The repository file sharing the most trailing path segments with `file` (at least the name), if unique. */
  private matchSuffix(file: string): string | undefined {
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

/** Reads `module x` from go.mod text. */
export function goModulePath(goModText: string): string | undefined {
  return /^\s*module\s+("?)([^\s"]+)\1\s*$/m.exec(goModText)?.[2];
}
