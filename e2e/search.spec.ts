import { expect, expectNoSeriousA11yViolations, hasHorizontalOverflow, test } from "./fixtures";

/** A word no demo story contains, unique to this test run. */
const uniqueWord = (label: string) =>
  label + Array.from(crypto.getRandomValues(new Uint8Array(10)), (b) => String.fromCharCode(97 + (b % 26))).join("");

test.describe("search", () => {
  test("the header box finds a story by a word from its body, with the word marked", { tag: "@phone" }, async ({ page, makeStory }) => {
    const word = uniqueWord("fjordlight");
    const { slug } = await makeStory({ body: `## Findings\n\nThe team measured **${word}** along the coast.\n\n- one\n- two` });
    await page.goto("/");
    const box = page.getByRole("search", { name: "Site search" }).getByRole("searchbox", { name: "Search stories" });
    await box.fill(word);
    await box.press("Enter");
    await page.waitForURL(/\/search\?q=/);
    await expect(page.getByRole("heading", { name: `1 story matches “${word}”` })).toBeVisible();
    const result = page.getByRole("article");
    await expect(result).toHaveCount(1);
    await expect(result.locator("mark")).toHaveText(word);
    await expect(result.getByText("The team measured")).toBeVisible();
    await result.getByRole("heading").getByRole("link").click();
    await page.waitForURL(`**/stories/${slug}`);
    expect(await hasHorizontalOverflow(page)).toBe(false);
  });

  test("finds stories by their tag, and pages through many results", async ({ page, makeStory }) => {
    await page.goto("/search?q=Climate");
    const tagged = page.getByRole("article").filter({ hasText: /Topics?:/ }).first();
    await expect(tagged).toBeVisible();
    await expect(tagged.getByText(/Topics?:/).locator("mark").filter({ hasText: "Climate" })).toHaveCount(1);

    // More than a page of matches.
    const word = uniqueWord("tidepool");
    for (let i = 0; i < 23; i++) await makeStory({ tldr: `Story ${i} about ${word} restoration.` });
    await page.goto(`/search?q=${word}`);
    await expect(page.getByRole("heading", { name: `23 stories match “${word}”` })).toBeVisible();
    await expect(page.getByRole("article")).toHaveCount(20);
    const firstPage = await page.getByRole("article").getByRole("heading").allTextContents();
    await page.getByRole("link", { name: "More results" }).click();
    await expect(page.getByRole("link", { name: "Previous" })).toHaveAttribute("href", /\/search\?q=[a-z]+$/);
    await expect(page.getByRole("article")).toHaveCount(3);
    const secondPage = await page.getByRole("article").getByRole("heading").allTextContents();
    expect(secondPage.filter((t) => firstPage.includes(t))).toEqual([]);
  });

  test("phrases in quotes and prefixes work; nothing found says so", async ({ page, makeStory }) => {
    const word = uniqueWord("kelpwatch");
    await makeStory({ title: `Divers and ${word} sensors restore a reef` });
    await page.goto(`/search?q=${encodeURIComponent(`"and ${word} sensors"`)}`);
    await expect(page.getByRole("article")).toHaveCount(1);
    await page.goto(`/search?q=${encodeURIComponent(word.slice(0, -3) + "*")}`);
    await expect(page.getByRole("article")).toHaveCount(1);
    await page.goto(`/search?q=${encodeURIComponent(`"${word} and"`)}`);
    await expect(page.getByRole("heading", { name: /No stories match/ })).toBeVisible();
  });

  test("hostile queries are read as plain words, never a server error", async ({ request }) => {
    const queries = [
      '"unbalanced',
      'a "b',
      "NEAR(",
      "NEAR(a b, 5)",
      "OR",
      "a OR b NOT",
      "title:robots",
      "*",
      "* * *",
      "(",
      "^x",
      "a\u0000b",
      "%00",
      "'; DROP TABLE stories; --",
      "<script>alert(1)</script>",
      "x".repeat(3000),
      "🤖".repeat(500),
      "a" + "😀".repeat(150),
      "a* b* c* d* e* f* g* h* i* j* k* l*",
      "ab* cd* ef* gh* ij* kl*",
      "\uE000marked\uE001",
    ];
    for (const q of queries) {
      const response = await request.get(`/search?q=${encodeURIComponent(q)}`);
      expect(response.status(), q.slice(0, 40)).toBe(200);
      const html = await response.text();
      expect(html).not.toMatch(/SqliteError|fts5|Internal Server Error/i);
      expect(html).not.toContain("<script>alert(1)</script>");
    }
    for (const path of ["/search?q=a&q=b", "/search?q[]=x", "/search?page=garbage&q=AI", "/search?page=-1&q=AI", "/search?page=99999&q=AI", "/search?page=1e9&q=AI", "/search?q=%E0%A4%A"]) {
      expect((await request.get(path)).status(), path).toBeLessThan(500);
    }
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("the header box still searches", async ({ page }) => {
      await page.goto("/tags");
      const box = page.getByRole("search", { name: "Site search" }).getByRole("searchbox");
      await box.fill("wildfire");
      await box.press("Enter");
      await page.waitForURL(/\/search\?q=wildfire/);
      await expect(page.getByRole("article").first().locator("mark").first()).toBeVisible();
    });
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`the search page passes axe in ${scheme} mode`, { tag: "@phone" }, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto("/search?q=clinic");
      await expect(page.locator("mark").first()).toBeVisible();
      await expectNoSeriousA11yViolations(page);
      expect(await hasHorizontalOverflow(page)).toBe(false);
      await page.goto("/search");
      await expectNoSeriousA11yViolations(page);
    });
  }
});
