// npm run bench — the whole site under load, against the practical limit of
// this machine.
//
// 1. Seeds .bench/site.db (the demo content plus 100,000 stories, 10,000
//    readers, 1,000,000 bookmarks and their follows), or reuses it when the last
//    seed had the same sizes and code; builds the production server meanwhile
//    if there is no build.
// 2. Starts the production server on 127.0.0.1 (cold start: spawn to the first
//    200 of /), and a plain node:http server answering the same story page's
//    HTML bytes from memory: the practical limit.
// 3. Drives each with autocannon, 16 connections, 5 s after a 1 s warm-up: the
//    limit, the feed, a story, a tag page, search, /following (signed in) and a
//    bookmark toggle (PUT then DELETE, spread over 256 readers' sessions),
//    sampling the server's resident memory every 200 ms.
// 4. Prints req/s, p50, p99 and the share of the limit's req/s per page, the
//    memory, and PASS/FAIL for the targets: the story and feed pages at
//    ≥ 30% of the limit's req/s with p99 under 50 ms. Exits 1 on a FAIL.
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type autocannon from "autocannon";
import { benchDir, buildInBackground, freePort, hasBuild, measure, printTable, spawnNext, stop, treeRss, type Figures } from "./lib";
import { createFixtures, siteDatabase, type Toggle } from "./site-data";
import { spawnProcess, type ServerProcess } from "../scripts/lib/server-process";

const SIZES = {
  stories: Number(process.env.BENCH_STORIES ?? 100_000),
  readers: Number(process.env.BENCH_READERS ?? 10_000),
  bookmarks: Number(process.env.BENCH_BOOKMARKS ?? 1_000_000),
};
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const TOGGLERS = Number(process.env.BENCH_TOGGLERS ?? 256);
const QUERY = process.env.BENCH_QUERY ?? "wildfire";
const TAG = "research";
/** The targets, for the story and feed pages. */
const MIN_SHARE_OF_LIMIT = 0.3;
const MAX_P99_MS = 50;
const BUDGET_SECONDS = 300;
const PORTS = [3400, 3499] as const;

const started = performance.now();
const elapsed = () => (performance.now() - started) / 1000;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Spawns the production server and times it to its first 200 on /. */
async function coldStart(url: string, port: number): Promise<{ server: ServerProcess; ms: number }> {
  const spawned = performance.now();
  // Its own wait, finer than spawnServer's: this one is measured.
  const server = await spawnNext(url, port, { ready: false });
  while (performance.now() - spawned < 60_000) {
    if (server.child.exitCode !== null) throw new Error(`the server exited with ${server.child.exitCode} while starting`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`);
      await response.arrayBuffer();
      if (response.status === 200) return { server, ms: performance.now() - spawned };
    } catch {
      // not listening yet
    }
    await sleep(20);
  }
  await stop(server);
  throw new Error("the server did not answer / with 200 within 60 s");
}

async function startLimitServer(port: number, html: Buffer, contentType: string): Promise<ServerProcess> {
  const file = path.join(benchDir, "limit-page.html");
  fs.writeFileSync(file, html);
  return spawnProcess(process.execPath, ["--import", "tsx", path.join("bench", "limit-server.ts"), String(port), file, contentType], {
    name: "the limit server",
    log: "pipe",
    ready: `http://127.0.0.1:${port}/`,
  });
}

/** Samples a process tree's resident memory every 200 ms until stopped; returns the peak. */
function sampleMemory(pid: number): () => number {
  let peak = treeRss(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRss(pid));
  }, 200);
  return () => {
    clearInterval(timer);
    return Math.max(peak, treeRss(pid));
  };
}

/** Each connection toggles its own readers' stories (PUT then DELETE), so no two race on one bookmark. */
function toggleClients(toggles: Toggle[], origin: string): (client: autocannon.Client) => void {
  let next = 0;
  return (client) => {
    const slot = next++ % CONNECTIONS;
    const mine = toggles.filter((_, i) => i % CONNECTIONS === slot);
    client.setRequests(
      (mine.length > 0 ? mine : toggles.slice(0, 1)).flatMap(({ cookie, storyId }) => {
        const headers = { cookie, origin };
        const path = `/api/bookmarks/${storyId}`;
        return [
          { method: "PUT" as const, path, headers },
          { method: "DELETE" as const, path, headers },
        ];
      }),
    );
  };
}

