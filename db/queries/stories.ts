// Over 300 lines: every public read of stories (feed, tag pages, story, related, cursors) shares its columns and isPublic().
// Reads of public stories. Every list is keyset-paginated over an index, so a
// page costs the same with 24 stories or 100,000 (see db/queries/*.int.test.ts).
import "server-only";
import { and, desc, eq, inArray, lte, ne, sql } from "drizzle-orm";
import type { AppDatabase } from "@/db/client";
import { stories, storyTags, tags, type StorySource } from "@/db/schema";
import type { Cursor } from "@/lib/cursor";

export const PAGE_SIZE = 20;

export type TagRef = { slug: string; name: string };

export type StoryCard = {
  id: number;
  slug: string;
  title: string;
  tldr: string;
  publishedAt: Date;
  readingMinutes: number;
  primaryTag: TagRef;
  tags: TagRef[];
};

export type StoryPage = { stories: StoryCard[]; nextCursor: Cursor | null };

export type StoryDetail = StoryCard & {
  takeaways: string[];
  body: string;
  author: string;
  updatedAt: Date;
  coverUrl: string | null;
  coverAlt: string | null;
  sources: StorySource[];
};

/**
 * Public means: not a draft, and its publish time has passed. A walk over
 * story_tags passes that table's copy of the publish time, so the time is
 * checked on the index it walks.
 */
export function isPublic(now: Date, publishedAt: typeof stories.publishedAt | typeof storyTags.publishedAt = stories.publishedAt) {
  return and(ne(stories.status, "draft"), lte(publishedAt, now));
}

const cardColumns = {
  id: stories.id,
  slug: stories.slug,
  title: stories.title,
  tldr: stories.tldr,
  publishedAt: stories.publishedAt,
  readingMinutes: stories.readingMinutes,
  primaryTagSlug: tags.slug,
  primaryTagName: tags.name,
};

type CardRow = {
  id: number;
  slug: string;
  title: string;
  tldr: string;
  publishedAt: Date | null;
  readingMinutes: number;
  primaryTagSlug: string;
  primaryTagName: string;
};

/** Loads the tags of many stories in one query, in each story's own order. */
export async function tagsByStory(db: AppDatabase, storyIds: number[]): Promise<Map<number, TagRef[]>> {
  const byStory = new Map<number, TagRef[]>();
  if (storyIds.length === 0) return byStory;
  const rows = await db
    .select({ storyId: storyTags.storyId, position: storyTags.position, slug: tags.slug, name: tags.name })
    .from(storyTags)
    .innerJoin(tags, eq(tags.id, storyTags.tagId))
    .where(inArray(storyTags.storyId, storyIds));
  // At most a few rows per story: ordering here keeps SQLite from sorting.
  rows.sort((a, b) => a.storyId - b.storyId || a.position - b.position);
  for (const row of rows) {
    const list = byStory.get(row.storyId) ?? [];
    list.push({ slug: row.slug, name: row.name });
    byStory.set(row.storyId, list);
  }
  return byStory;
}

async function toCards(db: AppDatabase, rows: CardRow[]): Promise<StoryCard[]> {
  const tagMap = await tagsByStory(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    title: r.title,
    tldr: r.tldr,
    // Public rows always have a publish time; the query filters on it.
    publishedAt: r.publishedAt ?? new Date(0),
    readingMinutes: r.readingMinutes,
    primaryTag: { slug: r.primaryTagSlug, name: r.primaryTagName },
    tags: tagMap.get(r.id) ?? [],
  }));
}

/** Splits an over-fetched page (limit + 1 rows) into the page and the next cursor. */
function pageOf<T extends { id: number; publishedAt: Date | null }>(rows: T[], limit: number) {
  const hasMore = rows.length > limit;
  const page = hasMore ? rows.slice(0, limit) : rows;
  const last = page.at(-1);
  const nextCursor = hasMore && last?.publishedAt ? { at: last.publishedAt, id: last.id } : null;
  return { page, nextCursor };
}

