/**
 * The rollback planner: pure (no I/O), so every decision is a function of what was read and can be tested alone.
 *
 * Which version, in a fixed order, the first that applies wins:
 *   1. the `to-version` input;
 *   2. the standby slot's version, if it is the last good version (the newest deployment of the environment whose
 *      latest status is success and that is not the live one; without a history: a version earlier than the live
 *      one, as far as semver can tell);
 *   3. that last good version from the deployment history;
 *   4. the highest semver tag matching `tag-pattern` below the live version (pre-releases only when asked).
 *
 * Then how: `switch` when the chosen version is the standby slot's and that slot passes the checks now (traffic goes
 * back, nothing is deployed), otherwise `redeploy` (the version is deployed into the idle slot through the
 * blue-green flow). `mode: switch` refuses to redeploy, `mode: redeploy` never switches without a deploy.
 *
 * Tags are read only when the plan needs them: the planner then answers `needs-tags` and is called again with them.
 */
import { lastSuccessful, type DeploymentRecord } from '@pipeline-actions/shared';
import { namesTag, matchTag, nearestVersions, sameVersion, semverOf, type TagPattern } from './versions.ts';

export const ROLLBACK_MODES = ['auto', 'switch', 'redeploy'] as const;
export type RollbackMode = (typeof ROLLBACK_MODES)[number];
export type RollbackMethod = 'switch' | 'redeploy';
export type CandidateSource = 'to-version' | 'standby' | 'history' | 'tag';

/** One candidate the planner looked at, in the order it looked. */
export interface Candidate {
  source: CandidateSource;
  /** The version it names, when it names one. */
  version?: string;
  /** standby: the slot. */
  slot?: string;
  /** history: the deployment. */
  deploymentId?: number;
  verdict: 'chosen' | 'skipped';
  reason: string;
}

/** The deployment history of the environment, or why it was not read. */
export type HistoryView =
  { available: true; environment: string; records: readonly DeploymentRecord[] } | { available: false; reason: string };

/** The tags matching `tag-pattern`, or why they could not be listed. */
export type TagsView =
  { available: true; names: readonly string[]; source: string } | { available: false; reason: string };

/** The standby slot's health, probed right before planning; undefined when it was not probed (and why). */
export type StandbyHealth = { healthy: boolean; detail: string } | { skipped: string };

export interface PlanInput {
  mode: RollbackMode;
  toVersion: string | undefined;
  /** What the target says is live. */
  live: { active: string | undefined; versions: Readonly<Record<string, string | undefined>> };
  /** The two slot names, in the order of the `slots` input. */
  slots: readonly string[];
  standbyHealth: StandbyHealth | undefined;
  history: HistoryView;
  /** Undefined: not read yet (the plan may answer `needs-tags`). */
  tags: TagsView | undefined;
  tagPattern: TagPattern;
  includePrereleases: boolean;
}

export interface RollbackPlan {
  mode: RollbackMode;
  /**
   * ready: go ahead; unchanged: the version asked for is live already; impossible: no version or no way (see
   * `why`); needs-tags: call again with `tags`.
   */
  status: 'ready' | 'unchanged' | 'impossible' | 'needs-tags';
  method: RollbackMethod | undefined;
  /** Why this method (ready), or what is missing (impossible), in one sentence. */
  why: string;
  from: { slot: string | undefined; version: string | undefined };
  /** The version to restore and the slot that will serve it (the standby slot, for both methods). */
  to: { version: string; slot: string; source: CandidateSource } | undefined;
  candidates: Candidate[];
  /** The newest successful deployment of the live version: marked rolled back once traffic left it. */
  badDeployment: { id: number; version: string } | undefined;
  /** With an unknown to-version: the existing versions nearest to it. */
  nearest: string[] | undefined;
}

/** Tags shown when skipped for being too new or pre-releases, so a long tag list stays readable. */
const SHOWN_SKIPPED_TAGS = 3;

