/**
 * blue-green-deploy on a real Kubernetes API: kube-apiserver and kube-controller-manager built from Debian's source
 * package, etcd from Debian. No kubelet and no kube-proxy: a fake kubelet in the tests runs the slot app for each pod
 * and reports its readiness, and a small proxy follows the Service's Endpoints (see test/servers/kube.ts).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runBundledAction, type RunActionResult } from '../../../test/harness/index.ts';
import { git } from '../../../test/helpers/git.ts';
import { slotRequest, startKube, startLoad, type KubeCluster } from '../../../test/servers/index.ts';

const TEST_TIMEOUT = 120_000;

const MANIFESTS = `apiVersion: apps/v1
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

let cluster: KubeCluster;
let workspace: string;
let behaviourFile: string;
let publicProxy: { url: string; port: number; stop(): Promise<void> };
let previewProxy: { url: string; port: number; stop(): Promise<void> };

beforeAll(async () => {
  workspace = await mkdtemp(path.join(os.tmpdir(), 'kube-ws-'));
  behaviourFile = path.join(workspace, 'behaviour.json');
  await writeFile(behaviourFile, '{}');
  await writeFile(path.join(workspace, 'web.yaml'), MANIFESTS);
  cluster = await startKube({ behaviourFile });
  publicProxy = await cluster.proxy('web');
  previewProxy = await cluster.proxy('web-preview');
}, 600_000);

afterAll(async () => {
  await publicProxy?.stop();
  await previewProxy?.stop();
  await cluster?.stop();
  await rm(workspace, { recursive: true, force: true });
});

function deploy(version: string, inputs: Record<string, string> = {}): Promise<RunActionResult> {
  return runBundledAction({
    action: 'blue-green-deploy',
    workspace,
    inputs: {
      version,
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
      ...inputs,
    },
    timeoutMs: 110_000,
  });
}

async function behave(version: string, behaviour: string): Promise<void> {
  const { readFile } = await import('node:fs/promises');
  const map = JSON.parse(await readFile(behaviourFile, 'utf8')) as Record<string, string>;
  map[version] = behaviour;
  await writeFile(behaviourFile, JSON.stringify(map));
}

async function liveVersion(): Promise<string> {
  return (await slotRequest(`127.0.0.1:${publicProxy.port}`, '/version')).body.trim();
}

async function selector(): Promise<Record<string, string>> {
  const result = await cluster.kubectl(['get', 'service/web', '-o', 'json']);
  return (JSON.parse(result.stdout) as { spec: { selector: Record<string, string> } }).spec.selector;
}

describe('kubernetes target', () => {
  test(
    'deploys to a slot Deployment, switches the Service selector with a compare-and-swap, reads the endpoints back; no failed request under load',
    async () => {
      const first = await deploy('1.0.0');
      expect(first.errors).toEqual([]);
      expect(first.outputs).toMatchObject({ result: 'promoted', 'active-slot': 'blue' });
      expect(await selector()).toEqual({ app: 'web', slot: 'blue' });
      expect(await liveVersion()).toBe('1.0.0');

      const load = await startLoad({
        url: `${publicProxy.url}/`,
        connections: 8,
        durationMs: 12_000,
        rate: 400,
        countHeader: 'x-app-version',
      });
      const second = await deploy('1.1.0');
      const result = await load.stop();
      expect(second.errors).toEqual([]);
      expect(second.outputs).toMatchObject({
        result: 'promoted',
        'active-slot': 'green',
        'previous-slot': 'blue',
        'previous-version': '1.0.0',
      });
      expect(second.summary).toMatch(/selector patch/);
      expect(second.summary).toMatch(/kubernetes sees green .*ready endpoints/);
      expect(await selector()).toEqual({ app: 'web', slot: 'green' });
      expect(await liveVersion()).toBe('1.1.0');
      expect(result.failed).toBe(0);
      expect(Object.keys(result.byHeader).sort()).toEqual(['1.0.0', '1.1.0']);
      // The old slot stays scaled for a switch back.
      const old = await cluster.kubectl(['get', 'deployment/web-blue', '-o', 'jsonpath={.spec.replicas}']);
      expect(old.stdout).toBe('1');
      // The lock lived in the cluster and is gone.
      expect((await cluster.kubectl(['get', 'configmap/web-deploy-lock', '--ignore-not-found'])).stdout).toBe('');
    },
    TEST_TIMEOUT,
  );

  test(
    'an image that never becomes ready is never switched to',
    async () => {
      await behave('2.0.0', 'never-ready');
      const run = await deploy('2.0.0', { 'deploy-timeout': '6s' });
      expect(run.exitCode).toBe(1);
      expect(run.outputs.result).toBe('failed');
      expect(run.errors[0]!.message).toMatch(/Deployment web-\w+ with example\/web:2\.0\.0 did not become ready/);
      expect(await liveVersion()).toBe('1.1.0');
      expect((await selector()).slot).toBe('green');
    },
    TEST_TIMEOUT,
  );

  test(
    'the guard refuses a slot with fewer ready endpoints than required',
    async () => {
      const run = await deploy('2.1.0', { 'kubernetes-min-ready': '2', 'ready-timeout': '2s' });
      expect(run.exitCode).toBe(1);
      expect(run.outputs).toMatchObject({ result: 'failed', 'active-slot': 'green' });
      expect(run.errors[0]!.message).toMatch(
        /kubernetes does not see it ready.*1 ready, non-terminating endpoints for slot 'blue', at least 2 needed/,
      );
      expect((await selector()).slot).toBe('green');
    },
    TEST_TIMEOUT,
  );

  test(
    'a Service changed by someone else between discover and switch: nothing is switched',
    async () => {
      // Slow checks keep the run between its last read after the deploy and its read before the switch a while.
      await behave('2.2.0', 'slow:800');
      const run = deploy('2.2.0');
      // Once the new slot's rollout is complete, the run reads the live state, then spends a while on the slow checks
      // before it reads it again to switch: edit the live Service in between.
      for (let i = 0; i < 600; i++) {
        const found = await cluster.kubectl(['get', 'deployment/web-blue', '-o', 'json']);
        const deployment = JSON.parse(found.stdout || '{}') as {
          spec?: { template: { spec: { containers: { image: string }[] } } };
          status?: { updatedReplicas?: number; readyReplicas?: number; replicas?: number };
        };
        const image = deployment.spec?.template.spec.containers[0]!.image ?? '';
        const status = deployment.status ?? {};
        if (
          image.endsWith(':2.2.0') &&
          status.updatedReplicas === 1 &&
          status.readyReplicas === 1 &&
          status.replicas === 1
        )
          break;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      // Someone keeps editing the live Service from then on, so whatever the machine's speed, the run's read before
      // the switch (or the switch's compare-and-swap itself) meets a Service other than the one it read.
      let finished = false;
      const edits = (async () => {
        for (let edit = 0; !finished && edit < 400; edit++) {
          await cluster.kubectl(['label', 'service/web', `edited-by=someone-else-${edit}`, '--overwrite']);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      })();
      const result = await run.finally(() => (finished = true));
      await edits;
      expect(result.exitCode).toBe(1);
      expect(result.errors[0]!.message).toMatch(/changed/);
      expect((await selector()).slot).toBe('green');
      expect(await liveVersion()).toBe('1.1.0');
    },
    TEST_TIMEOUT,
  );

  test('manifests without a container, or an API server that cannot be reached, fail before anything is touched', async () => {
    await writeFile(
      path.join(workspace, 'empty.yaml'),
      MANIFESTS.replace(/containers:[\s\S]*?ports: \[\{ containerPort: 8080 \}\]\n/, 'containers: []\n'),
    );
    const noContainer = await deploy('3.0.0', { 'kubernetes-manifests': 'empty.yaml' });
    expect(noContainer.errors).toHaveLength(1);
    expect(noContainer.errors[0]!.message).toMatch(/empty\.yaml: the Deployment has no container to set the image on/);
    const kubeconfig = path.join(workspace, 'closed.kubeconfig');
    await writeFile(
      kubeconfig,
      `apiVersion: v1\nkind: Config\nclusters: [{name: c, cluster: {server: "https://127.0.0.1:1", insecure-skip-tls-verify: true}}]\nusers: [{name: u, user: {token: t}}]\ncontexts: [{name: x, context: {cluster: c, user: u}}]\ncurrent-context: x\n`,
    );
    const unreachable = await deploy('3.0.0', { kubeconfig });
    expect(unreachable.errors).toHaveLength(1);
    expect(unreachable.errors[0]!.message).toMatch(/Kubernetes API server cannot be reached/);
    expect((await selector()).slot).toBe('green');
  });
});

describe('rollback on kubernetes (the same engine)', () => {
  test(
    'rolls back to a released version (a tag of the checked-out repository): redeployed into the idle slot and switched to',
    async () => {
      // The workspace is the checkout; the release v1.0.0 is a tag of it.
      git(workspace, 'init', '-q');
      git(
        workspace,
        '-c',
        'user.email=ci@example.com',
        '-c',
        'user.name=ci',
        'commit',
        '-q',
        '--allow-empty',
        '-m',
        'v1.0.0',
      );
      git(workspace, 'tag', 'v1.0.0');
      const before = (await selector()).slot;
      const run = await runBundledAction({
        action: 'rollback',
        workspace,
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
          'to-version': 'v1.0.0',
        },
        timeoutMs: 110_000,
      });
      expect(run.errors).toEqual([]);
      expect(run.outputs).toMatchObject({ 'to-version': 'v1.0.0', method: 'redeploy' });
      expect(run.outputs['active-slot']).not.toBe(before);
      expect(await liveVersion()).toBe('v1.0.0');
      expect((await selector()).slot).toBe(run.outputs['active-slot']);
    },
    TEST_TIMEOUT,
  );
});
