#!/usr/bin/env bash
# `npm start`: the production server (after `npm run build`), with the V8 heap
# flags in scripts/node-options. Without them V8 grows the heap lazily to
# ~1 GB under a rush; a larger young generation (semi-space) keeps GC cheap at
# high request rates (measured with `npm run bench`). NODE_OPTIONS overrides.
# Idle keep-alive sockets stay open 65 s: with Node's 5 s default a client
# reusing a socket just as the server closes it gets ECONNRESET (seen in e2e).
# Extra arguments go to `next start` (e.g. -H 127.0.0.1). Tests, e2e and the
# benchmark start the server through this script too, so all run one way.
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_OPTIONS="${NODE_OPTIONS:-$(cat scripts/node-options)}"
exec node_modules/.bin/next start -p "${PORT:-3000}" --keepAliveTimeout 65000 "$@"
