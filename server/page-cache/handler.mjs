// @ts-check
// Next's page cache (the ISR cache behind the feed, topics, stories and feeds),
// configured in next.config.ts. Plain JavaScript: Next imports this file as it
// is, without compiling it.
//
// - Pages are kept in this process's memory, least recently used first out,
//   within PAGE_CACHE_MB (default 128). A restart starts empty; pages are
//   rendered again on first request.
// - Revalidations are rows in the database (page_cache_invalidations, see
//   db/schema/page-cache.ts), not in memory. Triggers write them in the same
//   transaction as every change to stories and tags (migration 0011), so no
//   write path can forget one, and they reach every server sharing the
//   database. A scheduled story's row is dated at its publish time and takes
//   effect then. revalidatePath/revalidateTag calls are recorded the same way.
//   Each cache hit checks its page's tags: with an embedded database (file:),
//   by one indexed query; with a libSQL server (several app servers), against
//   a copy of the table kept in memory and brought up to date every
//   PAGE_CACHE_POLL_MS (default 200 ms) and after each of this server's own
//   writes (db/client.ts calls the hook below). So a publish on one server
//   reaches the others' caches within that interval.
// - Pages that answer 404 are not kept: a crawler trying made-up addresses
//   would otherwise push real pages out.
// - What `next build` prerenders is never served: the first request renders
//   against the live database.
// - cachedPage() lets server/main.mjs answer a plain GET for a cached page
//   straight from here, before Next's router, which costs several times more
//   than the answer itself. Anything else (misses, stale pages, client
//   navigations, query strings) goes through Next as usual.
// - closePageCache() closes its connection when the server shuts down;
//   database() lends it to server/public-lookups.mjs.
import path from "node:path";
import { gzipSync } from "node:zlib";
import { createRequire } from "node:module";
import Database from "better-sqlite3";

const requireFromHere = createRequire(import.meta.url);

const MAX_BYTES = Number(process.env.PAGE_CACHE_MB || 128) * 1024 * 1024;
/** Rows older than this are pruned, so a page cached before then is not trusted either. */
const HORIZON_MS = 7 * 24 * 3600 * 1000;
const TAGS_HEADER = "x-next-cache-tags";
/**
 * A trigger dates its row when the write runs, a moment before it commits; a
 * render that starts in that moment reads the old data. A page therefore also
 * goes stale for a revalidation dated up to this long before its render.
 */
const COMMIT_SLACK_MS = 1000;

/**
 * @typedef {{ value: any, lastModified: number, cacheControl: any, tags: string[], size: number }} Entry
 */

/** Module state: Next creates a handler per request, the cache outlives them. */
/** @type {Map<string, Entry>} */
const entries = new Map();
/** Page entries by the pathname they answer ("/", "/stories/x"), for cachedPage(). */
/** @type {Map<string, string>} */
const keysByPath = new Map();
let bytes = 0;
/** When the render that will next store each page started (see noteRenderStart). */
/** @type {Map<string, number>} */
const renderStarts = new Map();

const DATABASE_URL = process.env.DATABASE_URL || "file:./data/app.db";
const REMOTE = !DATABASE_URL.startsWith("file:");
// lib/env.ts refuses a bad value at start-up; this guard keeps a typo from
// polling the primary every millisecond in a process that skipped that check.
const POLL_MS = Math.min(Math.max(Number(process.env.PAGE_CACHE_POLL_MS) || 200, 20), 60_000);

/** @type {Database.Database | null | undefined} */
let db;
/** @type {Map<number, Database.Statement>} */
const invalidatedQueries = new Map();

/**
 * This process's connection to an embedded database (file:), also used by
 * server/public-lookups.mjs; null on libSQL and during `next build`.
 */
export function database() {
  if (db !== undefined) return db;
  // `next build` prerenders with a throwaway database (db/client.ts) and its
  // output is discarded: nothing to check or record then.
  if (process.env.NEXT_PHASE === "phase-production-build" || REMOTE) return (db = null);
  db = new Database(path.resolve(DATABASE_URL.replace(/^file:/, "")));
  db.pragma("journal_mode = WAL");
  db.pragma("busy_timeout = 5000");
  return db;
}

/**
 * Closes this process's connection(s), for a clean shutdown (server/main.mjs
 * calls it once requests have finished). Calling it again does nothing. A
 * lookup after it opens the connection again rather than skip the check, so a
 * late request never gets a page that was revalidated.
 */
