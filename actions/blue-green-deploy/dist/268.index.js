export const id = 268;
export const ids = [268];
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

/***/ 9268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NginxTarget: () => (/* binding */ NginxTarget),
/* harmony export */   nginxTarget: () => (/* binding */ nginxTarget)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6774);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8600);
/* harmony import */ var _owned_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4556);
/* harmony import */ var _slots_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6301);
/* harmony import */ var _target_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(503);
/* harmony import */ var _target_defaults_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4994);
/**
 * The nginx target. The action owns one include file that defines the upstream the user's server block proxies to.
 *
 * - Unix-socket slots: the upstream points at a symlink (`<upstream>.live.sock` beside the first slot's socket) and
 *   a switch replaces the symlink atomically. No reload, so keep-alive clients see no reset.
 * - TCP slots: the include is written to a temp file, renamed into place, checked with `nginx -t`, and nginx is
 *   reloaded. `nginx -s reload` exits 0 even when the master could not apply the new config, so the reload is read
 *   back: a new generation of workers must appear, else the old file is restored and the switch fails.
 *
 * The include's header records what the action knows (each slot's version, a switch in progress), so the live
 * state is always read from the host, never remembered.
 */







/** Prints the include, the live symlink and a revision over both (the compare-and-swap token). */
const OBSERVE = String.raw `
observe() {
  if [ -e "$INCLUDE" ]; then inc=$(cat -- "$INCLUDE"; echo x); inc=${'$'}{inc%x}; present=1; else inc=; present=0; fi
  link=
  [ -n "$LIVE" ] && link=$(readlink -- "$LIVE" 2>/dev/null || true)
  rev=$(printf '%s\n@@\n%s\n' "$inc" "$link" | sha256sum | cut -c1-16)
}
`;
/** Finds the master's pid file and error log from the config nginx itself reads. */
const NGINX_FILES = String.raw `
nginx_files() {
  dump=$(nginx_run -T 2>/dev/null)
  build=$(nginx_run -V 2>&1)
  prefix=$(printf '%s\n' "$build" | sed -n 's/.*--prefix=\([^ ]*\).*/\1/p')
  pidfile=$(printf '%s\n' "$dump" | sed -n 's/^[[:space:]]*pid[[:space:]][[:space:]]*\([^;[:space:]]*\)[[:space:]]*;.*/\1/p' | head -n 1)
  [ -n "$pidfile" ] || pidfile=$(printf '%s\n' "$build" | sed -n 's/.*--pid-path=\([^ ]*\).*/\1/p')
  errlog=$(printf '%s\n' "$dump" | sed -n 's/^[[:space:]]*error_log[[:space:]][[:space:]]*\([^;[:space:]]*\).*/\1/p' | head -n 1)
  [ -n "$errlog" ] || errlog=$(printf '%s\n' "$build" | sed -n 's/.*--error-log-path=\([^ ]*\).*/\1/p')
  case "$pidfile" in /*|'') ;; *) pidfile="$prefix/$pidfile" ;; esac
  case "$errlog" in /*|'') ;; *) errlog="$prefix/$errlog" ;; esac
}
workers() { grep -ls "^PPid:[[:space:]]*$1\$" /proc/[0-9]*/status 2>/dev/null | sed 's#/proc/\([0-9]*\)/status#\1#' | sort; }
`;
/** Prints what observe() found, for readMarkedOutput (after `observe` has run in the same script). */
const PRINT_OBSERVED = `printf '@@present %s\\n@@link %s\\n@@rev %s\\n@@content\\n%s' "$present" "$link" "$rev" "$inc"`;
function observedFrom(out) {
    const { fields, content } = (0,_owned_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readMarkedOutput */ .c5)(out);
    return { present: fields['present'] === '1', link: fields['link'] ?? '', revision: fields['rev'] ?? '', content };
}
class NginxTarget {
    kind = 'nginx';
    slots;
    lockPath;
    canStop;
    weighted;
    #context;
    #include;
    #upstream;
    #nginxCommand;
    #mode;
    /** The symlink the upstream points at, for unix-socket slots. */
    #live;
    /** Versions deployed before the include existed (the first deploy); the switch writes them into it. */
    #unrecorded = {};
    /** What the host said last; a switch right after a discover reuses it (its script compares the revision anyway). */
    #lastObserved;
    /** This run set a split (gradual steps): the split in the include is ours, not a dead run's. */
    #splitting = false;
    constructor(context) {
        this.#context = context;
        this.slots = context.slots;
        const include = context.options['nginx-config'] ?? '';
        if (!include)
            throw (0,_action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)('nginx-config', 'is required for the nginx target: the path of the include file the action owns (such as /etc/nginx/conf.d/app-upstream.conf)');
        if (!node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.isAbsolute(include) || /[\n\r'"$`\\]/.test(include)) {
            throw (0,_action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)('nginx-config', `expected an absolute path on the nginx host without quotes or '$', got '${include}'`);
        }
        const upstream = context.options['nginx-upstream'] || _target_defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .NGINX_DEFAULTS */ .c['nginx-upstream'];
        if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$/.test(upstream)) {
            throw (0,_action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)('nginx-upstream', `expected an nginx upstream name (letters, digits, '_', '.', '-'), got '${upstream}'`);
        }
        const nginxCommand = (context.options['nginx-command'] || _target_defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .NGINX_DEFAULTS */ .c['nginx-command']).trim();
        if (nginxCommand.includes('\n'))
            throw (0,_action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)('nginx-command', 'must be one command line, such as: sudo nginx -c /etc/nginx/nginx.conf');
        if (!context.commands.deploy)
            throw (0,_action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)('deploy', 'is required: the shell command that starts VERSION in slot SLOT at SLOT_ADDRESS');
        const kinds = new Set(context.slots.map((slot) => slot.address?.kind));
        if (kinds.size !== 1)
            throw (0,_action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)('slots', 'both slots must be of one kind: both host:port or both unix:/path');
        this.#mode = context.slots[0].address.kind;
        this.#include = include;
        this.#upstream = upstream;
        this.#nginxCommand = nginxCommand;
        const first = context.slots[0].address;
        this.#live = first.kind === 'unix' ? node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.join(node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.dirname(first.path), `${upstream}.live.sock`) : '';
        this.lockPath = `${include}.lock`;
        this.canStop = Boolean(context.commands.stop);
        this.weighted = this.#mode === 'tcp';
    }
    async discover() {
        let observed = await this.#observe();
        const notes = [];
        let state = this.#parse(observed);
        if (state.pending) {
            // A run stopped between writing the include and reading the reload back: nginx may run either file. Go back
            // to the slot that was live and verified before it, never on to the unverified one.
            const { from, to, since } = state.pending;
            const back = from ?? to;
            notes.push(`An earlier run stopped during a switch from '${from ?? 'nothing'}' to '${to}' (${since}); nginx was reloaded with '${back}' live, as before that switch.`);
            observed = await this.#restore(observed, this.#render(back, { versions: state.versions }));
            state = this.#parse(observed);
        }
        if (state.split && !this.#splitting) {
            const active = this.#activeOf(observed);
            notes.push(`An earlier run stopped during gradual steps (${state.split.percent}% on '${state.split.to}'); all traffic was sent back to '${active}'.`);
            observed = await this.#restore(observed, this.#render(active, { versions: state.versions }));
            state = this.#parse(observed);
        }
        return { active: this.#activeOf(observed), versions: state.versions, revision: observed.revision, notes };
    }
    async deploy(slot, version, live) {
        await (0,_commands_js__WEBPACK_IMPORTED_MODULE_4__/* .runDeployCommand */ .Qe)(this.#context, slot, version, live);
        // Record the version in the include's header: a comment, so nginx needs no reload for it.
        const observed = await this.#observe();
        if (!observed.present) {
            this.#unrecorded[slot.name] = version; // first deploy: the switch writes the include with the versions
            return;
        }
        const state = this.#parse(observed);
        const content = this.#render(this.#activeOf(observed), { versions: { ...state.versions, [slot.name]: version } });
        await this.#writeComments(observed.revision, content);
    }
    async switchTo(slot, expected) {
        const observed = this.#lastObserved?.revision === expected.revision ? this.#lastObserved : await this.#observe();
        if (observed.revision !== expected.revision) {
            throw new _target_js__WEBPACK_IMPORTED_MODULE_5__/* .SwitchConflictError */ .B(`the include ${this.#include} or the live symlink changed since it was read (another process is changing nginx)`);
        }
        const state = this.#parse(observed);
        const versions = { ...state.versions, ...this.#unrecorded };
        const content = this.#render(slot.name, { versions });
        const since = new Date().toISOString();
        const link = this.#mode === 'unix' ? slot.address.path : undefined;
        // Unix slots whose include is already right switch by the symlink alone.
        const needsReload = !observed.present || (0,_owned_file_js__WEBPACK_IMPORTED_MODULE_1__/* .configLines */ .Q6)(observed.content) !== (0,_owned_file_js__WEBPACK_IMPORTED_MODULE_1__/* .configLines */ .Q6)(content);
        const pendingContent = needsReload
            ? this.#render(slot.name, { versions, pending: { from: expected.active, to: slot.name, since } })
            : undefined;
        const { report, after } = await this.#apply({
            expected: observed.revision,
            content,
            pendingContent,
            link,
            first: !observed.present,
        });
        const active = this.#activeOf(after);
        if (active !== slot.name) {
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`nginx did not switch: after the switch the host says '${active ?? 'no slot'}' is live, not '${slot.name}'`);
        }
        return report;
    }
    async setWeight(slot, percent, expected) {
        if (this.#mode !== 'tcp' || !expected.active) {
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('gradual steps need nginx with host:port slots and a live slot to shift from');
        }
        const observed = await this.#observe();
        if (observed.revision !== expected.revision) {
            throw new _target_js__WEBPACK_IMPORTED_MODULE_5__/* .SwitchConflictError */ .B(`the include ${this.#include} changed since it was read (another process is changing nginx)`);
        }
        const state = this.#parse(observed);
        const split = { to: slot.name, percent };
        const content = this.#render(expected.active, { versions: state.versions, split });
        const pendingContent = this.#render(expected.active, {
            versions: state.versions,
            split,
            pending: { from: expected.active, to: slot.name, since: new Date().toISOString() },
        });
        this.#splitting = true;
        const { report } = await this.#apply({
            expected: observed.revision,
            content,
            pendingContent,
            link: undefined,
            first: false,
        });
        return {
            method: `weighted upstream, ${report.method}`,
            evidence: `${expected.active} ${100 - percent}%, ${slot.name} ${percent}%; ${report.evidence}`,
        };
    }
    async stop(slot) {
        await (0,_commands_js__WEBPACK_IMPORTED_MODULE_4__/* .runStopCommand */ .TI)(this.#context, slot);
    }
    async #observe() {
        const result = await this.#context.transport.run(`${OBSERVE}\nobserve\n${PRINT_OBSERVED}`, {
            env: { INCLUDE: this.#include, LIVE: this.#live },
            timeoutMs: 30_000,
        });
        if (result.exitCode !== 0) {
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Cannot read ${this.#include} on ${this.#context.transport.description}: ${(0,_commands_js__WEBPACK_IMPORTED_MODULE_4__/* .lastLines */ .w$)(result.stderr, 3) || `exit ${result.exitCode}`}`);
        }
        const observed = observedFrom(result.stdout);
        this.#lastObserved = observed;
        return observed;
    }
    #parse(observed) {
        return (0,_owned_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readOwnedState */ .nA)(observed.present ? observed.content : undefined, this.#include, 'nginx-config', 'Point nginx-config at a file of its own and include it from the http block.');
    }
    /** The slot nginx sends traffic to, as the host says: the symlink's target, or the upstream's server. */
    #activeOf(observed) {
        if (!observed.present)
            return undefined;
        if (this.#mode === 'unix') {
            if (!observed.link)
                return undefined;
            const slot = this.slots.find((candidate) => candidate.address?.kind === 'unix' && candidate.address.path === observed.link);
            if (!slot)
                throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`The live symlink ${this.#live} points at ${observed.link}, which is neither slot's socket; fix or remove it`);
            return slot.name;
        }
        const server = /^\s*server\s+([^\s;]+)/m.exec(observed.content)?.[1];
        const slot = this.slots.find((candidate) => candidate.address && serverAddress(candidate.address) === server);
        if (server && !slot) {
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${this.#include} sends traffic to ${server}, which is neither slot's address (the slots input changed?); deploy with the old slots or remove the file`);
        }
        return slot?.name;
    }
    /** Puts `content` live (a recovery of an earlier run's leftovers), then reads the target again. */
    async #restore(observed, content) {
        await this.#apply({ expected: observed.revision, content, pendingContent: content, link: undefined, first: false });
        return this.#observe();
    }
    #render(active, state) {
        const slot = this.slots.find((candidate) => candidate.name === active);
        const server = this.#mode === 'unix' ? `unix:${this.#live}` : slot?.address ? serverAddress(slot.address) : undefined;
        const lines = [...(0,_owned_file_js__WEBPACK_IMPORTED_MODULE_1__/* .ownedHeader */ .Ff)(state), `upstream ${this.#upstream} {`];
        const to = state.split && this.slots.find((candidate) => candidate.name === state.split.to);
        if (server && to?.address) {
            // The live slot stays first: it is the one the host reports live until the shift is complete.
            lines.push(`    server ${server} weight=${100 - state.split.percent};`, `    server ${serverAddress(to.address)} weight=${state.split.percent};`);
        }
        else {
            lines.push(server ? `    server ${server};` : '    server 127.0.0.1:1 down;');
        }
        // Pooled connections to a unix slot would stay on the old socket after the symlink moves.
        if (this.#mode === 'tcp')
            lines.push('    keepalive 16;');
        lines.push('}');
        return `${lines.join('\n')}\n`;
    }
    /** Rewrites the header only (same config lines): no reload needed. */
    async #writeComments(expected, content) {
        const result = await this.#context.transport.run(`${OBSERVE}\nobserve\n[ "$rev" = "$EXPECTED" ] || exit 3\ntmp="$INCLUDE.bg-tmp.$$"\n${(0,_owned_file_js__WEBPACK_IMPORTED_MODULE_1__/* .heredoc */ .lt)('tmp', content)}\nmv -f -- "$tmp" "$INCLUDE"`, { env: { INCLUDE: this.#include, LIVE: this.#live, EXPECTED: expected }, timeoutMs: 30_000 });
        if (result.exitCode === 3)
            throw new _target_js__WEBPACK_IMPORTED_MODULE_5__/* .SwitchConflictError */ .B(`${this.#include} changed while the version was being recorded`);
        if (result.exitCode !== 0)
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Cannot write ${this.#include}: ${(0,_commands_js__WEBPACK_IMPORTED_MODULE_4__/* .lastLines */ .w$)(result.stderr, 3)}`);
    }
    /**
     * The switch on the host, in one script: compare-and-swap, move the symlink, write the include with a
     * pending mark, nginx -t, reload, read the reload back (new workers), write the final include. Any failure
     * restores the previous include and symlink.
     */
    async #apply(plan) {
        const script = [
            OBSERVE,
            NGINX_FILES,
            `nginx_run() { ${this.#nginxCommand} "$@"; }`,
            'observe',
            '[ "$rev" = "$EXPECTED" ] || { echo "@@conflict"; exit 3; }',
            'had=$present; bak="$INCLUDE.bg-bak"; old_link=$link',
            '[ "$had" = 1 ] && cp -p -- "$INCLUDE" "$bak"',
            'restore() {',
            '  if [ -n "$NEW_LINK" ]; then if [ -n "$old_link" ]; then ln -sfn -- "$old_link" "$LIVE.bg-tmp.$$" && mv -Tf -- "$LIVE.bg-tmp.$$" "$LIVE"; else rm -f -- "$LIVE"; fi; fi',
            '  if [ -n "$PENDING" ]; then if [ "$had" = 1 ]; then mv -f -- "$bak" "$INCLUDE"; else rm -f -- "$INCLUDE"; fi; fi',
            '}',
            'if [ -n "$NEW_LINK" ]; then',
            '  ln -sfn -- "$NEW_LINK" "$LIVE.bg-tmp.$$" && mv -Tf -- "$LIVE.bg-tmp.$$" "$LIVE" || { restore; echo "@@link-failed"; exit 9; }',
            'fi',
            'if [ -z "$PENDING" ]; then rm -f -- "$bak"; echo "@@method symlink"; echo "@@evidence $(readlink -- "$LIVE")"; observe; ' +
                PRINT_OBSERVED +
                '; exit 0; fi',
            'tmp="$INCLUDE.bg-tmp.$$"',
            (0,_owned_file_js__WEBPACK_IMPORTED_MODULE_1__/* .heredoc */ .lt)('tmp', plan.pendingContent ?? ''),
            'mv -f -- "$tmp" "$INCLUDE" || { restore; echo "@@write-failed"; exit 9; }',
            'if ! out=$(nginx_run -t 2>&1); then restore; echo "@@test-failed"; printf "%s\\n" "$out"; exit 4; fi',
            'nginx_files',
            'master=$(cat -- "$pidfile" 2>/dev/null)',
            'if [ -z "$master" ] || ! kill -0 "$master" 2>/dev/null; then',
            '  if [ "$FIRST" != 1 ]; then restore; echo "@@not-running $pidfile"; exit 7; fi',
            // The first deploy: nginx could not run before the upstream existed.
            '  if ! out=$(nginx_run 2>&1 </dev/null >/dev/null); then restore; echo "@@start-failed"; printf "%s\\n" "$out"; exit 8; fi',
            '  for i in $(seq 1 100); do master=$(cat -- "$pidfile" 2>/dev/null); [ -n "$master" ] && [ -n "$(workers "$master")" ] && break; sleep 0.05; done',
            '  new=$(workers "$master"); method="start (nginx was not running)"',
            'else',
            '  before=$(workers "$master")',
            '  size=0; [ -f "$errlog" ] && size=$(stat -c %s -- "$errlog")',
            '  if ! out=$(nginx_run -s reload 2>&1); then restore; echo "@@reload-failed"; printf "%s\\n" "$out"; exit 5; fi',
            '  new=',
            '  for i in $(seq 1 100); do new=$(comm -13 <(printf "%s\\n" "$before") <(workers "$master")); [ -n "$new" ] && break; sleep 0.05; done',
            '  method=reload',
            '  if [ -z "$new" ]; then',
            '    emerg=; [ -f "$errlog" ] && emerg=$(tail -c +$((size + 1)) -- "$errlog" | grep -m 3 -e "\\[emerg\\]" -e "\\[alert\\]")',
            '    restore; echo "@@not-applied"; printf "%s\\n" "$emerg"; exit 6',
            '  fi',
            'fi',
            'if [ -z "$new" ]; then restore; echo "@@not-applied"; exit 6; fi',
            (0,_owned_file_js__WEBPACK_IMPORTED_MODULE_1__/* .heredoc */ .lt)('tmp', plan.content),
            'mv -f -- "$tmp" "$INCLUDE"; rm -f -- "$bak"',
            'echo "@@method $method"; echo "@@evidence master $master, new workers $(echo $new)"',
            'observe',
            PRINT_OBSERVED,
        ].join('\n');
        const result = await this.#context.transport.run(script, {
            env: {
                INCLUDE: this.#include,
                LIVE: this.#live,
                EXPECTED: plan.expected,
                NEW_LINK: plan.link ?? '',
                PENDING: plan.pendingContent === undefined ? '' : '1',
                FIRST: plan.first ? '1' : '',
            },
            timeoutMs: 60_000,
        });
        const out = result.stdout;
        const detail = (0,_commands_js__WEBPACK_IMPORTED_MODULE_4__/* .lastLines */ .w$)(out.replace(/^@@\S+.*$/m, ''), 3) || (0,_commands_js__WEBPACK_IMPORTED_MODULE_4__/* .lastLines */ .w$)(result.stderr, 3);
        switch (result.exitCode) {
            case 0:
                this.#lastObserved = observedFrom(out);
                return {
                    report: {
                        method: /^@@method (.*)$/m.exec(out)?.[1] ?? 'reload',
                        evidence: /^@@evidence (.*)$/m.exec(out)?.[1] ?? '',
                    },
                    after: this.#lastObserved,
                };
            case 3:
                throw new _target_js__WEBPACK_IMPORTED_MODULE_5__/* .SwitchConflictError */ .B(`${this.#include} or the live symlink changed since it was read (another process is changing nginx)`);
            case 4:
                throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`nginx -t rejected the new config; the previous include was restored: ${detail}`);
            case 5:
                throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`nginx -s reload failed; the previous include was restored: ${detail}`);
            case 6:
                throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`nginx did not apply the reload (no new worker processes appeared; nginx -s reload exits 0 all the same); the previous include was restored${detail ? `: ${detail}` : ''}`);
            case 7:
                throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`nginx is not running (no live master in ${/@@not-running (.*)/.exec(out)?.[1] ?? 'its pid file'}); the previous include was restored`);
            case 8:
                throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`nginx was not running and could not be started for the first deploy: ${detail}`);
            default:
                throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`The switch script failed on ${this.#context.transport.description} (exit ${result.exitCode}${result.timedOut ? ', timed out' : ''}): ${detail}`);
        }
    }
}
function serverAddress(address) {
    return address.kind === 'unix' ? `unix:${address.path}` : `${(0,_slots_js__WEBPACK_IMPORTED_MODULE_6__/* .urlHost */ .cz)(address)}:${address.port}`;
}
const nginxTarget = {
    kind: 'nginx',
    inputs: ['nginx-config', 'nginx-upstream', 'nginx-command'],
    addressRequired: true,
    create: (context) => new NginxTarget(context),
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
