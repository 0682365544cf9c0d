// Over 300 lines: one suite per behaviour of one index; splitting it would seed the same fixtures twice.
// Integration: full-text search on a real, migrated SQLite file: what it finds,
// how it ranks and pages, and that the FTS index follows every kind of write.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type AppDatabase } from "@/db/client";
import { stories } from "@/db/schema";
import { seedDemoContent } from "@/db/seed/demo";
import { createStorySchema, updateStorySchema } from "@/lib/schemas/story";
import { MARK_END, MARK_START, parseQuery } from "@/lib/search-query";
import { sqlAll, sqlGet } from "@/test/raw-sql";
import { createTempDatabase } from "@/test/temp-db";
import { getStoryForDesk } from "./admin-stories";
import { createDeskStory, deleteDeskStory, updateDeskStory } from "./admin-story-writes";
import { mergeTags, updateTag } from "./admin-tags";
import type { Actor } from "./audit";
import { searchStories } from "./search";
import { createStory, deriveMissingBodyText, ensureTag } from "./story-writes";
import { setRoleByEmail } from "./users";

const now = new Date("2026-06-01T12:00:00Z");
const HOUR = 3_600_000;
let db: AppDatabase;
let cleanup: () => Promise<void>;
let url: string;
let admin: Actor;
let counter = 0;

