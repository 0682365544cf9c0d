// The admin desk's newsletter page: subscriber figures, a preview of the digest
// as the sender would compose it now, and a test sent to the admin alone.
import { getSubscriberByEmail } from "@/db/queries/newsletter";
import { expect, expectNoSeriousA11yViolations, hasHorizontalOverflow, test } from "./fixtures";

// Demo stories are seeded 3 h and 46 h before the server started: inside the
// last day and only inside the last week. Newest-first with 12 listed, so
// stories other tests publish meanwhile do not push them out.
const NEWEST = "AI screening brings diabetic eye checks to rural clinics with no eye specialist";
const NEWEST_SLUG = "ai-screening-brings-diabetic-eye-checks-to-rural-clinics";
const TWO_DAYS_OLD = "Meal forecasting tool cuts school canteen food waste by a third in a year";

const link = (text: string, path: string) => text.match(new RegExp(`https?://\\S+${path}\\S*`))![0];

test.describe("the admin newsletter desk", () => {
  test("an admin previews the weekly and the daily digest and sends themselves a test", async ({
    page,
    db,
    signInAs,
    nextEmail,
    countEmails,
  }) => {
    const admin = await signInAs("admin");
    await page.goto("/admin/newsletter");
    await expect(page).toHaveTitle(/^Newsletter · Admin/);
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 1, name: "Newsletter" })).toBeVisible();
    const figures = main.getByRole("region", { name: "Subscribers" });
    for (const figure of ["Daily", "Weekly", "Pending", "Unsubscribed"]) {
      await expect(figures.getByText(figure, { exact: true })).toBeVisible();
    }

    // Weekly by default: the plain-text part lists the week's stories.
    await expect(main.getByRole("radio", { name: "Weekly" })).toBeChecked();
    const text = main.locator("pre");
    await expect(text).toContainText("your weekly digest, from across the site");
    await expect(text).toContainText(NEWEST);
    await expect(text).toContainText(TWO_DAYS_OLD);
    await expect(main.getByText(/^AI Wins: \d+ positive AI stories this week$/)).toBeVisible();
    // The HTML part is shown in a frame that may run nothing.
    const frame = main.getByTitle("HTML part of the weekly digest preview");
    await expect(frame).toHaveAttribute("sandbox", "");
    expect(await frame.getAttribute("srcdoc")).toContain(`/stories/${NEWEST_SLUG}`);

    // A plain GET form switches the frequency.
    await main.getByRole("radio", { name: "Daily" }).check();
    await main.getByRole("button", { name: "Show preview" }).click();
    await expect(page).toHaveURL(/\/admin\/newsletter\?frequency=daily&content=all$/);
    await expect(text).toContainText("your daily digest");
    await expect(text).toContainText(NEWEST);
    await expect(text).not.toContainText(TWO_DAYS_OLD);
    await expect(main.getByRole("radio", { name: "Daily" })).toBeChecked();
    await expect(main.getByTitle("HTML part of the daily digest preview")).toBeVisible();

    // The test goes to the admin over real SMTP, and records nothing.
    const before = await countEmails(admin.email);
    await main.getByRole("button", { name: "Send me a test" }).click();
    await expect(main.getByRole("status")).toContainText(`A test of this digest went to ${admin.email}`);
    await expect(page).toHaveURL(/frequency=daily/);
    const mail = await nextEmail(admin.email, before);
    expect(mail.subject).toMatch(/^\[Test\] AI Wins: \d+ positive AI stor(y|ies) today$/);
    expect(mail.text).toContain(NEWEST);
    expect(mail.text).not.toContain(TWO_DAYS_OLD);
    expect(mail.html).toContain(`/stories/${NEWEST_SLUG}`);
    expect(mail.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    expect(await getSubscriberByEmail(db, admin.email)).toBeNull();

    // Its preference link belongs to no subscriber: it changes nothing.
    await page.goto(link(mail.text, "/newsletter/preferences"));
    await expect(page.getByRole("heading", { name: "This link doesn’t work" })).toBeVisible();
    expect(await getSubscriberByEmail(db, admin.email)).toBeNull();
  });

  test("with nothing new, the page says the sender would send nothing", async ({ page, signInAs }) => {
    await signInAs("admin");
    // A new admin follows no topics, so a followed-topics digest is empty.
    await page.goto("/admin/newsletter?frequency=daily&content=followed");
    const main = page.getByRole("main");
    await expect(main.getByRole("radio", { name: /Only the topics you follow/ })).toBeChecked();
    await expect(main.getByText("You follow no topics, so this digest is empty.")).toBeVisible();
    await expect(main.getByText(/The sender sends nothing when there is nothing new/)).toBeVisible();
    await expect(main.locator("iframe")).toHaveCount(0);
    await expect(main.getByRole("button", { name: "Send me a test" })).toHaveCount(0);
  });

  test("the test-send handler: JSON answers, bad input, other sites", async ({ page, db, signInAs, nextEmail, countEmails }) => {
    const admin = await signInAs("admin");
    const api = page.request;
    const before = await countEmails(admin.email);
    const sent = await api.post("/api/admin/newsletter/test", { data: { frequency: "weekly" } });
    expect(sent.status()).toBe(200);
    expect(await sent.json()).toMatchObject({ sent: { to: admin.email, subject: expect.stringMatching(/^\[Test\] .* this week$/) } });
    expect((await nextEmail(admin.email, before)).text).toContain(TWO_DAYS_OLD);

    const bad = await api.post("/api/admin/newsletter/test", { data: { frequency: "hourly" } });
    expect(bad.status()).toBe(422);
    expect((await bad.json()).error).toMatchObject({ code: "invalid_input", fields: { frequency: expect.any(String) } });
    const empty = await api.post("/api/admin/newsletter/test", { data: { frequency: "daily", content: "followed" } });
    expect(empty.status()).toBe(409);
    expect((await empty.json()).error.code).toBe("nothing_new");
    const crossSite = await api.post("/api/admin/newsletter/test", {
      data: { frequency: "daily" },
      headers: { Origin: "https://evil.example" },
    });
    expect(crossSite.status()).toBe(403);
    expect((await crossSite.json()).error.code).toBe("forbidden:origin");
    expect(await countEmails(admin.email)).toBe(before + 1);
    expect(await getSubscriberByEmail(db, admin.email)).toBeNull();
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`the page passes axe and fits the screen in ${scheme} mode`, { tag: "@phone" }, async ({ page, signInAs }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await signInAs("admin");
      await page.goto("/admin/newsletter");
      await expect(page.getByRole("main").locator("pre")).toContainText(NEWEST);
      await expectNoSeriousA11yViolations(page, { exclude: ["iframe[sandbox]"] });
      expect(await hasHorizontalOverflow(page)).toBe(false);
      // The email itself, opened as a page of its own (axe cannot run inside a script-less sandbox).
      const html = await page.getByRole("main").locator("iframe[sandbox]").getAttribute("srcdoc");
      const email = await page.context().newPage();
      await email.setContent(html ?? "");
      await expectNoSeriousA11yViolations(email);
      await email.close();
      await page.goto("/admin/newsletter?frequency=daily&content=followed&error=rate_limited");
      await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
      await expectNoSeriousA11yViolations(page, { exclude: ["iframe[sandbox]"] });
      expect(await hasHorizontalOverflow(page)).toBe(false);
    });
  }

  test("readers get the 404 page and a 403; signed out, the 404 page and a 401", async ({ page, request, signInAs }) => {
    const signedOut = await request.post("/api/admin/newsletter/test", { data: { frequency: "daily" } });
    expect(signedOut.status()).toBe(401);
    expect((await signedOut.json()).error.code).toBe("unauthorized:auth");
    expect((await page.goto("/admin/newsletter"))!.status()).toBe(404);

    await signInAs("reader");
    const response = await page.goto("/admin/newsletter");
    expect(response!.status()).toBe(404);
    await expect(page.getByRole("main").getByRole("heading", { name: "We couldn’t find that page" })).toBeVisible();
    const refused = await page.request.post("/api/admin/newsletter/test", { data: { frequency: "daily" } });
    expect(refused.status()).toBe(403);
    expect((await refused.json()).error).toMatchObject({ code: "forbidden:admin" });
  });
});
