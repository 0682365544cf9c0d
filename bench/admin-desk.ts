// What a page of the admin desk's story list costs as the archive grows: the
// query behind /admin, run in-process (the desk needs a session, and the HTTP
// cost is the same as any page's, measured by bench:pages) on the demo
// stories and on the demo stories plus 100,000 synthetic ones.
import { openDatabase, type AppDatabase } from "@/db/client";
import { listStoriesForDesk, type DeskFilter } from "@/db/queries/admin-stories";
import { migrateDatabase } from "@/db/migrate";
import { seedDemoContent } from "@/db/seed/demo";
import { seedSyntheticStories } from "@/db/seed/synthetic";
import type { Cursor } from "@/lib/cursor";
import { freshDatabaseFile, printTable } from "./lib";

const STORIES = Number(process.env.BENCH_STORIES ?? 100_000);
const RUNS = 200;

async function setUp(name: string, synthetic: number): Promise<AppDatabase> {
  const db = openDatabase(`file:${freshDatabaseFile(name)}`);
  await migrateDatabase(db);
  await seedDemoContent(db);
  if (synthetic) await seedSyntheticStories(db, synthetic);
  return db;
}

/** The cursor `pages` pages down the unfiltered list. */
async function deepCursor(db: AppDatabase, pages: number): Promise<Cursor | null> {
  let cursor: Cursor | null = null;
  for (let i = 0; i < pages; i++) {
    const page = await listStoriesForDesk(db, { before: cursor });
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return cursor;
}

async function meanMs(run: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 20; i++) await run();
  const start = process.hrtime.bigint();
  for (let i = 0; i < RUNS; i++) await run();
  return Number(process.hrtime.bigint() - start) / 1e6 / RUNS;
}

const cases: { name: string; filter: DeskFilter; deep?: boolean }[] = [
  { name: "first page", filter: {} },
  { name: "page 40, 1,000 stories down (demo: page 1)", filter: {}, deep: true },
  { name: "published", filter: { status: "published" } },
  { name: "scheduled (1 in 40)", filter: { status: "scheduled" } },
  { name: "tag: health", filter: { tagSlug: "health" } },
  { name: "title contains a common word (\"AI\")", filter: { q: "AI" } },
  { name: "title contains a word no story has", filter: { q: "zebrafish" } },
  { name: "drafts (1 in 40; none in the demo)", filter: { status: "draft" } },
];

async function main() {
  console.log(`Seeding: demo stories, and demo + ${STORIES.toLocaleString()} synthetic…`);
  const small = await setUp("desk-small", 0);
  const large = await setUp("desk-large", STORIES);
  const rows: string[][] = [];
  for (const c of cases) {
    const [smallBefore, largeBefore] = c.deep ? [await deepCursor(small, 40), await deepCursor(large, 40)] : [null, null];
    const a = await meanMs(() => listStoriesForDesk(small, { ...c.filter, before: smallBefore }));
    const b = await meanMs(() => listStoriesForDesk(large, { ...c.filter, before: largeBefore }));
    rows.push([c.name, a.toFixed(2), b.toFixed(2), (b / a).toFixed(2)]);
  }
  printTable(["list", "ms, demo", `ms, +${STORIES / 1000}k`, "ratio"], rows);
  console.log(
    "A filter that matches few stories walks the index until it fills a page, so its cost grows with the archive;\n" +
      "the rare filters show that worst case (title search moves to FTS5 with #7).",
  );
  await small.$close();
  await large.$close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
