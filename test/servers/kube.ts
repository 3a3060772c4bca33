/**
 * A real Kubernetes control plane for tests, on 127.0.0.1: etcd 3.4 (Debian's etcd-server), kube-apiserver and
 * kube-controller-manager 1.20.2 (built from Debian's source package by scripts/build-kube.sh), plus a fake kubelet
 * and a fake kube-proxy in the test process. Real Deployments, ReplicaSets, Endpoints, EndpointSlices,
 * `rollout status`, 409 conflicts and JSON-patch `test` operations; each pod's container is slot-app.mjs.
 *
 *   const cluster = await startKube({ behaviours: { '2.0.0': 'never-ready' } });
 *   await cluster.kubectl(['apply', '-f', '-'], manifest);
 *   await cluster.kubectl(['rollout', 'status', 'deployment/web-blue', '--timeout=30s']);
 *   const web = await cluster.proxy('web');   // http://127.0.0.1:<port> → the Service's ready endpoints
 *   await cluster.stop();
 *
 * Fake kubelet: binds every unscheduled pod to the Node `fake-node`, runs `node slot-app.mjs serve` for it
 * (VERSION = the first container's image tag, SLOT = the pod's label `slot`, the container's literal env values
 * too), probes GET /health every 200 ms and patches the pod status (Running, Ready only while /health answers
 * 200). A deleted pod keeps its last Ready condition while it terminates, as with a real kubelet: preStop
 * `sleep N` is honoured (as a wait, nothing is run), then SIGTERM, SIGKILL after the grace period (5 s at
 * most), then the pod is deleted with grace 0. A container that exits on its own is restarted after 1 s.
 *
 * Pod IPs: the API server refuses loopback addresses in Endpoints ("may not be in the loopback range"), so a pod
 * gets the IP 10.244.0.X in its status while its app listens on 127.0.0.X:8080 (X in 10–250, shared between
 * clusters of all test processes through lock files). That pair is the "pod network": `podAddress(podIP)` and
 * the proxies translate; nothing routes 10.244.0.X on the machine.
 *
 * Fake kube-proxy: `proxy(service)` listens on 127.0.0.1 and forwards to the ready addresses of the Service's
 * Endpoints (never notReadyAddresses), round robin, re-read every 100 ms: it lags the selector change like the
 * real one. mode 'request' (default) picks a backend per HTTP request; mode 'connection' per TCP connection,
 * like iptables kube-proxy (a keep-alive client stays on its pod).
 *
 * Not there: a kubelet API (`kubectl logs/exec/port-forward` fail: use podLog()), a scheduler (everything lands on
 * fake-node), DNS, ClusterIPs that route, admission of service accounts. Status patches and the JSON-patch
 * `test` failure are the 1.20 API server's own: a failed `test` op is a 422 "Invalid" with a generic message
 * ("The request is invalid: the server rejected our request…"), the same as a patch with a missing path.
 * A process that dies without stop() takes its children along (setpriv --pdeathsig), but leaves its temp dir.
 */
import { execFile, spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, waitForPort } from './free-port.ts';
import { SLOT_APP, type SlotBehaviour } from './slot-app.ts';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BUILD_KUBE_SCRIPT = path.join(REPO_ROOT, 'scripts', 'build-kube.sh');
export const KUBE_CACHE = process.env['KUBE_CACHE'] ?? '/var/cache/pipeline-actions/kube';
export const ETCD_BINARY = process.env['ETCD_BINARY'] ?? '/usr/bin/etcd';
/** Note: on some machines /usr/bin/kubectl is Google Cloud SDK's kubectl (1.32 dispatcher), not Debian's 1.20. */
export const KUBECTL_BINARY = process.env['KUBECTL_BINARY'] ?? 'kubectl';

export const FAKE_NODE = 'fake-node';
/** The port every pod's app listens on (whatever the Service's targetPort says). */
export const POD_PORT = 8080;
/** Pod IPs in statuses and Endpoints are POD_IP_PREFIX + X; the app listens on 127.0.0.X:POD_PORT. */
export const POD_IP_PREFIX = '10.244.0.';
const POD_HOST_FIRST = 10;
const POD_HOST_LAST = 250;
const IP_LOCK_DIR = path.join(os.tmpdir(), 'kube-test-pod-ips');
/** The kubelet's longest wait for a container to stop after SIGTERM (and preStop), whatever the pod asks. */
const MAX_TERMINATION_MS = 5000;
const CONTROL_PLANE_STOP_MS = 5000;
/**
 * The controllers kube-controller-manager runs: not nodelifecycle (it would taint fake-node and evict its pods
 * for want of kubelet heartbeats), nor serviceaccount-token, csrsigning, nodeipam, route, service (cloud), nor
 * the volume ones.
 */
export const CONTROLLERS = [
  'deployment',
  'replicaset',
  'endpoint',
  'endpointslice',
  'endpointslicemirroring',
  'garbagecollector',
  'namespace',
  'serviceaccount',
  'podgc',
  'statefulset',
  'job',
  'disruption',
];

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function hasBinaries(dir: string): boolean {
  return executable(path.join(dir, 'kube-apiserver')) && executable(path.join(dir, 'kube-controller-manager'));
}

/**
 * The directory holding kube-apiserver and kube-controller-manager if they are already built, else undefined.
 * Never builds and returns at once: $KUBE_BIN (set by scripts/test.sh), else the newest complete build under
 * $KUBE_CACHE.
 */
export function kubeBinaries(): string | undefined {
  const fromEnv = process.env['KUBE_BIN'];
  if (fromEnv && hasBinaries(fromEnv)) return fromEnv;
  let entries: string[];
  try {
    entries = readdirSync(KUBE_CACHE);
  } catch {
    return undefined;
  }
  const builds = entries
    .filter((name) => name !== 'go-build' && !name.endsWith('.tmp'))
    .map((name) => path.join(KUBE_CACHE, name))
    .filter(hasBinaries)
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return builds[0];
}

function onPath(command: string): boolean {
  if (command.includes('/')) return executable(command);
  return (process.env['PATH'] ?? '').split(':').some((dir) => dir !== '' && executable(path.join(dir, command)));
}

