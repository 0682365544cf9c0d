// GET /feeds/[token]/rss.xml – RSS 2.0 feed of the token holder's followed topics (private)
import { personalFeedRoute } from "@/lib/feed-routes";

export const dynamic = "force-dynamic";

export const GET = personalFeedRoute("rss");
