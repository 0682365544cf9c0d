// The app servers of `npm run bench:durable`: the production server spawned
// with its log kept and scanned (for SQLITE_BUSY and anything on stderr), stopped
// as an operator stops it (SIGTERM, then wait), and the rolling restart of one
// of them under load; or, for servers someone else runs, their log files.
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import { performance } from "node:perf_hooks";
import { BUSY, type Counters, type Load } from "./durable-load";
import { stopServer, type ServerProcess, type Stopped } from "../scripts/lib/server-process";
import { spawnNext } from "./lib";

/** How long a server may take to exit after SIGTERM before it is killed (the server's own cap is 10 s). */
export const EXIT_GRACE_MS = 20_000;

/** One server's log: written to a file, scanned for SQLITE_BUSY and stderr lines as it comes. */
export class LogScan {
  busyLines = 0;
  stderrLines = 0;
  readonly firstStderr: string[] = [];
  private readonly out: fs.WriteStream | null;

  constructor(file: string | null) {
    this.out = file ? fs.createWriteStream(file, { flags: "a" }) : null;
  }

  attach(child: ChildProcess) {
    for (const [stream, isErr] of [[child.stdout, false], [child.stderr, true]] as const) {
      let rest = "";
      stream?.on("data", (chunk: Buffer) => {
        const lines = (rest + chunk.toString()).split("\n");
        rest = lines.pop() ?? "";
        for (const line of lines) this.line(line, isErr);
      });
    }
  }

  line(line: string, isErr: boolean) {
    this.out?.write(`${isErr ? "! " : "  "}${line}\n`);
    if (BUSY.test(line)) this.busyLines++;
    if (isErr && line.trim()) {
      this.stderrLines++;
      if (this.firstStderr.length < 5) this.firstStderr.push(line.slice(0, 300));
    }
  }

  close() {
    this.out?.end();
  }
}

export type Managed = { name: string; port: number; origin: string; server: ServerProcess; log: LogScan };

/** The production server with its output scanned from its first line. */
export function startServer(url: string, port: number, log: LogScan): Promise<ServerProcess> {
  return spawnNext(url, port, { log: "pipe", onSpawn: (child) => log.attach(child) });
}

export type Restart = {
  server: string;
  /** Seconds into the run. */
  sigtermAt: number;
  exitedAt: number;
  servingAt: number;
  inFlightAtSigterm: number;
  /** The restarted server's own answers between SIGTERM and its exit. */
  answeredWhileDraining: number;
  exit: Stopped;
  /** SIGTERM to the first answer of the new process. */
  downMs: number;
  during: Counters;
  /** 2xx answered by the new process afterwards. */
  servedAfter: number;
};

/** What an operator does: SIGTERM one server, wait for it to exit, start it again; the other carries the load meanwhile. */
export async function rollingRestart(url: string, managed: Managed, index: number, load: Load): Promise<Restart> {
  const during = load.openWindow();
  const inFlightAtSigterm = load.inFlight[index]!;
  const started = performance.now();
  const sigtermAt = load.sinceStart();
  const answeredBefore = load.perServer[index]!.ok;
  console.log(`  ${sigtermAt.toFixed(1)} s: SIGTERM to server ${managed.name} (${inFlightAtSigterm} requests in flight)`);
  const exit = await stopServer(managed.server, { graceMs: EXIT_GRACE_MS });
  const exitedAt = load.sinceStart();
  const answeredWhileDraining = load.perServer[index]!.ok - answeredBefore;
  console.log(
    `  ${load.sinceStart().toFixed(1)} s: server ${managed.name} exited (${exit.killed ? "killed after " : ""}${exit.code ?? exit.signal}) ` +
      `after ${(exit.ms / 1000).toFixed(1)} s; starting it again`,
  );
  managed.log.line(`--- SIGTERM by the benchmark; exited ${exit.code ?? exit.signal}; starting again ---`, false);
  managed.server = await startServer(url, managed.port, managed.log);
  const downMs = performance.now() - started;
  const servingAt = load.sinceStart();
  load.closeWindow();
  const okBefore = load.perServer[index]!.ok;
  console.log(`  ${load.sinceStart().toFixed(1)} s: server ${managed.name} serving again (${(downMs / 1000).toFixed(1)} s after SIGTERM)`);
  return {
    server: managed.name,
    sigtermAt,
    exitedAt,
    servingAt,
    inFlightAtSigterm,
    answeredWhileDraining,
    exit,
    downMs,
    during,
    get servedAfter() {
      return load.perServer[index]!.ok - okBefore;
    },
  };
}


/** External servers' log files: where they end now, to scan only what this run adds. */
export function logOffsets(files: string[]): number[] {
  return files.map((file) => (fs.existsSync(file) ? fs.statSync(file).size : 0));
}

export function scanExternalLogs(files: string[], offsets: number[]): LogScan {
  const scan = new LogScan(null);
  files.forEach((file, i) => {
    const text = fs.readFileSync(file).subarray(offsets[i]).toString();
    for (const line of text.split("\n")) scan.line(line, /error|failed/i.test(line));
  });
  return scan;
}