/** The public feed, newest first. */
export async function listPublishedStories(
  db: AppDatabase,
  { before, limit = PAGE_SIZE, now = new Date() }: { before?: Cursor | null; limit?: number; now?: Date } = {},
): Promise<StoryPage> {
  const rows = await db
    .select(cardColumns)
    .from(stories)
    .innerJoin(tags, eq(tags.id, stories.primaryTagId))
    .where(
      and(
        isPublic(now),
        before
          ? sql`(${stories.publishedAt}, ${stories.id}) < (${before.at.getTime()}, ${before.id})`
          : undefined,
      ),
    )
    .orderBy(desc(stories.publishedAt), desc(stories.id))
    .limit(limit + 1);
  const { page, nextCursor } = pageOf(rows, limit);
  return { stories: await toCards(db, page), nextCursor };
}

/** One tag's public stories, newest first, walking the story_tags index. */
export async function listPublishedStoriesByTag(
  db: AppDatabase,
  tagId: number,
  { before, limit = PAGE_SIZE, now = new Date() }: { before?: Cursor | null; limit?: number; now?: Date } = {},
): Promise<StoryPage> {
  const rows = await db
    .select(cardColumns)
    .from(storyTags)
    .innerJoin(stories, eq(stories.id, storyTags.storyId))
    .innerJoin(tags, eq(tags.id, stories.primaryTagId))
    .where(
      and(
        eq(storyTags.tagId, tagId),
        isPublic(now, storyTags.publishedAt),
        before
          ? sql`(${storyTags.publishedAt}, ${storyTags.storyId}) < (${before.at.getTime()}, ${before.id})`
          : undefined,
      ),
    )
    .orderBy(desc(storyTags.publishedAt), desc(storyTags.storyId))
    .limit(limit + 1);
  const { page, nextCursor } = pageOf(rows, limit);
  return { stories: await toCards(db, page), nextCursor };
}

/**
 * Whether `cursor` is one the feed hands out: the position (publish time, id)
 * of a public story. Any other is a 404, so made-up cursors cannot fill the
 * page cache. server/main.mjs asks the same of server/public-lookups.mjs.
 */
export async function isFeedCursor(db: AppDatabase, cursor: Cursor, now = new Date()): Promise<boolean> {
  const [row] = await db
    .select({ id: stories.id })
    .from(stories)
    .where(and(eq(stories.id, cursor.id), eq(stories.publishedAt, cursor.at), isPublic(now)))
    .limit(1);
  return !!row;
}

/** Whether `cursor` is one this tag's pages hand out: the position of a public story carrying the tag. */
export async function isTagCursor(db: AppDatabase, tagId: number, cursor: Cursor, now = new Date()): Promise<boolean> {
  const [row] = await db
    .select({ id: stories.id })
    .from(storyTags)
    .innerJoin(stories, eq(stories.id, storyTags.storyId))
    .where(
      and(
        eq(storyTags.tagId, tagId),
        eq(storyTags.storyId, cursor.id),
        eq(stories.publishedAt, cursor.at),
        lte(storyTags.publishedAt, now),
        ne(stories.status, "draft"),
      ),
    )
    .limit(1);
  return !!row;
}

/** A public story by its slug, or null when it does not exist or is not public. */
export async function getPublishedStoryBySlug(
  db: AppDatabase,
  slug: string,
  now = new Date(),
): Promise<StoryDetail | null> {
  const [row] = await db
    .select({
      ...cardColumns,
      takeaways: stories.takeaways,
      body: stories.body,
      author: stories.author,
      updatedAt: stories.updatedAt,
      coverUrl: stories.coverUrl,
      coverAlt: stories.coverAlt,
      sources: stories.sources,
    })
    .from(stories)
    .innerJoin(tags, eq(tags.id, stories.primaryTagId))
    .where(and(eq(stories.slug, slug), isPublic(now)))
    .limit(1);
  if (!row) return null;
  const [card] = await toCards(db, [row]);
  return {
    ...card!,
    takeaways: row.takeaways,
    body: row.body,
    author: row.author,
    updatedAt: row.updatedAt,
    coverUrl: row.coverUrl,
    coverAlt: row.coverAlt,
    sources: row.sources,
  };
}

