import type { MetadataRoute } from "next";
import { getDb } from "@/db/client";
import { listSitemapStories } from "@/db/queries/stories";
import { listTagsWithCounts } from "@/db/queries/tags";
import { absoluteUrl } from "@/lib/site";

// Cached for everyone. Any write to stories or tags revalidates it at once
// (server/page-cache/handler.mjs); the timer is only a backstop.
export const revalidate = 300;

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const db = getDb();
  const [stories, tags] = await Promise.all([listSitemapStories(db), listTagsWithCounts(db)]);
  return [
    { url: absoluteUrl("/"), lastModified: stories[0]?.publishedAt ?? undefined, changeFrequency: "hourly", priority: 1 },
    { url: absoluteUrl("/tags"), changeFrequency: "daily", priority: 0.5 },
    ...tags
      .filter((tag) => tag.storyCount > 0)
      .map((tag) => ({ url: absoluteUrl(`/tags/${tag.slug}`), changeFrequency: "daily" as const, priority: 0.6 })),
    ...stories.map((story) => ({
      url: absoluteUrl(`/stories/${story.slug}`),
      lastModified: story.updatedAt,
      changeFrequency: "weekly" as const,
      priority: 0.8,
    })),
  ];
}
