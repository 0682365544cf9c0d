// GET /feeds/[token]/atom.xml – Atom feed of the token holder's followed topics (private)
import { personalFeedRoute } from "@/lib/feed-routes";

export const dynamic = "force-dynamic";

export const GET = personalFeedRoute("atom");
