// What the GitHub Marketplace requires of an action.yml it lists (docs: "Metadata syntax for GitHub Actions",
// branding; "Publishing actions in GitHub Marketplace"), checked over the whole set of actions.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The colors `branding.color` accepts. */
export const BRANDING_COLORS = ['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark'];

/** Feather 4.28 icons GitHub's branding does not support (the docs list them). */
export const UNSUPPORTED_ICONS = [
  'coffee',
  'columns',
  'divide-circle',
  'divide-square',
  'divide',
  'frown',
  'hexagon',
  'key',
  'meh',
  'mouse-pointer',
  'smile',
  'tool',
  'x-octagon',
];

/** The Marketplace's limit on `description`. */
export const MAX_DESCRIPTION = 125;

let icons;
/** The Feather icon names (from the feather-icons package). */
export function featherIcons() {
  if (!icons) {
    const file = createRequire(import.meta.url).resolve('feather-icons/dist/icons.json');
    icons = new Set(Object.keys(JSON.parse(readFileSync(file, 'utf8'))));
  }
  return icons;
}

/**
 * Problems that would keep these actions off the Marketplace, as `<action>: <problem>` lines; empty when there
 * are none. `actions` is a list of `{ name, metadata }` (metadata: the parsed action.yml).
 */
export function marketplaceProblems(actions) {
  const problems = [];
  const seen = new Map();
  for (const { name, metadata } of actions) {
    const listed = typeof metadata?.name === 'string' ? metadata.name.trim() : '';
    if (listed === '') problems.push(`${name}: action.yml has no name`);
    else {
      const key = listed.toLowerCase();
      if (seen.has(key)) problems.push(`${name}: name '${listed}' is also the name of ${seen.get(key)}`);
      else seen.set(key, name);
      if (/^github\b/i.test(listed)) problems.push(`${name}: name '${listed}' starts with "GitHub", which is reserved`);
    }
    const description = typeof metadata?.description === 'string' ? metadata.description : '';
    if (description.trim() === '') problems.push(`${name}: action.yml has no description`);
    else if ([...description].length > MAX_DESCRIPTION) {
      problems.push(
        `${name}: description is ${[...description].length} characters, the Marketplace allows ${MAX_DESCRIPTION}`,
      );
    }
    const icon = metadata?.branding?.icon;
    if (!featherIcons().has(icon)) problems.push(`${name}: branding.icon '${icon}' is not a Feather icon`);
    else if (UNSUPPORTED_ICONS.includes(icon))
      problems.push(`${name}: branding.icon '${icon}' is not supported by GitHub`);
    const color = metadata?.branding?.color;
    if (!BRANDING_COLORS.includes(color)) {
      problems.push(`${name}: branding.color '${color}' is not one of ${BRANDING_COLORS.join(', ')}`);
    }
  }
  return problems;
}
