// Integration: the public story queries on a real, migrated SQLite file.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type AppDatabase } from "@/db/client";
import { seedDemoContent } from "@/db/seed/demo";
import { createTempDatabase } from "@/test/temp-db";
import { createStory, ensureTag } from "./story-writes";
import {
  getPublishedStoryBySlug,
  listPublishedStories,
  listPublishedStoriesByTag,
  listRelatedStories,
  listSitemapStories,
} from "./stories";
import { getTagBySlug, listTagsWithCounts } from "./tags";

const now = new Date("2026-06-01T12:00:00Z");
const HOUR = 3_600_000;
let db: AppDatabase;
let cleanup: () => Promise<void>;
let url: string;

function story(slug: string, overrides: Partial<Parameters<typeof createStory>[1]> = {}) {
  return createStory(
    db,
    {
      slug,
      title: `Story ${slug}`,
      tldr: "A short summary.",
      takeaways: ["One thing."],
      body: "## Heading\n\nSome words here.\n\n- a\n- b",
      tagSlugs: ["research"],
      author: "Test Writer",
      status: "published",
      publishedAt: new Date(now.getTime() - HOUR),
      cover: null,
      sources: [],
      ...overrides,
    },
    now,
  );
}

beforeAll(async () => {
  ({ db, cleanup, url } = await createTempDatabase());
  await seedDemoContent(db, now);
  // Hidden from readers: a draft, a story scheduled for later, and an unpublished one.
  await story("a-draft", { status: "draft", publishedAt: null });
  await story("scheduled-later", { status: "scheduled", publishedAt: new Date(now.getTime() + HOUR) });
  await story("unpublished-again", { status: "draft", publishedAt: new Date(now.getTime() - 2 * HOUR) });
  // Five stories sharing one timestamp: pagination must neither skip nor repeat them.
  for (let i = 0; i < 5; i++) await story(`same-time-${i}`, { publishedAt: new Date(now.getTime() - 30 * 24 * HOUR) });
});
afterAll(() => cleanup());

async function walk(fetchPage: (before: Awaited<ReturnType<typeof listPublishedStories>>["nextCursor"]) => ReturnType<typeof listPublishedStories>) {
  const slugs: string[] = [];
  let before = null;
  for (let pages = 0; pages < 100; pages++) {
    const page = await fetchPage(before);
    slugs.push(...page.stories.map((s) => s.slug));
    if (!page.nextCursor) return slugs;
    before = page.nextCursor;
  }
  throw new Error("pagination never ended");
}

describe("the public feed", () => {
  it("lists public stories newest first, 20 a page, with every card field", async () => {
    const page = await listPublishedStories(db, { now });
    expect(page.stories).toHaveLength(20);
    expect(page.nextCursor).not.toBeNull();
    const times = page.stories.map((s) => s.publishedAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const first = page.stories[0]!;
    expect(first.primaryTag.slug).toBeTruthy();
    expect(first.tags[0]).toEqual(first.primaryTag);
    expect(first.readingMinutes).toBeGreaterThanOrEqual(1);
  });

  it("walks every public story exactly once across pages, ties included", async () => {
    const slugs = await walk((before) => listPublishedStories(db, { before, limit: 7, now }));
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).toHaveLength(24 + 5);
    expect(slugs.filter((s) => s.startsWith("same-time-"))).toHaveLength(5);
  });

  it("never shows drafts, scheduled or unpublished stories", async () => {
    const slugs = await walk((before) => listPublishedStories(db, { before, now }));
    for (const hidden of ["a-draft", "scheduled-later", "unpublished-again"]) {
      expect(slugs).not.toContain(hidden);
      expect(await getPublishedStoryBySlug(db, hidden, now)).toBeNull();
    }
  });

  it("shows a scheduled story by itself once its time has come", async () => {
    const later = new Date(now.getTime() + 2 * HOUR);
    expect(await getPublishedStoryBySlug(db, "scheduled-later", later)).not.toBeNull();
    const page = await listPublishedStories(db, { now: later });
    expect(page.stories[0]!.slug).toBe("scheduled-later");
  });
});

describe("a story", () => {
  it("loads with its takeaways, body, tags and sources", async () => {
    const s = await getPublishedStoryBySlug(db, "ai-screening-brings-diabetic-eye-checks-to-rural-clinics", now);
    expect(s).not.toBeNull();
    expect(s!.takeaways.length).toBeGreaterThanOrEqual(3);
    expect(s!.body).toContain("## ");
    expect(s!.sources.length).toBeGreaterThan(0);
    expect(s!.tags.map((t) => t.slug)).toEqual(["health", "research"]);
  });

  it("has three related stories that share a tag", async () => {
    const s = (await getPublishedStoryBySlug(db, "ai-screening-brings-diabetic-eye-checks-to-rural-clinics", now))!;
    const related = await listRelatedStories(db, s, { now });
    expect(related).toHaveLength(3);
    const mine = new Set(s.tags.map((t) => t.slug));
    for (const r of related) {
      expect(r.id).not.toBe(s.id);
      expect(r.tags.some((t) => mine.has(t.slug))).toBe(true);
    }
  });

  it("is unknown for a missing slug", async () => {
    expect(await getPublishedStoryBySlug(db, "no-such-story", now)).toBeNull();
  });
});

