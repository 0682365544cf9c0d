// GET /feeds/[token]/feed.json – JSON Feed 1.1 of the token holder's followed topics (private)
import { personalFeedRoute } from "@/lib/feed-routes";

export const dynamic = "force-dynamic";

export const GET = personalFeedRoute("json");
