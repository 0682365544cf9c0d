import { demoCards, expect, hasHorizontalOverflow, test } from "./fixtures";

test.describe("a reader", () => {
  test("goes from the feed to a card's story and sees every part of it", { tag: "@phone" }, async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveTitle(/AI Wins/);
    await expect(page.getByRole("banner").getByRole("link", { name: "AI Wins" })).toBeVisible();
    await expect(page.getByRole("contentinfo")).toBeVisible();

    const card = demoCards(page).first();
    await expect(card.getByText(/\d+ min read/)).toBeVisible();
    await expect(card.locator("time")).toBeVisible();
    const title = card.getByRole("heading", { level: 2 });
    const titleText = (await title.textContent())!.trim();
    await title.getByRole("link").click();

    await expect(page).toHaveURL(/\/stories\/[a-z0-9-]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(titleText);
    const header = page.getByRole("article").locator("header");
    // The label, the full date ("Thursday, April 9, 2026") and "N min read".
    await expect(header.getByRole("link").first()).toBeVisible();
    await expect(header.locator("time")).toHaveText(
      /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), [A-Z][a-z]+ \d{1,2}, \d{4}$/,
    );
    await expect(header.getByText(/^\d+ min read$/)).toBeVisible();

    const tldr = page.getByRole("region", { name: "TL;DR" });
    await expect(tldr).toBeVisible();
    const takeaways = page.getByRole("region", { name: "Key Takeaways" }).getByRole("listitem");
    expect(await takeaways.count()).toBeGreaterThanOrEqual(3);
    await expect(takeaways.first()).toContainText("1.");

    // Body rendered from Markdown: subheadings and a bullet list.
    const body = page.locator(".prose");
    expect(await body.locator("h2").count()).toBeGreaterThanOrEqual(2);
    expect(await body.locator("ul > li").count()).toBeGreaterThanOrEqual(3);

    await expect(page.getByRole("list", { name: "Story tags" }).getByRole("link").first()).toBeVisible();
    await expect(page.getByRole("region", { name: "Related stories" }).getByRole("article")).toHaveCount(3);
    await expect(page.getByRole("region", { name: "Get AI Wins in your inbox" })).toContainText(
      "No spam, unsubscribe anytime",
    );
  });

  test("story pages carry metadata and NewsArticle JSON-LD", async ({ page }) => {
    await page.goto("/");
    await demoCards(page).first().getByRole("heading").getByRole("link").click();
    await page.waitForURL(/\/stories\//);
    const url = new URL(page.url());
    // After a client-side navigation the feed's head tags go a moment after the
    // URL changes: wait for them to go (they must), then check the story's.
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(1);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${url.origin}${url.pathname}`);
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /.{40,}/);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld["@type"]).toBe("NewsArticle");
    expect(ld.headline).toBe(await page.getByRole("heading", { level: 1 }).textContent());
    for (const key of ["datePublished", "dateModified", "author", "publisher", "keywords", "image"]) {
      expect(ld[key], key).toBeTruthy();
    }
  });

  test("every page has its own title, description, canonical URL, share tags and feed link", async ({ page }) => {
    const titles = new Set<string>();
    for (const path of ["/", "/tags", "/tags/climate", "/stories/ai-screening-brings-diabetic-eye-checks-to-rural-clinics"]) {
      await page.goto(path);
      const title = await page.title();
      expect(titles.has(title), `${path} repeats the title "${title}"`).toBe(false);
      titles.add(title);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /\S{3,}/);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`${path === "/" ? "" : path}$`));
      for (const property of ["og:title", "og:description", "og:url", "og:image"]) {
        await expect(page.locator(`meta[property="${property}"]`).first(), `${path} ${property}`).toHaveAttribute("content", /\S/);
      }
      for (const name of ["twitter:card", "twitter:title", "twitter:image"]) {
        await expect(page.locator(`meta[name="${name}"]`).first(), `${path} ${name}`).toHaveAttribute("content", /\S/);
      }
      // The site's feed comes first; a topic page lists its own after it (e2e/feeds.spec.ts).
      await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]').first()).toHaveAttribute("href", /^https?:\/\/[^/]+\/rss\.xml$/);
    }
  });

  test("reads a whole story without JavaScript, from the cached page", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto("/stories/ai-screening-brings-diabetic-eye-checks-to-rural-clinics");
    expect(["HIT", "MISS", "STALE"]).toContain(response!.headers()["x-nextjs-cache"]);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("article").locator("header").getByText(/^\d+ min read$/)).toBeVisible();
    await expect(page.getByRole("region", { name: "TL;DR" })).toBeVisible();
    expect(await page.getByRole("region", { name: "Key Takeaways" }).getByRole("listitem").count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator(".prose h2").count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator(".prose ul > li").count()).toBeGreaterThanOrEqual(3);
    // Every link a reader needs is a plain link: a topic, a related story, sign-in, the newsletter form.
    await page.getByRole("region", { name: "Related stories" }).getByRole("article").first().getByRole("heading").getByRole("link").click();
    await expect(page).toHaveURL(/\/stories\/[a-z0-9-]+$/);
    await expect(page.getByRole("region", { name: "Get AI Wins in your inbox" }).getByRole("button", { name: "Subscribe" })).toBeVisible();
    await context.close();
  });

  test("pages through the feed with plain links, without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/");
    const firstPage = await page.getByRole("article").getByRole("heading").allTextContents();
    expect(firstPage).toHaveLength(20);

    await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: /Older stories/ }).click();
    await expect(page).toHaveURL(/\/\?before=[0-9a-z]+-[0-9a-z]+$/);
    const secondPage = await page.getByRole("article").getByRole("heading").allTextContents();
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.filter((t) => firstPage.includes(t))).toEqual([]);

    await page.getByRole("link", { name: /Newest stories/ }).click();
    await expect(page).toHaveURL(/\/$/);
    await context.close();
  });

  test("browses topics and a tag page", { tag: "@phone" }, async ({ page }) => {
    await page.goto("/tags");
    const research = page.getByRole("link", { name: /Research/ });
    await expect(research).toContainText(/\d+ stor(y|ies)/);
    await research.click();
    await expect(page).toHaveURL(/\/tags\/research$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Research");
    const cards = page.getByRole("article");
    expect(await cards.count()).toBeGreaterThan(0);
    for (const card of await cards.all()) {
      await expect(card.getByRole("list").getByRole("link", { name: "Research", exact: true })).toBeVisible();
    }
  });

  test("gets a real 404 for unknown, draft and scheduled stories", async ({ page, makeStory }) => {
    const draft = (await makeStory({ status: "draft", publishedAt: null })).slug;
    const scheduled = (await makeStory({ status: "scheduled", publishedAt: new Date(Date.now() + 86_400_000) })).slug;
    for (const path of ["/stories/no-such-story", `/stories/${draft}`, `/stories/${scheduled}`, "/tags/no-such-tag"]) {
      const response = await page.goto(path);
      expect(response!.status(), path).toBe(404);
      await expect(page.getByRole("heading", { name: "We couldn’t find that page" })).toBeVisible();
    }
  });

  test("sees a newly published story at the top of the feed", async ({ page, makeStory }) => {
    const title = "End-to-end: a fresh story for the top of the feed";
    const { slug } = await makeStory({ publishedAt: new Date(Date.now() - 1000), title });
    // Next coalesces requests for one page: a render of / that another test
    // started a moment before the story was written can answer this request
    // too (seen once, under load, as a MISS without the story). The page is
    // already stale then, so the next load renders it afresh.
    let headings: string[] = [];
    await expect
      .poll(
        async () => {
          await page.goto("/");
          headings = (await page.getByRole("article").getByRole("heading").allTextContents()).map((h) => h.trim());
          return headings.includes(title);
        },
        { timeout: 10_000, intervals: [0, 500, 1_000] },
      )
      .toBe(true);
    // Above every story published before it. (A story another test scheduled
    // may come due in the same second and sit above it: that one is newer.)
    const mine = headings.indexOf(title);
    expect(mine).toBeGreaterThanOrEqual(0);
    expect(headings.slice(0, mine).every((h) => h.includes("scheduled"))).toBe(true);
    await page.goto(`/stories/${slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  });

  test("reads comfortably at 360 px and in dark mode", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, colorScheme: "dark" });
    const page = await context.newPage();
    for (const path of ["/", "/tags", "/tags/climate"]) {
      await page.goto(path);
      expect(await hasHorizontalOverflow(page), path).toBe(false);
    }
    await page.goto("/");
    await demoCards(page).first().getByRole("heading").getByRole("link").click();
    expect(await hasHorizontalOverflow(page)).toBe(false);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe("rgb(255, 255, 255)");
    await context.close();
  });
});
