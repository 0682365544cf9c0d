import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { StoryCard } from "@/db/queries/stories";
import {
  escapeMarkup,
  renderFeed,
  stripNonXmlChars,
  toFeedItems,
  type FeedDocument,
  type FeedItem,
  type JsonFeed,
} from "./feeds";

// What an admin might type, on purpose or by pasting: markup, CDATA ends,
// ampersands, entity look-alikes and characters XML 1.0 cannot carry.
const controls = "\u0000\u0001\u0008\u000B\u000C\u001F\uFFFE\uFFFF\uD800";
const hostile = `<script>alert("x")</script> ]]> & &amp; ]]]]> '${controls}end`;

const item: FeedItem = {
  url: "https://example.com/stories/a-story",
  title: `Title ${hostile}`,
  summary: `TL;DR ${hostile}`,
  takeaways: [`First <b>bold</b> ${controls}takeaway`, "Second & last ]]> takeaway"],
  author: `AT&T ${controls}<writer>`,
  tags: [
    { slug: "research", name: "Research", url: "https://example.com/tags/research" },
    { slug: "odd", name: `<b>&"'${controls}`, url: "https://example.com/tags/odd" },
  ],
  publishedAt: new Date("2026-05-01T10:00:00Z"),
  updatedAt: new Date("2026-05-02T11:30:00Z"),
};

const doc: FeedDocument = {
  title: `AI Wins: ${hostile}`,
  description: `About ${hostile}`,
  homeUrl: "https://example.com/tags/odd",
  links: {
    rss: "https://example.com/tags/odd/rss.xml",
    atom: "https://example.com/tags/odd/atom.xml",
    json: "https://example.com/tags/odd/feed.json",
  },
  items: [item, { ...item, url: "https://example.com/stories/b", takeaways: [] }],
};

const empty: FeedDocument = { ...doc, items: [] };

const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const lists = ["rss.channel.atom:link", "rss.channel.item", "rss.channel.item.category", "feed.link", "feed.entry", "feed.entry.category"];
const parser = new XMLParser({ ignoreAttributes: false, isArray: (_name, path) => lists.includes(String(path)) });

/**
 * XMLValidator alone accepts `<` in attribute values, a stray `]]>` and
 * control characters, so those are checked here too.
 */
