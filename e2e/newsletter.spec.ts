// The newsletter as readers meet it: sign-up, confirmation, digests by real
// SMTP, one-click unsubscribe and undo, and preferences.
import { execFile } from "node:child_process";
import http from "node:http";
import { promisify } from "node:util";
import type { Page } from "@playwright/test";
import { getSubscriberByEmail } from "@/db/queries/newsletter";
import { baseURL, E2E_AUTH_SECRET, SMTP_SINK_PORT } from "../playwright.config";
import { e2eDatabaseUrl, expect, expectNoSeriousA11yViolations, test } from "./fixtures";

const run = promisify(execFile);

/** Runs `npm run newsletter:send` against the e2e database and mail sink. */
async function sendDigests() {
  await run(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/newsletter-send.ts", "--quiet"], {
    env: {
      ...process.env,
      NODE_OPTIONS: "",
      // The database the fixtures and the e2e server use.
      DATABASE_URL: e2eDatabaseUrl,
      DATABASE_AUTH_TOKEN: process.env.E2E_DATABASE_AUTH_TOKEN ?? "",
      SMTP_URL: `smtp://127.0.0.1:${SMTP_SINK_PORT}`,
      EMAIL_FROM: "AI Wins <hello@aiwins.test>",
      NEXTAUTH_SECRET: E2E_AUTH_SECRET,
      SITE_URL: baseURL,
    },
  });
}

/**
 * POSTs `total` bytes with Transfer-Encoding: chunked (no Content-Length),
 * 64 KB at a time, and stops sending as soon as an answer arrives.
 */
function postChunked(url: string, contentType: string, total: number): Promise<{ status: number; body: string; sent: number }> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = http.request(url, { method: "POST", headers: { "Content-Type": contentType, "Transfer-Encoding": "chunked" } }, (res) => {
      answered = true;
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, body, sent });
      });
    });
    // The server may close the connection on the unread rest of the body.
    req.on("error", (error) => (answered ? undefined : reject(error)));
    const chunk = Buffer.alloc(64 * 1024, "x");
    const write = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", write);
      }
      if (!answered) req.end();
    };
    req.write("List-Unsubscribe=One-Click&pad=");
    write();
  });
}

const cta = (page: Page) => page.getByRole("region", { name: "Get AI Wins in your inbox" });
const link = (text: string, path: string) => text.match(new RegExp(`https?://\\S+${path}\\S*`))![0];

