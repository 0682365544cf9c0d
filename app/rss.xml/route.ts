// GET /rss.xml – RSS 2.0 feed of the newest 50 public stories
import { siteFeedRoute } from "@/lib/feed-routes";

// Cached for everyone. Any write to stories or tags revalidates it at once
// (server/page-cache/handler.mjs); the timer is only a backstop.
export const revalidate = 300;

export const GET = siteFeedRoute("rss");
