# Sourced by scripts/test-e2e.sh: sets $chromium to a Chromium that Playwright
# can drive, installing one when it can, or leaves it empty.
#
# Order: PLAYWRIGHT_CHROMIUM_PATH, Debian's /usr/bin/chromium, Playwright's own
# download; then, when none is there, install one — Debian's `chromium` (and a
# CJK font, without which Korean renders as boxes) when we are root with
# apt-get, else `npx playwright install chromium` — and look again.

playwright_own_chromium() {
  node -e 'try{const {chromium}=require("@playwright/test");const p=chromium.executablePath();process.stdout.write(require("fs").existsSync(p)?p:"")}catch{}'
}

find_chromium() {
  chromium="${PLAYWRIGHT_CHROMIUM_PATH:-}"
  if [[ -n "$chromium" && ! -x "$chromium" ]]; then chromium=""; fi
  [[ -z "$chromium" && -x /usr/bin/chromium ]] && chromium=/usr/bin/chromium
  [[ -z "$chromium" ]] && chromium="$(playwright_own_chromium)"
  [[ -n "$chromium" ]]
}

install_chromium() {
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
    echo "e2e: no Chromium found; installing Debian's chromium and fonts-noto-cjk"
    apt-get update -q && apt-get install -y -q chromium fonts-noto-cjk && return 0
  fi
  echo "e2e: no Chromium found; trying npx playwright install chromium"
  npx --no-install playwright install chromium
}

find_chromium || { install_chromium || true; find_chromium; } || chromium=""
