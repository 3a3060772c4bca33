#!/usr/bin/env bash
# Builds a real Kubernetes control plane for the kubernetes-target tests: kube-apiserver and
# kube-controller-manager from Debian's `kubernetes` source package, offline (vendored modules, no proxy),
# once per machine, into a cache outside the clone. Prints the directory holding the two binaries.
#   KUBE_CACHE   cache root (default /var/cache/pipeline-actions/kube)
set -euo pipefail
cache=${KUBE_CACHE:-/var/cache/pipeline-actions/kube}
log() { echo "build-kube: $*" >&2; }

if ! grep -rqs '^Types:.*deb-src' /etc/apt/sources.list.d/ && ! grep -qs '^deb-src' /etc/apt/sources.list; then
  suite=$(. /etc/os-release && echo "${VERSION_CODENAME:-bookworm}")
  cat > /etc/apt/sources.list.d/pipeline-actions-src.sources <<SRC
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: $suite
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  apt-get update -q >/dev/null
fi
version=$(apt-cache showsrc kubernetes | awk '/^Version:/ { print $2; exit }')
[ -n "$version" ] || { log "Debian has no kubernetes source package here"; exit 1; }
out="$cache/$version"
if [ -x "$out/kube-apiserver" ] && [ -x "$out/kube-controller-manager" ]; then
  echo "$out"
  exit 0
fi

started=$(date +%s)
export DEBIAN_FRONTEND=noninteractive
need=()
for pkg in dpkg-dev golang-go rsync jq make; do dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg"); done
[ ${#need[@]} -eq 0 ] || apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null
work=$(mktemp -d /var/tmp/kube-build.XXXXXX)
trap 'rm -rf "$work"' EXIT
cd "$work"
log "fetching the kubernetes $version source package"
apt-get source -q kubernetes >/dev/null 2>&1
src=$(find . -maxdepth 1 -type d -name 'kubernetes-*' | head -n 1)
cd "$src"
log "building kube-apiserver and kube-controller-manager (several minutes on two cores)"
export GOPROXY=off GOFLAGS=-mod=vendor GO111MODULE=on GOCACHE="$cache/go-build"
make WHAT="cmd/kube-apiserver cmd/kube-controller-manager" >"$work/build.log" 2>&1 || { tail -n 40 "$work/build.log" >&2; exit 1; }
mkdir -p "$out.tmp"
cp _output/bin/kube-apiserver _output/bin/kube-controller-manager "$out.tmp/"
rm -rf "$out" && mv "$out.tmp" "$out"
log "built in $(($(date +%s) - started)) s into $out"
echo "$out"
