// @ts-check
// On libSQL (several app servers), the revalidation rows mirrored in this
// process's memory: polled from the primary every PAGE_CACHE_POLL_MS (default
// 200 ms) by rowid, and afresh after each of this server's own writes to
// stories or tags (hooks.afterWrite), so a publish on one server reaches the
// others' caches within that interval. Unused with an embedded database.
import { createRequire } from "node:module";
import { runtimeEnv, isBuilding } from "../env.mjs";
import { hooks } from "../hooks.mjs";
import { COMMIT_SLACK_MS, HORIZON_MS } from "./horizon.mjs";

const requireFromHere = createRequire(import.meta.url);

const { DATABASE_URL, DATABASE_AUTH_TOKEN, PAGE_CACHE_POLL_MS } = runtimeEnv();
/** The database is a libSQL server, not a file. */
export const REMOTE = !DATABASE_URL.startsWith("file:");
/** How long a fresh poll may hold up its caller when the primary does not answer. */
const FRESH_POLL_WAIT_MS = 1000;

/**
 * @typedef {{ client: import("@libsql/client").Client, timer: NodeJS.Timeout,
 *   ready: boolean, lastRowid: number, polling: Promise<void> | null,
 *   byTag: Map<string, number[]> }} Mirror
 */
/** @type {Mirror | null} */
let mirror = null;
const startedAt = Date.now();

/** The mirror, started on first use; null with an embedded database and during `next build`. */
export function remoteMirror() {
  if (mirror || !REMOTE || isBuilding()) return mirror;
  const { createClient } = /** @type {typeof import("@libsql/client")} */ (requireFromHere("@libsql/client"));
  const client = createClient({ url: DATABASE_URL, authToken: DATABASE_AUTH_TOKEN });
  const timer = setInterval(() => void pollRemote().catch((error) => console.error("Page cache: poll failed:", error)), PAGE_CACHE_POLL_MS);
  timer.unref();
  mirror = { client, timer, ready: false, lastRowid: 0, polling: null, byTag: new Map() };
  void pollRemote().catch((error) => console.error("Page cache: first poll failed:", error));
  return mirror;
}

/** Reads revalidation rows added since the last poll (one poll at a time). */
export function pollRemote() {
  const current = remoteMirror();
  if (!current) return Promise.resolve();
  current.polling ??= (async () => {
    try {
      for (;;) {
        // Rowids only grow while the table has rows; if pruning emptied it
        // they restart, and then everything is read again.
        const { rows } = await current.client.execute({
          sql: `SELECT rowid AS id, tag, at FROM page_cache_invalidations
                WHERE (rowid > ?1 OR coalesce((SELECT max(rowid) FROM page_cache_invalidations), 0) < ?1) AND at > ?2
                ORDER BY rowid LIMIT 5000`,
          args: [current.lastRowid, startedAt - HORIZON_MS],
        });
        const seen = Date.now();
        for (const row of rows) {
          const tag = String(row.tag);
          // A row already due takes effect here when this server first sees
          // it: that is after its write committed, by this server's own clock,
          // whatever the database server's clock or a slow commit says.
          // Rows dated ahead (scheduled stories) take effect at their time.
          const at = Math.max(Number(row.at), seen);
          // The first poll's rows already due predate every page this process
          // will cache (nothing is cached before that poll answers).
          if (!current.ready && at === seen) continue;
          let list = current.byTag.get(tag);
          if (!list) current.byTag.set(tag, (list = []));
          list.push(at);
        }
        if (rows.length) current.lastRowid = Number(rows.at(-1)?.id);
        for (const [tag, list] of current.byTag) {
          const kept = list.filter((at) => at > Date.now() - HORIZON_MS);
          if (kept.length < list.length) current.byTag.set(tag, kept);
        }
        if (rows.length < 5000) break;
      }
      current.ready = true;
    } finally {
      current.polling = null;
    }
  })();
  return current.polling;
}

/**
 * A poll that starts after this call, so it reads everything committed before
 * it (joining one already in flight could miss a write that just committed).
 * Bounded: a primary that does not answer must not hold up the caller.
 */
export async function freshPoll() {
  const current = remoteMirror();
  if (!current) return;
  const poll = (async () => {
    if (current.polling) await current.polling.catch(() => {});
    await pollRemote();
  })();
  await Promise.race([poll.catch(() => {}), new Promise((resolve) => setTimeout(resolve, FRESH_POLL_WAIT_MS).unref())]);
}

hooks.afterWrite = () => (REMOTE ? freshPoll() : Promise.resolve());

/**
 * Whether the mirror holds a revalidation of one of `tags` after `since` (and
 * not after now). Until the first poll answers, nothing cached can be trusted.
 * @param {Mirror} current
 * @param {string[]} tags
 * @param {number} since
 */
export function mirroredSince(current, tags, since) {
  if (!current.ready) return true;
  const from = since - COMMIT_SLACK_MS;
  const now = Date.now();
  return tags.some((tag) => current.byTag.get(tag)?.some((at) => at > from && at <= now) ?? false);
}

/** Stops polling and closes the client (idempotent; a later lookup starts a new mirror). */
export function closeMirror() {
  if (!mirror) return;
  const { client, timer } = mirror;
  mirror = null;
  clearInterval(timer);
  client.close();
}