test.describe("the newsletter", () => {
  test("a visitor subscribes, confirms, gets a digest, unsubscribes in one click and undoes it", async ({
    page,
    request,
    db,
    uniqueEmail,
    nextEmail,
    countEmails,
  }) => {
    const email = uniqueEmail("subscriber");
    await page.goto("/");
    await cta(page).getByLabel("Email address").fill(email);
    await cta(page).getByRole("button", { name: "Subscribe" }).click();
    await expect(cta(page).getByRole("status")).toContainText("Check your inbox");

    const confirmation = await nextEmail(email);
    expect(confirmation.subject).toBe("Confirm your AI Wins subscription");
    expect(confirmation.html).toContain("Confirm subscription");
    const confirmUrl = link(confirmation.text, "/newsletter/confirm");

    // A mail scanner fetching the link confirms nothing.
    expect((await request.get(confirmUrl)).status()).toBe(200);
    expect((await getSubscriberByEmail(db, email))?.status).toBe("pending");
    // Nor does asking again send a second confirmation right away, or say anything different.
    await page.goto("/");
    await cta(page).getByLabel("Email address").fill(email);
    await cta(page).getByRole("button", { name: "Subscribe" }).click();
    await expect(cta(page).getByRole("status")).toContainText("Check your inbox");
    expect(await countEmails(email)).toBe(1);

    await page.goto(confirmUrl);
    await page.getByRole("button", { name: "Confirm subscription" }).click();
    await expect(page.getByRole("heading", { name: "You’re subscribed" })).toBeVisible();
    expect((await getSubscriberByEmail(db, email))?.status).toBe("active");

    await sendDigests();
    const digest = await nextEmail(email, 1);
    expect(digest.subject).toMatch(/^AI Wins: \d+ positive AI stor(y|ies) this week$/);
    expect(digest.html).toContain("/stories/");
    expect(digest.text).toContain("/stories/");
    expect(digest.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    const unsubscribeUrl = digest.headers["list-unsubscribe"]!.replace(/^<|>$/g, "");

    // Running the sender again sends nothing new.
    await sendDigests();
    expect(await countEmails(email)).toBe(2);

    // A forged token is refused and changes nothing.
    const forged = unsubscribeUrl.replace(/token=([\w-]+)\./, (_m, p: string) => `token=${p.slice(0, -2)}AA.`);
    const refused = await request.post(forged, { form: { "List-Unsubscribe": "One-Click" } });
    expect(refused.status()).toBe(400);
    expect((await getSubscriberByEmail(db, email))?.status).toBe("active");

    // RFC 8058 one-click: a POST (multipart, as the RFC recommends), no cookies, no sign-in.
    const oneClick = await request.post(unsubscribeUrl, { multipart: { "List-Unsubscribe": "One-Click" } });
    expect(oneClick.status()).toBe(200);
    expect((await getSubscriberByEmail(db, email))?.status).toBe("unsubscribed");

    // The same link opened in a browser, once unsubscribed, says so and offers Undo.
    await page.goto(unsubscribeUrl);
    await expect(page.getByRole("heading", { name: "You’re unsubscribed" })).toBeVisible();
    await page.getByRole("button", { name: "Undo" }).click();
    await expect(page.getByRole("heading", { name: "You’re subscribed again" })).toBeVisible();
    expect((await getSubscriberByEmail(db, email))?.status).toBe("active");

    // The form-encoded one-click works too.
    expect((await request.post(unsubscribeUrl, { form: { "List-Unsubscribe": "One-Click" } })).status()).toBe(200);
    expect((await getSubscriberByEmail(db, email))?.status).toBe("unsubscribed");
  });

  test("opening the unsubscribe link changes nothing; its button unsubscribes, and Undo resubscribes", async ({
    browser,
    request,
    db,
    uniqueEmail,
    nextEmail,
  }) => {
    const email = uniqueEmail("leaver");
    const { savePreferences } = await import("@/db/queries/newsletter");
    await savePreferences(db, email, { subscribed: true, frequency: "weekly", content: "all" });
    await sendDigests();
    const digest = await nextEmail(email);
    const pageUrl = link(digest.text, "/newsletter/unsubscribe");
    expect(digest.html).toContain(pageUrl.replace(/&/g, "&amp;"));
    const oneClickUrl = digest.headers["list-unsubscribe"]!.replace(/^<|>$/g, "");

    // A mail gateway fetching every link in the message unsubscribes no one,
    // from the digest's link or from List-Unsubscribe (sent before the page existed).
    expect((await request.get(pageUrl)).status()).toBe(200);
    const opened = await request.get(oneClickUrl, { maxRedirects: 0 });
    expect(opened.status()).toBe(303);
    expect(opened.headers()["location"]).toBe(new URL(pageUrl).pathname + new URL(pageUrl).search);
    expect((await request.get(oneClickUrl)).status()).toBe(200);
    expect((await getSubscriberByEmail(db, email))?.status).toBe("active");

    // A reader, without JavaScript: the page, the button, the result, Undo.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(oneClickUrl);
    await expect(page.getByRole("heading", { name: "Unsubscribe from AI Wins?" })).toBeVisible();
    await expect(page.getByRole("main")).toContainText(email);
    expect((await getSubscriberByEmail(db, email))?.status).toBe("active");
    await page.getByRole("button", { name: "Unsubscribe" }).click();
    await expect(page.getByRole("heading", { name: "You’re unsubscribed" })).toBeVisible();
    expect((await getSubscriberByEmail(db, email))?.status).toBe("unsubscribed");
    await page.getByRole("button", { name: "Undo" }).click();
    await expect(page.getByRole("heading", { name: "You’re subscribed again" })).toBeVisible();
    expect((await getSubscriberByEmail(db, email))?.status).toBe("active");
    await context.close();

    // The button's post from another site is refused; a broken token gets the page that says so.
    const token = new URL(pageUrl).searchParams.get("token")!;
    const crossSite = await request.post("/api/newsletter/unsubscribe/confirm", {
      form: { token },
      headers: { Origin: "https://evil.example" },
    });
    expect(crossSite.status()).toBe(403);
    expect((await crossSite.json()).error.code).toBe("forbidden:origin");
    const forged = await request.post("/api/newsletter/unsubscribe/confirm", { form: { token: `${token.slice(0, -2)}AA` }, maxRedirects: 0 });
    expect(forged.headers()["location"]).toBe("/newsletter/unsubscribed?error=invalid");
    expect((await getSubscriberByEmail(db, email))?.status).toBe("active");
  });

  test("the unsubscribe page passes axe in light and dark mode", { tag: "@phone" }, async ({ page, db, uniqueEmail, nextEmail }) => {
    const email = uniqueEmail("axe-leaver");
    const { savePreferences } = await import("@/db/queries/newsletter");
    await savePreferences(db, email, { subscribed: true, frequency: "weekly", content: "all" });
    await sendDigests();
    const pageUrl = link((await nextEmail(email)).text, "/newsletter/unsubscribe");
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(pageUrl);
      await expect(page.getByRole("button", { name: "Unsubscribe" })).toBeVisible();
      await expectNoSeriousA11yViolations(page);
    }
    await page.goto("/newsletter/unsubscribe?token=bWFuYWdlfHh8eUB6LmNvfDA.AAAA");
    await expect(page.getByRole("heading", { name: "This link doesn’t work" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Unsubscribe" })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
    expect((await getSubscriberByEmail(db, email))?.status).toBe("active");
  });

  test("a chunked one-click POST over the size cap is answered 413 before it is all sent", async ({ db, uniqueEmail, nextEmail }) => {
    const email = uniqueEmail("big-post");
    const { savePreferences } = await import("@/db/queries/newsletter");
    await savePreferences(db, email, { subscribed: true, frequency: "weekly", content: "all" });
    await sendDigests();
    const oneClickUrl = (await nextEmail(email)).headers["list-unsubscribe"]!.replace(/^<|>$/g, "");
    const { status, body, sent } = await postChunked(oneClickUrl, "application/x-www-form-urlencoded", 64 * 1024 * 1024);
    expect(status).toBe(413);
    expect(JSON.parse(body)).toMatchObject({ error: { code: "payload_too_large" } });
    // The answer came long before 64 MB went out.
    expect(sent).toBeLessThan(8 * 1024 * 1024);
    expect((await getSubscriberByEmail(db, email))?.status).toBe("active");
  });

  test("works without JavaScript as a plain form post", async ({ browser, uniqueEmail, nextEmail }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const email = uniqueEmail("nojs");
    await page.goto("/stories/ai-screening-brings-diabetic-eye-checks-to-rural-clinics");
    await cta(page).getByLabel("Email address").fill(email);
    await cta(page).getByRole("button", { name: "Subscribe" }).click();
    await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
    expect((await nextEmail(email)).subject).toBe("Confirm your AI Wins subscription");
    await context.close();
  });

  test("a forged confirmation link confirms nothing", async ({ page }) => {
    await page.goto("/newsletter/confirm?token=bWFuYWdlfHh8eUB6LmNvfDA.AAAA");
    await expect(page.getByRole("heading", { name: "This confirmation link doesn’t work" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Confirm subscription" })).toHaveCount(0);
  });

  test("a signed-in reader subscribes in one click and changes the frequency in settings", async ({ page, signInAs, db }) => {
    const user = await signInAs();
    await page.goto("/");
    await cta(page).getByRole("button", { name: `Subscribe as ${user.email}` }).click();
    await expect(page.getByRole("heading", { name: "You’re subscribed" })).toBeVisible();
    expect((await getSubscriberByEmail(db, user.email))?.status).toBe("active");

    await page.goto("/settings");
    const section = page.getByRole("region", { name: "Newsletter" });
    await expect(section.getByLabel("Send me the AI Wins digest")).toBeChecked();
    await section.getByLabel("Daily").check();
    await section.getByRole("button", { name: "Save newsletter preferences" }).click();
    await expect(section.getByRole("status")).toContainText("saved");
    expect(await (await page.request.get("/api/newsletter")).json()).toEqual({ subscribed: true, frequency: "daily", content: "all" });
    await page.reload();
    await expect(page.getByRole("region", { name: "Newsletter" }).getByLabel("Daily")).toBeChecked();

    const bad = await page.request.put("/api/newsletter", { data: { subscribed: true, frequency: "hourly", content: "all" } });
    expect(bad.status()).toBe(422);
    expect((await page.request.put("/api/newsletter", { data: { subscribed: "yes" } })).status()).toBe(422);
    await page.context().clearCookies();
    expect((await page.request.get("/api/newsletter")).status()).toBe(401);
  });

  test("the emailed preferences link works without signing in", async ({ page, db, uniqueEmail, nextEmail }) => {
    const email = uniqueEmail("prefs");
    const { savePreferences } = await import("@/db/queries/newsletter");
    await savePreferences(db, email, { subscribed: true, frequency: "weekly", content: "all" });
    await sendDigests();
    const digest = await nextEmail(email);
    await page.goto(link(digest.text, "/newsletter/preferences"));
    await expect(page.getByRole("heading", { name: "Newsletter preferences" })).toBeVisible();
    await page.getByLabel("Daily").check();
    await page.getByRole("button", { name: "Save preferences" }).click();
    await expect(page.getByRole("main").getByRole("status")).toContainText("saved");
    expect((await getSubscriberByEmail(db, email))?.frequency).toBe("daily");
    await expectNoSeriousA11yViolations(page);
  });

  test("newsletter pages pass axe", { tag: "@phone" }, async ({ page }) => {
    await page.goto("/newsletter/check-inbox");
    await expectNoSeriousA11yViolations(page);
    await page.goto("/newsletter/confirm?token=nope");
    await expectNoSeriousA11yViolations(page);
  });
});
