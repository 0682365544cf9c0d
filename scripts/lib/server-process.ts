// Starting a server process, waiting until it answers, and stopping it
// (SIGTERM, then SIGKILL after a grace period), written once for `npm start`,
// the cluster, the benchmarks and the test and check harnesses. It lives in
// scripts/ because operator commands use it, and scripts never import from
// test/. Only ever signals the process it started, by its PID (or, when it
// was started as its own group, that group).
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";

/** The production server: Next's handler with cached pages answered in front of it. */
export const SERVER_ENTRY = path.join(process.cwd(), "server", "main.mjs");

/**
 * Where a process's output goes: shared with this terminal, dropped, appended
 * to a file, or piped (child.stdout and child.stderr readable; the last few
 * kilobytes are kept for the error if it fails to start).
 */
export type LogTarget = "inherit" | "ignore" | "pipe" | { file: string };

export type ProcessOptions = {
  /** Named in errors. */
  name: string;
  /** Added to (or, when a value is undefined, removed from) this process's environment. */
  env?: Record<string, string | undefined>;
  log?: LogTarget;
  /** A URL that must answer 2xx, or a check that must resolve true, before start returns; false not to wait. */
  ready?: string | (() => Promise<boolean>) | false;
  readyTimeoutMs?: number;
  /**
   * Its own process group, so a stop also ends anything it spawned. A group
   * does not get this terminal's Ctrl-C, so its starter must stop it.
   */
  group?: boolean;
  /** Called once it is spawned, before the wait: to read piped output from its first line. */
  onSpawn?: (child: ChildProcess) => void;
};

export type Exit = { code: number | null; signal: NodeJS.Signals | null };

export type ServerProcess = {
  name: string;
  child: ChildProcess;
  pid: number;
  group: boolean;
  /** Settles when the process has exited. */
  exited: Promise<Exit>;
  /** The tail of its output, when it is piped. */
  output: () => string;
};

export type ServerOptions = Omit<ProcessOptions, "name" | "ready"> & {
  port: number;
  /** Default 127.0.0.1. */
  hostname?: string;
  name?: string;
  /** A path on the server (or a whole URL) that must answer 2xx; default /robots.txt, which needs no database read. */
  ready?: string | false;
};

export type Stopped = Exit & { ms: number; killed: boolean };

const OUTPUT_TAIL = 8_000;

function stdioFor(log: LogTarget): { stdio: StdioOptions; fd: number | null } {
  if (typeof log === "object") {
    fs.mkdirSync(path.dirname(log.file), { recursive: true });
    const fd = fs.openSync(log.file, "a");
    return { stdio: ["ignore", fd, fd], fd };
  }
  return { stdio: ["ignore", log, log], fd: null };
}

/** Spawns `command` and, unless `ready` is false, waits until it is ready; stops it and throws if it exits or times out first. */
export async function spawnProcess(command: string, args: string[], options: ProcessOptions): Promise<ServerProcess> {
  const { name, env = {}, log = "ignore", ready = false, readyTimeoutMs = 60_000, group = false, onSpawn } = options;
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete childEnv[key];
    else childEnv[key] = value;
  }
  const { stdio, fd } = stdioFor(log);
  const child = spawn(command, args, { env: childEnv, stdio, detached: group });
  if (fd !== null) fs.closeSync(fd);
  if (child.pid === undefined) {
    // spawn() reports a missing binary as an 'error' event, after this tick.
    const error = await new Promise<Error>((resolve) => child.once("error", resolve));
    throw new Error(`${name} did not start: ${error.message}`);
  }

  let tail = "";
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-OUTPUT_TAIL);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<Exit>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once("exit", (code, signal) => resolve({ code, signal }));
  });
  const server: ServerProcess = { name, child, pid: child.pid, group, exited, output: () => tail };
  onSpawn?.(child);
  if (ready === false) return server;

  const check = typeof ready === "string" ? async () => (await fetch(ready)).ok : ready;
  const deadline = Date.now() + readyTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${name} exited (${child.exitCode ?? child.signalCode}) while starting${tail ? `:\n${tail}` : ""}`);
    }
    if (await check().catch(() => false)) return server;
    await sleep(100);
  }
  await stopServer(server);
  throw new Error(`${name} did not answer within ${readyTimeoutMs / 1000} s${tail ? `:\n${tail}` : ""}`);
}

/**
 * The production server (server/main.mjs, what `npm start` runs) as its
 * own Node process: NODE_ENV=production, and without the react-server
 * condition our tsx commands run under (Next loads React itself).
 */
export function spawnServer({ port, hostname = "127.0.0.1", name, ready = "/robots.txt", env = {}, ...options }: ServerOptions): Promise<ServerProcess> {
  const origin = `http://${hostname}:${port}`;
  return spawnProcess(process.execPath, [SERVER_ENTRY, "--port", String(port), "--hostname", hostname], {
    ...options,
    name: name ?? `the server on ${origin}`,
    env: { NODE_ENV: "production", NODE_OPTIONS: "", ...env },
    ready: ready === false ? false : new URL(ready, origin).href,
  });
}

/**
 * SIGTERM (or `signal`), then SIGKILL after `graceMs`: to its group when it was
 * started as one, else to its PID. Resolves once it has exited.
 */
export async function stopServer(server: ServerProcess, { signal = "SIGTERM", graceMs = 15_000 }: { signal?: NodeJS.Signals; graceMs?: number } = {}): Promise<Stopped> {
  const started = performance.now();
  const { child } = server;
  if (child.exitCode !== null || child.signalCode !== null) return { ...(await server.exited), ms: 0, killed: false };
  const send = (sig: NodeJS.Signals) => {
    try {
      process.kill(server.group ? -server.pid : server.pid, sig);
    } catch {
      // Exited meanwhile.
    }
  };
  let killed = false;
  send(signal);
  const timer = setTimeout(() => {
    killed = true;
    send("SIGKILL");
  }, graceMs);
  const exit = await server.exited;
  clearTimeout(timer);
  return { ...exit, ms: performance.now() - started, killed };
}
