import { z } from "zod";

/** Bytes of randomness in a personal feed token: 32 bytes is 43 base64url characters. */
export const FEED_TOKEN_BYTES = 32;

/**
 * A personal feed token as we hand them out. Checked before any lookup, so a
 * hostile path (NUL bytes, `../`, thousands of characters) never reaches SQL.
 */
export const feedTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "That is not a feed address we gave out");
