#!/usr/bin/env bash
# `npm test`: lint → typecheck → unit → next build → integration on SQLite →
# integration on PostgreSQL → e2e (SQLite) → e2e smoke (PostgreSQL, BASE_URL
# mode) → the quick chaos run on SQLite and on PostgreSQL, then one summary
# line per leg.
#
# PostgreSQL is found at TEST_PG_URL (default postgresql://postgres@127.0.0.1:5432/postgres);
# this script never starts it (.ci/run does). Without it the leg is reported
# as NOT run and the run still passes — unless CI=true, where it is a failure.
# Exits non-zero when any leg fails.
#
# Sourced, it only defines the legs, so one leg can run on its own against
# the build that is there, e.g.:
#   bash -c 'source scripts/test.sh && chaos_leg sqlite; finish'
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export NEXT_TELEMETRY_DISABLED=1
export TEST_PG_URL="${TEST_PG_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"
CI="${CI:-false}"
BIN=node_modules/.bin

summary=()
failed=0
build_ok=1

# run <leg name> <command...>: runs one leg, times it, records the outcome.
run() {
  local name="$1"
  shift
  echo
  echo "━━━ ${name} ━━━"
  local start=$SECONDS
  if "$@"; then
    summary+=("PASS      ${name} ($((SECONDS - start)) s)")
    return 0
  fi
  summary+=("FAIL      ${name} ($((SECONDS - start)) s)")
  failed=1
  return 1
}

# not_run <leg name> <why> [what to call it in the message]
not_run() {
  echo
  echo "━━━ $1 ━━━"
  record_not_run "$@"
}

# record_not_run <leg name> <why> [label]: a leg that did not run is never a
# PASS: NOT RUN in the summary, and a failure with CI=true.
record_not_run() {
  local name="$1" why="$2" label="${3:-$1}"
  if [[ "$CI" == "true" ]]; then
    echo "${label} NOT run: ${why}. CI=true, so this is a failure."
    summary+=("FAIL      ${name}: NOT run (${why})")
    failed=1
  else
    echo "${label} NOT run: ${why}."
    summary+=("NOT RUN   ${name}: ${why}")
  fi
}

# script_leg <leg name> <why, if NOT RUN> <label> <command...>: a leg that is a
# script of its own, which exits 77 when it cannot run (NOT RUN, not PASS).
script_leg() {
  local name="$1" why="$2" label="$3" start=$SECONDS
  shift 3
  echo
  echo "━━━ ${name} ━━━"
  "$@"
  case $? in
    0) summary+=("PASS      ${name} ($((SECONDS - start)) s)") ;;
    77) record_not_run "${name}" "${why}" "${label}" ;;
    *)
      summary+=("FAIL      ${name} ($((SECONDS - start)) s)")
      failed=1
      ;;
  esac
}

# chaos_leg sqlite|postgresql: the quick chaos run (scripts/test-chaos.sh) on
# the production build that is there; it never builds.
chaos_leg() {
  local why="no production build"
  [[ $1 == postgresql ]] && why="no PostgreSQL at ${TEST_PG_URL} or no production build"
  script_leg "chaos (${1})" "$why" "chaos leg (${1})" bash scripts/test-chaos.sh "$1"
}

# finish: the summary, and the exit status of the whole run.
finish() {
  echo
  echo "━━━ summary ━━━"
  printf '%s\n' "${summary[@]}"
  if [[ $failed == 1 ]]; then
    echo "npm test: FAILED"
    exit 1
  fi
  echo "npm test: passed"
  exit 0
}

postgres_reachable() {
  node -e '
    const pg = require("pg");
    const c = new pg.Client({ connectionString: process.env.TEST_PG_URL, connectionTimeoutMillis: 3000 });
    c.connect().then(() => c.end()).then(() => process.exit(0), () => process.exit(1));
  ' 2>/dev/null
}

# Sourced: the functions above only.
[[ "${BASH_SOURCE[0]}" != "$0" ]] && return 0

run "lint" "$BIN/eslint" . --max-warnings 0
run "format" "$BIN/prettier" --check .
run "typecheck" "$BIN/tsc" --noEmit
run "unit" "$BIN/vitest" run --project unit
run "build" "$BIN/next" build || build_ok=0

if [[ $build_ok == 1 ]]; then
  run "integration (SQLite)" env TEST_DB=sqlite "$BIN/vitest" run --project integration
  if postgres_reachable; then
    run "integration (PostgreSQL)" env TEST_DB=postgres "$BIN/vitest" run --project integration
  else
    # Without CI the leg is optional; with CI=true not_run fails the run.
    not_run "integration (PostgreSQL)" "no PostgreSQL at ${TEST_PG_URL} (start it, or set TEST_PG_URL)" "PostgreSQL leg"
  fi
  if [[ -f scripts/test-e2e.sh ]]; then
    # The production build above is fresh; the e2e script may skip its own.
    # Exit 77 means no browser could be found or installed: NOT RUN, not PASS.
    script_leg "e2e (Playwright)" "no Chromium found or installable (set PLAYWRIGHT_CHROMIUM_PATH)" "e2e leg" \
      env STAGEPASS_BUILD_FRESH=1 bash scripts/test-e2e.sh
  else
    not_run "e2e (Playwright)" "scripts/test-e2e.sh does not exist"
  fi
  # The smoke set in BASE_URL mode against two instances on PostgreSQL behind a proxy.
  script_leg "e2e smoke (PostgreSQL)" "no PostgreSQL at ${TEST_PG_URL} or no Chromium" "PostgreSQL e2e leg" \
    env STAGEPASS_BUILD_FRESH=1 bash scripts/test-e2e-postgres.sh
  # kill -9 mid-rush, then every invariant from the database (bench/chaos/).
  chaos_leg sqlite
  chaos_leg postgresql
else
  summary+=("FAIL      integration, e2e and chaos: not run because the build failed")
fi

finish
