// Newsletter subscriptions and digests. Every write is one statement or one
// transaction; throttling and claiming are conditional writes.
import "server-only";
import { and, asc, desc, eq, gt, inArray, isNull, lte, ne, or, sql } from "drizzle-orm";
import { IMMEDIATE, type AppDatabase } from "@/db/client";
import {
  digestSends,
  stories,
  storyTags,
  subscribers,
  tagFollows,
  users,
  type DigestContent,
  type DigestFrequency,
  type Subscriber,
} from "@/db/schema";
import { normalizeEmail } from "@/lib/email-address";
import { listCardsByIds, type StoryCard } from "./stories";

export const CONFIRMATION_COOLDOWN_MS = 5 * 60_000;
export const PERIOD_MS: Record<DigestFrequency, number> = { daily: 86_400_000, weekly: 7 * 86_400_000 };
/** A subscriber is due a little before a full period, so an hourly cron does not drift later each day. */
const DUE_GRACE_MS = 30 * 60_000;
/** SMTP errors a digest may meet before it is given up as failed. */
export const MAX_SEND_ATTEMPTS = 3;

export async function getSubscriberByEmail(db: AppDatabase, email: string): Promise<Subscriber | null> {
  return (await db.select().from(subscribers).where(eq(subscribers.email, normalizeEmail(email))).limit(1))[0] ?? null;
}

export async function getSubscriberById(db: AppDatabase, id: string): Promise<Subscriber | null> {
  return (await db.select().from(subscribers).where(eq(subscribers.id, id)).limit(1))[0] ?? null;
}

/**
 * A sign-up from the form. Creates the pending subscriber if new and says
 * whether to send a confirmation now: never to an active subscriber, and at
 * most once per cooldown per address (one conditional update, so two requests
 * at once cannot both send).
 */
export async function requestSubscription(
  db: AppDatabase,
  email: string,
  now = new Date(),
): Promise<{ subscriber: Subscriber; sendConfirmation: boolean }> {
  const address = normalizeEmail(email);
  return db.transaction(async (tx) => {
    await tx.insert(subscribers).values({ email: address }).onConflictDoNothing().run();
    const claimed = await tx
      .update(subscribers)
      .set({ confirmationSentAt: now })
      .where(
        and(
          eq(subscribers.email, address),
          ne(subscribers.status, "active"),
          or(
            isNull(subscribers.confirmationSentAt),
            lte(subscribers.confirmationSentAt, new Date(now.getTime() - CONFIRMATION_COOLDOWN_MS)),
          ),
        ),
      )
      .returning()
      .get();
    const subscriber = claimed ?? (await tx.select().from(subscribers).where(eq(subscribers.email, address)).get())!;
    return { subscriber, sendConfirmation: !!claimed };
  }, IMMEDIATE);
}

/** After a confirmation could not be sent, let the next request try again at once. */
export async function clearConfirmationCooldown(db: AppDatabase, id: string): Promise<void> {
  await db.update(subscribers).set({ confirmationSentAt: null }).where(eq(subscribers.id, id)).run();
}

/** Confirms a subscription (idempotent). Bound to id and email, as the token is. */
export async function confirmSubscription(db: AppDatabase, id: string, email: string, now = new Date()): Promise<Subscriber | null> {
  return (
    (await db
      .update(subscribers)
      .set({
        status: "active",
        confirmedAt: sql`coalesce(${subscribers.confirmedAt}, ${now.getTime()})`,
        unsubscribedAt: null,
      })
      .where(and(eq(subscribers.id, id), eq(subscribers.email, normalizeEmail(email))))
      .returning()
      .get()) ?? null
  );
}

export type Preferences = { subscribed: boolean; frequency: DigestFrequency; content: DigestContent };

/**
 * Sets a verified address's preferences, creating the subscriber if needed:
 * for signed-in readers (their address is proven) and for the signed link
 * in each email (the subscriber already exists).
 */
