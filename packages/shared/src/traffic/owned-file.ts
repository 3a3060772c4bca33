/**
 * A file on the target host that the action owns (nginx's include, HAProxy's map): a marker on its first line, so a
 * file somebody else wrote is never overwritten, and a state line carrying what the action knows (each slot's
 * version, a switch in progress) as a comment the proxy ignores.
 */
import { randomBytes } from 'node:crypto';
import { inputError, UserError } from '../action/errors.ts';

export const MANAGED_MARKER = '# Managed by pipeline-actions/blue-green-deploy';
const STATE_PREFIX = '# bg-state: ';

export interface OwnedState {
  versions: Record<string, string>;
  /** Set while a switch is in flight: a run that dies there leaves it, and the next run goes back to `from`. */
  pending?: { from: string | undefined; to: string; since: string };
  /** A gradual shift in progress: `percent` of the traffic goes to `to`, the rest stays on the live slot. */
  split?: { to: string; percent: number };
}

/** The two comment lines every owned file starts with. */
export function ownedHeader(state: OwnedState): string[] {
  return [
    `${MANAGED_MARKER}: the next deploy rewrites this file; do not edit it.`,
    `${STATE_PREFIX}${JSON.stringify(state)}`,
  ];
}

/**
 * Reads the state from an owned file's content; refuses (naming `input`) a file the action did not write. An
 * empty file counts as absent: a proxy may need the file to exist before the first deploy.
 */
export function readOwnedState(content: string | undefined, file: string, input: string, hint: string): OwnedState {
  if (content === undefined || content.trim() === '') return { versions: {} };
  if (!content.startsWith(MANAGED_MARKER)) {
    throw inputError(
      input,
      `${file} exists and was not written by this action (its first line is not '${MANAGED_MARKER}…'); it is left untouched. ${hint}`,
    );
  }
  const line = content.split('\n').find((text) => text.startsWith(STATE_PREFIX));
  try {
    const parsed = JSON.parse(line?.slice(STATE_PREFIX.length) ?? '{}') as Partial<OwnedState>;
    const versions: Record<string, string> = {};
    for (const [name, version] of Object.entries(parsed.versions ?? {}))
      if (typeof version === 'string') versions[name] = version;
    return {
      versions,
      ...(parsed.pending ? { pending: parsed.pending } : {}),
      ...(parsed.split ? { split: parsed.split } : {}),
    };
  } catch {
    throw new UserError(
      `${file}: the action's state line is damaged; the file was edited by hand. Restore it or remove the file to deploy from nothing.`,
    );
  }
}

/** The lines a proxy reads (comments dropped): two contents with the same config lines need no reload. */
export function configLines(content: string): string {
  return content
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .join('\n');
}

/** A quoted heredoc writing `content` to the file named by the shell variable `variable`. */
export function heredoc(variable: string, content: string): string {
  const delimiter = `BG_EOF_${randomBytes(8).toString('hex')}`;
  return `cat > "$${variable}" <<'${delimiter}' || { restore 2>/dev/null; exit 9; }\n${content.endsWith('\n') ? content : `${content}\n`}${delimiter}`;
}

/** Splits a state script's output: `@@name value` lines, then everything after `@@content` (the file itself). */
export function readMarkedOutput(out: string): { fields: Record<string, string>; content: string } {
  const at = out.indexOf('@@content\n');
  const fields: Record<string, string> = {};
  for (const match of (at < 0 ? out : out.slice(0, at)).matchAll(/^@@(\S+) ?(.*)$/gm)) fields[match[1]!] = match[2]!;
  return { fields, content: at < 0 ? '' : out.slice(at + '@@content\n'.length) };
}
