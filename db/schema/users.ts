import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const userRoles = ["reader", "admin"] as const;
export type UserRole = (typeof userRoles)[number];

// Column names follow next-auth's user model (see db/queries/auth-adapter.ts).
// Emails are stored lower-cased, so the unique key is case-insensitive in effect.
export const users = sqliteTable(
  "users",
  {
  id: text("id")
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID()),
  name: text("name"),
  email: text("email").notNull().unique(),
  emailVerified: integer("email_verified", { mode: "timestamp_ms" }),
  image: text("image"),
  role: text("role", { enum: userRoles }).notNull().default("reader"),
  createdAt: integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [index("users_created_at_id_idx").on(t.createdAt, t.id)],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
