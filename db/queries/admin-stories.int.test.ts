// Over 300 lines: the desk's every story write (versions, slugs, schedules, tags, audit) against one database.
// Integration: the admin desk's story reads and writes on a real, migrated SQLite file.
// Every input goes through the same zod schemas the route handlers use.
import { and, asc, eq, gt, max } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type AppDatabase } from "@/db/client";
import { auditLog, bookmarks, stories, storyPreviews, storyTags, tags, type AuditEntry } from "@/db/schema";
import type { Cursor } from "@/lib/cursor";
import { AppError } from "@/lib/errors";
import { readingMinutes } from "@/lib/reading-time";
import { createStorySchema, previewStorySchema, updateStorySchema } from "@/lib/schemas/story";
import { getPreview } from "@/lib/story-preview";
import { sqlAll, sqlGet } from "@/test/raw-sql";
import { createTempDatabase } from "@/test/temp-db";
import {
  deskStatus,
  getStoryForDesk,
  listStoriesForDesk,
  type DeskStatus,
  type EditableStory,
} from "./admin-stories";
import { createDeskStory, deleteDeskStory, updateDeskStory } from "./admin-story-writes";
import type { Actor } from "./audit";
import { saveStory } from "./bookmarks";
import { getPublishedStoryBySlug, listPublishedStories, listPublishedStoriesByTag } from "./stories";
import { savePreview } from "./story-previews";
import { ensureTag } from "./story-writes";
import { setRoleByEmail } from "./users";

const now = new Date("2026-06-01T12:00:00Z");
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const at = (minutes: number) => new Date(now.getTime() + minutes * MINUTE);

let db: AppDatabase;
let url: string;
let cleanup: () => Promise<void>;
let ada: Actor;
let bob: Actor;
let readerId: string;
let researchId: number;
let healthId: number;
let climateId: number;

// About 550 words: two minutes at 275 words a minute.
const LONG_BODY = `## What happened\n\n${Array.from({ length: 55 }, (_, i) => `Sentence ${i} has exactly ten words in it, more or less.`).join(" ")}`;

beforeAll(async () => {
  ({ db, url, cleanup } = await createTempDatabase());
  const a = await setRoleByEmail(db, "ada@example.org", "admin");
  const b = await setRoleByEmail(db, "bob@example.org", "admin");
  ada = { id: a.id, email: a.email };
  bob = { id: b.id, email: b.email };
  readerId = (await setRoleByEmail(db, "reader@example.org", "reader")).id;
  researchId = await ensureTag(db, { slug: "research", name: "Research" });
  healthId = await ensureTag(db, { slug: "health", name: "Health" });
  climateId = await ensureTag(db, { slug: "climate", name: "Climate" });
});
afterAll(() => cleanup());

// ---- helpers ---------------------------------------------------------------

function fields(slug: string): Record<string, unknown> {
  return {
    title: `Story ${slug}`,
    slug,
    tagSlugs: ["research"],
    tldr: "A short summary.",
    takeaways: ["One thing."],
    body: "## Heading\n\nSome words here.",
    author: "Test Writer",
  };
}

function createInput(slug: string, intent: "draft" | "publish" | "schedule", overrides: Record<string, unknown> = {}) {
  return createStorySchema.parse({ ...fields(slug), intent, ...overrides });
}

/** What the editor sends back for a loaded story, with some fields changed. */
function updateInput(
  loaded: EditableStory,
  intent: "save" | "publish" | "schedule" | "unpublish",
  overrides: Record<string, unknown> = {},
) {
  return updateStorySchema.parse({
    title: loaded.title,
    slug: loaded.slug,
    tagSlugs: loaded.tags.map((t) => t.slug),
    tldr: loaded.tldr,
    takeaways: loaded.takeaways,
    body: loaded.body,
    coverUrl: loaded.coverUrl,
    coverAlt: loaded.coverAlt,
    sources: loaded.sources,
    author: loaded.author,
    intent,
    version: loaded.version,
    ...overrides,
  });
}

async function load(id: number, when = now): Promise<EditableStory> {
  const story = await getStoryForDesk(db, id, when);
  if (!story) throw new Error(`story ${id} is missing`);
  return story;
}

function storyRow(id: number) {
  return db.select().from(stories).where(eq(stories.id, id)).get();
}

function links(storyId: number) {
  return db
    .select({ tagId: storyTags.tagId, position: storyTags.position, publishedAt: storyTags.publishedAt })
    .from(storyTags)
    .where(eq(storyTags.storyId, storyId))
    .orderBy(asc(storyTags.position))
    .all();
}

async function tagIdOf(slug: string): Promise<number | undefined> {
  return (await db.select({ id: tags.id }).from(tags).where(eq(tags.slug, slug)).get())?.id;
}

async function countOf(sql: string, ...params: unknown[]): Promise<number> {
  return (await sqlGet<{ n: number }>(db, sql, ...params))!.n;
}

/** The audit log's newest id: entries written after it are the ones a step made. */
async function auditMark(): Promise<number> {
  return (await db.select({ id: max(auditLog.id) }).from(auditLog).get())?.id ?? 0;
}

function auditSince(mark: number): Promise<AuditEntry[]> {
  return db.select().from(auditLog).where(gt(auditLog.id, mark)).orderBy(asc(auditLog.id)).all();
}

