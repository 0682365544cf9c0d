// GET /atom.xml – Atom feed of the newest 50 public stories
import { siteFeedRoute } from "@/lib/feed-routes";

export const dynamic = "force-dynamic";

export const GET = siteFeedRoute("atom");
