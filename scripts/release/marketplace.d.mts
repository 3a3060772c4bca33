// Types of marketplace.mjs, for the tests.
export const BRANDING_COLORS: string[];
export const UNSUPPORTED_ICONS: string[];
export const MAX_DESCRIPTION: number;
export function featherIcons(): Set<string>;
export function marketplaceProblems(actions: Array<{ name: string; metadata: unknown }>): string[];
