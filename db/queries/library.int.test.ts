// Integration: bookmarks, follows and the Following feed on a real SQLite file.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type AppDatabase } from "@/db/client";
import { seedDemoContent } from "@/db/seed/demo";
import { stories, users } from "@/db/schema";
import { sqlAll, sqlGet } from "@/test/raw-sql";
import { createTempDatabase } from "@/test/temp-db";
import { listSavedStories, savedStoryIds, saveStory, unsaveStory } from "./bookmarks";
import { countFollowers, followTag, listFollowedTags, listFollowingFeed, listPopularTags, unfollowTag } from "./follows";
import { createStory } from "./story-writes";
import { getTagBySlug } from "./tags";
import { setRoleByEmail } from "./users";

const now = new Date("2026-06-01T12:00:00Z");
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
let db: AppDatabase;
let url: string;
let cleanup: () => Promise<void>;
let ada: string;
let bob: string;
let draftId: number;

const allPublicIds = async () =>
  (
    await sqlAll<{ id: number }>(db, "select id from stories where status <> 'draft' and published_at <= ? order by published_at desc, id desc", now.getTime())
  ).map((r) => r.id);

beforeAll(async () => {
  ({ db, url, cleanup } = await createTempDatabase());
  await seedDemoContent(db, now);
  ada = (await setRoleByEmail(db, "ada@example.org", "reader")).id;
  bob = (await setRoleByEmail(db, "bob@example.org", "reader")).id;
  draftId = (
    await createStory(db, {
    slug: "a-draft",
    title: "Draft",
    tldr: "t",
    takeaways: ["t"],
    body: "b",
    tagSlugs: ["health"],
    author: "A",
    status: "draft",
    publishedAt: null,
    cover: null,
    sources: [],
    })
  ).id;
});
afterAll(() => cleanup());

describe("bookmarks", () => {
  it("saving twice leaves one bookmark with the first save time", async () => {
    const id = (await allPublicIds())[0]!;
    const first = await saveStory(db, ada, id, at(1));
    const second = await saveStory(db, ada, id, at(2));
    expect(second).toEqual(first);
    expect((await listSavedStories(db, ada, { now })).items.map((i) => i.story.id)).toEqual([id]);
  });

  it("refuses unknown and unpublished stories with 404", async () => {
    await expect(saveStory(db, ada, 999_999, now)).rejects.toMatchObject({ status: 404 });
    await expect(saveStory(db, ada, draftId, now)).rejects.toMatchObject({ status: 404 });
    await expect(unsaveStory(db, ada, 999_999)).rejects.toMatchObject({ status: 404 });
  });

  it("removing one that is not saved succeeds", async () => {
    await expect(unsaveStory(db, ada, (await allPublicIds())[5]!)).resolves.toBeUndefined();
  });

  it("lists newest saved first, page after page, each once", async () => {
    const ids = (await allPublicIds()).slice(0, 20);
    // Saved in a shuffled order, two of them at the very same moment.
    for (const [i, id] of ids.entries()) await saveStory(db, bob, id, at(10 + ((i * 7) % 20) - (i === 3 ? 1 : 0)));
    const expected = (
      await sqlAll<{ story_id: number }>(db, "select story_id from bookmarks where user_id = ? order by saved_at desc, story_id desc", bob)
    ).map((r) => r.story_id);
    const seen: number[] = [];
    let before = null;
    do {
      const page: Awaited<ReturnType<typeof listSavedStories>> = await listSavedStories(db, bob, { before, limit: 6, now });
      seen.push(...page.items.map((i) => i.story.id));
      before = page.nextCursor;
    } while (before);
    expect(seen).toEqual(expected);
  });

  it("filters by tag", async () => {
    const health = (await getTagBySlug(db, "health"))!;
    const items = (await listSavedStories(db, bob, { tagId: health.id, now })).items;
    expect(items.length).toBeGreaterThan(0);
    for (const { story } of items) expect(story.tags.map((t) => t.slug)).toContain("health");
  });

  it("drops a story unpublished after it was saved, without breaking the list", async () => {
    const id = (await allPublicIds())[0]!;
    await saveStory(db, ada, id, at(30));
    await db.update(stories).set({ status: "draft" }).where(eq(stories.id, id)).run();
    const items = (await listSavedStories(db, ada, { now })).items;
    expect(items.map((i) => i.story.id)).not.toContain(id);
    await db.update(stories).set({ status: "published" }).where(eq(stories.id, id)).run();
  });
});

