// Reads of tags, for tag pages, the tag index and the sitemap.
import "server-only";
import { and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import type { AppDatabase } from "@/db/client";
import { stories, storyTags, tags } from "@/db/schema";
import { isPublic, type TagRef } from "./stories";

export type TagSummary = { id: number; slug: string; name: string; description: string };
export type TagWithCount = TagSummary & { storyCount: number };

export async function getTagBySlug(db: AppDatabase, slug: string): Promise<TagSummary | null> {
  const [tag] = await db
    .select({ id: tags.id, slug: tags.slug, name: tags.name, description: tags.description })
    .from(tags)
    .where(eq(tags.slug, slug))
    .limit(1);
  return tag ?? null;
}

/** The tags among these slugs that exist, with their names. */
export async function findTagsBySlug(db: AppDatabase, slugs: string[]): Promise<TagRef[]> {
  if (slugs.length === 0) return [];
  return db.select({ slug: tags.slug, name: tags.name }).from(tags).where(inArray(tags.slug, slugs));
}

/**
 * Every tag with its number of public stories, most used first. Counting walks
 * the story_tags index once per tag; with a handful of tags that stays cheap.
 */
export async function listTagsWithCounts(db: AppDatabase, now = new Date()): Promise<TagWithCount[]> {
  const storyCount = count(stories.id);
  return db
    .select({
      id: tags.id,
      slug: tags.slug,
      name: tags.name,
      description: tags.description,
      storyCount,
    })
    .from(tags)
    .leftJoin(storyTags, eq(storyTags.tagId, tags.id))
    .leftJoin(stories, and(eq(stories.id, storyTags.storyId), isPublic(now, storyTags.publishedAt)))
    .groupBy(tags.id)
    .orderBy(desc(storyCount), asc(sql`${tags.name} collate nocase`));
}
