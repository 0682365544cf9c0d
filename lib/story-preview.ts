// A story form snapshot read back for "Preview". It is checked against the
// form's schema again, so a snapshot saved by an older release cannot break
// the page.
import "server-only";
import type { AppDatabase } from "@/db/client";
import type { TagRef } from "@/db/queries/stories";
import { findPreview, type PreviewStoryInput } from "@/db/queries/story-previews";
import { findTagsBySlug } from "@/db/queries/tags";
import { previewStorySchema } from "@/lib/schemas/story";

export type StoryPreview = { input: PreviewStoryInput; tags: TagRef[]; createdAt: Date };

/** The snapshot with its tags' names, or null if it is not this admin's, has expired or no longer reads. */
export async function getPreview(db: AppDatabase, id: string, userId: string, now = new Date()): Promise<StoryPreview | null> {
  const row = await findPreview(db, id, userId, now);
  const parsed = row && previewStorySchema.safeParse(row.data);
  if (!row || !parsed?.success) return null;
  const input = parsed.data;
  const names = new Map([...input.newTags, ...(await findTagsBySlug(db, input.tagSlugs))].map((t) => [t.slug, t.name]));
  return { input, tags: input.tagSlugs.map((slug) => ({ slug, name: names.get(slug) ?? slug })), createdAt: row.createdAt };
}
