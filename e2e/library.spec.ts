// A signed-in reader's library, as a person uses it, at both viewports.
import type { Page } from "@playwright/test";
import { getPublishedStoryBySlug } from "@/db/queries/stories";
import { demoCards, expect, expectNoSeriousA11yViolations, hasHorizontalOverflow, signInDetails, test } from "./fixtures";

const STORY = "ai-screening-brings-diabetic-eye-checks-to-rural-clinics";
const savedList = (page: Page) => page.getByRole("main").getByRole("article");

test.describe("saving stories", () => {
  test("saves from the feed and from a story, sees both in /saved after a reload, removes one", { tag: "@phone" }, async ({ page, signInAs }) => {
    await signInAs();
    await page.goto("/");
    const card = demoCards(page).nth(1);
    const cardTitle = (await card.getByRole("heading").textContent())!.trim();
    const save = card.getByRole("button", { name: `Save “${cardTitle}”` });
    await expect(save).toHaveAttribute("aria-pressed", "false");
    // Save flips at once; the pages below must be loaded after the server answered.
    const savedFromFeed = page.waitForResponse((r) => r.request().method() === "PUT" && r.url().includes("/api/bookmarks/"));
    await save.click();
    await expect(save).toHaveAttribute("aria-pressed", "true");
    await expect(save).toHaveText("Saved");
    expect((await savedFromFeed).ok()).toBe(true);

    await page.goto(`/stories/${STORY}`);
    const storyTitle = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
    const storySave = page.getByRole("button", { name: `Save “${storyTitle}”` }).first();
    const savedFromStory = page.waitForResponse((r) => r.request().method() === "PUT" && r.url().includes("/api/bookmarks/"));
    await storySave.click();
    await expect(storySave).toHaveAttribute("aria-pressed", "true");
    expect((await savedFromStory).ok()).toBe(true);

    await page.goto("/saved");
    await page.reload();
    await expect(savedList(page).getByRole("heading")).toHaveText([storyTitle, cardTitle]);

    // The entry goes at once; the reload below must come after the server's answer, not race it.
    const removed = page.waitForResponse((r) => r.request().method() === "DELETE" && r.url().includes("/api/bookmarks/"));
    await page.getByRole("button", { name: `Remove “${storyTitle}” from Saved` }).click();
    await expect(page.getByRole("main").getByRole("status")).toContainText(`Removed “${storyTitle}”`);
    // Keyboard users are not dropped back to the top of the page.
    await expect(page.getByRole("main").getByRole("status")).toBeFocused();
    expect((await removed).ok()).toBe(true);
    await page.reload();
    await expect(savedList(page).getByRole("heading")).toHaveText([cardTitle]);

    await page.goto("/");
    await expect(demoCards(page).nth(1).getByRole("button", { name: /^Save/ })).toHaveAttribute("aria-pressed", "true");
  });

  test("filters /saved by topic, and says how to save when empty", async ({ page, signInAs }) => {
    await signInAs();
    await page.goto("/saved");
    await expect(page.getByText("Nothing saved yet.")).toBeVisible();
    await expect(page.getByRole("main").getByText(/Press Save on any story/)).toBeVisible();

    await page.goto(`/stories/${STORY}`);
    await page.getByRole("button", { name: /^Save “/ }).first().click();
    await expect(page.getByRole("button", { name: /^Save “/ }).first()).toHaveAttribute("aria-pressed", "true");
    await page.goto("/saved");
    const filters = page.getByRole("navigation", { name: "Filter saved stories by topic" });
    await filters.getByRole("link", { name: "Health" }).click();
    await expect(page).toHaveURL(/\/saved\?tag=health$/);
    await expect(savedList(page)).toHaveCount(1);
    await page.goto("/saved?tag=climate");
    await expect(savedList(page)).toHaveCount(0);
  });

  test("rolls back and says so when the server refuses", async ({ page, signInAs }) => {
    await signInAs();
    await page.route("**/api/bookmarks/*", (route) =>
      route.request().method() === "PUT"
        ? route.fulfill({ status: 503, contentType: "application/json", body: JSON.stringify({ error: { code: "unavailable", message: "The library is resting." } }) })
        : route.continue(),
    );
    await page.goto(`/stories/${STORY}`);
    const save = page.getByRole("button", { name: /^Save “/ }).first();
    await save.click();
    await expect(page.getByRole("main").getByRole("alert").first()).toContainText("The library is resting.");
    await expect(save).toHaveAttribute("aria-pressed", "false");
  });
});

