// Composing and sending digests. Safe to run at any time and again after a
// crash: each digest is claimed (send recorded, watermark moved) in one
// transaction before it is sent, and claims left unsent by a crashed run are
// sent first on the next. None is ever skipped or claimed twice. The only
// messages a crash can leave in doubt are those in flight at that instant (at
// most `concurrency`): SMTP may have accepted them without our hearing back.
// They are re-sent with the same Message-ID, so receiving servers drop the copy.
import "server-only";
import type { AppDatabase } from "@/db/client";
import {
  cancelDigest,
  claimDigest,
  followedTagIdsByEmail,
  listDigestStories,
  listDueSubscribers,
  listUnfinishedSends,
  markDigestSent,
  PERIOD_MS,
  recordSendFailure,
} from "@/db/queries/newsletter";
import type { StoryCard } from "@/db/queries/stories";
import type { Subscriber } from "@/db/schema";
import { sendEmail } from "@/lib/mail/send";
import { digestEmail } from "./emails";
import { acquireRunLock } from "./run-lock";

/** Stories listed in one digest; the rest are counted as "and N more". */
export const DIGEST_STORIES = 12;
const LOOKAHEAD = 100;

export type Digest = { start: Date; end: Date; stories: StoryCard[]; more: number };

/** Windows shared by many subscribers are looked up once per run. */
export type DigestMemo = Map<string, Promise<StoryCard[]>>;

export async function composeDigest(
  db: AppDatabase,
  subscriber: Subscriber,
  { now, start: fixedStart, memo = new Map() }: { now: Date; start?: Date; memo?: DigestMemo },
): Promise<Digest> {
  const start = fixedStart ?? subscriber.lastDigestAt ?? new Date(now.getTime() - PERIOD_MS[subscriber.frequency]);
  const tagIds = subscriber.content === "followed" ? await followedTagIdsByEmail(db, subscriber.email) : null;
  const key = `${start.getTime()}|${now.getTime()}|${tagIds?.join(",") ?? "all"}`;
  let found = memo.get(key);
  if (!found) {
    found = listDigestStories(db, { start, end: now, tagIds, limit: LOOKAHEAD });
    memo.set(key, found);
  }
  const all = await found;
  return { start, end: now, stories: all.slice(0, DIGEST_STORIES), more: Math.max(0, all.length - DIGEST_STORIES) };
}

export type RunReport = { resumed: number; sent: number; nothingNew: number; failed: number; busy: boolean };

/** Sends one claimed digest; an SMTP error is recorded, never thrown, so one bad address cannot stop a run. */
async function deliver(db: AppDatabase, sendId: number, subscriber: Subscriber, digest: Digest): Promise<boolean> {
  try {
    await sendEmail(await digestEmail({ subscriber, stories: digest.stories, more: digest.more, sendId }));
    await markDigestSent(db, sendId);
    return true;
  } catch (error) {
    await recordSendFailure(db, sendId, error instanceof Error ? error.message : String(error));
    return false;
  }
}

export async function sendDueDigests(
  db: AppDatabase,
  { now = new Date(), concurrency = 10, onSent }: { now?: Date; concurrency?: number; onSent?: (email: string) => void } = {},
): Promise<RunReport> {
  const report: RunReport = { resumed: 0, sent: 0, nothingNew: 0, failed: 0, busy: false };
  const lock = await acquireRunLock(db);
  if (!lock) return { ...report, busy: true };
  try {
    const memo: DigestMemo = new Map();

    // 1. Finish what a crashed run claimed but did not mark sent (or could not send yet).
    for (const { send, subscriber } of await listUnfinishedSends(db)) {
      if (subscriber.status !== "active") {
        await cancelDigest(db, send.id);
        continue;
      }
      const digest = await composeDigest(db, subscriber, { now: send.periodEnd, start: send.periodStart, memo });
      if (await deliver(db, send.id, subscriber, digest)) {
        report.resumed++;
        onSent?.(subscriber.email);
      } else report.failed++;
    }

    // 2. Everyone due now, a batch at a time, a few sends in parallel.
    let afterId = "";
    for (;;) {
      const batch = await listDueSubscribers(db, { now, afterId, limit: 500 });
      if (batch.length === 0) break;
      afterId = batch.at(-1)!.id;
      let next = 0;
      const worker = async () => {
        while (next < batch.length) {
          const subscriber = batch[next++]!;
          const digest = await composeDigest(db, subscriber, { now, memo });
          if (digest.stories.length === 0) {
            report.nothingNew++;
            continue;
          }
          const sendId = await claimDigest(db, {
            subscriberId: subscriber.id,
            seenWatermark: subscriber.lastDigestAt,
            periodStart: digest.start,
            periodEnd: digest.end,
            storyCount: digest.stories.length + digest.more,
          });
          if (sendId === null) continue; // claimed elsewhere, or they just unsubscribed
          if (await deliver(db, sendId, subscriber, digest)) {
            report.sent++;
            onSent?.(subscriber.email);
          } else report.failed++;
        }
      };
      await Promise.all(Array.from({ length: concurrency }, worker));
    }
    return report;
  } finally {
    await lock.release();
  }
}
