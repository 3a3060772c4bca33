/**
 * blue-green-deploy end to end: the bundle run as the runner runs it, against real nginx, real slot processes
 * started by the user's deploy command, wrk load through the switch, and openssh-server for the SSH transport.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import {
  runBundledAction,
  startFakeGitHub,
  type FakeGitHub,
  type RunActionResult,
} from '../../../test/harness/index.ts';
import { slotRequest, startLoad, startSshd, type SshdServer } from '../../../test/servers/index.ts';
import { startStack, type Stack } from './stack.ts';

const TEST_TIMEOUT = 90_000;

function deploy(
  stack: Stack,
  version: string,
  inputs: Record<string, string | undefined> = {},
  extra: Parameters<typeof runBundledAction>[0] = {},
): Promise<RunActionResult> {
  return runBundledAction({
    action: 'blue-green-deploy',
    inputs: { ...stack.inputs, version, ...inputs },
    timeoutMs: 60_000,
    ...extra,
  });
}

/** What the entrypoint answers on /version right now. */
async function liveVersion(stack: Stack): Promise<string> {
  const response = await slotRequest(`127.0.0.1:${stack.port}`, '/version');
  return response.body.trim();
}

function withStack(mode: 'unix' | 'tcp', body: (stack: Stack) => Promise<void>): () => Promise<void> {
  return async () => {
    const stack = await startStack({ mode });
    try {
      await body(stack);
    } finally {
      await stack.stop();
    }
  };
}