export function planRollback(input: PlanInput): RollbackPlan {
  const { live, mode } = input;
  const active = live.active;
  const liveVersion = active === undefined ? undefined : live.versions[active];
  const standby = input.slots.find((slot) => slot !== active) ?? input.slots[1]!;
  const standbyVersion = live.versions[standby];
  const candidates: Candidate[] = [];
  const base = {
    mode,
    from: { slot: active, version: liveVersion },
    candidates,
    badDeployment: badDeploymentOf(input.history, liveVersion),
    nearest: undefined,
  };
  const impossible = (why: string, extra: Partial<RollbackPlan> = {}): RollbackPlan => ({
    ...base,
    status: 'impossible',
    method: undefined,
    why,
    to: undefined,
    ...extra,
  });

  if (active === undefined) {
    return impossible('Nothing is live on the target (no slot takes traffic), so there is nothing to roll back.');
  }
  if (liveVersion === undefined && input.toVersion === undefined) {
    return impossible(
      `The target does not say which version slot '${active}' runs, so "earlier than the live version" means nothing; give to-version.`,
    );
  }
  const history = input.history.available
    ? lastSuccessful(input.history.records, { exclude: liveVersion === undefined ? [] : [liveVersion] })
    : undefined;

  // 1. to-version
  if (input.toVersion !== undefined) {
    const wanted = input.toVersion;
    if (sameVersion(wanted, liveVersion)) {
      candidates.push({
        source: 'to-version',
        version: liveVersion,
        verdict: 'chosen',
        reason: `given; already live in slot '${active}'`,
      });
      return {
        ...base,
        status: 'unchanged',
        method: undefined,
        why: `${wanted} is already live in slot '${active}': nothing to do.`,
        to: { version: liveVersion!, slot: active, source: 'to-version' },
      };
    }
    const found = findVersion(wanted, input, standby, standbyVersion);
    if (found === 'needs-tags') return needsTags(base);
    if (found === undefined) {
      const nearest = nearestVersions(wanted, knownVersions(input, live), input.tagPattern);
      candidates.push({ source: 'to-version', version: wanted, verdict: 'skipped', reason: 'exists nowhere' });
      return impossible(
        `to-version ${wanted} exists nowhere: ${whereLooked(input, live)}. ${nearest.length ? `Nearest existing versions: ${nearest.join(', ')}.` : 'No version exists anywhere to compare with.'}`,
        { nearest },
      );
    }
    candidates.push({
      source: 'to-version',
      version: found.version,
      verdict: 'chosen',
      reason: `given; ${found.where}`,
    });
    return decide(input, base, found.version, 'to-version', standby, standbyVersion);
  }
  candidates.push({ source: 'to-version', verdict: 'skipped', reason: 'not given' });

  // 2. the standby slot
  const standbyVerdict = judgeStandby(input, standbyVersion, liveVersion, history);
  candidates.push({
    source: 'standby',
    slot: standby,
    ...(standbyVersion === undefined ? {} : { version: standbyVersion }),
    verdict: standbyVerdict.good ? 'chosen' : 'skipped',
    reason: standbyVerdict.reason,
  });
  if (standbyVerdict.good) return decide(input, base, standbyVersion!, 'standby', standby, standbyVersion);

  // 3. the deployment history
  if (!input.history.available) {
    candidates.push({ source: 'history', verdict: 'skipped', reason: `not read: ${input.history.reason}` });
  } else {
    for (const skipped of history!.skipped) {
      candidates.push({
        source: 'history',
        deploymentId: skipped.id,
        ...(skipped.version === undefined ? {} : { version: skipped.version }),
        verdict: 'skipped',
        reason: skipped.reason === 'excluded' ? 'the live version' : skipped.reason,
      });
    }
    const good = history!.deployment;
    if (good) {
      candidates.push({
        source: 'history',
        deploymentId: good.id,
        version: good.version!,
        verdict: 'chosen',
        reason: `the newest deployment of ${input.history.environment} whose latest status is success (${good.createdAt})`,
      });
      return decide(input, base, good.version!, 'history', standby, standbyVersion);
    }
    candidates.push({
      source: 'history',
      verdict: 'skipped',
      reason:
        input.history.records.length === 0
          ? `no deployment of ${input.history.environment} on record`
          : `none of the ${input.history.records.length} newest deployments of ${input.history.environment} is a successful one besides the live version`,
    });
  }

  // 4. the highest semver tag below the live version
  if (input.tags === undefined) return needsTags(base);
  const tag = pickTag(input, input.tags, liveVersion);
  candidates.push(...tag.candidates);
  if (tag.version !== undefined) return decide(input, base, tag.version, 'tag', standby, standbyVersion);

  return impossible(
    `No earlier version to roll back to from ${liveVersion ?? 'the live version'}: ${candidates
      .filter((candidate) => candidate.source !== 'to-version' && candidate.deploymentId === undefined)
      .map((candidate) => `${label(candidate)}: ${candidate.reason}`)
      .join('; ')}. Give to-version to choose one.`,
  );
}

