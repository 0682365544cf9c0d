// The shape of a hand-written demo story. The seed turns these into real rows
// through db/queries, so a demo story is exactly what an admin could publish.
import type { StorySource } from "@/db/schema/stories";

export type DemoStory = {
  slug: string;
  title: string;
  /** Two or three sentences: the story in one breath. */
  tldr: string;
  /** 3–5 short, complete sentences. */
  takeaways: string[];
  /** Markdown, 300–900 words, with `##` subheadings and at least one bullet list. */
  body: string;
  /** 1–3 tag slugs from DEMO_TAGS; the first is the primary tag (the card's label). */
  tags: string[];
  author: string;
  /** Publish time relative to when the seed runs. */
  hoursAgo: number;
  cover?: { url: string; alt: string };
  sources: StorySource[];
};
