// @ts-check
// Whether a public address names something, for server/main.mjs to answer
// the ones that name nothing with a 404 before Next's router (see
// server/unknown-pages.mjs): one indexed read each, on the runtime's own
// connection (server/database.mjs). The rules are db/queries/stories.ts's and tags.ts's (a story is
// public when it is not a draft and its publish time has passed; a cursor is
// the position of such a story, in the tag for a tag's pages), and
// server/public-lookups.int.test.ts holds both to the same cases. Each answers
// null when this process has no embedded database to ask (libSQL): Next decides.
import { database } from "./database.mjs";

const SQL = {
  story: "SELECT 1 FROM stories WHERE slug = ? AND status <> 'draft' AND published_at <= ? LIMIT 1",
  tag: "SELECT 1 FROM tags WHERE slug = ? LIMIT 1",
  feedCursor: "SELECT 1 FROM stories WHERE id = ? AND published_at = ? AND status <> 'draft' AND published_at <= ? LIMIT 1",
  tagCursor: `SELECT 1 FROM story_tags
    JOIN tags ON tags.id = story_tags.tag_id
    JOIN stories ON stories.id = story_tags.story_id
    WHERE tags.slug = ? AND story_tags.story_id = ? AND stories.published_at = ?
      AND story_tags.published_at <= ? AND stories.status <> 'draft' LIMIT 1`,
};

/** @typedef {import("better-sqlite3").Statement} Statement */
/** Prepared once per connection (it reopens after a close). */
/** @type {WeakMap<object, Record<keyof typeof SQL, Statement>>} */
const prepared = new WeakMap();

/** @param {keyof typeof SQL} name @param {unknown[]} args */
function found(name, ...args) {
  const conn = database();
  if (!conn) return null;
  let statements = prepared.get(conn);
  if (!statements) {
    statements = /** @type {Record<keyof typeof SQL, Statement>} */ (
      Object.fromEntries(Object.entries(SQL).map(([key, sql]) => [key, conn.prepare(sql)]))
    );
    prepared.set(conn, statements);
  }
  return statements[name].get(...args) !== undefined;
}

/** @param {string} slug @param {number} [now] */
export function storyIsPublic(slug, now = Date.now()) {
  return found("story", slug, now);
}

/** @param {string} slug */
export function tagExists(slug) {
  return found("tag", slug);
}

/**
 * Whether `cursor` is one the feed (or, given `tagSlug`, that tag's pages) hands out.
 * @param {{ at: Date, id: number }} cursor @param {string | null} tagSlug @param {number} [now]
 */
export function cursorIsListed(cursor, tagSlug, now = Date.now()) {
  return tagSlug === null
    ? found("feedCursor", cursor.id, cursor.at.getTime(), now)
    : found("tagCursor", tagSlug, cursor.id, cursor.at.getTime(), now);
}
