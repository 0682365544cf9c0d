// The admin desk's Tags page and audit log, as an admin uses them, at both viewports.
import type { Page, TestInfo } from "@playwright/test";
import { followTag } from "@/db/queries/follows";
import { ensureTag } from "@/db/queries/story-writes";
import { setRoleByEmail } from "@/db/queries/users";
import { expect, expectNoSeriousA11yViolations, hasHorizontalOverflow, test } from "./fixtures";

// Scoped to main: Next's route announcer is a (usually empty) role="alert" too.
const main = (page: Page) => page.getByRole("main");
const newTagForm = (page: Page) => main(page).getByRole("region", { name: "New tag" });
/** A tag's row, found by the link to its public page (slugs are unique, names need not be). */
const row = (page: Page, slug: string) =>
  main(page)
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: new RegExp(`/tags/${slug}$`) }) });
const dialog = (page: Page) => main(page).getByRole("dialog");
const status = (page: Page) => main(page).getByRole("status");

/** Tags unique to this test in this project, since both projects share one database. */
function unique(testInfo: TestInfo) {
  return `${testInfo.project.name}-${testInfo.workerIndex}-${Date.now().toString(36)}`;
}

/** Controls are disabled until React hydrates; typing before then would be lost. */
async function openTagsPage(page: Page) {
  await page.goto("/admin/tags");
  await expect(newTagForm(page).getByRole("button", { name: "Create tag" })).toBeEnabled();
}

test.describe("the Tags page", () => {
  test("creates, renames, refuses to delete a tag in use, merges it, deletes an unused one; the audit log lists it all", async ({
    page,
    db,
    signInAs,
    makeStory,
    uniqueEmail,
  }, testInfo) => {
    const admin = await signInAs("admin");
    const id = unique(testInfo);
    const name = `E2E Quantum ${id}`;
    const slug = `e2e-quantum-${id}`;
    const renamed = `E2E Quantum computing ${id}`;
    const target = { slug: `e2e-target-${id}`, name: `E2E Target ${id}` };
    const unused = { slug: `e2e-unused-${id}`, name: `E2E Unused ${id}` };

    await openTagsPage(page);
    await expect(page.getByRole("heading", { name: "Tags", level: 1 })).toBeVisible();
    await expect(page).toHaveTitle(/Tags · Admin/);

    // Create: the slug is suggested from the name.
    await newTagForm(page).getByLabel("Name", { exact: true }).fill(name);
    await expect(newTagForm(page).getByLabel("Slug", { exact: true })).toHaveValue(slug);
    await newTagForm(page).getByLabel("Description (optional)").fill("Qubits doing useful work.");
    await newTagForm(page).getByRole("button", { name: "Create tag" }).click();
    await expect(status(page)).toContainText(`Created “${name}”`);
    await expect(row(page, slug)).toContainText("0 stories · 0 followers");
    await expect(newTagForm(page).getByLabel("Name", { exact: true })).toHaveValue("");

    // The same slug again is refused next to the slug field.
    await newTagForm(page).getByLabel("Name", { exact: true }).fill(name);
    await newTagForm(page).getByRole("button", { name: "Create tag" }).click();
    const slugInput = newTagForm(page).getByLabel("Slug", { exact: true });
    await expect(slugInput).toHaveAttribute("aria-invalid", "true");
    await expect(slugInput).toHaveAccessibleDescription(/already exists/);
    await expect(newTagForm(page).getByRole("alert")).toContainText("Nothing was saved");
    await newTagForm(page).getByLabel("Name", { exact: true }).fill("");

    // Rename: the slug stays.
    await row(page, slug).getByRole("button", { name: /^Edit/ }).click();
    await expect(row(page, slug)).toContainText(`The slug stays /tags/${slug}`);
    await row(page, slug).getByLabel("Name", { exact: true }).fill(renamed);
    await row(page, slug).getByRole("button", { name: "Save changes" }).click();
    await expect(status(page)).toContainText(`Saved “${renamed}”`);
    await expect(row(page, slug).getByRole("heading")).toHaveText(renamed);
    await expect(row(page, slug).getByRole("button", { name: /^Edit/ })).toBeFocused();

    // A story and a follower on it, and a tag to merge it into.
    const story = await makeStory({ tagSlugs: [slug] });
    const follower = await setRoleByEmail(db, uniqueEmail("follower"), "reader");
    await followTag(db, follower.id, slug);
    await ensureTag(db, target);
    await openTagsPage(page);
    await expect(row(page, slug)).toContainText("1 story · 1 follower");

    // Delete is refused while a story uses it, pointing to Merge.
    await row(page, slug).getByRole("button", { name: /^Delete/ }).click();
    await expect(dialog(page)).toBeVisible();
    await expect(dialog(page)).toContainText("1 reader follows it and will lose the follow");
    await expect(dialog(page).getByRole("button", { name: "Cancel" })).toBeFocused();
    await dialog(page).getByRole("button", { name: "Delete tag" }).click();
    await expect(dialog(page)).toBeHidden();
    await expect(row(page, slug).getByRole("alert")).toContainText("Merge it into another tag instead");

    // Merge into the target, confirming with the counts.
    await row(page, slug).getByRole("button", { name: `Merge “${renamed}” instead` }).click();
    const into = row(page, slug).getByLabel(`Merge “${renamed}” into`, { exact: true });
    await expect(into).toBeFocused();
    await expectNoSeriousA11yViolations(page);
    await into.selectOption(target.slug);
    await row(page, slug).getByRole("button", { name: "Merge…", exact: true }).click();
    await expect(dialog(page)).toContainText(`1 story and 1 follower move to “${target.name}”`);
    await dialog(page).getByRole("button", { name: "Merge tags" }).click();
    await expect(status(page)).toContainText(`Merged “${renamed}” into “${target.name}”: 1 story and 1 follower moved.`);
    await expect(status(page)).toBeFocused();
    await expect(row(page, slug)).toHaveCount(0);
    await expect(row(page, target.slug)).toContainText("1 story · 1 follower");

    await page.goto(`/tags/${target.slug}`);
    await expect(main(page).getByRole("link", { name: `End-to-end story ${story.slug}`, exact: true })).toBeVisible();
    await expect(main(page)).toContainText("1 follower");
    expect((await page.goto(`/tags/${slug}`))!.status()).toBe(404);

    // Delete an unused tag; its follower loses the follow.
    await ensureTag(db, unused);
    await followTag(db, follower.id, unused.slug);
    await openTagsPage(page);
    await row(page, unused.slug).getByRole("button", { name: /^Delete/ }).click();
    await dialog(page).getByRole("button", { name: "Delete tag" }).click();
    await expect(status(page)).toContainText(`Deleted “${unused.name}”. 1 reader no longer follows it.`);
    await expect(row(page, unused.slug)).toHaveCount(0);

    // The audit log, newest first.
    await page.goto("/admin/audit");
    await expect(page.getByRole("heading", { name: "Audit log", level: 1 })).toBeVisible();
    const mine = main(page).getByRole("listitem").filter({ hasText: admin.email });
    await expect(mine).toHaveText([
      new RegExp(`deleted.*“${unused.name}”`),
      new RegExp(`merged.*“${renamed}”.*into.*“${target.name}”`),
      // The merge also lands in the moved story's own history.
      /edited “End-to-end story .*” \(changed tags\)/,
      new RegExp(`renamed.*“${name}”.*“${renamed}”`),
      new RegExp(`created.*“${name}”`),
    ]);
    await expect(mine.first().locator("time")).toHaveAttribute("datetime", /^\d{4}-\d\d-\d\dT/);
  });

  // One test per scheme: eight axe scans in one test would outrun its time on a slow machine.
  for (const colorScheme of ["light", "dark"] as const) {
    test(`both pages pass axe in ${colorScheme} mode and fit the screen`, { tag: "@phone" }, async ({ page, signInAs }) => {
      // Four axe scans: slow on a loaded 2-core machine.
      test.slow();
      await signInAs("admin");
      await page.emulateMedia({ colorScheme });
      await openTagsPage(page);
      await expectNoSeriousA11yViolations(page);
      expect(await hasHorizontalOverflow(page)).toBe(false);

      // A demo tag no test changes; only its forms are opened.
      const first = row(page, "accessibility");
      await first.getByRole("button", { name: /^Edit/ }).click();
      await expect(first.getByLabel("Name", { exact: true })).toBeFocused();
      await expectNoSeriousA11yViolations(page);
      expect(await hasHorizontalOverflow(page)).toBe(false);

      await first.getByRole("button", { name: /^Delete/ }).click();
      await expect(dialog(page)).toBeVisible();
      await expectNoSeriousA11yViolations(page);
      expect(await hasHorizontalOverflow(page)).toBe(false);
      await page.keyboard.press("Escape");
      await expect(dialog(page)).toBeHidden();

      await page.goto("/admin/audit");
      await expect(page.getByRole("heading", { name: "Audit log", level: 1 })).toBeVisible();
      await expectNoSeriousA11yViolations(page);
      expect(await hasHorizontalOverflow(page)).toBe(false);
    });
  }

  test("the audit log ignores a malformed ?before= and says when there is nothing older", async ({ page, signInAs }) => {
    await signInAs("admin");
    await page.goto("/admin/audit?before=not-a-number");
    await expect(main(page).getByRole("list", { name: "Latest audit entries" })).toBeVisible();
    await page.goto("/admin/audit?before=1");
    await expect(main(page)).toContainText("There are no older entries.");
    await main(page).getByRole("link", { name: "Newest entries" }).click();
    await expect(page).toHaveURL(/\/admin\/audit$/);
  });
});

