// A reader's saved stories. Every query is scoped to one user id.
import "server-only";
import { and, desc, eq, exists, inArray, sql } from "drizzle-orm";
import { sqliteError, type AppDatabase } from "@/db/client";
import { bookmarks, stories, storyTags, tags } from "@/db/schema";
import type { Cursor } from "@/lib/cursor";
import { AppError } from "@/lib/errors";
import { isPublic, isPublicStory, listCardsByIds, PAGE_SIZE, type StoryCard } from "./stories";

export type SavedStory = { story: StoryCard; savedAt: Date };

/** Saves a public story; saving it again keeps the first save. Returns when it was saved. */
export async function saveStory(db: AppDatabase, userId: string, storyId: number, now = new Date()): Promise<Date> {
  if (!(await isPublicStory(db, storyId, now))) throw new AppError("not_found:story", "There is no such story.", 404);
  try {
    await db.insert(bookmarks).values({ userId, storyId, savedAt: now }).onConflictDoNothing().run();
  } catch (error) {
    // The story was deleted between the check and the insert.
    if (sqliteError(error)?.code === "SQLITE_CONSTRAINT_FOREIGNKEY") {
      throw new AppError("not_found:story", "There is no such story.", 404);
    }
    throw error;
  }
  const row = await db
    .select({ savedAt: bookmarks.savedAt })
    .from(bookmarks)
    .where(and(eq(bookmarks.userId, userId), eq(bookmarks.storyId, storyId)))
    .get();
  return row!.savedAt;
}

/**
 * Removes a bookmark; removing one that is not there succeeds too. A story
 * readers cannot see answers 404 (unless the reader had it saved), so drafts'
 * ids cannot be discovered this way.
 */
export async function unsaveStory(db: AppDatabase, userId: string, storyId: number): Promise<void> {
  const removed = await db
    .delete(bookmarks)
    .where(and(eq(bookmarks.userId, userId), eq(bookmarks.storyId, storyId)))
    .returning({ storyId: bookmarks.storyId });
  if (removed.length === 0 && !(await isPublicStory(db, storyId))) {
    throw new AppError("not_found:story", "There is no such story.", 404);
  }
}

/** Which of these stories the reader has saved. */
export async function savedStoryIds(db: AppDatabase, userId: string, storyIds: number[]): Promise<Set<number>> {
  if (storyIds.length === 0) return new Set();
  const rows = await db
    .select({ storyId: bookmarks.storyId })
    .from(bookmarks)
    .where(and(eq(bookmarks.userId, userId), inArray(bookmarks.storyId, storyIds)));
  return new Set(rows.map((r) => r.storyId));
}

/**
 * The reader's saved stories, newest saved first, optionally in one tag.
 * Walks bookmarks_user_saved_idx from the cursor, so every page costs the same;
 * stories unpublished since they were saved are skipped, not errors.
 */
export async function listSavedStories(
  db: AppDatabase,
  userId: string,
  { before, tagId, limit = PAGE_SIZE, now = new Date() }: { before?: Cursor | null; tagId?: number; limit?: number; now?: Date } = {},
): Promise<{ items: SavedStory[]; nextCursor: Cursor | null }> {
  const rows = await db
    .select({ storyId: bookmarks.storyId, savedAt: bookmarks.savedAt })
    .from(bookmarks)
    .innerJoin(stories, eq(stories.id, bookmarks.storyId))
    .where(
      and(
        eq(bookmarks.userId, userId),
        isPublic(now),
        tagId
          ? exists(
              db
                .select({ one: sql`1` })
                .from(storyTags)
                .where(and(eq(storyTags.storyId, bookmarks.storyId), eq(storyTags.tagId, tagId))),
            )
          : undefined,
        before ? sql`(${bookmarks.savedAt}, ${bookmarks.storyId}) < (${before.at.getTime()}, ${before.id})` : undefined,
      ),
    )
    .orderBy(desc(bookmarks.savedAt), desc(bookmarks.storyId))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const cards = new Map((await listCardsByIds(db, page.map((r) => r.storyId), now)).map((c) => [c.id, c]));
  const last = page.at(-1);
  return {
    items: page.flatMap((r) => {
      const story = cards.get(r.storyId);
      return story ? [{ story, savedAt: r.savedAt }] : [];
    }),
    nextCursor: rows.length > limit && last ? { at: last.savedAt, id: last.storyId } : null,
  };
}

/** The tags of the reader's saved (and still public) stories, for the filter on /saved. */
export async function listSavedStoryTags(
  db: AppDatabase,
  userId: string,
  now = new Date(),
): Promise<{ slug: string; name: string }[]> {
  return db
    .selectDistinct({ slug: tags.slug, name: tags.name })
    .from(bookmarks)
    .innerJoin(stories, eq(stories.id, bookmarks.storyId))
    .innerJoin(storyTags, eq(storyTags.storyId, bookmarks.storyId))
    .innerJoin(tags, eq(tags.id, storyTags.tagId))
    .where(and(eq(bookmarks.userId, userId), isPublic(now)))
    .orderBy(tags.name);
}