/** Runs a write that must fail and returns its AppError. */
async function failure(write: () => Promise<unknown>): Promise<AppError> {
  try {
    await write();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected the write to fail");
}

async function feedSlugs(when: Date): Promise<string[]> {
  return (await listPublishedStories(db, { now: when, limit: 500 })).stories.map((s) => s.slug);
}

async function tagPageSlugs(tagId: number, when: Date): Promise<string[]> {
  return (await listPublishedStoriesByTag(db, tagId, { now: when, limit: 500 })).stories.map((s) => s.slug);
}

async function isPubliclyVisible(slug: string, tagId: number, when: Date): Promise<boolean[]> {
  return [
    (await feedSlugs(when)).includes(slug),
    (await tagPageSlugs(tagId, when)).includes(slug),
    (await getPublishedStoryBySlug(db, slug, when)) !== null,
  ];
}

// ---- creating --------------------------------------------------------------

describe("creating a story", () => {
  it("as a draft: no publish time, hidden from readers, tags linked in order, reading time computed", async () => {
    const mark = await auditMark();
    const input = createInput("a-draft", "draft", { tagSlugs: ["health", "research"], body: LONG_BODY });
    const result = await createDeskStory(db, ada, input, now);
    expect(result).toMatchObject({ slug: "a-draft", version: 1, status: "draft", publishedAt: null });

    const row = (await storyRow(result.id))!;
    expect(row.status).toBe("draft");
    expect(row.publishedAt).toBeNull();
    expect(row.primaryTagId).toBe(healthId);
    expect(row.updatedAt).toEqual(now);
    expect(row.readingMinutes).toBe(readingMinutes(LONG_BODY));
    expect(row.readingMinutes).toBe(2);
    expect(await links(result.id)).toEqual([
      { tagId: healthId, position: 0, publishedAt: null },
      { tagId: researchId, position: 1, publishedAt: null },
    ]);

    const loaded = await load(result.id);
    expect(loaded).toMatchObject({ status: "draft", version: 1, coverUrl: "", coverAlt: "", sources: [] });
    expect(loaded.tags).toEqual([
      { slug: "health", name: "Health" },
      { slug: "research", name: "Research" },
    ]);
    expect(await isPubliclyVisible("a-draft", healthId, at(60 * 24 * 365))).toEqual([false, false, false]);

    const entries = await auditSince(mark);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: "story.create",
      actorId: ada.id,
      actorEmail: "ada@example.org",
      subjectType: "story",
      subjectId: String(result.id),
      subjectLabel: "Story a-draft",
      details: { slug: "a-draft" },
      at: now,
    });
  });

  it("published: publishedAt is now, links carry it, new tags are created and audited, the first tag is primary", async () => {
    const mark = await auditMark();
    expect(await tagIdOf("fresh-tag")).toBeUndefined();
    const input = createInput("published-now", "publish", {
      tagSlugs: ["fresh-tag", "research"],
      newTags: [{ slug: "fresh-tag", name: "Fresh Tag" }],
      coverUrl: "/images/cover.jpg",
      coverAlt: "A cover",
      sources: [{ url: "https://example.org/paper", title: "The paper", kind: "paper" }],
    });
    const result = await createDeskStory(db, ada, input, now);
    expect(result).toMatchObject({ status: "published", publishedAt: now, version: 1 });

    const freshId = (await tagIdOf("fresh-tag"))!;
    expect(freshId).toBeDefined();
    expect(await db.select().from(tags).where(eq(tags.id, freshId)).get()).toMatchObject({ name: "Fresh Tag", createdAt: now });
    const row = (await storyRow(result.id))!;
    expect(row).toMatchObject({ status: "published", publishedAt: now, primaryTagId: freshId, coverUrl: "/images/cover.jpg", coverAlt: "A cover" });
    expect(row.readingMinutes).toBe(readingMinutes(input.body));
    expect(await links(result.id)).toEqual([
      { tagId: freshId, position: 0, publishedAt: now },
      { tagId: researchId, position: 1, publishedAt: now },
    ]);

    const page = await getPublishedStoryBySlug(db, "published-now", now);
    expect(page?.primaryTag).toEqual({ slug: "fresh-tag", name: "Fresh Tag" });
    expect(page?.sources).toEqual([{ url: "https://example.org/paper", title: "The paper", kind: "paper" }]);
    expect(await isPubliclyVisible("published-now", freshId, now)).toEqual([true, true, true]);
    expect(await tagPageSlugs(researchId, now)).toContain("published-now");

    const entries = await auditSince(mark);
    expect(entries.map((e) => e.action)).toEqual(["tag.create", "story.create", "story.publish"]);
    expect(entries[0]).toMatchObject({ subjectType: "tag", subjectId: String(freshId), subjectLabel: "Fresh Tag", actorEmail: ada.email });
    for (const e of entries.slice(1)) {
      expect(e).toMatchObject({ subjectType: "story", subjectId: String(result.id), subjectLabel: "Story published-now", actorEmail: ada.email });
    }
  });

  it("a new tag that already exists is reused, not created again or audited", async () => {
    const mark = await auditMark();
    const result = await createDeskStory(
      db,
      ada,
      createInput("reuses-tag", "draft", { tagSlugs: ["fresh-tag"], newTags: [{ slug: "fresh-tag", name: "Another Name" }] }),
      now,
    );
    expect((await storyRow(result.id))!.primaryTagId).toBe(await tagIdOf("fresh-tag"));
    expect((await db.select().from(tags).where(eq(tags.slug, "fresh-tag")).get())?.name).toBe("Fresh Tag");
    expect((await auditSince(mark)).map((e) => e.action)).toEqual(["story.create"]);
  });

  it("scheduled: hidden until its time, then in the feed, on the tag page and at its address", async () => {
    const mark = await auditMark();
    const when = at(120);
    const result = await createDeskStory(
      db,
      ada,
      createInput("scheduled-later", "schedule", { tagSlugs: ["climate"], publishAt: when.toISOString() }),
      now,
    );
    expect(result).toMatchObject({ status: "scheduled", publishedAt: when });
    expect(await storyRow(result.id)).toMatchObject({ status: "scheduled", publishedAt: when, primaryTagId: climateId });
    expect(await links(result.id)).toEqual([{ tagId: climateId, position: 0, publishedAt: when }]);

    expect(await isPubliclyVisible("scheduled-later", climateId, now)).toEqual([false, false, false]);
    expect(await isPubliclyVisible("scheduled-later", climateId, at(119))).toEqual([false, false, false]);
    expect(await isPubliclyVisible("scheduled-later", climateId, when)).toEqual([true, true, true]);
    expect((await listPublishedStories(db, { now: at(121) })).stories[0]?.slug).toBe("scheduled-later");

    expect((await load(result.id, now)).status).toBe("scheduled");
    expect((await load(result.id, at(121))).status).toBe("published");

    const entries = await auditSince(mark);
    expect(entries.map((e) => e.action)).toEqual(["story.create", "story.schedule"]);
    expect(entries[1]!.details).toEqual({ at: when.toISOString() });
  });

  it("accepts a publish time with an offset, read as that instant", async () => {
    const result = await createDeskStory(
      db,
      ada,
      createInput("scheduled-offset", "schedule", { publishAt: "2026-06-01T16:30:00+02:00" }),
      now,
    );
    expect(result.publishedAt).toEqual(new Date("2026-06-01T14:30:00Z"));
  });

  it("refuses to schedule in the past (or right now) with a 422 on publishAt, writing nothing", async () => {
    for (const publishAt of [at(-1).toISOString(), now.toISOString()]) {
      const mark = await auditMark();
      const before = await countOf("select count(*) n from stories");
      const error = await failure(() =>
        createDeskStory(
          db,
          ada,
          createInput("in-the-past", "schedule", {
            publishAt,
            tagSlugs: ["past-tag"],
            newTags: [{ slug: "past-tag", name: "Past" }],
          }),
          now,
        ),
      );
      expect(error.status).toBe(422);
      expect(error.code).toBe("invalid_input");
      expect(error.fields?.publishAt).toEqual(expect.any(String));
      expect(await countOf("select count(*) n from stories")).toBe(before);
      expect(await tagIdOf("past-tag")).toBeUndefined();
      expect(await auditSince(mark)).toEqual([]);
    }
  });

  it("refuses an unknown tag with a 422 on tagSlugs and leaves nothing behind", async () => {
    const mark = await auditMark();
    const error = await failure(() =>
      createDeskStory(
        db,
        ada,
        createInput("unknown-tag", "publish", {
          tagSlugs: ["brand-new", "no-such-tag"],
          newTags: [{ slug: "brand-new", name: "Brand New" }],
        }),
        now,
      ),
    );
    expect(error).toMatchObject({ status: 422, fields: { tagSlugs: expect.any(String) } });
    expect(await db.select().from(stories).where(eq(stories.slug, "unknown-tag")).get()).toBeUndefined();
    expect(await tagIdOf("brand-new")).toBeUndefined();
    expect(await auditSince(mark)).toEqual([]);
  });
});

