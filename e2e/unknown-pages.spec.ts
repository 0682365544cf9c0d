// Addresses that name nothing: made-up feed cursors, unknown stories and
// topics. Each is a 404 that is never cached, so a crawler inventing them
// cannot push real pages out of the cache; the server answers them itself
// (server/unknown-pages.mjs) with the page Next would render, and the
// moment the thing exists, its page is there.
import type { APIRequestContext } from "@playwright/test";
import { createTag } from "@/db/queries/admin-tags";
import { PAGE_SIZE } from "@/db/queries/stories";
import { setRoleByEmail } from "@/db/queries/users";
import { expect, test } from "./fixtures";

async function expectCacheHit(request: APIRequestContext, path: string) {
  await expect
    .poll(async () => (await request.get(path)).headers()["x-nextjs-cache"], { timeout: 30_000, intervals: [250] })
    .toBe("HIT");
}

/** The href of the "Older stories" link on `path`. */
async function olderLink(request: APIRequestContext, path: string): Promise<string> {
  const html = await (await request.get(path)).text();
  const href = /href="([^"]*\?before=[^"]+)"/.exec(html)?.[1];
  expect(href, `an older-stories link on ${path}`).toBeTruthy();
  return href!.replaceAll("&amp;", "&");
}

test.describe("addresses that name nothing", () => {
  test.describe.configure({ timeout: 90_000 });

  test("made-up feed cursors are 404s that are never cached, and real older pages keep working", async ({ request, db, makeStory }) => {
    const real = await olderLink(request, "/");
    const cursor = real.split("=")[1]!;
    expect((await request.get(real)).status()).toBe(200);
    // Served from the cache, by the server itself, under its route's address.
    await expectCacheHit(request, `/older/${cursor}`);
    // A topic of its own with more than a page of stories.
    const admin = await setRoleByEmail(db, `cursor-admin-${Date.now().toString(36)}@example.com`, "admin");
    const topic = await createTag(db, admin, { slug: `paged-${Date.now().toString(36)}`, name: "Paged topic", description: "" });
    for (let i = 0; i <= PAGE_SIZE; i++) await makeStory({ tagSlugs: [topic.slug], publishedAt: new Date(Date.now() - 2 * 365 * 86_400_000 + i * 60_000) });
    const tagReal = await olderLink(request, `/tags/${topic.slug}`);
    expect((await request.get(tagReal)).status()).toBe(200);

    const [at, id] = cursor.split("-") as [string, string];
    const madeUp = [
      // Positions no story has, written as the feed writes them.
      ...Array.from({ length: 30 }, (_, i) => `${(parseInt(at, 36) - 1000 * (i + 1)).toString(36)}-${id}`),
      `${at}-${(parseInt(id, 36) + 100_000).toString(36)}`,
      // The real position, spelt another way.
      `0${cursor}`,
      `${at}-0${id}`,
      // Not cursors at all.
      "hello",
      "..",
      "%00",
      "z".repeat(500),
    ];
    for (const value of madeUp) {
      const query = encodeURIComponent(value);
      // (A dot segment in a path is resolved by the client before it is sent.)
      const paths = [`/?before=${query}`, `/tags/${topic.slug}?before=${query}`, ...(/^[\w-]+$/.test(value) ? [`/older/${value}`, `/tags/${topic.slug}/older/${value}`] : [])];
      for (const path of paths) {
        for (let attempt = 0; attempt < 2; attempt++) {
          const response = await request.get(path);
          expect(response.status(), path.slice(0, 80)).toBe(404);
          expect(response.headers()["x-nextjs-cache"], path.slice(0, 80)).not.toBe("HIT");
        }
      }
    }
    // The feed's cursor is not this topic's, nor a topic's that does not exist.
    expect((await request.get(`/tags/${topic.slug}?before=${cursor}`)).status()).toBe(404);
    expect((await request.get(`/tags/no-such-topic?before=${cursor}`)).status()).toBe(404);

    // The real pages are still there, and cached (other tests' writes may have revalidated them meanwhile).
    await expectCacheHit(request, `/older/${cursor}`);
    const again = await request.get(real);
    expect(again.status()).toBe(200);
    expect(await again.text()).toContain("Older stories");
    expect((await request.get(tagReal)).status()).toBe(200);
    // An empty cursor is no cursor: the first page.
    expect((await request.get("/?before=")).status()).toBe(200);
  });

  test("an unknown story or topic is a 404 until the moment it exists", async ({ request, db, makeStory }) => {
    const slug = `e2e-later-${Date.now().toString(36)}`;
    for (let i = 0; i < 3; i++) expect((await request.get(`/stories/${slug}`)).status()).toBe(404);
    await makeStory({ slug, title: "End-to-end story that was a 404 a moment ago" });
    const story = await request.get(`/stories/${slug}`);
    expect(story.status()).toBe(200);
    expect(await story.text()).toContain("End-to-end story that was a 404 a moment ago");

    const topic = `later-${Date.now().toString(36)}`;
    for (let i = 0; i < 3; i++) expect((await request.get(`/tags/${topic}`)).status()).toBe(404);
    const admin = await setRoleByEmail(db, `unknown-pages-admin-${Date.now().toString(36)}@example.com`, "admin");
    await createTag(db, admin, { slug: topic, name: "Later topic", description: "" });
    expect((await request.get(`/tags/${topic}`)).status()).toBe(200);
  });

  test("the 404 page the server answers itself is the not-found page, and works in the browser", async ({ page, request }) => {
    const slug = `no-such-story-${Date.now().toString(36)}`;
    const path = `/stories/${slug}`;
    // The first unknown story goes to Next while the server keeps a copy; later ones come from it.
    await expect
      .poll(async () => {
        const response = await request.get(path);
        return response.status() === 404 && response.headers()["x-nextjs-cache"] === undefined;
      }, { timeout: 30_000, intervals: [250] })
      .toBe(true);
    const response = await request.get(path);
    expect(response.headers()["cache-control"]).toContain("no-store");
    expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    // Next sends this 404 as a shell the browser renders from the page's React payload.
    const html = await response.text();
    expect(html).toContain("We couldn’t find that page");
    expect(html).toContain(`\\"k\\":\\"${slug}\\"`);
    expect(html).not.toMatch(/t[0-9a-f]{24}/);

    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error" && !/status of 404/.test(message.text())) errors.push(message.text());
    });
    expect((await page.goto(path))!.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "We couldn’t find that page" })).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toHaveAttribute(
      "href",
      `/signin?callbackUrl=%2Fstories%2F${slug}`,
    );
    // Hydrated: Next's router takes the reader on without a full load.
    await page.getByRole("link", { name: "Read the latest stories" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("article").first()).toBeVisible();
    expect(errors).toEqual([]);
  });
});
