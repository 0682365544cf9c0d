// Syndication feeds: RSS 2.0, Atom 1.0 and JSON Feed 1.1, all written from the
// same items. Written here rather than with the `feed` package: its v6 writes
// JSON Feed 1.0, leaves `<` unescaped in attributes, splits only the first
// `]]>` of a CDATA section and keeps control characters, so a tag name or a
// title typed by an admin could make a whole feed unreadable.
import type { StoryCard, StoryFeedDetails } from "@/db/queries/stories";
import { absoluteUrl } from "@/lib/site";

export const feedFormats = ["rss", "atom", "json"] as const;
export type FeedFormat = (typeof feedFormats)[number];

export const feedContentTypes: Record<FeedFormat, string> = {
  rss: "application/rss+xml",
  atom: "application/atom+xml",
  json: "application/feed+json",
};

/** How each format is called where people choose one. */
export const feedFormatNames: Record<FeedFormat, string> = { rss: "RSS", atom: "Atom", json: "JSON Feed" };

const feedFileNames: Record<FeedFormat, string> = { rss: "rss.xml", atom: "atom.xml", json: "feed.json" };

/** The three feed paths under a base: "" for the site, "/tags/robotics" for a tag. */
export function feedPaths(base: string): Record<FeedFormat, string> {
  return { rss: `${base}/${feedFileNames.rss}`, atom: `${base}/${feedFileNames.atom}`, json: `${base}/${feedFileNames.json}` };
}

export type FeedItem = {
  url: string;
  title: string;
  /** The TL;DR, plain text. */
  summary: string;
  takeaways: string[];
  author: string;
  tags: { slug: string; name: string; url: string }[];
  publishedAt: Date;
  updatedAt: Date;
};

export type FeedDocument = {
  title: string;
  description: string;
  homeUrl: string;
  /** Absolute URLs of this feed in each format; each format names its own as "self". */
  links: Record<FeedFormat, string>;
  items: FeedItem[];
};

/** Feed items from story cards plus their details; a story without details (deleted meanwhile) is left out. */
export function toFeedItems(stories: StoryCard[], details: Map<number, StoryFeedDetails>): FeedItem[] {
  return stories.flatMap((story) => {
    const extra = details.get(story.id);
    if (!extra) return [];
    return {
      url: absoluteUrl(`/stories/${story.slug}`),
      title: story.title,
      summary: story.tldr,
      takeaways: extra.takeaways,
      author: extra.author,
      tags: story.tags.map((tag) => ({ ...tag, url: absoluteUrl(`/tags/${tag.slug}`) })),
      publishedAt: story.publishedAt,
      // A story edited before its scheduled time first appeared when it was published.
      updatedAt: new Date(Math.max(extra.updatedAt.getTime(), story.publishedAt.getTime())),
    };
  });
}

// XML 1.0 allows tab, LF, CR and these ranges; anything else (other C0 controls,
// U+FFFE/U+FFFF, lone surrogates) makes the document ill-formed, so it goes.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function stripNonXmlChars(text: string): string {
  return text.replace(NOT_XML_CHAR, "");
}

/** Escapes text for XML and HTML alike, in element content and double-quoted attributes. */
export function escapeMarkup(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Every text of the document without characters XML cannot carry, so all three formats say the same. */
function cleaned(doc: FeedDocument): FeedDocument {
  return {
    ...doc,
    title: stripNonXmlChars(doc.title),
    description: stripNonXmlChars(doc.description),
    items: doc.items.map((item) => ({
      ...item,
      title: stripNonXmlChars(item.title),
      summary: stripNonXmlChars(item.summary),
      takeaways: item.takeaways.map(stripNonXmlChars),
      author: stripNonXmlChars(item.author),
      tags: item.tags.map((tag) => ({ ...tag, name: stripNonXmlChars(tag.name) })),
    })),
  };
}

/** The skim version of a story: TL;DR, numbered Key Takeaways and a link to the rest. */
export function itemHtml(item: FeedItem): string {
  const takeaways = item.takeaways.map((t) => `<li>${escapeMarkup(t)}</li>`).join("");
  return (
    `<p>${escapeMarkup(item.summary)}</p>` +
    (takeaways ? `<h2>Key Takeaways</h2><ol>${takeaways}</ol>` : "") +
    `<p><a href="${escapeMarkup(item.url)}">Read the full story</a></p>`
  );
}

/** When anything in the feed last changed; an empty feed never has. */
function lastUpdated(items: FeedItem[]): Date {
  return new Date(Math.max(0, ...items.map((i) => i.updatedAt.getTime())));
}

function element(name: string, text: string, attributes = ""): string {
  return `<${name}${attributes}>${escapeMarkup(text)}</${name}>`;
}

function attrs(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([key, value]) => ` ${key}="${escapeMarkup(value)}"`)
    .join("");
}

