#!/usr/bin/env bash
# make run: PostgreSQL, the broker and all five services in the foreground with readable logs.
# Ctrl-C (or SIGTERM) stops the services gracefully, then the infrastructure this script started.
set -uo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"

note_running_infra
"$ROOT/scripts/infra-up.sh" || exit 1
"$ROOT/scripts/dev-keys.sh" || exit 1

BIN="${INNGANG_BIN_DIR:-$ROOT/.build/debug}"
export INNGANG_ROOT="$ROOT" INNGANG_ENV=development INNGANG_LOG_FORMAT="${INNGANG_LOG_FORMAT:-text}"
export INNGANG_KAFKA_BROKERS="$KAFKA_BROKERS"

# name:port:database
SERVICES=(intake:8081:inngang_intake consent:8082:inngang_consent notification:8083:inngang_notification
          application-status:8084:inngang_status klage:8085:inngang_klage)
pids=()
colors=(32 33 35 36 34)
i=0
for entry in "${SERVICES[@]}"; do
  IFS=: read -r name port db <<<"$entry"
  [ -x "$BIN/$name" ] || { log "missing $BIN/$name: run 'make build' first"; exit 1; }
  color=${colors[$((i % 5))]}
  (
    INNGANG_HTTP_PORT=$port INNGANG_DATABASE_URL="postgres://inngang:inngang@127.0.0.1:$PG_PORT/$db" \
      exec "$BIN/$name" 2>&1 | sed -u "s/^/\x1b[${color}m$(printf '%-18s' "$name")\x1b[0m /"
  ) &
  pids+=($!)
  i=$((i + 1))
done

stop() {
  trap - INT TERM
  log "stopping services"
  pkill -TERM -P "$$" 2>/dev/null
  # Match the full path: process names are cut to 15 characters ("application-sta").
  for entry in "${SERVICES[@]}"; do pkill -TERM -f "^$BIN/${entry%%:*}\$" 2>/dev/null; done
  wait 2>/dev/null
  if [ $kafka_was_up = 0 ] || [ $pg_was_up = 0 ]; then
    stop_infra_started_here
    log "infrastructure stopped"
  fi
  exit 0
}
trap stop INT TERM

# Report once every service answers /readyz.
for entry in "${SERVICES[@]}"; do
  IFS=: read -r name port _ <<<"$entry"
  for _ in $(seq 300); do
    curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
    sleep 0.2
  done
done
log "all services started:"
for entry in "${SERVICES[@]}"; do
  IFS=: read -r name port _ <<<"$entry"
  state=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/readyz")
  log "  $(printf '%-18s' "$name") http://127.0.0.1:$port   /readyz -> $state"
done
log "Ctrl-C stops everything"
wait
