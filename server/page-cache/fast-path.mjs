// @ts-check
// What server/main.mjs needs to answer a plain GET for a cached page itself,
// before Next's router (which costs several times more than the answer): the
// page, if Next would serve it as it is, with its ETag and gzip worked out
// once. Anything else (misses, stale pages, client navigations, query strings)
// goes through Next as usual.
import { gzipSync } from "node:zlib";
import { invalidatedSince } from "./invalidations.mjs";
import { entryAt, touch } from "./store.mjs";

/** @typedef {import("./store.mjs").Entry} Entry */
/** @typedef {{ html: string, etag: string, gzip: () => Buffer, cacheControl: { revalidate?: number, expire?: number } }} CachedPage */

/**
 * The cached page for `pathname`, if there is one Next would serve as it is:
 * present, not revalidated, within its lifetime and a 200. Otherwise null, and
 * the request goes to Next (which renders, or serves stale while it renders).
 * @param {string} pathname
 * @returns {CachedPage | null}
 */
export function cachedPage(pathname) {
  const found = entryAt(pathname);
  if (!found) return null;
  const { key, entry } = found;
  if ((entry.value?.status ?? 200) !== 200 || typeof entry.value?.html !== "string") return null;
  const revalidate = entry.cacheControl?.revalidate;
  if (typeof revalidate !== "number" || entry.lastModified + revalidate * 1000 <= Date.now()) return null;
  try {
    if (invalidatedSince(entry.tags, entry.lastModified)) return null;
  } catch {
    return null;
  }
  touch(key, entry);
  return entryResponse(entry);
}

/** @type {WeakMap<Entry, CachedPage>} */
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
