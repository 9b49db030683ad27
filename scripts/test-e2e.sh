#!/usr/bin/env bash
# End-to-end tests (Playwright, e2e/) against the production build.
#
#   npm run test:e2e [-- <playwright args>]     e.g. -- e2e/wallet.spec.ts
#
# 1. regenerates the Prisma clients and builds with `next build`, each only when a source
#    changed (scripts/lib/build-state.ts; another script may already have built;
#    STAGEPASS_BUILD_FRESH=1 from scripts/test.sh says it just did);
# 2. creates a fresh SQLite database in a temp dir, migrates and seeds it;
# 3. runs Playwright, whose webServer starts four `next start` instances on that
#    database (see playwright.config.ts).
#
# Chromium: PLAYWRIGHT_CHROMIUM_PATH, else Debian's /usr/bin/chromium, else
# Playwright's own browser, else one installed now (scripts/lib/find-chromium.sh).
# When there is none the script says plainly that e2e did not run and exits 77,
# which scripts/test.sh reports as NOT RUN (a failure with CI=true).
#
# Env: E2E_PORT (3600; the other servers use the next three ports), E2E_WORKERS (2),
# E2E_KEEP_DB=1 keeps the database directory for inspection.
#
# Remote target: BASE_URL=https://staging… with E2E_ADMIN_EMAIL / E2E_ADMIN_PASSWORD
# (a staff account there) skips steps 1–2 and starts no server: the flows make
# their own fans and concerts through the API (e2e/README.md).
#
#   npm run test:e2e:smoke      only the @smoke flows (either mode)
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

# shellcheck source=lib/find-chromium.sh
source scripts/lib/find-chromium.sh
if [[ -z "$chromium" ]]; then
  # Exit 77 ("skipped", as automake has it): scripts/test.sh reports the leg as
  # NOT RUN, never as passed, and as a failure with CI=true.
  echo "e2e: no Chromium found and none could be installed (set PLAYWRIGHT_CHROMIUM_PATH, or: apt-get install -y chromium) — end-to-end tests did NOT run." >&2
  exit 77
fi
if [[ "$chromium" == "$(playwright_own_chromium)" ]]; then
  unset PLAYWRIGHT_CHROMIUM_PATH # playwright.config.ts falls back to Playwright's own
else
  export PLAYWRIGHT_CHROMIUM_PATH="$chromium"
fi

run_playwright() {
  local start=$SECONDS status
  set +e
  node_modules/.bin/playwright test "$@"
  status=$?
  set -e
  echo "e2e: playwright finished in $((SECONDS - start)) s (exit $status)"
  local report="${E2E_REPORT_DIR:-playwright-report}"
  echo "e2e: HTML report: $(pwd)/${report}/index.html (npx playwright show-report ${report})"
  return $status
}

if [[ -n "${BASE_URL:-}" ]]; then
  if [[ -z "${E2E_ADMIN_EMAIL:-}" || -z "${E2E_ADMIN_PASSWORD:-}" ]]; then
    echo "e2e: BASE_URL is set, so E2E_ADMIN_EMAIL and E2E_ADMIN_PASSWORD must name a staff account on ${BASE_URL} (the flows create their concerts with it)." >&2
    exit 2
  fi
  echo "e2e: testing ${BASE_URL} as it runs (no build, no database, no servers started)"
  run_playwright "$@"
  exit $?
fi

# --- Prisma clients and production build, each only when needed ------------
# One build at a time in this worktree (test.sh may call us while building).
exec 9>".next-build.lock"
flock 9
if [[ -n "${STAGEPASS_BUILD_FRESH:-}" && -f .next/BUILD_ID ]]; then
  echo "e2e: using the production build the caller just made"
else
  node_modules/.bin/tsx scripts/lib/build-state.ts ensure
fi
flock -u 9

# --- fresh database ----------------------------------------------------------
dbdir="$(mktemp -d "${TMPDIR:-/tmp}/stagepass-e2e.XXXXXX")"
cleanup() { [[ -n "${E2E_KEEP_DB:-}" ]] && echo "e2e: database kept in $dbdir" || rm -rf "$dbdir"; }
trap cleanup EXIT
export E2E_DATABASE_URL="file:$dbdir/e2e.db"
# AUTH_SECRET set so the scripts do not create ./data/.auth-secret.
export AUTH_SECRET="${E2E_AUTH_SECRET:-e2e-only-secret-not-for-production-use}"
DATABASE_URL="$E2E_DATABASE_URL" npm run --silent db:migrate
DATABASE_URL="$E2E_DATABASE_URL" npm run --silent db:seed

# --- run ---------------------------------------------------------------------
run_playwright "$@"
