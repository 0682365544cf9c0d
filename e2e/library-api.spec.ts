// The library's route handlers, status by status, through real HTTP.
import { getPublishedStoryBySlug } from "@/db/queries/stories";
import { unpublishStory } from "@/db/queries/story-writes";
import { expect, test } from "./fixtures";

const STORY_SLUG = "ai-screening-brings-diabetic-eye-checks-to-rural-clinics";

test.describe("library route handlers", () => {
  test("answer 401 to nobody signed in, on every route", async ({ request }) => {
    const calls = [
      request.get("/api/bookmarks"),
      request.get("/api/bookmarks/1"),
      request.put("/api/bookmarks/1"),
      request.delete("/api/bookmarks/1"),
      request.get("/api/follows"),
      request.put("/api/follows/health"),
      request.delete("/api/follows/health"),
      request.get("/api/feed/following"),
    ];
    for (const response of await Promise.all(calls)) {
      expect(response.status(), response.url()).toBe(401);
      expect((await response.json()).error).toMatchObject({ code: "unauthorized:auth", message: expect.any(String) });
    }
  });

  test("are idempotent, and 404/400/403 on bad input", async ({ page, signInAs, db }) => {
    await signInAs();
    const api = page.request;
    const { id } = (await getPublishedStoryBySlug(db, STORY_SLUG))!;

    for (let i = 0; i < 2; i++) expect(await (await api.put(`/api/bookmarks/${id}`)).json()).toMatchObject({ storyId: id, saved: true });
    const list = await (await api.get("/api/bookmarks")).json();
    expect(list.bookmarks.filter((b: { story: { id: number } }) => b.story.id === id)).toHaveLength(1);
    for (let i = 0; i < 2; i++) expect((await api.delete(`/api/bookmarks/${id}`)).status()).toBe(200);
    expect(await (await api.get(`/api/bookmarks/${id}`)).json()).toMatchObject({ saved: false });

    for (let i = 0; i < 2; i++) expect((await api.put("/api/follows/health")).status()).toBe(200);
    expect((await (await api.get("/api/follows")).json()).tags).toEqual([expect.objectContaining({ slug: "health" })]);
    const feed = await (await api.get("/api/feed/following")).json();
    expect(feed.stories.length).toBeGreaterThan(0);
    for (const story of feed.stories) expect(story.tags.map((t: { slug: string }) => t.slug)).toContain("health");
    for (let i = 0; i < 2; i++) expect((await api.delete("/api/follows/health")).status()).toBe(200);

    const expectError = async (response: Awaited<ReturnType<typeof api.get>>, status: number, code: RegExp) => {
      expect(response.status(), response.url()).toBe(status);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toMatch(code);
      expect(body.error.message.length).toBeGreaterThan(0);
    };
    await expectError(await api.put("/api/bookmarks/999999"), 404, /^not_found:story$/);
    await expectError(await api.delete("/api/bookmarks/999999"), 404, /^not_found:story$/);
    for (const bad of ["abc", "0", "-1", "1e3", "1.5", "99999999999999999999"]) {
      await expectError(await api.put(`/api/bookmarks/${bad}`), 400, /^bad_request$/);
    }
    await expectError(await api.put("/api/follows/no-such-tag"), 404, /^not_found:tag$/);
    await expectError(await api.put("/api/follows/Not%20A%20Slug"), 400, /^bad_request$/);
    await expectError(await api.get("/api/bookmarks?cursor=not-a-cursor"), 400, /^bad_request$/);
    await expectError(await api.get("/api/bookmarks?tag=no-such-tag"), 404, /^not_found:tag$/);
    await expectError(await api.get("/api/feed/following?cursor=%00"), 400, /^bad_request$/);
    await expectError(await api.put(`/api/bookmarks/${id}`, { headers: { Origin: "https://evil.example" } }), 403, /^forbidden:origin$/);
    await expectError(await api.delete("/api/follows/health", { headers: { Origin: "https://evil.example" } }), 403, /^forbidden:origin$/);
  });

  test("a draft answers 404 and a story unpublished after saving leaves the list", async ({ page, signInAs, makeStory, db }) => {
    await signInAs();
    const { id: draftId } = await makeStory({ status: "draft", publishedAt: null });
    expect((await page.request.put(`/api/bookmarks/${draftId}`)).status()).toBe(404);

    const { id: laterId } = await makeStory();
    expect((await page.request.put(`/api/bookmarks/${laterId}`)).status()).toBe(200);
    await unpublishStory(db, laterId);
    const list = await (await page.request.get("/api/bookmarks")).json();
    expect(list.bookmarks.map((b: { story: { id: number } }) => b.story.id)).not.toContain(laterId);
    await page.goto("/saved");
    await expect(page.getByRole("heading", { name: "Saved stories" })).toBeVisible();
  });
});