test.describe("following tags", () => {
  test("follows a tag, sees its stories in /following, then unfollows", { tag: "@phone" }, async ({ page, signInAs }) => {
    await signInAs();
    await page.goto("/following");
    await expect(page.getByText("You don’t follow any topics yet.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Popular topics" })).toBeVisible();

    await page.goto("/tags/education");
    const follow = page.getByRole("button", { name: "Follow Education" });
    await expect(page.getByText(/\d+ followers?/)).toBeVisible();
    // The button flips at once; the request behind it must land before the page is left.
    const followed = page.waitForResponse((r) => r.url().endsWith("/api/follows/education") && r.request().method() === "PUT");
    await follow.click();
    await expect(follow).toHaveAttribute("aria-pressed", "true");
    await expect(follow).toHaveText(/Following/);
    expect((await followed).ok()).toBe(true);
    await page.reload();
    await expect(page.getByText(/^1 follower$|followers/)).toBeVisible();

    await page.goto("/following");
    const cards = page.getByRole("main").getByRole("article");
    expect(await cards.count()).toBeGreaterThan(0);
    for (const card of await cards.all()) {
      await expect(card.getByRole("list").getByRole("link", { name: "Education", exact: true })).toBeVisible();
    }
    const unfollowed = page.waitForResponse((r) => r.url().endsWith("/api/follows/education") && r.request().method() === "DELETE");
    await page.getByRole("button", { name: "Follow Education" }).click();
    await expect(page.getByRole("button", { name: "Follow Education" })).toHaveAttribute("aria-pressed", "false");
    expect((await unfollowed).ok()).toBe(true);
    await page.reload();
    await expect(page.getByText("You don’t follow any topics yet.")).toBeVisible();
  });

  test("follows from the tag chips on a story", async ({ page, signInAs }) => {
    await signInAs();
    await page.goto(`/stories/${STORY}`);
    const chips = page.getByRole("list", { name: "Story tags" });
    await chips.getByRole("button", { name: "Follow Research" }).click();
    await expect(chips.getByRole("button", { name: "Follow Research" })).toHaveAttribute("aria-pressed", "true");
    await page.goto("/following");
    await expect(page.getByRole("region", { name: "Topics you follow" })).toContainText("Research");
  });
});

test.describe("signed out", () => {
  test("Save leads to sign-in, back to the same page, and the story is then saved", async ({ page, uniqueEmail, nextEmail }) => {
    await page.goto(`/stories/${STORY}`);
    await page.getByRole("link", { name: /^Save “.*” \(sign in first\)$/ }).first().click();
    await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
    const email = uniqueEmail();
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    const { code } = signInDetails(await nextEmail(email));
    await page.getByLabel("6-digit code").fill(code);
    await page.getByRole("button", { name: "Sign in" }).click();

    await expect(page).toHaveURL(new RegExp(`/stories/${STORY}$`));
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    await expect(page.getByRole("button", { name: /^Save “/ }).first()).toHaveAttribute("aria-pressed", "true");
    await page.goto("/saved");
    await expect(savedList(page)).toHaveCount(1);
  });

  test("Follow leads to sign-in, back to the tag, and the tag is then followed", async ({ page, uniqueEmail, nextEmail }) => {
    await page.goto("/tags/climate");
    await page.getByRole("link", { name: "Follow Climate (sign in first)" }).click();
    const email = uniqueEmail();
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    const { code } = signInDetails(await nextEmail(email));
    await page.getByLabel("6-digit code").fill(code);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/tags\/climate$/);
    await expect(page.getByRole("button", { name: "Follow Climate" })).toHaveAttribute("aria-pressed", "true");
  });
});

