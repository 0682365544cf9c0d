// Test fixtures: data is created straight in the e2e database through db/queries
// (never through the UI), with names unique to each test.
import { test as base, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { openDatabase, type AppDatabase } from "@/db/client";
import { createStory } from "@/db/queries/story-writes";
import type { StoryInput } from "@/lib/schemas/story";

type Fixtures = {
  db: AppDatabase;
  /**
   * Creates a story and returns its slug. It is dated two years back unless told
   * otherwise, so it never pushes the demo stories off the first page that
   * other tests, running in parallel, are reading.
   */
  makeStory: (overrides?: Partial<StoryInput>) => string;
};

let counter = 0;

export const test = base.extend<Fixtures>({
  db: async ({}, use) => {
    const db = openDatabase("file:./.e2e/app.db");
    await use(db);
    db.$client.close();
  },
  makeStory: async ({ db }, use, testInfo) => {
    await use((overrides = {}) => {
      const slug = `e2e-${testInfo.workerIndex}-${Date.now().toString(36)}-${++counter}`;
      createStory(db, {
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
      return slug;
    });
  },
});

export { expect };

/** Feed cards of the demo content, leaving out stories other tests are making. */
export function demoCards(page: Page) {
  return page.getByRole("article").filter({ hasNotText: "End-to-end" });
}

/** Runs axe (WCAG 2.2 A/AA rules) and fails on serious or critical violations. */
export async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
  ).toEqual([]);
}

/** True when the page scrolls sideways, i.e. something is wider than the viewport. */
export async function hasHorizontalOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}