/** The method for the chosen version, and the plan. */
function decide(
  input: PlanInput,
  base: Omit<RollbackPlan, 'status' | 'method' | 'why' | 'to'>,
  version: string,
  source: CandidateSource,
  standby: string,
  standbyVersion: string | undefined,
): RollbackPlan {
  const to = { version, slot: standby, source };
  const inStandby = standbyVersion !== undefined && version === standbyVersion;
  const health = input.standbyHealth;
  const healthy = health !== undefined && 'healthy' in health && health.healthy;
  const ready = (method: RollbackMethod, why: string): RollbackPlan => ({ ...base, status: 'ready', method, why, to });
  const failedChecks =
    health === undefined
      ? 'was not checked'
      : 'skipped' in health
        ? `was not checked (${health.skipped})`
        : `does not pass its checks now (${health.detail})`;

  if (input.mode === 'redeploy') {
    return ready(
      'redeploy',
      `mode is redeploy: ${version} is deployed into slot '${standby}' and traffic switches to it through the blue-green flow.`,
    );
  }
  if (inStandby && healthy) {
    return ready(
      'switch',
      `slot '${standby}' holds ${version} and passes its checks now (${(health as { detail: string }).detail}): traffic goes back to it, nothing is deployed.`,
    );
  }
  const why = inStandby
    ? `slot '${standby}' holds ${version} but ${failedChecks}`
    : `slot '${standby}' holds ${standbyVersion ?? 'no version'}, not ${version}`;
  if (input.mode === 'switch') {
    return {
      ...base,
      status: 'impossible',
      method: undefined,
      why: `mode is switch, but ${why}; nothing was changed. Use mode auto or redeploy to deploy ${version} into slot '${standby}'.`,
      to,
    };
  }
  return ready(
    'redeploy',
    `${why}, so ${version} is deployed into it and traffic switches through the blue-green flow.`,
  );
}

/** Is the standby slot's version the one to go back to? */
function judgeStandby(
  input: PlanInput,
  standbyVersion: string | undefined,
  liveVersion: string | undefined,
  history: ReturnType<typeof lastSuccessful> | undefined,
): { good: boolean; reason: string } {
  if (standbyVersion === undefined) return { good: false, reason: 'holds no version (nothing was deployed there yet)' };
  if (standbyVersion === liveVersion) return { good: false, reason: `runs the live version ${liveVersion} too` };
  if (input.history.available) {
    const good = history!.deployment;
    if (good && good.version === standbyVersion) {
      return { good: true, reason: `holds the last good version (deployment ${good.id}, latest status success)` };
    }
    if (good) {
      return {
        good: false,
        reason: `holds ${standbyVersion}, but the last good version is ${good.version} (deployment ${good.id})${describeRecord(history!, standbyVersion)}`,
      };
    }
    const known = history!.skipped.find((skipped) => skipped.version === standbyVersion);
    if (known)
      return { good: false, reason: `holds ${standbyVersion}, whose deployment ${known.id} was ${known.reason}` };
  }
  const standbySemver = semverOf(standbyVersion, input.tagPattern);
  const liveSemver = liveVersion === undefined ? undefined : semverOf(liveVersion, input.tagPattern);
  if (standbySemver && liveSemver && standbySemver.compare(liveSemver) > 0) {
    return {
      good: false,
      reason: `holds ${standbyVersion}, newer than the live ${liveVersion}: a deploy that was never promoted, not an earlier version`,
    };
  }
  const unconfirmed = input.history.available
    ? `${standbyVersion} is not in the deployment history`
    : `no deployment history to confirm it was good (${input.history.reason})`;
  return {
    good: true,
    reason: `holds ${standbyVersion}, ${standbySemver && liveSemver ? `earlier than the live ${liveVersion}` : 'the version before the live one as the target records it'}; ${unconfirmed}`,
  };
}

function describeRecord(history: ReturnType<typeof lastSuccessful>, version: string): string {
  const known = history.skipped.find((skipped) => skipped.version === version);
  // The deployment's own row shows its status description; here the state is enough.
  return known ? `; ${version}'s deployment ${known.id}: ${known.reason.replace(/: ".*"$/s, '')}` : '';
}

/** Where `wanted` exists: a slot, the history or a tag (in that order); its spelling there is the version. */
function findVersion(
  wanted: string,
  input: PlanInput,
  standby: string,
  standbyVersion: string | undefined,
): { version: string; where: string } | undefined | 'needs-tags' {
  if (sameVersion(wanted, standbyVersion)) return { version: standbyVersion!, where: `in slot '${standby}'` };
  if (input.history.available) {
    const record = input.history.records.find((candidate) => sameVersion(wanted, candidate.version));
    if (record) {
      const state = record.latestState ?? 'no status';
      return {
        version: record.version!,
        where: `deployment ${record.id} of ${input.history.environment} (latest status ${state}${record.latestDescription ? `: "${record.latestDescription}"` : ''})`,
      };
    }
  }
  if (input.tags === undefined) return 'needs-tags';
  if (input.tags.available) {
    const tag = input.tags.names.find((name) => namesTag(wanted, name, input.tagPattern));
    if (tag) return { version: tag, where: `tag ${tag}` };
  }
  return undefined;
}

