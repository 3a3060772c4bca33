#!/usr/bin/env bash
# The test command (README, .ci/run): install, type-check, lint, unit tests,
# rebuild every bundle and compare with the committed dist/, then run the
# end-to-end tests of the bundles through the runner harness on Node 24.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export NODE_OPTIONS="${NODE_OPTIONS:-} --max-old-space-size=4096"

step() { echo; echo "=== $* ==="; }

step "bootstrap"
bash scripts/bootstrap.sh

step "type-check"
pnpm run -s typecheck

step "lint"
pnpm run -s lint

step "README tables match action.yml; changelogs' Unreleased sections match .changeset/"
node scripts/generate-docs.mjs --check
node scripts/release/changelog.mjs --check

step "unit tests"
pnpm run -s test:unit

step "bundles match the committed dist/"
pnpm run -s check-dist

step "Kubernetes control plane for the kubernetes-target tests (built once per machine, then cached)"
kube_started=$(date +%s)
KUBE_BIN=$(bash scripts/build-kube.sh)
export KUBE_BIN
echo "kube-apiserver and kube-controller-manager in $KUBE_BIN ($(($(date +%s) - kube_started)) s)"

step "end-to-end tests (bundles on Node 24 through the harness)"
pnpm run -s test:e2e

echo
echo "All checks passed."
