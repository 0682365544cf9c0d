// Personal feed URLs. The token in the URL is the reader's secret: anyone who
// has it can read which topics they follow, so it can be reset (the old URL
// then answers 404). One token per reader; the unique key makes lookups cheap.
import { sql } from "drizzle-orm";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { users } from "./users";

export const feedTokens = sqliteTable("feed_tokens", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  token: text("token").notNull().unique(),
  createdAt: integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`),
});

export type FeedToken = typeof feedTokens.$inferSelect;
