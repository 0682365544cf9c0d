import { sqliteTable, text } from "drizzle-orm/sqlite-core";

/** Small key/value facts about this database, such as when demo content was seeded. */
export const appMeta = sqliteTable("app_meta", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});