/** Built binaries, etcd and kubectl are all there: startKube() will not need to build. */
export function kubeAvailable(): boolean {
  return kubeBinaries() !== undefined && executable(ETCD_BINARY) && onPath(KUBECTL_BINARY) && onPath('openssl');
}

/** Runs scripts/build-kube.sh (about 6 minutes when nothing is built yet, instant otherwise); returns its dir. */
export function buildKube(timeoutMs = 15 * 60_000): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'bash',
      [BUILD_KUBE_SCRIPT],
      { cwd: REPO_ROOT, timeout: timeoutMs, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const dir = stdout.trim().split('\n').pop() ?? '';
        if (error) reject(new Error(`scripts/build-kube.sh failed: ${error.message}\n${stderr.slice(-4000)}`));
        else if (!hasBinaries(dir)) reject(new Error(`scripts/build-kube.sh printed "${dir}": no binaries there`));
        else resolve(dir);
      },
    );
  });
}

// ---------------------------------------------------------------------------------------------- API client

export interface ApiResponse<T = unknown> {
  status: number;
  /** Parsed JSON, or the text when the answer is not JSON. */
  body: T;
  text: string;
}

interface ApiClient {
  request<T = unknown>(method: string, apiPath: string, body?: unknown, contentType?: string): Promise<ApiResponse<T>>;
  close(): void;
}

function apiClient(server: string, token: string): ApiClient {
  // The serving certificate is the API server's own self-signed one.
  const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: false, maxSockets: 16 });
  const base = new URL(server);
  return {
    request<T>(method: string, apiPath: string, body?: unknown, contentType = 'application/json') {
      const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
      return new Promise<ApiResponse<T>>((resolve, reject) => {
        const request = https.request(
          {
            host: base.hostname,
            port: base.port,
            method,
            path: apiPath,
            agent,
            timeout: 10_000,
            headers: {
              authorization: `Bearer ${token}`,
              accept: 'application/json',
              ...(payload === undefined
                ? {}
                : { 'content-type': contentType, 'content-length': Buffer.byteLength(payload) }),
            },
          },
          (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('error', reject);
            response.on('end', () => {
              const text = Buffer.concat(chunks).toString('utf8');
              let parsed: unknown = text;
              try {
                parsed = JSON.parse(text);
              } catch {
                // Not JSON (readyz answers "ok").
              }
              resolve({ status: response.statusCode ?? 0, body: parsed as T, text });
            });
          },
        );
        request.on('timeout', () => request.destroy(new Error(`${method} ${apiPath}: no answer within 10 s`)));
        request.on('error', reject);
        request.end(payload);
      });
    },
    close: () => agent.destroy(),
  };
}

// ------------------------------------------------------------------------------------- child processes

interface Managed {
  name: string;
  child: ChildProcess;
  logPath: string;
  exited: Promise<void>;
  running(): boolean;
  stop(graceMs?: number): Promise<void>;
}

/**
 * util-linux's setpriv (Debian: essential) sets the parent-death signal and execs the command: a test process
 * that dies without stop() (a killed jest worker) takes its control plane and pods with it.
 */
const SETPRIV = ['/usr/bin/setpriv', '/bin/setpriv'].find(executable);

/** spawn() with SIGKILL as the parent-death signal when setpriv is there (same pid: setpriv execs). */
function spawnOwned(command: string, args: string[], options: SpawnOptions): ChildProcess {
  return SETPRIV
    ? spawn(SETPRIV, ['--pdeathsig', 'KILL', '--', command, ...args], options)
    : spawn(command, args, options);
}

