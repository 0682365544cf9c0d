// GET /tags/[slug]/rss.xml – RSS 2.0 feed of one topic's newest 50 public stories
import { tagFeedRoute } from "@/lib/feed-routes";

export const dynamic = "force-dynamic";

export const GET = tagFeedRoute("rss");
