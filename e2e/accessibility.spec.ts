import { demoCards, expectNoSeriousA11yViolations, test } from "./fixtures";

test.describe("accessibility (axe, WCAG 2.2 AA)", () => {
  for (const scheme of ["light", "dark"] as const) {
    test(`the feed, a story, the topics and a tag page in ${scheme} mode`, { tag: "@phone" }, async ({ page }) => {
      // Five full-page axe scans: each takes seconds on a busy 2-core machine.
      test.slow();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto("/");
      await expectNoSeriousA11yViolations(page);
      await demoCards(page).first().getByRole("heading").getByRole("link").click();
      await page.waitForURL(/\/stories\//);
      await expectNoSeriousA11yViolations(page);
      await page.goto("/tags");
      await expectNoSeriousA11yViolations(page);
      await page.goto("/tags/health");
      await expectNoSeriousA11yViolations(page);
      await page.goto("/stories/no-such-story");
      await expectNoSeriousA11yViolations(page);
    });
  }
});
