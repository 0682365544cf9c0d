// Share cards (each story's Open Graph image) and the Share button.
import type { Page } from "@playwright/test";
import { ensureTag } from "@/db/queries/story-writes";
import { expect, test } from "./fixtures";

const storyPath = "/stories/ai-screening-brings-diabetic-eye-checks-to-rural-clinics";

/** A PNG's width and height, from its IHDR chunk (big-endian, at bytes 16 and 20). */
function pngSize(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function canonicalUrl(page: Page) {
  return page.locator('link[rel="canonical"]').getAttribute("href");
}

test.describe("share cards", () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "requests and head tags: the viewport changes nothing");
  });

  test("a story page's og:image, twitter:image and JSON-LD point at its own 1200×630 PNG", async ({ page, request }) => {
    await page.goto(storyPath);
    const ogImage = page.locator('meta[property="og:image"]');
    await expect(ogImage).toHaveCount(1);
    const src = await ogImage.getAttribute("content");
    expect(src).toBe(new URL(`${storyPath}/opengraph-image`, page.url()).toString());
    await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute("content", src!);
    await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute("content", "1200");
    await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute("content", /AI screening brings/);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld.image[0]).toBe(src);

    const response = await request.get(src!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
  });

  test("a long title in several scripts, with emoji in it and in its label, still gets a card", async ({ request, makeStory, db }) => {
    const title = `日本語の見出し, العربية, Ελληνικά, Кириллица 🚀🇰🇪👩‍⚕️ ${"and a title that goes on ".repeat(5)}`.trim();
    await ensureTag(db, { slug: "e2e-rockets", name: "Rockets 🚀" });
    const { slug } = await makeStory({ title, tagSlugs: ["e2e-rockets"] });
    const response = await request.get(`/stories/${slug}/opengraph-image`);
    expect(response.status()).toBe(200);
    expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
  });

  test("unknown, draft and scheduled stories have no card: 404, not a server error", async ({ request, makeStory }) => {
    const draft = (await makeStory({ status: "draft", publishedAt: null })).slug;
    const scheduled = (await makeStory({ status: "scheduled", publishedAt: new Date(Date.now() + 86_400_000) })).slug;
    for (const slug of ["no-such-story", "Not%20a%20slug", draft, scheduled]) {
      const response = await request.get(`/stories/${slug}/opengraph-image`);
      expect(response.status(), slug).toBe(404);
    }
  });
});

test.describe("the Share button", () => {
  test("copies the link where there is no Web Share, and says so", { tag: "@phone" }, async ({ page }, testInfo) => {
    await page.addInitScript(() => {
      // No share sheet, and a clipboard that records what it is given.
      Reflect.deleteProperty(Navigator.prototype, "share");
      const copied: string[] = [];
      Object.defineProperty(window, "copied", { value: copied });
      Object.defineProperty(navigator, "clipboard", {
        value: { writeText: async (text: string) => void copied.push(text) },
      });
    });
    await page.goto(storyPath);
    const title = await page.getByRole("heading", { level: 1 }).textContent();
    const share = page.getByRole("button", { name: `Share “${title}”` });
    const box = (await share.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(testInfo.project.name === "mobile" ? 44 : 36);

    await share.click();
    await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { copied: string[] }).copied)).toEqual([await canonicalUrl(page)]);
  });

  test("opens the share sheet with the story's title and link where there is one", { tag: "@phone" }, async ({ page }) => {
    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.defineProperty(window, "shared", { value: shared });
      Object.defineProperty(navigator, "canShare", { value: () => true });
      Object.defineProperty(navigator, "share", {
        value: async (data: ShareData) => {
          shared.push(data);
          // The second time, the reader closes the sheet.
          if (shared.length > 1) throw new DOMException("Share canceled", "AbortError");
        },
      });
    });
    await page.goto(storyPath);
    const title = (await page.getByRole("heading", { level: 1 }).textContent())!;
    const share = page.getByRole("button", { name: `Share “${title}”` });
    await share.click();
    await share.click();
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
    const url = await canonicalUrl(page);
    expect(shared).toEqual([
      { title, text: title, url },
      { title, text: title, url },
    ]);
    // A closed share sheet is not an error: nothing was copied, no dialog opened.
    await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toHaveCount(0);
    await expect(page.getByRole("dialog")).toHaveCount(0);
  });

  test("shows the link selected in a dialog when nothing can copy it", { tag: "@phone" }, async ({ page }) => {
    await page.addInitScript(() => {
      // As on plain http: neither Web Share nor the Clipboard API.
      Reflect.deleteProperty(Navigator.prototype, "share");
      Reflect.deleteProperty(Navigator.prototype, "clipboard");
    });
    await page.goto(storyPath);
    await page.getByRole("button", { name: /^Share “/ }).click();
    const dialog = page.getByRole("dialog", { name: "Copy the link" });
    const input = dialog.getByRole("textbox", { name: "Link to this story" });
    await expect(input).toBeFocused();
    await expect(input).toHaveValue((await canonicalUrl(page))!);
    expect(await input.evaluate((el: HTMLInputElement) => el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0))).toBe(
      await input.inputValue(),
    );
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect(dialog).toBeHidden();
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the story page shows no Share button, and the page does not move when it appears", { tag: "@phone" }, async ({ page, browser }) => {
      await page.goto(storyPath);
      const title = await page.getByRole("heading", { level: 1 }).textContent();
      await expect(page.getByRole("link", { name: `Save “${title}” (sign in first)` })).toBeVisible();
      await expect(page.getByRole("button", { name: /Share/ })).toHaveCount(0);
      await expect(page.getByText("Share", { exact: true })).toBeHidden();
      const withoutJs = await page.getByRole("region", { name: "TL;DR" }).boundingBox();

      const context = await browser.newContext({ javaScriptEnabled: true });
      const withJs = await context.newPage();
      await withJs.goto(storyPath);
      await expect(withJs.getByRole("button", { name: /^Share “/ })).toBeVisible();
      expect(await withJs.getByRole("region", { name: "TL;DR" }).boundingBox()).toEqual(withoutJs);
      await context.close();
    });
  });
});
