#!/usr/bin/env bash
# The whole platform on this machine, with the demo programme loaded (`npm run start:demo`):
# infrastructure, migrations, the services (identity among them) and the gateway, each its own process.
# Usage: infra/bin/platform.sh {up|down|status}
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$ROOT/infra/bin/env.sh"
cd "$ROOT"

RUN="$LOCAL/run"; LOGS="$LOCAL/logs"
SERVICES=(intake:4001 assessment:4002 pathway:4003 matching:4004 scheduling:4005 identity:4006 notifier:4007 reporting:4008 career:4009)
GATEWAY_PORT=4000
GATEWAY_INTERNAL_PORT=9400
ISSUER=http://127.0.0.1:4006/oidc
AUDIENCE=urn:passerelle:api
# The web console, served by the gateway (apps/web, built at start); Vite's dev server on 5173 and
# `npm run sign-in` sign in there too.
CONSOLE_URL=http://127.0.0.1:$GATEWAY_PORT
DEV_CONSOLE_URL=http://127.0.0.1:5173

# A per-machine secret, made once (kept in .local/secrets, never committed).
secret_of() {
  local file="$LOCAL/secrets/$1"
  [ -s "$file" ] || node -e 'process.stdout.write(require("crypto").randomBytes(32).toString("hex"))' >"$file"
  cat "$file"
}

# Settings a service needs beyond every service's (identity's provider, the addresses it asks).
extra_env() {
  case "$1" in
    identity)
      echo IDENTITY_ISSUER=$ISSUER IDENTITY_AUDIENCE=$AUDIENCE \
        IDENTITY_CONSOLE_REDIRECT_URIS=$CONSOLE_URL/auth/callback,$DEV_CONSOLE_URL/auth/callback \
        IDENTITY_CONSOLE_LOGOUT_URIS=$CONSOLE_URL/,$DEV_CONSOLE_URL/ \
        IDENTITY_COOKIE_KEYS="$(secret_of identity-cookies)" IDENTITY_FACTOR_KEY="$(secret_of identity-factor-key)" \
        INTAKE_INTERNAL_URL=http://127.0.0.1:4001/ SCHEDULING_INTERNAL_URL=http://127.0.0.1:4005/
      ;;
    intake)
      # Every other service's internal routes: each answers its part of a person's data export.
      echo ASSESSMENT_INTERNAL_URL=http://127.0.0.1:4002/ PATHWAY_INTERNAL_URL=http://127.0.0.1:4003/ \
        MATCHING_INTERNAL_URL=http://127.0.0.1:4004/ SCHEDULING_INTERNAL_URL=http://127.0.0.1:4005/ \
        IDENTITY_INTERNAL_URL=http://127.0.0.1:4006/ NOTIFIER_INTERNAL_URL=http://127.0.0.1:4007/ \
        CAREER_INTERNAL_URL=http://127.0.0.1:4009/
      ;;
    notifier)
      # Every email goes to Mailpit (SMTP_URL from env.sh), readable at MAILPIT_URL; every text to
      # the notifier's sms_sink table (docs/notifier.md).
      echo SMTP_URL="$SMTP_URL" IDENTITY_INTERNAL_URL=http://127.0.0.1:4006 CONSOLE_URL=$CONSOLE_URL \
        NOTIFIER_PUBLIC_URL=http://127.0.0.1:$GATEWAY_PORT INTAKE_INTERNAL_URL=http://127.0.0.1:4001/ \
        SMS_PROVIDER=sink
      ;;
  esac
}

running() { [ -f "$RUN/$1.pid" ] && kill -0 "$(cat "$RUN/$1.pid")" 2>/dev/null; }

start_app() { # name, then env assignments
  local name=$1; shift
  if running "$name"; then say "$name already running (pid $(cat "$RUN/$name.pid"))"; return; fi
  env "$@" nohup node --disable-warning=TimeoutNegativeWarning -r ./tools/register.js "apps/$name/src/main.ts" >"$LOGS/$name.log" 2>&1 &
  echo $! >"$RUN/$name.pid"
}

