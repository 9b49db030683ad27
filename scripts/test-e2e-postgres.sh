#!/usr/bin/env bash
# The @smoke flows against a production-like StagePass: a fresh PostgreSQL
# database (migrated + seeded), two `next start` instances on it behind the
# bench's round-robin proxy (bench/lib/proxy-main.ts), tested in BASE_URL
# mode exactly as a QA engineer tests staging (e2e/README.md).
#
#   bash scripts/test-e2e-postgres.sh [-- <playwright args>]   (default: --grep @smoke)
#
# Needs the production build (built here when stale, as scripts/test-e2e.sh
# does) and PostgreSQL at TEST_PG_URL (postgresql://postgres@127.0.0.1:5432/postgres,
# trust auth); exit 77 (NOT RUN) without it. Ports: E2E_PG_PORT (3640) for the
# proxy, the next two for the instances. The database is dropped afterwards
# unless E2E_KEEP_DB=1.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

admin_url="${TEST_PG_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"
port="${E2E_PG_PORT:-3640}"
db="stagepass_e2e_$$_$(date +%s)"
database_url="${admin_url%/*}/${db}"

pg() { node -e '
  const pg = require("pg");
  const c = new pg.Client({ connectionString: process.argv[1], connectionTimeoutMillis: 3000 });
  c.connect().then(() => c.query(process.argv[2])).then(() => c.end()).then(() => process.exit(0), (e) => { console.error(e.message); process.exit(1); });
' "$admin_url" "$1"; }

if ! pg "select 1" 2>/dev/null; then
  echo "e2e (PostgreSQL): no PostgreSQL at ${admin_url} — the smoke set against PostgreSQL did NOT run." >&2
  exit 77
fi

pids=()
cleanup() {
  # Only the processes this script started, by their ids.
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [[ -n "${E2E_KEEP_DB:-}" ]]; then
    echo "e2e (PostgreSQL): database kept: ${database_url}"
  else
    pg "drop database if exists \"${db}\" with (force)" || true
  fi
  [[ -n "${logdir:-}" ]] && rm -rf "$logdir"
}
trap cleanup EXIT

# The build the instances serve; one build at a time in this worktree.
exec 9>".next-build.lock"
flock 9
if [[ -n "${STAGEPASS_BUILD_FRESH:-}" && -f .next/BUILD_ID ]]; then
  echo "e2e (PostgreSQL): using the production build the caller just made"
else
  node_modules/.bin/tsx scripts/lib/build-state.ts ensure
fi
flock -u 9

pg "create database \"${db}\""
export AUTH_SECRET="${E2E_AUTH_SECRET:-e2e-only-secret-not-for-production-use}"
export SEED_ADMIN_EMAIL="${SEED_ADMIN_EMAIL:-admin@stagepass.local}"
export SEED_ADMIN_PASSWORD="${SEED_ADMIN_PASSWORD:-stagepass-admin}"
DATABASE_URL="$database_url" npm run --silent db:migrate
DATABASE_URL="$database_url" npm run --silent db:seed

logdir="$(mktemp -d "${TMPDIR:-/tmp}/stagepass-e2e-pg.XXXXXX")"
base="http://127.0.0.1:${port}"
for i in 1 2; do
  # Production defaults (proof-of-work on, 5-minute holds), except the abuse
  # limits: every fan of the run signs up from this one address.
  env NODE_ENV=production DATABASE_URL="$database_url" PORT=$((port + i)) NEXTAUTH_URL="$base" \
    SIGNIN_MAX_FAILURES=100000 SIGNUPS_PER_ADDRESS_PER_HOUR=100000 QUEUE_JOINS_PER_USER_PER_MINUTE=100000 \
    bash scripts/start.sh >"$logdir/server-$i.log" 2>&1 &
  pids+=($!)
done
node --import tsx bench/lib/proxy-main.ts "$port" "http://127.0.0.1:$((port + 1))" "http://127.0.0.1:$((port + 2))" >"$logdir/proxy.log" 2>&1 &
pids+=($!)

for i in 1 2; do
  for _ in $(seq 1 60); do
    curl -fsS "http://127.0.0.1:$((port + i))/api/health" >/dev/null 2>&1 && break
    sleep 1
  done
  curl -fsS "http://127.0.0.1:$((port + i))/api/health" >/dev/null || { echo "instance $i did not start:"; tail -20 "$logdir/server-$i.log"; exit 1; }
done
echo "e2e (PostgreSQL): two instances on ${db} behind the proxy at ${base}"

args=("$@")
((${#args[@]})) || args=(--grep @smoke)
set +e
E2E_REPORT_DIR="${E2E_REPORT_DIR:-playwright-report-postgres}" E2E_RESULTS_DIR="${E2E_RESULTS_DIR:-test-results-postgres}" \
  BASE_URL="$base" E2E_ADMIN_EMAIL="$SEED_ADMIN_EMAIL" E2E_ADMIN_PASSWORD="$SEED_ADMIN_PASSWORD" bash scripts/test-e2e.sh "${args[@]}"
status=$?
set -e
if [[ $status != 0 ]]; then
  echo "── last server and proxy log lines"
  tail -n 15 "$logdir"/*.log
fi
exit $status
