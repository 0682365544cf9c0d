// The hand-written demo stories, written through db/queries like any admin's.
import "server-only";
import { eq } from "drizzle-orm";
import type { AppDatabase } from "@/db/client";
import { createStory, ensureTag } from "@/db/queries/story-writes";
import { AppError } from "@/lib/errors";
import { appMeta, stories } from "@/db/schema";
import { DEMO_TAGS } from "./demo-tags";
import { demoStoriesPart1 } from "./demo-stories/part-1";
import { demoStoriesPart2 } from "./demo-stories/part-2";
import { demoStoriesPart3 } from "./demo-stories/part-3";
import type { DemoStory } from "./demo-stories/types";

export const DEMO_STORIES: DemoStory[] = [...demoStoriesPart1, ...demoStoriesPart2, ...demoStoriesPart3];

const HOUR = 3_600_000;

/** Adds the demo tags and stories that are missing; publish times are relative to `now`. */
export async function seedDemoContent(db: AppDatabase, now = new Date()): Promise<{ created: number }> {
  for (const tag of DEMO_TAGS) await ensureTag(db, tag);
  let created = 0;
  for (const story of DEMO_STORIES) {
    const exists = await db.select({ id: stories.id }).from(stories).where(eq(stories.slug, story.slug)).get();
    if (exists) continue;
    const publishedAt = new Date(now.getTime() - story.hoursAgo * HOUR);
    // Dated as if each story were last edited when it went out, so the desk lists them newest first.
    try {
      await createStory(
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
    } catch (error) {
      // Written meanwhile by another process seeding the same database.
      if (error instanceof AppError && error.status === 409) continue;
      throw error;
    }
    created++;
  }
  return { created };
}

const SEEDED_KEY = "demo_seeded_at";

/**
 * Seeds demo content the first time a database is prepared, and never again:
 * once an editor deletes a demo story it stays deleted. Each story is its own
 * transaction (transactions do not nest), and the marker is written last: if
 * seeding is cut short, the next run adds the stories still missing.
 */
export async function seedDemoContentOnce(db: AppDatabase, now = new Date()): Promise<{ seeded: boolean }> {
  const marker = await db.select().from(appMeta).where(eq(appMeta.key, SEEDED_KEY)).get();
  if (marker) return { seeded: false };
  await seedDemoContent(db, now);
  const written = await db
    .insert(appMeta)
    .values({ key: SEEDED_KEY, value: now.toISOString() })
    .onConflictDoNothing()
    .returning({ key: appMeta.key });
  return { seeded: written.length > 0 };
}
