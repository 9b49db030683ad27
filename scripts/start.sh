#!/usr/bin/env bash
# `npm start`: the production server (after `npm run build`), with the V8 heap
# flags in scripts/node-options. Without them V8 grows the heap lazily to
# ~1 GB under a rush; a larger young generation (semi-space) keeps GC cheap at
# high request rates (measured with `npm run bench`). NODE_OPTIONS overrides.
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_OPTIONS="${NODE_OPTIONS:-$(cat scripts/node-options)}"
exec node_modules/.bin/next start -p "${PORT:-3000}"
