#!/usr/bin/env bash
# Makes sure Node 24 is in .cache/node24 and prints its bin dir (used by env.sh).
# The machines ship an older Node and cannot download Node's own tarballs, but the npm package
# `node@24` carries the Node 24 binary, so any npm can install it project-locally.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DIR="$CACHE/node24"
BIN="$DIR/node_modules/node/bin"

if ! "$BIN/node" --version 2>/dev/null | grep -q '^v24\.'; then
  {  # stdout is reserved for the bin dir
    command -v npm >/dev/null || apt_install nodejs npm
    say "installing Node 24 into $DIR"
    npm install --no-save --no-package-lock --no-audit --no-fund --prefix "$DIR" node@24
    "$BIN/node" --version
  } >&2
fi
echo "$BIN"
