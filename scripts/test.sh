#!/usr/bin/env bash
# make test: set-up, infrastructure, every test, then stop what this script started.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
"$ROOT/scripts/setup.sh"

pg_was_up=0; kafka_was_up=0
runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1 && pg_was_up=1
[ -f "$TANSU_PID" ] && kill -0 "$(cat "$TANSU_PID")" 2>/dev/null && kafka_was_up=1
cleanup() {
  local rc=$?
  if [ $kafka_was_up = 0 ] && [ -f "$TANSU_PID" ]; then kill "$(cat "$TANSU_PID")" 2>/dev/null || true; rm -f "$TANSU_PID"; fi
  if [ $pg_was_up = 0 ]; then runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || true; fi
  exit $rc
}
trap cleanup EXIT
"$ROOT/scripts/infra-up.sh"
"$ROOT/scripts/dev-keys.sh"

export INNGANG_TEST_DATABASE_URL="$DB_ADMIN_URL"
export INNGANG_TEST_KAFKA_BROKERS="$KAFKA_BROKERS"
export INNGANG_ROOT="$ROOT"

log "building"
swift build --build-tests
log "running tests"
swift test --skip-build 2>&1 | tee "$LOCAL/test.log"
rc=${PIPESTATUS[0]}
[ -x "$ROOT/scripts/validate-deploy.sh" ] && { "$ROOT/scripts/validate-deploy.sh" || rc=1; }
exit $rc
