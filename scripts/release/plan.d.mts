// Types of plan.mjs, for the tests.
export interface Decision {
  name: string;
  version: string;
  lastVersion: string | undefined;
  decision: 'release' | 'skip' | 'refuse';
  reasons: string[];
  tag: string;
  moving: string[];
  notes?: string;
  marketplaceName?: string;
}
export function SHIPPED_PATHS(name: string): string[];
export function versionTag(name: string, version: string): string;
export function movingTags(name: string, version: string): string[];
export function releasedVersions(tags: string[], name: string): string[];
export function decide(input: {
  name: string;
  version: string;
  released: string[];
  changedSinceLast: boolean;
  changelog: string | undefined;
}): Decision;
export function planRelease(options: { cwd: string; ref?: string; only?: string[] }): {
  sha: string;
  actions: Decision[];
};
