import { getEnum, getString, TRAFFIC_TARGET_KINDS } from '@pipeline-actions/shared';

export interface RollbackSettings {
  /** Where the two slots and the traffic switch live. */
  target: string;
  /** The version to restore; undefined means "the one before the current". */
  toVersion: string | undefined;
}

export function readSettings(): RollbackSettings {
  return { target: getEnum('target', TRAFFIC_TARGET_KINDS), toVersion: getString('to-version') || undefined };
}
