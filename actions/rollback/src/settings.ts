/**
 * Every input read once into one settings object; nothing downstream calls core.getInput. Everything is validated
 * here, before the lock is taken or any command runs: a bad input is one clear error and touches nothing.
 */
import {
  checkTargetSettings,
  checkVersion,
  getBoolean,
  getEnum,
  getRequired,
  getString,
  inputError,
  readTrafficSettings,
  workspaceDir,
  type TrafficSettings,
  TRAFFIC_DEFAULTS,
} from '@pipeline-actions/shared';
import { ROLLBACK_MODES, type RollbackMode } from './plan.ts';
import { parseTagPattern, type TagPattern } from './versions.ts';

export interface RollbackSettings {
  /** The target, slots, checks, SSH and timing inputs, shared with blue-green-deploy. */
  traffic: TrafficSettings;
  mode: RollbackMode;
  /** The version to restore; undefined lets the planner choose. */
  toVersion: string | undefined;
  tagPattern: TagPattern;
  includePrereleases: boolean;
  /** Print the plan and change nothing. */
  dryRun: boolean;
  /** Where the release tags are read from (the checked-out repository). */
  workspace: string;
}

/** How long the standby slot gets to pass its checks before a switch: it runs already, so it answers now or not. */
export const STANDBY_CHECK_MS = 2_000;

/** The inputs' defaults, as action.yml gives them (a test compares the two). */
export const DEFAULTS = {
  ...TRAFFIC_DEFAULTS,
  // The restored version ran before: it is checked, then watched only when asked.
  'verify-duration': 0,
  mode: 'auto',
  'tag-pattern': 'v*',
  'include-prereleases': false,
  'dry-run': false,
} as const;

export async function readSettings(): Promise<RollbackSettings> {
  // A missing target is named first, whatever else is wrong (slots are checked per target, with it).
  getRequired('target');
  const mode = getEnum('mode', ROLLBACK_MODES, DEFAULTS.mode);
  const toVersionText = getString('to-version');
  const toVersion = toVersionText ? checkVersion('to-version', toVersionText) : undefined;
  let tagPattern: TagPattern;
  try {
    tagPattern = parseTagPattern(getString('tag-pattern') || DEFAULTS['tag-pattern']);
  } catch (error) {
    throw inputError('tag-pattern', (error as Error).message);
  }
  const includePrereleases = getBoolean('include-prereleases', DEFAULTS['include-prereleases']);
  const dryRun = getBoolean('dry-run', DEFAULTS['dry-run']);
  const traffic = await readTrafficSettings(DEFAULTS);
  // The target's own inputs (nginx-config, the commands…) too, before the history is read or the lock taken.
  checkTargetSettings(traffic);
  return { traffic, mode, toVersion, tagPattern, includePrereleases, dryRun, workspace: workspaceDir() };
}
