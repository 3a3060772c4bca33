/**
 * The runner harness: run a bundled action as the GitHub runner does (Node 24, INPUT_* with defaults, file
 * commands, event payload) and a fake GitHub REST API on loopback for the calls it makes.
 */
export { FAKE_GITHUB_TOKEN, UNREACHABLE_API_URL } from './constants.ts';
export { runBundledAction, type RunActionOptions, type RunActionResult } from './run-action.ts';
export {
  startFakeGitHub,
  FakeGitHub,
  type FakeGitHubOptions,
  type FaultKind,
  type FaultOptions,
  type RecordedRequest,
  type CheckRunRecord,
  type DeploymentRecord,
  type DeploymentSeed,
  type DeploymentStatusSeed,
  type CommitStatusSeed,
  type PullSeed,
  type ReleaseSeed,
  type ChangedFileSeed,
} from './fake-github.ts';
export { GITHUB_ACTIONS_BOT, GITHUB_ACTIONS_APP } from './github-shapes.ts';
export {
  loadEvent,
  pullRequestEvent,
  withRepository,
  eventEnvironment,
  deepMerge,
  type WorkflowEvent,
  type EventPayload,
  type LoadEventOptions,
  type PullRequestEventOptions,
  type PayloadOverrides,
  type EventEnvironment,
} from './events.ts';
export {
  REPO_ROOT,
  loadActionMetadata,
  inputEnvName,
  evaluateDefault,
  resolveInputs,
  type ActionMetadata,
  type ActionInput,
  type ExpressionContext,
  type ResolvedInputs,
} from './action-metadata.ts';
export { parseKeyValueFile, parsePathFile, FileCommandError } from './file-commands.ts';
export {
  parseWorkflowCommands,
  parseCommandLine,
  unescapeCommandData,
  unescapeCommandProperty,
  RUNNER_ANNOTATION_LIMIT_PER_LEVEL,
  type WorkflowCommand,
  type Annotation,
  type AnnotationLevel,
  type LogGroup,
  type ParsedCommands,
} from './workflow-commands.ts';
export { node24Path } from './node24.ts';

/**
 * `env` for runBundledAction that makes names under `.invalid` fail to resolve inside the action, locally: a DNS
 * failure without a query leaving the machine (see offline-dns.mjs).
 */
export const OFFLINE_DNS_ENV: Readonly<Record<string, string>> = {
  NODE_OPTIONS: `--import=${new URL('./offline-dns.mjs', import.meta.url).href}`,
};
