/**
 * The CD half, as examples/workflows/cd.yml composes it, on loopback: the sample service's releases deployed
 * blue-green behind a real proxy with wrk traffic running, a smoke test over a watch window, a broken release
 * that fails verification and is switched back by itself, and a manual rollback to the first release.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, loadEvent, type RunActionResult } from '../../test/harness/index.ts';
import { freePort } from '../../test/servers/free-port.ts';
import { startHaproxy } from '../../test/servers/haproxy.ts';
import { startLoad, type LoadHandle, type LoadResult } from '../../test/servers/load.ts';
import { NGINX_BINARY, renderNginxConfig } from '../../test/servers/nginx.ts';
import { isAlive, sleep } from './processes.ts';
import { SAMPLE_DIR, type DemoSettings, type TargetKind } from './settings.ts';
import { runAction, runActionStep, type ActionStep } from './steps.ts';
import { formatNumber, type Timeline } from './timeline.ts';

const SLOT_SCRIPT = path.join(SAMPLE_DIR, 'deploy', 'slot.sh');

/** The release tags the demo ships, each a commit laying one of examples/sample-service/changes/ over the last. */
export const RELEASES = [
  { tag: 'v1.0.0', note: 'the sample service as it is' },
  { tag: 'v1.1.0', change: 'release-1.1.0', note: 'a new product in the price list' },
  { tag: 'v1.2.0', change: 'release-1.2.0', note: 'the regression: every quote waits for the pricing backend' },
] as const;

/** The seed pipeline's verification and smoke-test thresholds (examples/workflows/cd.yml). */
const THRESHOLDS = ['p(95)<1000', 'rate<0.01'];

/** Checks as the seed pipeline writes them: the idle slot before the switch, the entrypoint after it. */
const CHECKS = `- name: health
  url: /health
  assert: [status == 200, jsonpath "$.status" == "ok"]
- name: quote
  url: /api/quote?sku=A-100&qty=12
  assert: [status == 200, jsonpath "$.sku" == "A-100"]
`;

/** The traffic wrk puts through the entrypoint while a deploy, smoke test or rollback runs. */
const LOAD = { path: '/api/quote?sku=A-200&qty=3', connections: 8, rate: 200 };

const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/**
 * The repository the delivery runs in, as a release workflow checks it out (with its tags, fetch-depth 0): one
 * commit and tag per release. Each tag is built into <run>/releases/<tag>/, as a pipeline builds an image per tag;
 * the deploy command starts the build named by VERSION.
 */
