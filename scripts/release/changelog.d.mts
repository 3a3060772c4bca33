// Types of changelog.mjs, for the tests.
export const PACKAGE_SCOPE: string;
export const SHARED_PACKAGE: string;
export interface VersionSection {
  version: string;
  heading: string;
  body: string;
}
export interface Changeset {
  file: string;
  releases: Record<string, 'major' | 'minor' | 'patch' | 'none'>;
  summary: string;
}
export function versionSections(text: string): VersionSection[];
export function releaseNotes(text: string, version: string, lastVersion?: string): string | undefined;
export function parseChangeset(text: string, file: string): Changeset;
export function pendingChangesets(root: string): Changeset[];
export function pendingFor(
  name: string,
  version: string,
  changesets: Changeset[],
): {
  entries: Array<{ bump: string; via: string | undefined; changeset: Changeset }>;
  bump: string;
  next: string | undefined;
};
export function renderHead(name: string, version: string, changesets: Changeset[]): string;
export function normalizeChangelog(text: string, name: string, version: string, changesets: Changeset[]): string;
export function updateChangelogs(root: string, options?: { check?: boolean }): string[];
