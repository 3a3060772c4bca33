/**
 * The registry of traffic targets: a new target is one file plus one line here (and its inputs in action.yml).
 * Each target's module is loaded only when a run uses it, so a run on nginx does not load the YAML parser the
 * kubernetes target needs.
 */
import type { TargetContext, TrafficTarget } from './target.ts';

export interface TargetDefinition {
  kind: string;
  /** The action inputs this target reads (besides the common ones), passed to create() as `options`. */
  inputs: readonly string[];
  /** Whether slots need addresses (a proxy does; the user's commands may not). */
  addressRequired: boolean;
  /** Validates the options (throwing a UserError naming the input) and builds the target. */
  create(context: TargetContext): TrafficTarget;
}

const TARGETS: Record<string, () => Promise<TargetDefinition>> = {
  nginx: async () => (await import('./nginx.ts')).nginxTarget,
  haproxy: async () => (await import('./haproxy.ts')).haproxyTarget,
  kubernetes: async () => (await import('./kubernetes.ts')).kubernetesTarget,
  command: async () => (await import('./command.ts')).commandTarget,
};

export const TRAFFIC_TARGET_KINDS = Object.keys(TARGETS);

export async function loadTargetDefinition(kind: string): Promise<TargetDefinition | undefined> {
  return TARGETS[kind]?.();
}
