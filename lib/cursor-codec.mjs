// @ts-check
// Keyset cursors, encoded and decoded: shared by lib/cursor.ts and by
// server/main.mjs, which answers unknown ones without Next (plain
// JavaScript, so that server can use it without a compiler).

const MAX_CURSOR_LENGTH = 32;
const CURSOR = /^([0-9a-z]{1,11})-([0-9a-z]{1,9})$/;

/** @param {{ at: Date, id: number }} cursor */
export function encodeCursor(cursor) {
  return `${cursor.at.getTime().toString(36)}-${cursor.id.toString(36)}`;
}

/**
 * The position `value` holds, or null when it is not a sane one.
 * @param {unknown} value
 * @returns {{ at: Date, id: number } | null}
 */
export function decodeCursor(value) {
  if (typeof value !== "string" || value.length > MAX_CURSOR_LENGTH) return null;
  const match = CURSOR.exec(value);
  if (!match) return null;
  const ms = parseInt(/** @type {string} */ (match[1]), 36);
  const id = parseInt(/** @type {string} */ (match[2]), 36);
  // Dates from 1970 to 9999, ids that fit SQLite's integer comfortably.
  if (!Number.isSafeInteger(ms) || ms < 0 || ms > 253402300799999) return null;
  if (!Number.isSafeInteger(id) || id < 1) return null;
  return { at: new Date(ms), id };
}

/**
 * The position, only when `value` is written exactly as encodeCursor writes it
 * (no leading zeros): every position then has one address, so made-up
 * spellings of a real one cannot fill the page cache.
 * @param {unknown} value
 */
export function decodeCanonicalCursor(value) {
  const cursor = decodeCursor(value);
  return cursor && encodeCursor(cursor) === value ? cursor : null;
}
