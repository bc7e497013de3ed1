#!/usr/bin/env bash
# All local infrastructure at once: PostgreSQL (54329), Kafka (19092) and the Kafka topics, and
# Mailpit (SMTP 11025, HTTP API 18025).
# Usage: infra/bin/infra.sh {up|down|status}
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
BIN="$ROOT/infra/bin"

case "${1:-}" in
  up)
    "$BIN/postgres.sh" start
    "$BIN/kafka.sh" start
    "$BIN/mailpit.sh" start
    # Topics need kafkajs from the repo's node_modules and any Node (the PATH one, else Node 24).
    [ -d "$ROOT/node_modules/kafkajs" ] || die "node_modules/kafkajs is missing: run 'npm ci' first"
    node="$(command -v node || echo "$("$BIN/node24.sh")/node")"
    KAFKA_BROKERS="${KAFKA_BROKERS:-127.0.0.1:19092}" "$node" "$ROOT/infra/kafka/create-topics.mjs"
    ;;
  down)
    # Stop both even if one of them fails to stop.
    rc=0
    "$BIN/mailpit.sh" stop || rc=1
    "$BIN/kafka.sh" stop || rc=1
    "$BIN/postgres.sh" stop || rc=1
    exit $rc
    ;;
  status)
    rc=0
    "$BIN/postgres.sh" status || rc=1
    "$BIN/kafka.sh" status || rc=1
    "$BIN/mailpit.sh" status || rc=1
    exit $rc
    ;;
  *) echo "usage: $0 {up|down|status}" >&2; exit 2 ;;
esac
