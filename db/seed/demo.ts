// The hand-written demo stories, written through db/queries like any admin's.
import "server-only";
import { eq } from "drizzle-orm";
import type { AppDatabase } from "@/db/client";
import { createStory, ensureTag } from "@/db/queries/story-writes";
import { appMeta, stories } from "@/db/schema";
import { DEMO_TAGS } from "./demo-tags";
import { demoStoriesPart1 } from "./demo-stories/part-1";
import { demoStoriesPart2 } from "./demo-stories/part-2";
import { demoStoriesPart3 } from "./demo-stories/part-3";
import type { DemoStory } from "./demo-stories/types";

export const DEMO_STORIES: DemoStory[] = [...demoStoriesPart1, ...demoStoriesPart2, ...demoStoriesPart3];

const HOUR = 3_600_000;

/** Adds the demo tags and stories that are missing; publish times are relative to `now`. */
export function seedDemoContent(db: AppDatabase, now = new Date()): { created: number } {
  for (const tag of DEMO_TAGS) ensureTag(db, tag);
  let created = 0;
  for (const story of DEMO_STORIES) {
    const exists = db.select({ id: stories.id }).from(stories).where(eq(stories.slug, story.slug)).get();
    if (exists) continue;
    const publishedAt = new Date(now.getTime() - story.hoursAgo * HOUR);
    // Dated as if each story were last edited when it went out, so the desk lists them newest first.
    createStory(
      db,
      {
        slug: story.slug,
        title: story.title,
        tldr: story.tldr,
        takeaways: story.takeaways,
        body: story.body,
        tagSlugs: story.tags,
        author: story.author,
        status: "published",
        publishedAt,
        cover: story.cover ?? null,
        sources: story.sources,
      },
      publishedAt,
    );
    created++;
  }
  return { created };
}

const SEEDED_KEY = "demo_seeded_at";

/**
 * Seeds demo content the first time a database is prepared, and never again:
 * once an editor deletes a demo story it stays deleted.
 */
export function seedDemoContentOnce(db: AppDatabase, now = new Date()): { seeded: boolean } {
  const marker = db.select().from(appMeta).where(eq(appMeta.key, SEEDED_KEY)).get();
  if (marker) return { seeded: false };
  return db.transaction((tx) => {
    seedDemoContent(tx as unknown as AppDatabase, now);
    tx.insert(appMeta).values({ key: SEEDED_KEY, value: now.toISOString() }).onConflictDoNothing().run();
    return { seeded: true };
  });
}
