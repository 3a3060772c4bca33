export const id = 625;
export const ids = [625];
export const modules = {

/***/ 7625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CommandTarget: () => (/* binding */ CommandTarget),
/* harmony export */   commandTarget: () => (/* binding */ commandTarget)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6774);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8600);
/* harmony import */ var _target_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(503);
/**
 * The command target: the user's own shell commands per phase, for Docker Compose, cloud CLIs and scripts.
 *
 *   deploy  starts VERSION in slot SLOT (at SLOT_ADDRESS)           required
 *   switch  sends all traffic to SLOT; EXPECTED_ACTIVE is the slot   required
 *           that was live when the action read the state, for the script's own compare-and-swap
 *   status  prints the live state as JSON:                          required
 *           {"active": "blue", "versions": {"blue": "1.4.0", "green": "1.5.0"}}
 *   stop    stops slot SLOT                                          optional
 *
 * The action trusts no exit code alone: after `switch` it runs `status` again and checks the new slot is live.
 */




class CommandTarget {
    kind = 'command';
    slots;
    lockPath;
    canStop;
    weighted = false;
    #context;
    constructor(context) {
        for (const name of ['deploy', 'switch', 'status']) {
            if (!context.commands[name]) {
                throw (0,_action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(name, `is required for the command target: ${name === 'deploy' ? 'the shell command that starts VERSION in slot SLOT' : name === 'switch' ? 'the shell command that sends all traffic to slot SLOT' : 'a shell command that prints {"active": "<slot>", "versions": {"<slot>": "<version>"}}'}`);
            }
        }
        this.#context = context;
        this.slots = context.slots;
        this.lockPath =
            context.options['lock-file'] ||
                `/tmp/pipeline-actions-blue-green-${context.name.replace(/[^A-Za-z0-9_.-]/g, '_')}.lock`;
        this.canStop = Boolean(context.commands.stop);
    }
    async discover() {
        const any = this.slots[0];
        const result = await (0,_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .runUserCommand */ .w0)(this.#context.transport, 'status', this.#context.commands.status, { slot: any, version: undefined, activeSlot: undefined, activeVersion: undefined }, { timeoutMs: 60_000, echo: false });
        return this.#parseStatus(result.stdout);
    }
    async deploy(slot, version, live) {
        await (0,_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .runDeployCommand */ .Qe)(this.#context, slot, version, live);
    }
    async switchTo(slot, expected) {
        const now = await this.discover();
        if (now.revision !== expected.revision) {
            throw new _target_js__WEBPACK_IMPORTED_MODULE_3__/* .SwitchConflictError */ .B(`the status command reports a different live state than when it was read (active '${now.active ?? 'none'}', was '${expected.active ?? 'none'}')`);
        }
        await (0,_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .runUserCommand */ .w0)(this.#context.transport, 'switch', this.#context.commands.switch, {
            slot,
            version: expected.versions[slot.name],
            activeSlot: expected.active,
            activeVersion: expected.active ? expected.versions[expected.active] : undefined,
        }, { timeoutMs: 120_000, extraEnv: { EXPECTED_ACTIVE: expected.active ?? '' } });
        const after = await this.discover();
        if (after.active !== slot.name) {
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`The switch command exited 0, but the status command still reports '${after.active ?? 'no slot'}' as live, not '${slot.name}'`);
        }
        return { method: 'command', evidence: `status reports ${slot.name} live` };
    }
    async stop(slot) {
        await (0,_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .runStopCommand */ .TI)(this.#context, slot);
    }
    #parseStatus(stdout) {
        // The JSON is the last non-empty line, so the script may log before it.
        const line = stdout.trim().split('\n').pop()?.trim() ?? '';
        let parsed;
        try {
            parsed = JSON.parse(line);
        }
        catch {
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`The status command must print JSON such as {"active": "blue", "versions": {"blue": "1.4.0"}} as its last line; it printed '${line.slice(0, 200)}'`);
        }
        const status = parsed;
        if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`The status command printed ${line.slice(0, 200)}: expected a JSON object with "active" and "versions"`);
        const names = this.slots.map((slot) => slot.name);
        let active;
        if (status.active !== undefined && status.active !== null && status.active !== '') {
            if (typeof status.active !== 'string' || !names.includes(status.active)) {
                throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`The status command reports active ${JSON.stringify(status.active)}, which is not a slot (${names.join(', ')})`);
            }
            active = status.active;
        }
        const versions = {};
        if (status.versions !== undefined && status.versions !== null) {
            if (typeof status.versions !== 'object' || Array.isArray(status.versions))
                throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('The status command\'s "versions" must be an object of slot to version');
            for (const [name, version] of Object.entries(status.versions)) {
                if (!names.includes(name))
                    continue;
                if (typeof version === 'string' && version)
                    versions[name] = version;
            }
        }
        const revision = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify({ active, versions })).digest('hex').slice(0, 16);
        return { active, versions, revision, notes: [] };
    }
}
const commandTarget = {
    kind: 'command',
    inputs: ['lock-file'],
    addressRequired: true,
    create: (context) => new CommandTarget(context),
};


/***/ }),

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


/***/ })

};
