// Which Chromium our tools launch: Debian's /usr/bin/chromium where it exists
// (Playwright cannot download its own browser here), else Playwright's own (a Mac),
// shared with playwright.config.ts.
import fs from "node:fs";
import { chromium } from "@playwright/test";

/** Flags for a headless Chromium in a container: no sandbox, GPU or background traffic. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** The system Chromium, if there is one (`PLAYWRIGHT_CHROMIUM_PATH` first). */
export function systemChromium(): string | undefined {
  return [process.env.PLAYWRIGHT_CHROMIUM_PATH, "/usr/bin/chromium"].find((p): p is string => !!p && fs.existsSync(p));
}

/** A Chromium executable to launch: the system one, else Playwright's (`npx playwright install chromium`). */
export function chromiumPath(): string {
  const found = systemChromium() ?? chromium.executablePath();
  if (!fs.existsSync(found)) {
    throw new Error(`no Chromium found: install one (\`npx playwright install chromium\`) or set PLAYWRIGHT_CHROMIUM_PATH`);
  }
  return found;
}