test.describe("who may use it", () => {
  const handlers: { method: string; path: string; data?: unknown }[] = [
    { method: "GET", path: "/api/admin/tags" },
    { method: "POST", path: "/api/admin/tags", data: { slug: "e2e-not-allowed", name: "Not allowed" } },
    // A tag that does not exist: even a broken guard would change nothing.
    { method: "PATCH", path: "/api/admin/tags/e2e-no-such-tag", data: { name: "Renamed" } },
    { method: "DELETE", path: "/api/admin/tags/e2e-no-such-tag" },
    { method: "POST", path: "/api/admin/tags/e2e-no-such-tag/merge", data: { into: "health" } },
    { method: "GET", path: "/api/admin/audit" },
  ];

  test("a reader gets the 404 page and 403 from every handler", async ({ page, signInAs }) => {
    await signInAs("reader");
    for (const path of ["/admin/tags", "/admin/audit"]) {
      const response = await page.goto(path);
      expect(response!.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "We couldn’t find that page" })).toBeVisible();
    }
    for (const { method, path, data } of handlers) {
      const response = await page.request.fetch(path, { method, data });
      expect(response.status(), `${method} ${path}`).toBe(403);
      expect((await response.json()).error.code, `${method} ${path}`).toBe("forbidden:admin");
    }
  });

  test("signed out, the pages answer 404 and every handler answers 401", async ({ page, request }) => {
    expect((await page.goto("/admin/tags"))!.status()).toBe(404);
    expect((await page.goto("/admin/audit"))!.status()).toBe(404);
    for (const { method, path, data } of handlers) {
      const response = await request.fetch(path, { method, data });
      expect(response.status(), `${method} ${path}`).toBe(401);
      expect((await response.json()).error.code, `${method} ${path}`).toBe("unauthorized:auth");
    }
  });
});
