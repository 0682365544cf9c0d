// GET /api/me – who is reading: the signed-in reader (or null), the tags they
// follow and their newsletter status. Public pages are cached and identical for
// everyone, so the header, Follow buttons and the newsletter box ask here.
import { getDb } from "@/db/client";
import { followedTagSlugs } from "@/db/queries/follows";
import { getSubscriberByEmail } from "@/db/queries/newsletter";
import { route } from "@/lib/api/route";
import { getCurrentUser } from "@/lib/auth/session";
import type { Me } from "@/lib/me";

// Personal: never stored by the browser or anything between.
const headers = { "Cache-Control": "private, no-store" };

export const GET = route(async () => {
  const user = await getCurrentUser();
  if (!user) return Response.json({ user: null, following: [], newsletter: null } satisfies Me, { headers });
  const db = getDb();
  const [following, subscriber] = await Promise.all([followedTagSlugs(db, user.id), getSubscriberByEmail(db, user.email)]);
  const body: Me = {
    user: { name: user.name, email: user.email, role: user.role, emailVerified: user.emailVerified },
    following: [...following],
    newsletter: subscriber ? { status: subscriber.status, frequency: subscriber.frequency } : null,
  };
  return Response.json(body, { headers });
});
