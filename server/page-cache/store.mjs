// @ts-check
// The cached pages, in this process's memory: least recently used out first,
// within PAGE_CACHE_MB (default 128). A restart starts empty. Module state:
// Next creates a handler per request, and the cache outlives them.
import { runtimeEnv } from "../env.mjs";

const MAX_BYTES = runtimeEnv().PAGE_CACHE_MB * 1024 * 1024;
const TAGS_HEADER = "x-next-cache-tags";

/**
 * @typedef {{ value: any, lastModified: number, cacheControl: any, tags: string[], size: number }} Entry
 */

/** @type {Map<string, Entry>} Most recently used last, so eviction takes from the front. */
const entries = new Map();
/** @type {Map<string, string>} Page entries by the pathname they answer ("/", "/stories/x"), for the fast path. */
const keysByPath = new Map();
let bytes = 0;
/** @type {Map<string, number>} When the render that will next store each page started (see noteRenderStart). */
const renderStarts = new Map();

/** @param {string} key */
export function entryFor(key) {
  return entries.get(key);
}

/** The page entry that answers `pathname`, if one is kept. @param {string} pathname */
export function entryAt(pathname) {
  const key = keysByPath.get(pathname);
  const entry = key === undefined ? undefined : entries.get(key);
  return key === undefined || !entry ? null : { key, entry };
}

/** Marks `key` most recently used. @param {string} key @param {Entry} entry */
export function touch(key, entry) {
  entries.delete(key);
  entries.set(key, entry);
}

/** @param {string} key */
export function drop(key) {
  const entry = entries.get(key);
  if (!entry) return;
  entries.delete(key);
  bytes -= entry.size;
  const path = pagePath(key);
  if (path && keysByPath.get(path) === key) keysByPath.delete(path);
}

/**
 * Keeps what a render of `key` produced, dated when that render started.
 * Pages that answer 404 are not kept: a crawler trying made-up addresses
 * would otherwise push real pages out.
 * @param {string} key
 * @param {any} value
 * @param {any} ctx
 */
export function put(key, value, ctx) {
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

/**
 * A render of `key` is about to start. The page it stores counts as rendered
 * then, not when it is stored, so a revalidation during the render still
 * applies to it.
 * @param {string} key
 */
export function noteRenderStart(key) {
  if (renderStarts.has(key)) return;
  if (renderStarts.size > 10_000) renderStarts.clear();
  renderStarts.set(key, Date.now());
}

/** @param {any} value @param {any} ctx */
export function tagsOf(value, ctx) {
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
