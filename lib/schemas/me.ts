import { z } from "zod";
import type { DigestFrequency, SubscriberStatus } from "@/db/schema/newsletter";
import type { UserRole } from "@/db/schema/users";

/** What GET /api/me answers: the reader behind the request, or null. */
export type Me = {
  user: { name: string | null; email: string; role: UserRole; emailVerified: boolean } | null;
  /** Slugs of the tags they follow. */
  following: string[];
  newsletter: { status: SubscriberStatus; frequency: DigestFrequency } | null;
};

/** At most a page's worth of stories per question: a feed page and its related stories. */
export const MAX_SAVED_QUERY = 100;

/** `?stories=1,2,3` on GET /api/me/saved. */
export const savedQuerySchema = z.object({
  stories: z
    .string()
    .regex(/^[1-9]\d{0,11}(,[1-9]\d{0,11})*$/, "stories is a comma-separated list of story ids")
    .transform((value) => [...new Set(value.split(",").map(Number))])
    .refine((ids) => ids.length <= MAX_SAVED_QUERY, `Ask about at most ${MAX_SAVED_QUERY} stories at once`),
});
