#!/usr/bin/env bash
# Installs the project's npm dependencies with Node 24 when package-lock.json changed since the
# last install (or node_modules is missing). Sourced env first: `source infra/bin/env.sh`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

stamp="$ROOT/node_modules/.passerelle-lock-sha"
want="$(sha256sum "$ROOT/package-lock.json" | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  # `npm ci` refuses lockfiles written with this machine's omit-lockfile-registry-resolved setting
  # (it reports other platforms' optional binaries as missing), so install from the lockfile instead.
  say "installing npm dependencies"
  (cd "$ROOT" && npm install --no-audit --no-fund --loglevel=error)
  echo "$want" > "$stamp"
fi
