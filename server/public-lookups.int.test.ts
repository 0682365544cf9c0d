// Integration: which feed cursors, stories and topics exist, asked two ways
// on one real database: by the pages (db/queries, through drizzle) and by the
// production server's fast path (server/public-lookups.mjs, raw SQL on the page
// cache's connection). Both must agree on every case, and accept exactly the
// cursors the lists hand out.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppDatabase } from "@/db/client";
import { decodeCanonicalCursor, encodeCursor, type Cursor } from "@/lib/cursor";
import { createTempDatabase } from "@/test/temp-db";
import type * as PublicLookups from "./public-lookups.mjs";
import { isFeedCursor, isTagCursor, getPublishedStoryBySlug, listPublishedStories, listPublishedStoriesByTag } from "@/db/queries/stories";
import { createStory, ensureTag } from "@/db/queries/story-writes";
import { getTagBySlug } from "@/db/queries/tags";

type Lookups = typeof PublicLookups;

const HOUR = 3_600_000;
const now = Date.now();
let db: AppDatabase;
let cleanup: () => Promise<void>;
/** The fast path's answers; null on a libSQL test database, where it has none and Next decides. */
let lookups: Lookups | null = null;
let research: number;
const made: Record<string, { id: number; at: Date }> = {};

async function story(slug: string, tagSlugs: string[], status: "published" | "draft", at: number) {
  const publishedAt = new Date(at);
  const { id } = await createStory(db, {
    slug,
    title: `Story ${slug}`,
    tldr: "A summary.",
    takeaways: ["One."],
    body: "Words.",
    tagSlugs,
    author: "Writer",
    status,
    publishedAt,
    cover: null,
    sources: [],
  });
  made[slug] = { id, at: publishedAt };
}

beforeAll(async () => {
  let url: string;
  ({ db, cleanup, url } = await createTempDatabase());
  research = await ensureTag(db, { slug: "research", name: "Research" });
  await ensureTag(db, { slug: "climate", name: "Climate" });
  await story("public-research", ["research", "climate"], "published", now - 3 * HOUR);
  await story("public-climate", ["climate"], "published", now - 2 * HOUR);
  await story("draft-research", ["research"], "draft", now - HOUR);
  await story("scheduled-research", ["research"], "published", now + HOUR);
  await story("newest-research", ["research"], "published", now - HOUR / 2);
  if (url.startsWith("file:")) {
    process.env.DATABASE_URL = url;
    lookups = await import("./public-lookups.mjs");
  }
});
afterAll(async () => {
  const { closePageCache } = await import("./page-cache/handler.mjs");
  await closePageCache();
  await cleanup();
});

const position = (slug: string, shift = 0): Cursor => ({ at: new Date(made[slug]!.at.getTime() + shift), id: made[slug]!.id });

describe("feed cursors", () => {
  it.runIf(!process.env.TEST_DATABASE_URL)("are checked by the fast path too on an embedded database", () => {
    expect(lookups).not.toBeNull();
  });

  it.each([
    ["a public story's position", "public-research", 0, true],
    ["a public story's position, a millisecond off", "public-research", 1, false],
    ["a draft's position", "draft-research", 0, false],
    ["a scheduled story's position, before its time", "scheduled-research", 0, false],
  ] as const)("%s", async (_name, slug, shift, expected) => {
    expect(await isFeedCursor(db, position(slug, shift))).toBe(expected);
    if (lookups) expect(lookups.cursorIsListed(position(slug, shift), null)).toBe(expected);
  });

  it("an id no story has", async () => {
    const cursor = { at: new Date(now - HOUR), id: 999_999 };
    expect(await isFeedCursor(db, cursor)).toBe(false);
    if (lookups) expect(lookups.cursorIsListed(cursor, null)).toBe(false);
  });

  it("accepts every cursor the feed hands out, written as it writes them", async () => {
    const { nextCursor } = await listPublishedStories(db, { limit: 1 });
    expect(nextCursor).not.toBeNull();
    const written = encodeCursor(nextCursor!);
    expect(decodeCanonicalCursor(written)).toEqual(nextCursor);
    expect(await isFeedCursor(db, decodeCanonicalCursor(written)!)).toBe(true);
    if (lookups) expect(lookups.cursorIsListed(nextCursor!, null)).toBe(true);
    // The same position spelt another way is not that page's address.
    expect(decodeCanonicalCursor(`0${written}`)).toBeNull();
  });
});

describe("a topic's cursors", () => {
  it.each([
    ["a public story in the topic", "public-research", "research", true],
    ["a public story not in the topic", "public-climate", "research", false],
    ["a public story in its second topic", "public-research", "climate", true],
    ["a draft in the topic", "draft-research", "research", false],
    ["a scheduled story in the topic", "scheduled-research", "research", false],
    ["a topic that does not exist", "public-research", "nope", false],
  ] as const)("%s", async (_name, slug, tag, expected) => {
    const tagRow = await getTagBySlug(db, tag);
    expect(tagRow ? await isTagCursor(db, tagRow.id, position(slug)) : false).toBe(expected);
    if (lookups) expect(lookups.cursorIsListed(position(slug), tag)).toBe(expected);
  });

  it("accepts every cursor the topic's pages hand out", async () => {
    const { nextCursor } = await listPublishedStoriesByTag(db, research, { limit: 1 });
    expect(nextCursor).not.toBeNull();
    expect(await isTagCursor(db, research, nextCursor!)).toBe(true);
    if (lookups) expect(lookups.cursorIsListed(nextCursor!, "research")).toBe(true);
  });
});

describe("stories and topics", () => {
  it.each([
    ["public-research", true],
    ["draft-research", false],
    ["scheduled-research", false],
    ["no-such-story", false],
  ] as const)("story %s is public: %s", async (slug, expected) => {
    expect((await getPublishedStoryBySlug(db, slug)) !== null).toBe(expected);
    if (lookups) expect(lookups.storyIsPublic(slug)).toBe(expected);
  });

  it("a scheduled story is public from its time on", () => {
    if (!lookups) return;
    expect(lookups.storyIsPublic("scheduled-research", now + HOUR)).toBe(true);
  });

  it.each([
    ["research", true],
    ["no-such-topic", false],
  ] as const)("topic %s exists: %s", async (slug, expected) => {
    expect((await getTagBySlug(db, slug)) !== null).toBe(expected);
    if (lookups) expect(lookups.tagExists(slug)).toBe(expected);
  });
});
