// Types of tree.mjs, for the tests.
export const PLACEHOLDER_REPOSITORY: string;
export function rewriteUses(text: string, options: { repository?: string; actions: string[] }): string;
export function rewriteLinks(
  text: string,
  options: {
    action: string;
    tag: string;
    repository?: string;
    actions: string[];
    kindOf: (pathInRepository: string) => 'file' | 'dir' | undefined;
    treeHas: (pathInTree: string) => boolean;
  },
): { text: string; problems: string[] };
export function relativeLinks(text: string): string[];
export function writeTree(options: {
  sourceRoot: string;
  action: string;
  out: string;
  version?: string;
  repository?: string;
  git?: boolean;
}): { dir: string; version: string; files: string[]; tags: string[]; commit: string | undefined };
