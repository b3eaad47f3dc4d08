#!/usr/bin/env bash
# Creates the development JWT issuer's ES256 key pair under .local/jwt (idempotent).
# Services in development trust it; `make token` signs with it. Never used in production.
set -euo pipefail
source "$(dirname "$0")/env.sh"
dir="$LOCAL/jwt"
mkdir -p "$dir"
if [ ! -s "$dir/dev-issuer-private.pem" ]; then
  command -v openssl >/dev/null || { apt-get install -y -qq openssl >/dev/null; }
  umask 077
  openssl ecparam -name prime256v1 -genkey -noout | openssl pkcs8 -topk8 -nocrypt -out "$dir/dev-issuer-private.pem"
  openssl ec -in "$dir/dev-issuer-private.pem" -pubout -out "$dir/dev-issuer-public.pem" 2>/dev/null
  chmod 0644 "$dir/dev-issuer-public.pem"
  log "development JWT issuer key created in .local/jwt"
fi
