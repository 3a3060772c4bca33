/**
 * The Kubernetes target, with kubectl (the client people already have next to their cluster; a client library would
 * add megabytes to the bundle and still need the same kubeconfig handling).
 *
 * From the user's manifests (a Deployment, and optionally the Service): two Deployments `<app>-blue` and
 * `<app>-green` with the version's image, a preview Service `<app>-preview` that selects the slot being checked, and
 * the live Service `<app>` whose selector's `slot` label is switched with a JSON patch whose `test` operations
 * (selector and resourceVersion) make it a compare-and-swap.
 *
 * The guard counts ready endpoints of the slot (Endpoints list neither unready nor terminating pods; a Deployment
 * scaled to 0 still says Available). The read-back waits until the live Service's endpoints are exactly the new
 * slot's pods. The old slot stays scaled; with stop-previous it is scaled to 0 after the drain, which gives kube-proxy
 * time to follow the selector.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { fileError, inputError, UserError } from '../action/errors.ts';
import { workspaceDir, isInside } from '../action/inputs.ts';
import { lastLines } from './commands.ts';
import { waitForLock, type DeployLock, type LockOwner } from './lock.ts';
import { parseSlotAddress, type Slot, type SlotAddress } from './slots.ts';
import {
  SwitchConflictError,
  type LiveState,
  type SwitchReport,
  type TargetContext,
  type TrafficTarget,
} from './target.ts';
import type { TargetDefinition } from './targets.ts';
import { shellQuote } from './transport.ts';

const VERSION_ANNOTATION = 'pipeline-actions/version';
const SLOT_LABEL = 'slot';

type Json = Record<string, unknown>;

interface Manifests {
  deployment: Json;
  service: Json | undefined;
  app: string;
  /** The Deployment's own selector labels; the slot label is added to them. */
  labels: Record<string, string>;
  container: string;
  image: string;
  replicas: number;
}

export class KubernetesTarget implements TrafficTarget {
  readonly kind = 'kubernetes';
  readonly slots: readonly Slot[];
  readonly lockPath: string;
  readonly canStop = true;
  // A Service spreads over ready endpoints; a replica ratio would only approximate a weight, so no steps here.
  readonly weighted = false;
  readonly #context: TargetContext;
  readonly #manifests: Manifests;
  readonly #kubectl: string;
  readonly #minReady: number;
  readonly #preview: SlotAddress | undefined;

