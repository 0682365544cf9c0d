// The database behind `npm run bench`: the demo content plus synthetic stories,
// readers, follows and bookmarks, kept in .bench/site.db and reused while its
// sizes and the code that shapes it (migrations, seeds) are unchanged; and the
// per-run fixtures on it: sessions for the signed-in pages and the stories each
// reader toggles, removed again afterwards so a reused database stays as seeded.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import { databasePath, openDatabase } from "@/db/client";
import { prepareDatabase } from "@/db/prepare";
import { createSessionForUser } from "@/db/queries/sessions";
import { isPublic } from "@/db/queries/stories";
import { bookmarks, sessions, stories, tagFollows, users } from "@/db/schema";
import { seedSyntheticReadersBulk, seedSyntheticStories } from "@/db/seed/synthetic";
import { benchDir, freshDatabaseFile } from "./lib";

export type Sizes = { stories: number; readers: number; bookmarks: number };

const NAME = "site";
const markerFile = path.join(benchDir, `${NAME}.json`);

/** Changes whenever the schema or the seeds change, so a stale database is never reused. */
function fingerprint(): string {
  const hash = createHash("sha256");
  const dirs = ["db/migrations", "db/migrations/meta", "db/seed", "db/seed/demo-stories"];
  for (const dir of dirs) {
    for (const name of fs.readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      if (fs.statSync(file).isFile()) hash.update(file).update(fs.readFileSync(file));
    }
  }
  return hash.digest("hex").slice(0, 16);
}

function readMarker(): unknown {
  try {
    return JSON.parse(fs.readFileSync(markerFile, "utf8"));
  } catch {
    return null;
  }
}

/**
 * The database URL, seeding it first unless the last seed had these sizes. The
 * marker is written last, so an interrupted seed is never mistaken for a done one.
 */
export async function siteDatabase(sizes: Sizes): Promise<{ url: string; reused: boolean; seconds: number }> {
  const file = path.join(benchDir, `${NAME}.db`);
  const url = `file:${file}`;
  const wanted = { ...sizes, fingerprint: fingerprint() };
  const marker = readMarker();
  if (fs.existsSync(file) && JSON.stringify(marker) === JSON.stringify(wanted)) {
    await prepareDatabase(url); // migrations are already applied: a no-op, but cheap to be sure
    return { url, reused: true, seconds: 0 };
  }

  const start = performance.now();
  fs.rmSync(markerFile, { force: true });
  freshDatabaseFile(NAME);
  await prepareDatabase(url);
  // A bulk load into a file nobody else has open: no journal and no fsync
  // (a crash leaves no marker, so the next run starts over), a big page cache
  // for the index merges. About 20% faster; WAL again before anyone reads it.
  const FAST = ["journal_mode = OFF", "synchronous = OFF", "cache_size = -262144"];
  const db = openDatabase(url);
  try {
    for (const pragma of FAST) await db.run(sql.raw(`PRAGMA ${pragma}`));
    const step = Math.max(1, Math.round(sizes.stories / 5));
    await seedSyntheticStories(db, sizes.stories, {
      onProgress: (done) => {
        if (done % step === 0 || done === sizes.stories) {
          console.log(`  stories: ${done.toLocaleString("en-US")} (${((performance.now() - start) / 1000).toFixed(0)} s)`);
        }
      },
    });
  } finally {
    await db.$close();
  }
  // Readers through better-sqlite3 directly: prepared statements, no drizzle per row.
  const sqlite = new Database(databasePath(url));
  try {
    sqlite.pragma("foreign_keys = ON");
    for (const pragma of FAST) sqlite.pragma(pragma);
    seedSyntheticReadersBulk(sqlite, { readers: sizes.readers, bookmarks: sizes.bookmarks });
    const countOf = (table: string) => (sqlite.prepare(`select count(*) n from ${table}`).get() as { n: number }).n;
    console.log(
      `  readers, follows and bookmarks: ${sizes.readers.toLocaleString("en-US")}, ` +
        `${countOf("tag_follows").toLocaleString("en-US")}, ` +
        `${countOf("bookmarks").toLocaleString("en-US")} ` +
        `(${((performance.now() - start) / 1000).toFixed(0)} s)`,
    );
    sqlite.pragma("optimize");
    sqlite.pragma("journal_mode = WAL");
  } finally {
    sqlite.close();
  }
  fs.writeFileSync(markerFile, `${JSON.stringify(wanted)}\n`);
  return { url, reused: false, seconds: (performance.now() - start) / 1000 };
}

