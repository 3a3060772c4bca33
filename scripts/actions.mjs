// The actions of this repository: every actions/<name> with an action.yml.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function listActions() {
  const dir = path.join(root, 'actions');
  return readdirSync(dir)
    .filter((name) => existsSync(path.join(dir, name, 'action.yml')))
    .sort()
    .map((name) => ({ name, dir: path.join(dir, name) }));
}
