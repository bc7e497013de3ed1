#!/usr/bin/env bash
# Runs the whole Jest suite with the test process's clock moved, to find tests that are only true
# this month (a date pinned in a test while the code reads another clock). Each argument is a
# libfaketime offset; by default a year ahead, then a year back:
#   npm run test:time-shift              # +365d, then -365d
#   npm run test:time-shift -- +40d      # one offset
# PostgreSQL and Kafka keep the machine's time, as a service's dependencies would in production.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
source infra/bin/env.sh
source infra/bin/lib.sh
export NODE_OPTIONS="${NODE_OPTIONS:+$NODE_OPTIONS }--disable-warning=TimeoutNegativeWarning"

command -v faketime >/dev/null || apt_install faketime
bash infra/bin/deps.sh
bash infra/bin/infra.sh up
node infra/kafka/broker-timestamps.mjs --accept-any
trap 'node infra/kafka/broker-timestamps.mjs --reset' EXIT

mkdir -p .cache
status=0
[ $# -gt 0 ] || set -- +365d -365d
for offset in "$@"; do
  results=".cache/jest-time-shift${offset}.json"
  printf '\n== jest with the clock at %s\n' "$offset"
  # -m: the multi-threaded variant (Node runs worker threads); monotonic clocks stay real so timers behave.
  # --forceExit: under a shifted clock a kafkajs timer can keep Jest alive after the last test.
  FAKETIME_DONT_FAKE_MONOTONIC=1 NX_DAEMON=false faketime -m -f "$offset" \
    npx jest --runInBand --forceExit --json --outputFile="$results" || status=1
  node -e '
    const r = require(require("path").resolve(process.argv[1]));
    console.log(`clock ${process.argv[2]}: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
    for (const s of r.testResults) for (const t of s.assertionResults)
      if (t.status === "failed") console.log(`  failed: ${s.name.replace(process.cwd() + "/", "")} :: ${t.fullName}`);
  ' "$results" "$offset"
done
exit $status
