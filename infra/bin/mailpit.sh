#!/usr/bin/env bash
# Project-local Mailpit: a real SMTP server that keeps what it receives and shows it over HTTP
# (tests read its API). Built from the Go module github.com/axllent/mailpit with the machine's Go
# into .cache/mailpit; SMTP on 127.0.0.1:11025, HTTP (UI and API) on 127.0.0.1:18025.
# Usage: infra/bin/mailpit.sh {install|start|status|stop}
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

VERSION=v1.33.1
SMTP_PORT=11025
HTTP_PORT=18025
BIN="$CACHE/mailpit/$VERSION/mailpit"
M="$LOCAL/mailpit"
PIDFILE="$M/mailpit.pid"
LOG="$M/mailpit.log"
START_TIMEOUT=30
STOP_TIMEOUT=15

install() {
  [ -x "$BIN" ] && return
  # Mailpit needs a recent Go (this kind of machine ships one); Debian's golang-go is too old for it.
  command -v go >/dev/null || die "Go is needed to build Mailpit (go install github.com/axllent/mailpit@$VERSION)"
  say "building Mailpit $VERSION with $(go version | cut -d' ' -f3) into $(dirname "$BIN") (about a minute)"
  local t0=$SECONDS tmp
  tmp="$(dirname "$BIN").tmp"
  rm -rf "$tmp"; mkdir -p "$tmp"
  # Into a temporary folder first, so an interrupted build never looks complete.
  if ! GOBIN="$tmp" GOFLAGS=-mod=mod go install "github.com/axllent/mailpit@$VERSION" >"$tmp/build.log" 2>&1; then
    tail -n 30 "$tmp/build.log" >&2
    die "go install github.com/axllent/mailpit@$VERSION failed (log above)"
  fi
  rm -rf "$(dirname "$BIN")"; mv "$tmp" "$(dirname "$BIN")"
  say "built in $((SECONDS - t0)) s"
}

# Running = the recorded pid is alive and is our Mailpit (not a recycled pid).
running() {
  local pid; pid="$(cat "$PIDFILE" 2>/dev/null)" || return 1
  [ -n "$pid" ] && grep -qa 'mailpit' "/proc/$pid/cmdline" 2>/dev/null
}

start() {
  if running; then say "already running on 127.0.0.1:$SMTP_PORT (pid $(cat "$PIDFILE"))"; return; fi
  for port in $SMTP_PORT $HTTP_PORT; do
    if port_open "$port"; then die "127.0.0.1:$port is taken by another process (not ours: no live pid in $PIDFILE)"; fi
  done
  install
  mkdir -p "$M"
  say "starting: SMTP 127.0.0.1:$SMTP_PORT, HTTP 127.0.0.1:$HTTP_PORT (log: $LOG)"
  # No --database: Mailpit keeps messages in a temporary file of its own, so a restart starts empty.
  # setsid: it outlives the shell that started it; 9>&-: it must not hold the start/stop lock.
  setsid "$BIN" --smtp "127.0.0.1:$SMTP_PORT" --listen "127.0.0.1:$HTTP_PORT" --max 20000 \
    --smtp-auth-accept-any --smtp-auth-allow-insecure --quiet </dev/null >"$LOG" 2>&1 9>&- &
  local pid=$! t0=$SECONDS state
  echo "$pid" >"$PIDFILE"
  until port_open "$SMTP_PORT" && port_open "$HTTP_PORT"; do
    state="$(cut -d' ' -f3 "/proc/$pid/stat" 2>/dev/null || echo gone)"
    if [ "$state" = Z ] || [ "$state" = gone ] || ((SECONDS - t0 >= START_TIMEOUT)); then
      tail -n 20 "$LOG" >&2 || true
      if running; then stop; else rm -f "$PIDFILE"; fi
      die "Mailpit exited or did not answer within $((SECONDS - t0)) s (log above)"
    fi
    sleep 0.2
  done
  say "ready in $((SECONDS - t0)) s (pid $pid)"
}

status() {
  if running && port_open "$SMTP_PORT"; then
    say "running: SMTP 127.0.0.1:$SMTP_PORT, HTTP http://127.0.0.1:$HTTP_PORT (pid $(cat "$PIDFILE"))"
  else
    say "not running"; return 1
  fi
}

stop() { stop_recorded "$PIDFILE" running "$STOP_TIMEOUT"; }

case "${1:-}" in
  install) lock mailpit; install ;;
  start) lock mailpit; start ;;
  status) status ;;
  stop) lock mailpit; stop ;;
  *) echo "usage: $0 {install|start|status|stop}" >&2; exit 2 ;;
esac
