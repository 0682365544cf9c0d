// Over 300 lines: one benchmark's whole run (servers, load, restart, the check of every row) in reading order.
// npm run bench:durable — durable writes under load: does the database hold
// exactly what the servers told their clients?
//
// Many signed-in readers save and unsave stories and follow and unfollow tags
// at once, each reader one request at a time, over a few stories and tags so
// the same rows are written again and again. Afterwards the bookmark and follow
// rows are read straight from the database and compared with the last answer
// each reader got for each story and tag: a write confirmed but missing is
// LOST, a row where the reader was told it was removed is a PHANTOM, two rows
// for one pair are DOUBLED. Also counted: answers by status, network failures
// after sending (their pair is "unknown" until a later confirmed answer),
// connections refused (nothing sent: retried on the other server), and
// SQLITE_BUSY in any answer or server log line.
//
// Embedded (the default): a fresh SQLite file (.bench/durable-writes.db) with
// the demo content, two production servers on it, and midway a rolling restart
// of one of them (SIGTERM, wait for it to exit, start it again) while the other
// carries the load. Against servers someone else runs:
//
//   npm run bench:durable -- --servers http://127.0.0.1:3501,http://127.0.0.1:3502 --database http://127.0.0.1:8080
//
// seeds only the readers and their sessions (removed again afterwards unless
// --keep) and starts nothing. Exits 1 on any lost, doubled or phantom write,
// any 4xx or 5xx, any answer contradicting its request, or any SQLITE_BUSY.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { compare, createReaders, pickTargets, readLibrary, removeReaders, type Reader } from "./durable-data";
import { Load, percentile } from "./durable-load";
import {
  EXIT_GRACE_MS,
  LogScan,
  logOffsets,
  rollingRestart,
  scanExternalLogs,
  startServer,
  type Managed,
  type Restart,
} from "./durable-servers";
import { benchDir, ensureBuild, freePort, freshDatabaseFile, printTable } from "./lib";
import { openSql, type Sql } from "./sql";
import { startCluster, type Cluster } from "../scripts/cluster";
import { stopServer } from "../scripts/lib/server-process";

const { values: args } = parseArgs({
  options: {
    seconds: { type: "string", default: "20" },
    requests: { type: "string", default: "20000" },
    readers: { type: "string", default: "200" },
    concurrency: { type: "string", default: "48" },
    stories: { type: "string", default: "6" },
    tags: { type: "string", default: "4" },
    timeout: { type: "string", default: "30" },
    servers: { type: "string" },
    database: { type: "string" },
    "server-logs": { type: "string" },
    restart: { type: "boolean" },
    "restart-at": { type: "string" },
    "no-restart": { type: "boolean" },
    keep: { type: "boolean", default: false },
    cluster: { type: "boolean", default: false },
  },
});

function whole(name: keyof typeof args, min: number): number {
  const value = Number(args[name]);
  if (!Number.isInteger(value) || value < min) throw new Error(`--${name} takes a whole number ≥ ${min}`);
  return value;
}

const SECONDS = whole("seconds", 1);
const MAX_REQUESTS = whole("requests", 1);
const READERS = whole("readers", 1);
const CONCURRENCY = whole("concurrency", 1);
const STORIES = whole("stories", 1);
const TAGS = whole("tags", 1);
const TIMEOUT_S = whole("timeout", 1);
const EXTERNAL = args.servers !== undefined;
/** --cluster: the same run, with the two servers over a sqld primary and read replica (scripts/cluster.ts) instead of one file. */
const CLUSTER = args.cluster === true;
if (CLUSTER && EXTERNAL) throw new Error("--cluster starts its own servers: leave out --servers");
if (EXTERNAL !== (args.database !== undefined)) throw new Error("--servers and --database go together");
if (EXTERNAL && args.restart) throw new Error("--restart needs servers this run started (leave out --servers)");
const RESTART = !EXTERNAL && !args["no-restart"];
/** The rolling restart begins this many seconds into the run (default: a fifth of it), leaving time to come back and take load. */
const RESTART_AT_S = args["restart-at"] === undefined ? SECONDS / 5 : Number(args["restart-at"]);
if (!(RESTART_AT_S >= 0 && RESTART_AT_S < SECONDS)) throw new Error("--restart-at takes seconds from 0 to less than --seconds");
const PORTS = [3500, 3599] as const;
const NAME = "durable-writes";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const n = (x: number) => x.toLocaleString("en-US");

