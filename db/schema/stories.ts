import { relations, sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { tags } from "./tags";

export const storyStatuses = ["draft", "scheduled", "published"] as const;
export type StoryStatus = (typeof storyStatuses)[number];

export const sourceKinds = ["paper", "preprint", "announcement", "news", "dataset"] as const;
export type SourceKind = (typeof sourceKinds)[number];
export type StorySource = { url: string; title: string; kind: SourceKind };

export const stories = sqliteTable(
  "stories",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull().unique(),
    title: text("title").notNull(),
    tldr: text("tldr").notNull(),
    /** Ordered; rendered as the numbered "Key Takeaways". */
    takeaways: text("takeaways", { mode: "json" }).$type<string[]>().notNull(),
    /** Markdown, rendered and sanitised on the server. */
    body: text("body").notNull(),
    /**
     * The body as plain text (lib/markdown-text), written with the body. Search
     * indexes this rather than the Markdown, so snippets read as prose and link
     * URLs are not searchable words.
     */
    bodyText: text("body_text").notNull().default(""),
    status: text("status", { enum: storyStatuses }).notNull().default("draft"),
    /**
     * When readers may see the story. A story is public when its status is not
     * draft and this time has passed, so a scheduled story appears by itself.
     */
    publishedAt: integer("published_at", { mode: "timestamp_ms" }),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
    author: text("author").notNull(),
    primaryTagId: integer("primary_tag_id")
      .notNull()
      .references(() => tags.id, { onDelete: "restrict" }),
    coverUrl: text("cover_url"),
    coverAlt: text("cover_alt"),
    sources: text("sources", { mode: "json" }).$type<StorySource[]>().notNull().default(sql`'[]'`),
    /** Computed from the body on every write (Ghost's formula, see lib/reading-time). */
    readingMinutes: integer("reading_minutes").notNull(),
    /** Bumped on every edit; the admin desk uses it to detect concurrent edits. */
    version: integer("version").notNull().default(1),
  },
  (t) => [
    // The feed walks this index newest-first and stops after one page.
    index("stories_published_at_id_idx").on(t.publishedAt, t.id),
    index("stories_primary_tag_idx").on(t.primaryTagId),
    // The admin desk lists every story, recently edited first.
    index("stories_updated_at_id_idx").on(t.updatedAt, t.id),
    // Search checks each match's visibility by id. Rows are wide (the body sits
    // before status and publish time), so this covering index saves reading
    // every matched story's overflow pages: 300 ms → 8 ms for a broad query.
    index("stories_visibility_idx").on(t.id, t.status, t.publishedAt),
    // Stories still waiting for their plain-text body (db/queries/story-writes'
    // deriveMissingBodyText): empty almost always, so checking costs nothing.
    index("stories_missing_body_text_idx").on(t.id).where(sql`${t.bodyText} = ''`),
  ],
);

/**
 * Story ↔ tag links. `publishedAt` is a copy of the story's, kept in step by
 * db/queries/story-writes, so a tag page is one index range scan rather than a
 * sort over every story in the tag.
 */
export const storyTags = sqliteTable(
  "story_tags",
  {
    storyId: integer("story_id")
      .notNull()
      .references(() => stories.id, { onDelete: "cascade" }),
    tagId: integer("tag_id")
      .notNull()
      .references(() => tags.id, { onDelete: "restrict" }),
    position: integer("position").notNull().default(0),
    publishedAt: integer("published_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    primaryKey({ columns: [t.storyId, t.tagId] }),
    index("story_tags_tag_published_idx").on(t.tagId, t.publishedAt, t.storyId),
  ],
);

export const storiesRelations = relations(stories, ({ one, many }) => ({
  primaryTag: one(tags, { fields: [stories.primaryTagId], references: [tags.id] }),
  storyTags: many(storyTags),
}));

export const storyTagsRelations = relations(storyTags, ({ one }) => ({
  story: one(stories, { fields: [storyTags.storyId], references: [stories.id] }),
  tag: one(tags, { fields: [storyTags.tagId], references: [tags.id] }),
}));

export type Story = typeof stories.$inferSelect;
export type NewStory = typeof stories.$inferInsert;
