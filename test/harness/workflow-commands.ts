/**
 * Workflow commands (`::name key=value,...::data`) parsed the way the GitHub runner parses them
 * (actions/runner `ActionCommand.TryParseV2`): the line is trimmed at the start, must begin with `::`,
 * the command name runs to the first space, properties are split on `,` then on the first `=`,
 * and values are unescaped with the same ordered replacements the runner uses
 * (data: `%0D` `%0A` then `%25`; properties additionally `%3A` and `%2C` before `%25`).
 * Lines that do not parse, or name a command the runner does not know, are plain log lines.
 */

/** Commands the runner acts on; any other `::x::` line is printed as is. */
const KNOWN_COMMANDS = new Set([
  'add-mask',
  'add-matcher',
  'add-path',
  'debug',
  'echo',
  'endgroup',
  'error',
  'group',
  'notice',
  'remove-matcher',
  'save-state',
  'set-env',
  'set-output',
  'stop-commands',
  'warning',
]);

const DATA_ESCAPES: ReadonlyArray<readonly [string, string]> = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%25', '%'],
];

const PROPERTY_ESCAPES: ReadonlyArray<readonly [string, string]> = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%3A', ':'],
  ['%2C', ','],
  ['%25', '%'],
];

function unescapeWith(text: string, escapes: ReadonlyArray<readonly [string, string]>): string {
  let result = text;
  for (const [escaped, plain] of escapes) result = result.split(escaped).join(plain);
  return result;
}

/** Undoes `escapeData` of @actions/core (the part after the second `::`). */
export function unescapeCommandData(text: string): string {
  return unescapeWith(text, DATA_ESCAPES);
}

/** Undoes `escapeProperty` of @actions/core (a `key=value` property value). */
export function unescapeCommandProperty(text: string): string {
  return unescapeWith(text, PROPERTY_ESCAPES);
}

/** One workflow command as the runner sees it. */
export interface WorkflowCommand {
  /** Command name, e.g. `error`, `add-mask`, `group`. */
  command: string;
  /** Unescaped properties, e.g. `{ file: 'a.ts', line: '3' }`. */
  properties: Record<string, string>;
  /** Unescaped data (the message). */
  data: string;
  /** Index of the line in the combined log (0-based). */
  lineIndex: number;
}

/** Annotation level of `::error`, `::warning`, `::notice`. */
export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** An `::error`/`::warning`/`::notice` command with its location properties decoded. */
export interface Annotation {
  level: AnnotationLevel;
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
  title?: string;
}

/** A `::group::name` ... `::endgroup::` block and the log lines printed inside it (masked). */
export interface LogGroup {
  name: string;
  lines: string[];
}

/** Everything the runner would take out of a step's log. */
export interface ParsedCommands {
  /** Every recognised command, in order. */
  commands: WorkflowCommand[];
  /** All `::error` annotations (the UI shows the first {@link RUNNER_ANNOTATION_LIMIT_PER_LEVEL}). */
  errors: Annotation[];
  warnings: Annotation[];
  notices: Annotation[];
  /** Values registered with `::add-mask::`. */
  masks: string[];
  /** `::debug::` messages. */
  debug: string[];
  groups: LogGroup[];
  /** Deprecated `::set-output name=x::v` commands (the runner still honours them). */
  legacyOutputs: Record<string, string>;
  /** Deprecated `::save-state name=x::v` commands. */
  legacyState: Record<string, string>;
  /**
   * The log as the runner shows it: command lines removed, and every secret (pre-registered, or added with
   * `::add-mask::` on an earlier line) replaced by `***`. Assert a secret is absent here, not in raw stdout.
   */
  visibleLog: string[];
}

/** Forms of a secret the runner masks too: the value itself, each of its lines, its JSON and URL escapings. */
function maskVariants(secret: string): string[] {
  const variants = new Set<string>();
  for (const value of [secret, ...secret.split(/\r?\n/)]) {
    if (value.trim() === '') continue;
    variants.add(value);
    variants.add(JSON.stringify(value).slice(1, -1));
    variants.add(encodeURIComponent(value));
  }
  return [...variants];
}

