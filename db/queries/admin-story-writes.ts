// The writes behind the desk's story form. Each is one transaction that also
// records its audit entry, so a story, its tag links and its history never
// disagree; the story itself is stored through story-writes, like any story.
import "server-only";
import { and, eq } from "drizzle-orm";
import { IMMEDIATE, sqliteError, type AppDatabase } from "@/db/client";
import { stories, storyTags, tags, type createStoryIntents, type updateStoryIntents } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { deskStatus, type DeskStatus, type StoryFormText } from "./admin-stories";
import { latestAuditEntry, recordAudit, type Actor } from "./audit";
import { insertStory, rewriteStory, storyRow, tagIdsOf, type StoryFields } from "./story-writes";

/** The story form as the desk sends it (lib/schemas/story checks a request against this). */
export type StoryFormFields = StoryFormText & {
  /** The first is the primary tag, shown as the story's label. */
  tagSlugs: string[];
  /** Tags typed into the form that may not exist yet; created with the story. */
  newTags: { slug: string; name: string }[];
  /** ISO 8601 with an offset; needed to schedule. */
  publishAt: string | null;
};

export type CreateStoryInput = StoryFormFields & { intent: (typeof createStoryIntents)[number] };
/** `version` is the one the editor loaded. */
export type UpdateStoryInput = StoryFormFields & { intent: (typeof updateStoryIntents)[number]; version: number };

function invalid(field: string, message: string): AppError {
  return new AppError("invalid_input", `${field}: ${message}`, 422, {}, { [field]: message });
}

/** The story's tag ids in order, creating the new tags it brings (recorded in the audit log). */
async function resolveTags(tx: AppDatabase, actor: Actor, input: StoryFormFields, now: Date): Promise<number[]> {
  for (const tag of input.newTags) {
    const created = await tx
      .insert(tags)
      .values({ slug: tag.slug, name: tag.name, createdAt: now })
      .onConflictDoNothing({ target: tags.slug })
      .returning({ id: tags.id })
      .get();
    if (created) {
      await recordAudit(tx, actor, { action: "tag.create", subjectType: "tag", subjectId: created.id, subjectLabel: tag.name }, now);
    }
  }
  const found = await tagIdsOf(tx, input.tagSlugs);
  if ("unknown" in found) throw invalid("tagSlugs", `There is no tag "${found.unknown}"`);
  return found.ids;
}

/** The form's fields as the write path takes them: an empty cover URL is no cover. */
function storyFieldsOf({ slug, title, tldr, takeaways, body, author, tagSlugs, coverUrl, coverAlt, sources }: StoryFormFields): StoryFields {
  return { slug, title, tldr, takeaways, body, author, tagSlugs, cover: coverUrl ? { url: coverUrl, alt: coverAlt } : null, sources };
}

function futureTime(publishAt: string | null, now: Date): Date {
  const at = publishAt ? new Date(publishAt) : null;
  if (!at || Number.isNaN(at.getTime())) throw invalid("publishAt", "Pick when the story should appear");
  if (at <= now) throw invalid("publishAt", "Pick a time in the future, or publish now");
  return at;
}

function slugTaken(slug: string): AppError {
  const message = `Another story already uses the slug "${slug}". Choose a different one.`;
  return new AppError("conflict:story_slug", message, 409, {}, { slug: message });
}

function isUniqueSlugViolation(error: unknown): boolean {
  const cause = sqliteError(error);
  return cause?.code === "SQLITE_CONSTRAINT_UNIQUE" && cause.message.includes("stories.slug");
}

export type DeskWriteResult = { id: number; slug: string; version: number; status: DeskStatus; publishedAt: Date | null };

export async function createDeskStory(db: AppDatabase, actor: Actor, input: CreateStoryInput, now = new Date()): Promise<DeskWriteResult> {
  const publishedAt = input.intent === "publish" ? now : input.intent === "schedule" ? futureTime(input.publishAt, now) : null;
  const status = input.intent === "publish" ? "published" : input.intent === "schedule" ? "scheduled" : "draft";
  const row = storyRow(storyFieldsOf(input));
  return db.transaction(async (tx) => {
    const tagIds = await resolveTags(tx, actor, input, now);
    const created = await insertStory(tx, { row, status, publishedAt, tagIds }, now);
    if (!created) throw slugTaken(input.slug);
    const subject = { subjectType: "story", subjectId: created.id, subjectLabel: input.title } as const;
    await recordAudit(tx, actor, { action: "story.create", ...subject, details: { slug: input.slug } }, now);
    if (input.intent === "publish") await recordAudit(tx, actor, { action: "story.publish", ...subject }, now);
    if (input.intent === "schedule") {
      await recordAudit(tx, actor, { action: "story.schedule", ...subject, details: { at: publishedAt?.toISOString() } }, now);
    }
    return { id: created.id, slug: input.slug, version: created.version, status: deskStatus({ status, publishedAt }, now), publishedAt };
  }, IMMEDIATE);
}

