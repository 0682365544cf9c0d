// npm run bench:search — what does a search cost with 100,000 stories?
//
// Prepares the demo content plus 100,000 synthetic stories (the FTS index is
// filled by the same triggers as in production), then, for queries from
// "matches every story" to "matches nothing":
//   1. times the query alone (db/queries/search, in-process, 40 runs each);
//   2. serves the production build on loopback and drives /search?q= with
//      autocannon (8 connections, a few seconds each).
// Prints p50 and p99 for both. Bounded in time; fails only on a failed request.
import fs from "node:fs";
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { optimizeDatabase, prepareDatabase } from "@/db/prepare";
import { searchStories } from "@/db/queries/search";
import { seedSyntheticStories } from "@/db/seed/synthetic";
import { parseQuery } from "@/lib/search-query";
import { ensureBuild, freshDatabaseFile, measure, printTable, serve, stop } from "./lib";

const STORIES = Number(process.env.BENCH_STORIES ?? 100_000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 4);
const CONNECTIONS = 8;
const RUNS = 40;
const PORT = 3203;

const QUERIES = [
  { name: "a word in every story", q: "AI" },
  { name: "a common word", q: "model" },
  { name: "a word in 1 story in 24", q: "wildfire" },
  { name: "a phrase", q: '"food waste"' },
  { name: "a prefix", q: "wildf*" },
  { name: "a two-letter prefix", q: "re*" },
  { name: "three short prefixes", q: "re* co* pr*" },
  { name: "two words", q: "solar cameras" },
  { name: "one story (title phrase)", q: `"archive ${Math.max(1, Math.floor(STORIES / 2))}"` },
  { name: "no match", q: "zzyzx" },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function run() {
  ensureBuild();
  const file = freshDatabaseFile("search");
  const url = `file:${file}`;
  console.log(`Preparing a database with the demo content and ${STORIES.toLocaleString("en-US")} synthetic stories…`);
  await prepareDatabase(url);
  const db = openDatabase(url);
  const seedStart = performance.now();
  await seedSyntheticStories(db, STORIES);
  const seedSeconds = (performance.now() - seedStart) / 1000;
  await optimizeDatabase(db);
  const { n: total } = await db.get<{ n: number }>(sql`select count(*) n from stories`);
  const { pages, pageSize } = {
    pages: (await db.get<{ n: number }>(sql`select count(*) n from dbstat where name like 'story_search%'`)).n,
    pageSize: (await db.get<{ page_size: number }>(sql`PRAGMA page_size`)).page_size,
  };
  console.log(
    `  ${total.toLocaleString("en-US")} stories written in ${seedSeconds.toFixed(1)} s (FTS triggers included); ` +
      `search index ${((pages * pageSize) / 2 ** 20).toFixed(0)} MiB of a ${(fs.statSync(file).size / 2 ** 20).toFixed(0)} MiB file`,
  );

  const rows: string[][] = [];
  const inProcess = new Map<string, { p50: number; p99: number; total: number }>();
  for (const query of QUERIES) {
    const terms = parseQuery(query.q);
    const times: number[] = [];
    let matched = 0;
    for (let i = 0; i < RUNS + 3; i++) {
      const start = performance.now();
      const page = await searchStories(db, terms);
      if (i >= 3) times.push(performance.now() - start);
      matched = page.total;
    }
    times.sort((a, b) => a - b);
    inProcess.set(query.name, { p50: percentile(times, 50), p99: percentile(times, 99), total: matched });
  }
  await db.$close();

  let errors = 0;
  const server = await serve(url, PORT);
  try {
    for (const query of QUERIES) {
      const figures = await measure(`http://127.0.0.1:${PORT}/search?q=${encodeURIComponent(query.q)}`, {
        connections: CONNECTIONS,
        seconds: DURATION,
      });
      errors += figures.errors;
      const q = inProcess.get(query.name)!;
      rows.push([
        query.name,
        query.q,
        `${q.total.toLocaleString("en-US")}${q.total >= 1000 ? "+" : ""}`,
        q.p50.toFixed(1),
        q.p99.toFixed(1),
        figures.rps.toFixed(0),
        String(figures.p50),
        String(figures.p99),
      ]);
      console.log(`  ${query.name}: ${figures.rps.toFixed(0)} req/s`);
    }
  } finally {
    await stop(server);
  }

  console.log(`\n${total.toLocaleString("en-US")} stories; query alone: ${RUNS} runs; page: ${CONNECTIONS} connections, ${DURATION} s, loopback, production build\n`);
  printTable(
    ["query", "q", "matches", "query p50 ms", "query p99 ms", "page req/s", "page p50 ms", "page p99 ms"],
    rows,
  );
  console.log(`\nfailed requests: ${errors}`);
  if (errors > 0) process.exitCode = 1;
}

run().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