export async function savePreferences(db: AppDatabase, email: string, prefs: Preferences, now = new Date()): Promise<Subscriber> {
  const address = normalizeEmail(email);
  const status = prefs.subscribed ? ("active" as const) : ("unsubscribed" as const);
  return db
    .insert(subscribers)
    .values({
      email: address,
      status,
      frequency: prefs.frequency,
      content: prefs.content,
      confirmedAt: prefs.subscribed ? now : null,
      unsubscribedAt: prefs.subscribed ? null : now,
    })
    .onConflictDoUpdate({
      target: subscribers.email,
      set: {
        status,
        frequency: prefs.frequency,
        content: prefs.content,
        confirmedAt: prefs.subscribed ? sql`coalesce(${subscribers.confirmedAt}, ${now.getTime()})` : sql`${subscribers.confirmedAt}`,
        unsubscribedAt: prefs.subscribed ? null : sql`coalesce(${subscribers.unsubscribedAt}, ${now.getTime()})`,
      },
    })
    .returning()
    .get();
}

/** Unsubscribes (idempotent). */
export async function unsubscribe(db: AppDatabase, id: string, email: string, now = new Date()): Promise<Subscriber | null> {
  return (
    (await db
      .update(subscribers)
      .set({ status: "unsubscribed", unsubscribedAt: sql`coalesce(${subscribers.unsubscribedAt}, ${now.getTime()})` })
      .where(and(eq(subscribers.id, id), eq(subscribers.email, normalizeEmail(email)), ne(subscribers.status, "pending")))
      .returning()
      .get()) ??
    (await db
      .select()
      .from(subscribers)
      .where(and(eq(subscribers.id, id), eq(subscribers.email, normalizeEmail(email))))
      .get()) ??
    null
  );
}

/** Undoes an unsubscribe; only for addresses that confirmed once. */
export async function resubscribe(db: AppDatabase, id: string, email: string): Promise<Subscriber | null> {
  return (
    (await db
      .update(subscribers)
      .set({ status: "active", unsubscribedAt: null })
      .where(and(eq(subscribers.id, id), eq(subscribers.email, normalizeEmail(email)), sql`${subscribers.confirmedAt} is not null`))
      .returning()
      .get()) ?? null
  );
}

// ---------------------------------------------------------------------------
// Digests

/** Active subscribers whose period has passed since their last digest, by id. */
export async function listDueSubscribers(
  db: AppDatabase,
  { now, afterId = "", limit = 500 }: { now: Date; afterId?: string; limit?: number },
): Promise<Subscriber[]> {
  const due = (frequency: DigestFrequency) =>
    and(
      eq(subscribers.frequency, frequency),
      or(
        isNull(subscribers.lastDigestAt),
        lte(subscribers.lastDigestAt, new Date(now.getTime() - PERIOD_MS[frequency] + DUE_GRACE_MS)),
      ),
    );
  return db
    .select()
    .from(subscribers)
    .where(and(eq(subscribers.status, "active"), gt(subscribers.id, afterId), or(due("daily"), due("weekly"))))
    .orderBy(asc(subscribers.id))
    .limit(limit);
}

/** Digests claimed but not marked sent: what a crashed run left in flight. */
export async function listUnfinishedSends(db: AppDatabase) {
  return db
    .select({ send: digestSends, subscriber: subscribers })
    .from(digestSends)
    .innerJoin(subscribers, eq(subscribers.id, digestSends.subscriberId))
    .where(eq(digestSends.status, "sending"))
    .orderBy(asc(digestSends.id));
}

/**
 * Claims one subscriber's digest for (start, end]: moves their watermark and
 * records the send in one transaction. The watermark moves only if it is still
 * the one the digest was composed from and they are still subscribed (compare
 * and set), so two runs, however they overlap, cannot both claim a period.
 * Returns the send's id, or null when someone else got there first.
 */
