// Snapshots of the story form for "Preview". Each belongs to the admin who
// made it; a day later it is swept away by the next preview anyone makes.
import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, lt } from "drizzle-orm";
import type { AppDatabase } from "@/db/client";
import { storyPreviews } from "@/db/schema";
import type { StoryFormFields } from "./admin-story-writes";

const PREVIEW_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** The form as it stands, and the story it edits (null for a new one). */
export type PreviewStoryInput = StoryFormFields & { storyId: number | null };

export async function savePreview(db: AppDatabase, userId: string, input: PreviewStoryInput, now = new Date()): Promise<string> {
  const id = randomBytes(16).toString("base64url");
  await db.batch([
    db.delete(storyPreviews).where(lt(storyPreviews.createdAt, new Date(now.getTime() - PREVIEW_LIFETIME_MS))),
    db.insert(storyPreviews).values({ id, userId, data: input, createdAt: now }),
  ]);
  return id;
}

/**
 * The snapshot as stored, or null if it is not this admin's or has expired.
 * Its data may come from an older release: check it before use.
 */
export async function findPreview(
  db: AppDatabase,
  id: string,
  userId: string,
  now = new Date(),
): Promise<{ data: unknown; createdAt: Date } | null> {
  const row = await db
    .select({ data: storyPreviews.data, createdAt: storyPreviews.createdAt })
    .from(storyPreviews)
    .where(and(eq(storyPreviews.id, id), eq(storyPreviews.userId, userId)))
    .get();
  if (!row || row.createdAt.getTime() < now.getTime() - PREVIEW_LIFETIME_MS) return null;
  return row;
}
