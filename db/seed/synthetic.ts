// Bulk synthetic stories for benchmarks: `npm run db:seed -- --stories 100000`,
// written through the bulk variant of the one story-write path. Bodies are the
// demo bodies reused round-robin, so pages render real-sized Markdown; ~5% are
// drafts or scheduled, so visibility filters are exercised.
import "server-only";
import type Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import type { AppDatabase } from "@/db/client";
import { isPublic } from "@/db/queries/stories";
import { ensureTag, insertStoriesInBulk, type BulkStoryInput } from "@/db/queries/story-writes";
import { bookmarks, stories, tagFollows, tags, users, type StoryStatus } from "@/db/schema";
import { DEMO_STORIES } from "./demo";
import { DEMO_TAGS } from "./demo-tags";

const CHUNK = 500;
const MINUTE = 60_000;

export async function seedSyntheticStories(
  db: AppDatabase,
  count: number,
  { now = new Date(), onProgress }: { now?: Date; onProgress?: (done: number) => void } = {},
): Promise<{ created: number }> {
  for (const tag of DEMO_TAGS) await ensureTag(db, tag);
  const tagSlugs = (await db.select({ slug: tags.slug }).from(tags).all()).map((t) => t.slug);
  const created = await insertStoriesInBulk(db, syntheticStories(count, tagSlugs, now), { onProgress });
  return { created };
}

function* syntheticStories(count: number, tagSlugs: string[], now: Date): Generator<BulkStoryInput> {
  const runId = now.getTime().toString(36);
  for (let n = 0; n < count; n++) {
    const template = DEMO_STORIES[n % DEMO_STORIES.length]!;
    // Spread over the past, 7 minutes apart, oldest first: ids grow with
    // publish time, as they do when an archive is written day by day.
    const publishedAt = new Date(now.getTime() - (count - n) * 7 * MINUTE);
    const status: StoryStatus = n % 40 === 7 ? "draft" : n % 40 === 23 ? "scheduled" : "published";
    const when = status === "scheduled" ? new Date(now.getTime() + (n + 1) * MINUTE) : publishedAt;
    yield {
      slug: `archive-${runId}-${n + 1}`,
      title: `${template.title} (archive #${n + 1})`,
      tldr: template.tldr,
      takeaways: template.takeaways,
      body: template.body,
      author: template.author,
      tagSlugs: Array.from({ length: 1 + (n % 3) }, (_, j) => tagSlugs[(n + j * 3) % tagSlugs.length]!),
      cover: null,
      sources: template.sources,
      status,
      publishedAt: status === "draft" ? null : when,
      // Last edited when written: never in the future, even for a scheduled story.
      writtenAt: publishedAt,
    };
  }
}

/** What synthetic readers save and follow: the public stories and every tag; and a tag for their addresses. */
async function readerTargets(db: AppDatabase, now: Date) {
  const storyIds = (
    await db
      .select({ id: stories.id })
      .from(stories)
      .where(isPublic(now))
      .all()
  ).map((s) => s.id);
  const tagIds = (await db.select({ id: tags.id }).from(tags).all()).map((t) => t.id);
  return { storyIds, tagIds, runId: now.getTime().toString(36) };
}

/**
 * Bulk synthetic readers with bookmarks and follows, for benchmarks: `readers`
 * users sharing `bookmarks` bookmarks over the public stories (spread evenly),
 * each following one to three tags. Returns the ids it made.
 */