wait_healthy() { # name, port; a deadline, not a count: /health may itself take seconds to answer
  local deadline=$((SECONDS + 60))
  while [ "$SECONDS" -lt "$deadline" ]; do
    curl -fsS --max-time 3 "http://127.0.0.1:$2/health" >/dev/null 2>&1 && return 0
    running "$1" || die "$1 stopped while starting; see $LOGS/$1.log"
    sleep 0.5
  done
  die "$1 not healthy after 60 s ($(curl -sS --max-time 3 "http://127.0.0.1:$2/health" 2>&1)); see $LOGS/$1.log"
}

# Reference data the services need before their first use, imported before they start. Each
# command is idempotent (a second run changes nothing). The official files in $SHARED_DATA are
# read in place when present (never copied); otherwise the project's own samples are used.
SHARED_DATA="${PASSERELLE_SHARED_DATA:-$ROOT/../shared/data}"
import_reference_data() {
  local rome="$SHARED_DATA/rome4-v460" pids=() names=() failed=0
  local matching_from="tests/fixtures/matching/reference" assessment_rome="libs/assessment/feature-import/sample/rome"
  local intake_zones=(--sample)
  if [ -d "$SHARED_DATA/insee-zones-emploi-2020" ]; then intake_zones=(--from "$SHARED_DATA/insee-zones-emploi-2020"); fi
  if [ -d "$rome" ]; then
    matching_from="$SHARED_DATA"; assessment_rome="$rome"
    say "reference data: official files in $SHARED_DATA"
  else
    say "reference data: $rome not found, using the project's own samples (fewer occupations, invented figures)"
  fi
  # One database each, so the two run side by side; assessment's commands run in turn.
  run_import matching npm run --silent import:reference -- --from "$matching_from" \
    --database-url "$DATABASE_URL_BASE/passerelle_matching"
  pids+=($!); names+=(matching)
  (
    set -e
    export DATABASE_URL="$DATABASE_URL_BASE/passerelle_assessment"
    npm run --silent import:rome -- --from "$assessment_rome"
    npm run --silent import:instruments
    if [ -d "$SHARED_DATA/riasec-items" ]; then
      npm run --silent import:riasec -- --from "$SHARED_DATA/riasec-items"
    else
      echo "RIASEC instrument unavailable: $SHARED_DATA/riasec-items not found (the published items are not" \
        "in the repository); assessment refuses plans' RIASEC milestones with INSTRUMENT_NOT_IMPORTED."
    fi
  ) >"$LOGS/import-assessment.log" 2>&1 &
  pids+=($!); names+=(assessment)
  run_import intake npm run --silent import:intake-zones -- "${intake_zones[@]}" \
    --database "$DATABASE_URL_BASE/passerelle_intake"
  pids+=($!); names+=(intake)
  for i in "${!pids[@]}"; do
    if wait "${pids[$i]}"; then say "reference data for ${names[$i]} imported ($LOGS/import-${names[$i]}.log)"
    else say "reference data for ${names[$i]} failed:"; tail -5 "$LOGS/import-${names[$i]}.log" >&2; failed=1; fi
  done
  grep -h "RIASEC instrument unavailable" "$LOGS/import-assessment.log" || true
  [ "$failed" = 0 ] || die "reference data could not be imported"
}
run_import() { local name=$1; shift; "$@" >"$LOGS/import-$name.log" 2>&1 & }

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
    # Shared by the gateway and the services (forwarded identities, service tokens).
    secret=$(secret_of internal-identity)
    for entry in "${SERVICES[@]}"; do
      name=${entry%%:*}
      DATABASE_URL="$DATABASE_URL_BASE/passerelle_$name" node -r ./tools/register.js "apps/$name/src/migrate.ts"
    done
    import_reference_data
    for entry in "${SERVICES[@]}"; do
      name=${entry%%:*}; port=${entry##*:}
      # shellcheck disable=SC2046 # extra_env's words are NAME=value pairs without spaces
      start_app "$name" PORT="$port" DATABASE_URL="$DATABASE_URL_BASE/passerelle_$name" KAFKA_BROKERS="$KAFKA_BROKERS" \
        INTERNAL_IDENTITY_SECRET="$secret" $(extra_env "$name")
    done
    node -r ./tools/register.js -e "require('./libs/shared/auth/src').ensureLocalIssuerKeys('$LOCAL/issuer')"
    say "building the web console (apps/web)"
    npm run --silent web:build
    for entry in "${SERVICES[@]}"; do wait_healthy "${entry%%:*}" "${entry##*:}"; done
    # People sign in through identity; scripts (the demo loader, npm run token) use the local issuer.
    start_app gateway PORT=$GATEWAY_PORT INTERNAL_IDENTITY_SECRET="$secret" \
      AUTH_ISSUER=$ISSUER AUTH_AUDIENCE=$AUDIENCE AUTH_JWKS_URI=$ISSUER/jwks \
      AUTH_LOCAL_ISSUER_JWKS_FILE="$LOCAL/issuer/jwks.json" IDENTITY_URL=http://127.0.0.1:4006/graphql \
      NOTIFIER_URL=http://127.0.0.1:4007/graphql REPORTING_URL=http://127.0.0.1:4008/graphql \
      CAREER_URL=http://127.0.0.1:4009/graphql \
      SUPERGRAPH_PATH="$ROOT/apps/gateway/supergraph.graphql" \
      INTAKE_URL=http://127.0.0.1:4001/graphql ASSESSMENT_URL=http://127.0.0.1:4002/graphql \
      PATHWAY_URL=http://127.0.0.1:4003/graphql MATCHING_URL=http://127.0.0.1:4004/graphql \
      SCHEDULING_URL=http://127.0.0.1:4005/graphql GRAPHQL_INTROSPECTION=true INTERNAL_PORT=$GATEWAY_INTERNAL_PORT \
      WEB_DIST_DIR="$ROOT/apps/web/dist"
    wait_healthy gateway $GATEWAY_PORT
    say "loading the demo programme through the gateway (tools/demo/README.md says what it holds)"
    node -r ./tools/register.js tools/demo/load-demo.ts "http://127.0.0.1:$GATEWAY_PORT/graphql" \
      || die "the demo programme could not be loaded; see above and $LOGS/<app>.log"
    cat <<MSG
  Health:   gateway http://127.0.0.1:$GATEWAY_PORT/health (liveness), readiness and metrics on
            http://127.0.0.1:$GATEWAY_INTERNAL_PORT/health and /metrics; services intake :4001, assessment :4002,
            pathway :4003, matching :4004, scheduling :4005, identity :4006, notifier :4007,
            reporting :4008, career :4009 (/health, /metrics)
  Mail:     every message the platform sends lands in Mailpit, $MAILPIT_URL
  Logs:     $LOGS/<app>.log (reference data: $LOGS/import-*.log)
  Other tokens: npm run --silent token -- --role ops --all-offices   (see tools/local-issuer.ts)
  Stop:     npm run stop   (stops the apps, PostgreSQL and Kafka)
MSG
    ;;
  down)
    stop_app gateway
    for entry in "${SERVICES[@]}"; do stop_app "${entry%%:*}"; done
    bash infra/bin/infra.sh down
    ;;
  status)
    for name in gateway $(for entry in "${SERVICES[@]}"; do echo "${entry%%:*}"; done); do
      if running "$name"; then echo "$name: running (pid $(cat "$RUN/$name.pid"))"; else echo "$name: stopped"; fi
    done
    bash infra/bin/infra.sh status
    ;;
  *) echo "usage: $0 {up|down|status}" >&2; exit 2 ;;
esac