describe("follows and the Following feed", () => {
  it("following twice leaves one follow; unfollowing twice succeeds; unknown tags are 404", async () => {
    await followTag(db, ada, "climate", at(1));
    await followTag(db, ada, "climate", at(2));
    expect(await listFollowedTags(db, ada)).toEqual([{ slug: "climate", name: "Climate", since: at(1) }]);
    await expect(followTag(db, ada, "no-such-tag")).rejects.toMatchObject({ status: 404 });
    await unfollowTag(db, ada, "climate");
    await unfollowTag(db, ada, "climate");
    expect(await listFollowedTags(db, ada)).toEqual([]);
  });

  it("shows each story of the followed tags once, newest first, across pages", async () => {
    await followTag(db, ada, "climate");
    await followTag(db, ada, "science");
    const expected = (
      await sqlAll<{ id: number }>(
        db,
        `select distinct s.id from stories s join story_tags st on st.story_id = s.id join tags t on t.id = st.tag_id
         where t.slug in ('climate', 'science') and s.status <> 'draft' and s.published_at <= ?
         order by s.published_at desc, s.id desc`,
        now.getTime(),
      )
    ).map((r) => r.id);
    expect(expected.length).toBeGreaterThan(5);
    const seen: number[] = [];
    let before = null;
    do {
      const page: Awaited<ReturnType<typeof listFollowingFeed>> = await listFollowingFeed(db, ada, { before, limit: 4, now });
      seen.push(...page.stories.map((s) => s.id));
      before = page.nextCursor;
    } while (before);
    expect(seen).toEqual(expected);
  });

  it("counts followers and suggests the most followed tags", async () => {
    await followTag(db, bob, "climate");
    const climate = (await getTagBySlug(db, "climate"))!;
    expect(await countFollowers(db, climate.id)).toBe(2);
    expect((await listPopularTags(db, 3))[0]).toMatchObject({ slug: "climate", followers: 2 });
  });
});

describe("two readers", () => {
  it("never see each other's bookmarks or follows", async () => {
    const adaSaved = new Set((await listSavedStories(db, ada, { now, limit: 100 })).items.map((i) => i.story.id));
    const bobSaved = new Set((await listSavedStories(db, bob, { now, limit: 100 })).items.map((i) => i.story.id));
    const onlyBob = [...bobSaved].filter((id) => !adaSaved.has(id));
    expect(onlyBob.length).toBeGreaterThan(0);
    expect([...(await savedStoryIds(db, ada, onlyBob))]).toEqual([]);
    // Ada removing a story only Bob saved leaves Bob's bookmark alone.
    await unsaveStory(db, ada, onlyBob[0]!);
    expect((await savedStoryIds(db, bob, [onlyBob[0]!])).size).toBe(1);
    expect((await listFollowedTags(db, bob)).map((t) => t.slug)).toEqual(["climate"]);
    expect((await listFollowedTags(db, ada)).map((t) => t.slug)).toEqual(["climate", "science"]);
  });

  it("deleting a reader deletes their bookmarks and follows", async () => {
    const carol = (await setRoleByEmail(db, "carol@example.org", "reader")).id;
    await saveStory(db, carol, (await allPublicIds())[0]!, now);
    await followTag(db, carol, "health");
    await db.delete(users).where(eq(users.id, carol)).run();
    const left = await sqlGet<{ n: number }>(
      db,
      "select (select count(*) from bookmarks where user_id = ?) + (select count(*) from tag_follows where user_id = ?) n",
      carol,
      carol,
    );
    expect(left!.n).toBe(0);
  });
});

describe("query plans", () => {
  async function plansOf(run: (db: AppDatabase) => Promise<unknown>) {
    const queries: { sql: string; params: unknown[] }[] = [];
    const traced = openDatabase(url, { logger: { logQuery: (sql, params) => queries.push({ sql, params }) } });
    try {
      await run(traced);
    } finally {
      await traced.$close();
    }
    const plans: { sql: string; plan: string }[] = [];
    for (const { sql, params } of queries) {
      const rows = await sqlAll<{ detail: string }>(db, `EXPLAIN QUERY PLAN ${sql}`, ...params);
      plans.push({ sql, plan: rows.map((r) => r.detail).join("\n") });
    }
    return plans;
  }

  it("a page of saved stories walks bookmarks_user_saved_idx without sorting, at any depth", async () => {
    const plans = await plansOf((t) => listSavedStories(t, bob, { before: { at: at(20), id: 5 }, now }));
    expect(plans[0]!.plan).toContain("bookmarks_user_saved_idx");
    for (const { sql, plan } of plans) expect(plan, sql).not.toContain("TEMP B-TREE");
  });

  it("the Following feed walks story_tags_tag_published_idx per tag without sorting", async () => {
    const plans = await plansOf((t) => listFollowingFeed(t, ada, { before: { at: at(-1000), id: 3 }, now }));
    const perTag = plans.filter((p) => p.sql.includes(`"story_tags"."tag_id" = ?`));
    expect(perTag.length).toBe(2);
    for (const { plan } of perTag) expect(plan).toContain("story_tags_tag_published_idx");
    for (const { sql, plan } of plans) expect(plan, sql).not.toContain("TEMP B-TREE");
  });
});
