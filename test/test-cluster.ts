// npm run test:cluster — the app on several servers over libSQL, on loopback:
// a sqld primary and one read replica (scripts/cluster.ts), two app servers
// sharing them, then
//   1. the smoke end-to-end test (e2e/cluster.spec.ts) across both servers,
//   2. the integration tests whose subject behaves differently over libSQL
//      (CLUSTER_TESTS: the client and its replica clock, the page cache and its
//      invalidations, the fast path's lookups, full-text search, the sliding
//      rate limits and sign-in tokens); the rest of
//      the suite runs on SQLite files in `npm run test:integration`,
// and stops everything it started, pass or fail. Needs `npm run build` first.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { E2E_ADMIN_EMAILS, E2E_AUTH_SECRET } from "@/playwright.config";
import { startCluster } from "@/scripts/cluster";

/** Integration tests that only a sqld primary and replica can show more of. */
const CLUSTER_TESTS = [
  "db/client.int.test.ts",
  "server/read-sequence.int.test.ts",
  "server/page-cache/handler.int.test.ts",
  "server/public-lookups.int.test.ts",
  "db/queries/search.int.test.ts",
  // Sliding-window limits check and count in one INSERT … SELECT, which must hold on sqld's write path too.
  "db/queries/auth.int.test.ts",
];

/** The pages the smoke test opens. */
const WARM_PATHS = ["/", "/signin", "/api/me", "/saved", "/tags/health", "/following", "/admin/stories/new"];

const bin = (name: string) => path.join(process.cwd(), "node_modules", ".bin", name);

/**
 * A fresh server's first request to each route loads its code and opens its
 * connections; on a busy machine that once took most of the smoke test's
 * minute. Asked here, before Playwright's clock starts, on every server.
 */
async function warm(urls: string[]): Promise<void> {
  const started = performance.now();
  await Promise.all(
    urls.map(async (url) => {
      for (const page of WARM_PATHS) {
        const response = await fetch(new URL(page, url), { redirect: "manual", signal: AbortSignal.timeout(120_000) });
        await response.arrayBuffer();
      }
    }),
  );
  console.log(`Warmed ${WARM_PATHS.length} pages on ${urls.length} servers in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function run(title: string, command: string, args: string[], env: NodeJS.ProcessEnv): boolean {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { stdio: "inherit", env });
  return result.status === 0;
}

async function main(): Promise<boolean> {
  const cluster = await startCluster({
    appEnv: {
      NEXTAUTH_SECRET: E2E_AUTH_SECRET,
      SMTP_URL: "smtp://127.0.0.1:2526",
      EMAIL_FROM: "AI Wins <hello@aiwins.test>",
      ADMIN_EMAILS: E2E_ADMIN_EMAILS.join(","),
      SIGNIN_LIMIT_PER_IP: "100000",
    },
  });
  console.log(`Cluster up: primary ${cluster.primaryUrl}, replica ${cluster.replicaUrl}, app servers ${cluster.apps.map((a) => a.url).join(", ")}`);

  let ok = false;
  try {
    await warm(cluster.apps.map((a) => a.url));
    const e2e = run("Smoke end-to-end test across both app servers", bin("playwright"), ["test", "-c", "playwright.cluster.config.ts"], {
      ...process.env,
      NODE_OPTIONS: "--conditions=react-server",
      E2E_DATABASE_URL: cluster.primaryUrl,
      CLUSTER_APP_URLS: cluster.apps.map((a) => a.url).join(","),
    });
    await Promise.all(cluster.apps.map((app) => app.stop()));
    const integration = run("libSQL integration tests against the sqld primary and replica", bin("vitest"), ["run", "--project", "integration", "--no-file-parallelism", ...CLUSTER_TESTS], {
      ...process.env,
      NODE_OPTIONS: "",
      TEST_DATABASE_URL: cluster.primaryUrl,
      TEST_DATABASE_READ_URL: cluster.replicaUrl,
    });
    ok = e2e && integration;
  } finally {
    await cluster.stop();
  }
  console.log(ok ? "\ntest:cluster passed" : "\ntest:cluster FAILED");
  return ok;
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
