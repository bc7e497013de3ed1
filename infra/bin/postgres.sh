#!/usr/bin/env bash
# Project-local PostgreSQL: its own cluster in .local/pg (not Debian's system cluster),
# on 127.0.0.1:54329, with the roles/databases of infra/postgres/init.sql.
# Usage: infra/bin/postgres.sh {install|start|status|stop}
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PORT=54329
PG="$LOCAL/pg"
DATA="$PG/data"
RUN="$PG/run"      # unix socket dir: ours, so we never collide with the system cluster's
LOG="$PG/postgres.log"

# Newest installed server binaries (Debian puts them outside PATH).
# shellcheck disable=SC2012  # fixed, space-free paths
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

# The server refuses to run as root, so as root everything runs as the `postgres` OS user.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

install() {
  if ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
    apt_install postgresql postgresql-contrib
  fi
}

running() { [ -f "$DATA/PG_VERSION" ] && as_pg "$(pg_bin)/pg_ctl" status -D "$DATA" >/dev/null 2>&1; }

# Settings live in a file we rewrite on every start, so changing them here reaches old clusters too.
write_conf() {
  as_pg tee "$DATA/passerelle.conf" >/dev/null <<EOF
# Written by infra/bin/postgres.sh on every start: edit the script, not this file.
port = $PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$RUN'
# 2-core dev box: enough connections for 5 services' pools plus parallel tests.
max_connections = 300
shared_buffers = 256MB
EOF
}

start() {
  install
  local bin; bin="$(pg_bin)"
  if running; then
    say "already running on 127.0.0.1:$PORT"
  else
    # Parent dir owned by postgres so it can create data/, run/ and the log itself.
    mkdir -p "$PG"
    if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$PG"; fi
    as_pg mkdir -p "$RUN"
    if [ ! -f "$DATA/PG_VERSION" ]; then
      say "creating cluster in $DATA"
      # C.UTF-8 exists on every Debian, whatever LANG the caller has.
      as_pg "$bin/initdb" -D "$DATA" -U postgres -E UTF8 --locale=C.UTF-8 \
        --auth-local=peer --auth-host=scram-sha-256 >"$PG/initdb.log"
      echo "include_if_exists = 'passerelle.conf'" | as_pg tee -a "$DATA/postgresql.conf" >/dev/null
    fi
    write_conf
    say "starting on 127.0.0.1:$PORT (log: $LOG)"
    # pg_ctl records the server's pid in data/postmaster.pid; stop uses it.
    # 9>&-: the server must not inherit (and so hold forever) the start/stop lock.
    if ! as_pg "$bin/pg_ctl" start -D "$DATA" -l "$LOG" -w -t 60 >/dev/null 9>&-; then
      tail -n 30 "$LOG" >&2 || true
      die "PostgreSQL did not start"
    fi
  fi
  # Idempotent bootstrap (roles, databases, btree_gist): cheap, and heals a dropped database.
  as_pg env PGOPTIONS='-c client_min_messages=warning' \
    "$bin/psql" -X -q -h "$RUN" -p "$PORT" -U postgres -d postgres <"$ROOT/infra/postgres/init.sql"
}

status() {
  if running && "$(pg_bin)/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
    say "running on 127.0.0.1:$PORT (data: $DATA)"
  else
    say "not running"; return 1
  fi
}

stop() {
  if running; then
    # fast = roll back open transactions and close connections (tests may leave some open).
    as_pg "$(pg_bin)/pg_ctl" stop -D "$DATA" -m fast -w -t 60 >/dev/null
    say "stopped"
  else
    say "not running"
  fi
}

case "${1:-}" in
  install) lock pg; install ;;
  start) lock pg; start ;;
  status) status ;;
  stop) lock pg; stop ;;
  *) echo "usage: $0 {install|start|status|stop}" >&2; exit 2 ;;
esac