async function expectOk(url: string, init: RequestInit = {}) {
  const response = await fetch(url, { ...init, redirect: "manual" });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${init.method ?? "GET"} ${url} answered ${response.status}, not 200`);
}

type Row = { name: string; figures: Figures; peakRss: number };

async function run() {
  // 1. Data, with the build alongside when there is none.
  const building = hasBuild()
    ? null
    : buildInBackground().then(
        () => null,
        (error: unknown) => error,
      );
  if (building) console.log("Building the production server in the background (.bench/build.log)…");
  else {
    // A build older than the code measures the old code: say how old it is.
    const minutes = (Date.now() - fs.statSync(path.join(".next", "BUILD_ID")).mtimeMs) / 60_000;
    console.log(`Using the existing production build (.next, built ${minutes.toFixed(0)} min ago; \`npm run build\` after changing the code).`);
  }
  console.log(
    `Database: the demo content + ${SIZES.stories.toLocaleString("en-US")} stories, ${SIZES.readers.toLocaleString("en-US")} readers, ` +
      `${SIZES.bookmarks.toLocaleString("en-US")} bookmarks…`,
  );
  const data = await siteDatabase(SIZES);
  console.log(data.reused ? "  reused .bench/site.db (same sizes and seed)" : `  seeded in ${data.seconds.toFixed(0)} s`);
  if (building) {
    const error = await building;
    if (error) throw error;
    console.log(`  build done (${elapsed().toFixed(0)} s since start)`);
  }
  const fixtures = await createFixtures(data.url, TOGGLERS);

  const nextPort = await freePort(PORTS[0], PORTS[1]);
  const limitPort = await freePort(nextPort + 1, PORTS[1]);
  const base = `http://127.0.0.1:${nextPort}`;
  let next: ServerProcess | null = null;
  let limit: ServerProcess | null = null;
  // Interrupted: the servers get the signal too; leave the database as seeded.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      for (const server of [limit, next]) server?.child.kill("SIGTERM");
      void fixtures.cleanup().finally(() => process.exit(130));
    });
  }
  try {
    // 2. Cold start, memory at rest, the story's bytes for the limit.
    const cold = await coldStart(data.url, nextPort);
    next = cold.server;
    await sleep(1000);
    const restRss = treeRss(next.pid);
    console.log(`Server up on ${base} in ${cold.ms.toFixed(0)} ms; ${mib(restRss)} resident at rest`);

    const storyPath = `/stories/${fixtures.storySlug}`;
    const storyResponse = await fetch(`${base}${storyPath}`);
    const html = Buffer.from(await storyResponse.arrayBuffer());
    if (storyResponse.status !== 200) throw new Error(`${storyPath} answered ${storyResponse.status}`);
    limit = await startLimitServer(limitPort, html, storyResponse.headers.get("content-type") ?? "text/html; charset=utf-8");

    const origin = base;
    const follower = { cookie: fixtures.followerCookie };
    const firstToggle = fixtures.toggles[0]!;
    const toggleHeaders = { cookie: firstToggle.cookie, origin };
    await expectOk(`${base}/api/bookmarks/${firstToggle.storyId}`, { method: "PUT", headers: toggleHeaders });
    await expectOk(`${base}/api/bookmarks/${firstToggle.storyId}`, { method: "DELETE", headers: toggleHeaders });

    const pages: { name: string; path: string; headers?: Record<string, string>; setupClient?: (c: autocannon.Client) => void }[] = [
      { name: "feed /", path: "/" },
      { name: "story /stories/…", path: storyPath },
      { name: `tag /tags/${TAG}`, path: `/tags/${TAG}` },
      { name: `search ?q=${QUERY}`, path: `/search?q=${encodeURIComponent(QUERY)}` },
      { name: "/following (signed in)", path: "/following", headers: follower },
      {
        name: `bookmark toggle (PUT/DELETE, ${fixtures.toggles.length} readers)`,
        path: `/api/bookmarks/${firstToggle.storyId}`,
        setupClient: toggleClients(fixtures.toggles, origin),
      },
    ];
    for (const page of pages) if (!page.setupClient) await expectOk(`${base}${page.path}`, { headers: page.headers });

    // 3. Load: the limit first, then each page.
    console.log(`\nLoad: ${CONNECTIONS} connections, ${SECONDS} s each after a 1 s warm-up`);
    const rows: Row[] = [];
    const load = async (name: string, pid: number, url: string, options: Parameters<typeof measure>[1]) => {
      const stopSampling = sampleMemory(pid);
      const figures = await measure(url, { connections: CONNECTIONS, seconds: SECONDS, ...options });
      rows.push({ name, figures, peakRss: stopSampling() });
      console.log(`  ${name}: ${figures.rps.toFixed(0)} req/s`);
    };
    await load("limit: story HTML from memory (node:http)", limit.pid, `http://127.0.0.1:${limitPort}${storyPath}`, {});
    for (const page of pages) {
      await load(page.name, next.pid, `${base}${page.path}`, { headers: page.headers ?? {}, setupClient: page.setupClient });
    }
    const peakRss = Math.max(...rows.slice(1).map((r) => r.peakRss));

    // 4. Report.
    const limitFigures = rows[0]!.figures;
    const share = (f: Figures) => f.rps / limitFigures.rps;
    console.log(
      `\n${CONNECTIONS} connections, ${SECONDS} s per row after a 1 s warm-up, loopback (127.0.0.1), production build; ` +
        `story HTML ${(html.length / 1024).toFixed(0)} KiB`,
    );
    console.log(
      `database: ${(SIZES.stories + 24).toLocaleString("en-US")} stories, ${SIZES.readers.toLocaleString("en-US")} readers, ` +
        `${SIZES.bookmarks.toLocaleString("en-US")} bookmarks (${data.reused ? "reused" : "seeded this run"})\n`,
    );
    printTable(
      ["what", "req/s", "p50 ms", "p99 ms", "errors", "of limit req/s", "peak RSS"],
      rows.map(({ name, figures, peakRss: rss }) => [
        name,
        figures.rps.toFixed(0),
        String(figures.p50),
        String(figures.p99),
        String(figures.errors),
        `${(share(figures) * 100).toFixed(1)}%`,
        mib(rss),
      ]),
    );
    console.log(
      `\nNext server (process tree, VmRSS summed): ${mib(restRss)} at rest, ${mib(peakRss)} peak under load; ` +
        `cold start ${cold.ms.toFixed(0)} ms (spawn to the first 200 of /)`,
    );

    const byName = new Map(rows.map((r) => [r.name, r.figures]));
    const checks: [string, boolean][] = [];
    for (const [label, name] of [["feed", pages[0]!.name], ["story", pages[1]!.name]] as const) {
      const f = byName.get(name)!;
      checks.push([`${label}: req/s ≥ ${MIN_SHARE_OF_LIMIT * 100}% of the limit (${(share(f) * 100).toFixed(1)}%)`, share(f) >= MIN_SHARE_OF_LIMIT]);
      checks.push([`${label}: p99 < ${MAX_P99_MS} ms (${f.p99} ms)`, f.p99 < MAX_P99_MS]);
    }
    const errors = rows.reduce((n, r) => n + r.figures.errors, 0);
    checks.push([`no failed requests (${errors})`, errors === 0]);
    console.log("");
    for (const [label, ok] of checks) console.log(`${ok ? "PASS" : "FAIL"}  ${label}`);
    if (checks.some(([, ok]) => !ok)) process.exitCode = 1;
  } finally {
    if (limit) await stop(limit);
    if (next) await stop(next);
    await fixtures.cleanup();
  }
  const total = Math.round(elapsed());
  console.log(
    `\nTotal time: ${Math.floor(total / 60)} min ${total % 60} s ` +
      `(${total <= BUDGET_SECONDS ? "within" : "OVER"} the ${BUDGET_SECONDS / 60}-minute budget; ` +
      `${data.reused ? "database reused" : "database seeded"}${building ? ", build included" : ""})`,
  );
}

run().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
