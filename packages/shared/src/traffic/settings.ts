/**
 * The inputs of every action that drives a traffic target (blue-green-deploy, rollback), read once into one
 * settings object with the same names and meanings in both. Everything is validated here, before any command
 * runs on the target.
 */
import * as core from '@actions/core';
import { inputError, placed } from '../action/errors.ts';
import { createGitHubClient, type GitHubClientFactory } from '../github/client.ts';
import { readRunContext, type RunContext } from '../github/context.ts';
import { getDuration, getEnum, getNumber, getObject, getString } from '../action/inputs.ts';
import { parseList } from '../action/values.ts';
import { Redactor } from '../probe/redact.ts';
import { parseWatchThreshold } from '../probe/thresholds.ts';
import { DeployProbes, type ProbeSettings } from './probes.ts';
import { parseSlots, type Slot } from './slots.ts';
import type { SshSettings } from './ssh.ts';
import { TRAFFIC_TARGET_KINDS, loadTargetDefinition, type TargetDefinition } from './targets.ts';
import { HAPROXY_DEFAULTS, NGINX_DEFAULTS } from './target-defaults.ts';
import type { FlowTiming } from './flow.ts';

export interface TrafficSettings {
  target: TargetDefinition;
  slots: Slot[];
  commands: Partial<Record<'deploy' | 'stop' | 'switch' | 'status', string>>;
  /** The target's own inputs (nginx-config…), by input name. */
  targetOptions: Record<string, string>;
  probes: ProbeSettings;
  timing: FlowTiming;
  deployTimeoutMs: number;
  lock: { path: string | undefined; waitMs: number; ttlSeconds: number };
  ssh: SshSettings | undefined;
  /** GitHub environment to record deployments in; undefined records nothing. */
  environment: string | undefined;
  /** Makes GitHub API clients (with the github-token input); undefined without a token. */
  github: GitHubClientFactory | undefined;
  /** The run: repository, commit, run page, temporary directory. */
  context: RunContext;
  redactor: Redactor;
}

/** A version as the targets and the deployment record accept it: an image tag, semver, a SHA, a release name. */
export const VERSION_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._+:/@-]{0,127}$/;

export function checkVersion(input: string, version: string): string {
  if (!VERSION_PATTERN.test(version)) {
    throw inputError(
      input,
      `expected a version such as 1.4.2, v1.4.2, 2024-06-01.3 or a commit SHA (letters, digits and . _ + - : / @, at most 128), got '${version}'`,
    );
  }
  return version;
}

/**
 * The defaults of the inputs both deploy actions share, as their action.yml files give them (a test compares);
 * an action passes its own where it differs (rollback verifies for 0 s unless told).
 */
export const TRAFFIC_DEFAULTS = {
  'ready-timeout': 120_000,
  'readback-timeout': 15_000,
  'verify-duration': 30_000,
  'verify-rate': 10,
  'deploy-timeout': 15 * 60_000,
  'lock-wait': 5 * 60_000,
  'lock-ttl': 30 * 60_000,
  'ssh-user': 'deploy',
  'ssh-port': 22,
  ...NGINX_DEFAULTS,
  ...HAPROXY_DEFAULTS,
};
export type TrafficDefaults = typeof TRAFFIC_DEFAULTS & { 'drain-time'?: number };

