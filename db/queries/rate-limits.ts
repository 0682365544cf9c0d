// Fixed-window rate limits stored in SQLite, so they hold across restarts and
// across servers sharing the database. One atomic upsert per hit.
import "server-only";
import { eq, lt, sql } from "drizzle-orm";
import type { AppDatabase } from "@/db/client";
import { rateLimits } from "@/db/schema";

export type RateLimit = { limit: number; windowMs: number };
export type RateLimitResult = { allowed: boolean; count: number; retryAfterSeconds: number };

function windowStartOf(now: number, windowMs: number) {
  return Math.floor(now / windowMs) * windowMs;
}

/** Counts one hit against `key` and says whether it is within the limit. */
export async function hitRateLimit(
  db: AppDatabase,
  key: string,
  { limit, windowMs }: RateLimit,
  now = Date.now(),
): Promise<RateLimitResult> {
  const windowStart = windowStartOf(now, windowMs);
  const row = await db
    .insert(rateLimits)
    .values({ key, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${rateLimits.windowStart} = excluded.window_start then ${rateLimits.count} + 1 else 1 end`,
        windowStart: sql`excluded.window_start`,
      },
    })
    .returning({ count: rateLimits.count })
    .get();
  return {
    allowed: row.count <= limit,
    count: row.count,
    retryAfterSeconds: Math.ceil((windowStart + windowMs - now) / 1000),
  };
}

/** How many hits `key` has in the current window, without counting one. */
export async function peekRateLimit(db: AppDatabase, key: string, { windowMs }: RateLimit, now = Date.now()): Promise<number> {
  const row = await db.select().from(rateLimits).where(eq(rateLimits.key, key)).get();
  return row && row.windowStart === windowStartOf(now, windowMs) ? row.count : 0;
}

export async function clearRateLimit(db: AppDatabase, key: string): Promise<void> {
  await db.delete(rateLimits).where(eq(rateLimits.key, key)).run();
}

/** Drops counters whose window ended long ago; cheap, called now and then. */
export async function pruneRateLimits(db: AppDatabase, olderThanMs = 86_400_000, now = Date.now()): Promise<void> {
  await db.delete(rateLimits).where(lt(rateLimits.windowStart, now - olderThanMs)).run();
}
