import { getEnum, getRequired, TRAFFIC_TARGET_KINDS, type TrafficTargetKind } from '@pipeline-actions/shared';

export interface DeploySettings {
  /** What to deploy to the idle slot. */
  version: string;
  /** Where the two slots and the traffic switch live. */
  target: TrafficTargetKind;
}

export function readSettings(): DeploySettings {
  return { version: getRequired('version'), target: getEnum('target', TRAFFIC_TARGET_KINDS) };
}
