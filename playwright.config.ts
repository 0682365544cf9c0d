import { defineConfig, devices, type LaunchOptions } from "@playwright/test";
import { CHROMIUM_ARGS, systemChromium } from "./test/chromium";

const PORT = Number(process.env.E2E_PORT ?? 3100 + Number(process.env.E2E_PORT_OFFSET ?? 0));
export const baseURL = `http://127.0.0.1:${PORT}`;
/** End-to-end tests own this database; it is deleted before every run. */
export const E2E_DATABASE_URL = "file:./.e2e/app.db";
/** Fixed for the test server, so fixtures can hash sign-in codes as the app does. */
export const E2E_AUTH_SECRET = "e2e-secret-not-for-production-0123456789abcdef";
/** The SMTP sink's ports (e2e/mail-sink.ts); E2E_PORT_OFFSET moves these and the server's together, so two checkouts can run e2e at once. */
const PORT_OFFSET = Number(process.env.E2E_PORT_OFFSET ?? 0);
export const SMTP_SINK_PORT = 2526 + PORT_OFFSET;
export const MAIL_API = `http://127.0.0.1:${3125 + PORT_OFFSET}`;
/** Addresses the test server makes admins when they sign in (ADMIN_EMAILS). */
export const E2E_ADMIN_EMAILS = ["listed-admin-desktop@example.com", "listed-admin-mobile@example.com"];

// Debian's Chromium where it exists (Playwright cannot download its own here);
// Playwright's own browser anywhere else.
const chromiumPath = systemChromium();
const launchOptions: LaunchOptions = chromiumPath ? { executablePath: chromiumPath, args: CHROMIUM_ARGS } : {};

export default defineConfig({
  testDir: "./e2e",
  // The cluster smoke test runs in `npm run test:cluster` (playwright.cluster.config.ts).
  testIgnore: "cluster.spec.ts",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  use: { baseURL, trace: "retain-on-failure", launchOptions },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions } },
    // Every test runs at desktop size. The phone runs what depends on layout,
    // touch or the screen, and the axe scans of every page: the tests tagged
    // @phone (docs/testing.md lists them). The rest would only repeat.
    { name: "mobile", grep: /@phone/, use: { ...devices["Pixel 7"], launchOptions } },
  ],
  webServer: [
    {
      // A real SMTP server on loopback that the app mails through nodemailer.
      command: "tsx e2e/mail-sink.ts",
      url: `${MAIL_API}/health`,
      reuseExistingServer: !process.env.CI,
      env: { SMTP_SINK_PORT: String(SMTP_SINK_PORT), MAIL_API_PORT: new URL(MAIL_API).port, NODE_OPTIONS: "" },
    },
    {
      // The production build (`npm run build` runs first in `npm test`), on a fresh database.
      command: "rm -rf .e2e && tsx --conditions=react-server scripts/start.ts",
      url: baseURL,
      reuseExistingServer: !process.env.CI,
      timeout: 240_000,
      stdout: "pipe",
      env: {
        DATABASE_URL: E2E_DATABASE_URL,
        PORT: String(PORT),
        SITE_URL: baseURL,
        NODE_OPTIONS: "",
        NEXT_TELEMETRY_DISABLED: "1",
        NEXTAUTH_SECRET: E2E_AUTH_SECRET,
        SMTP_URL: `smtp://127.0.0.1:${SMTP_SINK_PORT}`,
        EMAIL_FROM: "AI Wins <hello@aiwins.test>",
        ADMIN_EMAILS: E2E_ADMIN_EMAILS.join(","),
        // Every test signs in from 127.0.0.1: the per-IP limit is covered by
        // lib/auth/sign-in-request.int.test.ts; here the per-address limit is.
        SIGNIN_LIMIT_PER_IP: "100000",
      },
    },
  ],
});