// ---- slug conflicts ----------------------------------------------------------

describe("slug conflicts", () => {
  it("on create: 409 conflict:story_slug on the slug field; no story, tag or audit entry written", async () => {
    const mark = await auditMark();
    const before = await countOf("select count(*) n from stories");
    const tagsBefore = await countOf("select count(*) n from tags");
    const error = await failure(() =>
      createDeskStory(
        db,
        bob,
        createInput("published-now", "publish", {
          title: "A different story",
          tagSlugs: ["orphan-tag"],
          newTags: [{ slug: "orphan-tag", name: "Orphan" }],
        }),
        at(5),
      ),
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error.status).toBe(409);
    expect(error.code).toBe("conflict:story_slug");
    expect(error.fields?.slug).toContain("published-now");
    expect(await countOf("select count(*) n from stories")).toBe(before);
    expect(await countOf("select count(*) n from tags")).toBe(tagsBefore);
    expect(await tagIdOf("orphan-tag")).toBeUndefined();
    expect(await auditSince(mark)).toEqual([]);
    // The story that owns the slug is untouched.
    expect(await db.select().from(stories).where(eq(stories.slug, "published-now")).get()).toMatchObject({
      title: "Story published-now",
      version: 1,
    });
  });

  it("on update: 409 conflict:story_slug; the story keeps its slug, version and tags; nothing audited", async () => {
    const { id } = await createDeskStory(db, ada, createInput("wants-a-slug", "draft"), now);
    const loaded = await load(id);
    const mark = await auditMark();
    const error = await failure(() =>
      updateDeskStory(
        db,
        ada,
        id,
        updateInput(loaded, "save", {
          slug: "a-draft",
          title: "Renamed",
          tagSlugs: ["orphan-tag", "research"],
          newTags: [{ slug: "orphan-tag", name: "Orphan" }],
        }),
        at(5),
      ),
    );
    expect(error.status).toBe(409);
    expect(error.code).toBe("conflict:story_slug");
    expect(error.fields?.slug).toContain("a-draft");
    expect(await storyRow(id)).toMatchObject({ slug: "wants-a-slug", title: "Story wants-a-slug", version: 1, updatedAt: now });
    expect((await links(id)).map((l) => l.tagId)).toEqual([researchId]);
    expect(await tagIdOf("orphan-tag")).toBeUndefined();
    expect(await auditSince(mark)).toEqual([]);
    // The rejected write left the story editable: the same version still saves.
    expect((await updateDeskStory(db, ada, id, updateInput(loaded, "save", { title: "Renamed" }), at(6))).version).toBe(2);
  });

  it("keeping one's own slug is no conflict", async () => {
    const loaded = await load(await storyIdOf("wants-a-slug"));
    await expect(updateDeskStory(db, ada, loaded.id, updateInput(loaded, "save"), at(7))).resolves.not.toThrow();
  });
});

async function storyIdOf(slug: string): Promise<number> {
  const row = await db.select({ id: stories.id }).from(stories).where(eq(stories.slug, slug)).get();
  if (!row) throw new Error(`no story ${slug}`);
  return row.id;
}

// ---- concurrent edits --------------------------------------------------------