function startManaged(name: string, command: string, args: string[], logPath: string): Managed {
  const fd = openSync(logPath, 'a');
  let child: ChildProcess;
  try {
    child = spawnOwned(command, args, { stdio: ['ignore', fd, fd] });
  } finally {
    closeSync(fd);
  }
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', () => resolve());
  });
  const running = () => child.exitCode === null && child.signalCode === null && child.pid !== undefined;
  return {
    name,
    child,
    logPath,
    exited,
    running,
    async stop(graceMs = CONTROL_PLANE_STOP_MS) {
      if (!running()) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function tail(file: string, lines = 30): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/** Rejects as soon as `process` exits (for races against start-up waits). */
function diesEarly(process: Managed): Promise<never> {
  return process.exited.then(() => {
    throw new Error(`${process.name} exited during start-up:\n${tail(process.logPath)}`);
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function run(command: string, args: string[], timeoutMs = 30_000): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: timeoutMs, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} ${args.join(' ')} failed: ${error.message}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

// ----------------------------------------------------------------------------------------- pod addresses

function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Hosts X this process holds (the lock files hold its pid). */
const claimedHosts = new Set<number>();
let nextHost = POD_HOST_FIRST;

function lockFile(host: number): string {
  return path.join(IP_LOCK_DIR, String(host));
}

function tryLock(host: number): boolean {
  const file = lockFile(host);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let owner = 0;
    try {
      owner = Number.parseInt(readFileSync(file, 'utf8'), 10);
    } catch {
      // Removed meanwhile: try again.
    }
    const stale = owner === process.pid ? !claimedHosts.has(host) : !pidAlive(owner);
    if (!stale) return false;
    rmSync(file, { force: true });
  }
  return false;
}

function canListen(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/** A free X for 127.0.0.X:POD_PORT, round robin over 10–250 so a freed address is reused as late as possible. */
async function claimHost(): Promise<number> {
  mkdirSync(IP_LOCK_DIR, { recursive: true });
  for (let i = 0; i <= POD_HOST_LAST - POD_HOST_FIRST; i++) {
    const host = nextHost;
    nextHost = nextHost >= POD_HOST_LAST ? POD_HOST_FIRST : nextHost + 1;
    if (claimedHosts.has(host) || !tryLock(host)) continue;
    claimedHosts.add(host);
    if (await canListen(`127.0.0.${host}`, POD_PORT)) return host;
    releaseHost(host);
  }
  throw new Error(`no free pod address: 127.0.0.${POD_HOST_FIRST}–${POD_HOST_LAST}:${POD_PORT} all taken`);
}

function releaseHost(host: number): void {
  if (!claimedHosts.delete(host)) return;
  try {
    if (Number.parseInt(readFileSync(lockFile(host), 'utf8'), 10) === process.pid) rmSync(lockFile(host));
  } catch {
    // Already gone.
  }
}

/** `127.0.0.X:8080` where the app of the pod with IP 10.244.0.X listens; undefined for other IPs. */
export function podAddress(podIP: string): string | undefined {
  if (!podIP.startsWith(POD_IP_PREFIX)) return undefined;
  const host = Number(podIP.slice(POD_IP_PREFIX.length));
  return Number.isInteger(host) && host >= 1 && host <= 254 ? `127.0.0.${host}:${POD_PORT}` : undefined;
}

/** The version a pod runs: the tag of its image (text after the last ':' of the name), `latest` without one. */
export function imageTag(image: string): string {
  const name = image.split('@')[0] ?? image;
  const colon = name.lastIndexOf(':');
  if (colon < 0 || name.slice(colon + 1).includes('/')) return 'latest';
  return name.slice(colon + 1);
}

// --------------------------------------------------------------------------------------------- kubelet

interface PodContainer {
  name: string;
  image: string;
  env?: Array<{ name: string; value?: string }>;
  lifecycle?: { preStop?: { exec?: { command?: string[] } } };
}

interface Pod {
  metadata: {
    name: string;
    namespace: string;
    uid: string;
    labels?: Record<string, string>;
    deletionTimestamp?: string;
    deletionGracePeriodSeconds?: number;
  };
  spec: { nodeName?: string; containers: PodContainer[]; terminationGracePeriodSeconds?: number };
  status?: { phase?: string };
}

interface PodRuntime {
  uid: string;
  namespace: string;
  name: string;
  host: number;
  podIP: string;
  address: string;
  pod: Pod;
  logPath: string;
  startTime: string;
  child?: ChildProcess;
  exited?: Promise<void>;
  containerStartedAt: string;
  ready: boolean;
  readyChangedAt: string;
  restartCount: number;
  lastTermination?: Record<string, unknown>;
  terminating: boolean;
  lastPatched?: string;
  patching: Promise<void>;
  probing: boolean;
  probeTimer?: NodeJS.Timeout;
  restartTimer?: NodeJS.Timeout;
}

interface KubeletOptions {
  api: ApiClient;
  dir: string;
  behaviourFile: string;
  intervalMs: number;
  probeIntervalMs: number;
}

interface Kubelet {
  pids(): number[];
  stop(): Promise<void>;
}

const now = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

/** Seconds to wait before SIGTERM for a preStop hook of the form `sleep N` (directly or through `sh -c`). */
function preStopSleep(container: PodContainer | undefined): number {
  const command = container?.lifecycle?.preStop?.exec?.command ?? [];
  const text = command.length >= 3 && /(^|\/)(ba)?sh$/.test(command[0] ?? '') ? (command[2] ?? '') : command.join(' ');
  const match = /^\s*(?:\S*\/)?sleep\s+(\d+(?:\.\d+)?)\s*$/.exec(text);
  return match ? Number(match[1]) : 0;
}

async function startKubelet(options: KubeletOptions): Promise<Kubelet> {
  const { api } = options;
  const runtimes = new Map<string, PodRuntime>();
  const terminations = new Set<Promise<void>>();
  /** Pods this kubelet deleted (grace 0) that the API still lists, e.g. for a finalizer: not deleted again. */
  const deleted = new Set<string>();
  let stopped = false;
  let loopTimer: NodeJS.Timeout | undefined;
  let tickRunning: Promise<void> = Promise.resolve();

  const created = now();
  const node = await api.request('POST', '/api/v1/nodes', {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: FAKE_NODE,
      labels: { 'kubernetes.io/hostname': FAKE_NODE, 'kubernetes.io/os': 'linux', 'kubernetes.io/arch': 'amd64' },
    },
    status: {
      conditions: [
        {
          type: 'Ready',
          status: 'True',
          reason: 'KubeletReady',
          message: 'fake kubelet is posting ready status',
          lastHeartbeatTime: created,
          lastTransitionTime: created,
        },
      ],
      addresses: [
        { type: 'InternalIP', address: '127.0.0.1' },
        { type: 'Hostname', address: FAKE_NODE },
      ],
      capacity: { cpu: '8', memory: '16Gi', pods: '250' },
      allocatable: { cpu: '8', memory: '16Gi', pods: '250' },
      nodeInfo: {
        kubeletVersion: 'v1.20.2',
        kubeProxyVersion: 'v1.20.2',
        containerRuntimeVersion: 'fake://slot-app',
        operatingSystem: 'linux',
        architecture: 'amd64',
        osImage: 'fake',
        kernelVersion: os.release(),
        machineID: '',
        systemUUID: '',
        bootID: '',
      },
    },
  });
  if (node.status !== 201) throw new Error(`creating node ${FAKE_NODE}: ${node.status} ${node.text}`);

  const podPath = (rt: { namespace: string; name: string }) =>
    `/api/v1/namespaces/${encodeURIComponent(rt.namespace)}/pods/${encodeURIComponent(rt.name)}`;

  function statusOf(rt: PodRuntime): Record<string, unknown> {
    const ready = rt.ready ? 'True' : 'False';
    const notReady = rt.ready ? {} : { reason: 'ContainersNotReady', message: 'containers with unready status' };
    const running = rt.child !== undefined;
    const containerStatuses = rt.pod.spec.containers.map((container, index) => ({
      name: container.name,
      image: container.image,
      imageID: `fake://${container.image}`,
      containerID: index === 0 && rt.child?.pid ? `fake://${rt.child.pid}` : `fake://${rt.uid}-${index}`,
      ready: rt.ready,
      started: running,
      restartCount: rt.restartCount,
      state: running
        ? { running: { startedAt: rt.containerStartedAt } }
        : { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 1s restarting failed container' } },
      lastState: rt.lastTermination ? { terminated: rt.lastTermination } : {},
    }));
    return {
      phase: 'Running',
      hostIP: '127.0.0.1',
      podIP: rt.podIP,
      podIPs: [{ ip: rt.podIP }],
      startTime: rt.startTime,
      qosClass: 'BestEffort',
      conditions: [
        { type: 'Initialized', status: 'True', lastProbeTime: null, lastTransitionTime: rt.startTime },
        { type: 'Ready', status: ready, lastProbeTime: null, lastTransitionTime: rt.readyChangedAt, ...notReady },
        {
          type: 'ContainersReady',
          status: ready,
          lastProbeTime: null,
          lastTransitionTime: rt.readyChangedAt,
          ...notReady,
        },
        { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: rt.startTime },
      ],
      containerStatuses,
    };
  }

  /** Patches the status when it changed since the last successful patch; frozen once the pod terminates. */
  function schedulePatch(rt: PodRuntime): void {
    rt.patching = rt.patching.then(async () => {
      if (rt.terminating || stopped) return;
      const status = statusOf(rt);
      const json = JSON.stringify(status);
      if (json === rt.lastPatched) return;
      const answer = await api
        .request('PATCH', `${podPath(rt)}/status`, { status }, 'application/merge-patch+json')
        .catch(() => undefined);
      if (answer && answer.status < 300) rt.lastPatched = json;
    });
  }

  function probe(rt: PodRuntime): Promise<boolean> {
    const [host, port] = rt.address.split(':');
    return new Promise((resolve) => {
      const request = http.get(
        {
          host,
          port: Number(port),
          path: '/health',
          agent: false,
          timeout: 1000,
          headers: { 'user-agent': 'kube-probe/1.20' },
        },
        (response) => {
          response.resume();
          response.on('end', () => resolve(response.statusCode === 200));
          response.on('error', () => resolve(false));
        },
      );
      request.on('timeout', () => request.destroy());
      request.on('error', () => resolve(false));
    });
  }

  /** One probe loop per pod while its container runs (a restart starts a new one). */
  function probeLoop(rt: PodRuntime): void {
    rt.probing = true;
    rt.probeTimer = setTimeout(async () => {
      rt.probeTimer = undefined;
      const ok = rt.terminating || stopped || !rt.child ? undefined : await probe(rt);
      if (ok === undefined || rt.terminating || stopped || !rt.child) {
        rt.probing = false;
        return;
      }
      if (ok !== rt.ready) {
        rt.ready = ok;
        rt.readyChangedAt = now();
      }
      schedulePatch(rt);
      probeLoop(rt);
    }, options.probeIntervalMs);
  }

  function spawnContainer(rt: PodRuntime): void {
    if (stopped || rt.terminating) return;
    const container = rt.pod.spec.containers[0];
    const env: Record<string, string> = {
      PATH: process.env['PATH'] ?? '/usr/local/bin:/usr/bin:/bin',
      HOME: process.env['HOME'] ?? os.tmpdir(),
      HOSTNAME: rt.name,
    };
    for (const variable of container?.env ?? []) {
      if (typeof variable.value === 'string') env[variable.name] = variable.value;
    }
    Object.assign(env, {
      SLOT: rt.pod.metadata.labels?.['slot'] ?? 'default',
      VERSION: imageTag(container?.image ?? 'unknown:latest'),
      SLOT_ADDRESS: rt.address,
      SLOT_APP_BEHAVIOUR_FILE: options.behaviourFile,
    });
    const fd = openSync(rt.logPath, 'a');
    let child: ChildProcess;
    try {
      child = spawnOwned(process.execPath, [SLOT_APP, 'serve'], { env, stdio: ['ignore', fd, fd], cwd: options.dir });
    } finally {
      closeSync(fd);
    }
    rt.child = child;
    rt.containerStartedAt = now();
    rt.exited = new Promise<void>((resolve) => {
      child.once('error', () => {
        if (rt.child === child) rt.child = undefined;
        resolve();
      });
      child.once('exit', (code, signal) => {
        if (rt.child === child) rt.child = undefined;
        resolve();
        if (rt.terminating || stopped) return;
        // The container died on its own: not ready, restarted after a back-off, like restartPolicy Always.
        rt.lastTermination = {
          // A shell's convention, as container runtimes report it: 128 + the signal number.
          exitCode: code ?? 128 + (signal ? os.constants.signals[signal] : 0),
          ...(signal ? { signal: os.constants.signals[signal] } : {}),
          reason: code === 0 ? 'Completed' : 'Error',
          startedAt: rt.containerStartedAt,
          finishedAt: now(),
        };
        rt.restartCount += 1;
        if (rt.ready) {
          rt.ready = false;
          rt.readyChangedAt = now();
        }
        schedulePatch(rt);
        rt.restartTimer = setTimeout(() => {
          rt.restartTimer = undefined;
          spawnContainer(rt);
          schedulePatch(rt);
          if (!rt.probing) probeLoop(rt);
        }, 1000);
      });
    });
  }

  async function startPod(pod: Pod): Promise<void> {
    const host = await claimHost();
    if (stopped) {
      releaseHost(host);
      return;
    }
    const started = now();
    const rt: PodRuntime = {
      uid: pod.metadata.uid,
      namespace: pod.metadata.namespace,
      name: pod.metadata.name,
      host,
      podIP: `${POD_IP_PREFIX}${host}`,
      address: `127.0.0.${host}:${POD_PORT}`,
      pod,
      logPath: path.join(options.dir, `${pod.metadata.namespace}_${pod.metadata.name}.log`),
      startTime: started,
      containerStartedAt: started,
      ready: false,
      readyChangedAt: started,
      restartCount: 0,
      terminating: false,
      probing: false,
      patching: Promise.resolve(),
    };
    runtimes.set(rt.uid, rt);
    spawnContainer(rt);
    schedulePatch(rt);
    probeLoop(rt);
  }

  async function waitExit(rt: PodRuntime, ms: number): Promise<boolean> {
    if (!rt.child || !rt.exited) return true;
    let timer: NodeJS.Timeout | undefined;
    const exited = await Promise.race([
      rt.exited.then(() => true),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms))),
    ]);
    clearTimeout(timer);
    return exited;
  }

  /** Stops the container (the status stays as it was: Ready keeps its last value), then deletes the pod. */
  async function terminate(rt: PodRuntime, graceSeconds: number, deleteFromApi: boolean): Promise<void> {
    rt.terminating = true;
    clearTimeout(rt.probeTimer);
    clearTimeout(rt.restartTimer);
    const budget = Math.min(Math.max(graceSeconds, 0) * 1000, stopped ? 0 : MAX_TERMINATION_MS);
    const started = Date.now();
    const preStopMs = Math.min(preStopSleep(rt.pod.spec.containers[0]) * 1000, budget);
    if (preStopMs > 0 && rt.child) await sleep(preStopMs);
    if (rt.child) {
      rt.child.kill('SIGTERM');
      // After a preStop hook the kubelet still grants at least 2 s (within the overall cap).
      const left = Math.max(budget - (Date.now() - started), preStopMs > 0 ? Math.min(2000, MAX_TERMINATION_MS) : 0);
      if (!(await waitExit(rt, stopped ? 2000 : left)) && rt.child) {
        rt.child.kill('SIGKILL');
        await waitExit(rt, 2000);
      }
    }
    if (deleteFromApi && !stopped) await deletePod(rt);
    await rt.patching;
    releaseHost(rt.host);
    if (runtimes.get(rt.uid) === rt) runtimes.delete(rt.uid);
  }

  async function deletePod(pod: { namespace: string; name: string; uid: string }): Promise<void> {
    const answer = await api
      .request('DELETE', podPath(pod), {
        apiVersion: 'v1',
        kind: 'DeleteOptions',
        gracePeriodSeconds: 0,
        preconditions: { uid: pod.uid },
      })
      .catch(() => undefined);
    if (answer && (answer.status === 200 || answer.status === 202)) deleted.add(pod.uid);
  }

  function track(promise: Promise<void>): void {
    const tracked = promise.catch(() => undefined).finally(() => terminations.delete(tracked));
    terminations.add(tracked);
  }

  async function tick(): Promise<void> {
    const list = await api.request<{ items?: Pod[] }>('GET', '/api/v1/pods').catch(() => undefined);
    if (stopped || !list || list.status !== 200 || !Array.isArray(list.body.items)) return;
    const present = new Set<string>();
    for (const pod of list.body.items) {
      if (stopped) return;
      const uid = pod.metadata.uid;
      present.add(uid);
      if (pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed') continue;
      let nodeName = pod.spec.nodeName;
      if (!nodeName && !pod.metadata.deletionTimestamp) {
        const binding = await api
          .request('POST', `${podPath(pod.metadata)}/binding`, {
            apiVersion: 'v1',
            kind: 'Binding',
            metadata: { name: pod.metadata.name, namespace: pod.metadata.namespace },
            target: { apiVersion: 'v1', kind: 'Node', name: FAKE_NODE },
          })
          .catch(() => undefined);
        if (binding?.status === 201) nodeName = FAKE_NODE;
      }
      if (nodeName !== FAKE_NODE) continue;
      const rt = runtimes.get(uid);
      if (rt) rt.pod = { ...pod, spec: rt.pod.spec };
      if (pod.metadata.deletionTimestamp) {
        const grace = pod.metadata.deletionGracePeriodSeconds ?? pod.spec.terminationGracePeriodSeconds ?? 30;
        if (rt && !rt.terminating) track(terminate(rt, grace, true));
        // Never started here (or already stopped): nothing to wait for.
        else if (!rt && !deleted.has(uid)) track(deletePod(pod.metadata));
      } else if (!rt) {
        await startPod(pod);
      }
    }
    for (const uid of deleted) if (!present.has(uid)) deleted.delete(uid);
    // Deleted with grace 0 (--force) or otherwise gone from the API: stop what still runs.
    for (const rt of runtimes.values()) {
      if (!present.has(rt.uid) && !rt.terminating) track(terminate(rt, 0, false));
    }
  }

  const loop = () => {
    loopTimer = setTimeout(() => {
      loopTimer = undefined;
      tickRunning = tick()
        .catch(() => undefined)
        .finally(() => {
          if (!stopped) loop();
        });
    }, options.intervalMs);
  };
  tickRunning = tick().catch(() => undefined);
  await tickRunning;
  loop();

  return {
    pids: () => [...runtimes.values()].flatMap((rt) => (rt.child?.pid ? [rt.child.pid] : [])),
    async stop() {
      if (stopped) return;
      stopped = true;
      clearTimeout(loopTimer);
      await tickRunning;
      for (const rt of runtimes.values()) if (!rt.terminating) track(terminate(rt, 5, false));
      // terminate() SIGKILLs after 2 s once stopped; each pod at once.
      while (terminations.size > 0) await Promise.all([...terminations]);
    },
  };
}

// ------------------------------------------------------------------------------------------ kube-proxy

export interface KubeProxyOptions {
  namespace?: string;
  /** How often the Service's Endpoints are re-read (default 100 ms). */
  refreshMs?: number;
  /**
   * 'request' (default): an HTTP reverse proxy picking an endpoint per request (keep-alive to clients).
   * 'connection': a TCP proxy picking an endpoint per connection, like iptables kube-proxy; no endpoint
   * means the connection is reset.
   */
  mode?: 'request' | 'connection';
}

export interface KubeServiceProxy {
  url: string;
  port: number;
  service: string;
  namespace: string;
  /** The pod IPs it forwards to now (ready addresses of the Endpoints as last read). */
  endpoints(): string[];
  stop(): Promise<void>;
}

interface Endpoints {
  subsets?: Array<{ addresses?: Array<{ ip: string }>; notReadyAddresses?: Array<{ ip: string }> }>;
}

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
]);

