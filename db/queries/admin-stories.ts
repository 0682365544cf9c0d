// The admin desk's view of stories: every status, recently edited first, and
// one story as the editor loads it. Its writes are in admin-story-writes.
import "server-only";
import { and, desc, eq, gt, inArray, ne, sql } from "drizzle-orm";
import type { AppDatabase } from "@/db/client";
import { stories, storyTags, tags, type deskStatuses, type Story, type StorySource } from "@/db/schema";
import type { Cursor } from "@/lib/cursor";
import { isPublic, tagsByStory, type TagRef } from "./stories";

/** What an admin sees: a scheduled story whose time has come is published. */
export type DeskStatus = (typeof deskStatuses)[number];

/** The story form's own fields, as the editor loads and sends them: a cover is two strings, both empty for none. */
export type StoryFormText = {
  slug: string;
  title: string;
  tldr: string;
  takeaways: string[];
  body: string;
  coverUrl: string;
  coverAlt: string;
  sources: StorySource[];
  author: string;
};

export function deskStatus(story: { status: Story["status"]; publishedAt: Date | null }, now = new Date()): DeskStatus {
  if (story.status === "draft" || !story.publishedAt) return "draft";
  return story.publishedAt > now ? "scheduled" : "published";
}

export const DESK_PAGE_SIZE = 25;

export type DeskStoryRow = {
  id: number;
  slug: string;
  title: string;
  status: DeskStatus;
  publishedAt: Date | null;
  updatedAt: Date;
  author: string;
  tags: TagRef[];
};

export type DeskFilter = { status?: DeskStatus; tagSlug?: string; q?: string };

function statusCondition(status: DeskStatus | undefined, now: Date) {
  if (status === "draft") return eq(stories.status, "draft");
  if (status === "scheduled") return and(ne(stories.status, "draft"), gt(stories.publishedAt, now));
  if (status === "published") return isPublic(now);
  return undefined;
}

/** `%` and `_` typed by the admin are matched literally. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Every story, recently edited first, walking stories_updated_at_id_idx and
 * stopping after a page. Filters are checked row by row on that walk, which
 * keeps a page cheap unless a filter matches almost nothing.
 */
export async function listStoriesForDesk(
  db: AppDatabase,
  { status, tagSlug, q, before, limit = DESK_PAGE_SIZE, now = new Date() }: DeskFilter & { before?: Cursor | null; limit?: number; now?: Date },
): Promise<{ stories: DeskStoryRow[]; nextCursor: Cursor | null }> {
  let tagId: number | undefined;
  if (tagSlug) {
    const tag = await db.select({ id: tags.id }).from(tags).where(eq(tags.slug, tagSlug)).get();
    if (!tag) return { stories: [], nextCursor: null };
    tagId = tag.id;
  }
  const rows = await db
    .select({
      id: stories.id,
      slug: stories.slug,
      title: stories.title,
      status: stories.status,
      publishedAt: stories.publishedAt,
      updatedAt: stories.updatedAt,
      author: stories.author,
    })
    .from(stories)
    .where(
      and(
        statusCondition(status, now),
        tagId !== undefined
          ? sql`exists (select 1 from ${storyTags} where ${storyTags.storyId} = ${stories.id} and ${storyTags.tagId} = ${tagId})`
          : undefined,
        q ? sql`${stories.title} like ${containsPattern(q)} escape '\\'` : undefined,
        before ? sql`(${stories.updatedAt}, ${stories.id}) < (${before.at.getTime()}, ${before.id})` : undefined,
      ),
    )
    .orderBy(desc(stories.updatedAt), desc(stories.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const tagMap = await tagsByStory(
    db,
    page.map((r) => r.id),
  );
  return {
    stories: page.map((r) => ({ ...r, status: deskStatus(r, now), tags: tagMap.get(r.id) ?? [] })),
    nextCursor: rows.length > limit && last ? { at: last.updatedAt, id: last.id } : null,
  };
}

export type EditableStory = StoryFormText & {
  id: number;
  tags: TagRef[];
  status: DeskStatus;
  publishedAt: Date | null;
  updatedAt: Date;
  version: number;
};

export async function getStoryForDesk(db: AppDatabase, id: number, now = new Date()): Promise<EditableStory | null> {
  const row = await db.select().from(stories).where(eq(stories.id, id)).get();
  if (!row) return null;
  const tagList = (await tagsByStory(db, [id])).get(id) ?? [];
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    tldr: row.tldr,
    takeaways: row.takeaways,
    body: row.body,
    coverUrl: row.coverUrl ?? "",
    coverAlt: row.coverAlt ?? "",
    sources: row.sources,
    author: row.author,
    tags: tagList,
    status: deskStatus(row, now),
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

/** Which of these story ids still exist (the audit log links only to those). */
export async function existingStoryIds(db: AppDatabase, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ id: stories.id }).from(stories).where(inArray(stories.id, ids));
  return new Set(rows.map((r) => r.id));
}