const otherFormats = (self: FeedFormat) => feedFormats.filter((f) => f !== self);

function renderRss(doc: FeedDocument): string {
  const items = doc.items.map((item) =>
    [
      "<item>",
      element("title", item.title),
      element("link", item.url),
      element("guid", item.url, attrs({ isPermaLink: "true" })),
      element("pubDate", item.publishedAt.toUTCString()),
      element("dc:creator", item.author),
      ...item.tags.map((tag) => element("category", tag.name, attrs({ domain: tag.url }))),
      element("description", escapeMarkup(item.summary)),
      element("content:encoded", itemHtml(item)),
      "</item>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
    "<channel>",
    element("title", doc.title),
    element("link", doc.homeUrl),
    element("description", doc.description),
    element("language", "en"),
    element("lastBuildDate", lastUpdated(doc.items).toUTCString()),
    `<atom:link${attrs({ href: doc.links.rss, rel: "self", type: feedContentTypes.rss })}/>`,
    ...otherFormats("rss").map((f) => `<atom:link${attrs({ href: doc.links[f], rel: "alternate", type: feedContentTypes[f] })}/>`),
    ...items,
    "</channel>",
    "</rss>",
    "",
  ].join("\n");
}

function renderAtom(doc: FeedDocument): string {
  const entries = doc.items.map((item) =>
    [
      "<entry>",
      element("id", item.url),
      element("title", item.title, attrs({ type: "text" })),
      `<link${attrs({ rel: "alternate", type: "text/html", href: item.url })}/>`,
      element("published", item.publishedAt.toISOString()),
      element("updated", item.updatedAt.toISOString()),
      `<author>${element("name", item.author)}</author>`,
      ...item.tags.map((tag) => `<category${attrs({ term: tag.slug, label: tag.name, scheme: absoluteUrl("/tags/") })}/>`),
      element("summary", item.summary, attrs({ type: "text" })),
      element("content", itemHtml(item), attrs({ type: "html" })),
      "</entry>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    // The feed's own address is its permanent id (a reset personal feed is a new feed).
    element("id", doc.links.atom),
    element("title", doc.title, attrs({ type: "text" })),
    element("subtitle", doc.description, attrs({ type: "text" })),
    element("updated", lastUpdated(doc.items).toISOString()),
    `<link${attrs({ rel: "self", type: feedContentTypes.atom, href: doc.links.atom })}/>`,
    `<link${attrs({ rel: "alternate", type: "text/html", href: doc.homeUrl })}/>`,
    ...otherFormats("atom").map((f) => `<link${attrs({ rel: "alternate", type: feedContentTypes[f], href: doc.links[f] })}/>`),
    element("icon", absoluteUrl("/icon.svg")),
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1), the fields we fill. */
export type JsonFeed = {
  version: "https://jsonfeed.org/version/1.1";
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  favicon: string;
  items: JsonFeedItem[];
};

export type JsonFeedItem = {
  id: string;
  url: string;
  title: string;
  summary: string;
  content_html: string;
  date_published: string;
  date_modified: string;
  tags: string[];
  authors: { name: string }[];
};

function jsonFeed(doc: FeedDocument): JsonFeed {
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: doc.title,
    home_page_url: doc.homeUrl,
    feed_url: doc.links.json,
    description: doc.description,
    language: "en",
    favicon: absoluteUrl("/icon.svg"),
    items: doc.items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_html: itemHtml(item),
      date_published: item.publishedAt.toISOString(),
      date_modified: item.updatedAt.toISOString(),
      tags: item.tags.map((tag) => tag.name),
      authors: [{ name: item.author }],
    })),
  };
}

/** One feed document in the asked format. */
export function renderFeed(doc: FeedDocument, format: FeedFormat): string {
  const safe = cleaned(doc);
  if (format === "rss") return renderRss(safe);
  if (format === "atom") return renderAtom(safe);
  return `${JSON.stringify(jsonFeed(safe), null, 2)}\n`;
}

/**
 * The HTTP answer. A personal feed is the reader's secret: never cached by
 * anyone else, never indexed.
 */
export function feedResponse(body: string, format: FeedFormat, { personal = false }: { personal?: boolean } = {}): Response {
  const headers: Record<string, string> = {
    "Content-Type": `${feedContentTypes[format]}; charset=utf-8`,
    "Cache-Control": personal ? "private, no-store" : "public, max-age=0, must-revalidate",
  };
  if (personal) headers["X-Robots-Tag"] = "noindex";
  return new Response(body, { headers });
}
