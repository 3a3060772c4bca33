export const id = 193;
export const ids = [193];
export const modules = {

/***/ 8600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qe: () => (/* binding */ runDeployCommand),
/* harmony export */   TI: () => (/* binding */ runStopCommand),
/* harmony export */   w$: () => (/* binding */ lastLines),
/* harmony export */   w0: () => (/* binding */ runUserCommand)
/* harmony export */ });
/* unused harmony export commandVariables */
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6774);
/**
 * The user's own shell commands (deploy, stop, and the command target's switch and status), run through the
 * transport with the slot's details in the environment. Their output streams to the log as a `run:` step's would.
 */

/** The variables every user command sees. */
function commandVariables(env) {
    return {
        SLOT: env.slot.name,
        SLOT_ADDRESS: env.slot.address?.text ?? '',
        SLOT_HOST: env.slot.address?.kind === 'tcp' ? env.slot.address.host : '',
        SLOT_PORT: env.slot.address?.kind === 'tcp' ? String(env.slot.address.port) : '',
        SLOT_SOCKET: env.slot.address?.kind === 'unix' ? env.slot.address.path : '',
        VERSION: env.version ?? '',
        ACTIVE_SLOT: env.activeSlot ?? '',
        ACTIVE_VERSION: env.activeVersion ?? '',
    };
}
/** Runs one user command; throws a UserError with the exit code and the last lines of its output on failure. */
async function runUserCommand(transport, name, command, env, options) {
    const result = await transport.run(command, {
        env: { ...commandVariables(env), ...options.extraEnv },
        timeoutMs: options.timeoutMs,
        echo: options.echo ?? true,
    });
    if (result.timedOut) {
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`The ${name} command for slot '${env.slot.name}' did not finish within ${Math.round(options.timeoutMs / 1000)} s and was stopped`);
    }
    if (result.exitCode !== 0) {
        const tail = lastLines(result.stderr || result.stdout, 5);
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`The ${name} command for slot '${env.slot.name}' failed with exit code ${result.exitCode}${tail ? `: ${tail}` : ''}`);
    }
    return result;
}
function lastLines(text, count) {
    return text.trim().split('\n').slice(-count).join(' | ').slice(0, 500);
}
/** The user's deploy command for `version` into `slot`, with what is live now in its environment. */
async function runDeployCommand(context, slot, version, live) {
    const activeVersion = live.active ? live.versions[live.active] : undefined;
    await runUserCommand(context.transport, 'deploy', context.commands.deploy, { slot, version, activeSlot: live.active, activeVersion }, { timeoutMs: context.deployTimeoutMs });
}
/** The user's stop command for `slot`, when there is one. */
async function runStopCommand(context, slot) {
    if (!context.commands.stop)
        return;
    const env = { slot, version: undefined, activeSlot: undefined, activeVersion: undefined };
    await runUserCommand(context.transport, 'stop', context.commands.stop, env, { timeoutMs: context.deployTimeoutMs });
}


/***/ }),

/***/ 4193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  KubernetesTarget: () => (/* binding */ KubernetesTarget),
  kubernetesTarget: () => (/* binding */ kubernetesTarget)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js
var dist = __webpack_require__(8009);
// EXTERNAL MODULE: ./packages/shared/src/action/errors.ts
var errors = __webpack_require__(6774);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./packages/shared/src/action/files.ts
/**
 * Files the user names (config and policy files, baselines, reports), opened one safe way: the path is resolved
 * with its symbolic links and must stay inside the workspace, it must be a regular file (not a FIFO, a device or
 * a directory) and not a kernel pseudo-file (/proc, /sys, /dev), and it is read up to a size limit. Messages
 * about a file never quote its content beyond a short excerpt: a file that is not what was expected may be
 * anything (an .env file, a key).
 */




