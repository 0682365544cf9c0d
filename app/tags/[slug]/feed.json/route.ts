// GET /tags/[slug]/feed.json – JSON Feed 1.1 of one topic's newest 50 public stories
import { tagFeedRoute } from "@/lib/feed-routes";

export const dynamic = "force-dynamic";

export const GET = tagFeedRoute("json");
