// GET /rss.xml – RSS 2.0 feed of the newest 50 public stories
import { getDb } from "@/db/client";
import { listLatestForFeed } from "@/db/queries/stories";
import { buildFeed, xmlResponse } from "@/lib/feeds";

export const dynamic = "force-dynamic";

export async function GET() {
  const stories = await listLatestForFeed(getDb(), { limit: 50 });
  return xmlResponse(buildFeed(stories).rss2(), "application/rss+xml");
}
