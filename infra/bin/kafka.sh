#!/usr/bin/env bash
# Project-local Apache Kafka: the real broker jars from Maven Central (infra/kafka/pom.xml),
# run with the machine's Java 17 as one KRaft node (broker + controller) on 127.0.0.1:19092.
# Usage: infra/bin/kafka.sh {install|start|status|stop}
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PORT=19092             # clients (PLAINTEXT)
CONTROLLER_PORT=19093  # KRaft controller quorum, used by the node itself
POM="$ROOT/infra/kafka/pom.xml"
LIBS="$CACHE/kafka/libs"
M2="$CACHE/kafka/m2"   # Maven's local repo kept with the jars, so one folder is the whole cache
K="$LOCAL/kafka"
DATA="$K/data"
CONF="$K/server.properties"
PIDFILE="$K/kafka.pid"
LOG="$K/server.log"
START_TIMEOUT=90
STOP_TIMEOUT=60

install() {
  if ! command -v java >/dev/null || ! command -v mvn >/dev/null; then
    apt_install openjdk-17-jre-headless maven
  fi
  # The jars are resolved again only when the pom changes (its hash is stored beside them).
  local want; want="$(sha256sum "$POM" | cut -d' ' -f1)"
  if [ "$(cat "$LIBS/.pom.sha256" 2>/dev/null)" = "$want" ]; then return; fi
  say "resolving the Kafka broker jars from Maven Central into $LIBS"
  local t0=$SECONDS
  # Into a temporary folder first, so an interrupted download never looks complete.
  rm -rf "$LIBS.tmp"
  mkdir -p "$CACHE/kafka"
  if ! mvn -B -f "$POM" -Dmaven.repo.local="$M2" dependency:copy-dependencies \
      -DincludeScope=runtime -DoutputDirectory="$LIBS.tmp" >"$CACHE/kafka/mvn.log" 2>&1; then
    tail -n 40 "$CACHE/kafka/mvn.log" >&2
    die "Maven could not resolve $POM (full output: $CACHE/kafka/mvn.log)"
  fi
  echo "$want" >"$LIBS.tmp/.pom.sha256"
  rm -rf "$LIBS" && mv "$LIBS.tmp" "$LIBS"
  say "resolved $(find "$LIBS" -name '*.jar' | wc -l) jars in $((SECONDS - t0)) s"
}

kjava() { java -cp "$LIBS/*" "$@"; }

# Running = the recorded pid is alive and is our broker (not a recycled pid).
running() {
  local pid; pid="$(cat "$PIDFILE" 2>/dev/null)" || return 1
  [ -n "$pid" ] && grep -qa 'kafka.Kafka' "/proc/$pid/cmdline" 2>/dev/null
}

# Rewritten on every start so that a change here reaches an existing data dir.
write_conf() {
  cat >"$CONF" <<EOF
# Written by infra/bin/kafka.sh on every start: edit the script, not this file.
# Same settings as the kafka service in infra/docker-compose.yml.
node.id=1
process.roles=broker,controller
controller.quorum.voters=1@127.0.0.1:$CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$PORT,CONTROLLER://127.0.0.1:$CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$PORT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
log.dirs=$DATA
# Topics come from infra/kafka/topics.json (create-topics.mjs), never from a typo in a client.
auto.create.topics.enable=false
num.partitions=6
# A single node: internal topics cannot have more than one replica.
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
# Tests join and leave consumer groups all the time; do not wait 3 s for more members.
group.initial.rebalance.delay.ms=0
EOF
}

start() {
  if running; then say "already running on 127.0.0.1:$PORT (pid $(cat "$PIDFILE"))"; return; fi
  # Something else on our port would make the readiness check below lie.
  if port_open "$PORT"; then die "127.0.0.1:$PORT is taken by another process (not ours: no live pid in $PIDFILE)"; fi
  install
  mkdir -p "$K"
  write_conf
  # KRaft needs its storage formatted once, with a cluster id kept for later re-formats.
  if [ ! -f "$DATA/meta.properties" ]; then
    [ -s "$K/cluster.id" ] || kjava kafka.tools.StorageTool random-uuid >"$K/cluster.id"
    say "formatting $DATA (cluster id $(cat "$K/cluster.id"))"
    kjava kafka.tools.StorageTool format --config "$CONF" --cluster-id "$(cat "$K/cluster.id")" \
      --ignore-formatted >"$K/format.log" 2>&1 || { cat "$K/format.log" >&2; die "format failed"; }
  fi
  if [ -f "$LOG" ]; then mv -f "$LOG" "$LOG.1"; fi   # keep the previous run's log, drop older ones
  say "starting on 127.0.0.1:$PORT (log: $LOG)"
  # setsid: the broker outlives the shell that started it; it is stopped by its recorded pid.
  # 9>&-: it must not inherit (and so hold forever) the start/stop lock.
  setsid java -Xms512m -Xmx1g -server -XX:+UseG1GC -XX:MaxGCPauseMillis=20 \
    -XX:InitiatingHeapOccupancyPercent=35 -XX:+ExplicitGCInvokesConcurrent -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$ROOT/infra/kafka/log4j2.properties" \
    -cp "$LIBS/*" kafka.Kafka "$CONF" </dev/null >"$LOG" 2>&1 9>&- &
  local pid=$! t0=$SECONDS state
  echo "$pid" >"$PIDFILE"
  until port_open "$PORT"; do
    # Liveness from /proc state, not `running`: the cmdline is not java's until exec, and a
    # broker that died early stays a zombie child of this shell (Z).
    state="$(cut -d' ' -f3 "/proc/$pid/stat" 2>/dev/null || echo gone)"
    if [ "$state" = Z ] || [ "$state" = gone ] || ((SECONDS - t0 >= START_TIMEOUT)); then
      # The first errors say why; the broker keeps logging while it shuts down, so a tail alone hides them.
      { echo "--- first errors in $LOG:"; grep -m 3 -A 2 -E '^\[.*\] (ERROR|FATAL)' "$LOG"
        echo "--- end of $LOG:"; tail -n 15 "$LOG"; } >&2 || true
      if running; then stop; else rm -f "$PIDFILE"; fi
      die "Kafka exited or did not answer on 127.0.0.1:$PORT within $((SECONDS - t0)) s (log above)"
    fi
    sleep 0.5
  done
  say "ready in $((SECONDS - t0)) s (pid $(cat "$PIDFILE"))"
}

status() {
  if running && port_open "$PORT"; then
    say "running on 127.0.0.1:$PORT (pid $(cat "$PIDFILE"), data: $DATA)"
  else
    say "not running"; return 1
  fi
}

# SIGTERM = controlled shutdown (flushes logs, so the next start needs no recovery).
stop() { stop_recorded "$PIDFILE" running "$STOP_TIMEOUT"; }

case "${1:-}" in
  install) lock kafka; install ;;
  start) lock kafka; start ;;
  status) status ;;
  stop) lock kafka; stop ;;
  *) echo "usage: $0 {install|start|status|stop}" >&2; exit 2 ;;
esac
