// Over 300 lines: the desk's story flows share their form helpers and fixtures.
// The admin desk's stories, end to end: write, preview, publish, schedule,
// unpublish, conflicts, hostile input, and readers kept out.
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";
import { savePreview } from "@/db/queries/story-previews";
import { createStory } from "@/db/queries/story-writes";
import { setRoleByEmail } from "@/db/queries/users";
import { slugify } from "@/lib/slug";
import { baseURL } from "../playwright.config";
import { expect, expectNoSeriousA11yViolations, hasHorizontalOverflow, openE2EDatabase, test } from "./fixtures";

/** Titles carry "End-to-end" so the reader tests' demoCards() leave them out. */
function uniqueTitle(label: string, project: string) {
  return `End-to-end desk ${label} ${project} ${Date.now().toString(36)}`;
}

const main = (page: Page) => page.getByRole("main");
const takeaway = (page: Page, n: number) => main(page).getByRole("textbox", { name: `Takeaway ${n}`, exact: true });

async function fillRequired(page: Page, { title, body = "## Why it matters\n\nA paragraph." }: { title: string; body?: string }) {
  await main(page).getByLabel("Title", { exact: true }).fill(title);
  await main(page).getByLabel("Author").fill("Desk Tester");
  await main(page).getByLabel("Primary tag").selectOption("research");
  await main(page).getByLabel("TL;DR").fill("A short summary for the skim reader.");
  await takeaway(page, 1).fill("The one thing to remember.");
  await main(page).getByLabel("Body (Markdown)").fill(body);
}

/** A datetime-local value `seconds` from now, in the browser's own time zone. */
async function localTimeFromNow(page: Page, seconds: number): Promise<string> {
  return page.evaluate((s) => {
    const d = new Date(Date.now() + s * 1000);
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  }, seconds);
}

test.describe("scheduling, in the admin's own time zone", () => {
  test.use({ timezoneId: "America/New_York" });

  test("a story scheduled seconds ahead appears by itself", async ({ page, signInAs }, testInfo) => {
    test.setTimeout(90_000);
    await signInAs("admin");
    await page.goto("/admin/stories/new");
    const title = uniqueTitle("scheduled", testInfo.project.name);
    await fillRequired(page, { title });
    const slug = await main(page).getByLabel("Slug").inputValue();

    // A time in the past is refused beside the field.
    await main(page).getByLabel(/Publish at/).fill(await localTimeFromNow(page, -3600));
    await main(page).getByRole("button", { name: "Schedule" }).click();
    await expect(main(page).locator("#publishAt-error")).toHaveText("Pick a time in the future, or publish now");
    await expect(main(page).getByLabel(/Publish at/)).toHaveAttribute("aria-invalid", "true");

    // 20 seconds from now, typed as New York wall-clock time (the browser's zone here).
    const local = await localTimeFromNow(page, 20);
    const instant = await page.evaluate((value) => new Date(value).toISOString(), local);
    expect(new Date(instant).getTime() - Date.now()).toBeGreaterThan(10_000);
    await main(page).getByLabel(/Publish at/).fill(local);
    await expect(main(page).getByLabel(/Publish at/)).toHaveAccessibleName(/America\/New_York/);
    await main(page).getByRole("button", { name: "Schedule" }).click();
    await expect(page).toHaveURL(/\?done=schedule$/);
    // Stored as that instant in UTC, whatever the admin's zone.
    const id = page.url().match(/\/admin\/stories\/(\d+)/)![1];
    const stored = (await (await page.request.get(`/api/admin/stories/${id}`)).json()).story;
    expect(stored.publishedAt).toBe(instant);
    expect(stored.status).toBe("scheduled");
    await expect(main(page).getByText("Scheduled", { exact: true })).toBeVisible();
    expect((await page.request.get(`/stories/${slug}`)).status()).toBe(404);

    // Nobody acts: the page starts answering when its time comes.
    await expect.poll(async () => (await page.request.get(`/stories/${slug}`)).status(), { timeout: 60_000, intervals: [2_000] }).toBe(200);
    await page.goto("/");
    await expect(page.getByRole("link", { name: title, exact: true })).toBeVisible();
    await page.goto("/admin?status=published");
    await expect(main(page).getByRole("link", { name: title })).toBeVisible();
  });
});