function endToEnd(headers: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  const out: http.OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name)) out[name] = value;
  }
  return out;
}

/** The client's end-to-end headers; the body is sent buffered, with its exact length (none for a bodiless GET). */
function requestHeaders(headers: http.IncomingHttpHeaders, body: Buffer): http.OutgoingHttpHeaders {
  const out = endToEnd(headers);
  if (body.length > 0 || out['content-length'] !== undefined) out['content-length'] = body.length;
  return out;
}

function backendOf(ip: string): { host: string; port: number } {
  const address = podAddress(ip);
  if (!address) return { host: ip, port: POD_PORT };
  const [host, port] = address.split(':');
  return { host: host!, port: Number(port) };
}

async function startProxy(api: ApiClient, service: string, options: KubeProxyOptions): Promise<KubeServiceProxy> {
  const namespace = options.namespace ?? 'default';
  const refreshMs = options.refreshMs ?? 100;
  const mode = options.mode ?? 'request';
  const endpointsPath = `/api/v1/namespaces/${encodeURIComponent(namespace)}/endpoints/${encodeURIComponent(service)}`;
  let ips: string[] = [];
  let turn = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let refreshing: Promise<void> = Promise.resolve();

  const refresh = async () => {
    const answer = await api.request<Endpoints>('GET', endpointsPath).catch(() => undefined);
    if (!answer) return; // keep the last view, as kube-proxy does when the API is away
    if (answer.status === 404) ips = [];
    else if (answer.status === 200) {
      ips = (answer.body.subsets ?? []).flatMap((subset) => (subset.addresses ?? []).map((address) => address.ip));
    }
  };
  const schedule = () => {
    timer = setTimeout(() => {
      refreshing = refresh().finally(() => {
        if (!stopped) schedule();
      });
    }, refreshMs);
  };
  const pick = (): string | undefined => {
    if (ips.length === 0) return undefined;
    turn = (turn + 1) % ips.length;
    return ips[turn];
  };

  await refresh();
  schedule();

  const upstreamAgent = new http.Agent({ keepAlive: true });
  const sockets = new Set<net.Socket>();
  let server: net.Server;

  if (mode === 'connection') {
    server = net.createServer((client) => {
      sockets.add(client);
      client.once('close', () => sockets.delete(client));
      const ip = pick();
      if (!ip) {
        client.resetAndDestroy();
        return;
      }
      const backend = backendOf(ip);
      const upstream = net.connect(backend.port, backend.host);
      sockets.add(upstream);
      upstream.once('close', () => sockets.delete(upstream));
      upstream.on('error', () => client.resetAndDestroy());
      client.on('error', () => upstream.destroy());
      client.pipe(upstream).pipe(client);
    });
  } else {
    const forward = (request: http.IncomingMessage, response: http.ServerResponse, body: Buffer, retried: boolean) => {
      const ip = pick();
      if (!ip) {
        const text = `no ready endpoints for service ${namespace}/${service}\n`;
        response.writeHead(503, {
          'content-type': 'text/plain; charset=utf-8',
          'content-length': Buffer.byteLength(text),
        });
        response.end(text);
        return;
      }
      const backend = backendOf(ip);
      const upstream = http.request(
        {
          host: backend.host,
          port: backend.port,
          method: request.method,
          path: request.url,
          headers: requestHeaders(request.headers, body),
          agent: upstreamAgent,
          timeout: 30_000,
        },
        (answer) => {
          response.writeHead(answer.statusCode ?? 502, answer.statusMessage, endToEnd(answer.headers));
          answer.pipe(response);
          answer.on('error', () => response.destroy());
        },
      );
      upstream.on('timeout', () => upstream.destroy(new Error('upstream timeout')));
      upstream.on('error', (error: NodeJS.ErrnoException) => {
        // A kept-alive connection the pod closed meanwhile: try once more on a fresh pick.
        if (upstream.reusedSocket && !retried && !response.headersSent) {
          forward(request, response, body, true);
          return;
        }
        if (response.headersSent) {
          response.destroy();
          return;
        }
        const text = `endpoint ${ip} of ${namespace}/${service}: ${error.code ?? error.message}\n`;
        response.writeHead(502, {
          'content-type': 'text/plain; charset=utf-8',
          'content-length': Buffer.byteLength(text),
        });
        response.end(text);
      });
      response.once('close', () => {
        if (!response.writableFinished) upstream.destroy();
      });
      upstream.end(body);
    };
    const httpServer = http.createServer({ keepAliveTimeout: 30_000 }, (request, response) => {
      // Buffered so a retry can send the body again (test traffic is small).
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => forward(request, response, Buffer.concat(chunks), false));
      request.on('error', () => response.destroy());
    });
    httpServer.on('connection', (socket) => {
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
    });
    server = httpServer;
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    service,
    namespace,
    endpoints: () => [...ips],
    async stop() {
      if (stopped) return;
      stopped = true;
      clearTimeout(timer);
      await refreshing;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      upstreamAgent.destroy();
      await closed;
    },
  };
}

