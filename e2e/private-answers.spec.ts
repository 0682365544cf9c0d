// Personal JSON answers tell every cache on the way not to keep them
// (route() sets it unless a handler says otherwise); public feeds stay cacheable.
import { expect, test } from "./fixtures";

const PRIVATE = "private, no-store";

test.describe("Cache-Control on route handlers", () => {
  test("every personal JSON answer, errors included, is private, no-store", async ({ page, request, signInAs }) => {
    const personal = ["/api/me", "/api/me/saved?stories=1,2", "/api/bookmarks", "/api/bookmarks/1", "/api/follows", "/api/feed/following", "/api/newsletter"];
    const admin = ["/api/admin/stories", "/api/admin/tags", "/api/admin/users", "/api/admin/audit"];

    // Signed out: the 401s (and /api/me's answer for nobody).
    for (const path of [...personal, ...admin]) {
      const response = await request.get(path);
      expect(response.headers()["cache-control"], `${path} (${response.status()})`).toBe(PRIVATE);
    }

    await signInAs("admin");
    for (const path of [...personal, ...admin]) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()["content-type"], path).toContain("application/json");
      expect(response.headers()["cache-control"], path).toBe(PRIVATE);
    }
    const refused = await page.request.put("/api/follows/health", { headers: { Origin: "https://evil.example" } });
    expect(refused.status()).toBe(403);
    expect(refused.headers()["cache-control"]).toBe(PRIVATE);
    const invalid = await page.request.get("/api/bookmarks?cursor=nope");
    expect(invalid.headers()["cache-control"]).toBe(PRIVATE);
  });

  test("public feeds keep their own caching; an unknown personal feed is private", async ({ request }) => {
    for (const path of ["/rss.xml", "/tags/health/atom.xml"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()["cache-control"], path).not.toContain("private");
    }
    const feed = await request.get(`/feeds/${"a".repeat(43)}/feed.json`);
    expect(feed.status()).toBe(404);
    expect(feed.headers()["cache-control"]).toBe(PRIVATE);
  });
});
