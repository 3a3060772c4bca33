/**
 * A lock on the target host, so two runs never deploy to the same slots at once. It is a small JSON file (owner,
 * run, token, expiry by the host's clock) changed only under flock(1), so taking an expired lock over is atomic.
 * A lock whose run died is taken over only once it has expired.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { UserError } from '../action/errors.ts';
import type { Transport } from './transport.ts';

export interface LockOwner {
  /** Who holds it, for the message another run sees: `owner/repo run 123 attempt 1 (deploy production)`. */
  owner: string;
  /** A random value only this run knows; release and refresh check it. */
  token: string;
}

export interface HeldLock {
  path: string;
  /** Set when an expired lock of another run was taken over. */
  tookOverFrom: string | undefined;
}

const SCRIPT = String.raw`
lock="$LOCK_FILE"
mkdir -p -- "$(dirname -- "$lock")" || exit 70
exec 9>>"$lock.guard" || exit 70
flock -w 10 9 || exit 71
now=$(date +%s)
tok=
if [ -s "$lock" ]; then
  tok=$(sed -n 's/.*"token":"\([^"]*\)".*/\1/p' "$lock")
  exp=$(sed -n 's/.*"expiresAt":\([0-9]*\).*/\1/p' "$lock")
fi
case "$LOCK_ACTION" in
  acquire)
    if [ -n "$tok" ] && [ "$tok" != "$LOCK_TOKEN" ]; then
      if [ -n "$exp" ] && [ "$exp" -gt "$now" ]; then printf 'held %s left=%s\n' "$(head -c 1000 "$lock")" "$((exp - now))"; exit 3; fi
      printf 'stale %s\n' "$(head -c 1000 "$lock")"
    fi
    printf '%s,"expiresAt":%s}\n' "$LOCK_HEAD" "$((now + LOCK_TTL))" > "$lock.tmp" && mv -f -- "$lock.tmp" "$lock" || exit 72
    echo acquired ;;
  release)
    if [ "$tok" = "$LOCK_TOKEN" ]; then rm -f -- "$lock"; echo released; else echo not-held; fi ;;
esac
`;

/** What every lock offers: a file on the target host (TargetLock), or an object in a cluster. */
export interface DeployLock {
  /** Where the lock lives, for messages. */
  readonly description: string;
  acquire(options: {
    ttlSeconds: number;
    waitMs: number;
    signal?: AbortSignal;
    onWait?: (holder: string) => void;
  }): Promise<HeldLock>;
  /** Removes the lock if this run still holds it; true when it did. */
  release(): Promise<boolean>;
}

/** Polls `attempt` until it takes the lock or `waitMs` runs out; shared by every kind of lock. */
export async function waitForLock(
  description: string,
  options: { waitMs: number; signal?: AbortSignal; onWait?: (holder: string) => void },
  attempt: () => Promise<{ held: HeldLock } | { holder: string; expiresInSeconds: number }>,
): Promise<HeldLock> {
  const started = performance.now();
  let told = false;
  for (;;) {
    const result = await attempt();
    if ('held' in result) return result.held;
    if (!told) {
      options.onWait?.(result.holder);
      told = true;
    }
    const waited = performance.now() - started;
    if (waited >= options.waitMs || options.signal?.aborted) {
      throw new UserError(
        `Another deploy holds the lock ${description}: ${result.holder}; waited ${Math.round(waited / 1000)} s (lock-wait). It expires in ${result.expiresInSeconds} s if that run died; nothing was changed.`,
      );
    }
    await sleep(Math.min(2000, Math.max(100, options.waitMs - waited)), undefined, { signal: options.signal }).catch(
      () => undefined,
    );
  }
}

export class TargetLock implements DeployLock {
  readonly #transport: Transport;
  readonly #path: string;
  readonly #owner: LockOwner;

  constructor(transport: Transport, path: string, owner: LockOwner) {
    this.#transport = transport;
    this.#path = path;
    this.#owner = owner;
  }

  /**
   * Takes the lock (or extends it, when this run holds it), waiting up to `waitMs` for another run to finish.
   * Throws a UserError naming the holder when the wait runs out.
   */
  get description(): string {
    return `${this.#path} on ${this.#transport.description}`;
  }

  /**
   * Takes the lock (or extends it, when this run holds it), waiting up to `waitMs` for another run to finish.
   * Throws a UserError naming the holder when the wait runs out.
   */
  acquire(options: {
    ttlSeconds: number;
    waitMs: number;
    signal?: AbortSignal;
    onWait?: (holder: string) => void;
  }): Promise<HeldLock> {
    return waitForLock(this.description, options, async () => {
      const result = await this.#run('acquire', options.ttlSeconds);
      const out = result.stdout.trim();
      if (result.exitCode === 0) {
        const stale = /^stale (.*)$/m.exec(out)?.[1];
        return { held: { path: this.#path, tookOverFrom: stale ? describeHolder(stale) : undefined } };
      }
      if (result.exitCode !== 3) {
        throw new UserError(
          `Cannot take the deploy lock ${this.description}: ${lockFailure(result.exitCode, result.stderr)}`,
        );
      }
      return {
        holder: describeHolder(/^held (.*) left=/m.exec(out)?.[1] ?? ''),
        expiresInSeconds: Number(/left=(\d+)/.exec(out)?.[1] ?? 0),
      };
    });
  }

  /** Removes the lock if this run still holds it; true when it did. */
  async release(): Promise<boolean> {
    const result = await this.#run('release', 0);
    return result.exitCode === 0 && result.stdout.includes('released');
  }

  #run(action: 'acquire' | 'release', ttlSeconds: number) {
    const head = `{"owner":${JSON.stringify(this.#owner.owner)},"token":${JSON.stringify(this.#owner.token)},"since":${JSON.stringify(new Date().toISOString())}`;
    return this.#transport.run(SCRIPT, {
      env: {
        LOCK_FILE: this.#path,
        LOCK_ACTION: action,
        LOCK_TOKEN: this.#owner.token,
        LOCK_HEAD: head,
        LOCK_TTL: String(ttlSeconds),
      },
      timeoutMs: 30_000,
    });
  }
}

export function describeHolder(json: string): string {
  try {
    const lock = JSON.parse(json) as { owner?: string; since?: string };
    return `${lock.owner ?? 'an unknown run'}${lock.since ? `, since ${lock.since}` : ''}`;
  } catch {
    return 'an unreadable lock file';
  }
}

function lockFailure(code: number, stderr: string): string {
  if (code === 71) return 'another process kept its guard file busy for 10 s';
  if (code === 127 || /flock: (command )?not found/.test(stderr)) return 'flock(1) is not installed there (util-linux)';
  return stderr.trim().split('\n')[0] || `the lock script exited with ${code}`;
}
