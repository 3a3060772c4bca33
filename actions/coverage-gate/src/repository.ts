import path from 'node:path';
import { glob } from 'tinyglobby';
import { readUserFile, runCommand } from '@pipeline-actions/shared';
import { goModulePath, type RepositoryFiles } from './paths.ts';

/**
 * The files of the checkout, to map report paths onto: `git ls-files` when the workspace is a git
 * repository, else a walk of the workspace. Go modules come from every go.mod found.
 */
export async function readRepository(workspace: string): Promise<RepositoryFiles> {
  let files: string[] | undefined;
  const listed = await runCommand(
    'git',
    ['-c', 'core.quotePath=false', 'ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: workspace,
      timeoutMs: 60_000,
      maxOutputBytes: 256 * 1024 * 1024,
    },
  ).catch(() => undefined);
  if (listed && listed.exitCode === 0) files = listed.stdout.split('\0').filter((f) => f !== '');
  files ??= await glob(['**/*'], {
    cwd: workspace,
    ignore: ['**/node_modules/**', '**/.git/**'],
    dot: false,
    onlyFiles: true,
  });
  const goModules = new Map<string, string>();
  for (const file of files) {
    if (file !== 'go.mod' && !file.endsWith('/go.mod')) continue;
    // Read like any file the user names: a go.mod linked out of the workspace (or to /proc) is not read.
    const text =
      (await readUserFile('go.mod', file, { root: workspace, maxBytes: 1024 * 1024 }).catch(() => undefined))?.text ??
      '';
    const module = goModulePath(text);
    if (module) goModules.set(module, path.posix.dirname(file) === '.' ? '' : path.posix.dirname(file));
  }
  return { workspace, files, goModules };
}
