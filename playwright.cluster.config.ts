// The smoke test of `npm run test:cluster` (test/test-cluster.ts), which
// starts the cluster and passes its app servers in CLUSTER_APP_URLS.
import { defineConfig, devices, type LaunchOptions } from "@playwright/test";
import { CHROMIUM_ARGS, systemChromium } from "./test/chromium";

const chromiumPath = systemChromium();
const launchOptions: LaunchOptions = chromiumPath ? { executablePath: chromiumPath, args: CHROMIUM_ARGS } : {};

export default defineConfig({
  testDir: "./e2e",
  testMatch: "cluster.spec.ts",
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  reporter: [["list"]],
  // Two servers and a replica on a 2-core machine others share: the admin's
  // first editor render on a cold server once took most of a 60 s budget.
  timeout: 120_000,
  use: { trace: "retain-on-failure", launchOptions },
  projects: [{ name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions } }],
  webServer: [
    {
      command: "tsx e2e/mail-sink.ts",
      url: "http://127.0.0.1:3125/health",
      reuseExistingServer: !process.env.CI,
      env: { SMTP_SINK_PORT: "2526", MAIL_API_PORT: "3125", NODE_OPTIONS: "" },
    },
  ],
});
