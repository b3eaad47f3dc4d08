#!/usr/bin/env bash
# Stops what infra-up started. Tansu keeps topics in memory only: they are gone after this.
set -uo pipefail
source "$(dirname "$0")/env.sh"
if [ -f "$TANSU_PID" ]; then
  pid=$(cat "$TANSU_PID")
  if kill -0 "$pid" 2>/dev/null; then
    log "stopping Tansu broker"; kill "$pid"
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$TANSU_PID"
fi
if [ -f "$PG_DATA/PG_VERSION" ] && runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
  log "stopping PostgreSQL"
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null
fi