describe("tags", () => {
  it("pages a tag's stories newest first without repeats", async () => {
    const research = (await getTagBySlug(db, "research"))!;
    const slugs = await walk((before) => listPublishedStoriesByTag(db, research.id, { before, limit: 3, now }));
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).not.toContain("a-draft");
    const counts = await listTagsWithCounts(db, now);
    expect(counts.find((t) => t.slug === "research")!.storyCount).toBe(slugs.length);
  });

  it("counts only public stories", async () => {
    const counts = await listTagsWithCounts(db, now);
    expect(counts).toHaveLength(8);
    const total = counts.reduce((n, t) => n + t.storyCount, 0);
    expect(total).toBeGreaterThanOrEqual(29);
  });

  it("lists only public stories in the sitemap", async () => {
    const entries = await listSitemapStories(db, now);
    expect(entries).toHaveLength(29);
  });
});

describe("writes", () => {
  it("refuses a duplicate slug with a 409 and writes nothing", async () => {
    await expect(story("a-draft")).rejects.toThrowError(expect.objectContaining({ status: 409 }));
  });

  it("refuses an unknown tag and leaves no half-written story", async () => {
    await expect(story("orphan", { tagSlugs: ["research", "no-such-tag"] })).rejects.toThrowError(
      expect.objectContaining({ status: 404 }),
    );
    const orphan = await db.get<{ n: number }>(sql`select count(*) n from stories where slug = 'orphan'`);
    expect(orphan.n).toBe(0);
  });

  it("keeps the tag link's publish time in step with the story", async () => {
    const rows = await db.get<{ n: number }>(
      sql`select count(*) n from story_tags st join stories s on s.id = st.story_id where st.published_at is not s.published_at`,
    );
    expect(rows.n).toBe(0);
  });

  it("creates a tag once however often it is ensured", async () => {
    const a = await ensureTag(db, { slug: "robotics", name: "Robotics" });
    const b = await ensureTag(db, { slug: "robotics", name: "Robotics again" });
    expect(a).toBe(b);
  });
});

describe("query plans: page cost does not grow with the archive", () => {
  // SQLite's plan shows whether a list walks an index in order (cost ∝ page size)
  // or sorts every matching row first ("USE TEMP B-TREE FOR ORDER BY"). The
  // statements are the ones Drizzle really sends, captured by its logger.
  async function plansOf(run: (db: AppDatabase) => Promise<unknown>) {
    const queries: { sql: string; params: unknown[] }[] = [];
    const traced = openDatabase(url, { logger: { logQuery: (text, params) => queries.push({ sql: text, params }) } });
    try {
      await run(traced);
    } finally {
      await traced.$close();
    }
    const plans: { sql: string; plan: string }[] = [];
    for (const { sql: text, params } of queries) {
      const rows = await db.all<{ detail: string }>(explainQueryPlan(text, params));
      plans.push({ sql: text, plan: rows.map((r) => r.detail).join("\n") });
    }
    return plans;
  }

  /** EXPLAIN QUERY PLAN for a statement as drizzle sent it, `?` placeholders and all. */
  function explainQueryPlan(text: string, params: unknown[]) {
    const parts = text.split("?");
    if (parts.length !== params.length + 1) throw new Error(`cannot place ${params.length} parameters in: ${text}`);
    return sql.join([sql.raw(`EXPLAIN QUERY PLAN ${parts[0]}`), ...parts.slice(1).map((part, i) => sql`${params[i]}${sql.raw(part)}`)]);
  }

  function expectNoSort(plans: { sql: string; plan: string }[]) {
    for (const { sql, plan } of plans) expect(plan, sql).not.toMatch(/TEMP B-TREE|SCAN stories\b(?! USING)/);
  }

  it("the feed walks stories_published_at_id_idx without sorting, on later pages too", async () => {
    const before = { at: new Date(now.getTime() - 100 * HOUR), id: 10 };
    const plans = await plansOf((t) => listPublishedStories(t, { before, now }));
    expect(plans[0]!.plan).toContain("stories_published_at_id_idx");
    expectNoSort(plans);
  });

  it("a tag page walks story_tags_tag_published_idx without sorting", async () => {
    const research = (await getTagBySlug(db, "research"))!;
    const before = { at: new Date(now.getTime() - 100 * HOUR), id: 10 };
    const plans = await plansOf((t) => listPublishedStoriesByTag(t, research.id, { before, now }));
    expect(plans[0]!.plan).toContain("story_tags_tag_published_idx");
    expectNoSort(plans);
  });

  it("a story and its related stories are found through indexes", async () => {
    const plans = await plansOf(async (t) => {
      const s = await getPublishedStoryBySlug(t, "ai-screening-brings-diabetic-eye-checks-to-rural-clinics", now);
      await listRelatedStories(t, s!, { now });
    });
    expect(plans[0]!.plan).toContain("stories_slug_unique");
    expectNoSort(plans);
  });
});
