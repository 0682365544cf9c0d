// Public pages come from Next's cache and are the same for everyone: nothing
// personal is in their HTML, the reader's own state arrives from /api/me, and
// a write to stories shows at once (a scheduled one at its time).
import type { APIRequestContext } from "@playwright/test";
import { createTag } from "@/db/queries/admin-tags";
import { setRoleByEmail } from "@/db/queries/users";
import { expect, test } from "./fixtures";

/**
 * Asks for `path` until the cache answers it. Other tests write stories all the
 * time, and every write revalidates the whole public site, so the first answer
 * after one is rendered afresh.
 */
async function expectCacheHit(request: APIRequestContext, path: string) {
  await expect
    .poll(async () => (await request.get(path)).headers()["x-nextjs-cache"], { timeout: 30_000, intervals: [250] })
    .toBe("HIT");
}

test.describe("the page cache", () => {
  // Waiting for a cache hit between other tests' writes, and for a scheduled time, takes a while.
  test.describe.configure({ timeout: 90_000 });

  test("serves a story page from the cache with nothing of the reader in it, and each reader sees their own state", async ({
    page,
    browser,
    request,
    signInAs,
    makeStory,
  }) => {
    const { id, slug } = await makeStory({ title: "End-to-end cached story about tidal energy" });
    const path = `/stories/${slug}`;
    await expectCacheHit(request, path);

    // Reader A saves it and follows its topic: their page shows both, and their menu.
    const a = await signInAs();
    expect((await page.request.put(`/api/bookmarks/${id}`)).ok()).toBe(true);
    expect((await page.request.put("/api/follows/research")).ok()).toBe(true);
    await page.goto(path);
    await expect(page.getByRole("button", { name: "Save “End-to-end cached story about tidal energy”" })).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByRole("button", { name: "Follow Research" })).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByRole("banner").getByText(`Account menu for ${a.email}`)).toBeAttached();

    // The HTML itself is the same for A and for anyone: signed out, with no trace of A.
    const asA = await page.request.get(path);
    const asAnyone = await request.get(path);
    for (const response of [asA, asAnyone]) {
      const html = await response.text();
      expect(html).not.toContain(a.email);
      expect(html).toContain("Save “End-to-end cached story about tidal energy” (sign in first)");
      expect(html).not.toContain('aria-pressed="true"');
      expect(response.headers()["set-cookie"]).toBeUndefined();
    }

    // Reader B, in a browser of their own, sees their state, not A's.
    const other = await browser.newContext();
    try {
      const otherPage = await other.newPage();
      const b = await signInAs("reader", other);
      await otherPage.goto(path);
      await expect(otherPage.getByRole("banner").getByText(`Account menu for ${b.email}`)).toBeAttached();
      await expect(otherPage.getByRole("button", { name: "Save “End-to-end cached story about tidal energy”" })).toHaveAttribute(
        "aria-pressed",
        "false",
      );
      await expect(otherPage.getByRole("button", { name: "Follow Research" })).toHaveAttribute("aria-pressed", "false");
      await expect(otherPage.getByText(a.email)).toHaveCount(0);
    } finally {
      await other.close();
    }

    // /api/me is personal and says so to every cache on the way.
    const me = await page.request.get("/api/me");
    expect(me.headers()["cache-control"]).toBe("private, no-store");
    expect(((await me.json()) as { user: { email: string } }).user.email).toBe(a.email);
  });

  test("answers a cached page's conditional, compressed and HEAD requests as Next does", async ({ request, makeStory }) => {
    const { slug } = await makeStory({ title: "End-to-end cached story for conditional requests" });
    const path = `/stories/${slug}`;
    await expectCacheHit(request, path);
    const plain = await request.get(path, { headers: { "Accept-Encoding": "identity" } });
    const zipped = await request.get(path, { headers: { "Accept-Encoding": "gzip, br" } });
    expect(zipped.headers()["content-encoding"]).toBe("gzip");
    expect(await zipped.text()).toBe(await plain.text());
    for (const response of [plain, zipped]) {
      expect(response.headers()["content-type"]).toBe("text/html; charset=utf-8");
      expect(response.headers()["x-frame-options"]).toBe("DENY");
      expect(response.headers()["vary"]).toContain("rsc");
      expect(response.headers()["etag"]).toBe(plain.headers()["etag"]);
    }
    const again = await request.get(path, { headers: { "If-None-Match": plain.headers()["etag"]! } });
    expect(again.status()).toBe(304);
    const head = await request.head(path);
    expect(head.status()).toBe(200);
    expect(await head.text()).toBe("");
    // A client-side navigation asks for the React payload, which is not the HTML.
    const rsc = await request.get(path, { headers: { RSC: "1" } });
    expect(rsc.headers()["content-type"]).toContain("text/x-component");
  });

  test("a new story shows on its topic page at once, and a scheduled one at its time", async ({ page, request, db, makeStory }) => {
    const admin = await setRoleByEmail(db, `cache-admin-${Date.now().toString(36)}@example.com`, "admin");
    const topic = await createTag(db, admin, { slug: `cached-${Date.now().toString(36)}`, name: "Cached topic", description: "" });
    // Dated in the past, as the fixture does, so they never push the demo stories off other tests' first page.
    const longAgo = Date.now() - 2 * 365 * 86_400_000;
    await makeStory({ title: "End-to-end first cached story", tagSlugs: [topic.slug], publishedAt: new Date(longAgo) });
    const path = `/tags/${topic.slug}`;
    await expectCacheHit(request, path);

    await makeStory({ title: "End-to-end second cached story", tagSlugs: [topic.slug], publishedAt: new Date(longAgo + 60_000) });
    await page.goto(path);
    await expect(page.getByRole("article").getByRole("heading")).toHaveText(["End-to-end second cached story", "End-to-end first cached story"]);

    const at = Date.now() + 20_000;
    await makeStory({ title: "End-to-end scheduled cached story", tagSlugs: [topic.slug], publishedAt: new Date(at) });
    await expectCacheHit(request, path);
    await page.reload();
    await expect(page.getByRole("article")).toHaveCount(2);
    expect(Date.now(), "the page was checked before the story's time").toBeLessThan(at);
    await page.waitForTimeout(Math.max(0, at - Date.now()) + 100);
    // Nothing was written at that moment: the write that scheduled it left a revalidation dated then.
    await page.reload();
    await expect(page.getByRole("article").getByRole("heading")).toHaveText([
      "End-to-end scheduled cached story",
      "End-to-end second cached story",
      "End-to-end first cached story",
    ]);
  });
});
