import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import path from 'node:path';
import { runCommands, splitCommandLine, toCommandSpecs } from '../src/commands.ts';
import { makeWorkspace, NODE_BIN } from './helpers/tools.ts';

let workspace: { dir: string; cleanup(): void };
beforeAll(() => {
  workspace = makeWorkspace({
    'src/bad.ts': 'const count: number = "three";\nexport const doubled: string = count * 2;\n',
    'tsconfig.json': JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, skipLibCheck: true, types: [] },
      include: ['src'],
    }),
    'go/main.go': 'package main\nimport "fmt"\nfunc main() {  fmt.Println("x") }\n',
    'go/ok.go': 'package main\n\nfunc helper() int { return 1 }\n',
  });
});
afterAll(() => workspace.cleanup());

describe('command lines', () => {
  test('split on spaces, quotes group, nothing is expanded', () => {
    expect(splitCommandLine(`black --check "src dir" 'a b' $HOME *.py`)).toEqual([
      'black',
      '--check',
      'src dir',
      'a b',
      '$HOME',
      '*.py',
    ]);
    expect(() => splitCommandLine('echo "open')).toThrow(/unclosed " quote/);
  });
});

describe('real checks run by the action', () => {
  test('tsc --noEmit diagnostics become one finding per error; gofmt -l files become format findings; in parallel', async () => {
    const specs = toCommandSpecs([
      {
        name: 'tsc',
        run: [path.join(NODE_BIN, 'tsc'), '--noEmit', '-p', '.'],
        category: 'type',
        'findings-from': 'tsc',
      },
      { name: 'gofmt', run: 'gofmt -l go', category: 'format', 'findings-from': 'files' },
      { name: 'true', run: ['sh', '-c', 'exit 0'] },
      { name: 'exit-3', run: ['sh', '-c', 'echo broken >&2; exit 3'], severity: 'medium' },
    ]);
    const outcomes = await runCommands(specs, 2, workspace.dir);
    const [tsc, gofmt, ok, failing] = outcomes;
    expect(tsc!.result.exitCode).toBe(2);
    expect(tsc!.findings.map((finding) => [finding.file, finding.line, finding.rule, finding.category])).toEqual([
      ['src/bad.ts', 1, 'TS2322', 'type'],
      ['src/bad.ts', 2, 'TS2322', 'type'],
    ]);
    // gofmt -l exits 0 and lists the files that need formatting.
    expect(gofmt!.result.exitCode).toBe(0);
    expect(gofmt!.findings).toEqual([
      expect.objectContaining({ tool: 'gofmt', category: 'format', file: 'go/main.go', rule: 'needs-formatting' }),
    ]);
    expect(ok!.findings).toEqual([]);
    expect(failing!.findings).toEqual([
      expect.objectContaining({ rule: 'exit-3', severity: 'medium', message: expect.stringContaining('broken') }),
    ]);
  }, 60_000);

  test('a command that cannot start is a clear error', async () => {
    await expect(
      runCommands(toCommandSpecs([{ run: 'definitely-not-installed --check' }]), 1, workspace.dir),
    ).rejects.toThrow(/Command 'definitely-not-installed' cannot start/);
  });
});