/** "3.3 s B ECONNRESET ×4, 8.0 s B UND_ERR_SOCKET": failures grouped by tenth of a second, server and error. */
function describeEvents(events: { at: number; server: number; code: string }[], origins: string[], managed: Managed[]): string {
  const groups = new Map<string, number>();
  for (const e of events) {
    const key = `${e.at.toFixed(1)} s ${managed[e.server]?.name ?? origins[e.server]} ${e.code}`;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  return [...groups].map(([key, count]) => (count > 1 ? `${key} ×${count}` : key)).join(", ");
}

async function run() {
  const started = performance.now();
  fs.mkdirSync(benchDir, { recursive: true });
  const runId = `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
  let url: string;
  let cluster: Cluster | null = null;
  const managed: Managed[] = [];
  let origins: string[];
  const logFiles = args["server-logs"]?.split(",").filter(Boolean) ?? [];
  const offsets = logOffsets(logFiles);

  if (EXTERNAL) {
    url = args.database!;
    origins = args.servers!.split(",").map((s) => s.trim().replace(/\/$/, "")).filter(Boolean);
  } else if (CLUSTER) {
    ensureBuild();
    // sqld primary + replica, migrated and seeded once; the servers below read from the replica.
    cluster = await startCluster({ appServers: 0, basePort: 3580 });
    url = cluster.primaryUrl;
    process.env.DATABASE_READ_URL = cluster.replicaUrl;
    console.log(`Database: sqld primary ${cluster.primaryUrl}, read replica ${cluster.replicaUrl} (logs in .cluster/)`);
    origins = [];
  } else {
    ensureBuild();
    const minutes = (Date.now() - fs.statSync(path.join(".next", "BUILD_ID")).mtimeMs) / 60_000;
    console.log(`Using the production build in .next (built ${minutes.toFixed(0)} min ago; \`npm run build\` after changing the code).`);
    url = `file:${freshDatabaseFile(NAME)}`;
    console.log(`Database: ${url}, migrated and seeded with the demo content (scripts/seed.ts)…`);
    const seed = spawnSync(path.join("node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/seed.ts"], {
      env: { ...process.env, DATABASE_URL: url, NODE_OPTIONS: "" },
      stdio: ["ignore", "ignore", "inherit"],
    });
    if (seed.status !== 0) throw new Error(`scripts/seed.ts failed (exit ${seed.status})`);
    origins = [];
  }

  const sql: Sql = await openSql(url);
  let readers: Reader[] = [];
  try {
    const targets = await pickTargets(sql, STORIES, TAGS);
    readers = await createReaders(sql, runId, READERS);
    console.log(`${n(READERS)} readers with a session each; stories ${targets.storyIds.join(", ")}; tags ${targets.tagSlugs.join(", ")}`);

    if (!EXTERNAL) {
      let port: number = PORTS[0];
      for (const name of ["A", "B"]) {
        port = await freePort(port, PORTS[1]);
        const logFile = path.join(benchDir, `${NAME}-server-${name}.log`);
        fs.rmSync(logFile, { force: true });
        const log = new LogScan(logFile);
        const server = await startServer(url, port, log);
        managed.push({ name, port, origin: `http://127.0.0.1:${port}`, server, log });
        port++;
      }
      origins = managed.map((m) => m.origin);
      console.log(`Servers: ${managed.map((m) => `${m.name} ${m.origin} (pid ${m.server.pid})`).join(", ")}, ${CLUSTER ? "over the sqld cluster" : "one database file"}`);
    }
    // Interrupted: stop what this run started, by pid.
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      process.once(signal, () => {
        for (const m of managed) m.server.child.kill("SIGTERM");
        void (cluster?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
      });
    }

    // Every server must know the sessions before the load means anything; the
    // GETs of the two routes also load their code, so the load starts warm.
    for (const origin of origins) {
      for (const path of [`/api/bookmarks/${targets.storyIds[0]}`, `/api/follows/${targets.tagSlugs[0]}`]) {
        const response = await fetch(`${origin}${path}`, { headers: { cookie: readers[0]!.cookie, accept: "application/json" } });
        const body = await response.text();
        if (response.status !== 200) throw new Error(`GET ${origin}${path} as a seeded reader answered ${response.status}: ${body.slice(0, 200)}`);
      }
    }

    console.log(
      `\nLoad: ${n(READERS)} readers, ${CONCURRENCY} at a time, one request each at a time, ${SECONDS} s or ${n(MAX_REQUESTS)} requests` +
        `${RESTART ? `; rolling restart of server B at ${RESTART_AT_S.toFixed(0)} s` : ""}`,
    );
    const load = new Load({
      servers: origins,
      readers,
      storyIds: targets.storyIds,
      tagSlugs: targets.tagSlugs,
      concurrency: CONCURRENCY,
      seconds: SECONDS,
      maxRequests: MAX_REQUESTS,
      timeoutMs: TIMEOUT_S * 1000,
    });
    const running = load.run();
    let restart: Promise<Restart> | null = null;
    if (RESTART) {
      const b = managed[1]!;
      restart = sleep(RESTART_AT_S * 1000).then(() => rollingRestart(url, b, 1, load));
    }
    await running;
    const restarted = restart ? await restart : null;
    // A request a client gave up on may still be finishing on its server.
    if (load.networkErrors.timeout) await sleep(5_000);

    const library = await readLibrary(sql, runId);
    const result = compare(load.pairs.values(), targets, library);
    const logs = EXTERNAL ? (logFiles.length > 0 ? [scanExternalLogs(logFiles, offsets)] : []) : managed.map((m) => m.log);
    const busyLogLines = logs.reduce((s, l) => s + l.busyLines, 0);
    const stderrLines = logs.reduce((s, l) => s + l.stderrLines, 0);

    const t = load.totals;
    const seconds = load.elapsedSeconds;
    const p50 = percentile(load.latencies, 50);
    const p99 = percentile(load.latencies, 99);
    const bookmarkPairs = [...load.pairs.values()].filter((p) => p.kind === "bookmark").length;
    const networkDetail = Object.entries(load.networkErrors)
      .map(([code, count]) => `${code} ${count}`)
      .join(", ");
    const logNote = EXTERNAL && logFiles.length === 0 ? "server logs not read (--server-logs)" : `${busyLogLines} in server log lines`;

    console.log(
      `\n${origins.length} servers (${EXTERNAL ? "external" : CLUSTER ? "sqld primary + replica" : "embedded"}; ${origins.join(", ")}), database ${url}\n` +
        `${n(READERS)} readers, ${CONCURRENCY} at a time; ${STORIES} stories and ${TAGS} tags; ${seconds.toFixed(1)} s\n`,
    );
    const rows: [string, string][] = [
      ["requests sent", n(t.sent)],
      ["  2xx", n(t.ok)],
      ["  4xx", n(t.c4xx)],
      ["  5xx", n(t.c5xx)],
      ["  network errors after sending", `${n(t.network)}${networkDetail ? ` (${networkDetail})` : ""}`],
      ["refused before sending (retried on another server)", n(t.refused)],
      ["2xx that contradicted the request", n(load.wrongAnswers)],
      ["throughput", `${(t.sent / seconds).toFixed(0)} req/s`],
      ["latency p50 / p99", `${p50.toFixed(0)} / ${p99.toFixed(0)} ms`],
      ["reader×story and reader×tag pairs written", `${n(load.pairs.size)} (${n(bookmarkPairs)} bookmarks, ${n(load.pairs.size - bookmarkPairs)} follows)`],
      [
        "unknown pairs at the end",
        `${n(result.unknown.total)}: the unanswered write applied ${result.unknown.applied}, not applied ${result.unknown.notApplied}, ` +
          `cannot tell ${result.unknown.cannotTell}`,
      ],
      ["LOST (told saved/followed, no row)", n(result.lost)],
      ["DOUBLED (pairs with more than one row)", n(result.doubled)],
      ["PHANTOM (told removed, row present)", n(result.phantom)],
      ["SQLITE_BUSY", `${load.busyBodies} in answers, ${logNote}`],
      [EXTERNAL ? "server log lines saying error or failed" : "server stderr lines", EXTERNAL && logFiles.length === 0 ? "not read" : n(stderrLines)],
      ...origins.map((origin, i): [string, string] => {
        const s = load.perServer[i]!;
        return [`  server ${managed[i]?.name ?? i + 1} ${origin}`, `${n(s.sent)} sent, ${n(s.ok)} 2xx, ${n(s.network)} failed after sending, ${n(s.refused)} refused`];
      }),
    ];
    if (restarted) {
      const d = restarted.during;
      rows.push(
        [
          `rolling restart of server ${restarted.server}`,
          `SIGTERM at ${restarted.sigtermAt.toFixed(1)} s (${restarted.inFlightAtSigterm} in flight); ${n(restarted.answeredWhileDraining)} 2xx while draining; ` +
            `${restarted.exit.killed ? "KILLED" : `exit ${restarted.exit.code ?? restarted.exit.signal}`} at ${restarted.exitedAt.toFixed(1)} s; serving again at ${restarted.servingAt.toFixed(1)} s`,
        ],
        [
          "  from SIGTERM to serving again (both servers)",
          `${n(d.sent)} sent, ${n(d.ok)} 2xx, ${n(d.c5xx)} 5xx, ${n(d.network)} failed after sending, ${n(d.refused)} refused`,
        ],
        [
          "  2xx from the new process",
          restarted.servedAfter > 0 ? n(restarted.servedAfter) : "0: it came back after the load ended (a longer --seconds or an earlier --restart-at)",
        ],
      );
    }
    printTable(["what", "figure"], rows);
    for (const line of result.examples) console.log(`  ${line}`);
    for (const sample of load.samples) console.log(`  answer: ${sample}`);
    if (load.networkEvents.length > 0) console.log(`  network failures after sending: ${describeEvents(load.networkEvents, origins, managed)}`);
    for (const line of new Set(logs.flatMap((l) => l.firstStderr))) console.log(`  server stderr: ${line}`);

    const failures: string[] = [];
    if (t.ok === 0) failures.push("no write was confirmed");
    if (result.lost > 0) failures.push(`${result.lost} lost`);
    if (result.doubled > 0) failures.push(`${result.doubled} doubled`);
    if (result.phantom > 0) failures.push(`${result.phantom} phantom`);
    if (t.c5xx > 0) failures.push(`${t.c5xx} 5xx`);
    if (t.c4xx > 0) failures.push(`${t.c4xx} 4xx to valid requests`);
    if (load.wrongAnswers > 0) failures.push(`${load.wrongAnswers} answers contradicting their request`);
    if (load.busyBodies + busyLogLines > 0) failures.push(`SQLITE_BUSY ${load.busyBodies + busyLogLines} times`);
    if (restarted?.exit.killed) failures.push(`server ${restarted.server} did not exit within ${EXIT_GRACE_MS / 1000} s of SIGTERM`);
    console.log(failures.length === 0 ? "\nPASS: the database holds exactly what the clients were last told." : `\nFAIL: ${failures.join("; ")}`);
    if (failures.length > 0) process.exitCode = 1;

    const report = {
      at: new Date().toISOString(),
      mode: EXTERNAL ? "external" : CLUSTER ? "cluster" : "embedded",
      database: url,
      servers: origins,
      options: { seconds: SECONDS, maxRequests: MAX_REQUESTS, readers: READERS, concurrency: CONCURRENCY, stories: STORIES, tags: TAGS, timeoutSeconds: TIMEOUT_S, restart: RESTART, restartAtSeconds: RESTART ? RESTART_AT_S : null },
      elapsedSeconds: seconds,
      totals: t,
      perServer: origins.map((origin, i) => ({ origin, ...load.perServer[i]! })),
      statuses: load.statuses,
      networkErrors: load.networkErrors,
      networkEvents: load.networkEvents,
      throughputPerSecond: t.sent / seconds,
      latencyMs: { p50, p99 },
      pairs: { total: load.pairs.size, bookmarks: bookmarkPairs, follows: load.pairs.size - bookmarkPairs, unknown: result.unknown },
      lost: result.lost,
      doubled: result.doubled,
      phantom: result.phantom,
      wrongAnswers: load.wrongAnswers,
      sqliteBusy: { answers: load.busyBodies, logLines: EXTERNAL && logFiles.length === 0 ? null : busyLogLines },
      serverStderrLines: EXTERNAL && logFiles.length === 0 ? null : stderrLines,
      restart: restarted && { ...restarted, servedAfter: restarted.servedAfter },
      examples: result.examples,
      samples: load.samples,
      failures,
      pass: failures.length === 0,
      totalSeconds: (performance.now() - started) / 1000,
    };
    fs.writeFileSync(path.join(benchDir, `${NAME}.json`), `${JSON.stringify(report, null, 2)}\n`);
    console.log(`Report: .bench/${NAME}.json${EXTERNAL ? "" : `; server logs: .bench/${NAME}-server-{A,B}.log`}`);
  } finally {
    for (const m of managed) {
      await stopServer(m.server, { graceMs: EXIT_GRACE_MS });
      m.log.close();
    }
    if (EXTERNAL && !args.keep && readers.length > 0) await removeReaders(sql, runId);
    await sql.close();
    await cluster?.stop();
  }
}

run().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
