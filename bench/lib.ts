// Shared by the benchmarks: build once, serve a database on loopback, drive it
// with autocannon (bounded in time), print a table.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";

export const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
export const benchDir = path.join(process.cwd(), ".bench");

export function ensureBuild() {
  if (fs.existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) return;
  console.log("Building the production server…");
  const r = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

export function freshDatabaseFile(name: string): string {
  fs.mkdirSync(benchDir, { recursive: true });
  const file = path.join(benchDir, `${name}.db`);
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  return file;
}

export async function serve(databaseUrl: string, port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, [nextBin, "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      MAIL_OUTBOX: "1",
      SITE_URL: `http://127.0.0.1:${port}`,
    },
    stdio: "ignore",
  });
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/robots.txt`)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error("server did not start");
}

export async function stop(server: ChildProcess) {
  const exited = new Promise((r) => server.once("exit", r));
  server.kill("SIGTERM");
  await exited;
}

export type Figures = { rps: number; mean: number; p50: number; p99: number; errors: number };

export async function measure(
  url: string,
  { connections = 8, seconds = 5, headers = {}, requests }: { connections?: number; seconds?: number; headers?: Record<string, string>; requests?: autocannon.Request[] } = {},
): Promise<Figures> {
  await autocannon({ url, connections: 2, duration: 1, headers, requests }); // warm-up
  const r = await autocannon({ url, connections, duration: seconds, headers, requests });
  return {
    rps: r.requests.average,
    mean: r.latency.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.non2xx + r.timeouts,
  };
}

export function printTable(head: string[], rows: string[][]) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  for (const row of [head, ...rows]) console.log(row.map((c, i) => c.padEnd(widths[i]!)).join("  "));
}
