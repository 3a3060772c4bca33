/** The traffic targets blue-green-deploy and rollback are designed for (see docs: architecture). */
export const TRAFFIC_TARGET_KINDS = ['nginx', 'haproxy', 'kubernetes', 'command'] as const;
export type TrafficTargetKind = (typeof TRAFFIC_TARGET_KINDS)[number];
