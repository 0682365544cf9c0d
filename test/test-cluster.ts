// npm run test:cluster — the app on several servers over libSQL, on loopback:
// a sqld primary and one read replica (scripts/cluster.ts), two app servers
// sharing them, then
//   1. the smoke end-to-end test (e2e/cluster.spec.ts) across both servers,
//   2. the whole integration suite against the primary (and replica),
// and stops everything it started, pass or fail. Needs `npm run build` first.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { E2E_ADMIN_EMAILS, E2E_AUTH_SECRET } from "@/playwright.config";
import { startCluster } from "@/scripts/cluster";

const bin = (name: string) => path.join(process.cwd(), "node_modules", ".bin", name);

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
    const e2e = run("Smoke end-to-end test across both app servers", bin("playwright"), ["test", "-c", "playwright.cluster.config.ts"], {
      ...process.env,
      NODE_OPTIONS: "--conditions=react-server",
      E2E_DATABASE_URL: cluster.primaryUrl,
      CLUSTER_APP_URLS: cluster.apps.map((a) => a.url).join(","),
    });
    await Promise.all(cluster.apps.map((app) => app.stop()));
    const integration = run("Integration suite against the sqld primary and replica", bin("vitest"), ["run", "--project", "integration", "--no-file-parallelism"], {
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
