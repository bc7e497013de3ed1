#!/usr/bin/env bash
# Project-local Apache Kafka: the real broker jars from Maven Central (infra/kafka/pom.xml),
# run with the machine's Java 17 as one KRaft node (broker + controller) on 127.0.0.1:19092.
# Usage: infra/bin/kafka.sh {install|start|status|stop} [--brokers 3]
#        infra/bin/kafka.sh {kill-node|start-node} <1-3>   (cluster only: the fault scripts)
# With --brokers 3 (or PASSERELLE_KAFKA_BROKERS=3): a separate three-node KRaft cluster (three
# combined broker+controller processes, a 3-voter quorum) on ports of its own, from
# PASSERELLE_KAFKA_BASE_PORT (default 29092): clients BASE..BASE+2, controllers BASE+100..BASE+102,
# data in .local/kafka-cluster-<BASE>/node<n>. It never touches the single broker on 19092.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ACTION="${1:-}"
shift || true
BROKERS="${PASSERELLE_KAFKA_BROKERS:-1}"
NODE_ARG=""
while [ $# -gt 0 ]; do
  case "$1" in
    --brokers) BROKERS="${2:-}"; shift 2 ;;
    --brokers=*) BROKERS="${1#--brokers=}"; shift ;;
    [0-9]*) NODE_ARG="$1"; shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
case "$BROKERS" in 1|3) ;; *) echo "--brokers must be 1 or 3 (got '$BROKERS')" >&2; exit 2 ;; esac

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
# A stopped service's consumer groups keep their committed offsets for a year, not Kafka's 7 days:
# a group that forgot them would re-read the domain topics from the start, and the inboxes forget
# events after INBOX_RETENTION_DAYS (docs/decisions/0042-a-dead-letter-parks-its-key.md).
offsets.retention.minutes=525600
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


# ---------------------------------------------------------------------------------------------
# Three-node cluster (--brokers 3). Same jars, one process per node, each with its own ports,
# config, data dir, pid file and log; a small heap each (the machines have 2 cores shared).
BASE="${PASSERELLE_KAFKA_BASE_PORT:-29092}"
CK="$LOCAL/kafka-cluster-$BASE"
NODES=(1 2 3)
node_port() { echo $((BASE + $1 - 1)); }
node_cport() { echo $((BASE + 100 + $1 - 1)); }
node_dir() { echo "$CK/node$1"; }
node_pidfile() { echo "$CK/node$1/kafka.pid"; }
cluster_brokers() { local n out=""; for n in "${NODES[@]}"; do out="$out${out:+,}127.0.0.1:$(node_port "$n")"; done; echo "$out"; }
voters() { local n out=""; for n in "${NODES[@]}"; do out="$out${out:+,}$n@127.0.0.1:$(node_cport "$n")"; done; echo "$out"; }

node_running() {
  local pid; pid="$(cat "$(node_pidfile "$1")" 2>/dev/null)" || return 1
  [ -n "$pid" ] && grep -qa 'kafka.Kafka' "/proc/$pid/cmdline" 2>/dev/null
}

write_node_conf() {
  local n=$1 d; d="$(node_dir "$n")"
  cat >"$d/server.properties" <<EOF
# Written by infra/bin/kafka.sh --brokers 3 on every start: edit the script, not this file.
# Settings and reasons: docs/decisions/0041-three-broker-cluster.md
node.id=$n
process.roles=broker,controller
controller.quorum.voters=$(voters)
listeners=PLAINTEXT://127.0.0.1:$(node_port "$n"),CONTROLLER://127.0.0.1:$(node_cport "$n")
advertised.listeners=PLAINTEXT://127.0.0.1:$(node_port "$n")
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
log.dirs=$d/data
auto.create.topics.enable=false
num.partitions=6
# A stopped service's consumer groups keep their committed offsets for a year, not Kafka's 7 days:
# a group that forgot them would re-read the domain topics from the start, and the inboxes forget
# events after INBOX_RETENTION_DAYS (docs/decisions/0042-a-dead-letter-parks-its-key.md).
offsets.retention.minutes=525600
# Three replicas, two of them in sync for an acks=all write: one node may die without loss or stop.
default.replication.factor=3
min.insync.replicas=2
offsets.topic.replication.factor=3
transaction.state.log.replication.factor=3
transaction.state.log.min.isr=2
share.coordinator.state.topic.replication.factor=3
share.coordinator.state.topic.min.isr=2
# Never elect an out-of-sync replica leader: that would drop acknowledged events.
unclean.leader.election.enable=false
group.initial.rebalance.delay.ms=0
EOF
}

