// The demo content is written straight through db/queries, which trust their
// input: here it goes through the desk's own schemas instead, so a demo story
// is exactly what an admin could publish.
import { describe, expect, it } from "vitest";
import { createTagSchema } from "@/lib/schemas/admin";
import { createStorySchema } from "@/lib/schemas/story";
import { DEMO_STORIES } from "./demo";
import { DEMO_TAGS } from "./demo-tags";

describe("the demo content", () => {
  it("has tags the desk would accept", () => {
    for (const tag of DEMO_TAGS) expect(createTagSchema.safeParse(tag).error?.issues, tag.slug).toBeUndefined();
  });

  it("has stories the desk would publish, each with demo tags and a slug of its own", () => {
    const tagSlugs = new Set(DEMO_TAGS.map((t) => t.slug));
    for (const story of DEMO_STORIES) {
      const request = {
        ...story,
        tagSlugs: story.tags,
        coverUrl: story.cover?.url ?? "",
        coverAlt: story.cover?.alt ?? "",
        intent: "publish",
      };
      expect(createStorySchema.safeParse(request).error?.issues, story.slug).toBeUndefined();
      expect(story.tags.filter((slug) => !tagSlugs.has(slug)), story.slug).toEqual([]);
    }
    expect(new Set(DEMO_STORIES.map((s) => s.slug)).size).toBe(DEMO_STORIES.length);
  });
});