export async function readTrafficSettings(
  defaults: TrafficDefaults = TRAFFIC_DEFAULTS,
  env: NodeJS.ProcessEnv = process.env,
): Promise<TrafficSettings> {
  const kind = getEnum('target', TRAFFIC_TARGET_KINDS);
  const target = (await loadTargetDefinition(kind))!;
  const slotMap = await getObject<Record<string, unknown>>('slots', { type: 'map', values: { type: 'any' } });
  let slots: Slot[];
  try {
    slots = parseSlots(slotMap, { addressRequired: target.addressRequired });
  } catch (error) {
    throw inputError('slots', (error as Error).message);
  }
  const commands: TrafficSettings['commands'] = {};
  for (const name of ['deploy', 'stop', 'switch', 'status'] as const) {
    const command = getString(name);
    if (command) commands[name] = command;
  }
  const targetOptions: Record<string, string> = {};
  for (const name of target.inputs) targetOptions[name] = getString(name);

  const redactor = new Redactor((secret) => core.setSecret(secret));
  const publicUrl = optionalUrl('public-url');
  const versionUrl = getString('version-url') || undefined;
  if (versionUrl !== undefined && !/^\/[^\s]*$/.test(versionUrl)) {
    throw inputError('version-url', `expected a path starting with /, such as /version, got '${versionUrl}'`);
  }
  const thresholds = parseList(getString('thresholds')).map((text, index) => {
    try {
      return parseWatchThreshold(text);
    } catch (error) {
      throw inputError('thresholds', `entry ${index + 1} '${text}': ${(error as Error).message}`);
    }
  });
  const checks = await getObject<unknown>('checks', { type: 'any' });
  const probes: ProbeSettings = {
    checks,
    publicUrl,
    versionUrl,
    thresholds,
    verify: {
      durationMs: duration('verify-duration', defaults['verify-duration'], { min: 0 }),
      ratePerCheck: getNumber('verify-rate', { min: 0.1, max: 1000 }) ?? defaults['verify-rate'],
      concurrency: 10,
    },
    env,
    redactor,
  };
  try {
    DeployProbes.validate(probes);
  } catch (error) {
    throw placed(error, { input: 'checks' });
  }
  for (const check of checksOf(checks)) {
    if (typeof check.url === 'string' && /^[a-z][a-z\d+.-]*:/i.test(check.url)) {
      throw inputError(
        'checks',
        `check url '${check.url}' must be a path such as /health: each check runs on the idle slot before the switch and on public-url after it`,
      );
    }
  }

  const sshHost = getString('ssh-host') || undefined;
  let ssh: SshSettings | undefined;
  if (sshHost !== undefined) {
    if (!/^[A-Za-z0-9.:_-]+$/.test(sshHost))
      throw inputError('ssh-host', `expected a host name or address, got '${sshHost}'`);
    const user = getString('ssh-user') || defaults['ssh-user'];
    if (!/^[A-Za-z0-9._-]+$/.test(user)) throw inputError('ssh-user', `expected a user name, got '${user}'`);
    const key = getString('ssh-key');
    // The runner masks line by line: a multi-line key is registered whole and per line.
    if (key)
      for (const part of [key, ...key.split(/\r?\n/).map((line) => line.trim())])
        if (part.length >= 8) core.setSecret(part);
    ssh = {
      host: sshHost,
      user,
      port: getNumber('ssh-port', { min: 1, max: 65535, integer: true }) ?? defaults['ssh-port'],
      key,
      knownHosts: getString('ssh-known-hosts'),
    };
    if (!key) throw inputError('ssh-key', 'is required with ssh-host: the private deploy key, from a secret');
    if (!ssh.knownHosts)
      throw inputError(
        'ssh-known-hosts',
        `is required with ssh-host: the host key lines ssh-keyscan -p ${ssh.port} ${sshHost} prints, checked against the host's real fingerprint (there is no trust on first use)`,
      );
  }

  const githubToken = getString('github-token');
  if (githubToken) core.setSecret(githubToken);
  const lockFile = getString('lock-file') || undefined;
  if (lockFile !== undefined && (!lockFile.startsWith('/') || /[\n'"$`\\]/.test(lockFile))) {
    throw inputError('lock-file', `expected an absolute path on the target host, got '${lockFile}'`);
  }
  return {
    target,
    slots,
    commands,
    targetOptions,
    probes,
    timing: {
      readyTimeoutMs: duration('ready-timeout', defaults['ready-timeout'], { min: 1 }),
      recheckTimeoutMs: Math.min(duration('ready-timeout', defaults['ready-timeout'], { min: 1 }), 15_000),
      readbackTimeoutMs: duration('readback-timeout', defaults['readback-timeout'], { min: 1 }),
      verifyMs: probes.verify.durationMs,
      drainMs: duration('drain-time', defaults['drain-time'] ?? 10_000, { min: 0 }),
    },
    deployTimeoutMs: duration('deploy-timeout', defaults['deploy-timeout'], { min: 1 }),
    lock: {
      path: lockFile,
      waitMs: duration('lock-wait', defaults['lock-wait'], { min: 0 }),
      ttlSeconds: Math.ceil(duration('lock-ttl', defaults['lock-ttl'], { min: 1000 }) / 1000),
    },
    ssh,
    environment: getString('environment') || undefined,
    github: githubToken ? (options) => createGitHubClient(githubToken, options) : undefined,
    context: readRunContext(env),
    redactor,
  };
}

function duration(name: string, fallback: number, range: { min: number }): number {
  const value = getDuration(name) ?? fallback;
  if (value < range.min) throw inputError(name, range.min === 0 ? 'must not be negative' : 'must be longer than 0');
  return value;
}

function optionalUrl(name: string): string | undefined {
  const text = getString(name);
  if (!text) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw inputError(name, `expected an http(s) URL such as https://www.example.com, got '${text}'`);
  }
  return text;
}

function checksOf(parsed: unknown): { url?: unknown }[] {
  const list = Array.isArray(parsed) ? parsed : (parsed as { checks?: unknown } | undefined)?.checks;
  return Array.isArray(list) ? (list as { url?: unknown }[]) : [];
}