# Starts one node (already formatted) and returns without waiting for its port.
launch_node() {
  local n=$1 d log; d="$(node_dir "$n")"; log="$d/server.log"
  if [ -f "$log" ]; then mv -f "$log" "$log.1"; fi
  setsid java -Xms128m -Xmx384m -server -XX:+UseG1GC -XX:MaxGCPauseMillis=20 \
    -XX:+ExplicitGCInvokesConcurrent -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$ROOT/infra/kafka/log4j2.properties" \
    -cp "$LIBS/*" kafka.Kafka "$d/server.properties" </dev/null >"$log" 2>&1 9>&- &
  echo $! >"$(node_pidfile "$n")"
}

wait_node() {
  local n=$1 t0=$SECONDS pid state port; port="$(node_port "$n")"; pid="$(cat "$(node_pidfile "$n")")"
  until port_open "$port"; do
    state="$(cut -d' ' -f3 "/proc/$pid/stat" 2>/dev/null || echo gone)"
    if [ "$state" = Z ] || [ "$state" = gone ] || ((SECONDS - t0 >= START_TIMEOUT)); then
      { echo "--- end of $(node_dir "$n")/server.log:"; tail -n 15 "$(node_dir "$n")/server.log"; } >&2 || true
      die "node $n exited or did not answer on 127.0.0.1:$port within $((SECONDS - t0)) s"
    fi
    sleep 0.5
  done
}

cluster_start() {
  local n t0=$SECONDS
  install
  mkdir -p "$CK"
  for n in "${NODES[@]}"; do
    if node_running "$n"; then continue; fi
    for p in "$(node_port "$n")" "$(node_cport "$n")"; do
      if port_open "$p"; then die "127.0.0.1:$p is taken by another process (set PASSERELLE_KAFKA_BASE_PORT)"; fi
    done
  done
  [ -s "$CK/cluster.id" ] || kjava kafka.tools.StorageTool random-uuid >"$CK/cluster.id"
  for n in "${NODES[@]}"; do
    mkdir -p "$(node_dir "$n")"
    write_node_conf "$n"
    if [ ! -f "$(node_dir "$n")/data/meta.properties" ]; then
      kjava kafka.tools.StorageTool format --config "$(node_dir "$n")/server.properties" \
        --cluster-id "$(cat "$CK/cluster.id")" --ignore-formatted >"$(node_dir "$n")/format.log" 2>&1 \
        || { cat "$(node_dir "$n")/format.log" >&2; die "format of node $n failed"; }
    fi
  done
  # All three at once: a quorum of 3 voters elects a leader only when two of them are up.
  for n in "${NODES[@]}"; do node_running "$n" || launch_node "$n"; done
  for n in "${NODES[@]}"; do wait_node "$n"; done
  say "cluster ready in $((SECONDS - t0)) s: KAFKA_BROKERS=$(cluster_brokers) (data: $CK)"
}

cluster_status() {
  local n rc=0
  for n in "${NODES[@]}"; do
    if node_running "$n" && port_open "$(node_port "$n")"; then
      say "node $n running on 127.0.0.1:$(node_port "$n") (pid $(cat "$(node_pidfile "$n")"))"
    else
      say "node $n not running"; rc=1
    fi
  done
  say "KAFKA_BROKERS=$(cluster_brokers)"
  return $rc
}

cluster_stop() {
  local n rc=0
  # Each node is stopped by its own recorded pid, nothing else. SIGTERM to all three first: stopped
  # one by one, the last node has lost its quorum and cannot finish a controlled shutdown (it waited
  # the full 60 s, then needed SIGKILL).
  for n in "${NODES[@]}"; do
    if node_running "$n"; then kill -TERM "$(cat "$(node_pidfile "$n")")" || true; fi
  done
  for n in "${NODES[@]}"; do
    NODE=$n
    stop_recorded "$(node_pidfile "$n")" node_running_current "$STOP_TIMEOUT" || rc=1
  done
  return $rc
}
node_running_current() { node_running "$NODE"; }

# For fault scripts: SIGKILL one node (no clean shutdown), then start it again.
kill_node() {
  local n=$1
  node_running "$n" || die "node $n is not running"
  kill -KILL "$(cat "$(node_pidfile "$n")")"
  while node_running "$n"; do sleep 0.1; done
  say "node $n killed (SIGKILL)"
}
start_node() {
  local n=$1 t0=$SECONDS
  node_running "$n" && { say "node $n already running"; return; }
  write_node_conf "$n"
  launch_node "$n"
  wait_node "$n"
  say "node $n ready in $((SECONDS - t0)) s"
}

need_node() { case "$NODE_ARG" in 1|2|3) ;; *) echo "usage: $0 $ACTION <1|2|3>" >&2; exit 2 ;; esac; }

if [ "$BROKERS" = 3 ] || [ "$ACTION" = kill-node ] || [ "$ACTION" = start-node ]; then
  case "$ACTION" in
    install) lock kafka-cluster; install ;;
    start) lock kafka-cluster; cluster_start ;;
    status) cluster_status ;;
    stop) lock kafka-cluster; cluster_stop ;;
    brokers) cluster_brokers ;;
    kill-node) need_node; kill_node "$NODE_ARG" ;;
    start-node) need_node; lock kafka-cluster; start_node "$NODE_ARG" ;;
    *) echo "usage: $0 {install|start|status|stop|brokers} --brokers 3 | {kill-node|start-node} <1-3>" >&2; exit 2 ;;
  esac
  exit 0
fi

case "$ACTION" in
  install) lock kafka; install ;;
  start) lock kafka; start ;;
  status) status ;;
  stop) lock kafka; stop ;;
  *) echo "usage: $0 {install|start|status|stop}" >&2; exit 2 ;;
esac
