# shellcheck shell=bash disable=SC2034  # (LOCAL/CACHE are used by the scripts that source this)
# Shared helpers for infra/bin/*.sh (sourced, not run).
# ROOT is the repo root, found from this file's location so the clone can live anywhere.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LOCAL="$ROOT/.local"   # project-local state (gitignored)
CACHE="$ROOT/.cache"   # downloads we can re-create (gitignored)

say() { printf '[%s] %s\n' "$(basename "$0" .sh)" "$*"; }
die() { say "ERROR: $*" >&2; exit 1; }

# Developers and CI are root on these machines; fall back to sudo elsewhere.
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# apt-get install with a fresh package list (a new machine has none) and no prompts (CI has no stdin).
apt_install() {
  say "installing Debian packages: $*"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@"
}

# True when something accepts TCP connections on 127.0.0.1:$1 (bash's /dev/tcp, no extra tools).
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Stops the process recorded in a pid file: SIGTERM (a clean shutdown), then SIGKILL after
# $3 seconds. `running` (the caller's) says whether the recorded pid is still ours.
stop_recorded() {
  local pidfile=$1 running=$2 timeout=$3 pid t0=$SECONDS
  if ! "$running"; then say "not running"; rm -f "$pidfile"; return; fi
  pid="$(cat "$pidfile")"
  kill -TERM "$pid"
  while "$running" && ((SECONDS - t0 < timeout)); do sleep 0.2; done
  if "$running"; then
    say "no exit after ${timeout} s, sending SIGKILL"
    kill -KILL "$pid" || true
  fi
  rm -f "$pidfile"
  say "stopped"
}

# Serialises start/stop of one service: the test and demo commands may run `up` at the same time.
# The lock is held until the calling script exits.
lock() {
  mkdir -p "$LOCAL"
  exec 9>"$LOCAL/.$1.lock"
  flock -w 300 9 || die "another infra script held $LOCAL/.$1.lock for 300 s"
}
