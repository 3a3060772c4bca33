export const id = 577;
export const ids = [577];
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

/***/ 3577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HaproxyTarget: () => (/* binding */ HaproxyTarget),
/* harmony export */   haproxyTarget: () => (/* binding */ haproxyTarget)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6774);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8600);
/* harmony import */ var _owned_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4556);
/* harmony import */ var _target_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(503);
/* harmony import */ var _target_defaults_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4994);
/**
 * The HAProxy target, through the runtime API on the stats socket (`stats socket … level admin`): no reload.
 *
 * The user's frontend picks the backend from a map the action owns:
 *   use_backend %[str(app),map(/etc/haproxy/blue-green/app.map,app_blue)]
 * with one backend per slot, `app_blue` and `app_green` (each with its server and `check`). A switch writes the map
 * file first (temp file + rename, so a later reload can never silently undo the switch), then `set map` at runtime,
 * then reads the map back from HAProxy. If a run dies between the two, the next run finds the file and HAProxy
 * disagree and puts the file back to what HAProxy serves (the verified slot).
 *
 * The guard also asks HAProxy itself: the idle slot's servers must be UP by its own health checks. Stopping the old
 * slot waits (bounded) until its backend has no session left.
 */






/** Talks to the runtime API; observe() prints the map file, the runtime value and a revision over both. */
const RUNTIME = String.raw `
hap() { printf '%s\n' "$1" | socat -t 10 stdio "UNIX-CONNECT:$SOCKET" 2>&1; }
observe() {
  if [ -e "$MAP" ]; then file=$(cat -- "$MAP"; echo x); file=${'$'}{file%x}; present=1; else file=; present=0; fi
  if ! runtime=$(hap "show map $MAP"); then echo "@@socket $runtime"; exit 10; fi
  case "$runtime" in *"Unknown map"*|*"Permission denied"*|*"Unknown command"*|*"No such file"*|*"Connection refused"*) echo "@@socket $runtime"; exit 10 ;; esac
  value=$(printf '%s\n' "$runtime" | awk -v k="$KEY" '$2 == k { print $3; exit }')
  rev=$(printf '%s\n@@\n%s\n' "$file" "$value" | sha256sum | cut -c1-16)
}
backend_rows() { hap "show stat" | awk -F, -v b="$1" '$1 == b { print $2 "," $5 "," $18 }'; }
`;
class HaproxyTarget {
    kind = 'haproxy';
    slots;
    lockPath;
    canStop;
    weighted = true;
    #context;
    #socket;
    #map;
    #key;
    #prefix;
    /** This run set the split backend live (gradual steps): a split seen now is ours, not a dead run's. */
    #splitting = false;
    constructor(context) {
        this.#context = context;
        this.slots = context.slots;
        const socket = context.options['haproxy-socket'] ?? '';
        const map = context.options['haproxy-map'] ?? '';
        for (const [input, value, example] of [
            ['haproxy-socket', socket, '/run/haproxy/admin.sock'],
            ['haproxy-map', map, '/etc/haproxy/blue-green/app.map'],
        ]) {
            if (!value)
                throw (0,_action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(input, `is required for the haproxy target: an absolute path on the HAProxy host, such as ${example}`);
            if (!node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.isAbsolute(value) || /[\s'"$`\\;]/.test(value))
                throw (0,_action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(input, `expected an absolute path without spaces, quotes or '$', got '${value}'`);
        }
        const key = context.options['haproxy-map-key'] || _target_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .HAPROXY_DEFAULTS */ .P['haproxy-map-key'];
        const prefix = context.options['haproxy-backend'] || _target_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .HAPROXY_DEFAULTS */ .P['haproxy-backend'];
        for (const [input, value] of [
            ['haproxy-map-key', key],
            ['haproxy-backend', prefix],
        ]) {
            if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$/.test(value))
                throw (0,_action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(input, `expected a name of letters, digits, '_', '.' or '-', got '${value}'`);
        }
        if (!context.commands.deploy)
            throw (0,_action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('deploy', 'is required: the shell command that starts VERSION in slot SLOT at SLOT_ADDRESS');
        this.#socket = socket;
        this.#map = map;
        this.#key = key;
        this.#prefix = prefix;
        this.lockPath = `${map}.lock`;
        this.canStop = Boolean(context.commands.stop);
    }
    #backend(slot) {
        return `${this.#prefix}_${slot}`;
    }
    async discover() {
        let observed = await this.#observe();
        let state = this.#parse(observed);
        const notes = [];
        const split = this.#splitBackend;
        if (observed.runtime === split) {
            const back = mapValue(observed.content, this.#key);
            if (this.#splitting && back) {
                return { active: this.#slotOf(back), versions: state.versions, revision: observed.revision, notes };
            }
            // A run died during gradual steps: the file (never changed by steps) says where all traffic belongs.
            notes.push(`An earlier run stopped during gradual steps; all traffic was sent back to '${back ?? 'nothing'}'.`);
            if (!back)
                throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`HAProxy sends ${this.#key} to the split backend ${split} and the map file names no slot to go back to; set the map by hand`);
            const answer = await this.#command(`set map ${this.#map} ${this.#key} ${back}`);
            if (answer.trim())
                throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`HAProxy refused to end the split: ${answer.trim()}`);
            observed = await this.#observe();
        }
        const onDisk = mapValue(observed.content, this.#key);
        if (observed.runtime && onDisk !== observed.runtime) {
            // A run stopped between writing the file and `set map`, or someone changed one of them: HAProxy serves the
            // runtime value, so the file follows it (a reload would otherwise move traffic).
            notes.push(`The map file said '${onDisk ?? 'nothing'}' while HAProxy serves '${observed.runtime}'; the file was set back to what HAProxy serves.`);
            await this.#write(observed.revision, this.#render(this.#slotOf(observed.runtime), { versions: state.versions }));
            observed = await this.#observe();
            state = this.#parse(observed);
        }
        return { active: this.#slotOf(observed.runtime), versions: state.versions, revision: observed.revision, notes };
    }
    async deploy(slot, version, live) {
        await (0,_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .runDeployCommand */ .Qe)(this.#context, slot, version, live);
        const observed = await this.#observe();
        const state = this.#parse(observed);
        await this.#write(observed.revision, this.#render(this.#slotOf(observed.runtime), { versions: { ...state.versions, [slot.name]: version } }));
    }
    async switchTo(slot, expected) {
        const observed = await this.#observe();
        if (observed.revision !== expected.revision) {
            throw new _target_js__WEBPACK_IMPORTED_MODULE_4__/* .SwitchConflictError */ .B(`the map ${this.#map} changed since it was read (another process is changing HAProxy)`);
        }
        const state = this.#parse(observed);
        const content = this.#render(slot.name, { versions: state.versions });
        const backend = this.#backend(slot.name);
        const script = [
            RUNTIME,
            'observe',
            '[ "$rev" = "$EXPECTED" ] || { echo "@@conflict"; exit 3; }',
            'had=$present; bak="$MAP.bg-bak"; old=$value',
            '[ "$had" = 1 ] && cp -p -- "$MAP" "$bak"',
            'restore() { if [ "$had" = 1 ]; then mv -f -- "$bak" "$MAP"; else rm -f -- "$MAP"; fi; }',
            'tmp="$MAP.bg-tmp.$$"',
            (0,_owned_file_js__WEBPACK_IMPORTED_MODULE_5__/* .heredoc */ .lt)('tmp', content),
            'mv -f -- "$tmp" "$MAP" || { restore; exit 9; }',
            'if [ -n "$old" ]; then out=$(hap "set map $MAP $KEY $BACKEND"); else out=$(hap "add map $MAP $KEY $BACKEND"); fi',
            'if [ -n "$(printf "%s" "$out" | tr -d "[:space:]")" ]; then restore; echo "@@set-failed"; printf "%s\\n" "$out"; exit 5; fi',
            'after=$(hap "show map $MAP" | awk -v k="$KEY" \'$2 == k { print $3; exit }\')',
            'if [ "$after" != "$BACKEND" ]; then',
            '  [ -n "$old" ] && hap "set map $MAP $KEY $old" >/dev/null',
            '  restore; echo "@@not-applied $after"; exit 6',
            'fi',
            'rm -f -- "$bak"',
            'echo "@@evidence show map: $KEY $after"',
        ].join('\n');
        const result = await this.#context.transport.run(script, {
            env: this.#env({ EXPECTED: expected.revision, BACKEND: backend }),
            timeoutMs: 60_000,
        });
        const detail = (0,_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .lastLines */ .w$)(result.stdout.replace(/^@@\S+.*$/gm, ''), 3) || (0,_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .lastLines */ .w$)(result.stderr, 3);
        switch (result.exitCode) {
            case 0:
                return { method: 'set map', evidence: /^@@evidence (.*)$/m.exec(result.stdout)?.[1] ?? '' };
            case 3:
                throw new _target_js__WEBPACK_IMPORTED_MODULE_4__/* .SwitchConflictError */ .B(`the map ${this.#map} changed since it was read (another process is changing HAProxy)`);
            case 5:
                throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`HAProxy refused the map change (the file was restored): ${detail}`);
            case 6:
                throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`HAProxy's map still says '${/@@not-applied (.*)/.exec(result.stdout)?.[1] ?? ''}' after the change; it was set back and the file restored`);
            case 10:
                throw this.#socketError(result.stdout);
            default:
                throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`The switch script failed on ${this.#context.transport.description} (exit ${result.exitCode}): ${detail}`);
        }
    }
    get #splitBackend() {
        return `${this.#prefix}_split`;
    }
    /**
     * Gradual steps: the backend `<prefix>_split` holds both slots' servers (named after the slots); their weights are
     * set at runtime and the map points at it. The map file keeps naming the live slot, so a reload during the steps
     * sends all traffic back to it (the safe side) instead of keeping an unverified split.
     */
    async setWeight(slot, percent, expected) {
        const from = expected.active;
        if (!from)
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('gradual steps need a live slot to shift from');
        const split = this.#splitBackend;
        const script = [
            RUNTIME,
            'observe',
            '[ "$rev" = "$EXPECTED" ] || [ "$value" = "$SPLIT" ] || { echo "@@conflict"; exit 3; }',
            'rows=$(backend_rows "$SPLIT")',
            'printf "%s\\n" "$rows" | grep -q "^$FROM," && printf "%s\\n" "$rows" | grep -q "^$TO," || { echo "@@no-split"; exit 4; }',
            'for cmd in "set server $SPLIT/$FROM weight $((100 - PERCENT))" "set server $SPLIT/$TO weight $PERCENT" "set map $MAP $KEY $SPLIT"; do',
            '  out=$(hap "$cmd"); [ -z "$(printf "%s" "$out" | tr -d "[:space:]")" ] || { hap "set map $MAP $KEY $value" >/dev/null; echo "@@refused $cmd: $out"; exit 5; }',
            'done',
            'now=$(hap "show map $MAP" | awk -v k="$KEY" \'$2 == k { print $3; exit }\')',
            'w=$(hap "get weight $SPLIT/$TO")',
            '[ "$now" = "$SPLIT" ] || { echo "@@not-applied $now"; exit 6; }',
            'echo "@@evidence show map: $KEY $now; $TO weight $w"',
        ].join('\n');
        this.#splitting = true;
        const result = await this.#context.transport.run(script, {
            env: this.#env({
                EXPECTED: expected.revision,
                SPLIT: split,
                FROM: from,
                TO: slot.name,
                PERCENT: String(percent),
            }),
            timeoutMs: 60_000,
        });
        switch (result.exitCode) {
            case 0:
                return {
                    method: 'weights on the split backend',
                    evidence: /^@@evidence (.*)$/m.exec(result.stdout)?.[1] ?? '',
                };
            case 3:
                throw new _target_js__WEBPACK_IMPORTED_MODULE_4__/* .SwitchConflictError */ .B(`the map ${this.#map} changed since it was read`);
            case 4:
                throw (0,_action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('traffic-steps', `HAProxy needs a backend '${split}' with one server per slot, named ${this.slots.map((s) => s.name).join(' and ')}, for gradual steps`);
            case 10:
                throw this.#socketError(result.stdout);
            default:
                throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`HAProxy did not take the split: ${(0,_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .lastLines */ .w$)(result.stdout.replace(/^@@\S+ ?/gm, ''), 2)}`);
        }
    }
    async #command(text) {
        const result = await this.#context.transport.run(`${RUNTIME}\nhap "$COMMAND"`, {
            env: this.#env({ COMMAND: text }),
            timeoutMs: 30_000,
        });
        return result.stdout;
    }
    async ready(slot, deadlineMs) {
        const script = [
            RUNTIME,
            'end=$(( $(date +%s%N) / 1000000 + DEADLINE_MS ))',
            'while :; do',
            '  rows=$(backend_rows "$BACKEND")',
            '  servers=$(printf "%s\\n" "$rows" | grep -v "^BACKEND," | grep -v "^$")',
            '  [ -n "$servers" ] || { echo "@@no-backend"; exit 4; }',
            '  if ! printf "%s\\n" "$servers" | grep -qvE ",(UP|no check)$"; then echo "@@ready $(echo $servers)"; exit 0; fi',
            '  [ "$(( $(date +%s%N) / 1000000 ))" -lt "$end" ] || { echo "@@not-ready $(echo $servers)"; exit 1; }',
            '  sleep 0.2',
            'done',
        ].join('\n');
        const result = await this.#context.transport.run(script, {
            env: this.#env({ BACKEND: this.#backend(slot.name), DEADLINE_MS: String(Math.round(deadlineMs)) }),
            timeoutMs: deadlineMs + 30_000,
        });
        const servers = (line) => line
            .split(' ')
            .map((row) => row.split(','))
            .map(([name, , status]) => `${name} ${status}`)
            .join(', ');
        if (result.exitCode === 0)
            return {
                ok: true,
                detail: `HAProxy's health checks: ${servers(/^@@ready (.*)$/m.exec(result.stdout)?.[1] ?? '')}`,
            };
        if (result.exitCode === 4)
            return {
                ok: false,
                detail: `HAProxy has no backend '${this.#backend(slot.name)}' (name the slot backends <haproxy-backend>_<slot>)`,
            };
        if (result.exitCode === 10)
            throw this.#socketError(result.stdout);
        return {
            ok: false,
            detail: `HAProxy's own health checks do not say UP within ${Math.round(deadlineMs / 1000)} s: ${servers(/^@@not-ready (.*)$/m.exec(result.stdout)?.[1] ?? '')}`,
        };
    }
    async drain(slot, deadlineMs) {
        const script = [
            RUNTIME,
            'end=$(( $(date +%s%N) / 1000000 + DEADLINE_MS ))',
            'while :; do',
            '  scur=$(backend_rows "$BACKEND" | awk -F, \'$1 == "BACKEND" { print $2 }\')',
            '  [ "${scur:-0}" = 0 ] && { echo "@@drained"; exit 0; }',
            '  [ "$(( $(date +%s%N) / 1000000 ))" -lt "$end" ] || { echo "@@sessions $scur"; exit 1; }',
            '  sleep 0.2',
            'done',
        ].join('\n');
        const result = await this.#context.transport.run(script, {
            env: this.#env({ BACKEND: this.#backend(slot.name), DEADLINE_MS: String(Math.round(deadlineMs)) }),
            timeoutMs: deadlineMs + 30_000,
        });
        if (result.exitCode === 0)
            return `no session left on ${this.#backend(slot.name)}`;
        return `${/@@sessions (\d+)/.exec(result.stdout)?.[1] ?? 'some'} sessions still open on ${this.#backend(slot.name)} after ${Math.round(deadlineMs / 1000)} s`;
    }
    async stop(slot) {
        await (0,_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .runStopCommand */ .TI)(this.#context, slot);
    }
    #env(extra) {
        return { SOCKET: this.#socket, MAP: this.#map, KEY: this.#key, ...extra };
    }
    async #observe() {
        const result = await this.#context.transport.run(`${RUNTIME}\nobserve\nprintf '@@present %s\\n@@value %s\\n@@rev %s\\n@@content\\n%s' "$present" "$value" "$rev" "$file"`, { env: this.#env({}), timeoutMs: 30_000 });
        if (result.exitCode === 10)
            throw this.#socketError(result.stdout);
        if (result.exitCode !== 0)
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Cannot read HAProxy's state on ${this.#context.transport.description}: ${(0,_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .lastLines */ .w$)(result.stderr, 3) || `exit ${result.exitCode}`}`);
        const { fields, content } = (0,_owned_file_js__WEBPACK_IMPORTED_MODULE_5__/* .readMarkedOutput */ .c5)(result.stdout);
        return {
            present: fields['present'] === '1',
            runtime: fields['value'] ?? '',
            revision: fields['rev'] ?? '',
            content,
        };
    }
    #socketError(stdout) {
        const said = /^@@socket ([\s\S]*)$/m.exec(stdout)?.[1]?.trim() ?? '';
        if (/Unknown map/.test(said)) {
            return (0,_action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('haproxy-map', `HAProxy has no map ${this.#map} loaded: its frontend must use it, e.g. use_backend %[str(${this.#key}),map(${this.#map},${this.#backend(this.slots[0].name)})] (and the file must exist when HAProxy starts)`);
        }
        return (0,_action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('haproxy-socket', `cannot reach HAProxy's runtime API at ${this.#socket} on ${this.#context.transport.description} (${(0,_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .lastLines */ .w$)(said, 2) || 'no answer'}); it needs 'stats socket ${this.#socket} level admin' in the global section, and socat on the host`);
    }
    #parse(observed) {
        return (0,_owned_file_js__WEBPACK_IMPORTED_MODULE_5__/* .readOwnedState */ .nA)(observed.present ? observed.content : undefined, this.#map, 'haproxy-map', 'Point haproxy-map at a file of its own (an empty file is fine before the first deploy).');
    }
    #slotOf(backend) {
        if (!backend)
            return undefined;
        const slot = this.slots.find((candidate) => this.#backend(candidate.name) === backend);
        if (!slot)
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`HAProxy's map sends ${this.#key} to backend '${backend}', which is neither slot's backend (${this.slots.map((s) => this.#backend(s.name)).join(', ')})`);
        return slot.name;
    }
    #render(active, state) {
        const lines = (0,_owned_file_js__WEBPACK_IMPORTED_MODULE_5__/* .ownedHeader */ .Ff)(state);
        if (active)
            lines.push(`${this.#key} ${this.#backend(active)}`);
        return `${lines.join('\n')}\n`;
    }
    /** Rewrites the file when it still has revision `expected` (comments, or the file brought back in line). */
    async #write(expected, content) {
        const result = await this.#context.transport.run(`${RUNTIME}\nobserve\n[ "$rev" = "$EXPECTED" ] || exit 3\ntmp="$MAP.bg-tmp.$$"\n${(0,_owned_file_js__WEBPACK_IMPORTED_MODULE_5__/* .heredoc */ .lt)('tmp', content)}\nmv -f -- "$tmp" "$MAP"`, { env: this.#env({ EXPECTED: expected }), timeoutMs: 30_000 });
        if (result.exitCode === 3)
            throw new _target_js__WEBPACK_IMPORTED_MODULE_4__/* .SwitchConflictError */ .B(`${this.#map} changed while it was being written`);
        if (result.exitCode === 10)
            throw this.#socketError(result.stdout);
        if (result.exitCode !== 0)
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Cannot write ${this.#map}: ${(0,_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .lastLines */ .w$)(result.stderr, 3)}`);
    }
}
/** The backend a map file gives for `key`. */
function mapValue(content, key) {
    for (const line of (0,_owned_file_js__WEBPACK_IMPORTED_MODULE_5__/* .configLines */ .Q6)(content).split('\n')) {
        const [k, v] = line.trim().split(/\s+/);
        if (k === key && v)
            return v;
    }
    return undefined;
}
const haproxyTarget = {
    kind: 'haproxy',
    inputs: ['haproxy-socket', 'haproxy-map', 'haproxy-map-key', 'haproxy-backend'],
    addressRequired: true,
    create: (context) => new HaproxyTarget(context),
};


