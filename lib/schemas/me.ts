import { z } from "zod";
import { MAX_SAVED_QUERY } from "@/lib/me";

/** `?stories=1,2,3` on GET /api/me/saved. */
export const savedQuerySchema = z.object({
  stories: z
    .string()
    .regex(/^[1-9]\d{0,11}(,[1-9]\d{0,11})*$/, "stories is a comma-separated list of story ids")
    .transform((value) => [...new Set(value.split(",").map(Number))])
    .refine((ids) => ids.length <= MAX_SAVED_QUERY, `Ask about at most ${MAX_SAVED_QUERY} stories at once`),
});
