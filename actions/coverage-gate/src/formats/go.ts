import path from 'node:path';
import { fileError, detach, readUserFile, scanLines } from '@pipeline-actions/shared';
import { ReportBuilder } from '../model.ts';
import type { RepositoryFiles } from '../repository.ts';
import type { CoverageFormat } from './format.ts';

// file:startLine.startCol,endLine.endCol numStmt count
const BLOCK = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;

/**
 * Go cover profile (`go test -coverprofile`, modes set/count/atomic; several profiles concatenated
 * with repeated mode lines are accepted). Statements are the blocks weighted by their statement
 * count, which is exactly what `go tool cover -func` totals; a line is executable when a block spans
 * it and covered when any block spanning it ran. Paths are import paths, mapped to files through the repository's go.mod files.
 */
async function parseGoProfile(path: string): Promise<ReportBuilder> {
  const builder = new ReportBuilder();
  let sawMode = false;
  await scanLines(path, (text, line) => {
    if (text.startsWith('mode:')) {
      const mode = text.slice(5).trim();
      if (mode !== 'set' && mode !== 'count' && mode !== 'atomic')
        throw fileError(path, `unknown cover mode '${mode}'`, line);
      sawMode = true;
      return;
    }
    if (text.trim() === '') return;
    if (!sawMode)
      throw fileError(path, 'is not a Go cover profile: the first line must be "mode: set|count|atomic"', line);
    const match = BLOCK.exec(text);
    if (!match) throw fileError(path, `is not a valid Go cover profile line: '${text.slice(0, 80)}'`, line);
    const [, name, sl, sc, el, ec, stmts, hits] = match as unknown as string[];
    const file = builder.building(name!) ?? builder.fileFor(detach(name!));
    const count = Number(hits);
    // Blocks repeat when profiles of several packages are concatenated (-coverpkg): same key merges.
    file.addStatement(detach(`${sl}.${sc},${el}.${ec}`), Number(stmts), count);
    const start = Number(sl);
    const end = Number(el);
    for (let l = start; l <= end; l++) file.addLine(l, count);
  });
  return builder.finish();
}

/** Reads `module x` from go.mod text. */
export function goModulePath(goModText: string): string | undefined {
  return /^\s*module\s+("?)([^\s"]+)\1\s*$/m.exec(goModText)?.[2];
}

/** Module path -> repository-relative directory of its go.mod ('' for the root), from every go.mod of the checkout. */
async function goModules(repository: RepositoryFiles): Promise<Map<string, string>> {
  const modules = new Map<string, string>();
  for (const file of repository.files) {
    if (file !== 'go.mod' && !file.endsWith('/go.mod')) continue;
    // Read like any file the user names: a go.mod linked out of the workspace (or to /proc) is not read.
    const read = await readUserFile('go.mod', file, { root: repository.workspace, maxBytes: 1024 * 1024 }).catch(
      () => undefined,
    );
    const module = goModulePath(read?.text ?? '');
    const dir = path.posix.dirname(file);
    if (module) modules.set(module, dir === '.' ? '' : dir);
  }
  return modules;
}

/** Import path -> repository path, through the go.mod whose module path is the longest prefix (nested modules win). */
export function importPathResolver(modules: ReadonlyMap<string, string>): (reportPath: string) => string | undefined {
  const longestFirst = [...modules].sort((a, b) => b[0].length - a[0].length);
  return (reportPath) => {
    const owner = longestFirst.find(([module]) => reportPath.startsWith(`${module}/`));
    return owner && path.posix.join(owner[1], reportPath.slice(owner[0].length + 1));
  };
}

export const go: CoverageFormat = {
  id: 'go',
  label: 'Go cover profile',
  detect: (head) => /^mode: (set|count|atomic)\b/.test(head),
  read: parseGoProfile,
  pathResolver: async (repository) => importPathResolver(await goModules(repository)),
};
