// Docs that agree with the actions: every `uses:` of one of this repository's actions, in the READMEs, RELEASING.md,
// SECURITY.md and the example workflows, names it as `OWNER/REPO/actions/<name>@<name>/v<current major>` (or pins a
// commit SHA with a `# <name>/vX.Y.Z` comment of a released-or-current version), and passes only inputs its
// action.yml declares.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import semver from 'semver';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../..');
const actionNames = readdirSync(path.join(root, 'actions'))
  .filter((name) => existsSync(path.join(root, 'actions', name, 'action.yml')))
  .sort();

interface ActionFacts {
  version: string;
  inputs: Set<string>;
}

function facts(names: string[], dir = root): Map<string, ActionFacts> {
  return new Map(
    names.map((name) => {
      const metadata = parse(readFileSync(path.join(dir, 'actions', name, 'action.yml'), 'utf8')) as {
        inputs?: Record<string, unknown>;
      };
      const { version } = JSON.parse(readFileSync(path.join(dir, 'actions', name, 'package.json'), 'utf8')) as {
        version: string;
      };
      return [name, { version, inputs: new Set(Object.keys(metadata.inputs ?? {})) }];
    }),
  );
}

const indentOf = (line: string) => line.length - line.trimStart().length;

/** The `with:` keys of the step whose `uses:` is on line `at` (YAML in a README's code block or a workflow). */
function stepInputs(lines: string[], at: number): string[] {
  const line = lines[at]!;
  const dash = /^(\s*)- uses:/.exec(line);
  const keyIndent = dash ? dash[1]!.length + 2 : indentOf(line);
  const isFence = (l: string) => /^\s*```/.test(l);
  // The step starts at the `- ` line at keyIndent - 2 (this one, or one above) and ends before the next line that
  // is not deeper than that dash.
  let start = at;
  if (!dash) {
    while (start > 0 && !isFence(lines[start - 1]!)) {
      const previous = lines[start - 1]!;
      if (previous.trim() !== '' && indentOf(previous) < keyIndent - 2) break;
      start--;
      if (previous.trim().startsWith('- ') && indentOf(previous) === keyIndent - 2) break;
    }
  }
  let end = at + 1;
  while (end < lines.length && !isFence(lines[end]!)) {
    const next = lines[end]!;
    if (next.trim() !== '' && indentOf(next) < keyIndent) break;
    end++;
  }
  const step = lines.slice(start, end);
  const withAt = step.findIndex((l, i) => {
    const key = i === 0 || l.trim().startsWith('- ') ? l.replace(/^(\s*)- /, '$1  ') : l;
    return indentOf(key) === keyIndent && /^\s*with:\s*(#.*)?$/.test(key);
  });
  if (withAt === -1) return [];
  const children = step.slice(withAt + 1).filter((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  const childIndent = children.length > 0 ? indentOf(children[0]!) : 0;
  return children
    .filter((l) => indentOf(l) === childIndent)
    .map((l) => /^\s*([^:\s]+):/.exec(l)?.[1])
    .filter((key): key is string => key !== undefined && childIndent > keyIndent);
}

const USES = /uses:\s*([^\s`'"]+)(?:\s*#\s*(\S+))?/;

/** Problems of one text, as `file:line: problem`. `known` holds the actions of the repository. */
function usesProblems(file: string, text: string, known: Map<string, ActionFacts>): string[] {
  const problems: string[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const match = USES.exec(line);
    if (!match) return;
    const [, value, comment] = match as unknown as [string, string, string | undefined];
    const where = `${file}:${i + 1}`;
    const ours = /^(?:[^@]*\/)?actions\/([a-z0-9-]+)@(.*)$/.exec(value) ?? /^OWNER\/([a-z0-9-]+)@(.*)$/.exec(value);
    if (!ours || !known.has(ours[1]!)) return;
    const name = ours[1]!;
    const ref = ours[2]!;
    const action = known.get(name)!;
    const major = semver.major(action.version);
    if (!value.startsWith('OWNER/REPO/actions/')) {
      problems.push(`${where}: '${value}': use OWNER/REPO/actions/${name}@${name}/v${major}`);
    } else if (/^[0-9a-f]{40}$/.test(ref)) {
      const pinned = comment && new RegExp(`^${name}/v(.+)$`).exec(comment)?.[1];
      if (!pinned || semver.valid(pinned) !== pinned || semver.gt(pinned, action.version)) {
        problems.push(
          `${where}: a commit SHA pin needs a '# ${name}/vX.Y.Z' comment of a version up to ${action.version}`,
        );
      }
    } else if (ref !== `${name}/v${major}`) {
      problems.push(
        `${where}: '@${ref}': the current major of ${name} is ${name}/v${major} (version ${action.version})`,
      );
    }
    for (const input of stepInputs(lines, i)) {
      if (!action.inputs.has(input)) problems.push(`${where}: ${name} has no input '${input}'`);
    }
  });
  return problems;
}

