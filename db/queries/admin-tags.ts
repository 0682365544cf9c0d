// Tag management for the admin desk. A tag still on a story cannot be deleted
// (the foreign key refuses too); it can be merged into another, which moves its
// stories and followers across in one transaction.
import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { IMMEDIATE, sqliteError, type AppDatabase } from "@/db/client";
import { stories, storyTags, tagFollows, tags } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { recordAudit, type Actor } from "./audit";

export type DeskTag = { id: number; slug: string; name: string; description: string; storyCount: number; followerCount: number };

/** Every tag with how many stories (any status) carry it and how many readers follow it. */
export async function listTagsForDesk(db: AppDatabase): Promise<DeskTag[]> {
  return await db
    .select({
      id: tags.id,
      slug: tags.slug,
      name: tags.name,
      description: tags.description,
      storyCount: sql<number>`(select count(*) from ${storyTags} where ${storyTags.tagId} = ${tags.id})`,
      followerCount: sql<number>`(select count(*) from ${tagFollows} where ${tagFollows.tagId} = ${tags.id})`,
    })
    .from(tags)
    .orderBy(asc(sql`${tags.name} collate nocase`));
}

function tagNotFound(slug: string) {
  return new AppError("not_found:tag", `There is no tag "${slug}".`, 404);
}

export async function createTag(
  db: AppDatabase,
  actor: Actor,
  input: { slug: string; name: string; description: string },
  now = new Date(),
): Promise<DeskTag> {
  return db.transaction(async (tx) => {
    const row = await tx.insert(tags).values({ ...input, createdAt: now }).onConflictDoNothing({ target: tags.slug }).returning().get();
    if (!row) {
      const message = `A tag with the slug "${input.slug}" already exists.`;
      throw new AppError("conflict:tag_slug", message, 409, {}, { slug: message });
    }
    await recordAudit(tx, actor, { action: "tag.create", subjectType: "tag", subjectId: row.id, subjectLabel: row.name }, now);
    return { id: row.id, slug: row.slug, name: row.name, description: row.description, storyCount: 0, followerCount: 0 };
  }, IMMEDIATE);
}

/** Renames or re-describes a tag. Its slug, and so its address, stays. */
export async function updateTag(
  db: AppDatabase,
  actor: Actor,
  slug: string,
  input: { name: string; description: string },
  now = new Date(),
): Promise<{ slug: string; name: string; description: string }> {
  return db.transaction(async (tx) => {
    const current = await tx.select().from(tags).where(eq(tags.slug, slug)).get();
    if (!current) throw tagNotFound(slug);
    if (current.name === input.name && current.description === input.description) return { slug, ...input };
    await tx.update(tags).set(input).where(eq(tags.id, current.id)).run();
    const details: Record<string, unknown> = {};
    if (current.name !== input.name) details.previousName = current.name;
    if (current.description !== input.description) details.describedAs = input.description;
    await recordAudit(tx, actor, { action: "tag.update", subjectType: "tag", subjectId: current.id, subjectLabel: input.name, details }, now);
    return { slug, ...input };
  }, IMMEDIATE);
}

/**
 * Moves every story and follower of `fromSlug` onto `intoSlug`, then removes
 * `fromSlug`. A story that had both keeps one link; one whose primary tag was
 * `fromSlug` gets `intoSlug` as its primary tag, first in its list.
 */
