// The admin desk's own records: who did what (audit_log) and unsaved story
// previews an admin asked to see as the real page (story_previews); and the
// desk's words for a story's state and for what its form asks.
import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { users } from "./users";

/** A story as the desk shows it: its status read against the clock, so a scheduled story whose time has come is published. */
export const deskStatuses = ["draft", "scheduled", "published"] as const;

/** What the story form's buttons ask for, on a new story and on a saved one. */
export const createStoryIntents = ["draft", "publish", "schedule"] as const;
export const updateStoryIntents = ["save", "publish", "schedule", "unpublish"] as const;

export const auditActions = [
  "story.create",
  "story.update",
  "story.publish",
  "story.schedule",
  "story.unpublish",
  "story.delete",
  "tag.create",
  "tag.update",
  "tag.merge",
  "tag.delete",
  "user.role",
] as const;
export type AuditAction = (typeof auditActions)[number];

export const auditSubjects = ["story", "tag", "user"] as const;
export type AuditSubject = (typeof auditSubjects)[number];

/**
 * Append-only. The actor's email and the subject's label are copied in, so an
 * entry still reads correctly after the user, story or tag is gone. Entries are
 * written in the same transaction as the change they describe.
 */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: integer("at", { mode: "timestamp_ms" })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
    actorId: text("actor_id").references(() => users.id, { onDelete: "set null" }),
    actorEmail: text("actor_email").notNull(),
    action: text("action", { enum: auditActions }).notNull(),
    subjectType: text("subject_type", { enum: auditSubjects }).notNull(),
    /** A story id, a tag id or a user id, as text. */
    subjectId: text("subject_id").notNull(),
    /** The story's title, the tag's name or the user's email at the time. */
    subjectLabel: text("subject_label").notNull(),
    details: text("details", { mode: "json" }).$type<Record<string, unknown>>().notNull().default(sql`'{}'`),
  },
  // Newest first is `id desc` (ids only grow); one subject's history walks the second index.
  (t) => [index("audit_log_subject_idx").on(t.subjectType, t.subjectId, t.id)],
);

export type AuditEntry = typeof auditLog.$inferSelect;

/**
 * A snapshot of the editor's form, so "Preview" shows the real story page for
 * text that is not saved yet. Private to the admin who made it; old ones are
 * swept when new ones are written.
 */
export const storyPreviews = sqliteTable(
  "story_previews",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    data: text("data", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [index("story_previews_created_at_idx").on(t.createdAt)],
);
