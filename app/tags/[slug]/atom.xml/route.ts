// GET /tags/[slug]/atom.xml – Atom feed of one topic's newest 50 public stories
import { tagFeedRoute } from "@/lib/feed-routes";

// Cached for everyone, rendered on first request (not at build time). Any
// write to stories or tags revalidates it at once (server/page-cache/handler.mjs);
// the timer is only a backstop.
export const revalidate = 300;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

export const GET = tagFeedRoute("atom");
