// The feed route handlers, one factory per kind of feed (site, tag, personal):
// each route file only says which format it serves. Every feed holds the newest
// 50 public stories of its kind.
import "server-only";
import { getDb, type AppDatabase } from "@/db/client";
import { findFeedTokenOwner } from "@/db/queries/feed-tokens";
import { listFollowingFeed } from "@/db/queries/follows";
import { feedDetailsByStory, listPublishedStories, listPublishedStoriesByTag, type StoryCard } from "@/db/queries/stories";
import { getTagBySlug } from "@/db/queries/tags";
import { route } from "@/lib/api/route";
import { AppError } from "@/lib/errors";
import { feedPaths, feedResponse, renderFeed, toFeedItems, type FeedDocument, type FeedFormat } from "@/lib/feeds";
import { feedTokenSchema } from "@/lib/schemas/feeds";
import { slugSchema } from "@/lib/schemas/story";
import { absoluteUrl, site } from "@/lib/site";

const FEED_SIZE = 50;

async function feedDocument(
  db: AppDatabase,
  stories: StoryCard[],
  { title, description, home, base }: { title: string; description: string; home: string; base: string },
): Promise<FeedDocument> {
  const details = await feedDetailsByStory(
    db,
    stories.map((s) => s.id),
  );
  const paths = feedPaths(base);
  const links = { rss: absoluteUrl(paths.rss), atom: absoluteUrl(paths.atom), json: absoluteUrl(paths.json) };
  return { title, description, homeUrl: absoluteUrl(home), links, items: toFeedItems(stories, details) };
}

/** GET /rss.xml, /atom.xml, /feed.json */
export function siteFeedRoute(format: FeedFormat) {
  return route(async () => {
    const db = getDb();
    const { stories } = await listPublishedStories(db, { limit: FEED_SIZE });
    const doc = await feedDocument(db, stories, { title: site.name, description: site.description, home: "/", base: "" });
    return feedResponse(renderFeed(doc, format), format);
  });
}

/** GET /tags/[slug]/rss.xml, atom.xml, feed.json; 404 for a malformed or unknown slug. */
export function tagFeedRoute(format: FeedFormat) {
  return route(async (_request, { params }: { params: Promise<{ slug: string }> }) => {
    const db = getDb();
    const slug = slugSchema.safeParse((await params).slug);
    const tag = slug.success ? await getTagBySlug(db, slug.data) : null;
    if (!tag) throw new AppError("not_found:tag", "There is no such topic.", 404);
    const { stories } = await listPublishedStoriesByTag(db, tag.id, { limit: FEED_SIZE });
    const doc = await feedDocument(db, stories, {
      title: `${site.name}: ${tag.name}`,
      description: tag.description || `Positive AI news about ${tag.name.toLowerCase()}.`,
      home: `/tags/${tag.slug}`,
      base: `/tags/${tag.slug}`,
    });
    return feedResponse(renderFeed(doc, format), format);
  });
}

const PRIVATE_HEADERS = { "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex" };

/**
 * GET /feeds/[token]/rss.xml, atom.xml, feed.json: the followed topics of
 * whoever holds the token. The token's format is checked before the lookup;
 * an unknown or reset token is a 404.
 */
export function personalFeedRoute(format: FeedFormat) {
  return route(async (_request, { params }: { params: Promise<{ token: string }> }) => {
    const db = getDb();
    const token = feedTokenSchema.safeParse((await params).token);
    const userId = token.success ? await findFeedTokenOwner(db, token.data) : null;
    if (!token.success || !userId) throw new AppError("not_found:feed", "There is no such feed.", 404, PRIVATE_HEADERS);
    const { stories } = await listFollowingFeed(db, userId, { limit: FEED_SIZE });
    const doc = await feedDocument(db, stories, {
      title: `${site.name}: your topics`,
      description: `The newest stories from the topics you follow on ${site.name}.`,
      home: "/following",
      base: `/feeds/${token.data}`,
    });
    return feedResponse(renderFeed(doc, format), format, { personal: true });
  });
}
