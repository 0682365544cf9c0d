// Followed tags and the Following feed. Every query is scoped to one user id.
import "server-only";
import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import type { AppDatabase } from "@/db/client";
import { stories, storyTags, tagFollows, tags } from "@/db/schema";
import type { Cursor } from "@/lib/cursor";
import { AppError } from "@/lib/errors";
import { isPublic, listCardsByIds, PAGE_SIZE, type StoryPage } from "./stories";

export type FollowedTag = { slug: string; name: string; since: Date };

async function tagIdBySlug(db: AppDatabase, slug: string): Promise<number> {
  const [tag] = await db.select({ id: tags.id }).from(tags).where(eq(tags.slug, slug)).limit(1);
  if (!tag) throw new AppError("not_found:tag", "There is no such tag.", 404);
  return tag.id;
}

/** Follows a tag; following it again keeps the first date. */
export async function followTag(db: AppDatabase, userId: string, tagSlug: string, now = new Date()): Promise<void> {
  const tagId = await tagIdBySlug(db, tagSlug);
  await db.insert(tagFollows).values({ userId, tagId, since: now }).onConflictDoNothing().run();
}

/** Unfollows a tag; unfollowing one not followed succeeds too. */
export async function unfollowTag(db: AppDatabase, userId: string, tagSlug: string): Promise<void> {
  const tagId = await tagIdBySlug(db, tagSlug);
  await db
    .delete(tagFollows)
    .where(and(eq(tagFollows.userId, userId), eq(tagFollows.tagId, tagId)))
    .run();
}

export async function listFollowedTags(db: AppDatabase, userId: string): Promise<FollowedTag[]> {
  return db
    .select({ slug: tags.slug, name: tags.name, since: tagFollows.since })
    .from(tagFollows)
    .innerJoin(tags, eq(tags.id, tagFollows.tagId))
    .where(eq(tagFollows.userId, userId))
    .orderBy(asc(sql`${tags.name} collate nocase`));
}

export async function followedTagSlugs(db: AppDatabase, userId: string): Promise<Set<string>> {
  return new Set((await listFollowedTags(db, userId)).map((t) => t.slug));
}

export async function countFollowers(db: AppDatabase, tagId: number): Promise<number> {
  const [row] = await db.select({ n: count() }).from(tagFollows).where(eq(tagFollows.tagId, tagId));
  return row?.n ?? 0;
}

/** Tags with the most followers, to suggest to someone who follows none. */
export async function listPopularTags(db: AppDatabase, limit = 6): Promise<{ slug: string; name: string; followers: number }[]> {
  const followers = count(tagFollows.userId);
  return db
    .select({ slug: tags.slug, name: tags.name, followers })
    .from(tags)
    .leftJoin(tagFollows, eq(tagFollows.tagId, tags.id))
    .groupBy(tags.id)
    .orderBy(desc(followers), asc(tags.name))
    .limit(limit);
}

/**
 * Public stories from the reader's followed tags, newest first, each once.
 * Each followed tag's stories are walked on story_tags_tag_published_idx for at
 * most one page past the cursor; the pages are merged here. So a page costs
 * (tags followed × page size) rows, however large the archive.
 */
export async function listFollowingFeed(
  db: AppDatabase,
  userId: string,
  { before, limit = PAGE_SIZE, now = new Date() }: { before?: Cursor | null; limit?: number; now?: Date } = {},
): Promise<StoryPage> {
  const followed = await db.select({ tagId: tagFollows.tagId }).from(tagFollows).where(eq(tagFollows.userId, userId));
  const newest = new Map<number, number>();
  for (const { tagId } of followed) {
    const rows = await db
      .select({ storyId: storyTags.storyId, publishedAt: storyTags.publishedAt })
      .from(storyTags)
      .innerJoin(stories, eq(stories.id, storyTags.storyId))
      .where(
        and(
          eq(storyTags.tagId, tagId),
          isPublic(now, storyTags.publishedAt),
          before ? sql`(${storyTags.publishedAt}, ${storyTags.storyId}) < (${before.at.getTime()}, ${before.id})` : undefined,
        ),
      )
      .orderBy(desc(storyTags.publishedAt), desc(storyTags.storyId))
      .limit(limit + 1);
    for (const row of rows) newest.set(row.storyId, row.publishedAt?.getTime() ?? 0);
  }
  const merged = [...newest.entries()].sort(([idA, a], [idB, b]) => b - a || idB - idA).slice(0, limit + 1);
  const page = merged.slice(0, limit);
  const last = page.at(-1);
  return {
    stories: await listCardsByIds(
      db,
      page.map(([id]) => id),
      now,
    ),
    nextCursor: merged.length > limit && last ? { at: new Date(last[1]), id: last[0] } : null,
  };
}
