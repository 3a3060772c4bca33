/** Every input, read once into one typed settings object. */
import path from 'node:path';
import * as core from '@actions/core';
import {
  CHECK_RUN_ANNOTATIONS_DEFAULT,
  getBoolean,
  getCommentPolicy,
  getEnum,
  getList,
  getNumber,
  getObject,
  getString,
  inputError,
  UserError,
  readRunContext,
  readInlineOrFile,
  resolveReportGlobs,
  runnerTempPath,
  workspaceDir,
  COMMENT_INPUT_DEFAULTS,
  type CommentPolicy,
  lazyGitHubClient,
  type GitHubClient,
  type RunContext,
} from '@pipeline-actions/shared';
import { COMMANDS_SCHEMA, toCommandSpecs, type CommandSpec } from './commands.ts';
import { DEFAULT_POLICY, parsePolicy, type Policy } from './policy.ts';

/** The inputs' defaults, as action.yml gives them (a test compares the two). */
export const DEFAULTS = {
  parallel: 4,
  scope: 'all',
  mode: 'check',
  'check-run': true,
  'check-name': 'Quality gate',
  'check-run-annotations': CHECK_RUN_ANNOTATIONS_DEFAULT,
  ...COMMENT_INPUT_DEFAULTS,
  'comment-key': 'quality-gate',
  'fail-on-decision': true,
} as const;

export interface Settings {
  mode: 'check' | 'update-baseline';
  workspace: string;
  reports: string[];
  commands: CommandSpec[];
  parallel: number;
  policy: Policy;
  newOnly: boolean;
  /** Base commit or ref for new-only (the PR's base by default). */
  base: string | undefined;
  baseline: string | undefined;
  findingsPath: string;
  sarifPath: string | undefined;
  checkRun: boolean;
  checkName: string;
  /** The GitHub API client, made on first use (a run that calls no API never loads it); undefined without a token. */
  github: (() => Promise<GitHubClient>) | undefined;
  /** The run: repository, event, pull request, run page. */
  context: RunContext;
  /** The most annotations sent to the check run, the worst first (0: none). */
  checkRunAnnotations: number;
  /** Exit 1 when the decision is fail (default); false reports it in the outputs and a warning only. */
  failOnDecision: boolean;
  /** How the sticky PR comment is written (update, recreate, off; when; on pass). */
  comment: CommentPolicy;
  /** Identifies the sticky comment among others on the PR. */
  commentKey: string;
  /** PR to comment on and put the check run on when the event is not a pull_request (workflow_run). */
  pullNumber: number | undefined;
}

async function readPolicy(): Promise<Policy> {
  const policy = await readInlineOrFile({
    inline: 'policy',
    file: 'policy-file',
    parse: parsePolicy,
  });
  return policy ?? DEFAULT_POLICY;
}

export async function readSettings(): Promise<Settings> {
  const workspace = workspaceDir();
  const mode = getEnum('mode', ['check', 'update-baseline'] as const, DEFAULTS.mode);
  const scope = getEnum('scope', ['all', 'new-only'] as const, DEFAULTS.scope);
  const policy = await readPolicy();
  let commands: CommandSpec[];
  try {
    commands = toCommandSpecs((await getObject('commands', COMMANDS_SCHEMA)) ?? []);
  } catch (error) {
    if (error instanceof UserError && error.place.input !== undefined) throw error;
    throw inputError('commands', (error as Error).message);
  }
  // An entry that matches nothing is a missing report, never an empty one: it must not read as a pass.
  const found = await resolveReportGlobs('reports', getList('reports'));
  for (const pattern of found.absentOptional) core.info(`Optional report '${pattern}' matches no file; skipped.`);
  const reports = found.files;
  if (reports.length === 0 && commands.length === 0) {
    throw inputError(
      'reports',
      found.absentOptional.length > 0
        ? "no report was found (every entry is optional and none matched) and no 'commands' were given: nothing to check"
        : "is empty and no 'commands' were given: nothing to check",
    );
  }
  const baseline = getString('baseline');
  if (mode === 'update-baseline' && baseline === '')
    throw inputError('baseline', "is required with mode 'update-baseline': the file to write");
  let base: string | undefined = getString('base') || undefined;
  if (scope === 'new-only' && base === undefined) {
    base = readRunContext().pullRequest?.baseSha;
    if (base === undefined)
      core.warning("scope 'new-only' needs a pull request event or the 'base' input; judging every finding.");
  }
  return {
    mode,
    workspace,
    reports,
    commands,
    parallel: getNumber('parallel', { min: 1, max: 64, integer: true }) ?? DEFAULTS.parallel,
    policy,
    newOnly: scope === 'new-only' && base !== undefined,
    base,
    baseline: baseline === '' ? undefined : path.resolve(workspace, baseline),
    findingsPath: path.resolve(
      workspace,
      getString('findings-path') || runnerTempPath('quality-gate', 'findings.json'),
    ),
    sarifPath: getString('sarif-output') === '' ? undefined : path.resolve(workspace, getString('sarif-output')),
    checkRun: getBoolean('check-run', DEFAULTS['check-run']),
    checkName: getString('check-name') || DEFAULTS['check-name'],
    github: lazyGitHubClient(getString('github-token')),
    context: readRunContext(),
    checkRunAnnotations:
      getNumber('check-run-annotations', { min: 0, integer: true }) ?? DEFAULTS['check-run-annotations'],
    failOnDecision: getBoolean('fail-on-decision', DEFAULTS['fail-on-decision']),
    comment: getCommentPolicy(),
    commentKey: getString('comment-key') || DEFAULTS['comment-key'],
    pullNumber: getNumber('pr-number', { min: 1, integer: true }),
  };
}
