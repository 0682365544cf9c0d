// @ts-check
// Next's page cache (the ISR cache behind the feed, topics, stories and feeds),
// set as `cacheHandler` in next.config.ts. Plain JavaScript: Next imports this
// file as it is, without compiling it. Its parts:
//
// - store.mjs: the pages, in this process's memory (PAGE_CACHE_MB).
// - invalidations.mjs: revalidations are rows in the database, written by
//   triggers; each hit checks its page's tags against them.
// - libsql-mirror.mjs: on libSQL, those rows mirrored in memory by polling.
// - fast-path.mjs: cachedPage(), for server/main.mjs to answer before Next.
//
// What `next build` prerenders is never served: the first request renders
// against the live database.
import { closeDatabase } from "../database.mjs";
import { HORIZON_MS } from "./horizon.mjs";
import { catchUp, invalidatedSince, recordInvalidations } from "./invalidations.mjs";
import { closeMirror } from "./libsql-mirror.mjs";
import { drop, entryFor, noteRenderStart, put, tagsOf, touch } from "./store.mjs";

export { cachedPage } from "./fast-path.mjs";

/**
 * Closes this process's connection(s), for a clean shutdown (server/main.mjs
 * calls it once requests have finished). Calling it again does nothing. A
 * lookup after it opens the connection again rather than skip the check, so a
 * late request never gets a page that was revalidated.
 */
export async function closePageCache() {
  closeDatabase();
  closeMirror();
}

export default class PageCacheHandler {
  /** @param {unknown} _ctx */
  constructor(_ctx) {}

  /**
   * @param {string} key
   * @param {any} ctx
   */
  async get(key, ctx) {
    await catchUp();
    const entry = entryFor(key);
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
    touch(key, entry);
    return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
  }

  /**
   * @param {string} key
   * @param {any} value
   * @param {any} ctx
   */
  async set(key, value, ctx) {
    put(key, value, ctx);
  }

  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    await recordInvalidations(typeof tags === "string" ? [tags] : tags);
  }

  resetRequestCache() {}
}