function expectWellFormed(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(xml).not.toMatch(NOT_XML_CHAR);
  // Text is escaped, never wrapped in CDATA, so `]]>` and a raw `<script` cannot appear.
  expect(xml).not.toContain("]]>");
  expect(xml).not.toContain("<script");
  expect(xml).not.toMatch(/&(?!(?:amp|lt|gt|quot|#39);)/);
  expect(xml).not.toMatch(/="[^"]*</);
}

describe("stripNonXmlChars and escapeMarkup", () => {
  it("drops what XML 1.0 forbids and keeps tab, newlines and astral characters", () => {
    expect(stripNonXmlChars(`a${controls}\t\n\rb 🎉`)).toBe("a\t\n\rb 🎉");
  });

  it("escapes markup, quotes and ampersands", () => {
    expect(escapeMarkup(`<a href="x">'&amp;'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;'&amp;amp;'&lt;/a&gt;");
  });
});

describe("RSS 2.0", () => {
  const xml = renderFeed(doc, "rss");

  it("is well-formed whatever the admin typed", () => {
    expectWellFormed(xml);
    expectWellFormed(renderFeed(empty, "rss"));
  });

  it("keeps the text, without the forbidden characters, and names itself", () => {
    const channel = parser.parse(xml).rss.channel;
    expect(channel.title).toBe(stripNonXmlChars(doc.title));
    const self = channel["atom:link"].find((l: Record<string, string>) => l["@_rel"] === "self");
    expect(self["@_href"]).toBe(doc.links.rss);
    expect(channel["atom:link"].map((l: Record<string, string>) => l["@_type"]).sort()).toEqual([
      "application/atom+xml",
      "application/feed+json",
      "application/rss+xml",
    ]);
    const first = channel.item[0];
    expect(first.title).toBe(stripNonXmlChars(item.title));
    expect(first.link).toBe(item.url);
    expect(first["dc:creator"]).toBe("AT&T <writer>");
    expect(first.category.map((c: Record<string, string>) => c["#text"])).toEqual(["Research", `<b>&"'`]);
    expect(new Date(first.pubDate).toISOString()).toBe(item.publishedAt.toISOString());
  });

  it("carries the TL;DR as description and the takeaways, escaped, in the content", () => {
    const first = parser.parse(xml).rss.channel.item[0];
    expect(first.description).toContain("TL;DR &lt;script&gt;");
    const content: string = first["content:encoded"];
    expect(content).toContain("<h2>Key Takeaways</h2><ol><li>First &lt;b&gt;bold&lt;/b&gt; takeaway</li><li>Second &amp; last ]]&gt; takeaway</li></ol>");
    expect(content).toContain(`<a href="${item.url}">Read the full story</a>`);
    expect(content).not.toContain("<script");
  });
});

describe("Atom 1.0", () => {
  const xml = renderFeed(doc, "atom");

  it("is well-formed whatever the admin typed", () => {
    expectWellFormed(xml);
    expectWellFormed(renderFeed(empty, "atom"));
  });

  it("has entries with dates, author, categories, summary and the takeaways", () => {
    const feed = parser.parse(xml).feed;
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.link.find((l: Record<string, string>) => l["@_rel"] === "self")["@_href"]).toBe(doc.links.atom);
    expect(feed.updated).toBe("2026-05-02T11:30:00.000Z");
    const entry = feed.entry[0];
    expect(entry.id).toBe(item.url);
    expect(entry.published).toBe("2026-05-01T10:00:00.000Z");
    expect(entry.updated).toBe("2026-05-02T11:30:00.000Z");
    expect(entry.author.name).toBe("AT&T <writer>");
    expect(entry.category.map((c: Record<string, string>) => c["@_label"])).toEqual(["Research", `<b>&"'`]);
    expect(entry.summary["#text"]).toBe(stripNonXmlChars(item.summary));
    expect(entry.content["@_type"]).toBe("html");
    expect(entry.content["#text"]).toContain("<ol><li>First &lt;b&gt;bold&lt;/b&gt; takeaway</li>");
  });

  it("leaves the Key Takeaways heading out of a story without takeaways", () => {
    const entry = parser.parse(xml).feed.entry[1];
    expect(entry.content["#text"]).not.toContain("Key Takeaways");
  });
});

describe("JSON Feed 1.1", () => {
  const feed = JSON.parse(renderFeed(doc, "json")) as JsonFeed;

  it("has the 1.1 shape", () => {
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.title).toBe(stripNonXmlChars(doc.title));
    expect(feed.home_page_url).toBe(doc.homeUrl);
    expect(feed.feed_url).toBe(doc.links.json);
    expect(feed.items).toHaveLength(2);
    const [first] = feed.items;
    expect(first).toMatchObject({
      id: item.url,
      url: item.url,
      title: stripNonXmlChars(item.title),
      summary: stripNonXmlChars(item.summary),
      date_published: "2026-05-01T10:00:00.000Z",
      date_modified: "2026-05-02T11:30:00.000Z",
      tags: ["Research", `<b>&"'`],
      authors: [{ name: "AT&T <writer>" }],
    });
    // 1.0's singular `author` is gone in 1.1.
    expect(first).not.toHaveProperty("author");
  });

  it("carries the takeaways in content_html, escaped, and nothing XML could not carry", () => {
    const html = feed.items[0]!.content_html;
    expect(html).toContain("<p>TL;DR &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain("<h2>Key Takeaways</h2><ol><li>First &lt;b&gt;bold&lt;/b&gt; takeaway</li>");
    expect(JSON.stringify(feed)).not.toMatch(/\\u000|\\ud800|\\uffff/i);
  });

  it("is a valid empty feed when there is nothing to show", () => {
    expect(JSON.parse(renderFeed(empty, "json"))).toMatchObject({ version: "https://jsonfeed.org/version/1.1", items: [] });
  });
});

describe("toFeedItems", () => {
  const card = (id: number): StoryCard => ({
    id,
    slug: `story-${id}`,
    title: `Story ${id}`,
    tldr: "Short.",
    publishedAt: new Date("2026-05-01T10:00:00Z"),
    readingMinutes: 3,
    primaryTag: { slug: "research", name: "Research" },
    tags: [{ slug: "research", name: "Research" }],
  });

  it("adds details, keeps the order, and leaves out stories without details", () => {
    const details = new Map([
      [2, { takeaways: ["b"], author: "B", updatedAt: new Date("2026-06-01T00:00:00Z") }],
      // Edited before its scheduled publish time: it was new when it appeared.
      [1, { takeaways: ["a"], author: "A", updatedAt: new Date("2026-04-01T00:00:00Z") }],
    ]);
    const items = toFeedItems([card(2), card(3), card(1)], details);
    expect(items.map((i) => i.title)).toEqual(["Story 2", "Story 1"]);
    expect(items[0]!.url).toMatch(/\/stories\/story-2$/);
    expect(items[0]!.tags[0]!.url).toMatch(/\/tags\/research$/);
    expect(items[0]!.updatedAt.toISOString()).toBe("2026-06-01T00:00:00.000Z");
    expect(items[1]!.updatedAt.toISOString()).toBe("2026-05-01T10:00:00.000Z");
  });
});
