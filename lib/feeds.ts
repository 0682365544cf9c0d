// Syndication feeds, built with the `feed` package so escaping and the RSS/Atom
// details are handled by a library that has been doing it for years.
import { Feed } from "feed";
import type { StoryCard } from "@/db/queries/stories";
import { absoluteUrl, site } from "@/lib/site";

export function buildFeed(stories: StoryCard[], { title = site.name, path = "/" } = {}): Feed {
  const feed = new Feed({
    id: absoluteUrl(path),
    title,
    description: site.description,
    link: absoluteUrl(path),
    language: "en",
    updated: stories[0]?.publishedAt ?? new Date(0),
    generator: false,
    copyright: `© ${new Date().getFullYear()} ${site.name}`,
    feedLinks: { rss: absoluteUrl("/rss.xml") },
    favicon: absoluteUrl("/icon.svg"),
  });
  for (const story of stories) {
    const link = absoluteUrl(`/stories/${story.slug}`);
    feed.addItem({
      id: link,
      guid: link,
      link,
      title: story.title,
      description: story.tldr,
      date: story.publishedAt,
      category: story.tags.map((tag) => ({ name: tag.name, domain: absoluteUrl(`/tags/${tag.slug}`) })),
    });
  }
  return feed;
}

export function xmlResponse(body: string, contentType: string): Response {
  return new Response(body, {
    headers: { "Content-Type": `${contentType}; charset=utf-8`, "Cache-Control": "public, max-age=0, must-revalidate" },
  });
}
