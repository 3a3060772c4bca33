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
import path from 'node:path';
import { inputError, UserError } from '../action/errors.ts';
import { lastLines, runDeployCommand, runStopCommand } from './commands.ts';
import { configLines, heredoc, ownedHeader, readMarkedOutput, readOwnedState, type OwnedState } from './owned-file.ts';
import type { Slot } from './slots.ts';
import {
  SwitchConflictError,
  type LiveState,
  type SwitchReport,
  type TargetContext,
  type TrafficTarget,
} from './target.ts';
import type { TargetDefinition } from './targets.ts';
import { HAPROXY_DEFAULTS } from './target-defaults.ts';

interface Observed {
  present: boolean;
  content: string;
  /** The backend HAProxy's runtime map gives for the key ('' when the key is not in the map). */
  runtime: string;
  revision: string;
}

/** Talks to the runtime API; observe() prints the map file, the runtime value and a revision over both. */
const RUNTIME = String.raw`
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

export class HaproxyTarget implements TrafficTarget {
  readonly kind = 'haproxy';
  readonly slots: readonly Slot[];
  readonly lockPath: string;
  readonly canStop: boolean;
  readonly weighted = true;
  readonly #context: TargetContext;
  readonly #socket: string;
  readonly #map: string;
  readonly #key: string;
  readonly #prefix: string;
  /** This run set the split backend live (gradual steps): a split seen now is ours, not a dead run's. */
  #splitting = false;

  constructor(context: TargetContext) {
    this.#context = context;
    this.slots = context.slots;
    const socket = context.options['haproxy-socket'] ?? '';
    const map = context.options['haproxy-map'] ?? '';
    for (const [input, value, example] of [
      ['haproxy-socket', socket, '/run/haproxy/admin.sock'],
      ['haproxy-map', map, '/etc/haproxy/blue-green/app.map'],
    ] as const) {
      if (!value)
        throw inputError(
          input,
          `is required for the haproxy target: an absolute path on the HAProxy host, such as ${example}`,
        );
      if (!path.posix.isAbsolute(value) || /[\s'"$`\\;]/.test(value))
        throw inputError(input, `expected an absolute path without spaces, quotes or '$', got '${value}'`);
    }
    const key = context.options['haproxy-map-key'] || HAPROXY_DEFAULTS['haproxy-map-key'];
    const prefix = context.options['haproxy-backend'] || HAPROXY_DEFAULTS['haproxy-backend'];
    for (const [input, value] of [
      ['haproxy-map-key', key],
      ['haproxy-backend', prefix],
    ] as const) {
      if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$/.test(value))
        throw inputError(input, `expected a name of letters, digits, '_', '.' or '-', got '${value}'`);
    }
    if (!context.commands.deploy)
      throw inputError('deploy', 'is required: the shell command that starts VERSION in slot SLOT at SLOT_ADDRESS');
    this.#socket = socket;
    this.#map = map;
    this.#key = key;
    this.#prefix = prefix;
    this.lockPath = `${map}.lock`;
    this.canStop = Boolean(context.commands.stop);
  }

  #backend(slot: string): string {
    return `${this.#prefix}_${slot}`;
  }

  async discover(): Promise<LiveState> {
    let observed = await this.#observe();
    let state = this.#parse(observed);
    const notes: string[] = [];
    const split = this.#splitBackend;
    if (observed.runtime === split) {
      const back = mapValue(observed.content, this.#key);
      if (this.#splitting && back) {
        return { active: this.#slotOf(back), versions: state.versions, revision: observed.revision, notes };
      }
      // A run died during gradual steps: the file (never changed by steps) says where all traffic belongs.
      notes.push(`An earlier run stopped during gradual steps; all traffic was sent back to '${back ?? 'nothing'}'.`);
      if (!back)
        throw new UserError(
          `HAProxy sends ${this.#key} to the split backend ${split} and the map file names no slot to go back to; set the map by hand`,
        );
      const answer = await this.#command(`set map ${this.#map} ${this.#key} ${back}`);
      if (answer.trim()) throw new UserError(`HAProxy refused to end the split: ${answer.trim()}`);
      observed = await this.#observe();
    }
    const onDisk = mapValue(observed.content, this.#key);
    if (observed.runtime && onDisk !== observed.runtime) {
      // A run stopped between writing the file and `set map`, or someone changed one of them: HAProxy serves the
      // runtime value, so the file follows it (a reload would otherwise move traffic).
      notes.push(
        `The map file said '${onDisk ?? 'nothing'}' while HAProxy serves '${observed.runtime}'; the file was set back to what HAProxy serves.`,
      );
      await this.#write(observed.revision, this.#render(this.#slotOf(observed.runtime), { versions: state.versions }));
      observed = await this.#observe();
      state = this.#parse(observed);
    }
    return { active: this.#slotOf(observed.runtime), versions: state.versions, revision: observed.revision, notes };
  }

  async deploy(slot: Slot, version: string, live: LiveState): Promise<void> {
    await runDeployCommand(this.#context, slot, version, live);
    const observed = await this.#observe();
    const state = this.#parse(observed);
    await this.#write(
      observed.revision,
      this.#render(this.#slotOf(observed.runtime), { versions: { ...state.versions, [slot.name]: version } }),
    );
  }

  async switchTo(slot: Slot, expected: LiveState): Promise<SwitchReport> {
    const observed = await this.#observe();
    if (observed.revision !== expected.revision) {
      throw new SwitchConflictError(
        `the map ${this.#map} changed since it was read (another process is changing HAProxy)`,
      );
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
      heredoc('tmp', content),
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
    const detail = lastLines(result.stdout.replace(/^@@\S+.*$/gm, ''), 3) || lastLines(result.stderr, 3);
    switch (result.exitCode) {
      case 0:
        return { method: 'set map', evidence: /^@@evidence (.*)$/m.exec(result.stdout)?.[1] ?? '' };
      case 3:
        throw new SwitchConflictError(
          `the map ${this.#map} changed since it was read (another process is changing HAProxy)`,
        );
      case 5:
        throw new UserError(`HAProxy refused the map change (the file was restored): ${detail}`);
      case 6:
        throw new UserError(
          `HAProxy's map still says '${/@@not-applied (.*)/.exec(result.stdout)?.[1] ?? ''}' after the change; it was set back and the file restored`,
        );
      case 10:
        throw this.#socketError(result.stdout);
      default:
        throw new UserError(
          `The switch script failed on ${this.#context.transport.description} (exit ${result.exitCode}): ${detail}`,
        );
    }
  }

  get #splitBackend(): string {
    return `${this.#prefix}_split`;
  }

  /**
   * Gradual steps: the backend `<prefix>_split` holds both slots' servers (named after the slots); their weights are
   * set at runtime and the map points at it. The map file keeps naming the live slot, so a reload during the steps
   * sends all traffic back to it (the safe side) instead of keeping an unverified split.
   */
  async setWeight(slot: Slot, percent: number, expected: LiveState): Promise<SwitchReport> {
    const from = expected.active;
    if (!from) throw new UserError('gradual steps need a live slot to shift from');
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
        throw new SwitchConflictError(`the map ${this.#map} changed since it was read`);
      case 4:
        throw inputError(
          'traffic-steps',
          `HAProxy needs a backend '${split}' with one server per slot, named ${this.slots.map((s) => s.name).join(' and ')}, for gradual steps`,
        );
      case 10:
        throw this.#socketError(result.stdout);
      default:
        throw new UserError(`HAProxy did not take the split: ${lastLines(result.stdout.replace(/^@@\S+ ?/gm, ''), 2)}`);
    }
  }

  async #command(text: string): Promise<string> {
    const result = await this.#context.transport.run(`${RUNTIME}\nhap "$COMMAND"`, {
      env: this.#env({ COMMAND: text }),
      timeoutMs: 30_000,
    });
    return result.stdout;
  }

  async ready(slot: Slot, deadlineMs: number): Promise<{ ok: boolean; detail: string }> {
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
    const servers = (line: string) =>
      line
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
    if (result.exitCode === 10) throw this.#socketError(result.stdout);
    return {
      ok: false,
      detail: `HAProxy's own health checks do not say UP within ${Math.round(deadlineMs / 1000)} s: ${servers(/^@@not-ready (.*)$/m.exec(result.stdout)?.[1] ?? '')}`,
    };
  }

  async drain(slot: Slot, deadlineMs: number): Promise<string> {
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
    if (result.exitCode === 0) return `no session left on ${this.#backend(slot.name)}`;
    return `${/@@sessions (\d+)/.exec(result.stdout)?.[1] ?? 'some'} sessions still open on ${this.#backend(slot.name)} after ${Math.round(deadlineMs / 1000)} s`;
  }

  async stop(slot: Slot): Promise<void> {
    await runStopCommand(this.#context, slot);
  }

  #env(extra: Record<string, string>): Record<string, string> {
    return { SOCKET: this.#socket, MAP: this.#map, KEY: this.#key, ...extra };
  }

  async #observe(): Promise<Observed> {
    const result = await this.#context.transport.run(
      `${RUNTIME}\nobserve\nprintf '@@present %s\\n@@value %s\\n@@rev %s\\n@@content\\n%s' "$present" "$value" "$rev" "$file"`,
      { env: this.#env({}), timeoutMs: 30_000 },
    );
    if (result.exitCode === 10) throw this.#socketError(result.stdout);
    if (result.exitCode !== 0)
      throw new UserError(
        `Cannot read HAProxy's state on ${this.#context.transport.description}: ${lastLines(result.stderr, 3) || `exit ${result.exitCode}`}`,
      );
    const { fields, content } = readMarkedOutput(result.stdout);
    return {
      present: fields['present'] === '1',
      runtime: fields['value'] ?? '',
      revision: fields['rev'] ?? '',
      content,
    };
  }

  #socketError(stdout: string): Error {
    const said = /^@@socket ([\s\S]*)$/m.exec(stdout)?.[1]?.trim() ?? '';
    if (/Unknown map/.test(said)) {
      return inputError(
        'haproxy-map',
        `HAProxy has no map ${this.#map} loaded: its frontend must use it, e.g. use_backend %[str(${this.#key}),map(${this.#map},${this.#backend(this.slots[0]!.name)})] (and the file must exist when HAProxy starts)`,
      );
    }
    return inputError(
      'haproxy-socket',
      `cannot reach HAProxy's runtime API at ${this.#socket} on ${this.#context.transport.description} (${lastLines(said, 2) || 'no answer'}); it needs 'stats socket ${this.#socket} level admin' in the global section, and socat on the host`,
    );
  }

  #parse(observed: Observed): OwnedState {
    return readOwnedState(
      observed.present ? observed.content : undefined,
      this.#map,
      'haproxy-map',
      'Point haproxy-map at a file of its own (an empty file is fine before the first deploy).',
    );
  }

  #slotOf(backend: string): string | undefined {
    if (!backend) return undefined;
    const slot = this.slots.find((candidate) => this.#backend(candidate.name) === backend);
    if (!slot)
      throw new UserError(
        `HAProxy's map sends ${this.#key} to backend '${backend}', which is neither slot's backend (${this.slots.map((s) => this.#backend(s.name)).join(', ')})`,
      );
    return slot.name;
  }

  #render(active: string | undefined, state: OwnedState): string {
    const lines = ownedHeader(state);
    if (active) lines.push(`${this.#key} ${this.#backend(active)}`);
    return `${lines.join('\n')}\n`;
  }

  /** Rewrites the file when it still has revision `expected` (comments, or the file brought back in line). */
  async #write(expected: string, content: string): Promise<void> {
    const result = await this.#context.transport.run(
      `${RUNTIME}\nobserve\n[ "$rev" = "$EXPECTED" ] || exit 3\ntmp="$MAP.bg-tmp.$$"\n${heredoc('tmp', content)}\nmv -f -- "$tmp" "$MAP"`,
      { env: this.#env({ EXPECTED: expected }), timeoutMs: 30_000 },
    );
    if (result.exitCode === 3) throw new SwitchConflictError(`${this.#map} changed while it was being written`);
    if (result.exitCode === 10) throw this.#socketError(result.stdout);
    if (result.exitCode !== 0) throw new UserError(`Cannot write ${this.#map}: ${lastLines(result.stderr, 3)}`);
  }
}

/** The backend a map file gives for `key`. */
function mapValue(content: string, key: string): string | undefined {
  for (const line of configLines(content).split('\n')) {
    const [k, v] = line.trim().split(/\s+/);
    if (k === key && v) return v;
  }
  return undefined;
}

export const haproxyTarget: TargetDefinition = {
  kind: 'haproxy',
  inputs: ['haproxy-socket', 'haproxy-map', 'haproxy-map-key', 'haproxy-backend'],
  addressRequired: true,
  create: (context) => new HaproxyTarget(context),
};
