import { z } from "zod";
import { decodeCursor } from "@/lib/cursor";
import { slugSchema } from "./story";

/** A story id in a URL: digits only, so "1e3", "0x10" or "-1" are refused rather than coerced. */
export const storyIdParamSchema = z.object({
  storyId: z
    .string()
    .regex(/^[1-9]\d{0,11}$/, "A story id is a positive whole number")
    .transform(Number),
});

export const tagSlugParamSchema = z.object({ tagSlug: slugSchema });

/** An optional `cursor` query parameter; a malformed one is an error for API clients. */
export const cursorParamSchema = z
  .string()
  .optional()
  .transform((value, ctx) => {
    if (value === undefined || value === "") return null;
    const cursor = decodeCursor(value);
    if (!cursor) {
      ctx.addIssue({ code: "custom", message: "That cursor is not one we gave out" });
      return z.NEVER;
    }
    return cursor;
  });

export const bookmarksQuerySchema = z.object({ cursor: cursorParamSchema, tag: slugSchema.optional() });
export const followingQuerySchema = z.object({ cursor: cursorParamSchema });
