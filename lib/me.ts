// What GET /api/me and GET /api/me/saved answer, shared by the route handlers
// and the browser (so nothing here may pull in server code or zod).
import type { DigestFrequency, SubscriberStatus } from "@/db/schema/newsletter";
import type { UserRole } from "@/db/schema/users";

/** The reader behind the request, or null. */
export type Me = {
  user: { name: string | null; email: string; role: UserRole; emailVerified: boolean } | null;
  /** Slugs of the tags they follow. */
  following: string[];
  newsletter: { status: SubscriberStatus; frequency: DigestFrequency } | null;
};

/** At most a page's worth of stories per question: a feed page and its related stories. */
export const MAX_SAVED_QUERY = 100;