// The form's fields, in its order: an update's audit entry names the ones it changed.
const comparedFields = [
  "slug",
  "title",
  "tldr",
  "takeaways",
  "body",
  "author",
  "coverUrl",
  "coverAlt",
  "sources",
] as const satisfies readonly (keyof StoryFormText)[];

async function conflict(db: AppDatabase, id: number): Promise<AppError> {
  const last = await latestAuditEntry(db, "story", id);
  const who = last ? ` by ${last.actorEmail} at ${last.at.toISOString().slice(11, 16)} UTC` : "";
  return new AppError(
    "conflict:version",
    `This story was changed${who} after you opened it. Your text is still here: copy what you need, then reload to see their version.`,
    409,
  );
}

export async function updateDeskStory(
  db: AppDatabase,
  actor: Actor,
  id: number,
  input: UpdateStoryInput,
  now = new Date(),
): Promise<DeskWriteResult> {
  const row = storyRow(storyFieldsOf(input));
  try {
    return await db.transaction(async (tx) => {
      const current = await tx.select().from(stories).where(eq(stories.id, id)).get();
      if (!current) throw new AppError("not_found:story", "That story no longer exists. It may have been deleted.", 404);
      if (current.version !== input.version) throw await conflict(tx, id);
      const wasPublic = deskStatus(current, now) === "published";

      let status = current.status;
      let publishedAt = current.publishedAt;
      if (input.intent === "publish" && !wasPublic) [status, publishedAt] = ["published", now];
      if (input.intent === "schedule") [status, publishedAt] = ["scheduled", futureTime(input.publishAt, now)];
      if (input.intent === "unpublish") [status, publishedAt] = ["draft", null];

      const tagIds = await resolveTags(tx, actor, input, now);
      const oldTagIds = (
        await tx
        .select({ tagId: storyTags.tagId })
        .from(storyTags)
        .where(eq(storyTags.storyId, id))
        .orderBy(storyTags.position)
        .all()
      ).map((r) => r.tagId);
      const written = await rewriteStory(tx, id, input.version, { row, status, publishedAt, tagIds }, now);
      if (!written) throw await conflict(tx, id);

      const changed: string[] = comparedFields.filter((f) => JSON.stringify(current[f]) !== JSON.stringify(row[f]));
      if (oldTagIds.join() !== tagIds.join()) changed.push("tags");
      // Publishing a live story or unpublishing a draft changes no status: it is an edit.
      const statusChanged = deskStatus(current, now) !== deskStatus({ status, publishedAt }, now);
      const action =
        input.intent === "schedule"
          ? "story.schedule"
          : !statusChanged || input.intent === "save"
            ? "story.update"
            : input.intent === "unpublish"
              ? "story.unpublish"
              : "story.publish";
      const details: Record<string, unknown> = { changed };
      if (input.intent === "schedule") details.at = publishedAt?.toISOString();
      if (current.slug !== input.slug) details.previousSlug = current.slug;
      await recordAudit(tx, actor, { action, subjectType: "story", subjectId: id, subjectLabel: input.title, details }, now);
      return { id, slug: input.slug, version: written.version, status: deskStatus({ status, publishedAt }, now), publishedAt };
    }, IMMEDIATE);
  } catch (error) {
    if (isUniqueSlugViolation(error)) throw slugTaken(input.slug);
    throw error;
  }
}

/** Deletes a story for good: its tag links and readers' bookmarks go with it. */
export async function deleteDeskStory(db: AppDatabase, actor: Actor, id: number, version: number, now = new Date()): Promise<{ slug: string }> {
  return db.transaction(async (tx) => {
    const current = await tx.select().from(stories).where(eq(stories.id, id)).get();
    if (!current) throw new AppError("not_found:story", "That story no longer exists.", 404);
    if (current.version !== version) throw await conflict(tx, id);
    await tx.delete(stories).where(and(eq(stories.id, id), eq(stories.version, version))).run();
    await recordAudit(tx, actor, {
      action: "story.delete",
      subjectType: "story",
      subjectId: id,
      subjectLabel: current.title,
      details: { slug: current.slug, status: deskStatus(current, now) },
    }, now);
    return { slug: current.slug };
  }, IMMEDIATE);
}
