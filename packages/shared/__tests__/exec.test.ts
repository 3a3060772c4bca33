import { describe, expect, it } from '@jest/globals';
import { maskSecrets, runCommand } from '../src/exec/exec.ts';
import { UserError } from '../src/action/errors.ts';

describe('runCommand', () => {
  it('passes arguments without a shell and captures output and exit code', async () => {
    const result = await runCommand(
      'node',
      ['-e', 'console.log(process.argv[1]); console.error("err"); process.exit(3)', '$(echo injected); rm -rf /'],
      {
        cwd: '/',
      },
    );
    expect(result.exitCode).toBe(3);
    expect(result.stdout).toBe('$(echo injected); rm -rf /\n');
    expect(result.stderr).toBe('err\n');
    expect(result.timedOut).toBe(false);
  });
  it('masks secrets in captured output', async () => {
    const result = await runCommand('node', ['-e', 'console.log("token=" + process.env.TOKEN)'], {
      env: { TOKEN: 's3cr3t-value' },
      secrets: ['s3cr3t-value'],
    });
    expect(result.stdout).toBe('token=***\n');
  });
  it('kills the process group on timeout', async () => {
    const result = await runCommand('bash', ['-c', 'sleep 30 & sleep 30; wait'], { timeoutMs: 200 });
    expect(result.timedOut).toBe(true);
    expect(result.durationMs).toBeLessThan(5000);
  });
  it('feeds stdin', async () => {
    const result = await runCommand('cat', [], { input: 'hello' });
    expect(result.stdout).toBe('hello');
  });
  it('rejects with a clear error when the command cannot start', async () => {
    await expect(runCommand('definitely-not-a-command-xyz', [])).rejects.toThrow(
      new UserError("Command 'definitely-not-a-command-xyz' cannot start: not found (is it installed and on PATH?)"),
    );
  });
  it('masks overlapping secrets longest first', () => {
    expect(maskSecrets('abc abcdef', ['abc', 'abcdef'])).toBe('*** ***');
  });
});
