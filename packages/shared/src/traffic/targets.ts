/**
 * The registry of traffic targets: a new target is one file plus one line here (and its inputs in action.yml).
 */
import type { TargetContext, TrafficTarget } from './target.ts';
import { commandTarget } from './command.ts';
import { haproxyTarget } from './haproxy.ts';
import { kubernetesTarget } from './kubernetes.ts';
import { nginxTarget } from './nginx.ts';

export interface TargetDefinition {
  kind: string;
  /** The action inputs this target reads (besides the common ones), passed to create() as `options`. */
  inputs: readonly string[];
  /** Whether slots need addresses (a proxy does; the user's commands may not). */
  addressRequired: boolean;
  /** Validates the options (throwing InputError) and builds the target. */
  create(context: TargetContext): TrafficTarget;
}

const TARGETS: readonly TargetDefinition[] = [nginxTarget, haproxyTarget, kubernetesTarget, commandTarget];

export const TRAFFIC_TARGET_KINDS = TARGETS.map((target) => target.kind);

export function targetDefinition(kind: string): TargetDefinition | undefined {
  return TARGETS.find((target) => target.kind === kind);
}
