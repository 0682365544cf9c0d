// @ts-check
// Revalidations are rows in the database (page_cache_invalidations, see
// db/schema/page-cache.ts), not in memory. Triggers write them in the same
// transaction as every change to stories and tags (migration 0011), so no write
// path can forget one, and they reach every server sharing the database. A
// scheduled story's row is dated at its publish time and takes effect then.
// revalidatePath/revalidateTag calls are recorded the same way. A cached page
// is checked against them on every hit: on an embedded database by one indexed
// query, on libSQL against the mirror (libsql-mirror.mjs).
import { database } from "../database.mjs";
import { hooks } from "../hooks.mjs";
import { COMMIT_SLACK_MS, HORIZON_MS } from "./horizon.mjs";
import { freshPoll, mirroredSince, pollRemote, REMOTE, remoteMirror } from "./libsql-mirror.mjs";

/** One prepared query per number of tags, per connection (it reopens after a close). */
/** @type {WeakMap<object, Map<number, import("better-sqlite3").Statement>>} */
const queries = new WeakMap();

/**
 * Whether one of `tags` was revalidated after `since` (and not after now).
 * @param {string[]} tags
 * @param {number} since
 */
export function invalidatedSince(tags, since) {
  if (REMOTE) {
    const mirror = remoteMirror();
    if (!mirror || tags.length === 0) return false;
    return mirroredSince(mirror, tags, since);
  }
  const conn = database();
  if (!conn || tags.length === 0) return false;
  let byCount = queries.get(conn);
  if (!byCount) queries.set(conn, (byCount = new Map()));
  let query = byCount.get(tags.length);
  if (!query) {
    query = conn.prepare(
      `SELECT 1 FROM page_cache_invalidations WHERE tag IN (${tags.map(() => "?").join(",")}) AND at > ? AND at <= ? LIMIT 1`,
    );
    byCount.set(tags.length, query);
  }
  return query.get(...tags, since - COMMIT_SLACK_MS, Date.now()) !== undefined;
}

/**
 * Before a cache lookup on libSQL: the process's first poll is awaited rather
 * than render every page afresh, and a reader who has just written (on any
 * server: the aiw_rs cookie, see server/main.mjs) gets a poll that has seen
 * what has committed by now.
 */
export async function catchUp() {
  const mirror = remoteMirror();
  if (mirror && !mirror.ready) await pollRemote().catch(() => {});
  else if (mirror && hooks.requestContext.getStore()?.minSeq != null) await freshPoll();
}

/**
 * Records a revalidation of `tags` now, and prunes rows past the horizon.
 * @param {string[]} tags
 */
export async function recordInvalidations(tags) {
  if (tags.length === 0) return;
  const now = Date.now();
  const mirror = remoteMirror();
  if (mirror) {
    await mirror.client.batch(
      [
        ...tags.map((tag) => ({ sql: "INSERT OR IGNORE INTO page_cache_invalidations (tag, at) VALUES (?, ?)", args: [tag, now] })),
        { sql: "DELETE FROM page_cache_invalidations WHERE at < ?", args: [now - HORIZON_MS] },
      ],
      "write",
    );
    await freshPoll();
    return;
  }
  // Through the app's own connection when it is open (hooks.recordInvalidations),
  // so the write queues behind a transaction in progress instead of waiting for
  // SQLite's lock with the whole process blocked.
  const record = hooks.recordInvalidations;
  if (record) return record(tags, now, now - HORIZON_MS);
  const conn = database();
  if (!conn) return;
  const insert = conn.prepare("INSERT OR IGNORE INTO page_cache_invalidations (tag, at) VALUES (?, ?)");
  conn.transaction(() => {
    for (const tag of tags) insert.run(tag, now);
    conn.prepare("DELETE FROM page_cache_invalidations WHERE at < ?").run(now - HORIZON_MS);
  })();
}