  constructor(context: TargetContext) {
    this.#context = context;
    this.slots = context.slots;
    const options = context.options;
    this.#manifests = readManifests(options);
    const args = ['kubectl'];
    if (options['kubeconfig']) args.push('--kubeconfig', options['kubeconfig']);
    if (options['kubernetes-context']) args.push('--context', options['kubernetes-context']);
    const namespace = options['kubernetes-namespace'] ?? '';
    if (namespace && !/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(namespace))
      throw inputError('kubernetes-namespace', `expected a namespace name, got '${namespace}'`);
    if (namespace) args.push('--namespace', namespace);
    args.push('--request-timeout=20s');
    this.#kubectl = args.map(shellQuote).join(' ');
    const minReady = options['kubernetes-min-ready'] ?? '';
    this.#minReady = minReady === '' ? Math.max(1, this.#manifests.replicas) : Number(minReady);
    if (!Number.isInteger(this.#minReady) || this.#minReady < 1)
      throw inputError('kubernetes-min-ready', `expected a whole number of at least 1, got '${minReady}'`);
    const previewUrl = options['kubernetes-preview-url'] || undefined;
    if (previewUrl) {
      let url: URL | undefined;
      try {
        url = new URL(previewUrl);
      } catch {
        url = undefined;
      }
      if (!url || url.protocol !== 'http:')
        throw inputError(
          'kubernetes-preview-url',
          `expected an http URL where the preview Service is reachable, got '${previewUrl}'`,
        );
      this.#preview = parseSlotAddress(`${url.hostname}:${url.port || '80'}`);
    }
    this.lockPath = `/tmp/pipeline-actions-blue-green-${namespace || 'default'}-${this.#manifests.app}.lock`;
  }

  get #app(): string {
    return this.#manifests.app;
  }

  async discover(): Promise<LiveState> {
    const result = await this.#run(
      `k get service/${this.#app} deployment/${this.#app}-${this.slots[0]!.name} deployment/${this.#app}-${this.slots[1]!.name} --ignore-not-found -o json`,
    );
    // With --ignore-not-found and nothing found, kubectl prints nothing at all.
    const list = (result.stdout.trim() ? parseJson(result.stdout, 'kubectl get') : {}) as {
      items?: Json[];
      kind?: string;
    };
    const items = list.kind === 'List' || list.items ? (list.items ?? []) : result.stdout.trim() ? [list as Json] : [];
    const service = items.find((item) => item['kind'] === 'Service');
    const selector = (service?.['spec'] as { selector?: Record<string, string> } | undefined)?.selector ?? {};
    const active = service ? selector[SLOT_LABEL] : undefined;
    if (active !== undefined && !this.slots.some((slot) => slot.name === active)) {
      throw new UserError(
        `Service ${this.#app} selects slot '${active}', which is not one of ${this.slots.map((slot) => slot.name).join(', ')}`,
      );
    }
    const versions: Record<string, string | undefined> = {};
    for (const item of items) {
      if (item['kind'] !== 'Deployment') continue;
      const meta = item['metadata'] as { name: string; annotations?: Record<string, string> };
      const slot = this.slots.find((candidate) => meta.name === `${this.#app}-${candidate.name}`);
      if (slot) versions[slot.name] = meta.annotations?.[VERSION_ANNOTATION];
    }
    const resourceVersion = (service?.['metadata'] as { resourceVersion?: string } | undefined)?.resourceVersion ?? '';
    return { active, versions, revision: `${resourceVersion}|${active ?? ''}|${JSON.stringify(versions)}`, notes: [] };
  }

  async deploy(slot: Slot, version: string): Promise<void> {
    const deployment = this.#slotDeployment(slot, version);
    const seconds = Math.max(1, Math.round(this.#context.deployTimeoutMs / 1000));
    const script = `k apply -f - <<'BG_MANIFEST' && k rollout status deployment/${this.#app}-${slot.name} --timeout=${seconds}s\n${JSON.stringify(deployment)}\nBG_MANIFEST`;
    const result = await this.#run(script, {
      allowFailure: true,
      timeoutMs: this.#context.deployTimeoutMs + 30_000,
      echo: true,
    });
    if (result.exitCode !== 0) {
      throw new UserError(
        `Deployment ${this.#app}-${slot.name} with ${this.#manifests.image}:${version} did not become ready (kubectl rollout status): ${lastLines(result.stderr || result.stdout, 3)}`,
      );
    }
  }

