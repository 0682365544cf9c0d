// Newsletter subscribers and the record of every digest sent.
import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

export const subscriberStatuses = ["pending", "active", "unsubscribed"] as const;
export const digestFrequencies = ["daily", "weekly"] as const;
export const digestContents = ["all", "followed"] as const;
export type SubscriberStatus = (typeof subscriberStatuses)[number];
export type DigestFrequency = (typeof digestFrequencies)[number];
export type DigestContent = (typeof digestContents)[number];

/**
 * One row per address (lower-cased). A signed-in reader's subscription is the
 * row with their email; "only the tags I follow" uses that reader's follows.
 */
export const subscribers = sqliteTable(
  "subscribers",
  {
    id: text("id")
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    email: text("email").notNull().unique(),
    status: text("status", { enum: subscriberStatuses }).notNull().default("pending"),
    frequency: text("frequency", { enum: digestFrequencies }).notNull().default("weekly"),
    content: text("content", { enum: digestContents }).notNull().default("all"),
    createdAt: integer("created_at", { mode: "timestamp_ms" })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
    confirmedAt: integer("confirmed_at", { mode: "timestamp_ms" }),
    /** When the last confirmation email went out, to send at most one every few minutes. */
    confirmationSentAt: integer("confirmation_sent_at", { mode: "timestamp_ms" }),
    unsubscribedAt: integer("unsubscribed_at", { mode: "timestamp_ms" }),
    /** The end of the window the last digest covered; the next digest starts here. */
    lastDigestAt: integer("last_digest_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("subscribers_due_idx").on(t.status, t.frequency, t.lastDigestAt)],
);

/**
 * Every digest, claimed before it is sent and marked sent after. The unique
 * key (subscriber, window end) makes claiming the same digest twice impossible,
 * so a re-run after a crash neither repeats nor skips anyone.
 */
export const digestSends = sqliteTable(
  "digest_sends",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    subscriberId: text("subscriber_id")
      .notNull()
      .references(() => subscribers.id, { onDelete: "cascade" }),
    periodStart: integer("period_start", { mode: "timestamp_ms" }).notNull(),
    periodEnd: integer("period_end", { mode: "timestamp_ms" }).notNull(),
    /** sending → sent; failed after too many SMTP errors; cancelled if they unsubscribed first. */
    status: text("status", { enum: ["sending", "sent", "failed", "cancelled"] }).notNull().default("sending"),
    storyCount: integer("story_count").notNull(),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    claimedAt: integer("claimed_at", { mode: "timestamp_ms" }).notNull(),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    uniqueIndex("digest_sends_subscriber_period_idx").on(t.subscriberId, t.periodEnd),
    index("digest_sends_status_idx").on(t.status),
  ],
);

export type Subscriber = typeof subscribers.$inferSelect;
export type DigestSend = typeof digestSends.$inferSelect;