export type Toggle = { cookie: string; storyId: number };

export type Fixtures = {
  /** A demo story: real-sized content, a few hours to months old. */
  storySlug: string;
  /** The signed-in reader of /following (follows three tags). */
  followerCookie: string;
  /** One per toggling reader: their session cookie and a story they had not saved. */
  toggles: Toggle[];
  /** Removes this run's sessions and any bookmark a toggle left behind. */
  cleanup: () => Promise<void>;
};

const STORY_SLUG = "ai-screening-brings-diabetic-eye-checks-to-rural-clinics";

function cookieFor(token: string): string {
  return `next-auth.session-token=${token}`;
}

/** Sessions and toggle targets for `togglers` synthetic readers (chosen the same way every run). */
export async function createFixtures(url: string, togglers: number): Promise<Fixtures> {
  const db = openDatabase(url);
  try {
    const story = await db.select({ id: stories.id }).from(stories).where(eq(stories.slug, STORY_SLUG)).get();
    if (!story) throw new Error(`the demo story ${STORY_SLUG} is missing from ${url}`);

    const follower = await db
      .select({ userId: tagFollows.userId })
      .from(tagFollows)
      .groupBy(tagFollows.userId)
      .having(eq(count(), 3))
      .orderBy(asc(tagFollows.userId))
      .limit(1)
      .get();
    if (!follower) throw new Error("no synthetic reader follows three tags: were readers seeded?");

    const readers = await db.select({ id: users.id }).from(users).orderBy(asc(users.id)).limit(togglers).all();
    const readerIds = readers.map((r) => r.id);
    // Sessions left by an interrupted run of this benchmark (nobody else signs in here).
    await db.delete(sessions).where(inArray(sessions.userId, [follower.userId, ...readerIds])).run();

    const now = new Date();
    const publicIds = (
      await db
        .select({ id: stories.id })
        .from(stories)
        .where(isPublic(now))
        .orderBy(asc(stories.id))
        .all()
    ).map((s) => s.id);
    const toggles: Toggle[] = [];
    const pairs: { userId: string; storyId: number }[] = [];
    for (const [i, userId] of readerIds.entries()) {
      // Spread over the archive; skip stories this reader already saved.
      for (let k = 0; ; k++) {
        const storyId = publicIds[(i * 104_729 + k * 7) % publicIds.length]!;
        const saved = await db
          .select({ storyId: bookmarks.storyId })
          .from(bookmarks)
          .where(and(eq(bookmarks.userId, userId), eq(bookmarks.storyId, storyId)))
          .get();
        if (saved) continue;
        pairs.push({ userId, storyId });
        toggles.push({ cookie: cookieFor((await createSessionForUser(db, userId, 1)).sessionToken), storyId });
        break;
      }
    }
    const followerCookie = cookieFor((await createSessionForUser(db, follower.userId, 1)).sessionToken);

    return {
      storySlug: STORY_SLUG,
      followerCookie,
      toggles,
      async cleanup() {
        const cleanupDb = openDatabase(url);
        try {
          await cleanupDb.transaction(async (tx) => {
            await tx.delete(sessions).where(inArray(sessions.userId, [follower.userId, ...readerIds])).run();
            for (const pair of pairs) {
              await tx.delete(bookmarks).where(and(eq(bookmarks.userId, pair.userId), eq(bookmarks.storyId, pair.storyId))).run();
            }
          });
        } finally {
          await cleanupDb.$close();
        }
      },
    };
  } finally {
    await db.$close();
  }
}
