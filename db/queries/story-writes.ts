// Writes of stories and tags. Each write is one transaction, so a story never
// exists without its tag links.
import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import { IMMEDIATE, type AppDatabase } from "@/db/client";
import { stories, storyTags, tags, type StorySource, type StoryStatus } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { markdownToPlainText } from "@/lib/markdown-text";
import { readingMinutes } from "@/lib/reading-time";

export type StoryCover = { url: string; alt: string };

/** What a writer chooses for a story; the rest of its row is derived from these. */
export type StoryFields = {
  slug: string;
  title: string;
  tldr: string;
  takeaways: string[];
  /** Markdown. */
  body: string;
  author: string;
  /** The first is the primary tag, shown as the story's label. */
  tagSlugs: string[];
  cover: StoryCover | null;
  sources: StorySource[];
};

/** When readers may see a story: once it is not a draft and publishedAt has passed. */
export type StoryVisibility = { status: StoryStatus; publishedAt: Date | null };

/** A whole story, as the seeds, the e2e fixtures and the tests write one. */
export type StoryInput = StoryFields & StoryVisibility;

export type TagInput = { slug: string; name: string; description?: string };

/** Creates the tag unless one with that slug exists; returns its id either way. */
export async function ensureTag(db: AppDatabase, { slug, name, description = "" }: TagInput): Promise<number> {
  const tag = { slug, name, description };
  return db.transaction(async (tx) => {
    await tx.insert(tags).values(tag).onConflictDoNothing({ target: tags.slug }).run();
    const row = await tx.select({ id: tags.id }).from(tags).where(inArray(tags.slug, [tag.slug])).get();
    return row!.id;
  }, IMMEDIATE);
}

export async function createStory(db: AppDatabase, story: StoryInput, now = new Date()): Promise<{ id: number }> {
  const minutes = readingMinutes(story.body);
  const bodyText = markdownToPlainText(story.body);
  return db.transaction(async (tx) => {
    const tagRows = await tx
      .select({ id: tags.id, slug: tags.slug })
      .from(tags)
      .where(inArray(tags.slug, story.tagSlugs))
      .all();
    const tagIds = story.tagSlugs.map((slug) => {
      const tag = tagRows.find((t) => t.slug === slug);
      if (!tag) throw new AppError("not_found:tag", `There is no tag "${slug}"`, 404);
      return tag.id;
    });
    const inserted = await tx
      .insert(stories)
      .values({
        slug: story.slug,
        title: story.title,
        tldr: story.tldr,
        takeaways: story.takeaways,
        body: story.body,
        bodyText,
        status: story.status,
        publishedAt: story.publishedAt,
        updatedAt: now,
        author: story.author,
        primaryTagId: tagIds[0]!,
        coverUrl: story.cover?.url ?? null,
        coverAlt: story.cover?.alt ?? null,
        sources: story.sources,
        readingMinutes: minutes,
      })
      .onConflictDoNothing({ target: stories.slug })
      .returning({ id: stories.id })
      .get();
    if (!inserted) {
      throw new AppError("conflict:story_slug", `A story with the slug "${story.slug}" already exists`, 409);
    }
    await tx.insert(storyTags)
      .values(
        tagIds.map((tagId, position) => ({
          storyId: inserted.id,
          tagId,
          position,
          publishedAt: story.publishedAt,
        })),
      )
      .run();
    return inserted;
    // It reads the tags before it writes: take the write lock first, or another
    // connection's write in between fails it with SQLITE_BUSY instead of waiting.
  }, IMMEDIATE);
}

/** Takes a story off the site (back to draft); its links, bookmarks and tags stay. */
export async function unpublishStory(db: AppDatabase, storyId: number, now = new Date()): Promise<boolean> {
  const row = await db
    .update(stories)
    .set({ status: "draft", updatedAt: now, version: sql`${stories.version} + 1` })
    .where(eq(stories.id, storyId))
    .returning({ id: stories.id })
    .get();
  return !!row;
}