/***/ }),

/***/ 4556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ff: () => (/* binding */ ownedHeader),
/* harmony export */   Q6: () => (/* binding */ configLines),
/* harmony export */   c5: () => (/* binding */ readMarkedOutput),
/* harmony export */   lt: () => (/* binding */ heredoc),
/* harmony export */   nA: () => (/* binding */ readOwnedState)
/* harmony export */ });
/* unused harmony export MANAGED_MARKER */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6774);
/**
 * A file on the target host that the action owns (nginx's include, HAProxy's map): a marker on its first line, so a
 * file somebody else wrote is never overwritten, and a state line carrying what the action knows (each slot's
 * version, a switch in progress) as a comment the proxy ignores.
 */


const MANAGED_MARKER = '# Managed by pipeline-actions/blue-green-deploy';
const STATE_PREFIX = '# bg-state: ';
/** The two comment lines every owned file starts with. */
function ownedHeader(state) {
    return [
        `${MANAGED_MARKER}: the next deploy rewrites this file; do not edit it.`,
        `${STATE_PREFIX}${JSON.stringify(state)}`,
    ];
}
/**
 * Reads the state from an owned file's content; refuses (naming `input`) a file the action did not write. An
 * empty file counts as absent: a proxy may need the file to exist before the first deploy.
 */
