import {
  inputError,
  CHECK_RUN_ANNOTATIONS_DEFAULT,
  getBoolean,
  getCommentPolicy,
  getEnum,
  getList,
  getNumber,
  getObject,
  getPercent,
  getString,
  resolveReportGlobs,
  workspaceDir,
  COMMENT_INPUT_DEFAULTS,
  type CommentPolicy,
  lazyGitHubClient,
  readRunContext,
  type GitHubClient,
  type RunContext,
} from '@pipeline-actions/shared';
import * as core from '@actions/core';
import path from 'node:path';
import type { GroupInput } from './coverage.ts';
import type { CoverageFormat } from './formats/format.ts';
import { METRICS, type Metric } from './model.ts';
import { FORMAT_IDS, formatById } from './parse.ts';
import { parseCondition, parseGlobRules, type GlobRule, type Minimums } from './rules.ts';

/** The inputs' defaults, as action.yml gives them (a test compares the two). */
export const DEFAULTS = {
  format: 'auto',
  name: 'coverage',
  ...COMMENT_INPUT_DEFAULTS,
  'comment-key': 'coverage-gate',
  annotations: true,
  'check-run': true,
  'check-name': 'Coverage',
  'check-run-annotations': CHECK_RUN_ANNOTATIONS_DEFAULT,
  'badge-metric': 'lines',
  'fail-on-decision': true,
} as const;

/** Every input of the action, parsed and validated once. */
export interface Settings {
  workspace: string;
  groups: GroupInput[];
  /** Minimums on the combined total of all groups. */
  minimums: Minimums;
  /** Minimums per group, by group name. */
  groupMinimums: Map<string, Minimums>;
  /** Minimums every single file must reach. */
  perFile: Minimums;
  globRules: GlobRule[];
  /** Minimum line coverage of the lines the PR adds or changes. */
  newCodeLines: number | undefined;
  /** Maximum drop in percentage points versus the baseline. */
  maxDrop: number | undefined;
  baseline: string | undefined;
  baselineOut: string | undefined;
  include: string[];
  exclude: string[];
  /** Base commit/ref for the changed lines; the PR's base by default. */
  diffBase: string;
  /** The GitHub API client, made on first use (a run that calls no API never loads it); undefined without a token. */
  github: (() => Promise<GitHubClient>) | undefined;
  /** The run: repository, event, pull request, run page. */
  context: RunContext;
  /** How the sticky PR comment is written (update, recreate, off; when; on pass). */
  comment: CommentPolicy;
  checkRun: boolean;
  checkName: string;
  /** The most annotations sent to the check run, the longest uncovered ranges first (0: none). */
  checkRunAnnotations: number;
  annotations: boolean;
  badge: string | undefined;
  badgeMetric: Metric;
  /** Exit 1 when the decision is fail (default); false only reports. */
  failOnDecision: boolean;
  commentKey: string;
  /** PR to comment on / read changed lines of, when the event is not a pull_request (workflow_run). */
  pullNumber: number | undefined;
}

interface GroupSpec {
  reports: string[];
  format?: string;
  lines?: number;
  branches?: number;
  functions?: number;
  statements?: number;
}

const percentOrUndefined = { type: 'percent' } as const;

const GROUPS_SCHEMA = {
  type: 'map',
  values: {
    type: 'object',
    properties: {
      reports: { type: 'stringList' },
      format: { type: 'string', enum: ['auto', ...FORMAT_IDS] },
      lines: percentOrUndefined,
      branches: percentOrUndefined,
      functions: percentOrUndefined,
      statements: percentOrUndefined,
    },
    required: ['reports'],
  },
} as const;

/** The format named by an input already checked against FORMAT_IDS; undefined for detection. */
function resolveFormat(choice: string | undefined): CoverageFormat | undefined {
  return choice === undefined || choice === 'auto' ? undefined : formatById(choice);
}

