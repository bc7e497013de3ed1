#!/usr/bin/env bash
# All local infrastructure at once: PostgreSQL (54329), Kafka (19092) and the Kafka topics, and
# Mailpit (SMTP 11025, HTTP API 18025).
# Usage: infra/bin/infra.sh {up|down|status} [--brokers 3]
# --brokers 3: Kafka is a three-node cluster on ports of its own instead (infra/bin/kafka.sh;
# PASSERELLE_KAFKA_BASE_PORT, default 29092); its KAFKA_BROKERS is printed and used for the topics.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
BIN="$ROOT/infra/bin"

ACTION="${1:-}"
shift || true
KAFKA_ARGS=()
case "${1:-}" in
  --brokers) KAFKA_ARGS=(--brokers "${2:-}") ;;
  --brokers=*) KAFKA_ARGS=("$1") ;;
  "") ;;
  *) echo "unknown argument: $1" >&2; exit 2 ;;
esac

case "$ACTION" in
  up)
    "$BIN/postgres.sh" start
    "$BIN/kafka.sh" start "${KAFKA_ARGS[@]}"
    "$BIN/mailpit.sh" start
    # Topics need kafkajs from the repo's node_modules and any Node (the PATH one, else Node 24).
    [ -d "$ROOT/node_modules/kafkajs" ] || die "node_modules/kafkajs is missing: run 'npm ci' first"
    node="$(command -v node || echo "$("$BIN/node24.sh")/node")"
    if [ ${#KAFKA_ARGS[@]} -gt 0 ] && [ "$("$BIN/kafka.sh" brokers "${KAFKA_ARGS[@]}" 2>/dev/null)" != "" ]; then
      brokers="$("$BIN/kafka.sh" brokers "${KAFKA_ARGS[@]}")"   # the cluster's, whatever the shell says
    else
      brokers="${KAFKA_BROKERS:-127.0.0.1:19092}"
    fi
    KAFKA_BROKERS="$brokers" "$node" "$ROOT/infra/kafka/create-topics.mjs"
    ;;
  down)
    # Stop all even if one of them fails to stop.
    rc=0
    "$BIN/mailpit.sh" stop || rc=1
    "$BIN/kafka.sh" stop "${KAFKA_ARGS[@]}" || rc=1
    "$BIN/postgres.sh" stop || rc=1
    exit $rc
    ;;
  status)
    rc=0
    "$BIN/postgres.sh" status || rc=1
    "$BIN/kafka.sh" status "${KAFKA_ARGS[@]}" || rc=1
    "$BIN/mailpit.sh" status || rc=1
    exit $rc
    ;;
  *) echo "usage: $0 {up|down|status}" >&2; exit 2 ;;
esac