const docs = [
  'README.md',
  'RELEASING.md',
  'SECURITY.md',
  ...actionNames.map((name) => `actions/${name}/README.md`),
  ...(existsSync(path.join(root, 'examples/workflows'))
    ? readdirSync(path.join(root, 'examples/workflows'))
        .filter((f) => /\.ya?ml$/.test(f))
        .map((f) => `examples/workflows/${f}`)
    : []),
].filter((file) => existsSync(path.join(root, file)));

describe('uses: lines in the docs', () => {
  const known = facts(actionNames);

  it('catches a wrong tag form, a wrong major, an unknown input and an unpinned comment', () => {
    const action = known.get('quality-gate')!;
    const major = semver.major(action.version);
    const bad = [
      '```yaml',
      '- uses: OWNER/REPO/actions/quality-gate@v1',
      `- uses: OWNER/REPO/actions/quality-gate@quality-gate/v${major + 1}`,
      `- uses: OWNER/quality-gate@v${major}`,
      `- uses: OWNER/REPO/actions/quality-gate@quality-gate/v${major}`,
      '  with:',
      '    reports: a.sarif',
      '    no-such-input: 1',
      '- name: pinned',
      `  uses: OWNER/REPO/actions/quality-gate@${'a'.repeat(40)}`,
      `- uses: OWNER/REPO/actions/quality-gate@${'a'.repeat(40)} # quality-gate/v${action.version}`,
      '```',
    ].join('\n');
    const problems = usesProblems('x.md', bad, known);
    expect(problems).toEqual([
      `x.md:2: '@v1': the current major of quality-gate is quality-gate/v${major} (version ${action.version})`,
      `x.md:3: '@quality-gate/v${major + 1}': the current major of quality-gate is quality-gate/v${major} (version ${action.version})`,
      `x.md:4: 'OWNER/quality-gate@v${major}': use OWNER/REPO/actions/quality-gate@quality-gate/v${major}`,
      `x.md:5: quality-gate has no input 'no-such-input'`,
      `x.md:10: a commit SHA pin needs a '# quality-gate/vX.Y.Z' comment of a version up to ${action.version}`,
    ]);
  });

  it('reads the with: keys of a step whatever its layout', () => {
    const lines = [
      'steps:',
      '  - name: gate',
      '    id: q',
      '    uses: OWNER/REPO/actions/quality-gate@quality-gate/v0',
      '    with:',
      '      reports: |',
      '        a.sarif',
      '        b: not a key',
      '      # a comment',
      '      policy: p.yml',
      '  - uses: other/thing@v1',
      '    with:',
      '      nope: 1',
    ];
    expect(stepInputs(lines, 3)).toEqual(['reports', 'policy']);
  });

  it.each(docs)('%s names our actions by their current tag and declared inputs', (file) => {
    expect(usesProblems(file, readFileSync(path.join(root, file), 'utf8'), known)).toEqual([]);
  });
});