describe("the version check", () => {
  it("lets the first of two edits from the same version win and names its author to the second", async () => {
    const { id } = await createDeskStory(db, ada, createInput("contested", "publish"), now);
    const adasCopy = await load(id);
    const bobsCopy = await load(id);

    const first = await updateDeskStory(db, ada, id, updateInput(adasCopy, "save", { title: "Ada's title", body: "Ada's body." }), at(10));
    expect(first.version).toBe(2);

    const mark = await auditMark();
    const error = await failure(() =>
      updateDeskStory(db, bob, id, updateInput(bobsCopy, "save", { title: "Bob's title", tagSlugs: ["health"] }), at(11)),
    );
    expect(error.status).toBe(409);
    expect(error.code).toBe("conflict:version");
    expect(error.message).toContain("ada@example.org");
    expect(error.message).toContain("12:10 UTC");
    expect(await auditSince(mark)).toEqual([]);

    const row = (await storyRow(id))!;
    expect(row).toMatchObject({ title: "Ada's title", body: "Ada's body.", version: 2, updatedAt: at(10), primaryTagId: researchId });
    expect((await links(id)).map((l) => l.tagId)).toEqual([researchId]);

    // Bob reloads and saves on top of Ada's version.
    const reloaded = await load(id);
    expect(reloaded.title).toBe("Ada's title");
    expect((await updateDeskStory(db, bob, id, updateInput(reloaded, "save", { title: "Bob's title" }), at(12))).version).toBe(3);
    expect((await storyRow(id))?.title).toBe("Bob's title");
  });

  it("answers 404 for a story that does not exist, writing nothing", async () => {
    const template = await load(await storyIdOf("contested"));
    const mark = await auditMark();
    const error = await failure(() =>
      updateDeskStory(
        db,
        ada,
        999_999,
        updateInput(template, "save", { slug: "ghost-story", tagSlugs: ["ghost-tag"], newTags: [{ slug: "ghost-tag", name: "Ghost" }] }),
        at(13),
      ),
    );
    expect(error).toMatchObject({ status: 404, code: "not_found:story" });
    expect(await tagIdOf("ghost-tag")).toBeUndefined();
    expect(await auditSince(mark)).toEqual([]);
  });
});

// ---- intents -----------------------------------------------------------------

describe("update intents", () => {
  it("save keeps a published story's status and original publish time", async () => {
    const { id } = await createDeskStory(db, ada, createInput("saved-published", "publish", { tagSlugs: ["health"] }), now);
    const mark = await auditMark();
    const result = await updateDeskStory(db, bob, id, updateInput(await load(id), "save", { tldr: "A new summary." }), at(30));
    expect(result).toMatchObject({ status: "published", publishedAt: now, version: 2 });
    expect(await storyRow(id)).toMatchObject({ status: "published", publishedAt: now, tldr: "A new summary.", updatedAt: at(30) });
    expect(await links(id)).toEqual([{ tagId: healthId, position: 0, publishedAt: now }]);
    expect(await isPubliclyVisible("saved-published", healthId, at(30))).toEqual([true, true, true]);

    const entries = await auditSince(mark);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: "story.update",
      actorId: bob.id,
      actorEmail: "bob@example.org",
      subjectId: String(id),
      subjectLabel: "Story saved-published",
      details: { changed: ["tldr"] },
      at: at(30),
    });
  });

  it("save keeps a draft a draft and a scheduled story scheduled at its time", async () => {
    const draftId = await storyIdOf("a-draft");
    expect(await updateDeskStory(db, ada, draftId, updateInput(await load(draftId), "save"), at(31))).toMatchObject({
      status: "draft",
      publishedAt: null,
    });
    expect(await storyRow(draftId)).toMatchObject({ status: "draft", publishedAt: null });

    const scheduledId = await storyIdOf("scheduled-later");
    const result = await updateDeskStory(db, ada, scheduledId, updateInput(await load(scheduledId), "save", { title: "Later, retitled" }), at(32));
    expect(result).toMatchObject({ status: "scheduled", publishedAt: at(120) });
    expect(await storyRow(scheduledId)).toMatchObject({ status: "scheduled", publishedAt: at(120), title: "Later, retitled" });
    expect((await links(scheduledId))[0]?.publishedAt).toEqual(at(120));
  });

  it("publish of a draft sets publishedAt to now, on the story and its tag links", async () => {
    const { id } = await createDeskStory(db, ada, createInput("draft-then-published", "draft", { tagSlugs: ["climate", "health"] }), now);
    expect(await isPubliclyVisible("draft-then-published", climateId, at(40))).toEqual([false, false, false]);
    const mark = await auditMark();
    const result = await updateDeskStory(db, ada, id, updateInput(await load(id), "publish"), at(40));
    expect(result).toMatchObject({ status: "published", publishedAt: at(40), version: 2 });
    expect(await storyRow(id)).toMatchObject({ status: "published", publishedAt: at(40) });
    expect((await links(id)).map((l) => l.publishedAt)).toEqual([at(40), at(40)]);
    expect(await isPubliclyVisible("draft-then-published", climateId, at(40))).toEqual([true, true, true]);
    expect(await tagPageSlugs(healthId, at(40))).toContain("draft-then-published");
    const entries = await auditSince(mark);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: "story.publish", actorEmail: ada.email, details: { changed: [] } });
  });

  it("publish of an already published story keeps its original publish time, and is logged as an edit", async () => {
    const id = await storyIdOf("draft-then-published");
    const mark = await auditMark();
    const result = await updateDeskStory(db, bob, id, updateInput(await load(id, at(50)), "publish", { title: "Republished title" }), at(50));
    expect(result).toMatchObject({ status: "published", publishedAt: at(40) });
    expect(await storyRow(id)).toMatchObject({ publishedAt: at(40), title: "Republished title", updatedAt: at(50) });
    expect((await links(id)).map((l) => l.publishedAt)).toEqual([at(40), at(40)]);
    expect((await auditSince(mark)).map((e) => [e.action, e.actorEmail, e.subjectLabel, e.details])).toEqual([
      // Nothing was published: the entry says what did change.
      ["story.update", bob.email, "Republished title", { changed: ["title"] }],
    ]);
  });

  it("unpublishing a draft changes no status and is logged as an edit", async () => {
    const { id } = await createDeskStory(db, ada, createInput("draft-unpublished", "draft"), now);
    const mark = await auditMark();
    const result = await updateDeskStory(db, ada, id, updateInput(await load(id), "unpublish"), at(5));
    expect(result.status).toBe("draft");
    expect((await auditSince(mark)).map((e) => e.action)).toEqual(["story.update"]);
  });

  it("publish of a scheduled story brings it out now", async () => {
    const { id } = await createDeskStory(db, ada, createInput("scheduled-then-now", "schedule", { publishAt: at(600).toISOString() }), now);
    const result = await updateDeskStory(db, ada, id, updateInput(await load(id), "publish"), at(45));
    expect(result).toMatchObject({ status: "published", publishedAt: at(45) });
    expect((await links(id))[0]?.publishedAt).toEqual(at(45));
    expect(await isPubliclyVisible("scheduled-then-now", researchId, at(45))).toEqual([true, true, true]);
  });

  it("unpublish turns it back into a draft, gone from the feed, the tag pages and its address", async () => {
    const id = await storyIdOf("draft-then-published");
    expect(await isPubliclyVisible("draft-then-published", climateId, at(60))).toEqual([true, true, true]);
    const mark = await auditMark();
    const result = await updateDeskStory(db, ada, id, updateInput(await load(id, at(60)), "unpublish"), at(60));
    expect(result).toMatchObject({ status: "draft", publishedAt: null });
    expect(await storyRow(id)).toMatchObject({ status: "draft", publishedAt: null });
    expect((await links(id)).map((l) => l.publishedAt)).toEqual([null, null]);
    for (const when of [at(60), at(60 * 24 * 365)]) {
      expect(await isPubliclyVisible("draft-then-published", climateId, when)).toEqual([false, false, false]);
      expect(await tagPageSlugs(healthId, when)).not.toContain("draft-then-published");
    }
    expect((await load(id, at(60))).status).toBe("draft");
    expect((await auditSince(mark)).map((e) => [e.action, e.actorEmail, e.subjectLabel])).toEqual([
      ["story.unpublish", ada.email, "Republished title"],
    ]);
  });

  it("schedule moves a published story into the future; it comes back by itself", async () => {
    const id = await storyIdOf("saved-published");
    const when = at(60 * 24);
    const mark = await auditMark();
    const result = await updateDeskStory(db, ada, id, updateInput(await load(id, at(70)), "schedule", { publishAt: when.toISOString() }), at(70));
    expect(result).toMatchObject({ status: "scheduled", publishedAt: when });
    expect(await storyRow(id)).toMatchObject({ status: "scheduled", publishedAt: when });
    expect(await links(id)).toEqual([{ tagId: healthId, position: 0, publishedAt: when }]);
    expect(await isPubliclyVisible("saved-published", healthId, at(70))).toEqual([false, false, false]);
    expect(await isPubliclyVisible("saved-published", healthId, when)).toEqual([true, true, true]);
    const entries = await auditSince(mark);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: "story.schedule", details: { changed: [], at: when.toISOString() } });
  });

  it("schedule in the past is a 422 on publishAt and changes nothing", async () => {
    const id = await storyIdOf("saved-published");
    const loaded = await load(id, at(80));
    const before = await storyRow(id);
    const linksBefore = await links(id);
    const mark = await auditMark();
    const error = await failure(() =>
      updateDeskStory(db, ada, id, updateInput(loaded, "schedule", { publishAt: at(71).toISOString(), title: "Never saved" }), at(80)),
    );
    expect(error).toMatchObject({ status: 422, code: "invalid_input", fields: { publishAt: expect.any(String) } });
    expect(await storyRow(id)).toEqual(before);
    expect(await links(id)).toEqual(linksBefore);
    expect(await auditSince(mark)).toEqual([]);
  });
});

