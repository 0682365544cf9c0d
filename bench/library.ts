// npm run bench:library — do saving a story and /following cost the same on a
// big database as on an empty one, and does every page of /saved cost the same?
//
// Empty: the 24 demo stories and one reader. Large: 100,000 stories, 10,000
// readers, 1,000,000 bookmarks. The measured reader follows three tags; on the
// large database they have 5,000 bookmarks. Each figure is autocannon on
// loopback against the production server, a few seconds a page.
import { desc, eq } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { optimizeDatabase, prepareDatabase } from "@/db/prepare";
import { followTag } from "@/db/queries/follows";
import { createSessionForUser } from "@/db/queries/sessions";
import { isPublic } from "@/db/queries/stories";
import { setRoleByEmail } from "@/db/queries/users";
import { bookmarks, stories } from "@/db/schema";
import { seedSyntheticReaders, seedSyntheticStories } from "@/db/seed/synthetic";
import { encodeCursor } from "@/lib/cursor";
import { ensureBuild, freshDatabaseFile, measure, printTable, serve, stop, type Figures } from "./lib";

const STORIES = Number(process.env.BENCH_STORIES ?? 100_000);
const READERS = Number(process.env.BENCH_READERS ?? 10_000);
const BOOKMARKS = Number(process.env.BENCH_BOOKMARKS ?? 1_000_000);
const HEAVY_BOOKMARKS = 5_000;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const MAX_RATIO = 2;

async function prepare(name: string, large: boolean) {
  const file = freshDatabaseFile(name);
  const url = `file:${file}`;
  await prepareDatabase(url);
  const db = openDatabase(url);
  if (large) {
    console.log(`  ${name}: ${STORIES.toLocaleString("en-US")} stories…`);
    await seedSyntheticStories(db, STORIES);
    console.log(`  ${name}: ${READERS.toLocaleString("en-US")} readers, ${BOOKMARKS.toLocaleString("en-US")} bookmarks…`);
    await seedSyntheticReaders(db, { readers: READERS, bookmarks: BOOKMARKS });
  }
  const reader = await setRoleByEmail(db, "bench-reader@example.com", "reader");
  for (const tag of ["climate", "health", "science"]) await followTag(db, reader.id, tag);
  if (large) {
    // The measured reader's own 5,000 bookmarks.
    const ids = await db.select({ id: stories.id }).from(stories).where(isPublic(new Date())).orderBy(desc(stories.id)).limit(HEAVY_BOOKMARKS).all();
    const now = Date.now();
    await db.transaction(async (tx) => {
      for (let i = 0; i < ids.length; i += 500) {
        await tx.insert(bookmarks)
          .values(ids.slice(i, i + 500).map((s, j) => ({ userId: reader.id, storyId: s.id, savedAt: new Date(now - (i + j + 1) * 1000) })))
          .run();
      }
    });
  }
  const saved = await db
    .select({ storyId: bookmarks.storyId, savedAt: bookmarks.savedAt })
    .from(bookmarks)
    .where(eq(bookmarks.userId, reader.id))
    .orderBy(desc(bookmarks.savedAt), desc(bookmarks.storyId))
    .all();
  const deep = saved[Math.max(0, saved.length - 21)];
  const toggleStory = (await db.select({ id: stories.id }).from(stories).where(isPublic(new Date())).limit(1).get())!.id;
  const { sessionToken } = await createSessionForUser(db, reader.id);
  await optimizeDatabase(db);
  await db.$close();
  return {
    url,
    cookie: `next-auth.session-token=${sessionToken}`,
    toggleStory,
    savedCount: saved.length,
    deepSavedCursor: deep ? encodeCursor({ at: deep.savedAt, id: deep.storyId }) : null,
  };
}

async function run() {
  ensureBuild();
  console.log("Preparing databases…");
  const empty = await prepare("library-empty", false);
  const large = await prepare("library-large", true);

  const results: Record<string, Figures> = {};
  for (const [name, size, port] of [["empty", empty, 3211], ["large", large, 3212]] as const) {
    const server = await serve(size.url, port);
    const base = `http://127.0.0.1:${port}`;
    const headers = { cookie: size.cookie };
    try {
      results[`toggle ${name}`] = await measure(`${base}/api/bookmarks/${size.toggleStory}`, {
        seconds: SECONDS,
        headers,
        requests: [
          { method: "PUT", path: `/api/bookmarks/${size.toggleStory}` },
          { method: "DELETE", path: `/api/bookmarks/${size.toggleStory}` },
        ],
      });
      results[`following ${name}`] = await measure(`${base}/following`, { seconds: SECONDS, headers });
      results[`saved first ${name}`] = await measure(`${base}/saved`, { seconds: SECONDS, headers });
      if (size.deepSavedCursor) {
        results[`saved deep ${name}`] = await measure(`${base}/saved?before=${size.deepSavedCursor}`, { seconds: SECONDS, headers });
      }
      console.log(`  measured the ${name} database`);
    } finally {
      await stop(server);
    }
  }

  const f = (n: number) => n.toFixed(0);
  console.log(`\n8 connections, ${SECONDS} s each, loopback, production build, signed in`);
  console.log(`empty: 24 stories, 1 reader, ${empty.savedCount} bookmarks of theirs`);
  console.log(`large: ${STORIES + 24} stories, ${READERS + 1} readers, ~${BOOKMARKS + large.savedCount} bookmarks (${large.savedCount} theirs)\n`);
  const comparisons: [string, Figures, Figures][] = [
    ["save/unsave toggle (PUT+DELETE)", results["toggle empty"]!, results["toggle large"]!],
    ["/following", results["following empty"]!, results["following large"]!],
    ["/saved, first vs deepest page (large)", results["saved first large"]!, results["saved deep large"]!],
  ];
  printTable(
    ["what", "req/s A", "req/s B", "p50 A", "p50 B", "p99 A", "p99 B", "B/A mean latency"],
    comparisons.map(([name, a, b]) => [name, f(a.rps), f(b.rps), f(a.p50), f(b.p50), f(a.p99), f(b.p99), (b.mean / a.mean).toFixed(2)]),
  );
  console.log("(A = empty database, B = large; for /saved, A = first page, B = the page 5,000 bookmarks down)");
  const errors = Object.values(results).reduce((n, r) => n + r.errors, 0);
  const worst = Math.max(...comparisons.map(([, a, b]) => b.mean / a.mean));
  console.log(`\nerrors: ${errors}; worst ratio: ${worst.toFixed(2)} (target ≤ ${MAX_RATIO})`);
  if (errors > 0 || worst > MAX_RATIO) {
    console.log("FAIL");
    process.exitCode = 1;
  } else {
    console.log("OK: saving, /following and every page of /saved cost the same at this size.");
  }
}

run().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