export async function closePageCache() {
  if (db) db.close();
  db = undefined;
  invalidatedQueries.clear();
  if (remote) {
    const { client, timer } = remote;
    remote = null;
    clearInterval(timer);
    client.close();
  }
}

// ---------------------------------------------------------------------------
// libSQL: the revalidation rows, mirrored in memory by polling the primary.

/**
 * @typedef {{ client: import("@libsql/client").Client, timer: NodeJS.Timeout,
 *   ready: boolean, lastRowid: number, polling: Promise<void> | null,
 *   byTag: Map<string, number[]> }} Remote
 */
/** @type {Remote | null} */
let remote = null;
const startedAt = Date.now();

function remoteMirror() {
  if (remote || !REMOTE || process.env.NEXT_PHASE === "phase-production-build") return remote;
  const { createClient } = /** @type {typeof import("@libsql/client")} */ (requireFromHere("@libsql/client"));
  const client = createClient({ url: DATABASE_URL, authToken: process.env.DATABASE_AUTH_TOKEN || undefined });
  const timer = setInterval(() => void pollRemote().catch((error) => console.error("Page cache: poll failed:", error)), POLL_MS);
  timer.unref();
  remote = { client, timer, ready: false, lastRowid: 0, polling: null, byTag: new Map() };
  void pollRemote().catch((error) => console.error("Page cache: first poll failed:", error));
  return remote;
}

