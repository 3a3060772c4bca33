/**
 * Files the user names (config and policy files, baselines, reports), opened one safe way: the path is resolved
 * with its symbolic links and must stay inside the workspace, it must be a regular file (not a FIFO, a device or
 * a directory) and not a kernel pseudo-file (/proc, /sys, /dev), and it is read up to a size limit. Messages
 * about a file never quote its content beyond a short excerpt: a file that is not what was expected may be
 * anything (an .env file, a key).
 */
import { constants, type Stats } from 'node:fs';
import { open, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileError, inputError } from './errors.ts';

/** Kernel pseudo-filesystems: their "regular" files report size 0 and hold the process's environment and memory. */
const PSEUDO_ROOTS = ['/proc', '/sys', '/dev'];

/** The default most bytes read from a config-like file. */
export const USER_FILE_MAX_BYTES = 16 * 1024 * 1024;

/** The directory the runner checked the repository out into (or the cwd outside the runner). */
export function workspaceDir(): string {
  return path.resolve(process.env['GITHUB_WORKSPACE'] || process.cwd());
}

/** True when `candidate` is `root` or inside it. */
export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** A file the user named, checked. */
export interface UserFile {
  /** As the user wrote it (for messages). */
  given: string;
  /** Absolute, symbolic links resolved: the file that is read. */
  path: string;
  size: number;
}

export interface ResolveOptions {
  /** The directory the file must stay in (default: the workspace). */
  root?: string;
  /** A file that does not exist gives undefined instead of an error (a baseline before its first run). */
  optional?: boolean;
}

function describeKind(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

function isPseudo(file: string): boolean {
  return PSEUDO_ROOTS.some((root) => file === root || file.startsWith(`${root}/`));
}

/**
 * Resolves a path the user named (relative to the workspace) to the regular file it designates, refusing one that
 * leaves the workspace once symbolic links are resolved, a pseudo-file and anything but a regular file.
 * Throws a UserError naming `input`, or the file when the file cannot be reached.
 */
export async function resolveUserFile(
  input: string,
  given: string,
  options: ResolveOptions & { optional: true },
): Promise<UserFile | undefined>;
export async function resolveUserFile(input: string, given: string, options?: ResolveOptions): Promise<UserFile>;
export async function resolveUserFile(
  input: string,
  given: string,
  options: ResolveOptions = {},
): Promise<UserFile | undefined> {
  const root = options.root ?? workspaceDir();
  const absolute = path.resolve(root, given);
  if (isPseudo(absolute)) throw inputError(input, `'${given}' is a kernel pseudo-file, not a file of the workspace`);
  if (!isInside(root, absolute)) throw inputError(input, `'${given}' points outside the workspace (${root})`);
  let real: string;
  try {
    real = await realpath(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && options.optional) return undefined;
    throw fileError(given, code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(error)})`);
  }
  const realRoot = await realpath(root).catch(() => root);
  if (isPseudo(real)) throw inputError(input, `'${given}' leads to a kernel pseudo-file (${real})`);
  if (!isInside(realRoot, real)) {
    throw inputError(
      input,
      `'${given}' is a symbolic link to ${real}, outside the workspace (${root}); only files of the workspace are read`,
    );
  }
  const stats = await stat(real);
  if (!stats.isFile()) throw inputError(input, `'${given}' is ${describeKind(stats)}, not a regular file`);
  return { given, path: real, size: stats.size };
}

/**
 * Reads a checked file as UTF-8, at most `maxBytes` (a larger file is an error, never read in part). The file is
 * opened without blocking and checked again once open, so a path swapped for a pipe or device meanwhile is refused.
 */
export async function readUserFile(
  input: string,
  given: string,
  options: ResolveOptions & { optional: true; maxBytes?: number },
): Promise<{ file: UserFile; text: string } | undefined>;
export async function readUserFile(
  input: string,
  given: string,
  options?: ResolveOptions & { maxBytes?: number },
): Promise<{ file: UserFile; text: string }>;
export async function readUserFile(
  input: string,
  given: string,
  options: ResolveOptions & { maxBytes?: number } = {},
): Promise<{ file: UserFile; text: string } | undefined> {
  const file = await resolveUserFile(input, given, options);
  if (!file) return undefined;
  return { file, text: await readChecked(file, options.maxBytes ?? USER_FILE_MAX_BYTES) };
}

async function readChecked(file: UserFile, maxBytes: number): Promise<string> {
  let handle;
  try {
    handle = await open(file.path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    throw fileError(file.given, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw fileError(file.given, `is ${describeKind(stats)}, not a regular file`);
    if (stats.size > maxBytes) {
      throw fileError(file.given, `is ${stats.size} bytes, more than the ${maxBytes} this file may have`);
    }
    const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) throw fileError(file.given, `grew past ${maxBytes} bytes while it was read`);
    return buffer.subarray(0, length).toString('utf8');
  } finally {
    await handle.close();
  }
}

/**
 * Checks files a glob matched (reports): each must resolve inside the workspace and be a regular file. Throws
 * a UserError naming `input` and the first file refused; the paths stay as matched (for messages and mapping).
 */
export async function checkMatchedFiles(input: string, files: readonly string[], root = workspaceDir()): Promise<void> {
  for (const file of files) await resolveUserFile(input, path.relative(root, file) || file, { root });
}

/**
 * JSON.parse for a user's file, with an error that says where (line and column) but, unlike V8's own message,
 * quotes nothing of the text: `what` says what the file should have been.
 */
export function parseJsonFile(text: string, file: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const position = /at position (\d+)/.exec((error as Error).message);
    if (!position) throw fileError(file, `${what} (invalid JSON)`);
    const offset = Number(position[1]);
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    throw fileError(file, `${what} (invalid JSON)`, line, column);
  }
}
