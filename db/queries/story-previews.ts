// Snapshots of the story form for "Preview". Each belongs to the admin who
// made it; a day later it is swept away by the next preview anyone makes.
import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, inArray, lt } from "drizzle-orm";
import type { AppDatabase } from "@/db/client";
import { storyPreviews, tags } from "@/db/schema";
import { previewStorySchema, type PreviewStoryInput } from "@/lib/schemas/story";
import type { TagRef } from "./stories";

const PREVIEW_LIFETIME_MS = 24 * 60 * 60 * 1000;

export async function savePreview(db: AppDatabase, userId: string, input: PreviewStoryInput, now = new Date()): Promise<string> {
  const id = randomBytes(16).toString("base64url");
  await db.batch([
    db.delete(storyPreviews).where(lt(storyPreviews.createdAt, new Date(now.getTime() - PREVIEW_LIFETIME_MS))),
    db.insert(storyPreviews).values({ id, userId, data: input, createdAt: now }),
  ]);
  return id;
}

export type StoryPreview = { input: PreviewStoryInput; tags: TagRef[]; createdAt: Date };

/** The snapshot with its tags' names, or null if it is not this admin's or has expired. */
export async function getPreview(db: AppDatabase, id: string, userId: string, now = new Date()): Promise<StoryPreview | null> {
  const row = await db
    .select()
    .from(storyPreviews)
    .where(and(eq(storyPreviews.id, id), eq(storyPreviews.userId, userId)))
    .get();
  if (!row || row.createdAt.getTime() < now.getTime() - PREVIEW_LIFETIME_MS) return null;
  // Read back through the schema, so a snapshot from an older release cannot break the page.
  const parsed = previewStorySchema.safeParse(row.data);
  if (!parsed.success) return null;
  const input = parsed.data;
  const known = await db.select({ slug: tags.slug, name: tags.name }).from(tags).where(inArray(tags.slug, input.tagSlugs));
  const names = new Map([...input.newTags, ...known].map((t) => [t.slug, t.name]));
  return { input, tags: input.tagSlugs.map((slug) => ({ slug, name: names.get(slug) ?? slug })), createdAt: row.createdAt };
}
