// Over 300 lines: email, codes, links, sessions and guards share the same helpers and mail fixtures.
// Signing in, as a reader does it, and the guards around every account page and handler.
import { spawn } from "node:child_process";
import path from "node:path";
import { CODE_FAILURES, issueVerificationToken, recordFailedCode } from "@/db/queries/auth-adapter";
import { setRoleByEmail } from "@/db/queries/users";
import { hashSignInCode } from "@/lib/auth/tokens";
import { baseURL, E2E_ADMIN_EMAILS, E2E_AUTH_SECRET } from "../playwright.config";
import type { Page } from "@playwright/test";
import { demoCards, e2eDatabaseUrl, expect, expectNoSeriousA11yViolations, signInDetails, test } from "./fixtures";

const header = (page: Page) => page.getByRole("banner");
const accountMenu = (page: Page) => header(page).locator("summary");
// Scoped to main: Next's route announcer is a (usually empty) role="alert" too.
const formAlert = (page: Page) => page.getByRole("main").getByRole("alert");

test.describe("signing in by email", () => {
  test("with the emailed link, coming back to the page the reader was on", { tag: "@phone" }, async ({ page, uniqueEmail, nextEmail }) => {
    const email = uniqueEmail();
    await page.goto("/tags/health");
    await header(page).getByRole("link", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Ftags%2Fhealth$/);
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    await expect(page.getByText(email)).toBeVisible();

    const mail = await nextEmail(email);
    expect(mail.subject).toContain("AI Wins");
    expect(mail.html).toContain("AI Wins");
    const { link } = signInDetails(mail);
    await page.goto(link);
    await expect(page.getByText(`You are signing in as ${email}`)).toBeVisible();
    await page.getByRole("button", { name: "Sign in" }).click();

    await expect(page).toHaveURL(/\/tags\/health$/);
    await accountMenu(page).click();
    await expect(header(page).getByRole("link", { name: "Settings" })).toBeVisible();
    await expect(header(page).getByRole("button", { name: "Sign out" })).toBeVisible();
    await expect(header(page).getByRole("link", { name: "Admin" })).toHaveCount(0);
    const session = await (await page.request.get("/api/auth/session")).json();
    expect(session.user).toMatchObject({ email, role: "reader" });
  });

  test("with the 6-digit code typed on the sign-in page", async ({ page, uniqueEmail, nextEmail }) => {
    const email = uniqueEmail();
    await page.goto("/signin");
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    const { code } = signInDetails(await nextEmail(email));
    await page.getByLabel("6-digit code").fill(code);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(accountMenu(page)).toContainText(email);
  });

  test("a wrong code says so, and the right one still works after it", async ({ page, uniqueEmail, nextEmail }) => {
    const email = uniqueEmail();
    await page.goto("/signin");
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    const { code } = signInDetails(await nextEmail(email));
    const wrong = code === "000000" ? "111111" : "000000";
    await page.getByLabel("6-digit code").fill(wrong);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(formAlert(page)).toContainText("not valid");
    await page.getByLabel("6-digit code").fill(code);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(accountMenu(page)).toContainText(email);
  });

  test("a stranger who spends an address's code guesses cannot lock its owner out: the link still works", async ({ page, db, uniqueEmail, nextEmail }) => {
    const email = uniqueEmail();
    await page.goto("/signin");
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    const mail = await nextEmail(email);
    // Lock screens show the subject: the code is only in the body.
    expect(mail.subject).not.toMatch(/\d{6}/);
    const { link, code } = signInDetails(mail);
    expect(new URL(link).searchParams.get("token")).not.toBe(code);
    // Someone else's wrong guesses through the last hour spend the address's budget.
    for (let i = 0; i < CODE_FAILURES.perHour.limit; i++) await recordFailedCode(db, email, Date.now() - 50 * 60_000 + i * 60_000);
    await page.getByLabel("6-digit code").fill(code);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(formAlert(page)).toContainText("codes are paused");
    await page.goto(link);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(accountMenu(page)).toContainText(email);
  });

  test("a mail scanner that fetches the link does not use it up", async ({ page, playwright, uniqueEmail, nextEmail, request }) => {
    const email = uniqueEmail();
    await request.post("/api/signin", { data: { email } });
    const { link } = signInDetails(await nextEmail(email));
    const scanner = await playwright.request.newContext();
    for (let i = 0; i < 3; i++) expect((await scanner.get(link)).status()).toBe(200);
    await scanner.dispose();
    await page.goto(link);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(accountMenu(page)).toContainText(email);
  });

  test("a used link fails with a clear message", async ({ page, uniqueEmail, nextEmail, request }) => {
    const email = uniqueEmail();
    await request.post("/api/signin", { data: { email } });
    const { link } = signInDetails(await nextEmail(email));
    await page.goto(link);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(accountMenu(page)).toContainText(email);
    await page.context().clearCookies();

    await page.goto(link);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/signin\?/);
    await expect(formAlert(page)).toContainText("already used");
  });

  test("an expired link fails with a clear message", async ({ page, db, uniqueEmail }) => {
    const email = uniqueEmail();
    const code = "482913";
    await issueVerificationToken(
      db,
      { identifier: email, token: hashSignInCode(code, E2E_AUTH_SECRET), expires: new Date(Date.now() - 60_000) },
      new Date(Date.now() - 20 * 60_000),
    );
    await page.goto(`/signin/confirm?${new URLSearchParams({ email, token: code, callbackUrl: "/" })}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(formAlert(page)).toContainText("expired");
    // The form keeps the address, so asking again is one click.
    await expect(page.getByLabel("Email address")).toHaveValue(email);
  });

  test("an invalid address gets a clear form error, with and without JavaScript", async ({ page, browser }) => {
    await page.goto("/signin");
    await page.getByLabel("Email address").fill("not-an-email");
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(formAlert(page)).toContainText("valid email address");

    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto("/signin");
    await plain.getByLabel("Email address").fill("still not an email");
    await plain.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(formAlert(plain)).toContainText("valid email address");
    await noJs.close();
  });

  test("works without JavaScript from request to signed in", async ({ browser, uniqueEmail, nextEmail }) => {
    const email = uniqueEmail();
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/signin");
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    const { code } = signInDetails(await nextEmail(email));
    await page.getByLabel("6-digit code").fill(code);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/$/);
    // Cached pages say "Sign in" to everyone until the browser asks who is
    // reading; without JavaScript, that link leads to the reader's account.
    await page.getByRole("banner").getByRole("link", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "You’re signed in" })).toBeVisible();
    await expect(page.getByRole("main")).toContainText(`As ${email}.`);
    await page.getByRole("link", { name: "Settings" }).click();
    await expect(page.getByRole("main")).toContainText(email);
    await page.goto("/signin");
    await page.getByRole("main").getByRole("button", { name: "Sign out" }).click();
    await page.goto("/signin");
    await expect(page.getByRole("heading", { name: "Sign in to AI Wins" })).toBeVisible();
    await context.close();
  });

  test("too many requests for one address answer 429 with a clear message", async ({ page, request, uniqueEmail, countEmails }) => {
    const email = uniqueEmail();
    for (let i = 0; i < 5; i++) expect((await request.post("/api/signin", { data: { email } })).status()).toBe(200);
    const refused = await request.post("/api/signin", { data: { email } });
    expect(refused.status()).toBe(429);
    expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
    expect((await refused.json()).error).toMatchObject({ code: "rate_limited:sign_in", message: expect.stringMatching(/Too many/) });
    await expect.poll(() => countEmails(email)).toBe(5);

    await page.goto("/signin");
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(formAlert(page)).toContainText("Too many sign-in requests");
  });

  test("never redirects off the site after signing in", async ({ page, uniqueEmail, nextEmail }) => {
    const email = uniqueEmail();
    await page.goto(`/signin?callbackUrl=${encodeURIComponent("https://evil.example/phish")}`);
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    const { link } = signInDetails(await nextEmail(email));
    expect(link).toContain("callbackUrl=%2F");
    await page.goto(link.replace("callbackUrl=%2F", `callbackUrl=${encodeURIComponent("//evil.example")}`));
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  test("opening next-auth's callback directly signs nobody in (no login CSRF)", async ({ page, request, uniqueEmail, nextEmail }) => {
    // An attacker requests a code for their own address and sends the victim's
    // browser straight to the callback with it.
    const attacker = uniqueEmail("attacker");
    await request.post("/api/signin", { data: { email: attacker } });
    const { code } = signInDetails(await nextEmail(attacker));
    await page.goto(`/api/auth/callback/email?${new URLSearchParams({ email: attacker, token: code, callbackUrl: "/" })}`);
    await expect(page).toHaveURL(/\/signin\?error=ticket/);
    expect(await (await page.request.get("/api/auth/session")).json()).toEqual({});
    expect((await request.post("/api/auth/callback/email", { form: { email: attacker, token: code } })).status()).toBe(404);
  });

  test("works on whatever host the reader used, not only SITE_URL's", async ({ page, uniqueEmail, nextEmail }) => {
    const email = uniqueEmail();
    const other = baseURL.replace("127.0.0.1", "localhost");
    await page.goto(`${other}/signin?callbackUrl=%2Ftags`);
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    const { code } = signInDetails(await nextEmail(email));
    await page.getByLabel("6-digit code").fill(code);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`${other}/tags`);
    await expect(accountMenu(page)).toContainText(email);
  });

  test("ADMIN_EMAILS makes an admin at sign-in", async ({ page, request, nextEmail, countEmails }, testInfo) => {
    const email = E2E_ADMIN_EMAILS[testInfo.project.name === "desktop" ? 0 : 1]!;
    const before = await countEmails(email);
    await request.post("/api/signin", { data: { email } });
    const { code } = signInDetails(await nextEmail(email, before));
    await page.goto(`/signin/check-email?email=${encodeURIComponent(email)}`);
    await page.getByLabel("6-digit code").fill(code);
    await page.getByRole("button", { name: "Sign in" }).click();
    await accountMenu(page).click();
    await header(page).getByRole("link", { name: "Admin" }).click();
    await expect(page.getByRole("heading", { name: "Stories", level: 1 })).toBeVisible();
  });

  test("an address in ADMIN_EMAILS cannot be demoted, since it would be promoted again", async ({ page, signInAs, db }) => {
    await signInAs("admin");
    const listed = await setRoleByEmail(db, "listed-forever@example.com", "admin");
    const response = await page.request.put(`/api/admin/users/${listed.id}/role`, { data: { role: "reader" } });
    // Only the e2e server's own ADMIN_EMAILS are protected; this address is not one.
    expect(response.status()).toBe(200);
    const protectedAdmin = await setRoleByEmail(db, E2E_ADMIN_EMAILS[0]!, "admin");
    const refused = await page.request.put(`/api/admin/users/${protectedAdmin.id}/role`, { data: { role: "reader" } });
    expect(refused.status()).toBe(409);
    expect((await refused.json()).error.code).toBe("conflict:admin_emails");
  });
});

test.describe("signed in", () => {
  test("signs out from any page", async ({ page, signInAs }) => {
    const user = await signInAs();
    await page.goto("/");
    await demoCards(page).first().getByRole("heading").getByRole("link").click();
    await expect(accountMenu(page)).toContainText(user.email);
    await accountMenu(page).click();
    await header(page).getByRole("button", { name: "Sign out" }).click();
    await expect(header(page).getByRole("link", { name: "Sign in" })).toBeVisible();
    expect(await (await page.request.get("/api/auth/session")).json()).toEqual({});
  });

  test("edits their name in settings", async ({ page, signInAs }) => {
    await signInAs();
    await page.goto("/settings");
    await page.getByLabel("Display name").fill("Grace Hopper");
    await page.getByRole("button", { name: "Save name" }).click();
    await expect(page.getByRole("main").getByRole("status").filter({ hasText: "name" })).toContainText("saved");
    await page.reload();
    await expect(accountMenu(page)).toContainText("Grace Hopper");
  });

  test("signing out everywhere ends every session", async ({ page, browser, signInAs, db }) => {
    const user = await signInAs();
    const { createSessionForUser } = await import("@/db/queries/sessions");
    const other = await createSessionForUser(db, user.id);
    await page.goto("/settings");
    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(page).toHaveURL(/\/signin/);
    const elsewhere = await browser.newContext();
    const response = await elsewhere.request.get("/api/auth/session", {
      headers: { Cookie: `next-auth.session-token=${other.sessionToken}` },
    });
    expect(await response.json()).toEqual({});
    await elsewhere.close();
  });
});

test.describe("guards", () => {
  test("signed-out readers are sent to sign-in, and handlers answer 401", async ({ page, request }) => {
    await page.goto("/settings");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fsettings$/);
    const response = await request.get("/api/admin/users");
    expect(response.status()).toBe(401);
    expect((await response.json()).error.code).toBe("unauthorized:auth");
  });

  test("a reader cannot open /admin or call an admin route", async ({ page, signInAs }) => {
    const reader = await signInAs("reader");
    const response = await page.goto("/admin");
    expect(response!.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "We couldn’t find that page" })).toBeVisible();
    const list = await page.request.get("/api/admin/users");
    expect(list.status()).toBe(403);
    expect((await list.json()).error).toMatchObject({ code: "forbidden:admin" });
    const promote = await page.request.put(`/api/admin/users/${reader.id}/role`, { data: { role: "admin" } });
    expect(promote.status()).toBe(403);
  });

  test("an admin manages admins; bad input gets clear JSON errors", async ({ page, signInAs, db, uniqueEmail }) => {
    await signInAs("admin");
    await page.goto("/admin/team");
    const email = uniqueEmail("new-admin");
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Make admin" }).click();
    await expect(page.getByRole("main").getByRole("status")).toContainText(`${email} is now an admin`);
    await expect(page.getByRole("list").getByText(email)).toBeVisible();
    // They have never signed in by email, so the role waits for them to prove the address.
    await expect(page.getByRole("listitem").filter({ hasText: email })).toContainText("Not active yet");

    const { getUserByEmail } = await import("@/db/queries/users");
    const target = (await getUserByEmail(db, email))!;
    const api = page.request;
    expect((await api.put(`/api/admin/users/not-a-uuid/role`, { data: { role: "admin" } })).status()).toBe(400);
    const badRole = await api.put(`/api/admin/users/${target.id}/role`, { data: { role: "emperor" } });
    expect(badRole.status()).toBe(422);
    expect((await badRole.json()).error.code).toBe("invalid_input");
    const notJson = await api.put(`/api/admin/users/${target.id}/role`, { headers: { "Content-Type": "application/json" }, data: Buffer.from("{oops") });
    expect(notJson.status()).toBe(400);
    const big = await api.put(`/api/admin/users/${target.id}/role`, { data: { role: "reader", pad: "x".repeat(20_000) } });
    expect(big.status()).toBe(413);
    const crossSite = await api.put(`/api/admin/users/${target.id}/role`, {
      data: { role: "reader" },
      headers: { Origin: "https://evil.example" },
    });
    expect(crossSite.status()).toBe(403);
    const ok = await api.put(`/api/admin/users/${target.id}/role`, { data: { role: "reader" } });
    expect(await ok.json()).toMatchObject({ user: { email, role: "reader" } });
    expect((await api.put(`/api/admin/users/00000000-0000-4000-8000-000000000000/role`, { data: { role: "reader" } })).status()).toBe(404);
  });
});

test.describe("sessions and pages", () => {
  test("a session survives a server restart", async ({ request, signInAs, page }, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "one restart is enough; it does not depend on the viewport");
    const user = await signInAs();
    const cookie = (await page.context().cookies()).find((c) => c.name === "next-auth.session-token")!;
    // A second, freshly started server process on the same database.
    const port = 3109;
    const server = spawn(
      process.execPath,
      [path.join("node_modules", "next", "dist", "bin", "next"), "start", "--port", String(port), "--hostname", "127.0.0.1"],
      {
        env: {
          ...process.env,
          NODE_OPTIONS: "",
          DATABASE_URL: e2eDatabaseUrl,
          DATABASE_AUTH_TOKEN: process.env.E2E_DATABASE_AUTH_TOKEN ?? "",
          NEXTAUTH_SECRET: E2E_AUTH_SECRET,
          SITE_URL: `http://127.0.0.1:${port}`,
        },
        stdio: "ignore",
      },
    );
    try {
      await expect
        .poll(async () => (await request.get(`http://127.0.0.1:${port}/robots.txt`).catch(() => null))?.status(), { timeout: 30_000 })
        .toBe(200);
      const session = await request.get(`http://127.0.0.1:${port}/api/auth/session`, {
        headers: { Cookie: `${cookie.name}=${cookie.value}` },
      });
      expect((await session.json()).user).toMatchObject({ id: user.id, email: user.email });
    } finally {
      server.kill("SIGTERM");
    }
  });

  test("sign-in, settings and admin pages pass axe", { tag: "@phone" }, async ({ page, signInAs }) => {
    // Six axe scans, one of the desk's long story list: slow on a loaded 2-core machine.
    test.slow();
    await page.goto("/signin");
    await expectNoSeriousA11yViolations(page);
    await page.goto("/signin/check-email?email=someone%40example.com");
    await expectNoSeriousA11yViolations(page);
    await page.goto("/signin/confirm?email=someone%40example.com&token=123456");
    await expectNoSeriousA11yViolations(page);
    await signInAs("admin");
    await page.goto("/settings");
    await expectNoSeriousA11yViolations(page);
    await page.goto("/admin");
    await expectNoSeriousA11yViolations(page);
    await page.goto("/");
    await accountMenu(page).click();
    await expectNoSeriousA11yViolations(page);
  });
});
