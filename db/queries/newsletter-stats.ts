// Read-only newsletter figures for the admin desk.
import "server-only";
import { count } from "drizzle-orm";
import type { AppDatabase } from "@/db/client";
import { subscribers } from "@/db/schema";

export type SubscriberStats = {
  /** Confirmed and subscribed, by how often they get the digest. */
  daily: number;
  weekly: number;
  /** Signed up but never confirmed: they get nothing. */
  pending: number;
  unsubscribed: number;
};

/** One grouped count; (status, frequency) lead subscribers_due_idx, so it reads the index only. */
export async function subscriberStats(db: AppDatabase): Promise<SubscriberStats> {
  const rows = await db
    .select({ status: subscribers.status, frequency: subscribers.frequency, n: count() })
    .from(subscribers)
    .groupBy(subscribers.status, subscribers.frequency);
  const stats: SubscriberStats = { daily: 0, weekly: 0, pending: 0, unsubscribed: 0 };
  for (const { status, frequency, n } of rows) {
    if (status === "active") stats[frequency] += n;
    else stats[status] += n;
  }
  return stats;
}