export async function claimDigest(
  db: AppDatabase,
  { subscriberId, seenWatermark, periodStart, periodEnd, storyCount, now = new Date() }: {
    subscriberId: string;
    /** The subscriber's lastDigestAt when the digest was composed. */
    seenWatermark: Date | null;
    periodStart: Date;
    periodEnd: Date;
    storyCount: number;
    now?: Date;
  },
): Promise<number | null> {
  return db.transaction(async (tx) => {
    const moved = await tx
      .update(subscribers)
      .set({ lastDigestAt: periodEnd })
      .where(
        and(
          eq(subscribers.id, subscriberId),
          eq(subscribers.status, "active"),
          sql`${subscribers.lastDigestAt} is ${seenWatermark ? seenWatermark.getTime() : null}`,
        ),
      )
      .returning({ id: subscribers.id });
    if (moved.length !== 1) return null;
    // (subscriber, period end) is unique; the compare-and-set above means a clash
    // here is a bug, and it would roll the whole claim back.
    const send = await tx
      .insert(digestSends)
      .values({ subscriberId, periodStart, periodEnd, storyCount, claimedAt: now })
      .returning({ id: digestSends.id })
      .get();
    return send.id;
  }, IMMEDIATE);
}

export async function markDigestSent(db: AppDatabase, sendId: number, now = new Date()): Promise<void> {
  await db
    .update(digestSends)
    .set({ status: "sent", sentAt: now, attempts: sql`${digestSends.attempts} + 1` })
    .where(eq(digestSends.id, sendId))
    .run();
}

/** Records an SMTP error; after MAX_SEND_ATTEMPTS the digest is given up as failed. */
export async function recordSendFailure(db: AppDatabase, sendId: number, error: string): Promise<void> {
  await db
    .update(digestSends)
    .set({
      attempts: sql`${digestSends.attempts} + 1`,
      lastError: error.slice(0, 500),
      status: sql`case when ${digestSends.attempts} + 1 >= ${MAX_SEND_ATTEMPTS} then 'failed' else 'sending' end`,
    })
    .where(eq(digestSends.id, sendId))
    .run();
}

/** A claimed digest that must not go out after all (they unsubscribed meanwhile). */
export async function cancelDigest(db: AppDatabase, sendId: number): Promise<void> {
  await db.update(digestSends).set({ status: "cancelled" }).where(and(eq(digestSends.id, sendId), eq(digestSends.status, "sending"))).run();
}

export async function countSends(db: AppDatabase, subscriberId: string): Promise<number> {
  const rows = await db.select({ id: digestSends.id }).from(digestSends).where(eq(digestSends.subscriberId, subscriberId));
  return rows.length;
}

/** The tag ids followed by the reader with this email (none if they have no account). */
export async function followedTagIdsByEmail(db: AppDatabase, email: string): Promise<number[]> {
  const rows = await db
    .select({ tagId: tagFollows.tagId })
    .from(tagFollows)
    .innerJoin(users, eq(users.id, tagFollows.userId))
    .where(eq(users.email, normalizeEmail(email)));
  return rows.map((r) => r.tagId).sort((a, b) => a - b);
}

/**
 * Public stories published in (start, end], newest first, at most `limit`;
 * only from `tagIds` when given. Walks the feed or tag indexes.
 */
export async function listDigestStories(
  db: AppDatabase,
  { start, end, tagIds, limit }: { start: Date; end: Date; tagIds: number[] | null; limit: number },
): Promise<StoryCard[]> {
  const inWindow = (column: typeof stories.publishedAt | typeof storyTags.publishedAt) =>
    and(gt(column, start), lte(column, end));
  let ids: number[];
  if (tagIds === null) {
    const rows = await db
      .select({ id: stories.id })
      .from(stories)
      .where(and(ne(stories.status, "draft"), inWindow(stories.publishedAt)))
      .orderBy(desc(stories.publishedAt), desc(stories.id))
      .limit(limit);
    ids = rows.map((r) => r.id);
  } else if (tagIds.length === 0) {
    ids = [];
  } else {
    const rows = await db
      .selectDistinct({ id: storyTags.storyId, publishedAt: storyTags.publishedAt })
      .from(storyTags)
      .innerJoin(stories, eq(stories.id, storyTags.storyId))
      .where(and(inArray(storyTags.tagId, tagIds), ne(stories.status, "draft"), inWindow(storyTags.publishedAt)))
      .orderBy(desc(storyTags.publishedAt), desc(storyTags.storyId))
      .limit(limit);
    ids = rows.map((r) => r.id);
  }
  return listCardsByIds(db, ids, end);
}
