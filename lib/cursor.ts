// Keyset cursors for newest-first lists: the position is the last row's
// (time, id): the publish time for feeds, the time saved for bookmarks. Encoded
// compactly in base 36 (lib/cursor-codec.mjs, shared with server/main.mjs);
// anything that does not decode to a sane position is no position: a reader's
// own lists show their first page, the public feeds answer 404 (app/older).
import { z } from "zod";

export type { Cursor } from "./cursor-codec.mjs";
export { decodeCanonicalCursor, decodeCursor, encodeCursor } from "./cursor-codec.mjs";

/** A `searchParams` value as Next gives it: one string, several, or none. */
export const searchParamSchema = z.union([z.string(), z.array(z.string())]).optional();

/** The first value of a search param, whatever shape it arrived in. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
