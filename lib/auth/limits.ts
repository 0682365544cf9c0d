// Every limit on signing in, in one place (docs/security.md lists them). All
// are sliding windows in the database (db/queries/rate-limits.ts), so they
// hold across restarts and servers and let no burst through at a window's
// edge. The per-address code budget lives beside the tokens it guards
// (CODE_FAILURES in db/queries/auth-adapter.ts).
import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import type { AppDatabase } from "@/db/client";
import { hitRateLimit, peekRateLimit, type RateLimit } from "@/db/queries/rate-limits";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

const MINUTES_15 = 15 * 60_000;
const DAY = 86_400_000;

/** Sign-in emails to one address: SIGNIN_LIMIT_PER_EMAIL (5) in 15 minutes, and twice that in a day. */
export const emailsPerAddress = (): RateLimit[] => [
  { limit: env.SIGNIN_LIMIT_PER_EMAIL, windowMs: MINUTES_15 },
  { limit: env.SIGNIN_LIMIT_PER_EMAIL * 2, windowMs: DAY },
];
/** Sign-in emails asked for from one IPv4 address or IPv6 /64: SIGNIN_LIMIT_PER_IP (30) in 15 minutes. */
export const emailsPerNetwork = (): RateLimit => ({ limit: env.SIGNIN_LIMIT_PER_IP, windowMs: MINUTES_15 });
/** Sign-in emails from the whole site before everyone is slowed down (addresses and networks both rotated). */
export const EMAILS_SITE_WIDE: RateLimit = { limit: 1_000, windowMs: MINUTES_15 };

/** Wrong codes or links from one IPv4 address or IPv6 /64. */
export const FAILURES_PER_NETWORK: RateLimit = { limit: 30, windowMs: MINUTES_15 };
/** Wrong codes or links site-wide before every check is slowed down. */
export const FAILURES_SITE_WIDE: RateLimit = { limit: 300, windowMs: MINUTES_15 };

/** Past a site-wide ceiling, requests go on at this pace for the whole site rather than stopping. */
export const SITE_WIDE_PACE: RateLimit = { limit: 1, windowMs: 1_000 };
/** How long one request waits for its turn at that pace before it is told to try again. */
const PACE_WAIT_MS = 3_000;

/** Counts a hit against `key`, or refuses with 429 and when to try again. */
export async function enforce(db: AppDatabase, key: string, limit: RateLimit, what: string): Promise<void> {
  const result = await hitRateLimit(db, key, limit);
  if (result.allowed) return;
  throw tooMany(what, result.retryAfterSeconds);
}

export function tooMany(what: string, retryAfterSeconds: number): AppError {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  const wait = retryAfterSeconds < 90 ? `${retryAfterSeconds} seconds` : `${minutes} minute${minutes === 1 ? "" : "s"}`;
  return new AppError("rate_limited:sign_in", `Too many ${what}. Please wait ${wait} and try again.`, 429, {
    "Retry-After": String(retryAfterSeconds),
  });
}

/**
 * A site-wide ceiling that slows everyone down instead of shutting sign-in for
 * every reader: under the ceiling the hit is counted and passes; over it, the
 * request waits for a turn at SITE_WIDE_PACE (a second or two), and only if
 * none comes within PACE_WAIT_MS is it refused, with "try again in a few
 * seconds". An attacker rotating addresses and networks gets one request a
 * second; a reader gets in after a short wait.
 */
export async function paceSiteWide(db: AppDatabase, key: string, ceiling: RateLimit, { count = true } = {}): Promise<void> {
  if (count ? (await hitRateLimit(db, key, ceiling)).allowed : (await peekRateLimit(db, key, ceiling)) < ceiling.limit) return;
  const deadline = Date.now() + PACE_WAIT_MS;
  for (;;) {
    if ((await hitRateLimit(db, `${key}:paced`, SITE_WIDE_PACE)).allowed) return;
    if (Date.now() >= deadline) break;
    await sleep(200 + Math.random() * 300);
  }
  throw new AppError("busy:sign_in", "Sign-in is very busy right now. Please wait a few seconds and try again.", 429, {
    "Retry-After": "5",
  });
}
