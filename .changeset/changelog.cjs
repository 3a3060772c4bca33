// How `changeset version` words a version section of actions/<name>/CHANGELOG.md (and packages/shared's).
// An action's own changes read as their summaries; a change to packages/shared reaches every action (each
// bundles it; config.json's updateInternalDependents "always" gives each a patch) and reads as the shared
// changeset's own summary, so users see what changed rather than "updated dependencies".
/* global module */
'use strict';

const SHARED = '@pipeline-actions/shared';

/** One line (or paragraph) per changeset naming this package. */
async function getReleaseLine(changeset) {
  const [first, ...rest] = changeset.summary.trim().split('\n');
  return [`- ${first}`, ...rest.map((line) => (line ? `  ${line}` : line))].join('\n');
}

/** The changes that reach this package through packages/shared, in their own words. */
async function getDependencyReleaseLine(changesets, dependenciesUpdated) {
  if (!dependenciesUpdated.some((dependency) => dependency.name === SHARED)) return '';
  return changesets
    .filter((changeset) => changeset.releases.some((release) => release.name === SHARED))
    .map((changeset) => {
      const [first, ...rest] = changeset.summary.trim().split('\n');
      return [`- Through packages/shared: ${first}`, ...rest.map((line) => (line ? `  ${line}` : line))].join('\n');
    })
    .join('\n');
}

module.exports = { getReleaseLine, getDependencyReleaseLine };