export async function mergeTags(
  db: AppDatabase,
  actor: Actor,
  fromSlug: string,
  intoSlug: string,
  now = new Date(),
): Promise<{ stories: number; followers: number }> {
  if (fromSlug === intoSlug) {
    const message = "Pick a different tag to merge into.";
    throw new AppError("invalid_input", message, 422, {}, { into: message });
  }
  return db.transaction(async (tx) => {
    const from = await tx.select().from(tags).where(eq(tags.slug, fromSlug)).get();
    if (!from) throw tagNotFound(fromSlug);
    const into = await tx.select().from(tags).where(eq(tags.slug, intoSlug)).get();
    if (!into) {
      const message = `There is no tag "${intoSlug}" to merge into.`;
      throw new AppError("not_found:tag", message, 404, {}, { into: message });
    }

    const storyCount = (await tx.select({ n: sql<number>`count(*)` }).from(storyTags).where(eq(storyTags.tagId, from.id)).get())?.n ?? 0;
    const followerCount =
      (await tx.select({ n: sql<number>`count(*)` }).from(tagFollows).where(eq(tagFollows.tagId, from.id)).get())?.n ?? 0;

    // The moved stories changed: an editor holding one open must reload rather than save the old tag back,
    // and each story's history says why.
    const moved = await tx
      .select({ id: stories.id, title: stories.title })
      .from(stories)
      .where(sql`${stories.id} in (select ${storyTags.storyId} from ${storyTags} where ${storyTags.tagId} = ${from.id})`)
      .all();
    for (const story of moved) {
      await recordAudit(
        tx,
        actor,
        {
          action: "story.update",
          subjectType: "story",
          subjectId: story.id,
          subjectLabel: story.title,
          details: { changed: ["tags"], mergedTag: from.slug, into: into.slug },
        },
        now,
      );
    }
    await tx.update(stories)
      .set({ version: sql`${stories.version} + 1`, updatedAt: now })
      .where(sql`${stories.id} in (select ${storyTags.storyId} from ${storyTags} where ${storyTags.tagId} = ${from.id})`)
      .run();
    await tx.run(sql`
      insert into ${storyTags} (story_id, tag_id, position, published_at)
      select story_id, ${into.id}, position, published_at from ${storyTags} where tag_id = ${from.id}
      on conflict do nothing`);
    // Where `from` was the primary tag, `into` takes its place at the front.
    await tx.update(storyTags)
      .set({ position: -1 })
      .where(
        sql`${storyTags.tagId} = ${into.id} and ${storyTags.storyId} in (select ${stories.id} from ${stories} where ${stories.primaryTagId} = ${from.id})`,
      )
      .run();
    await tx.update(stories).set({ primaryTagId: into.id }).where(eq(stories.primaryTagId, from.id)).run();
    await tx.delete(storyTags).where(eq(storyTags.tagId, from.id)).run();
    await tx.run(sql`
      insert into ${tagFollows} (user_id, tag_id, since)
      select user_id, ${into.id}, since from ${tagFollows} where tag_id = ${from.id}
      on conflict do nothing`);
    await tx.delete(tags).where(eq(tags.id, from.id)).run();
    await recordAudit(
      tx,
      actor,
      {
        action: "tag.merge",
        subjectType: "tag",
        subjectId: from.id,
        subjectLabel: from.name,
        details: { into: into.slug, intoName: into.name, stories: storyCount, followers: followerCount },
      },
      now,
    );
    return { stories: storyCount, followers: followerCount };
  }, IMMEDIATE);
}

/** Deletes a tag no story uses. Readers who followed it stop following it. */
export async function deleteTag(db: AppDatabase, actor: Actor, slug: string, now = new Date()): Promise<{ followers: number }> {
  try {
    return await db.transaction(async (tx) => {
      const tag = await tx.select().from(tags).where(eq(tags.slug, slug)).get();
      if (!tag) throw tagNotFound(slug);
      const used = (await tx.select({ n: sql<number>`count(*)` }).from(storyTags).where(eq(storyTags.tagId, tag.id)).get())?.n ?? 0;
      if (used > 0) throw tagInUse(tag.name, used);
      const followers = (await tx.select({ n: sql<number>`count(*)` }).from(tagFollows).where(eq(tagFollows.tagId, tag.id)).get())?.n ?? 0;
      await tx.delete(tags).where(eq(tags.id, tag.id)).run();
      await recordAudit(tx, actor, { action: "tag.delete", subjectType: "tag", subjectId: tag.id, subjectLabel: tag.name, details: { slug, followers } }, now);
      return { followers };
    }, IMMEDIATE);
  } catch (error) {
    // A story linked to the tag between the count and the delete: the foreign key refuses.
    if (sqliteError(error)?.code === "SQLITE_CONSTRAINT_FOREIGNKEY") throw tagInUse(slug, null);
    throw error;
  }
}

function tagInUse(name: string, count: number | null) {
  const where = count === null ? "still on a story" : `on ${count} ${count === 1 ? "story" : "stories"}`;
  return new AppError("conflict:tag_in_use", `"${name}" is ${where}. Merge it into another tag instead, so no story loses it.`, 409);
}
