#!/usr/bin/env bash
# make test: set-up, infrastructure, every test, then stop what this script started.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
"$ROOT/scripts/setup.sh"

note_running_infra
cleanup() {
  local rc=$?
  stop_infra_started_here
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
