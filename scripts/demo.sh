#!/usr/bin/env bash
# `npm run demo`: from a fresh clone to the production build with demo data at
# http://localhost:${PORT:-3000}. Installs, builds, migrates and seeds only
# when needed, so running it again starts in seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
PORT="${PORT:-3000}"
export PORT

if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "── npm install (first run or package-lock.json changed)"
  npm install --no-audit --no-fund
fi
# Regenerate the Prisma clients and rebuild only when their sources changed.
node_modules/.bin/tsx scripts/lib/build-state.ts ensure

echo "── database: migrate and seed"
npm run --silent db:migrate
npm run --silent db:seed

echo "── StagePass on http://localhost:${PORT} (Ctrl-C stops it)"
echo "   fan: fan@stagepass.local / stagepass-fan   staff: ${SEED_ADMIN_EMAIL:-admin@stagepass.local} / ${SEED_ADMIN_PASSWORD:-stagepass-admin}"
exec bash scripts/start.sh
