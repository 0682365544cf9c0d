// Shared by the benchmarks: build once, serve a database on loopback, drive it
// with autocannon (bounded in time), print a table.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import autocannon from "autocannon";
import { spawnServer, stopServer, type ServerOptions, type ServerProcess } from "../scripts/lib/server-process";

export const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
export const benchDir = path.join(process.cwd(), ".bench");

export function ensureBuild() {
  if (fs.existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) return;
  console.log("Building the production server…");
  const r = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

export function hasBuild(): boolean {
  return fs.existsSync(path.join(process.cwd(), ".next", "BUILD_ID"));
}

/**
 * `next build` in a child process, its output in .bench/build.log, so the
 * caller can seed a database meanwhile. The output goes to a file rather than
 * a pipe: a synchronous seed blocks this process's event loop, and a full pipe
 * would stall the build.
 */
export function buildInBackground(): Promise<void> {
  fs.mkdirSync(benchDir, { recursive: true });
  const log = path.join(benchDir, "build.log");
  const out = fs.openSync(log, "w");
  const build = spawn(process.execPath, [nextBin, "build"], { stdio: ["ignore", out, out] });
  fs.closeSync(out);
  return new Promise((resolve, reject) => {
    build.once("error", reject);
    build.once("exit", (code) => {
      if (code === 0) resolve();
      else reject(new Error(`next build failed (exit ${code}); its output:\n${fs.readFileSync(log, "utf8").slice(-4000)}`));
    });
  });
}

export function freshDatabaseFile(name: string): string {
  fs.mkdirSync(benchDir, { recursive: true });
  const file = path.join(benchDir, `${name}.db`);
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  return file;
}

/**
 * The production server (server/main.mjs, what `npm start` runs) on
 * 127.0.0.1 over `databaseUrl`, waited for (/robots.txt) unless `ready` is
 * false. Its output is dropped unless `log` says otherwise.
 */
export function spawnNext(databaseUrl: string, port: number, options: Omit<ServerOptions, "port"> = {}): Promise<ServerProcess> {
  return spawnServer({
    port,
    // Not long: a benchmark's server starts on a quiet machine.
    readyTimeoutMs: 30_000,
    ...options,
    env: {
      DATABASE_URL: databaseUrl,
      NEXT_TELEMETRY_DISABLED: "1",
      MAIL_OUTBOX: "1",
      SITE_URL: `http://127.0.0.1:${port}`,
      ...options.env,
    },
  });
}

/** The first port in [from, to] that nothing on 127.0.0.1 listens on. */
export async function freePort(from: number, to: number): Promise<number> {
  for (let port = from; port <= to; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = net.createServer();
      probe.once("error", () => resolve(false));
      probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port in ${from}–${to}`);
}

export function serve(databaseUrl: string, port: number): Promise<ServerProcess> {
  return spawnNext(databaseUrl, port);
}

export async function stop(server: ServerProcess): Promise<void> {
  await stopServer(server);
}

export type Figures = { rps: number; mean: number; p50: number; p99: number; errors: number };

export async function measure(
  url: string,
  {
    connections = 8,
    seconds = 5,
    headers = {},
    requests,
    setupClient,
  }: {
    connections?: number;
    seconds?: number;
    headers?: Record<string, string>;
    requests?: autocannon.Request[];
    /** Called for each connection, e.g. to give each its own requests. */
    setupClient?: (client: autocannon.Client) => void;
  } = {},
): Promise<Figures> {
  await autocannon({ url, connections: 2, duration: 1, headers, requests, setupClient }); // warm-up
  const r = await autocannon({ url, connections, duration: seconds, headers, requests, setupClient });
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

/**
 * Resident memory (VmRSS) of a process and all its descendants, in bytes.
 * Summed per process, so pages shared between them count more than once.
 */
export function treeRss(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // "pid (comm) state ppid …": comm may hold spaces and brackets, so read after the last ')'.
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // exited meanwhile
    }
  }
  let total = 0;
  const queue = [rootPid];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    try {
      const kb = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
      total += Number(kb ?? 0) * 1024;
    } catch {
      // exited meanwhile
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}
