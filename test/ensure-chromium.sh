#!/usr/bin/env bash
# Makes sure end-to-end tests have a Chromium to drive.
# - On Debian (and CI here), Playwright cannot download its own browser, so we
#   install Debian's `chromium` with apt and playwright.config.ts launches it.
# - Elsewhere (a Mac, say), Playwright's own Chromium is installed as usual.
set -euo pipefail

if [ -n "${PLAYWRIGHT_CHROMIUM_PATH:-}" ] && [ -x "${PLAYWRIGHT_CHROMIUM_PATH}" ]; then exit 0; fi
if [ -x /usr/bin/chromium ]; then exit 0; fi

if [ -f /etc/debian_version ] && command -v apt-get >/dev/null 2>&1; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "Installing Debian's chromium for the end-to-end tests…"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null
  exit 0
fi

npx playwright install chromium