function readOwnedState(content, file, input, hint) {
    if (content === undefined || content.trim() === '')
        return { versions: {} };
    if (!content.startsWith(MANAGED_MARKER)) {
        throw (0,_action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(input, `${file} exists and was not written by this action (its first line is not '${MANAGED_MARKER}…'); it is left untouched. ${hint}`);
    }
    const line = content.split('\n').find((text) => text.startsWith(STATE_PREFIX));
    try {
        const parsed = JSON.parse(line?.slice(STATE_PREFIX.length) ?? '{}');
        const versions = {};
        for (const [name, version] of Object.entries(parsed.versions ?? {}))
            if (typeof version === 'string')
                versions[name] = version;
        return {
            versions,
            ...(parsed.pending ? { pending: parsed.pending } : {}),
            ...(parsed.split ? { split: parsed.split } : {}),
        };
    }
    catch {
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${file}: the action's state line is damaged; the file was edited by hand. Restore it or remove the file to deploy from nothing.`);
    }
}
/** The lines a proxy reads (comments dropped): two contents with the same config lines need no reload. */
function configLines(content) {
    return content
        .split('\n')
        .filter((line) => !line.trimStart().startsWith('#'))
        .join('\n');
}
/** A quoted heredoc writing `content` to the file named by the shell variable `variable`. */
function heredoc(variable, content) {
    const delimiter = `BG_EOF_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex')}`;
    return `cat > "$${variable}" <<'${delimiter}' || { restore 2>/dev/null; exit 9; }\n${content.endsWith('\n') ? content : `${content}\n`}${delimiter}`;
}
/** Splits a state script's output: `@@name value` lines, then everything after `@@content` (the file itself). */
function readMarkedOutput(out) {
    const at = out.indexOf('@@content\n');
    const fields = {};
    for (const match of (at < 0 ? out : out.slice(0, at)).matchAll(/^@@(\S+) ?(.*)$/gm))
        fields[match[1]] = match[2];
    return { fields, content: at < 0 ? '' : out.slice(at + '@@content\n'.length) };
}


/***/ })

};
