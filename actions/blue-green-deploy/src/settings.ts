/**
 * Every input read once into one settings object; nothing downstream calls core.getInput.
 */
import {
  checkVersion,
  getEnum,
  getRequired,
  readStopPrevious,
  readTrafficSettings,
  type DeployPhase,
  type TrafficSettings,
} from '@pipeline-actions/shared';

export interface DeploySettings {
  /** The target, slots, checks, SSH and timing inputs, shared with rollback. */
  traffic: TrafficSettings;
  /** What to deploy to the idle slot. */
  version: string;
  phase: DeployPhase;
  /** Stop the old slot after the verification window and the drain. */
  stopPrevious: boolean;
}

export function readSettings(): DeploySettings {
  const version = checkVersion('version', getRequired('version'));
  const traffic = readTrafficSettings();
  return {
    traffic,
    version,
    phase: getEnum('phase', ['all', 'prepare', 'promote'] as const, 'all'),
    stopPrevious: readStopPrevious(),
  };
}
