// Over 300 lines: subscriptions and the digest claims are one domain whose writes must be read together.
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
import { peekRateLimit, recordHit, removeHit, retryAfterSeconds, type RateLimit } from "./rate-limits";
import { isPublic, listCardsByIds, type StoryCard } from "./stories";

export const CONFIRMATION_COOLDOWN_MS = 5 * 60_000;
const DAY_MS = 86_400_000;
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

/** Confirmation emails one address may be sent in any 24 hours, on top of the cooldown. */
export const CONFIRMATIONS_PER_ADDRESS: RateLimit = { limit: 3, windowMs: DAY_MS };
/**
 * Confirmation emails the whole site may send in any 24 hours. Anyone can type
 * a stranger's address, so each is mail nobody may have asked for: this keeps
 * someone rotating addresses and networks from making us a spam source (and
 * from ruining the sender's reputation the digests depend on). Far above real
 * sign-ups for a site this size.
 */
export const SITE_WIDE_CONFIRMATIONS_PER_DAY = 2_000;
export const CONFIRMATIONS_SITE_WIDE: RateLimit = { limit: SITE_WIDE_CONFIRMATIONS_PER_DAY, windowMs: DAY_MS };
/** The rate-limit keys the confirmations are counted under. */
export const confirmationLimitKeys = {
  address: (email: string) => `newsletter:confirm:${normalizeEmail(email)}`,
  siteWide: "newsletter:confirm:all",
} as const;

/** Seconds until the site may send a confirmation again; 0 while its daily budget lasts (counts nothing). */
export async function siteWideConfirmationsRetryAfter(db: AppDatabase, now = new Date()): Promise<number> {
  return retryAfterSeconds(db, confirmationLimitKeys.siteWide, CONFIRMATIONS_SITE_WIDE, now.getTime());
}

/**
 * A sign-up from the form. Creates the pending subscriber if new and says
 * whether to send a confirmation now: never to an active subscriber, at most
 * once per cooldown and CONFIRMATIONS_PER_ADDRESS times a day per address, and
 * only while the site-wide daily budget lasts. The transaction holds the write
 * lock from its start, so two requests at once cannot both send, and a
 * confirmation is counted against both limits exactly when it is claimed.
 */
export async function requestSubscription(
  db: AppDatabase,
  email: string,
  now = new Date(),
): Promise<{ subscriber: Subscriber; sendConfirmation: boolean }> {
  const address = normalizeEmail(email);
  const at = now.getTime();
  return db.transaction(async (tx) => {
    await tx.insert(subscribers).values({ email: address }).onConflictDoNothing().run();
    const subscriber = (await tx.select().from(subscribers).where(eq(subscribers.email, address)).get())!;
    const keys = { address: confirmationLimitKeys.address(address), siteWide: confirmationLimitKeys.siteWide };
    const allowed =
      subscriber.status !== "active" &&
      (!subscriber.confirmationSentAt || subscriber.confirmationSentAt.getTime() <= at - CONFIRMATION_COOLDOWN_MS) &&
      (await peekRateLimit(tx, keys.address, CONFIRMATIONS_PER_ADDRESS, at)) < CONFIRMATIONS_PER_ADDRESS.limit &&
      (await peekRateLimit(tx, keys.siteWide, CONFIRMATIONS_SITE_WIDE, at)) < CONFIRMATIONS_SITE_WIDE.limit;
    if (!allowed) return { subscriber, sendConfirmation: false };
    await recordHit(tx, keys.address, at);
    await recordHit(tx, keys.siteWide, at);
    const claimed = await tx.update(subscribers).set({ confirmationSentAt: now }).where(eq(subscribers.id, subscriber.id)).returning().get();
    return { subscriber: claimed ?? subscriber, sendConfirmation: true };
  }, IMMEDIATE);
}

/**
 * After a confirmation could not be sent, let the next request try again at
 * once: the cooldown is lifted and the claim's two counted hits are taken back.
 */
export async function releaseConfirmation(db: AppDatabase, subscriber: Pick<Subscriber, "id" | "email">, claimedAt: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(subscribers).set({ confirmationSentAt: null }).where(eq(subscribers.id, subscriber.id)).run();
    await removeHit(tx, confirmationLimitKeys.address(subscriber.email), claimedAt.getTime());
    await removeHit(tx, confirmationLimitKeys.siteWide, claimedAt.getTime());
  }, IMMEDIATE);
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
  // Public by `end`, and published after `start`.
  const inWindow = (column: typeof stories.publishedAt | typeof storyTags.publishedAt) =>
    and(gt(column, start), isPublic(end, column));
  let ids: number[];
  if (tagIds === null) {
    const rows = await db
      .select({ id: stories.id })
      .from(stories)
      .where(inWindow(stories.publishedAt))
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
      .where(and(inArray(storyTags.tagId, tagIds), inWindow(storyTags.publishedAt)))
      .orderBy(desc(storyTags.publishedAt), desc(storyTags.storyId))
      .limit(limit);
    ids = rows.map((r) => r.id);
  }
  return listCardsByIds(db, ids, end);
}