// ---- the audit trail -----------------------------------------------------------

describe("the audit trail of an edit", () => {
  it("lists every changed field in the form's order, tags included, and the previous slug", async () => {
    const { id } = await createDeskStory(db, ada, createInput("audited", "draft"), now);
    const mark = await auditMark();
    await updateDeskStory(
      db,
      bob,
      id,
      updateInput(await load(id), "save", {
        slug: "audited-renamed",
        title: "Audited, renamed",
        takeaways: ["One thing.", "Another thing."],
        body: "A new body.",
        coverUrl: "https://example.org/c.png",
        coverAlt: "A chart",
        tagSlugs: ["research", "health"],
      }),
      at(90),
    );
    const entries = await auditSince(mark);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: "story.update",
      actorId: bob.id,
      actorEmail: "bob@example.org",
      subjectType: "story",
      subjectId: String(id),
      subjectLabel: "Audited, renamed",
      at: at(90),
    });
    expect(entries[0]!.details).toEqual({
      changed: ["slug", "title", "takeaways", "body", "coverUrl", "coverAlt", "tags"],
      previousSlug: "audited",
    });
    expect(await storyRow(id)).toMatchObject({ slug: "audited-renamed", coverUrl: "https://example.org/c.png", coverAlt: "A chart", version: 2 });
    expect((await links(id)).map((l) => l.tagId)).toEqual([researchId, healthId]);
  });

  it("counts a new primary tag (same set, new order) as a tag change and moves the primary tag", async () => {
    const id = await storyIdOf("audited-renamed");
    const mark = await auditMark();
    await updateDeskStory(db, ada, id, updateInput(await load(id), "save", { tagSlugs: ["health", "research"] }), at(91));
    expect((await auditSince(mark)).map((e) => e.details)).toEqual([{ changed: ["tags"] }]);
    expect((await storyRow(id))?.primaryTagId).toBe(healthId);
    expect(await links(id)).toEqual([
      { tagId: healthId, position: 0, publishedAt: null },
      { tagId: researchId, position: 1, publishedAt: null },
    ]);
  });

  it("records a tag created by an edit before the edit itself, and sources and author changes", async () => {
    const id = await storyIdOf("audited-renamed");
    const mark = await auditMark();
    await updateDeskStory(
      db,
      ada,
      id,
      updateInput(await load(id), "save", {
        tagSlugs: ["health", "research", "edited-in"],
        newTags: [{ slug: "edited-in", name: "Edited In" }],
        author: "Someone Else",
        sources: [{ url: "https://example.org/news", title: "News", kind: "news" }],
        coverUrl: "",
        coverAlt: "",
      }),
      at(92),
    );
    const entries = await auditSince(mark);
    expect(entries.map((e) => [e.action, e.subjectLabel])).toEqual([
      ["tag.create", "Edited In"],
      ["story.update", "Audited, renamed"],
    ]);
    expect(entries[0]!.subjectId).toBe(String(await tagIdOf("edited-in")));
    expect(entries[1]!.details).toEqual({ changed: ["author", "coverUrl", "coverAlt", "sources", "tags"] });
    expect(await storyRow(id)).toMatchObject({ coverUrl: null, coverAlt: null, author: "Someone Else" });
  });

  it("recomputes the reading time when the body changes", async () => {
    const id = await storyIdOf("audited-renamed");
    expect((await storyRow(id))?.readingMinutes).toBe(1);
    await updateDeskStory(db, ada, id, updateInput(await load(id), "save", { body: LONG_BODY }), at(92.5));
    expect((await storyRow(id))?.readingMinutes).toBe(2);
    await updateDeskStory(db, ada, id, updateInput(await load(id), "save", { body: "Short again." }), at(92.7));
    expect((await storyRow(id))?.readingMinutes).toBe(1);
  });

  it("an unchanged save still leaves one entry, with nothing changed", async () => {
    const id = await storyIdOf("audited-renamed");
    const mark = await auditMark();
    const version = (await storyRow(id))!.version;
    expect((await updateDeskStory(db, ada, id, updateInput(await load(id), "save"), at(93))).version).toBe(version + 1);
    expect((await auditSince(mark)).map((e) => [e.action, e.details])).toEqual([["story.update", { changed: [] }]]);
  });

  it("keeps the whole history of a story, newest last, each entry by its actor", async () => {
    const id = await storyIdOf("audited-renamed");
    const history = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectType, "story"), eq(auditLog.subjectId, String(id))))
      .orderBy(asc(auditLog.id))
      .all();
    expect(history.map((e) => [e.action, e.actorEmail])).toEqual([
      ["story.create", ada.email],
      ["story.update", bob.email],
      ["story.update", ada.email],
      ["story.update", ada.email],
      ["story.update", ada.email],
      ["story.update", ada.email],
      ["story.update", ada.email],
    ]);
  });
});

