import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * When each cache tag of Next's page cache was (or, for a scheduled story, will
 * be) revalidated. server/page-cache/handler.mjs treats a cached page as gone once
 * one of its tags has a row dated after the page was rendered and not after
 * now. Kept in the database rather than one server's memory, so a publish on
 * any server reaches every server, and a row dated in the future makes a
 * scheduled story appear at its time.
 */
export const pageCacheInvalidations = sqliteTable(
  "page_cache_invalidations",
  {
    tag: text("tag").notNull(),
    /** Milliseconds since the epoch. */
    at: integer("at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tag, t.at] }), index("page_cache_invalidations_at_idx").on(t.at)],
);