// ------------------------------------------------------------------------------------------ the cluster

export interface KubeOptions {
  /** Directory with kube-apiserver and kube-controller-manager (default: `bash scripts/build-kube.sh`). */
  binDir?: string;
  /** Limit for scripts/build-kube.sh when it has to build (default 15 min; a build takes about 6). */
  buildTimeoutMs?: number;
  /**
   * Version → slot-app behaviour ('*' for the rest), written to the behaviour file every pod reads at its
   * start (SLOT_APP_BEHAVIOUR_FILE). Change it later with setBehaviours().
   */
  behaviours?: Record<string, SlotBehaviour | string>;
  /** Use this behaviour file instead (not removed by stop()); `behaviours` is then written into it. */
  behaviourFile?: string;
  /** Fake kubelet: how often pods are listed (default 100 ms). */
  kubeletIntervalMs?: number;
  /** Fake kubelet: how often each pod's /health is probed for readiness (default 200 ms). */
  probeIntervalMs?: number;
  /** The kubectl kubectl() runs (default $KUBECTL_BINARY, else `kubectl` on PATH). */
  kubectl?: string;
  /** Limit for the whole start-up once the binaries are there (default 60 s). */
  startTimeoutMs?: number;
}

export interface KubectlResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface KubeTimings {
  /** scripts/build-kube.sh (or 0 with binDir). */
  binariesMs: number;
  etcdMs: number;
  apiserverMs: number;
  controllerManagerMs: number;
  totalMs: number;
}

