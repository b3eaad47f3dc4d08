#!/usr/bin/env bash
# make demo: drive the journey (scripts/demo.py) against the running system. When the services
# are not running yet, start them like `make run` (logs to .local/demo/run.log) and stop them
# (and any infrastructure started for the demo) afterwards.
set -uo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"

ports=(8081 8082 8083 8084 8085)
all_ready() {
  for port in "${ports[@]}"; do curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 || return 1; done
}

started=""
if ! all_ready; then
  mkdir -p "$LOCAL/demo"
  log "the system is not running: starting it (logs: .local/demo/run.log)"
  # A Kafka namespace of its own, so the demo never depends on consumer-group state a previous
  # run left in a long-running development broker.
  export INNGANG_KAFKA_NAMESPACE="${INNGANG_KAFKA_NAMESPACE:-demo-$(date +%s)}"
  setsid "$ROOT/scripts/run.sh" >"$LOCAL/demo/run.log" 2>&1 &
  started=$!
  for _ in $(seq 600); do all_ready && break; sleep 0.5; done
  all_ready || { log "the services did not become ready; see .local/demo/run.log"; kill -TERM -- -"$started" 2>/dev/null; exit 1; }
fi

python3 "$ROOT/scripts/demo.py"
rc=$?

if [ -n "$started" ]; then
  log "stopping the system started for the demo"
  kill -TERM "$started" 2>/dev/null
  wait "$started" 2>/dev/null
fi
exit $rc