export async function seedSyntheticReaders(
  db: AppDatabase,
  { readers, bookmarks: total, now = new Date() }: { readers: number; bookmarks: number; now?: Date },
): Promise<{ userIds: string[] }> {
  const { storyIds, tagIds, runId } = await readerTargets(db, now);
  const userIds: string[] = [];
  await db.transaction(async (tx) => {
    for (let i = 0; i < readers; i += CHUNK) {
      const rows = Array.from({ length: Math.min(CHUNK, readers - i) }, (_, k) => ({
        id: crypto.randomUUID(),
        email: `reader-${runId}-${i + k}@example.com`,
      }));
      await tx.insert(users).values(rows).run();
      userIds.push(...rows.map((r) => r.id));
      const follows = rows.flatMap((r, k) =>
        Array.from({ length: 1 + ((i + k) % 3) }, (_, j) => ({ userId: r.id, tagId: tagIds[(i + k + j * 3) % tagIds.length]! })),
      );
      await tx.insert(tagFollows).values(follows).onConflictDoNothing().run();
    }
  });
  const perReader = Math.ceil(total / readers);
  let made = 0;
  for (let r = 0; r < readers && made < total; r++) {
    const count = Math.min(perReader, total - made, storyIds.length);
    const userId = userIds[r]!;
    const start = (r * 7919) % storyIds.length;
    await db.transaction(async (tx) => {
      for (let k = 0; k < count; k += CHUNK) {
        const rows = Array.from({ length: Math.min(CHUNK, count - k) }, (_, j) => ({
          userId,
          storyId: storyIds[(start + k + j) % storyIds.length]!,
          savedAt: new Date(now.getTime() - (k + j + 1) * MINUTE),
        }));
        await tx.insert(bookmarks).values(rows).onConflictDoNothing().run();
      }
    });
    made += count;
  }
  return { userIds };
}

/**
 * The same readers, follows and bookmarks as seedSyntheticReaders, written
 * about five times faster for the site benchmark: one prepared statement per
 * table and a transaction per 100 readers, rather than a query built by
 * drizzle per 500 rows and a transaction per reader (1,000,000 bookmarks: ~45 s
 * there). Only for seeding: no row-level checks beyond the schema's own. It
 * takes a better-sqlite3 connection of the caller's own to a file database
 * (open it with `new Database(databasePath(url))`), not the app's async one.
 */
export function seedSyntheticReadersBulk(
  sqlite: Database.Database,
  { readers, bookmarks: total, now = new Date() }: { readers: number; bookmarks: number; now?: Date },
): { userIds: string[] } {
  // As readerTargets, in the same order.
  const storyIds = drizzle(sqlite).select({ id: stories.id }).from(stories).where(isPublic(now)).all().map((s) => s.id);
  const tagIds = (sqlite.prepare(`select "id" from "tags"`).all() as { id: number }[]).map((t) => t.id);
  const runId = now.getTime().toString(36);
  const created = now.getTime();
  const insertUser = sqlite.prepare("insert into users (id, email, role, created_at) values (?, ?, 'reader', ?)");
  const insertFollow = sqlite.prepare("insert or ignore into tag_follows (user_id, tag_id, since) values (?, ?, ?)");
  const insertBookmark = sqlite.prepare("insert or ignore into bookmarks (user_id, story_id, saved_at) values (?, ?, ?)");
  const perReader = Math.ceil(total / readers);
  const userIds: string[] = [];
  let made = 0;
  const writeReaders = sqlite.transaction((from: number, to: number) => {
    for (let r = from; r < to; r++) {
      const userId = crypto.randomUUID();
      userIds.push(userId);
      insertUser.run(userId, `reader-${runId}-${r}@example.com`, created);
      for (let j = 0; j < 1 + (r % 3); j++) insertFollow.run(userId, tagIds[(r + j * 3) % tagIds.length]!, created);
      const count = Math.max(0, Math.min(perReader, total - made, storyIds.length));
      const start = (r * 7919) % Math.max(1, storyIds.length);
      for (let k = 0; k < count; k++) {
        insertBookmark.run(userId, storyIds[(start + k) % storyIds.length]!, created - (k + 1) * MINUTE);
      }
      made += count;
    }
  });
  for (let r = 0; r < readers; r += 100) writeReaders(r, Math.min(readers, r + 100));
  return { userIds };
}
