import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * Sliding-window rate limits (sign-in emails per address and per network,
 * failed code guesses, newsletter confirmations…): one row per counted hit.
 * A limit is "at most N hits with `at` in the last W ms", exact at any moment,
 * so no burst of twice the limit gets through across a window's edge, as it
 * did with fixed windows. In the database, so limits hold across restarts and
 * servers. Rows older than the longest window are pruned now and then.
 */
export const rateLimitHits = sqliteTable(
  "rate_limit_hits",
  {
    key: text("key").notNull(),
    /** When the hit was counted, in ms since the epoch. */
    at: integer("at").notNull(),
  },
  (t) => [index("rate_limit_hits_key_at_idx").on(t.key, t.at)],
);