test.describe("writing and publishing", () => {
  test("an admin writes a story with every field, previews it, publishes it, and readers see it everywhere", async ({ page, signInAs, context }, testInfo) => {
    await signInAs("admin");
    await page.goto("/admin");
    await main(page).getByRole("link", { name: "New story" }).click();
    await expect(page).toHaveURL(/\/admin\/stories\/new$/);

    const title = uniqueTitle("every field", testInfo.project.name);
    await main(page).getByLabel("Title", { exact: true }).fill(title);
    // The slug follows the title until it is edited.
    const slugField = main(page).getByLabel("Slug");
    await expect(slugField).toHaveValue(/^end-to-end-desk-every-field-/);
    const slug = await slugField.inputValue();
    await main(page).getByLabel("Author").fill("Desk Tester");

    await main(page).getByLabel("Primary tag").selectOption("health");
    const newTag = `Desk ${testInfo.project.name} ${Date.now().toString(36)}`;
    await main(page).getByLabel("New tag").fill(newTag);
    await main(page).getByRole("button", { name: "Add tag" }).click();
    await expect(main(page).getByRole("checkbox", { name: newTag })).toBeChecked();
    await main(page).getByRole("checkbox", { name: "Science" }).check();

    await main(page).getByLabel("TL;DR").fill("Clinics cut waiting times with a triage model, and patients noticed.");
    await takeaway(page, 1).fill("Second in the end");
    await main(page).getByRole("button", { name: "Add takeaway" }).click();
    await expect(takeaway(page, 2)).toBeFocused();
    await takeaway(page, 2).fill("First in the end");
    await main(page).getByRole("button", { name: "Add takeaway" }).click();
    await takeaway(page, 3).fill("A takeaway to remove");
    await main(page).getByRole("button", { name: "Move takeaway 2 up" }).click();
    await expect(main(page).getByRole("button", { name: "Move takeaway 1 up" })).toBeDisabled();
    await main(page).getByRole("button", { name: "Remove takeaway 3" }).click();
    await expect(takeaway(page, 1)).toHaveValue("First in the end");
    await expect(takeaway(page, 2)).toHaveValue("Second in the end");
    await expect(takeaway(page, 3)).toHaveCount(0);

    await main(page).getByLabel("Body (Markdown)").fill("## How it works\n\nThe model reads notes.\n\n- Faster triage\n- Fewer missed cases");
    // The live preview is the server's rendering of the Markdown.
    const livePreview = main(page).getByTestId("body-preview");
    await expect(livePreview.getByRole("heading", { name: "How it works" })).toBeVisible();
    await expect(livePreview.getByRole("listitem")).toHaveCount(2);

    await main(page).getByLabel("Image URL").fill("/opengraph-image");
    await main(page).getByLabel("Image description (alt text)").fill("The AI Wins card");
    await main(page).getByRole("button", { name: "Add source" }).click();
    await main(page).getByLabel("Source 1 link").fill("https://example.org/triage-preprint");
    await main(page).getByLabel("Source 1 title").fill("Triage with language models");
    await main(page).getByLabel("Source 1 kind").selectOption("preprint");

    // Preview: the real story page, from unsaved text, in a new tab.
    const [preview] = await Promise.all([context.waitForEvent("page"), main(page).getByRole("button", { name: "Preview" }).click()]);
    await preview.waitForLoadState();
    await expect(preview).toHaveURL(/\/admin\/preview\//);
    await expect(preview.getByRole("note")).toContainText("readers cannot see this page");
    await expect(preview.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(preview.getByRole("region", { name: "Evidence" })).toContainText("Preprint");
    await expect(preview.getByRole("img", { name: "The AI Wins card" })).toBeVisible();
    await preview.close();
    expect((await page.request.get(`/stories/${slug}`)).status()).toBe(404);

    await main(page).getByRole("button", { name: "Publish now" }).click();
    await expect(page).toHaveURL(/\/admin\/stories\/\d+\?done=publish$/);
    await expect(main(page).getByRole("status").filter({ hasText: "Published" })).toBeVisible();
    await expect(main(page).getByText("All changes saved")).toBeVisible();

    // The story page, with every part.
    await page.goto(`/stories/${slug}`);
    const article = page.getByRole("article").first();
    await expect(article.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(article.getByRole("link", { name: "Health" }).first()).toBeVisible();
    await expect(article.getByText("By Desk Tester")).toBeVisible();
    await expect(article.getByRole("region", { name: "TL;DR" })).toContainText("Clinics cut waiting times");
    const takeaways = article.getByRole("region", { name: "Key Takeaways" }).getByRole("listitem");
    await expect(takeaways).toHaveCount(2);
    await expect(takeaways.nth(0)).toContainText("1. First in the end");
    await expect(takeaways.nth(1)).toContainText("2. Second in the end");
    await expect(article.getByRole("heading", { name: "How it works" })).toBeVisible();
    const evidence = article.getByRole("region", { name: "Evidence" });
    await expect(evidence).toContainText("Preprint");
    await expect(evidence.getByRole("link", { name: "Triage with language models" })).toHaveAttribute("href", "https://example.org/triage-preprint");
    await expect(article.getByRole("list", { name: "Story tags" }).getByRole("link")).toHaveText(["Health", newTag, "Science"]);

    // The feed, the new tag's page and RSS.
    await page.goto("/");
    await expect(page.getByRole("link", { name: title, exact: true })).toBeVisible();
    await page.goto(`/tags/${slugify(newTag)}`);
    await expect(page.getByRole("link", { name: title, exact: true })).toBeVisible();
    const rss = await (await page.request.get("/rss.xml")).text();
    expect(rss).toContain(title);
  });

  test("unpublishing a story makes it a 404 again, and deleting asks first", async ({ page, signInAs, makeStory }) => {
    await signInAs("admin");
    const story = await makeStory({ publishedAt: new Date(Date.now() - 60_000) });
    expect((await page.request.get(`/stories/${story.slug}`)).status()).toBe(200);

    await page.goto(`/admin/stories/${story.id}`);
    await expect(main(page).getByText("Published", { exact: true })).toBeVisible();
    await main(page).getByRole("button", { name: "Unpublish" }).click();
    await expect(main(page).getByRole("status").filter({ hasText: "Unpublished" })).toBeVisible();
    const response = await page.request.get(`/stories/${story.slug}`);
    expect(response.status()).toBe(404);
    await page.goto("/");
    await expect(page.getByRole("link", { name: `End-to-end story ${story.slug}`, exact: true })).toHaveCount(0);

    await page.goto(`/admin/stories/${story.id}`);
    await main(page).getByRole("button", { name: "Delete" }).click();
    const dialog = page.getByRole("dialog", { name: "Delete this story?" });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
    await main(page).getByRole("button", { name: "Delete" }).click();
    await dialog.getByRole("button", { name: "Delete story" }).click();
    await expect(page).toHaveURL(/\/admin\?deleted=1$/);
    await expect(main(page).getByRole("status")).toHaveText("The story was deleted.");
    expect((await page.request.get(`/api/admin/stories/${story.id}`)).status()).toBe(404);

    // The audit log kept who did it.
    await page.goto("/admin/audit");
    await expect(main(page).getByText(`deleted “End-to-end story ${story.slug}”`)).toBeVisible();
    await expect(main(page).getByText(`unpublished “End-to-end story ${story.slug}”`)).toBeVisible();
  });
});

async function adminPage(browser: Browser, signInAs: (role: "admin", context: BrowserContext) => Promise<{ email: string }>) {
  const context = await browser.newContext({ baseURL });
  const user = await signInAs("admin", context);
  return { page: await context.newPage(), email: user.email, close: () => context.close() };
}

test.describe("conflicts", () => {
  test("a second admin's stale save is refused and told who saved; nothing typed is lost", async ({ page, signInAs, makeStory, browser }) => {
    const story = await makeStory();
    await signInAs("admin");
    const other = await adminPage(browser, signInAs);

    await page.goto(`/admin/stories/${story.id}`);
    await other.page.goto(`/admin/stories/${story.id}`);

    await main(other.page).getByLabel("TL;DR").fill("The other admin's TL;DR.");
    await main(other.page).getByRole("button", { name: "Update" }).click();
    await expect(main(other.page).getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

    const mine = "My title, typed while someone else saved";
    await main(page).getByLabel("Title", { exact: true }).fill(mine);
    await main(page).getByRole("button", { name: "Update" }).click();
    const alert = main(page).getByRole("alert");
    await expect(alert).toContainText("changed by");
    await expect(alert).toContainText(other.email);
    await expect(main(page).getByLabel("Title", { exact: true })).toHaveValue(mine);
    await expect(main(page).getByRole("link", { name: "Open the latest version in a new tab" })).toBeVisible();
    await expect(main(page).getByText("Unsaved changes")).toBeVisible();

    const saved = await (await page.request.get(`/api/admin/stories/${story.id}`)).json();
    expect(saved.story.tldr).toBe("The other admin's TL;DR.");
    expect(saved.story.title).not.toBe(mine);
    await other.close();
  });

  test("a slug another story uses is refused next to the slug field", async ({ page, signInAs, makeStory }, testInfo) => {
    const taken = await makeStory();
    await signInAs("admin");
    await page.goto("/admin/stories/new");
    await fillRequired(page, { title: uniqueTitle("slug clash", testInfo.project.name) });
    await main(page).getByLabel("Slug").fill(taken.slug);
    await main(page).getByRole("button", { name: "Save draft" }).click();
    const slug = main(page).getByLabel("Slug");
    await expect(slug).toHaveAttribute("aria-invalid", "true");
    await expect(main(page).locator("#slug-error")).toHaveText(`Another story already uses the slug "${taken.slug}". Choose a different one.`);
    await expect(slug).toBeFocused();
    await expect(page).toHaveURL(/\/admin\/stories\/new$/);
    // Fixing it saves the draft with everything else intact.
    await slug.fill(`${taken.slug}-two`);
    await main(page).getByRole("button", { name: "Save draft" }).click();
    await expect(page).toHaveURL(/\?done=draft$/);
    await expect(main(page).getByLabel("TL;DR")).toHaveValue("A short summary for the skim reader.");
  });

  test("several invalid fields are each marked beside the field", async ({ page, signInAs }) => {
    await signInAs("admin");
    await page.goto("/admin/stories/new");
    await main(page).getByLabel("Image URL").fill("javascript:alert(1)");
    await main(page).getByRole("button", { name: "Save draft" }).click();
    await expect(main(page).getByRole("alert")).toContainText("Please fix the");
    for (const id of ["title", "slug", "primaryTag", "tldr", "takeaway-0", "body", "author", "coverUrl", "coverAlt"]) {
      await expect(main(page).locator(`#${id}`), id).toHaveAttribute("aria-invalid", "true");
    }
    await expect(main(page).locator("#title")).toBeFocused();
  });
});

const payload = `<script>window.__xss=1</script><img src=x onerror="window.__xss=1"><svg onload="window.__xss=1">`;

test.describe("hostile input", () => {
  test("script, handlers, javascript: links and iframes in every field render as text or are removed", async ({ page, signInAs }, testInfo) => {
    // Three pathological Markdown bodies through the parser, then seven pages each left to go idle:
    // about 25 s alone on a 2-core machine, too close to the default 30 s when the suite runs in parallel.
    test.slow();
    await signInAs("admin");
    let dialogs = 0;
    page.on("dialog", (d) => {
      dialogs++;
      void d.dismiss();
    });
    const tagName = `Tag ${payload}`.slice(0, 60);
    const tagSlug = `xss-${testInfo.project.name}-${Date.now().toString(36)}`;
    const slug = `xss-${testInfo.project.name}-${Date.now().toString(36)}`;
    const title = `End-to-end ${payload}`;
    const body = [
      "## Heading <script>window.__xss=1</script>",
      payload,
      '<iframe src="https://example.org"></iframe>',
      "[click me](javascript:window.__xss=1)",
      '<a href="javascript:window.__xss=1">raw link</a>',
      '<p onclick="window.__xss=1" style="position:fixed">styled</p>',
      "<form action=https://evil.example><button>Go</button></form>",
    ].join("\n\n");
    const story = {
      title,
      slug,
      tagSlugs: ["research", tagSlug],
      newTags: [{ slug: tagSlug, name: tagName }],
      tldr: `TL;DR ${payload}`,
      takeaways: [`Takeaway ${payload}`, "javascript:alert(1)"],
      body,
      coverUrl: "/opengraph-image",
      coverAlt: `Alt "><script>window.__xss=1</script>`,
      sources: [{ url: "https://example.org/?q=\"><script>window.__xss=1</script>", title: `Source ${payload}`, kind: "paper" }],
      author: `Author ${payload}`,
      intent: "publish",
    };

    // Links that would run code are refused at the door.
    const jsSource = await page.request.post("/api/admin/stories", {
      data: { ...story, slug: `${slug}-js`, sources: [{ url: "javascript:alert(1)", title: "x", kind: "news" }] },
    });
    expect(jsSource.status()).toBe(422);
    expect((await jsSource.json()).error.fields["sources.0.url"]).toBeTruthy();
    for (const coverUrl of ["javascript:alert(1)", "//evil.example/x.png", "/\t/evil.example:99999", "/\\evil.example"]) {
      const refused = await page.request.post("/api/admin/stories", { data: { ...story, slug: `${slug}-cover`, coverUrl } });
      expect(refused.status(), coverUrl).toBe(422);
      expect((await refused.json()).error.fields.coverUrl, coverUrl).toBeTruthy();
    }
    // Markdown built to blow the parser's stack or stall it is refused, not stored.
    for (const evil of [`${">".repeat(2000)} x`, "<div>".repeat(5000), "[a](b ".repeat(30000)]) {
      const refused = await page.request.post("/api/admin/stories", { data: { ...story, slug: `${slug}-md`, body: evil } });
      expect(refused.status()).toBe(422);
      expect((await refused.json()).error.fields.body).toBeTruthy();
      const preview = await page.request.post("/api/admin/markdown", { data: { markdown: evil } });
      expect(preview.status()).toBe(422);
    }

    const created = await page.request.post("/api/admin/stories", { data: story });
    expect(created.status()).toBe(201);
    const { story: saved } = await created.json();

    const pages = [`/stories/${slug}`, "/", `/tags/${tagSlug}`, "/tags", "/admin", `/admin/stories/${saved.id}`, "/admin/audit"];
    for (const path of pages) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      const where = main(page);
      expect(await page.evaluate(() => (window as { __xss?: number }).__xss), path).toBeUndefined();
      // Only structured data may be a script, and it is JSON with "<" escaped.
      await expect(where.locator('script:not([type="application/ld+json"])'), path).toHaveCount(0);
      for (const json of await where.locator('script[type="application/ld+json"]').allInnerTexts()) expect(json).not.toContain("<");
      await expect(where.locator("iframe, form[action*='evil'], [onerror], [onload], [onclick], [style]"), path).toHaveCount(0);
      await expect(where.locator('a[href^="javascript:"]'), path).toHaveCount(0);
    }

    // On the story page, each field's text is shown as typed.
    await page.goto(`/stories/${slug}`);
    const article = page.getByRole("article").first();
    await expect(article.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(article.getByRole("region", { name: "TL;DR" })).toContainText(`TL;DR ${payload}`);
    await expect(article.getByRole("region", { name: "Key Takeaways" })).toContainText(`Takeaway ${payload}`);
    await expect(article.getByText(`By Author ${payload}`)).toBeVisible();
    await expect(article.getByRole("link", { name: `Source ${payload}` })).toBeVisible();
    await expect(article.getByRole("link", { name: tagName, exact: true })).toBeVisible();
    await expect(article.getByRole("link", { name: "click me" })).toHaveCount(0);
    await expect(article.getByText("raw link")).toBeVisible();
    expect(await page.title()).toContain(title);

    // The editor's live preview and the real-page preview are sanitised the same way.
    await page.goto(`/admin/stories/${saved.id}`);
    await expect(main(page).getByTestId("body-preview").getByRole("heading", { name: /Heading/ })).toBeVisible();
    await expect(main(page).getByTestId("body-preview").locator("script, iframe, [onerror], [onload]")).toHaveCount(0);
    const [preview] = await Promise.all([page.context().waitForEvent("page"), main(page).getByRole("button", { name: "Preview" }).click()]);
    await preview.waitForLoadState("networkidle");
    expect(await preview.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    await expect(preview.getByRole("main").locator("script, iframe, [onerror], [onload], [onclick]")).toHaveCount(0);
    await expect(preview.getByRole("heading", { level: 1 })).toHaveText(title);

    // RSS carries the title as text: parsed, it is the same string.
    const rss = new XMLParser().parse(await (await page.request.get("/rss.xml")).text());
    const items = rss.rss.channel.item as { title: string }[];
    expect(items.map((i) => i.title)).toContain(title);
    expect(dialogs).toBe(0);
  });
});

test.describe("the desk's pages", () => {
  test("the list filters by status, tag and title, and links each story to its editor", async ({ page, signInAs, makeStory }, testInfo) => {
    const word = `findme${testInfo.project.name}${Date.now().toString(36)}`;
    const draft = await makeStory({ title: `End-to-end ${word} draft`, status: "draft", publishedAt: null, tagSlugs: ["climate"] });
    await makeStory({ title: `End-to-end ${word} live`, tagSlugs: ["education"] });
    await signInAs("admin");
    await page.goto("/admin");
    await main(page).getByLabel("Title contains").fill(word);
    await main(page).getByRole("button", { name: "Filter" }).click();
    const list = main(page).getByRole("list", { name: "Stories" });
    await expect(list.getByRole("listitem")).toHaveCount(2);
    await main(page).getByLabel("Status").selectOption("draft");
    await main(page).getByRole("button", { name: "Filter" }).click();
    await expect(list.getByRole("listitem")).toHaveCount(1);
    await expect(list.getByRole("listitem")).toContainText("Draft");
    await page.goto(`/admin?q=${word}&tag=education`);
    await expect(list.getByRole("listitem")).toHaveCount(1);
    await expect(list).toContainText("live");
    await page.goto(`/admin?q=${word}&status=nonsense`);
    await expect(main(page).getByText("That filter was not understood")).toBeVisible();
    await page.goto(`/admin?q=${word}`);
    await list.getByRole("link", { name: `End-to-end ${word} draft` }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/stories/${draft.id}$`));
    await expect(main(page).getByLabel("Title", { exact: true })).toHaveValue(`End-to-end ${word} draft`);
  });

  test("desk pages pass axe and fit the screen", { tag: "@phone" }, async ({ page, signInAs, makeStory }) => {
    // Five axe scans of large pages: slow on a loaded 2-core machine.
    test.slow();
    const story = await makeStory({ sources: [{ url: "https://example.org/a", title: "A dataset", kind: "dataset" }] });
    await signInAs("admin");
    for (const path of ["/admin", "/admin/stories/new", `/admin/stories/${story.id}`]) {
      await page.goto(path);
      await expectNoSeriousA11yViolations(page);
      expect(await hasHorizontalOverflow(page), path).toBe(false);
    }
    await page.goto(`/admin/stories/${story.id}`);
    await main(page).getByRole("button", { name: "Delete" }).click();
    await expectNoSeriousA11yViolations(page);
    await page.keyboard.press("Escape");
    await page.goto(`/stories/${story.slug}`);
    await expect(page.getByRole("region", { name: "Evidence" })).toContainText("Dataset");
    await expectNoSeriousA11yViolations(page);
  });
});

test.describe("access", () => {
  // Real ids: a 404 must come from the guard, not from a missing story or preview.
  let storyId = 0;
  let previewPath = "";
  test.beforeAll(async ({ browser }) => {
    const db = openE2EDatabase();
    const slug = `access-${browser.browserType().name()}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
    storyId = (await createStory(db, {
      slug,
      title: `End-to-end access ${slug}`,
      tldr: "x",
      takeaways: ["x"],
      body: "x",
      tagSlugs: ["research"],
      author: "A",
      status: "draft",
      publishedAt: null,
      cover: null,
      sources: [],
    })).id;
    const owner = await setRoleByEmail(db, `${slug}@example.com`, "admin");
    const preview = await savePreview(db, owner.id, {
      title: "T", slug, tagSlugs: ["research"], newTags: [], tldr: "x", takeaways: ["x"], body: "x",
      coverUrl: "", coverAlt: "", sources: [], author: "A", publishAt: null, storyId,
    });
    previewPath = `/admin/preview/${preview}`;
    await db.$close();
  });
  const pages = () => ["/admin", "/admin/stories/new", `/admin/stories/${storyId}`, previewPath, "/admin/tags", "/admin/audit", "/admin/team", "/admin/newsletter"];
  const handlers: [string, string][] = [
    ["GET", "/api/admin/stories"],
    ["POST", "/api/admin/stories"],
    ["GET", "/api/admin/stories/STORY"],
    ["PUT", "/api/admin/stories/STORY"],
    ["DELETE", "/api/admin/stories/STORY?version=1"],
    ["POST", "/api/admin/previews"],
    ["POST", "/api/admin/markdown"],
    ["GET", "/api/admin/tags"],
    ["POST", "/api/admin/tags"],
    ["PATCH", "/api/admin/tags/research"],
    ["DELETE", "/api/admin/tags/research"],
    ["POST", "/api/admin/tags/research/merge"],
    ["GET", "/api/admin/audit"],
    ["GET", "/api/admin/users"],
    ["PUT", "/api/admin/users/00000000-0000-4000-8000-000000000000/role"],
    ["POST", "/api/admin/newsletter/test"],
  ];

  test("a reader gets the 404 page from every admin page and 403 JSON from every admin handler", async ({ page, signInAs }) => {
    await signInAs("reader");
    for (const path of pages()) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn’t find that page");
    }
    for (const [method, template] of handlers) {
      const path = template.replace("STORY", String(storyId));
      const response = await page.request.fetch(path, { method, data: {} });
      expect(response.status(), `${method} ${path}`).toBe(403);
      expect((await response.json()).error.code, `${method} ${path}`).toBe("forbidden:admin");
    }
  });

  test("signed out, admin pages answer 404 and handlers 401", async ({ page }) => {
    for (const path of pages()) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn’t find that page");
    }
    for (const [method, template] of handlers) {
      const path = template.replace("STORY", String(storyId));
      const response = await page.request.fetch(path, { method, data: {} });
      expect(response.status(), `${method} ${path}`).toBe(401);
      expect((await response.json()).error.code).toBe("unauthorized:auth");
    }
  });

  test("admin handlers answer bad input with clear JSON errors", async ({ page, signInAs, makeStory }) => {
    await signInAs("admin");
    const api = page.request;
    const notJson = await api.post("/api/admin/stories", { headers: { "Content-Type": "application/json" }, data: Buffer.from("{oops") });
    expect(notJson.status()).toBe(400);
    const tooBig = await api.post("/api/admin/stories", { data: { body: "x".repeat(1_100_000) } });
    expect(tooBig.status()).toBe(413);
    const empty = await api.post("/api/admin/stories", { data: { intent: "publish" } });
    expect(empty.status()).toBe(422);
    const error = (await empty.json()).error;
    expect(error.code).toBe("invalid_input");
    expect(Object.keys(error.fields)).toEqual(expect.arrayContaining(["title", "slug", "tagSlugs", "tldr", "takeaways", "body", "author"]));
    const crossSite = await api.post("/api/admin/stories", { headers: { Origin: "https://evil.example" }, data: {} });
    expect(crossSite.status()).toBe(403);
    expect((await api.get("/api/admin/stories?status=gone")).status()).toBe(400);
    expect((await api.get("/api/admin/stories/abc")).status()).toBe(400);
    expect((await api.get("/api/admin/stories/999999999")).status()).toBe(404);
    const story = await makeStory();
    expect((await api.delete(`/api/admin/stories/${story.id}`)).status()).toBe(400);
    const stale = await api.delete(`/api/admin/stories/${story.id}?version=7`);
    expect(stale.status()).toBe(409);
    expect((await stale.json()).error.code).toBe("conflict:version");
    const markdown = await api.post("/api/admin/markdown", { data: { markdown: "**bold** <script>x</script>" } });
    expect((await markdown.json()).html).toBe("<p><strong>bold</strong> </p>");
  });
});