function applyMasks(line: string, variants: readonly string[]): string {
  let result = line;
  // Longest first, so a secret containing another is masked whole.
  for (const variant of [...variants].sort((a, b) => b.length - a.length)) result = result.split(variant).join('***');
  return result;
}

/** The runner keeps at most this many annotations of each level per step; the rest are only counted. */
export const RUNNER_ANNOTATION_LIMIT_PER_LEVEL = 10;

/** Parses one log line; `undefined` when the runner would print it as plain text. */
export function parseCommandLine(line: string, lineIndex = 0): WorkflowCommand | undefined {
  const message = line.trimStart();
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!KNOWN_COMMANDS.has(command)) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info
      .slice(space + 1)
      .trim()
      .split(',')
      .filter((p) => p !== '')) {
      const eq = pair.indexOf('=');
      // The runner splits with RemoveEmptyEntries: `key=` and `=value` carry no property.
      if (eq <= 0 || eq === pair.length - 1) continue;
      properties[pair.slice(0, eq)] = unescapeCommandProperty(pair.slice(eq + 1));
    }
  }
  return { command, properties, data: unescapeCommandData(message.slice(end + 2)), lineIndex };
}

function toNumber(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

function toAnnotation(level: AnnotationLevel, cmd: WorkflowCommand): Annotation {
  const p = cmd.properties;
  const annotation: Annotation = { level, message: cmd.data };
  if (p.file !== undefined) annotation.file = p.file;
  const numbers = { line: p.line, endLine: p.endLine, col: p.col, endColumn: p.endColumn } as const;
  for (const key of Object.keys(numbers) as Array<keyof typeof numbers>) {
    const n = toNumber(numbers[key]);
    if (n !== undefined) annotation[key] = n;
  }
  if (p.title !== undefined) annotation.title = p.title;
  return annotation;
}

/**
 * Parses a whole step log (stdout and stderr lines in arrival order; the runner reads commands from both).
 * Honours `::stop-commands::TOKEN` ... `::TOKEN::`, during which lines are plain text.
 */
export function parseWorkflowCommands(lines: readonly string[], secrets: readonly string[] = []): ParsedCommands {
  const result: ParsedCommands = {
    commands: [],
    errors: [],
    warnings: [],
    notices: [],
    masks: [],
    debug: [],
    groups: [],
    legacyOutputs: {},
    legacyState: {},
    visibleLog: [],
  };
  const maskVariantsSoFar = secrets.flatMap(maskVariants);
  const show = (line: string) => {
    const masked = applyMasks(line, maskVariantsSoFar);
    result.visibleLog.push(masked);
    group?.lines.push(masked);
  };
  let stopToken: string | undefined;
  let group: LogGroup | undefined;
  lines.forEach((line, index) => {
    if (stopToken !== undefined) {
      if (line.trim() === `::${stopToken}::`) stopToken = undefined;
      else show(line);
      return;
    }
    const cmd = parseCommandLine(line, index);
    if (cmd === undefined) {
      show(line);
      return;
    }
    result.commands.push(cmd);
    switch (cmd.command) {
      case 'error':
        result.errors.push(toAnnotation('error', cmd));
        break;
      case 'warning':
        result.warnings.push(toAnnotation('warning', cmd));
        break;
      case 'notice':
        result.notices.push(toAnnotation('notice', cmd));
        break;
      case 'add-mask':
        if (cmd.data.trim() !== '') {
          result.masks.push(cmd.data);
          maskVariantsSoFar.push(...maskVariants(cmd.data));
        }
        break;
      case 'debug':
        result.debug.push(cmd.data);
        break;
      case 'group':
        // The runner does not nest groups: a new group closes the open one.
        group = { name: cmd.data, lines: [] };
        result.groups.push(group);
        break;
      case 'endgroup':
        group = undefined;
        break;
      case 'stop-commands':
        if (cmd.data !== '') stopToken = cmd.data;
        break;
      case 'set-output':
        if (cmd.properties.name !== undefined) result.legacyOutputs[cmd.properties.name] = cmd.data;
        break;
      case 'save-state':
        if (cmd.properties.name !== undefined) result.legacyState[cmd.properties.name] = cmd.data;
        break;
    }
  });
  return result;
}
