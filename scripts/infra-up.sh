#!/usr/bin/env bash
# Starts PostgreSQL and the Tansu broker on loopback ports and waits until both answer.
set -euo pipefail
source "$(dirname "$0")/env.sh"
[ -f "$PG_DATA/PG_VERSION" ] && [ -x "$TANSU_BIN" ] || "$ROOT/scripts/setup.sh"

if runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
  log "PostgreSQL already running on 127.0.0.1:$PG_PORT"
else
  mkdir -p "$PG_RUN"; chown postgres:postgres "$PG_RUN"
  touch "$PG_LOG"; chown postgres:postgres "$PG_LOG"
  log "starting PostgreSQL on 127.0.0.1:$PG_PORT"
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 60 start >/dev/null \
    || die "PostgreSQL did not start; see $PG_LOG"
fi
wait_for_port 127.0.0.1 "$PG_PORT" 30 || die "PostgreSQL is not accepting connections on $PG_PORT"
psql_admin() { runuser -u postgres -- psql -h "$PG_RUN" -p "$PG_PORT" -U inngang -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
# One database per service, plus the admin database the tests create their scratch databases from.
for db in inngang inngang_intake inngang_consent inngang_notification inngang_status inngang_klage; do
  [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" = 1 ] || psql_admin -c "CREATE DATABASE $db" >/dev/null
done

mkdir -p "$(dirname "$TANSU_PID")"
if [ -f "$TANSU_PID" ] && kill -0 "$(cat "$TANSU_PID")" 2>/dev/null; then
  log "Tansu broker already running on $KAFKA_BROKERS"
else
  log "starting Tansu broker on $KAFKA_BROKERS (memory storage)"
  nohup "$TANSU_BIN" broker --listener-url "tcp://$KAFKA_BROKERS" --advertised-listener-url "tcp://$KAFKA_BROKERS" \
    --storage-engine "memory://tansu/" >"$TANSU_LOG" 2>&1 &
  echo $! > "$TANSU_PID"
fi
wait_for_port 127.0.0.1 "$KAFKA_PORT" 30 || die "Tansu broker is not accepting connections on $KAFKA_PORT; see $TANSU_LOG"
log "infrastructure up: postgres://127.0.0.1:$PG_PORT  kafka://$KAFKA_BROKERS"