// ---- deleting ------------------------------------------------------------------

describe("deleting a story", () => {
  let deletedId = 0;

  it("with a stale version is a 409 that deletes nothing", async () => {
    const { id } = await createDeskStory(db, ada, createInput("to-delete", "publish", { tagSlugs: ["health", "climate"] }), now);
    await saveStory(db, readerId, id, at(1));
    await updateDeskStory(db, bob, id, updateInput(await load(id), "save", { title: "Doomed story" }), at(2));
    const mark = await auditMark();
    const error = await failure(() => deleteDeskStory(db, ada, id, 1, at(3)));
    expect(error).toMatchObject({ status: 409, code: "conflict:version" });
    expect(error.message).toContain("bob@example.org");
    expect(await storyRow(id)).toMatchObject({ title: "Doomed story", version: 2 });
    expect(await countOf("select count(*) n from bookmarks where story_id = ?", id)).toBe(1);
    expect(await links(id)).toHaveLength(2);
    expect(await auditSince(mark)).toEqual([]);
  });

  it("with the right version removes it, its tag links and readers' bookmarks, and records its title", async () => {
    const id = await storyIdOf("to-delete");
    deletedId = id;
    const mark = await auditMark();
    expect(await deleteDeskStory(db, ada, id, 2, at(4))).toEqual({ slug: "to-delete" });
    expect(await storyRow(id)).toBeUndefined();
    expect(await getStoryForDesk(db, id)).toBeNull();
    expect(await isPubliclyVisible("to-delete", healthId, at(4))).toEqual([false, false, false]);
    expect(await db.select().from(bookmarks).where(eq(bookmarks.storyId, id)).all()).toEqual([]);
    expect(await links(id)).toEqual([]);
    // The tags themselves stay.
    expect(await tagIdOf("health")).toBe(healthId);
    expect(await tagIdOf("climate")).toBe(climateId);

    const entries = await auditSince(mark);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: "story.delete",
      actorId: ada.id,
      actorEmail: "ada@example.org",
      subjectType: "story",
      subjectId: String(id),
      subjectLabel: "Doomed story",
      details: { slug: "to-delete", status: "published" },
      at: at(4),
    });
    // Its earlier history is kept too.
    const history = await db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.subjectType, "story"), eq(auditLog.subjectId, String(id))))
      .all();
    expect(history.map((h) => h.action)).toEqual(["story.create", "story.publish", "story.update", "story.delete"]);
  });

  it("a second delete is a 404 and records nothing", async () => {
    const mark = await auditMark();
    expect(await failure(() => deleteDeskStory(db, ada, deletedId, 2, at(5)))).toMatchObject({ status: 404, code: "not_found:story" });
    expect(await auditSince(mark)).toEqual([]);
  });
});

// ---- the desk list -----------------------------------------------------------------

type Brute = { id: number; status: DeskStatus; updatedAt: number; title: string };

/** Every story, with its desk status at `when`, ordered as the desk promises: newest edit first. */
async function bruteForce(when: Date): Promise<Brute[]> {
  return (
    await db
      .select({ id: stories.id, status: stories.status, publishedAt: stories.publishedAt, updatedAt: stories.updatedAt, title: stories.title })
      .from(stories)
      .all()
  )
    .map((r) => ({ id: r.id, status: deskStatus(r, when), updatedAt: r.updatedAt.getTime(), title: r.title }))
    .sort((a, b) => b.updatedAt - a.updatedAt || b.id - a.id);
}

async function walkDesk(filter: Parameters<typeof listStoriesForDesk>[1]) {
  const ids: number[] = [];
  const pageSizes: number[] = [];
  let before: Cursor | null = null;
  for (let pages = 0; pages < 200; pages++) {
    const page: Awaited<ReturnType<typeof listStoriesForDesk>> = await listStoriesForDesk(db, { ...filter, before });
    ids.push(...page.stories.map((s) => s.id));
    pageSizes.push(page.stories.length);
    if (!page.nextCursor) return { ids, pageSizes };
    before = page.nextCursor;
  }
  throw new Error("pagination never ended");
}

