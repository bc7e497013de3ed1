#!/usr/bin/env bash
# Debian's Chromium for the console's browser tests (driven by playwright-core, which downloads no
# browser of its own). Installed once per machine with apt; CHROMIUM_PATH says where it is.
set -euo pipefail
say() { printf '[chromium] %s\n' "$*"; }
BIN="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$BIN" ]; then
  say "$("$BIN" --version 2>/dev/null || echo "$BIN") already installed"
  exit 0
fi
command -v apt-get >/dev/null || { say "no apt-get here: install Chromium and set CHROMIUM_PATH"; exit 1; }
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
say "installing Debian's chromium (apt-get; a minute or two the first time)"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
say "$("$BIN" --version) installed"