export interface KubeCluster {
  /** https://127.0.0.1:<port> (self-signed certificate: skip verification). */
  server: string;
  /** Bearer token of `admin` (group system:masters; authorization is AlwaysAllow anyway). */
  token: string;
  namespace: 'default';
  /** Path of a kubeconfig: context `test`, insecure-skip-tls-verify, the token, namespace default. */
  kubeconfig: string;
  /** The behaviour file pods read at their start. */
  behaviourFile: string;
  /** Temp dir: kubeconfig, keys, etcd data, logs (<component>.log, pods/<namespace>_<pod>.log). */
  dir: string;
  binDir: string;
  kubectlBinary: string;
  timings: KubeTimings;
  /** Runs kubectl with --kubeconfig (and its own cache dir); `input` goes to stdin. Never rejects. */
  kubectl(args: string[], input?: string, options?: { timeoutMs?: number }): Promise<KubectlResult>;
  /** One request to the API server with the token (JSON bodies; pass contentType for patches). */
  api<T = unknown>(method: string, apiPath: string, body?: unknown, contentType?: string): Promise<ApiResponse<T>>;
  /** A fake kube-proxy for one Service (see KubeProxyOptions), stopped by stop() if not before. */
  proxy(service: string, options?: KubeProxyOptions): Promise<KubeServiceProxy>;
  /** `127.0.0.X:8080` where the app of the pod with IP 10.244.0.X listens. */
  podAddress(podIP: string): string | undefined;
  /** The log of a control-plane process so far (until stop() removes the dir). */
  log(component: 'etcd' | 'kube-apiserver' | 'kube-controller-manager'): string;
  /** The output of a pod's app so far ('' when there is none). */
  podLog(name: string, namespace?: string): string;
  /** Rewrites the behaviour file (pods started from now on read it). */
  setBehaviours(behaviours: Record<string, SlotBehaviour | string>): Promise<void>;
  /** Pids of every process it started that still runs (control plane and pods). */
  pids(): number[];
  stop(): Promise<void>;
}