const RELATED_CANDIDATES_PER_TAG = 12;

/**
 * Up to `limit` public stories sharing tags with this one: most shared tags
 * first, then newest. Looks only at the newest few stories of each tag, so the
 * cost does not grow with the archive.
 */
export async function listRelatedStories(
  db: AppDatabase,
  story: { id: number; tags: TagRef[] },
  { limit = 3, now = new Date() }: { limit?: number; now?: Date } = {},
): Promise<StoryCard[]> {
  if (story.tags.length === 0) return [];
  const tagRows = await db
    .select({ id: tags.id })
    .from(tags)
    .where(
      inArray(
        tags.slug,
        story.tags.map((t) => t.slug),
      ),
    );
  const score = new Map<number, { shared: number; publishedAt: number }>();
  for (const tag of tagRows) {
    const candidates = await db
      .select({ storyId: storyTags.storyId, publishedAt: storyTags.publishedAt })
      .from(storyTags)
      .innerJoin(stories, eq(stories.id, storyTags.storyId))
      .where(
        and(
          eq(storyTags.tagId, tag.id),
          isPublic(now, storyTags.publishedAt),
          ne(storyTags.storyId, story.id),
        ),
      )
      .orderBy(desc(storyTags.publishedAt), desc(storyTags.storyId))
      .limit(RELATED_CANDIDATES_PER_TAG);
    for (const c of candidates) {
      const entry = score.get(c.storyId) ?? { shared: 0, publishedAt: c.publishedAt?.getTime() ?? 0 };
      entry.shared++;
      score.set(c.storyId, entry);
    }
  }
  const chosen = [...score.entries()]
    .sort(([idA, a], [idB, b]) => b.shared - a.shared || b.publishedAt - a.publishedAt || idB - idA)
    .slice(0, limit)
    .map(([id]) => id);
  return listCardsByIds(db, chosen, now);
}

/** Cards for these story ids, in the order given; ids of stories that are not public are left out. */
export async function listCardsByIds(db: AppDatabase, ids: number[], now = new Date()): Promise<StoryCard[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select(cardColumns)
    .from(stories)
    .innerJoin(tags, eq(tags.id, stories.primaryTagId))
    .where(and(inArray(stories.id, ids), isPublic(now)));
  const cards = new Map((await toCards(db, rows)).map((c) => [c.id, c]));
  return ids.flatMap((id) => cards.get(id) ?? []);
}

/** Whether a story exists and readers may see it now. */
export async function isPublicStory(db: AppDatabase, id: number, now = new Date()): Promise<boolean> {
  const [row] = await db.select({ id: stories.id }).from(stories).where(and(eq(stories.id, id), isPublic(now))).limit(1);
  return !!row;
}

/** The sitemap cap: one sitemap file may list at most 50,000 URLs. */
export const SITEMAP_STORY_LIMIT = 49_000;

export async function listSitemapStories(db: AppDatabase, now = new Date()) {
  return db
    .select({ slug: stories.slug, updatedAt: stories.updatedAt, publishedAt: stories.publishedAt })
    .from(stories)
    .where(isPublic(now))
    .orderBy(desc(stories.publishedAt), desc(stories.id))
    .limit(SITEMAP_STORY_LIMIT);
}

export type StoryFeedDetails = { takeaways: string[]; author: string; updatedAt: Date };

/**
 * What a feed item needs beyond a card, for many stories in one query. Feeds
 * reuse the card lists above and add this, rather than a second set of lists.
 */
export async function feedDetailsByStory(db: AppDatabase, storyIds: number[]): Promise<Map<number, StoryFeedDetails>> {
  if (storyIds.length === 0) return new Map();
  const rows = await db
    .select({ id: stories.id, takeaways: stories.takeaways, author: stories.author, updatedAt: stories.updatedAt })
    .from(stories)
    .where(inArray(stories.id, storyIds));
  return new Map(rows.map(({ id, ...details }) => [id, details]));
}