function story(overrides: Partial<Parameters<typeof createStory>[1]> = {}) {
  const slug = overrides.slug ?? `search-story-${++counter}`;
  return createStory(
    db,
    {
      slug,
      title: `Plain headline ${counter}`,
      tldr: "A short summary.",
      takeaways: ["One thing."],
      body: "## Heading\n\nSome ordinary words here.",
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

async function search(query: string, options: { page?: number; limit?: number } = {}) {
  const terms = parseQuery(query);
  if (terms.length === 0) throw new Error(`no terms in ${query}`);
  return searchStories(db, terms, { now, ...options });
}
const slugsFor = async (query: string) => (await search(query)).hits.map((h) => h.slug);

beforeAll(async () => {
  ({ db, cleanup, url } = await createTempDatabase());
  await seedDemoContent(db, new Date(now.getTime() - 24 * HOUR));
  await ensureTag(db, { slug: "research", name: "Research" });
  await ensureTag(db, { slug: "oceans", name: "Ocean Science" });
  const user = await setRoleByEmail(db, "desk@example.org", "admin");
  admin = { id: user.id, email: user.email };
});
afterAll(() => cleanup());

describe("what search finds", () => {
  it("finds a story by a word that is only in its body, with the word marked in a snippet", async () => {
    await story({
      slug: "body-word",
      body: "## Field notes\n\nVolunteers mapped every **zooxanthellae** colony along the reef in [a survey](https://example.org/ghostlyurlword).",
    });
    const { hits, total } = await search("zooxanthellae");
    expect(hits.map((h) => h.slug)).toEqual(["body-word"]);
    expect(total).toBe(1);
    expect(hits[0]!.snippet).toContain(`${MARK_START}zooxanthellae${MARK_END}`);
    // The snippet is prose: no Markdown syntax, and link targets are not indexed.
    expect(hits[0]!.snippet).not.toContain("**");
    expect(await slugsFor("ghostlyurlword")).toEqual([]);
  });

  it("finds a story by its tag, and says which tag matched", async () => {
    await story({ slug: "tagged-ocean", tagSlugs: ["oceans"] });
    const { hits } = await search("ocean science");
    expect(hits.map((h) => h.slug)).toContain("tagged-ocean");
    expect(hits.find((h) => h.slug === "tagged-ocean")!.matchedTags).toEqual([{ slug: "oceans", name: "Ocean Science" }]);
    // Stemmed and by prefix, like any word.
    expect(await slugsFor("oceans")).toContain("tagged-ocean");
    expect(await slugsFor("scien*")).toContain("tagged-ocean");
    // A tag's name, not its slug or the index's internal tokens.
    const oceans = (await sqlGet<{ id: number }>(db, "select id from tags where slug = 'oceans'"))!;
    expect(await slugsFor(`tag${oceans.id}`)).toEqual([]);
  });

  it("searches titles, TL;DRs and takeaways too", async () => {
    await story({ slug: "in-title", title: "Quetzalcoatlus flies again" });
    await story({ slug: "in-tldr", tldr: "A tale of the xylophagous beetle." });
    await story({ slug: "in-takeaway", takeaways: ["First.", "Second mentions photobioreactors."] });
    expect(await slugsFor("quetzalcoatlus")).toEqual(["in-title"]);
    expect(await slugsFor("xylophagous")).toEqual(["in-tldr"]);
    const [hit] = (await search("photobioreactors")).hits;
    expect(hit?.slug).toBe("in-takeaway");
    expect(hit?.snippet).toContain(`${MARK_START}photobioreactors${MARK_END}`);
  });

  it("supports quoted phrases, prefixes and stemming", async () => {
    await story({ slug: "phrase-yes", body: "The graphene membrane filters salt from water." });
    await story({ slug: "phrase-no", body: "Water is filtered. A membrane of graphene was tested later." });
    expect(await slugsFor('"graphene membrane"')).toEqual(["phrase-yes"]);
    expect((await slugsFor("graphene membrane")).sort()).toEqual(["phrase-no", "phrase-yes"]);
    await story({ slug: "prefix", body: "Exoskeletons helped the hikers." });
    expect(await slugsFor("exoskel*")).toEqual(["prefix"]);
    expect(await slugsFor("exoskeleton")).toEqual(["prefix"]);
  });

  it("completes a prefix whose ending the stemmer would rewrite", async () => {
    // Porter turns the prefix "kray" into "krai", which neither "krayfield" nor "krayolas" starts with.
    await story({ slug: "kray", title: "A krayfield for every krayola", body: "Nothing else." });
    expect(await slugsFor("krayf*")).toEqual(["kray"]);
    expect(await slugsFor("kray*")).toEqual(["kray"]);
    expect(await slugsFor("krayola*")).toEqual(["kray"]);
    // Diacritics and case are folded as the index folds them; the last word of a joined term is completed too.
    expect(await slugsFor("KRÁY*")).toEqual(["kray"]);
    expect(await slugsFor("every-kray*")).toEqual(["kray"]);
    const [hit] = (await search("kray*")).hits;
    expect(hit?.titleHighlighted).toBe(`A ${MARK_START}krayfield${MARK_END} for every ${MARK_START}krayola${MARK_END}`);
    // Tag names too.
    await ensureTag(db, { slug: "sprayworks", name: "Sprayworks" });
    await story({ slug: "tagged-spray", tagSlugs: ["sprayworks"] });
    expect(await slugsFor("spray*")).toEqual(["tagged-spray"]);
  });

  it("never shows drafts, scheduled stories or unpublished ones", async () => {
    await story({ slug: "hidden-draft", status: "draft", publishedAt: null, body: "Borborygmus appears here." });
    await story({ slug: "hidden-later", status: "scheduled", publishedAt: new Date(now.getTime() + HOUR), body: "Borborygmus again." });
    expect((await search("borborygmus")).hits).toEqual([]);
    expect((await search("borborygmus")).total).toBe(0);
  });

  it("answers every hostile query with plain-word results, never an error", async () => {
    const hostile = [
      '"unbalanced',
      "NEAR(",
      "a OR",
      "NOT",
      "AND AND",
      "title:",
      "^",
      "(",
      ")",
      "a\u0000b",
      "*",
      "x*y*z*",
      '" OR 1=1 --',
      "'; DROP TABLE stories; --",
      "x".repeat(3000),
      "ünïcödé 🤖 ﷽",
    ];
    for (const query of hostile) {
      await expect(searchStories(db, parseQuery(query), { now })).resolves.toBeDefined();
    }
  });
});

describe("ranking and pages", () => {
  it("ranks a title match above a body match, and the newer story first on a tie", async () => {
    await story({ slug: "rank-body", body: "Somewhere deep in here: pangolin.", publishedAt: new Date(now.getTime() - 2 * HOUR) });
    await story({ slug: "rank-title", title: "The pangolin comeback", publishedAt: new Date(now.getTime() - 5 * HOUR) });
    await story({ slug: "tie-old", title: "Axolotl count", body: "x", publishedAt: new Date(now.getTime() - 9 * HOUR) });
    await story({ slug: "tie-new", title: "Axolotl count", body: "x", publishedAt: new Date(now.getTime() - 3 * HOUR) });
    expect(await slugsFor("pangolin")).toEqual(["rank-title", "rank-body"]);
    expect(await slugsFor("axolotl")).toEqual(["tie-new", "tie-old"]);
  });

  it("pages through every match exactly once, however many share a rank", async () => {
    for (let i = 0; i < 23; i++) {
      await story({ slug: `paged-${i}`, title: "Narwhal tusk study", body: "x", publishedAt: new Date(now.getTime() - (i % 4) * HOUR) });
    }
    const seen: string[] = [];
    let page: number | null = 1;
    let pages = 0;
    while (page && pages < 20) {
      const result = await search("narwhal", { page, limit: 5 });
      expect(result.total).toBe(23);
      seen.push(...result.hits.map((h) => h.slug));
      page = result.nextPage;
      pages++;
    }
    expect(pages).toBe(5);
    expect(new Set(seen).size).toBe(23);
    expect(seen).toHaveLength(23);
    expect((await search("narwhal", { page: 6, limit: 5 })).hits).toEqual([]);
  });

  it("ranks only the newest candidates of a query that matches more than the bound, and still counts them all", async () => {
    const ids: number[] = [];
    for (let i = 0; i < 5; i++) ids.push((await story({ slug: `bounded-${i}`, title: `Ibex ${"ibex ".repeat(i)}` })).id);
    const page = await searchStories(db, parseQuery("ibex"), { now, candidates: 3 });
    expect(page.total).toBe(5);
    // The three written last, best match first (more mentions of the word rank higher).
    expect(page.hits.map((h) => h.id)).toEqual([ids[4], ids[3], ids[2]]);
  });

  it("checks visibility through the covering index, not the wide story rows", async () => {
    const plan = await sqlAll<{ detail: string }>(
      db,
      "explain query plan select 1 from story_search join stories indexed by stories_visibility_idx on stories.id = story_search.rowid where story_search match 'x'",
    );
    expect(plan.map((p) => p.detail).join("\n")).toMatch(/COVERING INDEX stories_visibility_idx/);
  });
});

describe("the index follows every write", () => {
  it("follows the desk's edits, unpublishing and deletes", async () => {
    const created = await createDeskStory(
      db,
      admin,
      createStorySchema.parse({
        title: "Okapi sighting",
        slug: "desk-okapi",
        tagSlugs: ["research"],
        tldr: "A short summary.",
        takeaways: ["One."],
        body: "Words about the forest.",
        author: "Desk",
        intent: "publish",
      }),
      now,
    );
    expect(await slugsFor("okapi")).toEqual(["desk-okapi"]);

    const loaded = (await getStoryForDesk(db, created.id, now))!;
    const edited = await updateDeskStory(
      db,
      admin,
      created.id,
      updateStorySchema.parse({
        ...loaded,
        tagSlugs: loaded.tags.map((t) => t.slug),
        intent: "save",
        title: "Tapir sighting",
        body: "Words about the savanna.",
      }),
      now,
    );
    expect(await slugsFor("okapi")).toEqual([]);
    expect(await slugsFor("tapir")).toEqual(["desk-okapi"]);
    expect(await slugsFor("savanna")).toEqual(["desk-okapi"]);
    expect(await slugsFor("forest")).not.toContain("desk-okapi");

    const reloaded = (await getStoryForDesk(db, created.id, now))!;
    await updateDeskStory(
      db,
      admin,
      created.id,
      updateStorySchema.parse({ ...reloaded, tagSlugs: reloaded.tags.map((t) => t.slug), intent: "unpublish" }),
      now,
    );
    expect(await slugsFor("tapir")).toEqual([]);

    await deleteDeskStory(db, admin, created.id, edited.version + 1, now);
    const rows = await sqlGet<{ n: number }>(db, "select count(*) as n from story_search where rowid = ?", created.id);
    expect(rows!.n).toBe(0);
  });

  it("follows tag renames and merges", async () => {
    await ensureTag(db, { slug: "quasars", name: "Quasars" });
    await ensureTag(db, { slug: "astronomy", name: "Astronomy" });
    await story({ slug: "tag-moves", tagSlugs: ["quasars"] });
    expect(await slugsFor("quasars")).toEqual(["tag-moves"]);

    await updateTag(db, admin, "quasars", { name: "Blazars", description: "" }, now);
    expect(await slugsFor("quasars")).toEqual([]);
    expect(await slugsFor("blazars")).toEqual(["tag-moves"]);

    await mergeTags(db, admin, "quasars", "astronomy", now);
    expect(await slugsFor("blazars")).toEqual([]);
    expect(await slugsFor("astronomy")).toContain("tag-moves");
  });

  it("derives plain text for stories written before body_text existed", async () => {
    const { id } = await story({ slug: "old-row", body: "An old **wombat** story with [a link](https://example.org/ancientlinkword)." });
    // As a row from before the column: the trigger indexes the Markdown meanwhile.
    await db.update(stories).set({ bodyText: "" }).where(eq(stories.id, id)).run();
    expect(await slugsFor("ancientlinkword")).toEqual(["old-row"]);
    expect(await deriveMissingBodyText(db)).toBe(1);
    expect(await slugsFor("ancientlinkword")).toEqual([]);
    expect((await search("wombat")).hits[0]?.snippet).toBe(`An old ${MARK_START}wombat${MARK_END} story with a link.`);
    expect(await deriveMissingBodyText(db)).toBe(0);
    // Each start runs this: the statement it sends walks the partial index, not the (wide) story rows.
    const statements: string[] = [];
    const logged = openDatabase(url, { logger: { logQuery: (query) => statements.push(query) } });
    try {
      await deriveMissingBodyText(logged);
    } finally {
      await logged.$close();
    }
    const plan = await sqlAll<{ detail: string }>(db, `explain query plan ${statements[0]!.replaceAll("?", "0")}`);
    expect(plan.map((p) => p.detail).join("\n")).toMatch(/USING INDEX stories_missing_body_text_idx/);
  });
});