  async switchTo(slot: Slot, expected: LiveState): Promise<SwitchReport> {
    const current = await this.discover();
    if (current.revision !== expected.revision)
      throw new SwitchConflictError(`Service ${this.#app} changed since it was read`);
    const resourceVersion = expected.revision.split('|')[0]!;
    let result;
    if (!resourceVersion) {
      // No live Service yet: create it (creation fails if someone made one meanwhile).
      result = await this.#run(
        `k create -f - <<'BG_MANIFEST'\n${JSON.stringify(this.#liveService(slot))}\nBG_MANIFEST`,
        { allowFailure: true },
      );
    } else {
      const patch = [
        { op: 'test', path: '/metadata/resourceVersion', value: resourceVersion },
        expected.active === undefined
          ? { op: 'add', path: `/spec/selector/${SLOT_LABEL}`, value: slot.name }
          : { op: 'test', path: `/spec/selector/${SLOT_LABEL}`, value: expected.active },
        { op: 'replace', path: `/spec/selector/${SLOT_LABEL}`, value: slot.name },
      ];
      result = await this.#run(`k patch service/${this.#app} --type=json -p ${shellQuote(JSON.stringify(patch))}`, {
        allowFailure: true,
      });
    }
    if (result.exitCode !== 0) {
      const said = lastLines(result.stderr || result.stdout, 2);
      if (apiUnreachable(said)) throw inputError('kubeconfig', `the Kubernetes API server cannot be reached (${said})`);
      // The API server answers a failed \`test\` operation with a bare 422 ("The request is invalid"), as it does a
      // malformed patch: read the Service again to tell a lost compare-and-swap from anything else.
      const now = await this.discover();
      if (now.revision !== expected.revision || /AlreadyExists|already exists|Conflict|has been modified/i.test(said)) {
        throw new SwitchConflictError(
          `Service ${this.#app} was changed by someone else between reading and switching (${said})`,
        );
      }
      throw new UserError(`kubectl could not switch Service ${this.#app}: ${said}`);
    }
    const endpoints = await this.#waitForEndpoints(this.#app, slot, 30_000);
    if (!endpoints.ok) {
      throw new UserError(
        `Service ${this.#app} selects slot '${slot.name}' but its endpoints did not become that slot's ready pods within 30 s: ${endpoints.detail}`,
      );
    }
    return { method: 'selector patch', evidence: `endpoints of ${this.#app}: ${endpoints.detail}` };
  }

  async ready(slot: Slot, deadlineMs: number): Promise<{ ok: boolean; detail: string }> {
    await this.#pointPreview(slot);
    const started = performance.now();
    for (;;) {
      const ready = await this.#readyEndpoints(`${this.#app}-preview`);
      if (ready.length >= this.#minReady)
        return { ok: true, detail: `${ready.length} ready endpoints (at least ${this.#minReady} needed)` };
      if (performance.now() - started >= deadlineMs) {
        return {
          ok: false,
          detail: `${ready.length} ready, non-terminating endpoints for slot '${slot.name}', at least ${this.#minReady} needed (kubernetes-min-ready)`,
        };
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  /** Direct checks of a slot go through the preview Service, pointed at that slot first. */
  async probeAddress(slot: Slot): Promise<SlotAddress | undefined> {
    if (!this.#preview) return undefined;
    await this.#pointPreview(slot);
    await this.#waitForEndpoints(`${this.#app}-preview`, slot, 15_000);
    return this.#preview;
  }

  async drain(slot: Slot, deadlineMs: number): Promise<string> {
    // kube-proxy follows the selector on its own time; there is no count to read, so wait the whole drain.
    await new Promise((resolve) => setTimeout(resolve, deadlineMs));
    return `waited ${Math.round(deadlineMs / 1000)} s for every node to follow Service ${this.#app} away from '${slot.name}'`;
  }

  /**
   * The deploy lock lives in the cluster (ConfigMap `<app>-deploy-lock`), not on the runner: every runner that
   * deploys this app sees it. Creation is atomic; an expired lock is replaced with its resourceVersion (a
   * compare-and-swap), so two runs taking it over cannot both win.
   */
  createLock(owner: LockOwner): DeployLock {
    const name = `${this.#app}-deploy-lock`;
    const description = `configmap/${name} in the cluster`;
    const read = async () => {
      const result = await this.#run(`k get configmap/${name} --ignore-not-found -o json`);
      return result.stdout.trim()
        ? (parseJson(result.stdout, 'kubectl get configmap') as {
            metadata: { resourceVersion: string };
            data?: Record<string, string>;
          })
        : undefined;
    };
    const manifest = (ttlSeconds: number, resourceVersion?: string) =>
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name, ...(resourceVersion ? { resourceVersion } : {}) },
        data: {
          owner: owner.owner,
          token: owner.token,
          since: new Date().toISOString(),
          expiresAt: String(Math.floor(Date.now() / 1000) + ttlSeconds),
        },
      });
    return {
      description,
      acquire: (options) =>
        waitForLock(description, options, async () => {
          const created = await this.#run(
            `k create -f - <<'BG_MANIFEST'\n${manifest(options.ttlSeconds)}\nBG_MANIFEST`,
            { allowFailure: true },
          );
          if (created.exitCode === 0) return { held: { path: description, tookOverFrom: undefined } };
          if (apiUnreachable(created.stderr)) {
            throw inputError(
              'kubeconfig',
              `the Kubernetes API server cannot be reached (${lastLines(created.stderr, 2)})`,
            );
          }
          if (!/AlreadyExists|already exists/.test(created.stderr))
            throw new UserError(`Cannot take the deploy lock ${description}: ${lastLines(created.stderr, 2)}`);
          const current = await read();
          if (!current) return { holder: 'a run that just released it', expiresInSeconds: 0 };
          const data = current.data ?? {};
          const left = Number(data['expiresAt'] ?? 0) - Math.floor(Date.now() / 1000);
          if (data['token'] !== owner.token && left > 0) {
            return {
              holder: `${data['owner'] ?? 'an unknown run'}${data['since'] ? `, since ${data['since']}` : ''}`,
              expiresInSeconds: left,
            };
          }
          const replaced = await this.#run(
            `k replace -f - <<'BG_MANIFEST'\n${manifest(options.ttlSeconds, current.metadata.resourceVersion)}\nBG_MANIFEST`,
            { allowFailure: true },
          );
          if (replaced.exitCode !== 0)
            return { holder: 'another run taking over the expired lock', expiresInSeconds: 0 };
          const tookOver =
            data['token'] === owner.token
              ? undefined
              : `${data['owner'] ?? 'an unknown run'}${data['since'] ? `, since ${data['since']}` : ''}`;
          return { held: { path: description, tookOverFrom: tookOver } };
        }),
      release: async () => {
        const current = await read();
        if (current?.data?.['token'] !== owner.token) return false;
        const deleted = await this.#run(`k delete configmap/${name} --wait=false`, { allowFailure: true });
        return deleted.exitCode === 0;
      },
    };
  }

  async stop(slot: Slot): Promise<void> {
    await this.#run(`k scale deployment/${this.#app}-${slot.name} --replicas=0`);
  }

  #slotDeployment(slot: Slot, version: string): Json {
    const { deployment, labels, container, image, app } = this.#manifests;
    const copy = structuredClone(deployment) as {
      metadata: Json & { labels?: Record<string, string>; annotations?: Record<string, string> };
      spec: Json & {
        selector: { matchLabels: Record<string, string> };
        template: {
          metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> };
          spec: { containers: { name: string; image: string }[] };
        };
      };
    };
    copy.metadata = {
      ...copy.metadata,
      name: `${app}-${slot.name}`,
      labels: { ...copy.metadata.labels, ...labels, [SLOT_LABEL]: slot.name },
      annotations: { ...copy.metadata.annotations, [VERSION_ANNOTATION]: version },
    };
    delete copy.metadata['resourceVersion'];
    copy.spec.selector = { matchLabels: { ...labels, [SLOT_LABEL]: slot.name } };
    const template = copy.spec.template;
    template.metadata = {
      ...template.metadata,
      labels: { ...template.metadata?.labels, ...labels, [SLOT_LABEL]: slot.name },
      annotations: { ...template.metadata?.annotations, [VERSION_ANNOTATION]: version },
    };
    const target = template.spec.containers.find((candidate) => candidate.name === container)!;
    target.image = `${image}:${version}`;
    return copy;
  }

  #serviceSpec(name: string, slot: Slot): Json {
    const { service, labels } = this.#manifests;
    const ports = (service?.['spec'] as { ports?: unknown } | undefined)?.ports ?? [{ port: 80, targetPort: 8080 }];
    return {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name, labels: { ...labels } },
      spec: { selector: { ...labels, [SLOT_LABEL]: slot.name }, ports },
    };
  }

  #liveService(slot: Slot): Json {
    const base = this.#manifests.service
      ? structuredClone(this.#manifests.service)
      : this.#serviceSpec(this.#app, slot);
    const spec = (base['spec'] ?? {}) as Json;
    base['metadata'] = { ...(base['metadata'] as Json), name: this.#app };
    base['spec'] = { ...spec, selector: { ...this.#manifests.labels, [SLOT_LABEL]: slot.name } };
    return base;
  }

  async #pointPreview(slot: Slot): Promise<void> {
    await this.#run(
      `k apply -f - <<'BG_MANIFEST'\n${JSON.stringify(this.#serviceSpec(`${this.#app}-preview`, slot))}\nBG_MANIFEST`,
    );
  }

  /** Ready addresses of a Service's Endpoints (Endpoints leave out unready and terminating pods). */
  async #readyEndpoints(service: string): Promise<string[]> {
    const result = await this.#run(`k get endpoints/${service} --ignore-not-found -o json`);
    if (!result.stdout.trim()) return [];
    const endpoints = parseJson(result.stdout, 'kubectl get endpoints') as {
      subsets?: { addresses?: { ip: string }[] }[];
    };
    return (endpoints.subsets ?? []).flatMap((subset) => (subset.addresses ?? []).map((address) => address.ip)).sort();
  }

  /** Waits until `service`'s ready endpoints are exactly the slot's ready, non-terminating pods. */
  async #waitForEndpoints(service: string, slot: Slot, deadlineMs: number): Promise<{ ok: boolean; detail: string }> {
    const started = performance.now();
    const selector = Object.entries({ ...this.#manifests.labels, [SLOT_LABEL]: slot.name })
      .map(([key, value]) => `${key}=${value}`)
      .join(',');
    for (;;) {
      const [endpoints, pods] = await Promise.all([
        this.#readyEndpoints(service),
        this.#run(`k get pods -l ${shellQuote(selector)} -o json`),
      ]);
      const list = parseJson(pods.stdout, 'kubectl get pods') as {
        items?: {
          metadata: { deletionTimestamp?: string };
          status?: { podIP?: string; conditions?: { type: string; status: string }[] };
        }[];
      };
      const ready = (list.items ?? [])
        .filter(
          (pod) =>
            !pod.metadata.deletionTimestamp &&
            pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'),
        )
        .map((pod) => pod.status?.podIP ?? '')
        .sort();
      const detail = `${endpoints.join(', ') || 'none'} (slot '${slot.name}' pods: ${ready.join(', ') || 'none ready'})`;
      if (ready.length > 0 && JSON.stringify(ready) === JSON.stringify(endpoints)) return { ok: true, detail };
      if (performance.now() - started >= deadlineMs) return { ok: false, detail };
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async #run(script: string, options: { allowFailure?: boolean; timeoutMs?: number; echo?: boolean } = {}) {
    const result = await this.#context.transport.run(`k() { ${this.#kubectl} "$@"; }\n${script}`, {
      timeoutMs: options.timeoutMs ?? 60_000,
      echo: options.echo ?? false,
    });
    if (result.exitCode !== 0 && !options.allowFailure) {
      const said = lastLines(result.stderr || result.stdout, 3);
      if (apiUnreachable(said)) {
        throw inputError('kubeconfig', `the Kubernetes API server cannot be reached (${said})`);
      }
      throw new UserError(
        `kubectl failed on ${this.#context.transport.description}: ${said || `exit ${result.exitCode}`}`,
      );
    }
    return result;
  }
}