function pickTag(
  input: PlanInput,
  tags: TagsView,
  liveVersion: string | undefined,
): { version: string | undefined; candidates: Candidate[] } {
  const skip = (reason: string) => ({
    version: undefined,
    candidates: [{ source: 'tag' as const, verdict: 'skipped' as const, reason }],
  });
  if (!tags.available) return skip(`not listed: ${tags.reason}`);
  const liveSemver = liveVersion === undefined ? undefined : semverOf(liveVersion, input.tagPattern);
  if (!liveSemver) return skip(`the live version ${liveVersion ?? '(unknown)'} is not semver, so no tag is below it`);
  const releases = tags.names
    .map((name) => ({
      name,
      semver: matchTag(input.tagPattern, name) === undefined ? undefined : semverOf(name, input.tagPattern),
    }))
    .filter((tag) => tag.semver !== undefined)
    .sort((a, b) => b.semver!.compare(a.semver!) || (a.name < b.name ? 1 : -1));
  if (releases.length === 0) {
    return skip(`no semver tag matches ${input.tagPattern.text} (${tags.names.length} tags ${tags.source})`);
  }
  const tooNew: string[] = [];
  const prereleases: string[] = [];
  for (const tag of releases) {
    if (tag.semver!.compare(liveSemver) >= 0) {
      tooNew.push(tag.name);
      continue;
    }
    if (tag.semver!.prerelease.length > 0 && !input.includePrereleases) {
      prereleases.push(tag.name);
      continue;
    }
    const candidates: Candidate[] = [];
    if (tooNew.length) candidates.push(skippedTags(tooNew, `not below the live ${liveVersion}`));
    if (prereleases.length) candidates.push(skippedTags(prereleases, 'a pre-release (include-prereleases is false)'));
    candidates.push({
      source: 'tag',
      version: tag.name,
      verdict: 'chosen',
      reason: `the highest semver tag matching ${input.tagPattern.text} below the live ${liveVersion} (${tags.source})`,
    });
    return { version: tag.name, candidates };
  }
  const candidates: Candidate[] = [];
  if (tooNew.length) candidates.push(skippedTags(tooNew, `not below the live ${liveVersion}`));
  if (prereleases.length) candidates.push(skippedTags(prereleases, 'a pre-release (include-prereleases is false)'));
  candidates.push({
    source: 'tag',
    verdict: 'skipped',
    reason: `no ${input.includePrereleases ? '' : 'release '}tag matching ${input.tagPattern.text} is below the live ${liveVersion} (${releases.length} semver tags ${tags.source})`,
  });
  return { version: undefined, candidates };
}

function skippedTags(names: string[], reason: string): Candidate {
  const shown = names.slice(0, SHOWN_SKIPPED_TAGS);
  const more = names.length - shown.length;
  return {
    source: 'tag',
    version: shown[0]!,
    verdict: 'skipped',
    reason: `${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}: ${reason}`,
  };
}

function needsTags(base: Omit<RollbackPlan, 'status' | 'method' | 'why' | 'to'>): RollbackPlan {
  return { ...base, status: 'needs-tags', method: undefined, why: 'the tags are needed', to: undefined };
}

function badDeploymentOf(history: HistoryView, liveVersion: string | undefined): RollbackPlan['badDeployment'] {
  if (!history.available || liveVersion === undefined) return undefined;
  const record = history.records.find((entry) => entry.version === liveVersion && entry.latestState === 'success');
  return record ? { id: record.id, version: liveVersion } : undefined;
}

function knownVersions(input: PlanInput, live: PlanInput['live']): string[] {
  const versions = Object.values(live.versions).filter((version): version is string => version !== undefined);
  if (input.history.available)
    for (const record of input.history.records) if (record.version !== undefined) versions.push(record.version);
  if (input.tags?.available) versions.push(...input.tags.names.filter((name) => matchTag(input.tagPattern, name)));
  return versions;
}

function whereLooked(input: PlanInput, live: PlanInput['live']): string {
  const slots = Object.entries(live.versions)
    .map(([slot, version]) => `${slot}: ${version ?? 'nothing'}`)
    .join(', ');
  const history = input.history.available
    ? `not in the ${input.history.records.length} newest deployments of ${input.history.environment}`
    : `the deployment history was not read (${input.history.reason})`;
  const tags = !input.tags
    ? 'tags not listed'
    : input.tags.available
      ? `not a tag matching ${input.tagPattern.text} (${input.tags.names.length} tags ${input.tags.source})`
      : `tags not listed (${input.tags.reason})`;
  return `not in a slot (${slots || 'none'}), ${history}, ${tags}`;
}

/** "standby slot 'blue'", "deployment 12", "tag v1.4.2", "to-version" */
export function label(candidate: Candidate): string {
  switch (candidate.source) {
    case 'to-version':
      return 'to-version';
    case 'standby':
      return `standby slot '${candidate.slot}'`;
    case 'history':
      return candidate.deploymentId === undefined ? 'deployment history' : `deployment ${candidate.deploymentId}`;
    case 'tag':
      return 'tags';
  }
}
