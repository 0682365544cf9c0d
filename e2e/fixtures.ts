// Test fixtures: data is created straight in the e2e database through db/queries
// (never through the UI), with names unique to each test.
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { openDatabase, type AppDatabase } from "@/db/client";
import { createSessionForUser } from "@/db/queries/sessions";
import { createStory, type StoryInput } from "@/db/queries/story-writes";
import { markEmailVerified, setRoleByEmail, type AppUser } from "@/db/queries/users";
import type { UserRole } from "@/db/schema/users";
import type { ReceivedMail } from "@/test/smtp-sink";
import { baseURL, E2E_DATABASE_URL, MAIL_API } from "../playwright.config";

/**
 * The database the e2e server serves: the file of playwright.config.ts, or
 * E2E_DATABASE_URL when set (a libSQL primary, with E2E_DATABASE_AUTH_TOKEN if
 * it asks for one, when the server runs against a cluster).
 */
export const e2eDatabaseUrl = process.env.E2E_DATABASE_URL || E2E_DATABASE_URL;

/** Opens the e2e database; close it with `await db.$close()`. */
export function openE2EDatabase(): AppDatabase {
  return openDatabase(e2eDatabaseUrl, { authToken: process.env.E2E_DATABASE_AUTH_TOKEN || undefined });
}

type Fixtures = {
  db: AppDatabase;
  /** An email address no other test uses. */
  uniqueEmail: (label?: string) => string;
  /** Signs a browser context (the page's, unless given) in as a new user, without the email round trip. */
  signInAs: (role?: UserRole, context?: BrowserContext) => Promise<AppUser>;
  /** Waits for the next email to `to` that arrives after `since` messages, and returns it. */
  nextEmail: (to: string, since?: number) => Promise<ReceivedMail>;
  countEmails: (to: string) => Promise<number>;
  /**
   * Creates a story and returns its id and slug. It is dated two years back unless told
   * otherwise, so it never pushes the demo stories off the first page that
   * other tests, running in parallel, are reading.
   */
  makeStory: (overrides?: Partial<StoryInput>) => Promise<{ id: number; slug: string }>;
};

let counter = 0;

export const test = base.extend<Fixtures>({
  db: async ({}, use) => {
    const db = openE2EDatabase();
    try {
      await use(db);
    } finally {
      await db.$close();
    }
  },
  uniqueEmail: async ({}, use, testInfo) => {
    let n = 0;
    await use(
      (label = "reader") =>
        `${label}-${testInfo.project.name}-${testInfo.workerIndex}-${Date.now().toString(36)}-${++n}@example.com`,
    );
  },
  signInAs: async ({ db, page, uniqueEmail }, use) => {
    await use(async (role = "reader", context = page.context()) => {
      const user = await setRoleByEmail(db, uniqueEmail(role), role);
      // As if they had signed in with an emailed code, which proves the address.
      await markEmailVerified(db, user.id);
      const { sessionToken, expires } = await createSessionForUser(db, user.id);
      await context.addCookies([
        {
          name: "next-auth.session-token",
          value: sessionToken,
          url: baseURL,
          httpOnly: true,
          sameSite: "Lax",
          expires: Math.floor(expires.getTime() / 1000),
        },
      ]);
      return { ...user, emailVerified: true };
    });
  },
  countEmails: async ({ request }, use) => {
    await use(async (to) => ((await (await request.get(`${MAIL_API}/messages?to=${encodeURIComponent(to)}`)).json()) as unknown[]).length);
  },
  nextEmail: async ({ request }, use) => {
    await use(async (to, since = 0) => {
      for (let i = 0; i < 100; i++) {
        const messages = (await (await request.get(`${MAIL_API}/messages?to=${encodeURIComponent(to)}`)).json()) as ReceivedMail[];
        if (messages.length > since) return messages.at(-1)!;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`No email to ${to} arrived`);
    });
  },
  makeStory: async ({ db }, use, testInfo) => {
    await use(async (overrides = {}) => {
      const slug = `e2e-${testInfo.workerIndex}-${Date.now().toString(36)}-${++counter}`;
      const { id } = await createStory(db, {
        slug,
        title: `End-to-end story ${slug}`,
        tldr: "A story made by a test.",
        takeaways: ["Tests make their own data."],
        body: "## A heading\n\nA paragraph.\n\n- one\n- two",
        tagSlugs: ["research"],
        author: "Test Writer",
        status: "published",
        publishedAt: new Date(Date.now() - 2 * 365 * 86_400_000),
        cover: null,
        sources: [],
        ...overrides,
      });
      return { id, slug };
    });
  },
});

export { expect };

/** Feed cards of the demo content, leaving out stories other tests are making. */
export function demoCards(page: Page) {
  return page.getByRole("article").filter({ hasNotText: "End-to-end" });
}

/**
 * Runs axe (WCAG 2.2 A/AA rules) and fails on serious or critical violations.
 * `exclude` is for frames axe cannot enter (a script-less sandbox); test their
 * content on its own page instead.
 */
export async function expectNoSeriousA11yViolations(page: Page, { exclude = [] }: { exclude?: string[] } = {}) {
  let builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]);
  for (const selector of exclude) builder = builder.exclude(selector);
  const results = await builder.analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
  ).toEqual([]);
}

/** The sign-in link and code in a sign-in email. */
export function signInDetails(mail: ReceivedMail): { link: string; code: string } {
  const link = mail.text.match(/https?:\/\/\S+\/signin\/confirm\S+/)?.[0];
  const code = mail.text.match(/sign-in page: (\d{6})/)?.[1];
  if (!link || !code) throw new Error(`No sign-in link or code in: ${mail.text}`);
  return { link, code };
}

/** True when the page scrolls sideways, i.e. something is wider than the viewport. */
export async function hasHorizontalOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}
