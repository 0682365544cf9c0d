import { z } from "zod";

/**
 * A personal feed token as we hand them out (FEED_TOKEN_BYTES of
 * db/queries/feed-tokens in base64url). Checked before any lookup, so a
 * hostile path (NUL bytes, `../`, thousands of characters) never reaches SQL.
 */
export const feedTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "That is not a feed address we gave out");
