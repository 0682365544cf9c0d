// Keyset cursors for newest-first lists: the position is the last row's
// (time, id): the publish time for feeds, the time saved for bookmarks. Encoded compactly in base 36; anything that does not
// decode to a sane position is treated as "no cursor", so a tampered or huge
// `?before=` shows the first page instead of an error.
import { z } from "zod";

export type Cursor = { at: Date; id: number };

const MAX_CURSOR_LENGTH = 32;
const CURSOR = /^([0-9a-z]{1,11})-([0-9a-z]{1,9})$/;

export function encodeCursor(cursor: Cursor): string {
  return `${cursor.at.getTime().toString(36)}-${cursor.id.toString(36)}`;
}

export function decodeCursor(value: unknown): Cursor | null {
  if (typeof value !== "string" || value.length > MAX_CURSOR_LENGTH) return null;
  const match = CURSOR.exec(value);
  if (!match) return null;
  const ms = parseInt(match[1]!, 36);
  const id = parseInt(match[2]!, 36);
  // Dates from 1970 to 9999, ids that fit SQLite's integer comfortably.
  if (!Number.isSafeInteger(ms) || ms < 0 || ms > 253402300799999) return null;
  if (!Number.isSafeInteger(id) || id < 1) return null;
  return { at: new Date(ms), id };
}

/** A `searchParams` value as Next gives it: one string, several, or none. */
export const searchParamSchema = z.union([z.string(), z.array(z.string())]).optional();

/** The first value of a search param, whatever shape it arrived in. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