describe('nginx with unix-socket slots (symlink switch, no reload)', () => {
  test(
    'first deploy starts nginx; under keep-alive load a switch and an automatic switch-back fail no request',
    withStack('unix', async (stack) => {
      const first = await deploy(stack, '1.0.0');
      expect(first.errors).toEqual([]);
      expect(first.outputs).toMatchObject({
        result: 'promoted',
        'active-slot': 'blue',
        'previous-slot': '',
        version: '1.0.0',
      });
      expect(await liveVersion(stack)).toBe('1.0.0');
      expect(await readFile(stack.include, 'utf8')).toMatch(/^# Managed by pipeline-actions\/blue-green-deploy/);

      const workersBefore = await stack.nginxPid();
      const load = await startLoad({
        url: `${stack.publicUrl}/`,
        connections: 32,
        durationMs: 8000,
        countHeader: 'x-app-version',
      });
      const second = await deploy(stack, '1.1.0');
      // A version whose responses are slow: it passes its checks, then breaks the window's latency threshold.
      await stack.behave('1.2.0', 'slow:120');
      const third = await deploy(
        stack,
        '1.2.0',
        { thresholds: 'p(95)<80', 'verify-duration': '2s' },
        { keepTemp: true },
      );
      const result = await load.stop();

      expect(second.outputs).toMatchObject({
        result: 'promoted',
        'active-slot': 'green',
        'previous-slot': 'blue',
        'previous-version': '1.0.0',
      });
      expect(second.summary).toContain('symlink');
      expect(third.exitCode).toBe(1);
      expect(third.outputs).toMatchObject({
        result: 'switched-back',
        'active-slot': 'green',
        'previous-version': '1.1.0',
      });
      expect(third.errors).toHaveLength(1);
      expect(third.errors[0]!.message).toMatch(/p\(95\)<80.*switched back to 'green'/);
      expect(await liveVersion(stack)).toBe('1.1.0');
      // Every response of the run was a success, from all three versions, and nginx was never reloaded.
      expect(result.requests).toBeGreaterThan(1000);
      expect(result.failed).toBe(0);
      expect(Object.keys(result.byHeader).sort()).toEqual(['1.0.0', '1.1.0', '1.2.0']);
      expect(await stack.nginxPid()).toBe(workersBefore);

      const timeline = JSON.parse(await readFile(third.outputs['timeline-path']!, 'utf8')) as {
        phases: { phase: string; outcome: string }[];
      };
      await rm(third.tempDir, { recursive: true, force: true });
      expect(timeline.phases.map((entry) => `${entry.phase}:${entry.outcome}`)).toEqual([
        'discover:ok',
        'deploy 1.2.0 to blue:ok',
        'check blue:ok',
        'switch to blue:ok',
        'read back:ok',
        'verify:failed',
        're-check green:ok',
        'switch to green:ok',
        'read back:ok',
      ]);
    }),
    TEST_TIMEOUT,
  );

  test(
    'stop-previous: the old slot is stopped with the stop command after the drain, the new one keeps serving',
    withStack('unix', async (stack) => {
      await deploy(stack, '1.0.0');
      const run = await deploy(stack, '1.1.0', { 'stop-previous': 'true', 'drain-time': '1s' });
      expect(run.errors).toEqual([]);
      expect(run.outputs.result).toBe('promoted');
      expect(run.summary).toMatch(/stop blue .*stopped after the drain \(waited 1 s\)/);
      await expect(slotRequest(stack.slots.blue, '/health')).rejects.toThrow();
      expect(await liveVersion(stack)).toBe('1.1.0');
    }),
    TEST_TIMEOUT,
  );

  test(
    'a re-run of the live version changes nothing',
    withStack('unix', async (stack) => {
      await deploy(stack, '2.0.0');
      const again = await deploy(stack, '2.0.0');
      expect(again.exitCode).toBe(0);
      expect(again.outputs).toMatchObject({ result: 'unchanged', 'active-slot': 'blue' });
      expect(again.log.join('\n')).not.toContain('slot-app: started');
    }),
    TEST_TIMEOUT,
  );

  test(
    'a new slot that never becomes healthy is never switched to',
    withStack('unix', async (stack) => {
      await deploy(stack, '1.0.0');
      await stack.behave('1.1.0', 'unhealthy');
      const run = await deploy(stack, '1.1.0', { 'ready-timeout': '1s' });
      expect(run.exitCode).toBe(1);
      expect(run.outputs).toMatchObject({ result: 'failed', 'active-slot': 'blue' });
      expect(run.errors).toHaveLength(1);
      expect(run.errors[0]!.message).toMatch(/slot 'green' with 1\.1\.0 did not pass its checks.*stays on 'blue'.*500/);
      expect(run.log.join('\n')).not.toMatch(/switch to green/);
      expect(await liveVersion(stack)).toBe('1.0.0');
    }),
    TEST_TIMEOUT,
  );

  test(
    'a slot that answers with another version than it was given is not switched to',
    withStack('unix', async (stack) => {
      await deploy(stack, '1.0.0');
      // The deploy "succeeds" but starts nothing new: the old process of that slot would still answer.
      const run = await deploy(stack, '1.1.0', { deploy: 'true', 'ready-timeout': '1s' });
      expect(run.outputs.result).toBe('failed');
      expect(run.errors[0]!.message).toMatch(/did not pass its checks/);
      expect(await liveVersion(stack)).toBe('1.0.0');
    }),
    TEST_TIMEOUT,
  );

  test(
    'prepare then promote: the switch waits for a second step (an approval between)',
    withStack('unix', async (stack) => {
      await deploy(stack, '1.0.0');
      const prepared = await deploy(stack, '1.1.0', { phase: 'prepare' });
      expect(prepared.outputs).toMatchObject({ result: 'prepared', 'active-slot': 'blue' });
      expect(await liveVersion(stack)).toBe('1.0.0');
      const wrong = await deploy(stack, '1.2.0', { phase: 'promote' });
      expect(wrong.exitCode).toBe(1);
      expect(wrong.errors[0]!.message).toMatch(
        /Slot 'green' holds 1\.1\.0, not 1\.2\.0: run this version with phase: prepare first/,
      );
      const promoted = await deploy(stack, '1.1.0', { phase: 'promote' });
      expect(promoted.outputs).toMatchObject({
        result: 'promoted',
        'active-slot': 'green',
        'previous-version': '1.0.0',
      });
      expect(promoted.log.join('\n')).not.toContain('slot-app: started');
      expect(await liveVersion(stack)).toBe('1.1.0');
    }),
    TEST_TIMEOUT,
  );

  test(
    'two deploys at once: the second waits for the lock, then fails naming the holder',
    withStack('unix', async (stack) => {
      await deploy(stack, '1.0.0');
      const slow = deploy(stack, '1.1.0', { deploy: `sleep 4; ${stack.inputs.deploy}` }, { runId: 111 });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const second = await deploy(stack, '1.2.0', { 'lock-wait': '1s' }, { runId: 222 });
      expect(second.exitCode).toBe(1);
      expect(second.errors[0]!.message).toMatch(
        /Another deploy holds the lock .*app-upstream\.conf\.lock.*run 111.*nothing was changed/,
      );
      expect((await slow).outputs.result).toBe('promoted');
      expect(await liveVersion(stack)).toBe('1.1.0');
    }),
    TEST_TIMEOUT,
  );

  test(
    'the post step releases a lock the main step left behind; an expired lock is taken over',
    withStack('unix', async (stack) => {
      await deploy(stack, '1.0.0');
      // Killed during the deploy command: no release, the lock stays with its token in the step state.
      const killed = await deploy(
        stack,
        '1.1.0',
        { deploy: `sleep 20; ${stack.inputs.deploy}` },
        { timeoutMs: 3000, killGraceMs: 10 },
      );
      expect(killed.timedOut).toBe(true);
      expect(await readFile(`${stack.include}.lock`, 'utf8')).toContain('"token"');
      const post = await runBundledAction({
        action: 'blue-green-deploy',
        inputs: { ...stack.inputs, version: '1.1.0' },
        post: { state: killed.state },
      });
      expect(post.exitCode).toBe(0);
      expect(post.log.join('\n')).toMatch(/Released the deploy lock/);
      await expect(readFile(`${stack.include}.lock`, 'utf8')).rejects.toThrow();

      // A run that dies with no post step: the next one takes the lock over once it expired.
      await deploy(
        stack,
        '1.1.0',
        { deploy: `sleep 20; ${stack.inputs.deploy}`, 'lock-ttl': '2s' },
        { timeoutMs: 3000, killGraceMs: 10 },
      );
      const next = await deploy(stack, '1.1.0', { 'lock-wait': '10s' });
      expect(next.outputs.result).toBe('promoted');
      expect(next.warnings.map((warning) => warning.message).join('\n')).toMatch(/Took over an expired deploy lock/);
    }),
    TEST_TIMEOUT,
  );
});

describe('nginx with TCP slots (reload, read back)', () => {
  test(
    'with Connection: close clients a reload switch fails no request; the keep-alive figure is recorded',
    withStack('tcp', async (stack) => {
      await deploy(stack, '1.0.0');
      const close = await startLoad({
        url: `${stack.publicUrl}/`,
        connections: 32,
        durationMs: 5000,
        header: { Connection: 'close' },
        countHeader: 'x-app-version',
      });
      const run = await deploy(stack, '1.1.0');
      const closed = await close.stop();
      expect(run.outputs).toMatchObject({ result: 'promoted', 'active-slot': 'green' });
      expect(run.summary).toMatch(/reload: master \d+, new workers/);
      expect(closed.failed).toBe(0);
      expect(closed.byHeader['1.1.0']).toBeGreaterThan(0);

      const keepAlive = await startLoad({ url: `${stack.publicUrl}/`, connections: 32, durationMs: 5000 });
      const again = await deploy(stack, '1.2.0');
      const kept = await keepAlive.stop();
      expect(again.outputs.result).toBe('promoted');
      // nginx closes idle keep-alive connections on reload; some clients race it. Measured, not hidden.
      expect(kept.requests).toBeGreaterThan(1000);
      process.stdout.write(`keep-alive clients through a reload switch: ${kept.failed} failed of ${kept.requests}\n`);
    }),
    TEST_TIMEOUT,
  );

  test(
    'nginx -t failing keeps the old include and traffic',
    withStack('tcp', async (stack) => {
      await deploy(stack, '1.0.0');
      const before = await readFile(stack.include, 'utf8');
      await writeFile(path.join(path.dirname(stack.include), 'broken.conf'), 'this is not nginx;\n');
      const run = await deploy(stack, '1.1.0');
      expect(run.exitCode).toBe(1);
      expect(run.outputs).toMatchObject({ result: 'failed', 'active-slot': 'blue' });
      expect(run.errors[0]!.message).toMatch(/nginx -t rejected the new config; the previous include was restored/);
      expect((await readFile(stack.include, 'utf8')).replace(/^# bg-state.*$/m, '')).toBe(
        before.replace(/^# bg-state.*$/m, ''),
      );
      expect(await liveVersion(stack)).toBe('1.0.0');
    }),
    TEST_TIMEOUT,
  );

  test(
    'a reload nginx does not apply (a listen port taken) is detected although nginx -s reload exits 0',
    withStack('tcp', async (stack) => {
      await deploy(stack, '1.0.0');
      const blocker = net.createServer();
      await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
      const taken = (blocker.address() as net.AddressInfo).port;
      try {
        await writeFile(
          path.join(path.dirname(stack.include), 'extra.conf'),
          `server { listen 127.0.0.1:${taken}; return 204; }\n`,
        );
        const run = await deploy(stack, '1.1.0');
        expect(run.exitCode).toBe(1);
        expect(run.outputs).toMatchObject({ result: 'failed', 'active-slot': 'blue' });
        expect(run.errors[0]!.message).toMatch(/nginx did not apply the reload.*restored.*bind\(\)/);
        expect(await liveVersion(stack)).toBe('1.0.0');
        expect(await readFile(stack.include, 'utf8')).toContain(stack.slots.blue);
      } finally {
        blocker.close();
      }
    }),
    TEST_TIMEOUT,
  );

  test(
    'killed during the reload: traffic stays on one slot and the next run goes back to the verified one',
    withStack('tcp', async (stack) => {
      await deploy(stack, '1.0.0');
      // nginx as the host would run it, except that the reload is where the runner kills everything: the action
      // (found up the process tree) and the switch script (its process group), before nginx hears of it.
      const wrapper = path.join(stack.dir, 'dying-nginx.sh');
      await writeFile(
        wrapper,
        [
          '#!/bin/bash',
          'if [ "$1 $2" = "-s reload" ]; then',
          '  p=$$',
          '  while [ "$p" -gt 1 ]; do',
          '    if tr "\\0" " " < /proc/$p/cmdline | grep -q "blue-green-deploy/dist/index.js"; then kill -9 "$p"; break; fi',
          "    p=$(awk '{print $4}' /proc/$p/stat)",
          '  done',
          "  kill -9 -- -$(awk '{print $5}' /proc/$$/stat)",
          'fi',
          `exec ${stack.nginxCommand} "$@"`,
          '',
        ].join('\n'),
        { mode: 0o755 },
      );
      const killed = await deploy(stack, '1.1.0', { 'nginx-command': wrapper, 'lock-ttl': '1s' });
      expect(killed.signal).toBe('SIGKILL');
      // The include says green is coming, nginx still runs blue: one slot answers, consistently.
      expect(await readFile(stack.include, 'utf8')).toMatch(/"pending":\{"from":"blue","to":"green"/);
      expect(await liveVersion(stack)).toBe('1.0.0');
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const next = await deploy(stack, '1.2.0', { 'lock-wait': '10s' });
      expect(next.errors).toEqual([]);
      expect(next.summary).toMatch(/An earlier run stopped during a switch from 'blue' to 'green'/);
      expect(next.outputs).toMatchObject({ result: 'promoted', 'previous-slot': 'blue', 'active-slot': 'green' });
      expect(await liveVersion(stack)).toBe('1.2.0');
      expect(await readFile(stack.include, 'utf8')).not.toMatch(/"pending"/);
    }),
    TEST_TIMEOUT,
  );
});

describe('bad input: one clear error before anything is touched', () => {
  let stack: Stack;
  beforeAll(async () => (stack = await startStack({ mode: 'tcp' })));
  afterAll(() => stack.stop());

  test.each([
    [
      { target: 'nginxx' },
      /Input 'target': expected one of nginx, haproxy, kubernetes, command, got 'nginxx' \(did you mean 'nginx'\?\)/,
    ],
    [
      { slots: '{blue: "127.0.0.1:80:80", green: "127.0.0.1:8082"}' },
      /Input 'slots': slot 'blue': '127.0.0.1:80:80' is neither host:port/,
    ],
    [
      { slots: '{blue: unix:relative.sock, green: unix:/x.sock}' },
      /Input 'slots': slot 'blue': 'unix:relative.sock' is not a unix socket address/,
    ],
    [{ slots: '{blue: 127.0.0.1:8081}' }, /Input 'slots': expected exactly two slots/],
    [
      { slots: '{Blue: 127.0.0.1:8081, green: 127.0.0.1:8082}' },
      /Input 'slots': slot name 'Blue' must start with a lower-case letter/,
    ],
    [{ deploy: '' }, /Input 'deploy': is required/],
    [{ 'nginx-config': '' }, /Input 'nginx-config': is required for the nginx target/],
    [{ 'nginx-config': 'relative.conf' }, /Input 'nginx-config': expected an absolute path/],
    [{ version: 'v1 with spaces' }, /Input 'version': expected a version/],
    [{ phase: 'later' }, /Input 'phase': expected one of all, prepare, promote/],
    [{ checks: '- url: https://elsewhere.example.com/health' }, /Input 'checks': check url .* must be a path/],
    [{ checks: '- url: /health\n  assert: [status === 200]' }, /Input 'checks': check 'GET \/health'/],
    [
      { 'ssh-host': '127.0.0.1', 'ssh-key': 'not a key', 'ssh-known-hosts': '[127.0.0.1]:22 ssh-ed25519 AAAA' },
      /Input 'ssh-key': is not a usable private key/,
    ],
    [{ 'ssh-host': '127.0.0.1', 'ssh-key': '' }, /Input 'ssh-key': is required with ssh-host/],
  ])('%j', async (inputs, message) => {
    const run = await deploy(stack, '1.0.0', inputs);
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]!.message).toMatch(message);
    // A run that could not finish never leaves a result a workflow could read as done.
    expect(run.outputs.result).toBe('failed');
    expect(run.stdout).not.toMatch(/\n\s+at /);
    expect(run.log.join('\n')).not.toContain('slot-app: started');
    await expect(readFile(stack.include, 'utf8')).rejects.toThrow();
  });

  test('an include the action did not write is never overwritten', async () => {
    await writeFile(stack.include, 'upstream app { server 127.0.0.1:9; }\n');
    try {
      const run = await deploy(stack, '1.0.0');
      expect(run.exitCode).toBe(1);
      expect(run.errors[0]!.message).toMatch(
        /Input 'nginx-config': .*app-upstream\.conf exists and was not written by this action/,
      );
      expect(await readFile(stack.include, 'utf8')).toBe('upstream app { server 127.0.0.1:9; }\n');
      expect(run.log.join('\n')).not.toContain('slot-app: started');
    } finally {
      await writeFile(stack.include, '').then(() => import('node:fs/promises').then((fs) => fs.rm(stack.include)));
    }
  });
});

describe('over SSH', () => {
  let sshd: SshdServer;
  beforeAll(async () => (sshd = await startSshd()));
  afterAll(() => sshd.stop());

  const sshInputs = () => ({
    'ssh-host': sshd.host,
    'ssh-port': String(sshd.port),
    'ssh-user': sshd.user,
    'ssh-key': sshd.clientKey,
    'ssh-known-hosts': sshd.knownHosts,
  });

  test(
    'deploys and switches through one SSH connection; probes go through a tunnel; the key never shows',
    withStack('unix', async (stack) => {
      const first = await deploy(stack, '1.0.0', sshInputs(), { secrets: [sshd.clientKey] });
      expect(first.outputs.result).toBe('promoted');
      const load = await startLoad({ url: `${stack.publicUrl}/`, connections: 16, durationMs: 5000 });
      const second = await deploy(stack, '1.1.0', sshInputs(), { secrets: [sshd.clientKey] });
      const result = await load.stop();
      expect(second.outputs).toMatchObject({ result: 'promoted', 'active-slot': 'green' });
      expect(second.summary).toContain(`over ssh ${sshd.user}@127.0.0.1:${sshd.port}`);
      expect(result.failed).toBe(0);
      expect(await liveVersion(stack)).toBe('1.1.0');
      const keyBody = sshd.clientKey.split('\n')[1]!;
      for (const run of [first, second]) {
        // What the runner shows: the log with masks applied, the summary, the outputs.
        const shown = run.visibleLog.join('\n') + run.summary + JSON.stringify(run.outputs);
        expect(shown).not.toContain(keyBody);
        expect(shown).not.toContain('PRIVATE KEY');
        expect(
          run.stdout
            .split('\n')
            .filter((line) => !line.startsWith('::add-mask::'))
            .join('\n'),
        ).not.toContain(keyBody);
      }
      expect(sshd.log()).toMatch(/Accepted publickey/);
    }),
    TEST_TIMEOUT,
  );

  test(
    'a known_hosts that does not match the host stops the run before anything changes',
    withStack('unix', async (stack) => {
      const run = await deploy(stack, '1.0.0', { ...sshInputs(), 'ssh-known-hosts': sshd.otherKnownHosts });
      expect(run.exitCode).toBe(1);
      expect(run.errors).toHaveLength(1);
      expect(run.errors[0]!.message).toMatch(
        /Input 'ssh-known-hosts': does not match the key \[127\.0\.0\.1\]:\d+ presented/,
      );
      expect(run.log.join('\n')).not.toContain('slot-app: started');
      await expect(readFile(stack.include, 'utf8')).rejects.toThrow();
    }),
    TEST_TIMEOUT,
  );
});

describe('command target', () => {
  /** A user's script set: slots behind nginx through a symlink the user's switch command moves, state in a JSON file. */
  function commandInputs(stack: Stack, options: { lyingSwitch?: boolean } = {}): Record<string, string> {
    const state = path.join(stack.dir, 'state.json');
    const live = path.join(stack.dir, 'apps', 'app.live.sock');
    const record = `node -e 'const fs=require("fs");const f=process.argv[1];const s=fs.existsSync(f)?JSON.parse(fs.readFileSync(f)):{versions:{}};s.versions[process.env.SLOT]=process.env.VERSION;fs.writeFileSync(f,JSON.stringify(s))' ${state}`;
    const activate = `node -e 'const fs=require("fs");const f=process.argv[1];const s=JSON.parse(fs.readFileSync(f));s.active=process.env.SLOT;fs.writeFileSync(f,JSON.stringify(s))' ${state}`;
    return {
      target: 'command',
      deploy: `${stack.inputs.deploy} && ${record}`,
      switch: options.lyingSwitch
        ? 'echo switched'
        : `ln -sfn "$SLOT_SOCKET" ${live}.tmp && mv -Tf ${live}.tmp ${live} && ${activate}`,
      status: `cat ${state} 2>/dev/null || echo '{}'`,
      'nginx-config': '',
    };
  }

  test(
    'deploys with the user commands, reads the switch back with status, and catches a switch that lied',
    withStack('unix', async (stack) => {
      // nginx (the user's, not the action's) proxies to the live symlink: start it through a first nginx deploy, then
      // hand the symlink over to the user's commands.
      await deploy(stack, '0.9.0');
      const inputs = commandInputs(stack);
      const first = await deploy(stack, '1.0.0', inputs);
      expect(first.errors).toEqual([]);
      // The user's state file knows no live slot yet: their first deploy goes to blue.
      expect(first.outputs).toMatchObject({ result: 'promoted', 'active-slot': 'blue' });
      expect(await liveVersion(stack)).toBe('1.0.0');
      const unchanged = await deploy(stack, '1.0.0', inputs);
      expect(unchanged.outputs.result).toBe('unchanged');

      const lying = await deploy(stack, '1.1.0', commandInputs(stack, { lyingSwitch: true }));
      expect(lying.exitCode).toBe(1);
      expect(lying.outputs).toMatchObject({ result: 'failed', 'active-slot': 'blue' });
      expect(lying.errors[0]!.message).toMatch(
        /switch command exited 0, but the status command still reports 'blue' as live, not 'green'/,
      );
      expect(await liveVersion(stack)).toBe('1.0.0');
    }),
    TEST_TIMEOUT,
  );

  test(
    'a status command that prints no JSON is a clear error',
    withStack('unix', async (stack) => {
      const run = await deploy(stack, '1.0.0', { ...commandInputs(stack), status: 'echo all good' });
      expect(run.exitCode).toBe(1);
      expect(run.errors[0]!.message).toMatch(/The status command must print JSON .* it printed 'all good'/);
    }),
    TEST_TIMEOUT,
  );
});

describe('GitHub deployment record', () => {
  let gh: FakeGitHub;
  beforeAll(async () => (gh = await startFakeGitHub()));
  afterAll(() => gh.close());

  test(
    'records a deployment with a versioned payload and statuses in_progress then success, or failure with the reason',
    withStack('unix', async (stack) => {
      const first = await deploy(
        stack,
        '1.0.0',
        { environment: 'production' },
        { apiUrl: gh.url, repository: 'acme/shop' },
      );
      expect(first.outputs['deployment-id']).toMatch(/^\d+$/);
      await stack.behave('1.1.0', 'fail-after:1500');
      const second = await deploy(
        stack,
        '1.1.0',
        { environment: 'production', 'verify-duration': '3s' },
        { apiUrl: gh.url, repository: 'acme/shop' },
      );
      expect(second.outputs.result).toBe('switched-back');
      const records = gh.deployments('acme/shop');
      expect(records).toHaveLength(2);
      const [one, two] = [...records].sort((a, b) => Number(a.deployment.id) - Number(b.deployment.id));
      expect(one!.deployment).toMatchObject({ environment: 'production', task: 'deploy' });
      expect(one!.deployment.payload).toMatchObject({
        schema: 'pipeline-actions/deployment@1',
        version: '1.0.0',
        slot: 'blue',
        target: 'nginx (local)',
      });
      expect(one!.statuses.map((status) => status.state)).toEqual(['in_progress', 'success']);
      expect(two!.deployment.payload).toMatchObject({
        version: '1.1.0',
        slot: 'green',
        previousSlot: 'blue',
        previousVersion: '1.0.0',
      });
      expect(two!.statuses.map((status) => status.state)).toEqual(['in_progress', 'failure']);
      expect(String(two!.statuses[1]!.description)).toMatch(
        /verification window failed|did not answer from slot 'green'/,
      );
      expect(String(two!.statuses[1]!.log_url)).toMatch(/\/acme\/shop\/actions\/runs\/\d+$/);
    }),
    TEST_TIMEOUT,
  );

  test(
    'an API that refuses costs a warning, not the deploy',
    withStack('unix', async (stack) => {
      gh.fail('POST /repos/{owner}/{repo}/deployments', 'forbidden', { times: 5 });
      const run = await deploy(
        stack,
        '1.0.0',
        { environment: 'production' },
        { apiUrl: gh.url, repository: 'acme/other' },
      );
      expect(run.exitCode).toBe(0);
      expect(run.outputs).toMatchObject({ result: 'promoted', 'deployment-id': '' });
      expect(run.warnings.map((warning) => warning.message).join('\n')).toMatch(
        /Could not create the deployment on GitHub.*deployments: write/,
      );
    }),
    TEST_TIMEOUT,
  );
});

describe('gradual steps on nginx (weighted upstream, a reload per step)', () => {
  test(
    '50 then 100: both versions answer at the half-way step, the new one alone after',
    withStack('tcp', async (stack) => {
      await deploy(stack, '1.0.0');
      const seen = new Set<string>();
      let running = true;
      const sampler = (async () => {
        while (running) {
          const response = await slotRequest(`127.0.0.1:${stack.port}`, '/version').catch(() => undefined);
          if (response?.status === 200) seen.add(response.body.trim());
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      })();
      const run = await deploy(stack, '1.1.0', { 'traffic-steps': '50,100', 'step-interval': '2s' });
      running = false;
      await sampler;
      expect(run.errors).toEqual([]);
      expect(run.outputs.result).toBe('promoted');
      expect(run.summary).toMatch(/shift 50% to green .*weighted upstream, reload/);
      expect([...seen].sort()).toEqual(['1.0.0', '1.1.0']);
      expect(await readFile(stack.include, 'utf8')).not.toMatch(/weight=/);
      expect(await liveVersion(stack)).toBe('1.1.0');
    }),
    TEST_TIMEOUT,
  );

  test.each([
    [{ 'traffic-steps': '50,10,100' }, /Input 'traffic-steps': must increase/],
    [{ 'traffic-steps': '10,50' }, /Input 'traffic-steps': must end at 100/],
    [{ 'traffic-steps': '0,100' }, /Input 'traffic-steps': expected whole percentages/],
  ])('bad steps %j', async (inputs, message) => {
    const stack = await startStack({ mode: 'tcp' });
    try {
      const run = await deploy(stack, '1.0.0', inputs);
      expect(run.errors).toHaveLength(1);
      expect(run.errors[0]!.message).toMatch(message);
      expect(run.log.join('\n')).not.toContain('slot-app: started');
    } finally {
      await stack.stop();
    }
  });

  test('steps on unix-socket slots are refused before anything is touched', async () => {
    const stack = await startStack({ mode: 'unix' });
    try {
      const run = await deploy(stack, '1.0.0', { 'traffic-steps': '10,100' });
      expect(run.errors[0]!.message).toMatch(
        /Input 'traffic-steps': the nginx target with unix-socket slots cannot split traffic by weight; gradual steps work on nginx with host:port slots and on haproxy/,
      );
      expect(run.log.join('\n')).not.toContain('slot-app: started');
    } finally {
      await stack.stop();
    }
  });
});
