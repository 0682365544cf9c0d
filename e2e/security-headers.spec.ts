// Security headers on every kind of answer (a cached page the server answers
// itself, a page Next renders, JSON, a 404), and a Content-Security-Policy
// that no page breaks: the browser reports no violation on the feed, a story,
// sign-in and the admin desk.
import type { APIResponse, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'"]) {
    expect(csp, what).toContain(directive);
  }
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  // The test server's SITE_URL is http: no HSTS (lib/security-headers.test.ts covers https).
  expect(headers["strict-transport-security"], what).toBeUndefined();
}

/** Collects what the browser says about CSP: console messages and securitypolicyviolation events. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction("__reportCspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return violations;
}

test.describe("security headers", () => {
  test("are on a cached page the server answers itself, a page Next renders, JSON and a 404", async ({ request, makeStory }) => {
    const { slug } = await makeStory({ title: "End-to-end story for security headers" });
    const path = `/stories/${slug}`;
    await expect
      .poll(async () => (await request.get(path)).headers()["x-nextjs-cache"], { timeout: 30_000, intervals: [250] })
      .toBe("HIT");
    expectSecurityHeaders(await request.get(path), "a cached page");
    // A query string always goes to Next; search is rendered per request.
    const rendered = await request.get("/search?q=robots");
    expect(rendered.status()).toBe(200);
    expect(rendered.headers()["x-nextjs-cache"]).toBeUndefined();
    expectSecurityHeaders(rendered, "a rendered page");
    const json = await request.get("/api/me");
    expect(json.headers()["content-type"]).toContain("application/json");
    expectSecurityHeaders(json, "a JSON answer");
    const missing = await request.get("/stories/no-such-story-for-headers");
    expect(missing.status()).toBe(404);
    expectSecurityHeaders(missing, "a 404");
    const unrouted = await request.get("/no/such/page");
    expect(unrouted.status()).toBe(404);
    expectSecurityHeaders(unrouted, "a 404 no route matches");
  });

  test("the feed, a story and sign-in run under the policy without a violation", async ({ page, makeStory }) => {
    const violations = await watchViolations(page);
    const { slug } = await makeStory({
      title: "End-to-end story with a cover under the policy",
      // Another origin over plain http (nothing listens there: the request fails, the policy allows it).
      cover: { url: "http://127.0.0.1:9/cover.png", alt: "A cover from another site" },
      body: "A paragraph with an [external link](https://example.com).\n\n![An image](/icon.svg)",
    });
    await page.goto("/");
    await expect(page.getByRole("article").first()).toBeVisible();
    await page.goto(`/stories/${slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("End-to-end story with a cover under the policy");
    // Hydrated: the share button only appears once client JavaScript runs.
    await expect(page.getByRole("button", { name: /Share/ })).toBeVisible();
    await page.goto("/signin");
    await expect(page.getByRole("textbox", { name: /Email/ })).toBeVisible();
    // A client-side navigation (Next's router fetching the React payload).
    await page.getByRole("banner").getByRole("link", { name: "AI Wins", exact: true }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("article").first()).toBeVisible();
    expect(violations).toEqual([]);
  });

  test("the admin desk runs under the policy without a violation", async ({ page, signInAs }) => {
    const violations = await watchViolations(page);
    await signInAs("admin");
    await page.goto("/admin");
    await expect(page.getByRole("link", { name: "New story" })).toBeVisible();
    await page.getByRole("link", { name: "New story" }).click();
    await expect(page).toHaveURL(/\/admin\/stories\/new$/);
    const body = page.getByRole("main").getByLabel("Body (Markdown)");
    await expect(body).toBeEditable();
    await body.fill("## Preview\n\nAn image: ![cover](/icon.svg)");
    await expect(page.getByRole("main").getByRole("heading", { name: "Preview", exact: true })).toBeVisible();
    await page.goto("/admin/tags");
    await expect(page.getByRole("main")).toBeVisible();
    expect(violations).toEqual([]);
  });
});
