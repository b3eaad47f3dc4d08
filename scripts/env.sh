# Shared settings for the scripts: sourced, not run. Everything generated lives under .local/.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LOCAL="$ROOT/.local"
PG_PORT="${INNGANG_PG_PORT:-55432}"
PG_DATA="$LOCAL/pg/data"
PG_RUN="$LOCAL/pg/run"
PG_LOG="$LOCAL/pg/postgres.log"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
KAFKA_PORT="${INNGANG_KAFKA_PORT:-59092}"
KAFKA_BROKERS="127.0.0.1:$KAFKA_PORT"
TANSU_BIN="$LOCAL/bin/tansu"
TANSU_PID="$LOCAL/tansu/tansu.pid"
TANSU_LOG="$LOCAL/tansu/tansu.log"
DB_ADMIN_URL="postgres://inngang:inngang@127.0.0.1:$PG_PORT/inngang"
export LD_LIBRARY_PATH="$LOCAL/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export PATH="/opt/swift/usr/bin:$PATH"

log() { printf '\033[1;34m[inngang]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[inngang] error:\033[0m %s\n' "$*" >&2; exit 1; }

# wait_for_port HOST PORT SECONDS — true once something accepts connections.
wait_for_port() {
  local host=$1 port=$2 secs=$3 i
  for ((i = 0; i < secs * 10; i++)); do
    if (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  return 1
}

# note_running_infra — remembers whether PostgreSQL and the broker were already running, so that
# stop_infra_started_here stops only what this script started.
note_running_infra() {
  pg_was_up=0; kafka_was_up=0
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1 && pg_was_up=1
  [ -f "$TANSU_PID" ] && kill -0 "$(cat "$TANSU_PID")" 2>/dev/null && kafka_was_up=1
  return 0
}
stop_infra_started_here() {
  if [ "$kafka_was_up" = 0 ] && [ -f "$TANSU_PID" ]; then kill "$(cat "$TANSU_PID")" 2>/dev/null || true; rm -f "$TANSU_PID"; fi
  if [ "$pg_was_up" = 0 ]; then runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || true; fi
}