export function prepareRepository(runDir: string): { repo: string; releases: string } {
  const repo = path.join(runDir, 'repo');
  const releases = path.join(runDir, 'releases');
  const git = (...args: string[]) => {
    const result = spawnSync('git', ['-c', 'user.name=demo', '-c', 'user.email=demo@example.com', ...args], {
      cwd: repo,
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr || result.error?.message}`);
    return result.stdout;
  };
  mkdirSync(repo, { recursive: true });
  git('init', '-q', '-b', 'main');
  for (const entry of ['sample_service', 'tests', '.pylintrc', '.coveragerc']) {
    cpSync(path.join(SAMPLE_DIR, entry), path.join(repo, entry), { recursive: true });
  }
  for (const release of RELEASES) {
    if ('change' in release) cpSync(path.join(SAMPLE_DIR, 'changes', release.change), repo, { recursive: true });
    git('add', '-A');
    git('commit', '-q', '-m', `${release.tag}: ${release.note}`);
    git('tag', release.tag);
    const dir = path.join(releases, release.tag);
    mkdirSync(dir, { recursive: true });
    const archive = spawnSync('tar', ['-x', '-C', dir], {
      input: spawnSync('git', ['archive', release.tag, 'sample_service'], { cwd: repo }).stdout,
    });
    if (archive.status !== 0) throw new Error(`building ${release.tag}: ${archive.stderr.toString()}`);
  }
  return { repo, releases };
}

/** A proxy in front of two slots, and the inputs blue-green-deploy and rollback need for it. */
interface TrafficTarget {
  label: string;
  publicUrl: string;
  inputs: Record<string, string>;
  stop(): Promise<void>;
}

function slotInputs(settings: DemoSettings, releases: string, slotsDir: string, publicUrl: string) {
  const run = `SAMPLE_RUN=${shellQuote(slotsDir)}`;
  return {
    deploy: `SAMPLE_RELEASES=${shellQuote(releases)} ${run} SAMPLE_PYTHON=${shellQuote(settings.python)} bash ${shellQuote(SLOT_SCRIPT)} start`,
    stop: `${run} bash ${shellQuote(SLOT_SCRIPT)} stop`,
    'public-url': publicUrl,
    'version-url': '/version',
    checks: CHECKS,
    'ready-timeout': '15s',
    'verify-duration': settings.verify,
    'verify-rate': '10',
    thresholds: THRESHOLDS.join(', '),
  };
}

function stopSlots(slotsDir: string): void {
  spawnSync('bash', [SLOT_SCRIPT, 'stop-all'], { env: { ...process.env, SAMPLE_RUN: slotsDir }, stdio: 'ignore' });
}

/**
 * nginx whose http block includes the file blue-green-deploy owns, slots on unix sockets (the switch is a symlink,
 * no reload). nginx is not running yet: the first deploy starts it, as on a fresh VM.
 */
async function nginxTarget(settings: DemoSettings, releases: string): Promise<TrafficTarget> {
  const dir = path.join(settings.runDir, 'nginx');
  const prefix = path.join(dir, 'prefix');
  const slotsDir = path.join(dir, 'slots');
  for (const sub of [prefix, slotsDir, path.join(dir, 'conf.d')]) mkdirSync(sub, { recursive: true });
  const port = await freePort();
  const conf = path.join(prefix, 'nginx.conf');
  writeFileSync(
    conf,
    renderNginxConfig(prefix, port, {
      httpConfig: `  include ${path.join(dir, 'conf.d')}/*.conf;`,
      serverConfig: [
        '    location / {',
        '      proxy_pass http://app;',
        '      proxy_http_version 1.1;',
        '      proxy_set_header Connection "";',
        '      proxy_next_upstream off;',
        '    }',
      ].join('\n'),
      workerProcesses: 2,
    }),
  );
  const publicUrl = `http://127.0.0.1:${port}`;
  const pidFile = path.join(prefix, 'nginx.pid');
  return {
    label: 'nginx',
    publicUrl,
    inputs: {
      target: 'nginx',
      slots: JSON.stringify({
        blue: `unix:${path.join(slotsDir, 'blue.sock')}`,
        green: `unix:${path.join(slotsDir, 'green.sock')}`,
      }),
      'nginx-config': path.join(dir, 'conf.d', 'app.conf'),
      'nginx-command': `${NGINX_BINARY} -p ${prefix} -c ${conf} -e ${path.join(prefix, 'error.log')}`,
      ...slotInputs(settings, releases, slotsDir, publicUrl),
    },
    async stop() {
      const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').trim()) : 0;
      if (pid > 0 && isAlive(pid)) {
        // A signal to the master (what `nginx -s stop` sends), without re-reading the config.
        process.kill(pid, 'SIGTERM');
        for (let i = 0; i < 100 && isAlive(pid); i++) await sleep(50);
      }
      stopSlots(slotsDir);
    },
  };
}

/** HAProxy routing by a map blue-green-deploy owns, switched through the runtime API; slots on TCP ports. */
async function haproxyTarget(settings: DemoSettings, releases: string): Promise<TrafficTarget> {
  const dir = path.join(settings.runDir, 'haproxy');
  const slotsDir = path.join(dir, 'slots');
  mkdirSync(slotsDir, { recursive: true });
  const slots = { blue: `127.0.0.1:${await freePort()}`, green: `127.0.0.1:${await freePort()}` };
  const haproxy = await startHaproxy({ slots, dir });
  return {
    label: 'HAProxy',
    publicUrl: haproxy.url,
    inputs: {
      target: 'haproxy',
      slots: JSON.stringify(slots),
      'haproxy-socket': haproxy.socket,
      'haproxy-map': haproxy.map,
      ...slotInputs(settings, releases, slotsDir, haproxy.url),
    },
    async stop() {
      await haproxy.stop();
      stopSlots(slotsDir);
    },
  };
}

const TARGETS: Record<TargetKind, (settings: DemoSettings, releases: string) => Promise<TrafficTarget>> = {
  nginx: nginxTarget,
  haproxy: haproxyTarget,
};

/** wrk through the entrypoint for the length of one step. */
async function withLoad<T>(url: string, body: () => Promise<T>): Promise<{ value: T; load: LoadResult }> {
  const handle: LoadHandle = await startLoad({
    url: `${url}${LOAD.path}`,
    connections: LOAD.connections,
    rate: LOAD.rate,
    durationMs: 30_000,
    countHeader: 'x-app-version',
  });
  try {
    const value = await body();
    return { value, load: await handle.stop() };
  } catch (error) {
    await handle.stop().catch(() => undefined);
    throw error;
  }
}

function loadFigures(load: LoadResult): string[] {
  const served = Object.entries(load.byHeader)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([version, count]) => `${version}: ${formatNumber(count)}`)
    .join(', ');
  return [
    `${formatNumber(load.failed)} of ${formatNumber(load.requests)} requests failed`,
    ...(served ? [`served ${served}`] : []),
  ];
}

/** The first ::error:: of a run, without the advice after it. */
const firstError = (run: RunActionResult) => run.errors[0]?.message.split('\n')[0] ?? '';

function judgeDeploy(run: RunActionResult): { result: string; figures: string[] } {
  const o = run.outputs;
  const figures: string[] = [];
  if (o['result'] === 'promoted') {
    figures.push(
      o['previous-slot'] ? `${o['previous-slot']} → ${o['active-slot']}` : `first deploy, ${o['active-slot']}`,
    );
    if (o['switch-ms']) figures.push(`switch ${formatNumber(Number(o['switch-ms']))} ms`);
  } else if (o['result'] === 'switched-back') {
    // "the verification window failed: threshold p(95)<1000 broken (actual 1212.86…); traffic was switched back…"
    const breach = /threshold (\S+) broken \(actual ([\d.]+)\)/.exec(firstError(run));
    const actual = (threshold: string, value: number) =>
      threshold.startsWith('p(') ? `${formatNumber(value)} ms` : formatNumber(value, 3);
    figures.push(
      breach ? `verify: ${breach[1]} broken (${actual(breach[1]!, Number(breach[2]))})` : firstError(run),
      `back on ${o['active-slot']}`,
    );
  } else if (run.errors.length) {
    figures.push(firstError(run));
  }
  return { result: o['result'] ?? 'no result', figures };
}

function judgeSmoke(run: RunActionResult): { result: string; figures: string[] } {
  const o = run.outputs;
  const figures = [
    `p95 ${formatNumber(Number(o['p95-ms'] ?? NaN))} ms`,
    `error rate ${formatNumber(Number(o['error-rate'] ?? NaN) * 100, 1)} %`,
    `availability ${formatNumber(Number(o['availability'] ?? NaN), 1)} %`,
  ];
  return { result: o['passed'] === 'true' ? 'passed' : 'failed', figures };
}

function judgeRollback(run: RunActionResult): { result: string; figures: string[] } {
  const o = run.outputs;
  if (!o['result']) return { result: 'no result', figures: [firstError(run) || `exit ${run.exitCode}`] };
  const figures = [`${o['method'] || 'no method'}: ${o['from-version']} → ${o['to-version']}`];
  if (o['recovery-ms']) figures.push(`recovery ${formatNumber(Number(o['recovery-ms']))} ms`);
  return { result: o['result'], figures };
}

/** The whole delivery on one traffic target: the stage stops at a step that could not run. */
export async function runCdOn(
  kind: TargetKind,
  timeline: Timeline,
  settings: DemoSettings,
  built: { repo: string; releases: string },
  onProcesses: () => void,
): Promise<void> {
  const target = await TARGETS[kind](settings, built.releases);
  const stage = `CD · ${target.label}`;
  const step = (spec: Omit<ActionStep, 'stage' | 'workspace'>): ActionStep => ({
    ...spec,
    stage,
    workspace: built.repo,
  });
  const deploy = (version: string, expected: string, title: string) =>
    step({
      title,
      action: 'blue-green-deploy',
      inputs: { ...target.inputs, version },
      expected,
      judge: judgeDeploy,
    });
  /** A step with wrk running through the entrypoint; its failed-request count joins the step's figures. */
  const underLoad = async (spec: ActionStep) => {
    const { value, load } = await withLoad(target.publicUrl, async () => {
      const done = await runAction(timeline, spec);
      onProcesses();
      return done;
    });
    value.step.figures.push(...loadFigures(load));
    if (load.failed > 0) value.step.ok = false;
    timeline.record(value.step);
  };

  try {
    await runActionStep(timeline, deploy('v1.0.0', 'promoted', 'deploy v1.0.0 (first)'));
    onProcesses();
    await underLoad(deploy('v1.1.0', 'promoted', 'deploy v1.1.0 under load'));
    await underLoad(
      step({
        title: `smoke-test, ${settings.watch} watch, under load`,
        action: 'smoke-test',
        inputs: {
          'base-url': target.publicUrl,
          checks: CHECKS,
          'wait-for': '10s',
          duration: settings.watch,
          rate: '10',
          thresholds: [...THRESHOLDS, 'availability>99%'].join('\n'),
        },
        expected: 'passed',
        judge: judgeSmoke,
      }),
    );
    await underLoad(deploy('v1.2.0', 'switched-back', 'deploy v1.2.0 (broken) under load'));
    const rollback = step({
      title: 'rollback to v1.0.0 (manual)',
      action: 'rollback',
      // The target inputs blue-green-deploy gets and the version to restore (found among the release tags);
      // as in the seed pipeline, no verification window of its own: the restored version was verified before.
      inputs: {
        ...target.inputs,
        'verify-duration': undefined,
        'verify-rate': undefined,
        thresholds: undefined,
        'to-version': 'v1.0.0',
      },
      // Actions → cd → Run workflow, as the seed pipeline's manual rollback job runs.
      event: loadEvent('workflow_dispatch'),
      expected: 'rolled-back',
      judge: judgeRollback,
    });
    if (rollbackAvailable()) await underLoad(rollback);
    else recordUnavailable(timeline, rollback);
  } finally {
    onProcesses();
    await target.stop();
  }
}

const rollbackAvailable = () => existsSync(path.join(REPO_ROOT, 'actions', 'rollback', 'dist', 'index.js'));

/** Says so instead of faking a rollback when its bundle is not there. */
function recordUnavailable(timeline: Timeline, spec: ActionStep): void {
  const now = timeline.now();
  timeline.record({
    stage: spec.stage,
    title: spec.title,
    action: spec.action,
    expected: spec.expected,
    result: 'not available yet',
    ok: false,
    startMs: now,
    endMs: now,
    figures: ['rollback not available yet: actions/rollback/dist/index.js is not built'],
    summary: '_rollback not available yet: `actions/rollback/dist/index.js` is not built._',
    errors: [],
  });
}
