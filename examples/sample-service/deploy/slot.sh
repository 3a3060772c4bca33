#!/usr/bin/env bash
# The deploy and stop commands of the demo's blue-green slots: what a user writes for their own service
# (here one process per slot where a real one might run `docker compose -p "shop-$SLOT" up -d`).
#
#   deploy: SAMPLE_RELEASES=<dir> SAMPLE_RUN=<dir> bash slot.sh start    SLOT, VERSION, SLOT_ADDRESS from the action
#   stop:   SAMPLE_RUN=<dir> bash slot.sh stop                           SLOT from the action
#           SAMPLE_RUN=<dir> bash slot.sh stop-all                       every slot (the demo's clean-up)
#
# `start` stops the slot's previous process, starts release $SAMPLE_RELEASES/$VERSION in the background
# and returns at once: the action checks the slot until it is ready. Pid files and logs go to $SAMPLE_RUN.
set -euo pipefail
run=${SAMPLE_RUN:?SAMPLE_RUN: the directory for pid files and logs}
python=${SAMPLE_PYTHON:-python3}
mkdir -p "$run"

alive() { # a running process, not a zombie waiting to be reaped
  [ -r "/proc/$1/stat" ] && ! grep -q '^[0-9]* ([^)]*) Z' "/proc/$1/stat"
}

stop_slot() {
  local slot=$1 pidfile="$run/$1.pid" pid
  [ -f "$pidfile" ] || return 0
  pid=$(cat "$pidfile")
  # Only a process of this service: a stale pid file must never stop something else.
  if alive "$pid" && grep -qa sample_service "/proc/$pid/cmdline"; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 50); do alive "$pid" || break; sleep 0.1; done
    if alive "$pid"; then kill -KILL "$pid" 2>/dev/null || true; fi
    echo "slot $slot: stopped pid $pid"
  fi
  rm -f "$pidfile"
}

case "${1:-}" in
  start)
    : "${SLOT:?}" "${VERSION:?}" "${SLOT_ADDRESS:?}"
    release="${SAMPLE_RELEASES:?SAMPLE_RELEASES: the directory of releases, one per version}/$VERSION"
    if [ ! -d "$release/sample_service" ]; then
      echo "no release $VERSION in $SAMPLE_RELEASES" >&2
      exit 1
    fi
    stop_slot "$SLOT"
    cd "$release"
    # Its own session: the process outlives this command and the step that ran it, like a container would.
    APP_VERSION="$VERSION" setsid "$python" -m sample_service --listen "$SLOT_ADDRESS" --pid-file "$run/$SLOT.pid" \
      >>"$run/$SLOT.log" 2>&1 </dev/null &
    echo "$!" >"$run/$SLOT.pid"
    echo "slot $SLOT: started $VERSION on $SLOT_ADDRESS (pid $!)"
    ;;
  stop)
    stop_slot "${SLOT:?}"
    ;;
  stop-all)
    for pidfile in "$run"/*.pid; do
      [ -e "$pidfile" ] || continue
      stop_slot "$(basename "$pidfile" .pid)"
    done
    ;;
  *)
    echo "usage: slot.sh start | stop | stop-all" >&2
    exit 2
    ;;
esac
