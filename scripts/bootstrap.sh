#!/usr/bin/env bash
# Brings a fresh machine (Node 20 + npm, root) to what the tests and the demo need:
# pnpm (the version pinned in package.json), the Debian packages in
# scripts/apt-packages.txt (real nginx, coverage tools, scanners…),
# and the frozen workspace install. Safe to run again: it skips what is there.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

pnpm_version=$(node -p "require('./package.json').packageManager.split('@')[1]")
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$pnpm_version" ]; then
  echo "::group::Installing pnpm $pnpm_version"
  # Corepack's signature check fails against the current registry keys, so use npm.
  npm install --global --no-fund --no-audit "pnpm@$pnpm_version" >/dev/null
  echo "::endgroup::"
fi

missing=()
while read -r pkg; do
  [ -z "$pkg" ] && continue
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done < <(grep -v '^#' scripts/apt-packages.txt)
if [ ${#missing[@]} -gt 0 ]; then
  echo "::group::Installing Debian packages: ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    echo "These Debian packages are needed and this user cannot install them: ${missing[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null
  apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
  echo "::endgroup::"
fi
# nginx, HAProxy, sshd and etcd are started by the tests themselves on loopback, never as system services.
for service in nginx haproxy ssh etcd; do
  if command -v service >/dev/null 2>&1 && service "$service" status >/dev/null 2>&1; then service "$service" stop >/dev/null 2>&1 || true; fi
done

echo "::group::pnpm install"
pnpm install --frozen-lockfile --reporter=append-only
echo "::endgroup::"
