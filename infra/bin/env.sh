# shellcheck shell=bash
# Source me (do not run me): `source infra/bin/env.sh`
# Points this shell at the project-local infrastructure and puts Node 24 first on PATH.
# Values already set by the caller win, so CI or a developer can aim at other services.
_passerelle_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

export DATABASE_URL_BASE="${DATABASE_URL_BASE:-postgres://passerelle:passerelle@127.0.0.1:54329}"
export KAFKA_BROKERS="${KAFKA_BROKERS:-127.0.0.1:19092}"
export SMTP_URL="${SMTP_URL:-smtp://127.0.0.1:11025}"
export MAILPIT_URL="${MAILPIT_URL:-http://127.0.0.1:18025}"

if _passerelle_node_bin="$(bash "$_passerelle_root/infra/bin/node24.sh")"; then
  case ":$PATH:" in
    *":$_passerelle_node_bin:"*) ;;  # already there: sourcing twice must not grow PATH
    *) export PATH="$_passerelle_node_bin:$PATH" ;;
  esac
else
  echo "[env] could not provide Node 24 (see above)" >&2
fi
unset _passerelle_root _passerelle_node_bin
