#!/usr/bin/env bash
# Renders kustomize overlays: `bash tools/k8s/kustomize.sh k8s/overlays/dev` (arguments go to
# `kustomize build`). Installs the pinned kustomize into .cache/bin (ignored) on first use, built
# from source through the Go module proxy; later runs reuse it. Only the YAML goes to stdout.
set -euo pipefail

KUSTOMIZE_VERSION="v5.8.2"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BIN_DIR="$ROOT/.cache/bin"
KUSTOMIZE="$BIN_DIR/kustomize"

installed_version() {
  [[ -x "$KUSTOMIZE" ]] && "$KUSTOMIZE" version 2>/dev/null | head -n1 || true
}

install_kustomize() {
  if ! command -v go >/dev/null 2>&1; then
    echo "[kustomize] Go is needed to build kustomize $KUSTOMIZE_VERSION and is not on PATH" >&2
    exit 1
  fi
  mkdir -p "$BIN_DIR"
  # Module and build caches stay inside the project's ignored cache unless the caller set others.
  export GOMODCACHE="${GOMODCACHE:-$ROOT/.cache/go/mod}"
  export GOCACHE="${GOCACHE:-$ROOT/.cache/go/build}"
  echo "[kustomize] installing sigs.k8s.io/kustomize/kustomize/v5@$KUSTOMIZE_VERSION into $BIN_DIR (first run only)" >&2
  local started=$SECONDS
  # -modcacherw: the module cache stays deletable with a plain rm -rf .cache
  GOBIN="$BIN_DIR" go install -modcacherw "sigs.k8s.io/kustomize/kustomize/v5@$KUSTOMIZE_VERSION" >&2
  echo "[kustomize] installed in $((SECONDS - started)) s" >&2
}

if [[ "$(installed_version)" != "$KUSTOMIZE_VERSION" ]]; then
  mkdir -p "$BIN_DIR"
  # Two renders started at once must not both build: the second waits, then finds the binary.
  exec 9>"$BIN_DIR/.kustomize.lock"
  if command -v flock >/dev/null 2>&1; then flock 9; fi
  if [[ "$(installed_version)" != "$KUSTOMIZE_VERSION" ]]; then install_kustomize; fi
  exec 9>&-
fi

exec "$KUSTOMIZE" build "$@"