describe("the desk list", () => {
  const listNow = at(60 * 24 * 10);

  beforeAll(async () => {
    // 60 stories edited four at a time (ties on updated_at), a third each draft, published and scheduled.
    for (let i = 0; i < 60; i++) {
      const when = at(60 * 24 * 10 - 600 + Math.floor(i / 4));
      const intent = (["draft", "publish", "schedule"] as const)[i % 3]!;
      await createDeskStory(
        db,
        i % 2 ? ada : bob,
        createInput(`bulk-${i}`, intent, {
          title: `Bulk story ${i}`,
          tagSlugs: i % 5 === 0 ? ["research", "robotics"] : ["climate"],
          newTags: i === 0 ? [{ slug: "robotics", name: "Robotics" }] : [],
          publishAt: intent === "schedule" ? at(60 * 24 * 20 + i).toISOString() : null,
        }),
        when,
      );
    }
    const titled = [
      ["pct-hit", "Model is 100% accurate"],
      ["pct-miss", "Model hits 1000 accurate runs"],
      ["underscore-hit", "snake_case names"],
      ["underscore-miss", "snakeXcase names"],
      ["backslash-hit", "A back\\slash title"],
      ["backslash-miss", "A backslash title"],
    ] as const;
    for (const [slug, title] of titled) await createDeskStory(db, ada, createInput(slug, "draft", { title }), at(60 * 24 * 10 - 30));
  });

  it("lists every story newest edit first, each with its tags and desk status", async () => {
    const expected = await bruteForce(listNow);
    const page = await listStoriesForDesk(db, { now: listNow, limit: 1000 });
    expect(page.nextCursor).toBeNull();
    expect(page.stories.map((s) => s.id)).toEqual(expected.map((e) => e.id));
    expect(page.stories.map((s) => s.status)).toEqual(expected.map((e) => e.status));
    const bulk0 = page.stories.find((s) => s.slug === "bulk-0")!;
    expect(bulk0).toMatchObject({ title: "Bulk story 0", status: "draft", publishedAt: null, author: "Test Writer" });
    expect(bulk0.tags).toEqual([
      { slug: "research", name: "Research" },
      { slug: "robotics", name: "Robotics" },
    ]);
    const defaultPage = await listStoriesForDesk(db, { now: listNow });
    expect(defaultPage.stories).toHaveLength(25);
    expect(defaultPage.nextCursor).not.toBeNull();
  });

  it("walks all pages with the cursor, matching the brute-force order with no duplicates or gaps", async () => {
    const expected = (await bruteForce(listNow)).map((e) => e.id);
    expect(expected.length).toBeGreaterThanOrEqual(60);
    const { ids, pageSizes } = await walkDesk({ now: listNow, limit: 7 });
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expected);
    expect(pageSizes.slice(0, -1).every((n) => n === 7)).toBe(true);
  });

  it("walks a filtered list page by page too", async () => {
    const expected = (await bruteForce(listNow))
      .filter((e) => e.status === "published" && e.title.includes("Bulk"))
      .map((e) => e.id);
    expect(expected.length).toBe(20);
    const { ids } = await walkDesk({ now: listNow, limit: 7, status: "published", q: "Bulk" });
    expect(ids).toEqual(expected);
  });

  it("filters by status as of `now`: a scheduled story counts as published once its time has passed", async () => {
    for (const when of [now, listNow, at(60 * 24 * 30)]) {
      const expected = await bruteForce(when);
      for (const status of ["draft", "scheduled", "published"] as const) {
        const page = await listStoriesForDesk(db, { status, now: when, limit: 1000 });
        expect(page.stories.map((s) => s.id), `${status} at ${when.toISOString()}`).toEqual(
          expected.filter((e) => e.status === status).map((e) => e.id),
        );
        expect(page.stories.every((s) => s.status === status)).toBe(true);
      }
    }
    const scheduledNow = await listStoriesForDesk(db, { status: "scheduled", now: listNow, limit: 1000 });
    expect(scheduledNow.stories.map((s) => s.slug)).toContain("bulk-2");
    const laterPublished = await listStoriesForDesk(db, { status: "published", now: at(60 * 24 * 30), limit: 1000 });
    expect(laterPublished.stories.map((s) => s.slug)).toContain("bulk-2");
    const laterScheduled = await listStoriesForDesk(db, { status: "scheduled", now: at(60 * 24 * 30), limit: 1000 });
    expect(laterScheduled.stories).toEqual([]);
  });

  it("filters by tag slug, whatever the tag's position on the story", async () => {
    const roboticsId = (await tagIdOf("robotics"))!;
    const withTag = new Set(
      (await db.select({ storyId: storyTags.storyId }).from(storyTags).where(eq(storyTags.tagId, roboticsId)).all()).map((r) => r.storyId),
    );
    expect(withTag.size).toBe(12);
    const page = await listStoriesForDesk(db, { tagSlug: "robotics", now: listNow, limit: 1000 });
    expect(page.stories.map((s) => s.id)).toEqual((await bruteForce(listNow)).filter((e) => withTag.has(e.id)).map((e) => e.id));
    for (const s of page.stories) expect(s.tags.map((t) => t.slug)).toContain("robotics");

    const combined = await listStoriesForDesk(db, { tagSlug: "robotics", status: "draft", now: listNow, limit: 1000 });
    expect(combined.stories.length).toBeGreaterThan(0);
    expect(combined.stories.every((s) => s.status === "draft" && s.tags.some((t) => t.slug === "robotics"))).toBe(true);

    expect(await listStoriesForDesk(db, { tagSlug: "no-such-tag", now: listNow })).toEqual({ stories: [], nextCursor: null });
  });

  it("filters by a title substring, matching % and _ (and \\) literally", async () => {
    const slugsFor = async (q: string) => (await listStoriesForDesk(db, { q, now: listNow, limit: 1000 })).stories.map((s) => s.slug);
    expect(await slugsFor("0%")).toEqual(["pct-hit"]);
    expect(await slugsFor("%")).toEqual(["pct-hit"]);
    expect(await slugsFor("e_c")).toEqual(["underscore-hit"]);
    expect(await slugsFor("_")).toEqual(["underscore-hit"]);
    expect(await slugsFor("k\\s")).toEqual(["backslash-hit"]);
    const ids = new Map([
      ["pct-miss", await storyIdOf("pct-miss")],
      ["pct-hit", await storyIdOf("pct-hit")],
    ]);
    expect(await slugsFor("accurate")).toEqual(["pct-miss", "pct-hit"].sort((a, b) => ids.get(b)! - ids.get(a)!));
    expect(await slugsFor("Bulk story 1")).toHaveLength(11);
    expect(await slugsFor("nothing like this")).toEqual([]);
  });

  it("moves a story to the top when it is edited", async () => {
    const id = await storyIdOf("bulk-59");
    const loaded = await load(id, listNow);
    await updateDeskStory(db, ada, id, updateInput(loaded, "save", { title: "Bulk story 59, edited" }), at(60 * 24 * 11));
    const page = await listStoriesForDesk(db, { now: at(60 * 24 * 11), limit: 3 });
    expect(page.stories[0]?.id).toBe(id);
    expect(page.stories[0]?.updatedAt).toEqual(at(60 * 24 * 11));
  });
});

