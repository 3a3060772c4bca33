import { runCommand } from '@pipeline-actions/shared';

/** The checkout that report paths are mapped onto. */
export interface RepositoryFiles {
  /** Absolute workspace directory (GITHUB_WORKSPACE). */
  workspace: string;
  /** Repository-relative paths (forward slashes) of the files in the checkout; empty when unknown. */
  files: readonly string[];
}

/**
 * The files of the checkout, to map report paths onto: `git ls-files` when the workspace is a git
 * repository, else a walk of the workspace.
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
  files ??= await (
    await import('tinyglobby')
  ).glob(['**/*'], {
    cwd: workspace,
    ignore: ['**/node_modules/**', '**/.git/**'],
    dot: false,
    onlyFiles: true,
  });
  return { workspace, files };
}
