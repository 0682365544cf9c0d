// Sliding-window rate limits stored in SQLite (db/schema/rate-limits.ts): a
// limit allows at most `limit` hits in any `windowMs`, measured back from now.
// Checking and counting a hit is one statement, so concurrent requests cannot
// all slip under the limit before any is counted.
import "server-only";
import { and, count, desc, eq, gt, lt, sql } from "drizzle-orm";
import type { AppDatabase } from "@/db/client";
import { rateLimitHits } from "@/db/schema";

export type RateLimit = { limit: number; windowMs: number };
export type RateLimitResult = { allowed: boolean; count: number; retryAfterSeconds: number };

/** The longest window any limit uses (the daily budgets); older hits are pruned. */
export const LONGEST_WINDOW_MS = 86_400_000;

/**
 * Counts one hit against `key` if it is within the limit, and says whether it
 * was. A refused hit is not counted, so a reader who waits is let in again.
 */
export async function hitRateLimit(
  db: AppDatabase,
  key: string,
  { limit, windowMs }: RateLimit,
  now = Date.now(),
): Promise<RateLimitResult> {
  const since = now - windowMs;
  const inserted = await db.all<{ at: number }>(sql`
    insert into ${rateLimitHits} (key, at)
    select ${key}, ${now}
    where (select count(*) from ${rateLimitHits} where key = ${key} and at > ${since}) < ${limit}
    returning at`);
  const used = await hitsSince(db, key, since);
  if (inserted.length > 0) return { allowed: true, count: used, retryAfterSeconds: 0 };
  return { allowed: false, count: used, retryAfterSeconds: await retryAfterSeconds(db, key, { limit, windowMs }, now) };
}

/** Counts one hit against `key` whatever the limit (failed guesses are always counted). */
export async function recordHit(db: AppDatabase, key: string, now = Date.now()): Promise<void> {
  await db.insert(rateLimitHits).values({ key, at: now }).run();
}

/** Takes back one hit counted at `at` (a claim that came to nothing). */
export async function removeHit(db: AppDatabase, key: string, at: number): Promise<void> {
  await db.run(sql`
    delete from ${rateLimitHits}
    where rowid = (select rowid from ${rateLimitHits} where key = ${key} and at = ${at} limit 1)`);
}

/** How many hits `key` has in the window ending now, without counting one. */
export async function peekRateLimit(db: AppDatabase, key: string, { windowMs }: RateLimit, now = Date.now()): Promise<number> {
  return hitsSince(db, key, now - windowMs);
}

async function hitsSince(db: AppDatabase, key: string, since: number): Promise<number> {
  const row = await db
    .select({ n: count() })
    .from(rateLimitHits)
    .where(and(eq(rateLimitHits.key, key), gt(rateLimitHits.at, since)))
    .get();
  return row?.n ?? 0;
}

/** The time of the newest hit of `key`, or null. */
export async function lastHitAt(db: AppDatabase, key: string): Promise<number | null> {
  const row = await db
    .select({ at: rateLimitHits.at })
    .from(rateLimitHits)
    .where(eq(rateLimitHits.key, key))
    .orderBy(desc(rateLimitHits.at))
    .limit(1)
    .get();
  return row?.at ?? null;
}

/**
 * Seconds until `key` is under its limit again: when the hit that keeps it at
 * the limit (the limit-th newest in the window) leaves the window. 0 when it
 * already is.
 */
export async function retryAfterSeconds(db: AppDatabase, key: string, { limit, windowMs }: RateLimit, now = Date.now()): Promise<number> {
  const row = await db
    .select({ at: rateLimitHits.at })
    .from(rateLimitHits)
    .where(and(eq(rateLimitHits.key, key), gt(rateLimitHits.at, now - windowMs)))
    .orderBy(desc(rateLimitHits.at))
    .limit(1)
    .offset(Math.max(0, limit - 1))
    .get();
  return row ? Math.max(1, Math.ceil((row.at + windowMs - now) / 1000)) : 0;
}

export async function clearRateLimit(db: AppDatabase, key: string): Promise<void> {
  await db.delete(rateLimitHits).where(eq(rateLimitHits.key, key)).run();
}

/** Drops hits older than every window; cheap, called now and then. */
export async function pruneRateLimits(db: AppDatabase, olderThanMs = LONGEST_WINDOW_MS, now = Date.now()): Promise<void> {
  await db.delete(rateLimitHits).where(lt(rateLimitHits.at, now - olderThanMs)).run();
}