function apiUnreachable(said: string): boolean {
  return /connection refused|no such host|Unable to connect|i\/o timeout|dial tcp/i.test(said);
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new UserError(`${what} did not print JSON: ${text.slice(0, 200)}`);
  }
}

/** Reads and checks the user's manifests before anything is touched. */
function readManifests(options: Record<string, string>): Manifests {
  const file = options['kubernetes-manifests'] ?? '';
  if (!file)
    throw inputError(
      'kubernetes-manifests',
      "is required for the kubernetes target: a YAML file (in the workspace) with the app's Deployment, and optionally its Service",
    );
  const root = workspaceDir();
  const absolute = path.resolve(root, file);
  if (!isInside(root, absolute)) throw inputError('kubernetes-manifests', `'${file}' points outside the workspace`);
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    throw fileError(file, `cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const documents = parseAllDocuments(text);
  const objects: Json[] = [];
  for (const document of documents) {
    if (document.errors.length > 0) {
      const error = document.errors[0]!;
      throw fileError(file, error.message.split('\n')[0]!, error.linePos?.[0]?.line, error.linePos?.[0]?.col);
    }
    const value = document.toJS() as unknown;
    if (value && typeof value === 'object' && !Array.isArray(value)) objects.push(value as Json);
  }
  const deployments = objects.filter((object) => object['kind'] === 'Deployment');
  if (deployments.length !== 1)
    throw fileError(file, `expected exactly one Deployment (the template of both slots), found ${deployments.length}`);
  const deployment = deployments[0]!;
  const spec = deployment['spec'] as
    | {
        replicas?: number;
        selector?: { matchLabels?: Record<string, string> };
        template?: { spec?: { containers?: { name?: string; image?: string }[] } };
      }
    | undefined;
  const containers = spec?.template?.spec?.containers ?? [];
  const wanted = options['kubernetes-container'] || undefined;
  const container = wanted ? containers.find((candidate) => candidate.name === wanted) : containers[0];
  if (!container?.name) {
    throw fileError(
      file,
      wanted
        ? `the Deployment has no container named '${wanted}' (kubernetes-container); it has ${containers.map((c) => c.name).join(', ') || 'none'}`
        : 'the Deployment has no container to set the image on (spec.template.spec.containers is empty)',
    );
  }
  const image =
    options['kubernetes-image'] || (container.image ?? '').replace(/@sha256:[0-9a-f]+$/, '').replace(/:[^:/]+$/, '');
  if (!image)
    throw inputError(
      'kubernetes-image',
      `is required: the container '${container.name}' has no image to take the repository from`,
    );
  const labels = spec?.selector?.matchLabels ?? {};
  if (Object.keys(labels).length === 0)
    throw fileError(
      file,
      'the Deployment needs spec.selector.matchLabels (such as app: web); the slot label is added to them',
    );
  if (labels[SLOT_LABEL] !== undefined)
    throw fileError(
      file,
      `the Deployment's selector must not use the label '${SLOT_LABEL}': the action sets it per slot`,
    );
  const name = (deployment['metadata'] as { name?: string } | undefined)?.name;
  const app = options['kubernetes-app'] || name || '';
  if (!/^[a-z0-9]([-a-z0-9]{0,40}[a-z0-9])?$/.test(app))
    throw inputError(
      'kubernetes-app',
      `expected a DNS label for the app (Deployments <app>-blue, <app>-green, Service <app>), got '${app}'`,
    );
  const service = objects.find((object) => object['kind'] === 'Service');
  return { deployment, service, app, labels, container: container.name, image, replicas: spec?.replicas ?? 1 };
}

export const kubernetesTarget: TargetDefinition = {
  kind: 'kubernetes',
  inputs: [
    'kubeconfig',
    'kubernetes-context',
    'kubernetes-namespace',
    'kubernetes-manifests',
    'kubernetes-app',
    'kubernetes-container',
    'kubernetes-image',
    'kubernetes-min-ready',
    'kubernetes-preview-url',
  ],
  addressRequired: false,
  create: (context) => new KubernetesTarget(context),
};