test.describe("keyboard and privacy", () => {
  test("a crafted ?intent= link makes a signed-in reader save nothing", async ({ page, signInAs, db }) => {
    await signInAs();
    const { id } = (await getPublishedStoryBySlug(db, STORY))!;
    await page.goto(`/stories/${STORY}?intent=save:${id}`);
    await expect(page).toHaveURL(new RegExp(`/stories/${STORY}$`));
    await expect(page.getByRole("button", { name: /^Save “/ }).first()).toHaveAttribute("aria-pressed", "false");
    expect((await (await page.request.get("/api/bookmarks")).json()).bookmarks).toEqual([]);
  });

  test("Save and Follow work with the keyboard alone", async ({ page, signInAs }) => {
    await signInAs();
    await page.goto("/tags/health");
    const follow = page.getByRole("button", { name: "Follow Health" });
    await follow.focus();
    await page.keyboard.press("Enter");
    await expect(follow).toHaveAttribute("aria-pressed", "true");
    const save = page.getByRole("main").getByRole("button", { name: /^Save “/ }).first();
    await save.focus();
    await expect(save).toBeFocused();
    await page.keyboard.press("Space");
    await expect(save).toHaveAttribute("aria-pressed", "true");
    // Tab order reaches the buttons from the page itself.
    await page.goto("/tags/health");
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(() => document.activeElement?.getAttribute("aria-label")?.startsWith("Follow Health") ?? false);
    }
    expect(reached).toBe(true);
  });

  test("a second reader never sees the first one's library", async ({ browser, page, signInAs }) => {
    await signInAs();
    await page.goto(`/stories/${STORY}`);
    await page.getByRole("button", { name: /^Save “/ }).first().click();
    await expect(page.getByRole("button", { name: /^Save “/ }).first()).toHaveAttribute("aria-pressed", "true");
    await page.goto("/tags/science");
    await page.getByRole("button", { name: "Follow Science" }).click();
    await expect(page.getByRole("button", { name: "Follow Science" })).toHaveAttribute("aria-pressed", "true");

    const second = await browser.newContext();
    const other = await second.newPage();
    await signInAs("reader", second);
    await other.goto(`/stories/${STORY}`);
    await expect(other.getByRole("button", { name: /^Save “/ }).first()).toHaveAttribute("aria-pressed", "false");
    await other.goto("/saved");
    await expect(other.getByText("Nothing saved yet.")).toBeVisible();
    await other.goto("/following");
    await expect(other.getByText("You don’t follow any topics yet.")).toBeVisible();
    expect((await (await other.request.get("/api/bookmarks")).json()).bookmarks).toEqual([]);
    expect((await (await other.request.get("/api/follows")).json()).tags).toEqual([]);
    await second.close();
  });

  test("signed-in pages fit a 360 px phone", async ({ browser, signInAs }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await signInAs("admin", context);
    for (const path of ["/", `/stories/${STORY}`, "/saved", "/following", "/settings", "/admin", "/tags/health"]) {
      await page.goto(path);
      expect(await hasHorizontalOverflow(page), path).toBe(false);
    }
    await page.locator("summary").click();
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await context.close();
  });

  test("library pages pass axe", { tag: "@phone" }, async ({ page, signInAs }) => {
    await signInAs();
    await page.goto("/saved");
    await expectNoSeriousA11yViolations(page);
    await page.goto("/following");
    await expectNoSeriousA11yViolations(page);
    await page.goto("/tags/health");
    await page.getByRole("button", { name: "Follow Health" }).click();
    await page.goto("/following");
    await expectNoSeriousA11yViolations(page);
  });
});
