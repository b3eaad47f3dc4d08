#!/usr/bin/env bash
# make bench: Inngang's benchmarks side by side with their references on the same PostgreSQL and
# broker, then a table on standard output and .local/bench/summary.json. Stops what it started.
#
#   job queue      inngang-bench jobs-drain/jobs-steady  vs  PgQueuer (bench/pgqueuer_bench.py)
#                  and vs pgbench running JobSQL's lease+complete (bench/pgbench/lease_complete.sql)
#   Kafka producer inngang-bench produce                 vs  kcat -P (same librdkafka runtime)
#   outbox         inngang-bench outbox (relay events/s  vs  outbox insert rate)
#
# Knobs (environment): BENCH_ROUNDS (3), BENCH_STEADY_SECONDS (30), BENCH_ONLY (jobs,kafka,outbox),
# BENCH_ARGS (more bench/run_bench.py options, e.g. "--pgbench-mode prepared").
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
"$ROOT/scripts/setup.sh"

BENCH_PY="$LOCAL/bench-py"
REQUIREMENTS="$ROOT/bench/requirements.txt"

note_running_infra
cleanup() {
  local rc=$?
  stop_infra_started_here
  exit $rc
}
trap cleanup EXIT
"$ROOT/scripts/infra-up.sh"

# Reference tools: PgQueuer and asyncpg as pinned PyPI wheels in a venv under .local (re-installed
# when bench/requirements.txt changes). kcat and pgbench are Debian packages from setup.sh.
stamp="$BENCH_PY/.requirements.sha256"
want=$(sha256sum "$REQUIREMENTS" | cut -d' ' -f1)
if [ ! -x "$BENCH_PY/bin/python" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  log "installing the reference tools (bench/requirements.txt) into .local/bench-py"
  rm -rf "$BENCH_PY"
  if ! python3 -m venv "$BENCH_PY" 2>/dev/null; then
    command -v apt-get >/dev/null || die "python3 -m venv failed and there is no apt-get to install python3-venv"
    rm -rf "$BENCH_PY"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
    python3 -m venv "$BENCH_PY"
  fi
  "$BENCH_PY/bin/pip" install -q --disable-pip-version-check --only-binary=:all: -r "$REQUIREMENTS"
  echo "$want" > "$stamp"
fi
for tool in kcat pgbench psql; do command -v "$tool" >/dev/null || die "$tool not found (make setup installs it)"; done

log "building inngang-bench (release)"
swift build -c release --product inngang-bench
BIN="$(swift build -c release --show-bin-path)/inngang-bench"

mkdir -p "$LOCAL/bench"
log "running benchmarks (librdkafka from .local/lib; rounds: ${BENCH_ROUNDS:-3})"
# shellcheck disable=SC2086 # BENCH_ARGS is a list of options
"$BENCH_PY/bin/python" "$ROOT/bench/run_bench.py" \
  --bench-bin "$BIN" --python "$BENCH_PY/bin/python" \
  --database-url "$DB_ADMIN_URL" --brokers "$KAFKA_BROKERS" --tansu "$TANSU_BIN" \
  --work-dir "$LOCAL/bench" --output "$LOCAL/bench/summary.json" \
  --rounds "${BENCH_ROUNDS:-3}" --steady-seconds "${BENCH_STEADY_SECONDS:-30}" \
  --only "${BENCH_ONLY:-jobs,kafka,outbox}" ${BENCH_ARGS:-}
