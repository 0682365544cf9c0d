// The smoke test of `npm run test:cluster`: two app servers over one libSQL
// primary and its read replica (test/test-cluster.ts starts them). A reader
// signs in on one server and is signed in on both; what they save or follow
// on one is there on their next page from the other; a story an admin
// publishes on one appears on both. Cookies are per host, not port, so the
// browser treats the two servers as one site, as behind a load balancer.
import type { Page } from "@playwright/test";
import { expect, signInDetails, test } from "./fixtures";

const [A, B] = (process.env.CLUSTER_APP_URLS ?? "").split(",");
const main = (page: Page) => page.getByRole("main");

test.beforeAll(() => {
  if (!A || !B) throw new Error("CLUSTER_APP_URLS is not set: run this through `npm run test:cluster`.");
});

test("sign in, save, follow and publish across two servers", async ({ page, browser, uniqueEmail, nextEmail, signInAs }) => {
  // Sign in on A with the emailed code; the session is in the shared database.
  const email = uniqueEmail();
  await page.goto(`${A}/signin`);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  const { code } = signInDetails(await nextEmail(email));
  await page.getByLabel("6-digit code").fill(code);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/signin/);
  const me = (await (await page.request.get(`${B}/api/me`)).json()) as { user: { email: string } | null };
  expect(me.user?.email).toBe(email);

  // Save a story on B; A's Saved page has it on the very next load.
  await page.goto(`${B}/`);
  const save = main(page).getByRole("button", { name: /^Save “/ }).first();
  const label = (await save.getAttribute("aria-label")) ?? (await save.innerText());
  const title = /“(.+)”/.exec(label)?.[1];
  expect(title).toBeTruthy();
  await Promise.all([page.waitForResponse((r) => r.url().includes("/api/bookmarks") && r.ok()), save.click()]);
  await expect(save).toHaveAttribute("aria-pressed", "true");
  // The write handed back the replication clock, so reads wait for the replica.
  expect((await page.context().cookies(A)).some((c) => c.name === "aiw_rs")).toBe(true);
  await page.goto(`${A}/saved`);
  await expect(main(page).getByRole("link", { name: title!, exact: true })).toBeVisible();

  // Follow a topic on A; B's Following feed shows it at once.
  await page.goto(`${A}/tags/health`);
  const follow = page.getByRole("button", { name: "Follow Health" });
  await Promise.all([page.waitForResponse((r) => r.url().includes("/api/follows") && r.ok()), follow.click()]);
  await expect(follow).toHaveAttribute("aria-pressed", "true");
  await page.goto(`${B}/following`);
  await expect(main(page).getByRole("link", { name: "Health" }).first()).toBeVisible();
  await expect(main(page).getByRole("article").first()).toBeVisible();

  // An admin publishes on B; both servers' cached feeds show it.
  const desk = await browser.newContext();
  const admin = await desk.newPage();
  await signInAs("admin", desk);
  // The fixture writes the admin's session straight to the primary, with no
  // read-your-writes cookie: wait until B's replica has it (the cause of a
  // rare 404 here, once read as a cold start), as a reader's own sign-in would.
  await expect
    .poll(async () => ((await (await admin.request.get(`${B}/api/me`)).json()) as { user?: { role?: string } | null }).user?.role, {
      timeout: 30_000,
    })
    .toBe("admin");
  const story = `End-to-end cluster story ${Date.now().toString(36)}`;
  await admin.goto(`${B}/admin/stories/new`);
  await main(admin).getByLabel("Title", { exact: true }).fill(story);
  await main(admin).getByLabel("Author").fill("Cluster Tester");
  await main(admin).getByLabel("Primary tag").selectOption("health");
  await main(admin).getByLabel("TL;DR").fill("Two servers, one database, and the story is on both.");
  await main(admin).getByRole("textbox", { name: "Takeaway 1", exact: true }).fill("Writes reach every server.");
  await main(admin).getByLabel("Body (Markdown)").fill("## Why it matters\n\nReaders land on either server.");
  await main(admin).getByRole("button", { name: "Publish now" }).click();
  await expect(admin).toHaveURL(/\/admin\/stories\/\d+\?done=publish$/);
  await desk.close();

  for (const server of [A, B]) {
    await expect(async () => {
      await page.goto(`${server}/`);
      await expect(main(page).getByRole("link", { name: story, exact: true })).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 10_000 });
  }
  // The follower's feed on A has it too.
  await page.goto(`${A}/following`);
  await expect(main(page).getByRole("link", { name: story, exact: true })).toBeVisible();
});