/** Kernel pseudo-filesystems: their "regular" files report size 0 and hold the process's environment and memory. */
const PSEUDO_ROOTS = (/* unused pure expression or super */ null && (['/proc', '/sys', '/dev']));
/** The default most bytes read from a config-like file. */
const USER_FILE_MAX_BYTES = (/* unused pure expression or super */ null && (16 * 1024 * 1024));
/** The directory the runner checked the repository out into (or the cwd outside the runner). */
function workspaceDir() {
    return external_node_path_default().resolve(process.env['GITHUB_WORKSPACE'] || process.cwd());
}
/** True when `candidate` is `root` or inside it. */
function isInside(root, candidate) {
    const relative = external_node_path_default().relative(root, candidate);
    return relative === '' || (!relative.startsWith('..') && !external_node_path_default().isAbsolute(relative));
}
function describeKind(stats) {
    if (stats.isDirectory())
        return 'a directory';
    if (stats.isFIFO())
        return 'a named pipe';
    if (stats.isSocket())
        return 'a socket';
    if (stats.isCharacterDevice() || stats.isBlockDevice())
        return 'a device';
    return 'not a regular file';
}
function isPseudo(file) {
    return PSEUDO_ROOTS.some((root) => file === root || file.startsWith(`${root}/`));
}
async function resolveUserFile(input, given, options = {}) {
    const root = options.root ?? workspaceDir();
    const absolute = path.resolve(root, given);
    if (isPseudo(absolute))
        throw inputError(input, `'${given}' is a kernel pseudo-file, not a file of the workspace`);
    if (!isInside(root, absolute))
        throw inputError(input, `'${given}' points outside the workspace (${root})`);
    let real;
    try {
        real = await realpath(absolute);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' && options.optional)
            return undefined;
        throw fileError(given, code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(error)})`);
    }
    const realRoot = await realpath(root).catch(() => root);
    if (isPseudo(real))
        throw inputError(input, `'${given}' leads to a kernel pseudo-file (${real})`);
    if (!isInside(realRoot, real)) {
        throw inputError(input, `'${given}' is a symbolic link to ${real}, outside the workspace (${root}); only files of the workspace are read`);
    }
    const stats = await stat(real);
    if (!stats.isFile())
        throw inputError(input, `'${given}' is ${describeKind(stats)}, not a regular file`);
    return { given, path: real, size: stats.size };
}
async function readUserFile(input, given, options = {}) {
    const file = await resolveUserFile(input, given, options);
    if (!file)
        return undefined;
    return { file, text: await readChecked(file, options.maxBytes ?? USER_FILE_MAX_BYTES) };
}
async function readChecked(file, maxBytes) {
    let handle;
    try {
        handle = await open(file.path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
    }
    catch (error) {
        throw fileError(file.given, `cannot be read (${error.code ?? String(error)})`);
    }
    try {
        const stats = await handle.stat();
        if (!stats.isFile())
            throw fileError(file.given, `is ${describeKind(stats)}, not a regular file`);
        if (stats.size > maxBytes) {
            throw fileError(file.given, `is ${stats.size} bytes, more than the ${maxBytes} this file may have`);
        }
        const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1);
        let length = 0;
        while (length < buffer.length) {
            const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
            if (bytesRead === 0)
                break;
            length += bytesRead;
        }
        if (length > maxBytes)
            throw fileError(file.given, `grew past ${maxBytes} bytes while it was read`);
        return buffer.subarray(0, length).toString('utf8');
    }
    finally {
        await handle.close();
    }
}
/**
 * Checks files a glob matched (reports): each must resolve inside the workspace and be a regular file. Throws
 * a UserError naming `input` and the first file refused; the paths stay as matched (for messages and mapping).
 */
async function checkMatchedFiles(input, files, root = workspaceDir()) {
    for (const file of files)
        await resolveUserFile(input, path.relative(root, file) || file, { root });
}
/**
 * JSON.parse for a user's file, with an error that says where (line and column) but, unlike V8's own message,
 * quotes nothing of the text: `what` says what the file should have been.
 */
function parseJsonFile(text, file, what) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        const position = /at position (\d+)/.exec(error.message);
        if (!position)
            throw fileError(file, `${what} (invalid JSON)`);
        const offset = Number(position[1]);
        const before = text.slice(0, offset);
        const line = before.split('\n').length;
        const column = offset - before.lastIndexOf('\n');
        throw fileError(file, `${what} (invalid JSON)`, line, column);
    }
}

// EXTERNAL MODULE: ./packages/shared/src/traffic/commands.ts
var commands = __webpack_require__(8600);
// EXTERNAL MODULE: ./packages/shared/src/traffic/lock.ts
var lock = __webpack_require__(4389);
// EXTERNAL MODULE: ./packages/shared/src/traffic/slots.ts
var slots = __webpack_require__(6301);
// EXTERNAL MODULE: ./packages/shared/src/traffic/target.ts
var target = __webpack_require__(503);
// EXTERNAL MODULE: ./packages/shared/src/traffic/transport.ts
var transport = __webpack_require__(4481);
;// CONCATENATED MODULE: ./packages/shared/src/traffic/kubernetes.ts
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










const VERSION_ANNOTATION = 'pipeline-actions/version';
const SLOT_LABEL = 'slot';
class KubernetesTarget {
    kind = 'kubernetes';
    slots;
    lockPath;
    canStop = true;
    // A Service spreads over ready endpoints; a replica ratio would only approximate a weight, so no steps here.
    weighted = false;
    #context;
    #manifests;
    #kubectl;
    #minReady;
    #preview;
    constructor(context) {
        this.#context = context;
        this.slots = context.slots;
        const options = context.options;
        this.#manifests = readManifests(options);
        const args = ['kubectl'];
        if (options['kubeconfig'])
            args.push('--kubeconfig', options['kubeconfig']);
        if (options['kubernetes-context'])
            args.push('--context', options['kubernetes-context']);
        const namespace = options['kubernetes-namespace'] ?? '';
        if (namespace && !/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(namespace))
            throw (0,errors/* inputError */.Xu)('kubernetes-namespace', `expected a namespace name, got '${namespace}'`);
        if (namespace)
            args.push('--namespace', namespace);
        args.push('--request-timeout=20s');
        this.#kubectl = args.map(transport/* shellQuote */.ZL).join(' ');
        const minReady = options['kubernetes-min-ready'] ?? '';
        this.#minReady = minReady === '' ? Math.max(1, this.#manifests.replicas) : Number(minReady);
        if (!Number.isInteger(this.#minReady) || this.#minReady < 1)
            throw (0,errors/* inputError */.Xu)('kubernetes-min-ready', `expected a whole number of at least 1, got '${minReady}'`);
        const previewUrl = options['kubernetes-preview-url'] || undefined;
        if (previewUrl) {
            let url;
            try {
                url = new URL(previewUrl);
            }
            catch {
                url = undefined;
            }
            if (!url || url.protocol !== 'http:')
                throw (0,errors/* inputError */.Xu)('kubernetes-preview-url', `expected an http URL where the preview Service is reachable, got '${previewUrl}'`);
            this.#preview = (0,slots/* parseSlotAddress */.uA)(`${url.hostname}:${url.port || '80'}`);
        }
        this.lockPath = `/tmp/pipeline-actions-blue-green-${namespace || 'default'}-${this.#manifests.app}.lock`;
    }
    get #app() {
        return this.#manifests.app;
    }
    async discover() {
        const result = await this.#run(`k get service/${this.#app} deployment/${this.#app}-${this.slots[0].name} deployment/${this.#app}-${this.slots[1].name} --ignore-not-found -o json`);
        // With --ignore-not-found and nothing found, kubectl prints nothing at all.
        const list = (result.stdout.trim() ? parseJson(result.stdout, 'kubectl get') : {});
        const items = list.kind === 'List' || list.items ? (list.items ?? []) : result.stdout.trim() ? [list] : [];
        const service = items.find((item) => item['kind'] === 'Service');
        const selector = service?.['spec']?.selector ?? {};
        const active = service ? selector[SLOT_LABEL] : undefined;
        if (active !== undefined && !this.slots.some((slot) => slot.name === active)) {
            throw new errors/* UserError */.yo(`Service ${this.#app} selects slot '${active}', which is not one of ${this.slots.map((slot) => slot.name).join(', ')}`);
        }
        const versions = {};
        for (const item of items) {
            if (item['kind'] !== 'Deployment')
                continue;
            const meta = item['metadata'];
            const slot = this.slots.find((candidate) => meta.name === `${this.#app}-${candidate.name}`);
            if (slot)
                versions[slot.name] = meta.annotations?.[VERSION_ANNOTATION];
        }
        const resourceVersion = service?.['metadata']?.resourceVersion ?? '';
        return { active, versions, revision: `${resourceVersion}|${active ?? ''}|${JSON.stringify(versions)}`, notes: [] };
    }
    async deploy(slot, version) {
        const deployment = this.#slotDeployment(slot, version);
        const seconds = Math.max(1, Math.round(this.#context.deployTimeoutMs / 1000));
        const script = `k apply -f - <<'BG_MANIFEST' && k rollout status deployment/${this.#app}-${slot.name} --timeout=${seconds}s\n${JSON.stringify(deployment)}\nBG_MANIFEST`;
        const result = await this.#run(script, {
            allowFailure: true,
            timeoutMs: this.#context.deployTimeoutMs + 30_000,
            echo: true,
        });
        if (result.exitCode !== 0) {
            throw new errors/* UserError */.yo(`Deployment ${this.#app}-${slot.name} with ${this.#manifests.image}:${version} did not become ready (kubectl rollout status): ${(0,commands/* lastLines */.w$)(result.stderr || result.stdout, 3)}`);
        }
    }
    async switchTo(slot, expected) {
        const current = await this.discover();
        if (current.revision !== expected.revision)
            throw new target/* SwitchConflictError */.B(`Service ${this.#app} changed since it was read`);
        const resourceVersion = expected.revision.split('|')[0];
        let result;
        if (!resourceVersion) {
            // No live Service yet: create it (creation fails if someone made one meanwhile).
            result = await this.#run(`k create -f - <<'BG_MANIFEST'\n${JSON.stringify(this.#liveService(slot))}\nBG_MANIFEST`, { allowFailure: true });
        }
        else {
            const patch = [
                { op: 'test', path: '/metadata/resourceVersion', value: resourceVersion },
                expected.active === undefined
                    ? { op: 'add', path: `/spec/selector/${SLOT_LABEL}`, value: slot.name }
                    : { op: 'test', path: `/spec/selector/${SLOT_LABEL}`, value: expected.active },
                { op: 'replace', path: `/spec/selector/${SLOT_LABEL}`, value: slot.name },
            ];
            result = await this.#run(`k patch service/${this.#app} --type=json -p ${(0,transport/* shellQuote */.ZL)(JSON.stringify(patch))}`, {
                allowFailure: true,
            });
        }
        if (result.exitCode !== 0) {
            const said = (0,commands/* lastLines */.w$)(result.stderr || result.stdout, 2);
            if (apiUnreachable(said))
                throw (0,errors/* inputError */.Xu)('kubeconfig', `the Kubernetes API server cannot be reached (${said})`);
            // The API server answers a failed \`test\` operation with a bare 422 ("The request is invalid"), as it does a
            // malformed patch: read the Service again to tell a lost compare-and-swap from anything else.
            const now = await this.discover();
            if (now.revision !== expected.revision || /AlreadyExists|already exists|Conflict|has been modified/i.test(said)) {
                throw new target/* SwitchConflictError */.B(`Service ${this.#app} was changed by someone else between reading and switching (${said})`);
            }
            throw new errors/* UserError */.yo(`kubectl could not switch Service ${this.#app}: ${said}`);
        }
        const endpoints = await this.#waitForEndpoints(this.#app, slot, 30_000);
        if (!endpoints.ok) {
            throw new errors/* UserError */.yo(`Service ${this.#app} selects slot '${slot.name}' but its endpoints did not become that slot's ready pods within 30 s: ${endpoints.detail}`);
        }
        return { method: 'selector patch', evidence: `endpoints of ${this.#app}: ${endpoints.detail}` };
    }
    async ready(slot, deadlineMs) {
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
    async probeAddress(slot) {
        if (!this.#preview)
            return undefined;
        await this.#pointPreview(slot);
        await this.#waitForEndpoints(`${this.#app}-preview`, slot, 15_000);
        return this.#preview;
    }
    async drain(slot, deadlineMs) {
        // kube-proxy follows the selector on its own time; there is no count to read, so wait the whole drain.
        await new Promise((resolve) => setTimeout(resolve, deadlineMs));
        return `waited ${Math.round(deadlineMs / 1000)} s for every node to follow Service ${this.#app} away from '${slot.name}'`;
    }
    /**
     * The deploy lock lives in the cluster (ConfigMap `<app>-deploy-lock`), not on the runner: every runner that
     * deploys this app sees it. Creation is atomic; an expired lock is replaced with its resourceVersion (a
     * compare-and-swap), so two runs taking it over cannot both win.
     */
    createLock(owner) {
        const name = `${this.#app}-deploy-lock`;
        const description = `configmap/${name} in the cluster`;
        const read = async () => {
            const result = await this.#run(`k get configmap/${name} --ignore-not-found -o json`);
            return result.stdout.trim()
                ? parseJson(result.stdout, 'kubectl get configmap')
                : undefined;
        };
        const manifest = (ttlSeconds, resourceVersion) => JSON.stringify({
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
            acquire: (options) => (0,lock/* waitForLock */.gJ)(description, options, async () => {
                const created = await this.#run(`k create -f - <<'BG_MANIFEST'\n${manifest(options.ttlSeconds)}\nBG_MANIFEST`, { allowFailure: true });
                if (created.exitCode === 0)
                    return { held: { path: description, tookOverFrom: undefined } };
                if (apiUnreachable(created.stderr)) {
                    throw (0,errors/* inputError */.Xu)('kubeconfig', `the Kubernetes API server cannot be reached (${(0,commands/* lastLines */.w$)(created.stderr, 2)})`);
                }
                if (!/AlreadyExists|already exists/.test(created.stderr))
                    throw new errors/* UserError */.yo(`Cannot take the deploy lock ${description}: ${(0,commands/* lastLines */.w$)(created.stderr, 2)}`);
                const current = await read();
                if (!current)
                    return { holder: 'a run that just released it', expiresInSeconds: 0 };
                const data = current.data ?? {};
                const left = Number(data['expiresAt'] ?? 0) - Math.floor(Date.now() / 1000);
                if (data['token'] !== owner.token && left > 0) {
                    return {
                        holder: `${data['owner'] ?? 'an unknown run'}${data['since'] ? `, since ${data['since']}` : ''}`,
                        expiresInSeconds: left,
                    };
                }
                const replaced = await this.#run(`k replace -f - <<'BG_MANIFEST'\n${manifest(options.ttlSeconds, current.metadata.resourceVersion)}\nBG_MANIFEST`, { allowFailure: true });
                if (replaced.exitCode !== 0)
                    return { holder: 'another run taking over the expired lock', expiresInSeconds: 0 };
                const tookOver = data['token'] === owner.token
                    ? undefined
                    : `${data['owner'] ?? 'an unknown run'}${data['since'] ? `, since ${data['since']}` : ''}`;
                return { held: { path: description, tookOverFrom: tookOver } };
            }),
            release: async () => {
                const current = await read();
                if (current?.data?.['token'] !== owner.token)
                    return false;
                const deleted = await this.#run(`k delete configmap/${name} --wait=false`, { allowFailure: true });
                return deleted.exitCode === 0;
            },
        };
    }
    async stop(slot) {
        await this.#run(`k scale deployment/${this.#app}-${slot.name} --replicas=0`);
    }
    #slotDeployment(slot, version) {
        const { deployment, labels, container, image, app } = this.#manifests;
        const copy = structuredClone(deployment);
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
        const target = template.spec.containers.find((candidate) => candidate.name === container);
        target.image = `${image}:${version}`;
        return copy;
    }
    #serviceSpec(name, slot) {
        const { service, labels } = this.#manifests;
        const ports = service?.['spec']?.ports ?? [{ port: 80, targetPort: 8080 }];
        return {
            apiVersion: 'v1',
            kind: 'Service',
            metadata: { name, labels: { ...labels } },
            spec: { selector: { ...labels, [SLOT_LABEL]: slot.name }, ports },
        };
    }
    #liveService(slot) {
        const base = this.#manifests.service
            ? structuredClone(this.#manifests.service)
            : this.#serviceSpec(this.#app, slot);
        const spec = (base['spec'] ?? {});
        base['metadata'] = { ...base['metadata'], name: this.#app };
        base['spec'] = { ...spec, selector: { ...this.#manifests.labels, [SLOT_LABEL]: slot.name } };
        return base;
    }
    async #pointPreview(slot) {
        await this.#run(`k apply -f - <<'BG_MANIFEST'\n${JSON.stringify(this.#serviceSpec(`${this.#app}-preview`, slot))}\nBG_MANIFEST`);
    }
    /** Ready addresses of a Service's Endpoints (Endpoints leave out unready and terminating pods). */
    async #readyEndpoints(service) {
        const result = await this.#run(`k get endpoints/${service} --ignore-not-found -o json`);
        if (!result.stdout.trim())
            return [];
        const endpoints = parseJson(result.stdout, 'kubectl get endpoints');
        return (endpoints.subsets ?? []).flatMap((subset) => (subset.addresses ?? []).map((address) => address.ip)).sort();
    }
    /** Waits until `service`'s ready endpoints are exactly the slot's ready, non-terminating pods. */
    async #waitForEndpoints(service, slot, deadlineMs) {
        const started = performance.now();
        const selector = Object.entries({ ...this.#manifests.labels, [SLOT_LABEL]: slot.name })
            .map(([key, value]) => `${key}=${value}`)
            .join(',');
        for (;;) {
            const [endpoints, pods] = await Promise.all([
                this.#readyEndpoints(service),
                this.#run(`k get pods -l ${(0,transport/* shellQuote */.ZL)(selector)} -o json`),
            ]);
            const list = parseJson(pods.stdout, 'kubectl get pods');
            const ready = (list.items ?? [])
                .filter((pod) => !pod.metadata.deletionTimestamp &&
                pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'))
                .map((pod) => pod.status?.podIP ?? '')
                .sort();
            const detail = `${endpoints.join(', ') || 'none'} (slot '${slot.name}' pods: ${ready.join(', ') || 'none ready'})`;
            if (ready.length > 0 && JSON.stringify(ready) === JSON.stringify(endpoints))
                return { ok: true, detail };
            if (performance.now() - started >= deadlineMs)
                return { ok: false, detail };
            await new Promise((resolve) => setTimeout(resolve, 100));
        }
    }
    async #run(script, options = {}) {
        const result = await this.#context.transport.run(`k() { ${this.#kubectl} "$@"; }\n${script}`, {
            timeoutMs: options.timeoutMs ?? 60_000,
            echo: options.echo ?? false,
        });
        if (result.exitCode !== 0 && !options.allowFailure) {
            const said = (0,commands/* lastLines */.w$)(result.stderr || result.stdout, 3);
            if (apiUnreachable(said)) {
                throw (0,errors/* inputError */.Xu)('kubeconfig', `the Kubernetes API server cannot be reached (${said})`);
            }
            throw new errors/* UserError */.yo(`kubectl failed on ${this.#context.transport.description}: ${said || `exit ${result.exitCode}`}`);
        }
        return result;
    }
}
function apiUnreachable(said) {
    return /connection refused|no such host|Unable to connect|i\/o timeout|dial tcp/i.test(said);
}
function parseJson(text, what) {
    try {
        return JSON.parse(text);
    }
    catch {
        throw new errors/* UserError */.yo(`${what} did not print JSON: ${text.slice(0, 200)}`);
    }
}
/** Reads and checks the user's manifests before anything is touched. */
function readManifests(options) {
    const file = options['kubernetes-manifests'] ?? '';
    if (!file)
        throw (0,errors/* inputError */.Xu)('kubernetes-manifests', "is required for the kubernetes target: a YAML file (in the workspace) with the app's Deployment, and optionally its Service");
    const root = workspaceDir();
    const absolute = external_node_path_default().resolve(root, file);
    if (!isInside(root, absolute))
        throw (0,errors/* inputError */.Xu)('kubernetes-manifests', `'${file}' points outside the workspace`);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(absolute, 'utf8');
    }
    catch (error) {
        throw (0,errors/* fileError */.zS)(file, `cannot be read: ${error.code ?? error.message}`);
    }
    const documents = (0,dist/* parseAllDocuments */.hR)(text);
    const objects = [];
    for (const document of documents) {
        if (document.errors.length > 0) {
            const error = document.errors[0];
            throw (0,errors/* fileError */.zS)(file, error.message.split('\n')[0], error.linePos?.[0]?.line, error.linePos?.[0]?.col);
        }
        const value = document.toJS();
        if (value && typeof value === 'object' && !Array.isArray(value))
            objects.push(value);
    }
    const deployments = objects.filter((object) => object['kind'] === 'Deployment');
    if (deployments.length !== 1)
        throw (0,errors/* fileError */.zS)(file, `expected exactly one Deployment (the template of both slots), found ${deployments.length}`);
    const deployment = deployments[0];
    const spec = deployment['spec'];
    const containers = spec?.template?.spec?.containers ?? [];
    const wanted = options['kubernetes-container'] || undefined;
    const container = wanted ? containers.find((candidate) => candidate.name === wanted) : containers[0];
    if (!container?.name) {
        throw (0,errors/* fileError */.zS)(file, wanted
            ? `the Deployment has no container named '${wanted}' (kubernetes-container); it has ${containers.map((c) => c.name).join(', ') || 'none'}`
            : 'the Deployment has no container to set the image on (spec.template.spec.containers is empty)');
    }
    const image = options['kubernetes-image'] || (container.image ?? '').replace(/@sha256:[0-9a-f]+$/, '').replace(/:[^:/]+$/, '');
    if (!image)
        throw (0,errors/* inputError */.Xu)('kubernetes-image', `is required: the container '${container.name}' has no image to take the repository from`);
    const labels = spec?.selector?.matchLabels ?? {};
    if (Object.keys(labels).length === 0)
        throw (0,errors/* fileError */.zS)(file, 'the Deployment needs spec.selector.matchLabels (such as app: web); the slot label is added to them');
    if (labels[SLOT_LABEL] !== undefined)
        throw (0,errors/* fileError */.zS)(file, `the Deployment's selector must not use the label '${SLOT_LABEL}': the action sets it per slot`);
    const name = deployment['metadata']?.name;
    const app = options['kubernetes-app'] || name || '';
    if (!/^[a-z0-9]([-a-z0-9]{0,40}[a-z0-9])?$/.test(app))
        throw (0,errors/* inputError */.Xu)('kubernetes-app', `expected a DNS label for the app (Deployments <app>-blue, <app>-green, Service <app>), got '${app}'`);
    const service = objects.find((object) => object['kind'] === 'Service');
    return { deployment, service, app, labels, container: container.name, image, replicas: spec?.replicas ?? 1 };
}
const kubernetesTarget = {
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


/***/ })

};
