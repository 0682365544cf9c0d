// GET /tags/[slug]/atom.xml – Atom feed of one topic's newest 50 public stories
import { tagFeedRoute } from "@/lib/feed-routes";

export const dynamic = "force-dynamic";

export const GET = tagFeedRoute("atom");