/** Reads revalidation rows added since the last poll (one poll at a time). */
function pollRemote() {
  const mirror = remoteMirror();
  if (!mirror) return Promise.resolve();
  mirror.polling ??= (async () => {
    try {
      for (;;) {
        // Rowids only grow while the table has rows; if pruning emptied it
        // they restart, and then everything is read again.
        const { rows } = await mirror.client.execute({
          sql: `SELECT rowid AS id, tag, at FROM page_cache_invalidations
                WHERE (rowid > ?1 OR coalesce((SELECT max(rowid) FROM page_cache_invalidations), 0) < ?1) AND at > ?2
                ORDER BY rowid LIMIT 5000`,
          args: [mirror.lastRowid, startedAt - HORIZON_MS],
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
          if (!mirror.ready && at === seen) continue;
          let list = mirror.byTag.get(tag);
          if (!list) mirror.byTag.set(tag, (list = []));
          list.push(at);
        }
        if (rows.length) mirror.lastRowid = Number(rows.at(-1)?.id);
        for (const [tag, list] of mirror.byTag) {
          const kept = list.filter((at) => at > Date.now() - HORIZON_MS);
          if (kept.length < list.length) mirror.byTag.set(tag, kept);
        }
        if (rows.length < 5000) break;
      }
      mirror.ready = true;
    } finally {
      mirror.polling = null;
    }
  })();
  return mirror.polling;
}

/** Whether the request being served carries the cookie of a reader who wrote in the last minute. */
function readerJustWrote() {
  const store = /** @type {{ __aiWinsRequestContext?: { getStore(): { minSeq: number | null } | undefined } }} */ (globalThis)
    .__aiWinsRequestContext?.getStore();
  return store?.minSeq != null;
}

/**
 * A poll that starts after this call, so it reads everything committed before
 * it (joining one already in flight could miss a write that just committed).
 * Bounded: a primary that does not answer must not hold up the caller.
 */
async function freshPoll() {
  const mirror = remoteMirror();
  if (!mirror) return;
  const poll = (async () => {
    if (mirror.polling) await mirror.polling.catch(() => {});
    await pollRemote();
  })();
  await Promise.race([poll.catch(() => {}), new Promise((resolve) => setTimeout(resolve, FRESH_POLL_WAIT_MS).unref())]);
}
const FRESH_POLL_WAIT_MS = 1000;

// db/client.ts awaits this after a write that changes stories or tags on a
// libSQL database, so this server's next request sees what it revalidated.
/** @type {{ __aiWinsAfterWrite?: () => Promise<void> }} */ (globalThis).__aiWinsAfterWrite = () =>
  REMOTE ? freshPoll() : Promise.resolve();

/**
 * Whether one of `tags` was revalidated after `since` (and not after now).
 * @param {string[]} tags
 * @param {number} since
 */
function invalidatedSince(tags, since) {
  if (REMOTE) {
    const mirror = remoteMirror();
    if (!mirror || tags.length === 0) return false;
    // Until the first poll answers, nothing cached can be trusted.
    if (!mirror.ready) return true;
    const from = since - COMMIT_SLACK_MS;
    const now = Date.now();
    return tags.some((tag) => mirror.byTag.get(tag)?.some((at) => at > from && at <= now) ?? false);
  }
  const conn = database();
  if (!conn || tags.length === 0) return false;
  let query = invalidatedQueries.get(tags.length);
  if (!query) {
    query = conn.prepare(
      `SELECT 1 FROM page_cache_invalidations WHERE tag IN (${tags.map(() => "?").join(",")}) AND at > ? AND at <= ? LIMIT 1`,
    );
    invalidatedQueries.set(tags.length, query);
  }
  return query.get(...tags, since - COMMIT_SLACK_MS, Date.now()) !== undefined;
}

/** @param {any} value */
function tagsOf(value, /** @type {any} */ ctx) {
  const header = value?.headers?.[TAGS_HEADER];
  if (typeof header === "string") return header.split(",").filter(Boolean);
  return [...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
}

/** @param {any} value */
function sizeOf(value) {
  let size = 1024;
  if (typeof value?.html === "string") size += value.html.length;
  if (value?.rscData) size += value.rscData.length;
  if (value?.body) size += value.body.length;
  if (value?.segmentData instanceof Map) for (const part of value.segmentData.values()) size += part.length;
  return size;
}

/**
 * A render of `key` is about to start. The page it stores counts as rendered
 * then, not when it is stored, so a revalidation during the render still
 * applies to it.
 * @param {string} key
 */
function noteRenderStart(key) {
  if (renderStarts.has(key)) return;
  if (renderStarts.size > 10_000) renderStarts.clear();
  renderStarts.set(key, Date.now());
}

/** @param {string} key */
function drop(key) {
  const entry = entries.get(key);
  if (!entry) return;
  entries.delete(key);
  bytes -= entry.size;
  const path = pagePath(key);
  if (path && keysByPath.get(path) === key) keysByPath.delete(path);
}

/**
 * The pathname a page entry answers. Next keys entries
 * "/<dir>/<kind>/<route hash>/$<page path>", where the page path of "/" is "/index".
 * @param {string} key
 */
function pagePath(key) {
  const at = key.indexOf("/$");
  if (at < 0) return null;
  const path = key.slice(at + 2);
  return path === "/index" ? "/" : path;
}

/**
 * The cached page for `pathname`, if there is one Next would serve as it is:
 * present, not revalidated, within its lifetime and a 200. Otherwise null, and
 * the request goes to Next (which renders, or serves stale while it renders).
 * @param {string} pathname
 * @returns {{ html: string, etag: string, gzip: () => Buffer, cacheControl: { revalidate?: number, expire?: number } } | null}
 */
export function cachedPage(pathname) {
  const key = keysByPath.get(pathname);
  const entry = key === undefined ? undefined : entries.get(key);
  if (!key || !entry || (entry.value?.status ?? 200) !== 200 || typeof entry.value?.html !== "string") return null;
  const revalidate = entry.cacheControl?.revalidate;
  const now = Date.now();
  if (typeof revalidate !== "number" || entry.lastModified + revalidate * 1000 <= now) return null;
  try {
    if (invalidatedSince(entry.tags, entry.lastModified)) return null;
  } catch {
    return null;
  }
  entries.delete(key);
  entries.set(key, entry);
  return entryResponse(entry);
}

/** @type {WeakMap<Entry, { html: string, etag: string, gzip: () => Buffer, cacheControl: any }>} */
const responses = new WeakMap();

/** The parts of an answer that are the same every time, worked out once per entry. @param {Entry} entry */
function entryResponse(entry) {
  let response = responses.get(entry);
  if (!response) {
    const html = /** @type {string} */ (entry.value.html);
    /** @type {Buffer | undefined} */
    let gzipped;
    response = {
      html,
      etag: etagOf(html),
      gzip: () => (gzipped ??= gzipSync(html)),
      cacheControl: entry.cacheControl,
    };
    responses.set(entry, response);
  }
  return response;
}

/**
 * Next's own ETag for a body (fnv-1a, 52 bits, as in next/dist/server/lib/etag),
 * so a browser's If-None-Match matches whichever path answers it.
 * @param {string} text
 */
function etagOf(text) {
  let i = 0, h0 = 8997, h1 = 33826, h2 = 40164, h3 = 52210;
  for (; i < text.length; ) {
    h0 ^= text.charCodeAt(i++);
    const t0 = 435 * h0, t1 = 435 * h1;
    let t2 = 435 * h2, t3 = 435 * h3;
    t2 += h0 << 8;
    t3 += h1 << 8;
    const c1 = t1 + (t0 >>> 16);
    h0 = t0 & 65535;
    t2 += c1 >>> 16;
    h1 = c1 & 65535;
    h3 = (t3 + (t2 >>> 16)) & 65535;
    h2 = t2 & 65535;
  }
  const hash = (h3 & 15) * 0x1000000000000 + 0x100000000 * h2 + 65536 * h1 + (h0 ^ (h3 >> 4));
  return `"${hash.toString(36)}${text.length.toString(36)}"`;
}

export default class PageCacheHandler {
  /** @param {unknown} _ctx */
  constructor(_ctx) {}

  /**
   * @param {string} key
   * @param {any} ctx
   */
  async get(key, ctx) {
    const mirror = remoteMirror();
    // The first poll of this process: wait for it rather than render every page afresh.
    if (mirror && !mirror.ready) await pollRemote().catch(() => {});
    // A reader who has just written (on any server: the aiw_rs cookie, see
    // server/main.mjs) gets pages checked against what has committed by now.
    else if (mirror && readerJustWrote()) await freshPoll();
    const entry = entries.get(key);
    let stale = !entry;
    if (entry) {
      const tags = entry.tags.length ? entry.tags : tagsOf(null, ctx);
      try {
        stale = Date.now() - entry.lastModified > HORIZON_MS || invalidatedSince(tags, entry.lastModified);
      } catch (error) {
        // No table yet (migrations not run) or the database is unreachable:
        // render afresh rather than risk serving a page that was revalidated.
        console.error("Page cache: could not check revalidations:", error);
        stale = true;
      }
    }
    if (!entry || stale) {
      drop(key);
      noteRenderStart(key);
      return null;
    }
    // Past its lifetime, Next serves it once more and renders it again behind.
    const revalidate = entry.cacheControl?.revalidate;
    if (typeof revalidate === "number" && entry.lastModified + revalidate * 1000 < Date.now()) noteRenderStart(key);
    // Most recently used last, so eviction takes from the front.
    entries.delete(key);
    entries.set(key, entry);
    return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
  }

  /**
   * @param {string} key
   * @param {any} value
   * @param {any} ctx
   */
  async set(key, value, ctx) {
    const lastModified = renderStarts.get(key) ?? Date.now();
    renderStarts.delete(key);
    drop(key);
    if (value === null || value.status === 404) return;
    const entry = { value, lastModified, cacheControl: ctx?.cacheControl, tags: tagsOf(value, ctx), size: sizeOf(value) };
    if (entry.size > MAX_BYTES) return;
    entries.set(key, entry);
    bytes += entry.size;
    const path = pagePath(key);
    if (value.kind === "APP_PAGE" && path) keysByPath.set(path, key);
    for (const oldest of entries.keys()) {
      if (bytes <= MAX_BYTES) break;
      drop(oldest);
    }
  }

  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    const list = typeof tags === "string" ? [tags] : tags;
    if (list.length === 0) return;
    const now = Date.now();
    const mirror = remoteMirror();
    if (mirror) {
      await mirror.client.batch(
        [
          ...list.map((tag) => ({ sql: "INSERT OR IGNORE INTO page_cache_invalidations (tag, at) VALUES (?, ?)", args: [tag, now] })),
          { sql: "DELETE FROM page_cache_invalidations WHERE at < ?", args: [now - HORIZON_MS] },
        ],
        "write",
      );
      await freshPoll();
      return;
    }
    // Through the app's own connection when it is open (db/client.ts), so the
    // write queues behind a transaction in progress instead of waiting for
    // SQLite's lock with the whole process blocked.
    const record = /** @type {{ __aiWinsRecordInvalidations?: (tags: string[], at: number, before: number) => Promise<void> }} */ (globalThis)
      .__aiWinsRecordInvalidations;
    if (record) return record(list, now, now - HORIZON_MS);
    const conn = database();
    if (!conn) return;
    const insert = conn.prepare("INSERT OR IGNORE INTO page_cache_invalidations (tag, at) VALUES (?, ?)");
    conn.transaction(() => {
      for (const tag of list) insert.run(tag, now);
      conn.prepare("DELETE FROM page_cache_invalidations WHERE at < ?").run(now - HORIZON_MS);
    })();
  }

  resetRequestCache() {}
}
