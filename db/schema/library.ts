// A reader's library: saved stories and followed tags. Composite primary keys
// make saving or following twice a no-op instead of a duplicate.
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { stories } from "./stories";
import { tags } from "./tags";
import { users } from "./users";

export const bookmarks = sqliteTable(
  "bookmarks",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    storyId: integer("story_id")
      .notNull()
      .references(() => stories.id, { onDelete: "cascade" }),
    savedAt: integer("saved_at", { mode: "timestamp_ms" })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.storyId] }),
    // "My saved stories, newest saved first", walked page by page.
    index("bookmarks_user_saved_idx").on(t.userId, t.savedAt, t.storyId),
    index("bookmarks_story_idx").on(t.storyId),
  ],
);

export const tagFollows = sqliteTable(
  "tag_follows",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tagId: integer("tag_id")
      .notNull()
      .references(() => tags.id, { onDelete: "cascade" }),
    since: integer("since", { mode: "timestamp_ms" })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [primaryKey({ columns: [t.userId, t.tagId] }), index("tag_follows_tag_idx").on(t.tagId)],
);

export type Bookmark = typeof bookmarks.$inferSelect;
export type TagFollow = typeof tagFollows.$inferSelect;