function parsePerFile(text: string): Minimums {
  const minimums: Minimums = {};
  for (const part of text.split(/[,\n]/)) {
    if (part.trim() === '') continue;
    // "80" alone means lines
    const condition = /^\s*\d+(\.\d+)?\s*%?\s*$/.test(part)
      ? parseCondition(`lines >= ${part}`, 'per-file', 'per-file')
      : parseCondition(part, 'per-file', 'per-file');
    minimums[condition.metric] = condition.minimum;
  }
  return minimums;
}

/** The files of a report list; an entry that matches nothing is an error unless marked '(optional)'. */
async function reportFiles(input: string, patterns: string[], group: string): Promise<string[]> {
  const found = await resolveReportGlobs(input, patterns, group === '' ? '' : `group '${group}': `);
  for (const pattern of found.absentOptional)
    core.info(`${group === '' ? '' : `Group '${group}': `}optional report '${pattern}' matches no file; skipped.`);
  return found.files;
}

export async function readSettings(): Promise<Settings> {
  const workspace = workspaceDir();
  const groups: GroupInput[] = [];
  const groupMinimums = new Map<string, Minimums>();
  const reports = getList('reports');
  const format = resolveFormat(getEnum('format', ['auto', ...FORMAT_IDS], DEFAULTS.format));
  if (reports.length > 0) {
    const name = getString('name') || DEFAULTS.name;
    const files = await reportFiles('reports', reports, '');
    if (files.length > 0) groups.push({ name, reports: files, format });
  }
  const specs = await getObject<Record<string, GroupSpec>>('groups', GROUPS_SCHEMA);
  for (const [name, spec] of Object.entries(specs ?? {})) {
    if (groups.some((g) => g.name === name)) throw inputError('groups', `group '${name}' is defined twice`);
    const files = await reportFiles('groups', spec.reports, name);
    if (files.length === 0) continue;
    groups.push({ name, reports: files, format: resolveFormat(spec.format) ?? format });
    const minimums: Minimums = {};
    for (const metric of METRICS) if (spec[metric] !== undefined) minimums[metric] = spec[metric];
    groupMinimums.set(name, minimums);
  }
  if (groups.length === 0)
    throw inputError(
      'reports',
      reports.length > 0 || specs !== undefined
        ? 'no report was found: every entry is marked optional and none matched a file'
        : "is required (or 'groups'); expected report paths or globs, e.g. coverage/lcov.info",
    );

  const minimums: Minimums = {};
  for (const metric of METRICS) {
    const value = getPercent(metric);
    if (value !== undefined) minimums[metric] = value;
  }
  const baselineText = getString('baseline');
  const baselineOutText = getString('baseline-out');
  const badgeText = getString('badge');
  const resolveInside = (file: string): string => path.resolve(workspace, file);
  const maxDrop = getNumber('max-drop', { min: 0, max: 100 });
  return {
    workspace,
    groups,
    minimums,
    groupMinimums,
    perFile: parsePerFile(getString('per-file')),
    globRules: parseGlobRules(getString('rules')),
    newCodeLines: getPercent('new-code-lines'),
    maxDrop,
    baseline: baselineText === '' ? undefined : resolveInside(baselineText),
    baselineOut: baselineOutText === '' ? undefined : resolveInside(baselineOutText),
    include: getList('include'),
    exclude: getList('exclude'),
    diffBase: getString('diff-base'),
    github: lazyGitHubClient(getString('github-token')),
    context: readRunContext(),
    comment: getCommentPolicy(),
    checkRun: getBoolean('check-run', DEFAULTS['check-run']),
    checkName: getString('check-name') || DEFAULTS['check-name'],
    checkRunAnnotations:
      getNumber('check-run-annotations', { min: 0, integer: true }) ?? DEFAULTS['check-run-annotations'],
    annotations: getBoolean('annotations', DEFAULTS.annotations),
    badge: badgeText === '' ? undefined : resolveInside(badgeText),
    badgeMetric: getEnum<Metric>('badge-metric', METRICS, DEFAULTS['badge-metric']),
    failOnDecision: getBoolean('fail-on-decision', DEFAULTS['fail-on-decision']),
    commentKey: getString('comment-key') || DEFAULTS['comment-key'],
    pullNumber: getNumber('pr-number', { min: 1, integer: true }),
  };
}
