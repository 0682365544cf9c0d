// The one way stories are written. The desk, the seeds, the e2e fixtures and
// the tests all make a story's row with storyRow and store it with insertStory
// or rewriteStory, so what is derived from a story (its plain text, reading
// time, primary tag and its tag links' copy of the publish time) is derived
// the same way whoever writes it.
import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
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

/**
 * The body as plain text, what search indexes. A body without words (an image
 * alone) keeps its Markdown, so the missing-text index never lists it again.
 */
function plainBodyText(body: string): string {
  return markdownToPlainText(body) || body;
}

type Derived = { bodyText: string; readingMinutes: number };

function derivedFromBody(body: string): Derived {
  return { bodyText: plainBodyText(body), readingMinutes: readingMinutes(body) };
}

function columnsOf(fields: StoryFields, derived: Derived) {
  return {
    slug: fields.slug,
    title: fields.title,
    tldr: fields.tldr,
    takeaways: fields.takeaways,
    body: fields.body,
    author: fields.author,
    coverUrl: fields.cover?.url ?? null,
    coverAlt: fields.cover?.alt ?? null,
    sources: fields.sources,
    ...derived,
  };
}

/**
 * A story's columns as stored, derived ones included. Made before the write's
 * transaction: parsing a long body should not hold the write lock.
 */
export function storyRow(fields: StoryFields): StoryRow {
  return columnsOf(fields, derivedFromBody(fields.body));
}

export type StoryRow = ReturnType<typeof columnsOf>;

/** A story ready to store: its row, when readers may see it, and its tags' ids in order. */
export type StoryWrite = StoryVisibility & { row: StoryRow; tagIds: number[] };

/** The ids of these tags in the order given, or the first slug that no tag has. */
export async function tagIdsOf(db: AppDatabase, slugs: string[]): Promise<{ ids: number[] } | { unknown: string }> {
  const rows = await db.select({ id: tags.id, slug: tags.slug }).from(tags).where(inArray(tags.slug, slugs)).all();
  const bySlug = new Map(rows.map((r) => [r.slug, r.id]));
  const unknown = slugs.find((slug) => !bySlug.has(slug));
  return unknown === undefined ? { ids: slugs.map((slug) => bySlug.get(slug)!) } : { unknown };
}

function unknownTag(slug: string): AppError {
  return new AppError("not_found:tag", `There is no tag "${slug}"`, 404);
}

/** Everything a write stores in the story's row: the row itself, where it stands, and its primary tag. */
function storedColumns(story: StoryWrite) {
  return { ...story.row, status: story.status, publishedAt: story.publishedAt, primaryTagId: story.tagIds[0]! };
}

/** The story's tag links, in order, each with a copy of its publish time (the tag pages walk that). */
function linkRows(storyId: number, { tagIds, publishedAt }: StoryWrite) {
  return tagIds.map((tagId, position) => ({ storyId, tagId, position, publishedAt }));
}

async function linkTags(tx: AppDatabase, storyId: number, story: StoryWrite) {
  await tx.delete(storyTags).where(eq(storyTags.storyId, storyId)).run();
  await tx.insert(storyTags).values(linkRows(storyId, story)).run();
}

/** Stores a new story and its tag links, in the caller's transaction. Null when the slug is taken. */
export async function insertStory(tx: AppDatabase, story: StoryWrite, now: Date): Promise<{ id: number; version: number } | null> {
  const row = await tx
    .insert(stories)
    .values({ ...storedColumns(story), createdAt: now, updatedAt: now })
    .onConflictDoNothing({ target: stories.slug })
    .returning({ id: stories.id, version: stories.version })
    .get();
  if (row) await linkTags(tx, row.id, story);
  return row ?? null;
}

/**
 * Rewrites a story and its tag links, in the caller's transaction, if it is
 * still at `version`; the version in the WHERE makes the check and the write
 * one step. Returns the new version, or null when the story has moved on.
 */
export async function rewriteStory(
  tx: AppDatabase,
  id: number,
  version: number,
  story: StoryWrite,
  now: Date,
): Promise<{ version: number } | null> {
  const row = await tx
    .update(stories)
    .set({ ...storedColumns(story), updatedAt: now, version: sql`${stories.version} + 1` })
    .where(and(eq(stories.id, id), eq(stories.version, version)))
    .returning({ version: stories.version })
    .get();
  if (row) await linkTags(tx, id, story);
  return row ?? null;
}

/** Writes a whole story in one transaction, so it never exists without its tag links. */
export async function createStory(db: AppDatabase, story: StoryInput, now = new Date()): Promise<{ id: number }> {
  const row = storyRow(story);
  // It reads the tags before it writes: take the write lock first, or another
  // connection's write in between fails it with SQLITE_BUSY instead of waiting.
  return db.transaction(async (tx) => {
    const tagIds = await tagIdsOf(tx, story.tagSlugs);
    if ("unknown" in tagIds) throw unknownTag(tagIds.unknown);
    const created = await insertStory(tx, { row, status: story.status, publishedAt: story.publishedAt, tagIds: tagIds.ids }, now);
    if (!created) throw new AppError("conflict:story_slug", `A story with the slug "${story.slug}" already exists`, 409);
    return { id: created.id };
  }, IMMEDIATE);
}

