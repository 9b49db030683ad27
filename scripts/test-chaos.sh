#!/usr/bin/env bash
# The quick chaos run (bench/chaos/, CHAOS_QUICK=1) on one database, a leg of
# `npm test`:
#
#   bash scripts/test-chaos.sh sqlite       one instance, kill -9 and restart mid-rush
#   bash scripts/test-chaos.sh postgresql   two instances behind the bench proxy; one has
#                                           its backends terminated, is killed and restarted
#
# Fails on a 5xx other than 503 with Retry-After, a broken invariant (a seat
# sold twice, a payment lost or doubled, a balance off its ledger, …) or a
# rush that stalled; the run's report is in .tmp/chaos/. Exit 77 (NOT RUN): no
# production build, or no PostgreSQL at TEST_PG_URL. It never builds: it
# serves the build as it is (`npm test` has just made it; else `npm run
# build`). Ports: CHAOS_PORT_BASE (5240) + 1 for SQLite, + 10 to + 12 for
# PostgreSQL. Sizes: the CHAOS_* variables (bench/chaos/config.ts).
#
# The run stops its servers and drops its database itself; should it be
# killed, the trap below stops it by its pid (its exit handler kills the
# servers' process groups) and drops the database it named after that pid.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export NEXT_TELEMETRY_DISABLED=1

admin_url="${TEST_PG_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"
case "${1:-}" in
  sqlite) target=sqlite ;;
  postgresql) target=postgresql-2x ;;
  *)
    echo "usage: bash scripts/test-chaos.sh sqlite|postgresql" >&2
    exit 2
    ;;
esac

if [[ ! -f .next/BUILD_ID ]]; then
  echo "chaos (${1}): there is no production build (npm run build) — NOT run." >&2
  exit 77
fi

pg() { node -e '
  const pg = require("pg");
  const c = new pg.Client({ connectionString: process.argv[1], connectionTimeoutMillis: 3000 });
  c.connect().then(() => c.query(process.argv[2])).then(() => c.end()).then(() => process.exit(0), (e) => { console.error(e.message); process.exit(1); });
' "$admin_url" "$1"; }

if [[ $target != sqlite ]] && ! pg "select 1" 2>/dev/null; then
  echo "chaos (${1}): no PostgreSQL at ${admin_url} — NOT run." >&2
  exit 77
fi

pid=""
cleanup() {
  [[ -z $pid ]] && return
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
  fi
  # bench/lib/database.ts names the run's database and file after its pid.
  if [[ $target != sqlite ]]; then
    pg "drop database if exists \"bench_${pid}_${target//-/_}\" with (force)" || true
  fi
  rm -f ".tmp/bench/bench-${pid}.db"{,-wal,-shm,-journal}
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# node itself (not the tsx CLI, which runs the script in a child) so $! is the run's pid.
env CHAOS_QUICK=1 CHAOS_TARGETS="$target" CHAOS_PG_URL="$admin_url" STAGEPASS_BUILD_FRESH=1 \
  node --import tsx bench/chaos/run.ts &
pid=$!
wait "$pid"
status=$?
if [[ $status != 0 ]]; then
  echo "── last server log lines (all of them in .tmp/chaos/logs/)"
  tail -n 15 .tmp/chaos/logs/chaos-"${target}"-*.log 2>/dev/null
fi
exit $status
