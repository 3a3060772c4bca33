/**
 * What the gate decides on, read once: the coverage reports, the pull request, its changed lines and the
 * baseline. Only reading here (and the log of what was read); the decision and everything said about it come later.
 */
import * as core from '@actions/core';
import {
  changedLinesOfRun,
  pullRequestTarget,
  type ChangedLinesResult,
  type GitHubClientSource,
  type PullRequestTarget,
  type RunContext,
} from '@pipeline-actions/shared';
import { readBaseline, type Baseline } from './baseline.ts';
import { collectCoverage, type CollectedCoverage } from './coverage.ts';
import { readRepository } from './repository.ts';
import type { Settings } from './settings.ts';

export interface Collected {
  context: RunContext;
  coverage: CollectedCoverage;
  /** The pull request reported on (and the commit a check run goes on). */
  target: PullRequestTarget;
  /** The lines the change adds or modifies; undefined outside a pull request or when they cannot be known. */
  changed: ChangedLinesResult | undefined;
  /** Why the changed lines cannot be known, when they were looked for. */
  changedUnknown: string | undefined;
  /** Undefined when no baseline is set or its file does not exist yet. */
  baseline: Baseline | undefined;
}

async function readCoverage(settings: Settings): Promise<CollectedCoverage> {
  const repository = await readRepository(settings.workspace);
  return core.group('Reading coverage reports', async () => {
    const collected = await collectCoverage(settings.groups, repository, {
      include: settings.include,
      exclude: settings.exclude,
    });
    for (const group of collected.groups)
      for (const r of group.reports) core.info(`${r.file}: ${r.format}, ${r.files} file(s)`);
    return collected;
  });
}

/** The changed lines (git against the merge base, else the PR files API), or why they cannot be known. */
async function readChangedLines(
  settings: Settings,
  context: RunContext,
  pullNumber: number | undefined,
  client: GitHubClientSource | undefined,
): Promise<Pick<Collected, 'changed' | 'changedUnknown'>> {
  const base = settings.diffBase || context.pullRequest?.baseSha || undefined;
  if (base === undefined && pullNumber === undefined) return { changed: undefined, changedUnknown: undefined };
  const found = await changedLinesOfRun({
    workspace: settings.workspace,
    base,
    client,
    pullNumber,
    context,
  });
  return 'found' in found
    ? { changed: found.found, changedUnknown: undefined }
    : { changed: undefined, changedUnknown: found.unavailable };
}

/** Everything the decision needs, read once: coverage, the pull request and its changed lines, the baseline. */
export async function collect(settings: Settings): Promise<Collected> {
  const { context, github: client } = settings;
  const coverage = await readCoverage(settings);
  const target = await pullRequestTarget(context, settings.pullNumber, client);
  const changes = await readChangedLines(settings, context, target.number, client);
  const baseline = settings.baseline ? await readBaseline(settings.baseline) : undefined;
  return { context, coverage, target, ...changes, baseline };
}