/** A story for insertStoriesInBulk, with the time it was last edited. */
export type BulkStoryInput = StoryInput & { writtenAt: Date };

const BULK_CHUNK = 500;

/**
 * Many new stories at once, for the synthetic seed: the rows createStory would
 * write (each distinct body is derived once), 500 to a transaction. Slugs must
 * be new: a taken one fails its chunk. Returns how many were written.
 */
export async function insertStoriesInBulk(
  db: AppDatabase,
  inputs: Iterable<BulkStoryInput>,
  { onProgress }: { onProgress?: (done: number) => void } = {},
): Promise<number> {
  const derived = new Map<string, Derived>();
  const deriveOnce = (body: string) => {
    let fromBody = derived.get(body);
    if (!fromBody) derived.set(body, (fromBody = derivedFromBody(body)));
    return fromBody;
  };
  const tagIdBySlug = new Map<string, number>();
  let done = 0;
  const writeChunk = async (chunk: BulkStoryInput[]) => {
    await db.transaction(async (tx) => {
      const newSlugs = [...new Set(chunk.flatMap((s) => s.tagSlugs))].filter((slug) => !tagIdBySlug.has(slug));
      if (newSlugs.length > 0) {
        const found = await tagIdsOf(tx, newSlugs);
        if ("unknown" in found) throw unknownTag(found.unknown);
        found.ids.forEach((id, i) => tagIdBySlug.set(newSlugs[i]!, id));
      }
      const [{ next }] = (await tx.select({ next: sql<number>`coalesce(max(${stories.id}), 0) + 1` }).from(stories).all()) as [
        { next: number },
      ];
      const writes = chunk.map((story, i) => ({
        id: next + i,
        writtenAt: story.writtenAt,
        write: {
          row: columnsOf(story, deriveOnce(story.body)),
          status: story.status,
          publishedAt: story.publishedAt,
          tagIds: story.tagSlugs.map((slug) => tagIdBySlug.get(slug)!),
        } satisfies StoryWrite,
      }));
      // Links first, checked at commit: the search trigger on stories then
      // indexes each story once with its tags, rather than once more per tag.
      await tx.run(sql`PRAGMA defer_foreign_keys = ON`);
      await tx.insert(storyTags).values(writes.flatMap(({ id, write }) => linkRows(id, write))).run();
      await tx.insert(stories)
        .values(writes.map(({ id, write, writtenAt }) => ({ id, ...storedColumns(write), createdAt: writtenAt, updatedAt: writtenAt })))
        .run();
    });
    done += chunk.length;
    onProgress?.(done);
  };
  let chunk: BulkStoryInput[] = [];
  for (const story of inputs) {
    chunk.push(story);
    if (chunk.length === BULK_CHUNK) {
      await writeChunk(chunk);
      chunk = [];
    }
  }
  if (chunk.length > 0) await writeChunk(chunk);
  return done;
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

/** Creates the tag unless one with that slug exists; returns its id either way. */
export async function ensureTag(db: AppDatabase, { slug, name, description = "" }: TagInput): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.insert(tags).values({ slug, name, description }).onConflictDoNothing({ target: tags.slug }).run();
    const row = await tx.select({ id: tags.id }).from(tags).where(eq(tags.slug, slug)).get();
    return row!.id;
  }, IMMEDIATE);
}

/**
 * Derives `body_text` for stories that have none yet (written before the column
 * existed); the search triggers then re-index them with prose instead of
 * Markdown. Run after every migration: when there is nothing to do, it is one
 * look-up in an empty partial index.
 */
export async function deriveMissingBodyText(db: AppDatabase, batchSize = 200): Promise<number> {
  let done = 0;
  let afterId = 0;
  for (;;) {
    const rows = await db
      .select({ id: stories.id, body: stories.body })
      .from(stories)
      // A literal '' (not a bound parameter), so SQLite can use the partial index.
      .where(and(sql`${stories.bodyText} = ''`, sql`${stories.body} <> ''`, sql`${stories.id} > ${afterId}`))
      .orderBy(stories.id)
      .limit(batchSize)
      .all();
    if (rows.length === 0) return done;
    const updates = rows.map((row) => {
      let text: string;
      try {
        text = plainBodyText(row.body);
      } catch {
        text = row.body;
      }
      return db.update(stories).set({ bodyText: text }).where(eq(stories.id, row.id));
    });
    await db.batch(updates as [(typeof updates)[number], ...typeof updates]);
    done += rows.length;
    afterId = rows.at(-1)!.id;
  }
}
