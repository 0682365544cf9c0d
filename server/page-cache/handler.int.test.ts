// Integration: the page cache handler against a real, migrated SQLite file, with
// revalidations written by the triggers of migration 0011 as every write does.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { AppDatabase } from "@/db/client";
import type PageCacheHandlerClass from "./handler.mjs";
import { pageCacheInvalidations } from "@/db/schema";
import { createTempDatabase } from "@/test/temp-db";
import { createStory, ensureTag } from "@/db/queries/story-writes";

type Handler = InstanceType<typeof PageCacheHandlerClass>;

let db: AppDatabase;
let cleanup: () => Promise<void>;
let handler: Handler;
let PageCacheHandler: typeof PageCacheHandlerClass;
let counter = 0;

const ROOT = "_N_T_/layout";
const page = (html: string, status = 200, tags = [ROOT, "_N_T_/stories/x"]) => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from("rsc"),
  headers: { "x-next-cache-tags": tags.join(",") },
  status,
});
const ctx = { kind: "APP_PAGE", cacheControl: { revalidate: 300, expire: 31536000 } };

function story(publishedAt: Date, status: "published" | "draft" = "published") {
  return createStory(db, {
    slug: `cache-${++counter}`,
    title: `Story ${counter}`,
    tldr: "A summary.",
    takeaways: ["One."],
    body: "Words.",
    tagSlugs: ["research"],
    author: "Writer",
    status,
    publishedAt,
    cover: null,
    sources: [],
  });
}

/** Renders happen after a get that misses: as Next does. */
async function render(key: string, html: string) {
  expect(await handler.get(key, ctx)).toBeNull();
  await handler.set(key, page(html), ctx);
}

beforeAll(async () => {
  let url: string;
  ({ db, cleanup, url } = await createTempDatabase());
  await ensureTag(db, { slug: "research", name: "Research" });
  process.env.DATABASE_URL = url;
  process.env.PAGE_CACHE_MB = String(16 / 1024); // 16 KiB: room for about a dozen small pages
  ({ default: PageCacheHandler } = await import("./handler.mjs"));
  handler = new PageCacheHandler({});
});
afterAll(async () => {
  vi.useRealTimers();
  await cleanup();
});

describe("the page cache", () => {
  it("keeps a page until a write to stories or tags revalidates it, and shares entries across handler instances", async () => {
    await new Promise((r) => setTimeout(r, 1100)); // past the commit slack of the seed's writes
    await render("/a", "first");
    expect((await handler.get("/a", ctx))?.value).toMatchObject({ html: "first" });
    // Next makes a handler per request; they share one cache.
    expect((await new PageCacheHandler({}).get("/a", ctx))?.value).toMatchObject({ html: "first" });

    await story(new Date(Date.now() - 60_000));
    expect(await handler.get("/a", ctx)).toBeNull();
  });

  it("does not revalidate for a draft", async () => {
    await new Promise((r) => setTimeout(r, 1100));
    await render("/b", "page");
    await story(new Date(), "draft");
    expect(await handler.get("/b", ctx)).not.toBeNull();
  });

  it("makes a scheduled story appear at its time, with no write then", async () => {
    const at = Date.now() + 60_000;
    await story(new Date(at));
    const rows = await db.select().from(pageCacheInvalidations).all();
    expect(rows.some((r) => r.tag === ROOT && r.at === at)).toBe(true);

    await new Promise((r) => setTimeout(r, 1100));
    await render("/c", "before");
    expect(await handler.get("/c", ctx)).not.toBeNull();
    vi.useFakeTimers({ now: at + 1, toFake: ["Date"] });
    expect(await handler.get("/c", ctx)).toBeNull();
    vi.useRealTimers();
  });

  it("counts a page as rendered when its render started, so a write during the render still revalidates it", async () => {
    await new Promise((r) => setTimeout(r, 1100));
    expect(await handler.get("/d", ctx)).toBeNull(); // the render starts
    await new Promise((r) => setTimeout(r, 1100));
    await story(new Date(Date.now() - 1000)); // a write while it renders, which is slow to finish
    await new Promise((r) => setTimeout(r, 1100));
    await handler.set("/d", page("rendered from data read before the write"), ctx);
    expect(await handler.get("/d", ctx)).toBeNull();
  });

  it("records revalidatePath and revalidateTag calls for every server to see", async () => {
    await new Promise((r) => setTimeout(r, 1100));
    await render("/e", "page");
    await render("/f", "other");
    await handler.revalidateTag("_N_T_/stories/x");
    expect(await handler.get("/e", ctx)).toBeNull();
    expect(await handler.get("/f", ctx)).toBeNull();
  });

  it("never keeps a 404", async () => {
    expect(await handler.get("/missing", ctx)).toBeNull();
    await handler.set("/missing", page("not found", 404), ctx);
    expect(await handler.get("/missing", ctx)).toBeNull();
  });

  it("lets the least recently used pages go past its size limit", async () => {
    await new Promise((r) => setTimeout(r, 1100));
    for (let i = 0; i < 10; i++) await render(`/lru-${i}`, "x".repeat(200));
    expect(await handler.get("/lru-0", ctx)).not.toBeNull(); // used again: now the most recent
    for (let i = 10; i < 20; i++) await render(`/lru-${i}`, "x".repeat(200));
    expect(await handler.get("/lru-1", ctx)).toBeNull(); // the oldest unused went first
    expect(await handler.get("/lru-0", ctx)).not.toBeNull();
    expect(await handler.get("/lru-19", ctx)).not.toBeNull();
  });
});
