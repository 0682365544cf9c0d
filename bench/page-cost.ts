// npm run bench:pages — does a page cost the same with 24 stories and with 100,000?
//
// Builds the app if needed, prepares two databases (the demo content alone, and
// the demo content plus 100,000 synthetic stories), serves each with the
// production server on loopback, drives the feed, a deep feed page, a tag page
// and a story page with autocannon, and prints each page's figures at both
// sizes with the large/small ratio. Bounded: a few seconds per page.
import { desc, sql } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { optimizeDatabase, prepareDatabase } from "@/db/prepare";
import { seedSyntheticStories } from "@/db/seed/synthetic";
import { stories } from "@/db/schema";
import { encodeCursor } from "@/lib/cursor";
import { ensureBuild, freshDatabaseFile, measure, printTable, serve, stop, type Figures } from "./lib";

const LARGE = Number(process.env.BENCH_STORIES ?? 100_000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 8;
/** Beyond this large/small ratio of mean latency, a page is said to grow with the archive. */
const MAX_RATIO = 2;
const STORY = "ai-screening-brings-diabetic-eye-checks-to-rural-clinics";


async function prepare(name: string, synthetic: number) {
  const url = `file:${freshDatabaseFile(name)}`;
  await prepareDatabase(url);
  const db = openDatabase(url);
  if (synthetic > 0) await seedSyntheticStories(db, synthetic);
  await optimizeDatabase(db);
  // A cursor halfway down the archive (the deep page a crawler reaches), but
  // never so deep that the page holds fewer than 20 cards: pages compare alike.
  const visible = db.select({ id: stories.id, publishedAt: stories.publishedAt }).from(stories);
  const total = await db.get<{ n: number }>(sql`select count(*) n from stories`);
  const middle = await visible.orderBy(desc(stories.publishedAt), desc(stories.id)).limit(1).offset(Math.max(0, Math.min(Math.floor(total.n / 2), total.n - 21))).get();
  await db.$close();
  return { url, deepCursor: encodeCursor({ at: middle!.publishedAt!, id: middle!.id }), total: total.n };
}





async function run() {
  ensureBuild();
  console.log(`Preparing databases (24 demo stories; demo + ${LARGE.toLocaleString("en-US")} synthetic)…`);
  const sizes = [
    { name: "small", ...(await prepare("small", 0)), port: 3201 },
    { name: "large", ...(await prepare("large", LARGE)), port: 3202 },
  ];
  const pages = (deepCursor: string) => [
    { name: "feed", path: "/" },
    { name: "feed, deep page", path: `/?before=${deepCursor}` },
    { name: "tag page", path: "/tags/research" },
    { name: "story page", path: `/stories/${STORY}` },
  ];
  const results = new Map<string, Figures[]>();
  for (const size of sizes) {
    const server = await serve(size.url, size.port);
    try {
      for (const page of pages(size.deepCursor)) {
        const figures = await measure(`http://127.0.0.1:${size.port}${page.path}`, { connections: CONNECTIONS, seconds: DURATION });
        results.set(page.name, [...(results.get(page.name) ?? []), figures]);
        console.log(`  ${size.name} (${size.total} stories) ${page.name}: ${figures.rps.toFixed(0)} req/s`);
      }
    } finally {
      await stop(server);
    }
  }

  console.log(`\n${CONNECTIONS} connections, ${DURATION} s per page, loopback, production build\n`);
  const head = ["page", "req/s small", "req/s large", "p50 ms small", "p50 ms large", "p99 ms small", "p99 ms large", "mean latency ratio"];
  const rows = [...results].map(([name, [small, large]]) => [
    name,
    small!.rps.toFixed(0),
    large!.rps.toFixed(0),
    String(small!.p50),
    String(large!.p50),
    String(small!.p99),
    String(large!.p99),
    (large!.mean / small!.mean).toFixed(2),
  ]);
  printTable(head, rows);

  const errors = [...results.values()].flat().reduce((n, f) => n + f.errors, 0);
  const worst = Math.max(...[...results.values()].map(([s, l]) => l!.mean / s!.mean));
  console.log("(the tag page holds 10 cards on the small database and 20 on the large: part of its ratio is that)");
  console.log(`\nerrors: ${errors}; worst large/small latency ratio: ${worst.toFixed(2)} (target ≤ ${MAX_RATIO})`);
  if (errors > 0 || worst > MAX_RATIO) {
    console.log("FAIL: a page's cost grows with the number of stories, or requests failed.");
    process.exitCode = 1;
  } else {
    console.log("OK: page cost does not grow with the number of stories.");
  }
}

run().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
