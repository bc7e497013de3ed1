#!/usr/bin/env bash
# The whole platform on this machine, with the demo programme loaded (`npm run start:demo`):
# infrastructure, migrations, the five services and the gateway, each its own process.
# Usage: infra/bin/platform.sh {up|down|status}
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$ROOT/infra/bin/env.sh"
cd "$ROOT"

RUN="$LOCAL/run"; LOGS="$LOCAL/logs"
SERVICES=(intake:4001 assessment:4002 pathway:4003 matching:4004 scheduling:4005)
GATEWAY_PORT=4000

running() { [ -f "$RUN/$1.pid" ] && kill -0 "$(cat "$RUN/$1.pid")" 2>/dev/null; }

start_app() { # name, then env assignments
  local name=$1; shift
  if running "$name"; then say "$name already running (pid $(cat "$RUN/$name.pid"))"; return; fi
  env "$@" nohup node --disable-warning=TimeoutNegativeWarning -r ./tools/register.js "apps/$name/src/main.ts" >"$LOGS/$name.log" 2>&1 &
  echo $! >"$RUN/$name.pid"
}

wait_healthy() { # name, port
  for _ in $(seq 1 120); do
    curl -fsS "http://127.0.0.1:$2/health" >/dev/null 2>&1 && return 0
    running "$1" || die "$1 stopped while starting; see $LOGS/$1.log"
    sleep 0.5
  done
  die "$1 not healthy after 60 s; see $LOGS/$1.log"
}

stop_app() {
  local name=$1
  running "$name" || { rm -f "$RUN/$name.pid"; return 0; }
  local pid; pid=$(cat "$RUN/$name.pid")
  kill "$pid"
  for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  rm -f "$RUN/$name.pid"
  say "stopped $name"
}

case "${1:-}" in
  up)
    mkdir -p "$RUN" "$LOGS" "$LOCAL/secrets"
    bash infra/bin/deps.sh
    bash infra/bin/infra.sh up
    # A per-machine secret shared by the gateway and the subgraphs, made once.
    secret_file="$LOCAL/secrets/internal-identity"
    [ -s "$secret_file" ] || node -e 'process.stdout.write(require("crypto").randomBytes(32).toString("hex"))' >"$secret_file"
    secret=$(cat "$secret_file")
    for entry in "${SERVICES[@]}"; do
      name=${entry%%:*}; port=${entry##*:}
      DATABASE_URL="$DATABASE_URL_BASE/passerelle_$name" node -r ./tools/register.js "apps/$name/src/migrate.ts"
      start_app "$name" PORT="$port" DATABASE_URL="$DATABASE_URL_BASE/passerelle_$name" KAFKA_BROKERS="$KAFKA_BROKERS" \
        INTERNAL_IDENTITY_SECRET="$secret"
    done
    node -r ./tools/register.js -e "require('./libs/shared/auth/src').ensureLocalIssuerKeys('$LOCAL/issuer')"
    for entry in "${SERVICES[@]}"; do wait_healthy "${entry%%:*}" "${entry##*:}"; done
    start_app gateway PORT=$GATEWAY_PORT INTERNAL_IDENTITY_SECRET="$secret" \
      AUTH_ISSUER=passerelle-local-issuer AUTH_AUDIENCE=passerelle AUTH_JWKS_FILE="$LOCAL/issuer/jwks.json" \
      SUPERGRAPH_PATH="$ROOT/apps/gateway/supergraph.graphql" \
      INTAKE_URL=http://127.0.0.1:4001/graphql ASSESSMENT_URL=http://127.0.0.1:4002/graphql \
      PATHWAY_URL=http://127.0.0.1:4003/graphql MATCHING_URL=http://127.0.0.1:4004/graphql \
      SCHEDULING_URL=http://127.0.0.1:4005/graphql
    wait_healthy gateway $GATEWAY_PORT
    demo=$(node -r ./tools/register.js tools/demo/load-demo.ts "http://127.0.0.1:$GATEWAY_PORT/graphql")
    field() { node -e 'console.log(JSON.parse(process.argv[1])[process.argv[2]])' "$demo" "$1"; }
    cat <<MSG

Passerelle is running with the demo programme (12 people of Acme Industrie's PSE).
  Gateway (GraphQL):  http://127.0.0.1:$GATEWAY_PORT/graphql      health: http://127.0.0.1:$GATEWAY_PORT/health
  Services:           intake :4001, assessment :4002, pathway :4003, matching :4004, scheduling :4005 (/health, /metrics)
  Logs:               $LOGS/<app>.log
  Ops token:          npm run --silent token -- --role ops --all-offices
  Try it:
    TOKEN=\$(npm run --silent token -- --role ops --all-offices)
    curl -s http://127.0.0.1:$GATEWAY_PORT/graphql -H "authorization: Bearer \$TOKEN" -H 'content-type: application/json' \\
      -d '{"query":"{ candidate(id: \"$(field firstCandidateId)\") { firstName lastName formerJobTitle programme { name } pathway { status } } }"}'
  Stop:               npm run stop
MSG
    ;;
  down)
    stop_app gateway
    for entry in "${SERVICES[@]}"; do stop_app "${entry%%:*}"; done
    bash infra/bin/infra.sh down
    ;;
  status)
    for name in gateway intake assessment pathway matching scheduling; do
      if running "$name"; then echo "$name: running (pid $(cat "$RUN/$name.pid"))"; else echo "$name: stopped"; fi
    done
    bash infra/bin/infra.sh status
    ;;
  *) echo "usage: $0 {up|down|status}" >&2; exit 2 ;;
esac