function kubeconfigText(server: string, token: string): string {
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    '- name: test',
    '  cluster:',
    `    server: ${server}`,
    '    insecure-skip-tls-verify: true',
    'users:',
    '- name: admin',
    '  user:',
    `    token: ${token}`,
    'contexts:',
    '- name: test',
    '  context:',
    '    cluster: test',
    '    user: admin',
    '    namespace: default',
    'current-context: test',
    '',
  ].join('\n');
}

async function until<T>(
  what: string,
  limitMs: number,
  check: () => Promise<T | undefined>,
  cancelled: () => boolean,
): Promise<T> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    if (cancelled()) throw new Error(`${what}: cancelled`);
    if (Date.now() > deadline) throw new Error(`${what}: not within ${limitMs} ms`);
    await sleep(50);
  }
}

export async function startKube(options: KubeOptions = {}): Promise<KubeCluster> {
  const began = Date.now();
  if (!executable(ETCD_BINARY)) throw new Error(`etcd not found at ${ETCD_BINARY} (apt-get install etcd-server)`);
  const kubectlBinary = options.kubectl ?? KUBECTL_BINARY;
  if (!onPath(kubectlBinary)) throw new Error(`kubectl (${kubectlBinary}) not found`);
  // The script is the authority (it knows which version apt offers); a build already cached still serves when
  // it cannot run (no deb-src list and no root to add one).
  const binDir =
    options.binDir ??
    (await buildKube(options.buildTimeoutMs).catch((error: unknown) => {
      const built = kubeBinaries();
      if (built) return built;
      throw error;
    }));
  if (!hasBinaries(binDir)) throw new Error(`no kube-apiserver and kube-controller-manager in ${binDir}`);
  const binariesMs = Date.now() - began;
  const startBudget = options.startTimeoutMs ?? 60_000;
  const startDeadline = Date.now() + startBudget;
  const left = () => Math.max(1000, startDeadline - Date.now());

  const dir = await mkdtemp(path.join(os.tmpdir(), 'kube-test-'));
  const podDir = path.join(dir, 'pods');
  await mkdir(podDir);
  const behaviourFile = options.behaviourFile ?? path.join(dir, 'behaviours.json');
  // Written aside and renamed: a pod starting meanwhile reads the old map or the new one, never half of one.
  const setBehaviours = async (behaviours: Record<string, string>) => {
    const next = `${behaviourFile}.${process.pid}.next`;
    await writeFile(next, `${JSON.stringify(behaviours, null, 2)}\n`);
    await rename(next, behaviourFile);
  };
  if (options.behaviours || !existsSync(behaviourFile)) await setBehaviours(options.behaviours ?? {});

  const processes: Managed[] = [];
  let kubelet: Kubelet | undefined;
  let api: ApiClient | undefined;
  const proxies = new Set<KubeServiceProxy>();
  let stopped = false;

  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await Promise.all([...proxies].map((proxy) => proxy.stop()));
    await kubelet?.stop();
    // Clients first, then the API server, then its storage.
    for (const name of ['kube-controller-manager', 'kube-apiserver', 'etcd']) {
      await processes.find((process) => process.name === name)?.stop();
    }
    api?.close();
    await rm(dir, { recursive: true, force: true });
  };

  try {
    const token = randomBytes(24).toString('hex');
    const tokenFile = path.join(dir, 'tokens.csv');
    await writeFile(tokenFile, `${token},admin,admin,"system:masters"\n`, { mode: 0o600 });
    const keyFile = path.join(dir, 'service-account.key');
    // Made while etcd starts.
    const keyMade = run('openssl', ['genrsa', '-out', keyFile, '2048']);
    keyMade.catch(() => undefined);

    // etcd
    let phase = Date.now();
    const [clientPort, peerPort] = [await freePort(), await freePort()];
    const etcdUrl = `http://127.0.0.1:${clientPort}`;
    const peerUrl = `http://127.0.0.1:${peerPort}`;
    const etcd = startManaged(
      'etcd',
      ETCD_BINARY,
      [
        '--name=test',
        `--data-dir=${path.join(dir, 'etcd')}`,
        `--listen-client-urls=${etcdUrl}`,
        `--advertise-client-urls=${etcdUrl}`,
        `--listen-peer-urls=${peerUrl}`,
        `--initial-advertise-peer-urls=${peerUrl}`,
        `--initial-cluster=test=${peerUrl}`,
        '--initial-cluster-state=new',
      ],
      path.join(dir, 'etcd.log'),
    );
    processes.push(etcd);
    await Promise.race([waitForPort(clientPort, left()), diesEarly(etcd)]);
    const etcdMs = Date.now() - phase;

    await keyMade;

    // kube-apiserver
    phase = Date.now();
    const securePort = await freePort();
    const server = `https://127.0.0.1:${securePort}`;
    const apiserver = startManaged(
      'kube-apiserver',
      path.join(binDir, 'kube-apiserver'),
      [
        `--secure-port=${securePort}`,
        '--insecure-port=0',
        '--bind-address=127.0.0.1',
        '--advertise-address=127.0.0.1',
        `--etcd-servers=${etcdUrl}`,
        `--token-auth-file=${tokenFile}`,
        '--authorization-mode=AlwaysAllow',
        `--service-account-key-file=${keyFile}`,
        `--service-account-signing-key-file=${keyFile}`,
        '--service-account-issuer=https://kubernetes.default.svc',
        '--disable-admission-plugins=ServiceAccount',
        '--service-cluster-ip-range=10.96.0.0/24',
        `--cert-dir=${path.join(dir, 'certs')}`,
        '--allow-privileged',
        // The `kubernetes` Service's endpoint would be 127.0.0.1, which Endpoints refuse: keep it out.
        '--endpoint-reconciler-type=none',
        '--profiling=false',
      ],
      path.join(dir, 'kube-apiserver.log'),
    );
    processes.push(apiserver);
    api = apiClient(server, token);
    const client = api;
    await Promise.race([
      until(
        'kube-apiserver /readyz',
        left(),
        async () => ((await client.request('GET', '/readyz')).status === 200 ? true : undefined),
        () => stopped || !apiserver.running(),
      ),
      diesEarly(apiserver),
    ]);
    const apiserverMs = Date.now() - phase;

    const kubeconfig = path.join(dir, 'kubeconfig');
    await writeFile(kubeconfig, kubeconfigText(server, token), { mode: 0o600 });

    // kube-controller-manager: no port, no leader election, none of the controllers that need a real kubelet,
    // cloud or signing keys. The serviceaccount controller creates default/default once its informers run:
    // the sign that the controllers are up.
    phase = Date.now();
    const controllerManager = startManaged(
      'kube-controller-manager',
      path.join(binDir, 'kube-controller-manager'),
      [
        `--kubeconfig=${kubeconfig}`,
        '--leader-elect=false',
        '--secure-port=0',
        '--port=0',
        `--controllers=${CONTROLLERS.join(',')}`,
        '--concurrent-deployment-syncs=5',
        '--concurrent-endpoint-syncs=5',
        '--profiling=false',
      ],
      path.join(dir, 'kube-controller-manager.log'),
    );
    processes.push(controllerManager);
    await Promise.race([
      until(
        'kube-controller-manager (service account default/default)',
        left(),
        async () =>
          (await client.request('GET', '/api/v1/namespaces/default/serviceaccounts/default')).status === 200
            ? true
            : undefined,
        () => stopped || !controllerManager.running(),
      ),
      diesEarly(controllerManager),
    ]);
    const controllerManagerMs = Date.now() - phase;

    kubelet = await startKubelet({
      api: client,
      dir: podDir,
      behaviourFile,
      intervalMs: options.kubeletIntervalMs ?? 100,
      probeIntervalMs: options.probeIntervalMs ?? 200,
    });

    const cacheDir = path.join(dir, 'kubectl-cache');
    const timings: KubeTimings = {
      binariesMs,
      etcdMs,
      apiserverMs,
      controllerManagerMs,
      totalMs: Date.now() - began,
    };
    return {
      server,
      token,
      namespace: 'default',
      kubeconfig,
      behaviourFile,
      dir,
      binDir,
      kubectlBinary,
      timings,
      kubectl(args, input, kubectlOptions = {}) {
        return new Promise((resolve) => {
          const env = { ...process.env };
          delete env['KUBECONFIG'];
          const child = spawn(kubectlBinary, ['--kubeconfig', kubeconfig, '--cache-dir', cacheDir, ...args], {
            env,
            stdio: ['pipe', 'pipe', 'pipe'],
          });
          let stdout = '';
          let stderr = '';
          child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
          child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
          child.stdin.on('error', () => undefined);
          child.stdin.end(input ?? '');
          const timer = setTimeout(() => child.kill('SIGKILL'), kubectlOptions.timeoutMs ?? 60_000);
          child.once('error', (error) => {
            clearTimeout(timer);
            resolve({ code: null, stdout, stderr: `${stderr}${error.message}` });
          });
          child.once('close', (code) => {
            clearTimeout(timer);
            resolve({ code, stdout, stderr });
          });
        });
      },
      api: (method, apiPath, body, contentType) => client.request(method, apiPath, body, contentType),
      async proxy(service, proxyOptions = {}) {
        if (stopped) throw new Error('the cluster is stopped');
        const proxy = await startProxy(client, service, proxyOptions);
        proxies.add(proxy);
        return {
          ...proxy,
          async stop() {
            proxies.delete(proxy);
            await proxy.stop();
          },
        };
      },
      podAddress,
      log: (component) => readText(path.join(dir, `${component}.log`)),
      podLog: (name, namespace = 'default') => readText(path.join(podDir, `${namespace}_${name}.log`)),
      setBehaviours,
      pids: () => [
        ...processes.filter((process) => process.running()).map((process) => process.child.pid!),
        ...(kubelet?.pids() ?? []),
      ],
      stop,
    };
  } catch (error) {
    const logs = processes.map((process) => `--- ${process.name}:\n${tail(process.logPath, 15)}`).join('\n');
    await stop();
    throw new Error(`startKube: ${error instanceof Error ? error.message : String(error)}\n${logs}`, {
      cause: error,
    });
  }
}
