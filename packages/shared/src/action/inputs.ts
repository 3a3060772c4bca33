/**
 * Typed action inputs. Every reader names the input in its error and says what
 * form was expected; nothing downstream should call `core.getInput` again.
 */
import { stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { inputError, placed } from './errors.ts';
import { checkMatchedFiles, isInside, readUserFile, workspaceDir } from './files.ts';
import { parseAndValidate, type Schema } from './schema.ts';
import { didYouMean } from './suggest.ts';
import { parseBoolean, parseDuration, parseList, parseNumber, parsePercent, type NumberRange } from './values.ts';

/** The raw value the runner passed ('' when absent). */
function raw(name: string): string {
  return core.getInput(name, { trimWhitespace: true });
}

function convert<T>(name: string, parse: (text: string) => T): T | undefined {
  const text = raw(name);
  if (text === '') return undefined;
  try {
    return parse(text);
  } catch (error) {
    throw inputError(name, (error as Error).message);
  }
}

/** A string input; '' when absent unless `required`. */
export function getString(name: string, options: { required?: boolean } = {}): string {
  const text = raw(name);
  if (options.required && text === '') throw inputError(name, 'is required and was not supplied');
  return text;
}

/** A required input: exists for readability at call sites. */
export function getRequired(name: string): string {
  return getString(name, { required: true });
}

/** 'true' or 'false' only; `fallback` when absent. */
export function getBoolean(name: string, fallback = false): boolean {
  return convert(name, parseBoolean) ?? fallback;
}

export function getNumber(name: string, range: NumberRange = {}): number | undefined {
  return convert(name, (text) => parseNumber(text, range));
}

/** Milliseconds, from '250ms', '30s', '5m', '1h'. */
export function getDuration(name: string): number | undefined {
  return convert(name, parseDuration);
}

/** 0..100, from '85' or '85%'. */
export function getPercent(name: string): number | undefined {
  return convert(name, parsePercent);
}

/** Newline- or comma-separated values. */
export function getList(name: string): string[] {
  return parseList(raw(name));
}

/** One of `allowed`; an unknown value gets "did you mean". `fallback` when absent. */
export function getEnum<T extends string>(name: string, allowed: readonly T[], fallback?: T): T {
  const text = raw(name);
  if (text === '') {
    if (fallback !== undefined) return fallback;
    throw inputError(name, `is required; expected one of ${allowed.join(', ')}`);
  }
  const match = allowed.find((value) => value === text) ?? allowed.find((v) => v.toLowerCase() === text.toLowerCase());
  if (match === undefined) {
    throw inputError(name, `expected one of ${allowed.join(', ')}, got '${text}'${didYouMean(text, allowed)}`);
  }
  return match;
}

/** An inline YAML or JSON object validated against `schema`; undefined when absent. */
export async function getObject<T>(name: string, schema: Schema): Promise<T | undefined> {
  const text = raw(name);
  if (text === '') return undefined;
  try {
    return await parseAndValidate<T>(text, schema);
  } catch (error) {
    throw placed(error, { input: name });
  }
}

export interface InlineOrFileOptions<T> {
  /** The input holding the configuration as inline YAML or JSON. */
  inline: string;
  /** The input naming a YAML or JSON file in the workspace, in the same form. */
  file: string;
  /**
   * Turns the text into the configuration; `source` is the inline input's name or the file as given. Its
   * UserErrors are the mistakes in the text, placed on the input or the file here.
   */
  parse: (text: string, source: string) => T | Promise<T>;
}

/**
 * A configuration given either inline or as a file, never both; undefined when neither is given. A mistake is
 * reported on the inline input (with its line) or on the file (with line and column), never quoting the file.
 */
export async function readInlineOrFile<T>(options: InlineOrFileOptions<T>): Promise<T | undefined> {
  const inline = raw(options.inline);
  const file = raw(options.file);
  if (inline !== '' && file !== '')
    throw inputError(
      options.inline,
      `give either '${options.inline}' (inline YAML) or '${options.file}' (a file), not both`,
    );
  if (inline !== '') {
    try {
      return await options.parse(inline, options.inline);
    } catch (error) {
      throw placed(error, { input: options.inline });
    }
  }
  if (file === '') return undefined;
  // Resolved in the workspace, symbolic links included; never quoted whole when it does not parse.
  const { text } = await readUserFile(options.file, file);
  try {
    return await options.parse(text, file);
  } catch (error) {
    throw placed(error, { file });
  }
}

export { isInside, workspaceDir };

/**
 * Resolves glob patterns (newline/comma separated, `!pattern` excludes) inside
 * `GITHUB_WORKSPACE` only. Returns absolute paths, sorted.
 */
export async function resolveGlobs(
  name: string,
  patterns: string[],
  options: { required?: boolean } = {},
): Promise<string[]> {
  const root = workspaceDir();
  const include: string[] = [];
  const ignore: string[] = [];
  for (const pattern of patterns) {
    const negated = pattern.startsWith('!');
    const body = negated ? pattern.slice(1) : pattern;
    const absolute = path.resolve(root, body);
    // Patterns may be written absolute (e.g. ${{ github.workspace }}/coverage/*.xml) but must stay in the workspace.
    if (!isInside(root, absolute.split('*')[0] ?? absolute)) {
      throw inputError(name, `'${pattern}' points outside the workspace (${root}); expected a path or glob inside it`);
    }
    const relative = path.relative(root, absolute).split(path.sep).join('/');
    (negated ? ignore : include).push(relative);
  }
  if (include.length === 0) {
    if (options.required) throw inputError(name, 'is required; expected one or more file paths or globs');
    return [];
  }
  const files =
    ignore.length === 0 && include.every((pattern) => !GLOB_SYNTAX.test(pattern))
      ? await existingFiles(include, root)
      : await (
          await import('tinyglobby')
        ).glob(include, { cwd: root, ignore, absolute: true, dot: true, onlyFiles: true });
  const inside = files.map((file) => path.resolve(file)).filter((file) => isInside(root, file));
  if (inside.length === 0 && options.required) {
    throw inputError(name, `no file matches '${patterns.join(', ')}' in ${root}`);
  }
  const matched = [...new Set(inside)].sort();
  // A match may be a symbolic link out of the workspace, or a pipe: refused, named.
  await checkMatchedFiles(name, matched, root);
  return matched;
}

/** Characters that make a pattern a glob for tinyglobby (picomatch); a path without any is just a path. */
const GLOB_SYNTAX = /[*?[\]{}()!+@\\]/;

/**
 * The plain paths (no glob syntax) that name existing files, as the glob would find them: the common case of one
 * report path, answered without loading and running the glob engine.
 */
async function existingFiles(relativePaths: string[], root: string): Promise<string[]> {
  const found = await Promise.all(
    relativePaths.map(async (relative) => {
      const absolute = path.resolve(root, relative);
      const stats = await stat(absolute).catch(() => undefined);
      // Regular files (a link to one included), as the glob's onlyFiles finds them: a pipe matches no file.
      return stats?.isFile() ? absolute : undefined;
    }),
  );
  return found.filter((file) => file !== undefined);
}

/** How an entry of a report list is marked as one that may be absent: `reports/trivy.json (optional)`. */
const OPTIONAL_MARK = /\s+\(optional\)$/i;

export interface ReportFiles {
  /** Absolute paths, sorted, without duplicates. */
  files: string[];
  /** Entries marked optional that matched no file, as written (without the mark). */
  absentOptional: string[];
}

/**
 * Report files from glob entries inside the workspace. Every entry must match at least one file: a missing
 * report (a scan that did not run, a coverage shard that was not downloaded) must never read as a clean one.
 * An entry ending in ` (optional)` may match nothing. `!pattern` entries exclude files, as in resolveGlobs.
 * `context` prefixes the message (e.g. "group 'unit': ").
 */
export async function resolveReportGlobs(name: string, entries: string[], context = ''): Promise<ReportFiles> {
  const excludes = entries.filter((entry) => entry.startsWith('!'));
  const files = new Set<string>();
  const absentOptional: string[] = [];
  for (const entry of entries) {
    if (entry.startsWith('!')) continue;
    const optional = OPTIONAL_MARK.test(entry);
    const pattern = entry.replace(OPTIONAL_MARK, '');
    const matched = await resolveGlobs(name, [pattern, ...excludes]);
    if (matched.length === 0) {
      if (optional) {
        absentOptional.push(pattern);
        continue;
      }
      throw inputError(
        name,
        `${context}'${pattern}' matches no file in ${workspaceDir()}; a missing report must not read as a clean one. Did the step that writes it run? End the entry with ' (optional)' if it may be absent.`,
      );
    }
    for (const file of matched) files.add(file);
  }
  return { files: [...files].sort(), absentOptional };
}

/**
 * Where an action writes its own files by default: `$RUNNER_TEMP/<name>` (the OS temp directory outside the
 * runner), never the checkout, where they would be committed, linted or uploaded by accident.
 */
export function runnerTempPath(...parts: string[]): string {
  return path.join(process.env['RUNNER_TEMP'] || tmpdir(), ...parts);
}

/** File globs from an input; see resolveGlobs. */
export async function getFiles(name: string, options: { required?: boolean } = {}): Promise<string[]> {
  return resolveGlobs(name, getList(name), options);
}