// ---- query plans ---------------------------------------------------------------------

describe("query plans", () => {
  async function plansOf(run: (db: AppDatabase) => Promise<unknown>) {
    const queries: { sql: string; params: unknown[] }[] = [];
    const traced = openDatabase(url, { logger: { logQuery: (sql, params) => queries.push({ sql, params }) } });
    try {
      await run(traced);
      // The statements the run sent (the EXPLAINs below are logged too).
      const sent = [...queries];
      const plans: { sql: string; plan: string }[] = [];
      for (const { sql, params } of sent) {
        const rows = await sqlAll<{ detail: string }>(traced, `EXPLAIN QUERY PLAN ${sql}`, ...params);
        plans.push({ sql, plan: rows.map((r) => r.detail).join("\n") });
      }
      return plans;
    } finally {
      await traced.$close();
    }
  }

  it("the unfiltered desk list walks stories_updated_at_id_idx without sorting, on later pages too", async () => {
    for (const before of [null, { at: at(60 * 24 * 10 - 590), id: 40 }]) {
      const plans = await plansOf((t) => listStoriesForDesk(t, { before, now: at(60 * 24 * 10) }));
      const list = plans.find((p) => p.sql.includes(`order by "stories"."updated_at" desc`));
      expect(list, plans.map((p) => p.sql).join("\n")).toBeDefined();
      expect(list!.plan, list!.sql).toContain("stories_updated_at_id_idx");
      for (const { sql, plan } of plans) expect(plan, sql).not.toContain("USE TEMP B-TREE FOR ORDER BY");
    }
  });

  it("a filtered desk list checks its filters on that same walk, without sorting", async () => {
    const filters = [{ status: "published" as const }, { status: "scheduled" as const }, { status: "draft" as const }, { q: "100%" }, { tagSlug: "robotics" }];
    for (const filter of filters) {
      const plans = await plansOf((t) => listStoriesForDesk(t, { ...filter, before: { at: at(60 * 24 * 10 - 590), id: 40 }, now: at(60 * 24 * 10) }));
      const list = plans.find((p) => p.sql.includes(`order by "stories"."updated_at" desc`));
      expect(list!.plan, JSON.stringify(filter)).toContain("stories_updated_at_id_idx");
      for (const { sql, plan } of plans) expect(plan, sql).not.toContain("TEMP B-TREE");
    }
  });
});

// ---- previews --------------------------------------------------------------------------

describe("story previews", () => {
  const previewInput = async () =>
    previewStorySchema.parse({
      ...fields("preview-me"),
      title: "Preview me",
      tagSlugs: ["research", "preview-only"],
      newTags: [{ slug: "preview-only", name: "Preview Only" }],
      sources: [{ url: "https://example.org/p", title: "P", kind: "preprint" }],
      storyId: await storyIdOf("a-draft"),
    });

  it("round-trips the form for the admin who made it, with tag names, and creates no tag", async () => {
    const input = await previewInput();
    const id = await savePreview(db, ada.id, input, now);
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const preview = await getPreview(db, id, ada.id, at(60));
    expect(preview).toEqual({
      input,
      tags: [
        { slug: "research", name: "Research" },
        { slug: "preview-only", name: "Preview Only" },
      ],
      createdAt: now,
    });
    expect(await tagIdOf("preview-only")).toBeUndefined();
    // Still there just before the day is up.
    expect(await getPreview(db, id, ada.id, new Date(now.getTime() + 24 * HOUR))).not.toBeNull();
  });

  it("is not readable by another admin, by an unknown id, or after a day", async () => {
    const id = await savePreview(db, ada.id, await previewInput(), now);
    expect(await getPreview(db, id, bob.id, at(1))).toBeNull();
    expect(await getPreview(db, "no-such-preview", ada.id, at(1))).toBeNull();
    expect(await getPreview(db, id, ada.id, new Date(now.getTime() + 25 * HOUR))).toBeNull();
  });

  it("is swept away by the next preview anyone makes after a day", async () => {
    const old = await savePreview(db, ada.id, await previewInput(), now);
    const fresh = await savePreview(db, bob.id, await previewInput(), new Date(now.getTime() + 25 * HOUR));
    const left = (await db.select({ id: storyPreviews.id }).from(storyPreviews).all()).map((r) => r.id);
    expect(left).not.toContain(old);
    expect(left).toEqual([fresh]);
  });
});

describe("deskStatus", () => {
  it("reads draft, scheduled and published against now", () => {
    expect(deskStatus({ status: "draft", publishedAt: at(-60) }, now)).toBe("draft");
    expect(deskStatus({ status: "published", publishedAt: null }, now)).toBe("draft");
    expect(deskStatus({ status: "scheduled", publishedAt: at(1) }, now)).toBe("scheduled");
    expect(deskStatus({ status: "scheduled", publishedAt: now }, now)).toBe("published");
    expect(deskStatus({ status: "published", publishedAt: at(-1) }, now)).toBe("published");
  });
});
