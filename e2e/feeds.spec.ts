// Over 300 lines: the three formats share one set of fixtures and parsers, kept in one file.
// Every feed, end to end: RSS, Atom and JSON Feed for the site, topics and readers, and hostile input.
import type { APIRequestContext, TestInfo } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { AppDatabase } from "@/db/client";
import { createTag } from "@/db/queries/admin-tags";
import { getOrCreateFeedToken } from "@/db/queries/feed-tokens";
import { followTag } from "@/db/queries/follows";
import { setRoleByEmail } from "@/db/queries/users";
import { expect, test } from "./fixtures";

const parser = new XMLParser({ ignoreAttributes: false });

type Link = Record<string, string>;
type JsonFeedItem = { id: string; url: string; title: string; summary: string; content_html: string; date_published: string; tags: string[]; authors: { name: string }[] };

/** Fetches an XML feed, checks its content type and well-formedness, and parses it. */
async function xmlFeed(request: APIRequestContext, path: string, type: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"]).toContain(type);
  const xml = await response.text();
  expect(XMLValidator.validate(xml), path).toBe(true);
  // XMLValidator lets these through; a strict reader would not.
  expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  expect(xml).not.toContain("]]>");
  return { xml, doc: parser.parse(xml), headers: response.headers() };
}

async function jsonFeed(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/feed+json");
  return { feed: (await response.json()) as { version: string; title: string; home_page_url: string; feed_url: string; items: JsonFeedItem[] }, headers: response.headers() };
}

/** A topic of this test's own, so what its feeds hold is known exactly. */
async function makeTag(db: AppDatabase, uniqueEmail: (label?: string) => string, testInfo: TestInfo) {
  const admin = await setRoleByEmail(db, uniqueEmail("admin"), "admin");
  const slug = `feeds-${testInfo.project.name}-${testInfo.workerIndex}-${Date.now().toString(36)}`;
  return createTag(db, admin, { slug, name: `Feeds ${slug}`, description: "" });
}

/** The `<link rel="alternate">` elements of a page's HTML. */
function alternateLinks(html: string): Link[] {
  return [...html.matchAll(/<link\b[^>]*>/g)]
    .map(([tag]) => Object.fromEntries([...tag.matchAll(/([a-zA-Z-]+)="([^"]*)"/g)].map(([, key, value]) => [key!, value!])))
    .filter((attrs) => attrs.rel === "alternate" && attrs.type);
}

test.describe("feeds and crawlers", () => {
  test("RSS 2.0 parses and lists the newest stories with their TL;DR and tags", async ({ request }) => {
    const response = await request.get("/rss.xml");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/rss+xml");
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const rss = parser.parse(xml).rss;
    expect(rss["@_version"]).toBe("2.0");
    const items = rss.channel.item;
    expect(items.length).toBeGreaterThanOrEqual(24);
    expect(items.length).toBeLessThanOrEqual(50);
    const first = items[0];
    expect(first.title).toBeTruthy();
    expect(first.link).toMatch(/\/stories\/[a-z0-9-]+$/);
    expect(first.description).toBeTruthy();
    expect(first.category).toBeTruthy();
    expect(new Date(first.pubDate).getTime()).toBeGreaterThan(0);
  });

  test("Atom parses, names itself and carries each story's TL;DR and Key Takeaways", async ({ request }) => {
    const { doc } = await xmlFeed(request, "/atom.xml", "application/atom+xml");
    const feed = doc.feed;
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    const links = feed.link as Link[];
    expect(links.find((l) => l["@_rel"] === "self")?.["@_href"]).toMatch(/^http[^]*[^/]\/atom\.xml$/);
    const entries = feed.entry;
    expect(entries.length).toBeGreaterThanOrEqual(24);
    expect(entries.length).toBeLessThanOrEqual(50);
    for (const entry of entries) {
      expect(entry.link["@_href"]).toMatch(/\/stories\/[a-z0-9-]+$/);
      expect(entry.summary["#text"]).toBeTruthy();
      expect(entry.content["#text"]).toMatch(/^<p>.+<\/p><h2>Key Takeaways<\/h2><ol><li>.+<\/li><\/ol><p><a href="[^"]+">Read the full story<\/a><\/p>$/);
      expect(entry.author.name).toBeTruthy();
      expect(new Date(entry.published).getTime()).toBeGreaterThan(0);
      expect(new Date(entry.updated).getTime()).toBeGreaterThanOrEqual(new Date(entry.published).getTime());
    }
  });

  test("RSS carries the takeaways too, and links to its Atom and JSON twins", async ({ request }) => {
    const { doc } = await xmlFeed(request, "/rss.xml", "application/rss+xml");
    const links = doc.rss.channel["atom:link"] as Link[];
    expect(links.map((l) => [l["@_rel"], l["@_href"]?.replace(/^http[^]*?:\/\/[^/]+/, "")])).toEqual([
      ["self", "/rss.xml"],
      ["alternate", "/atom.xml"],
      ["alternate", "/feed.json"],
    ]);
    expect(doc.rss.channel.item[0]["content:encoded"]).toContain("<h2>Key Takeaways</h2><ol><li>");
    expect(doc.rss.channel.item[0]["dc:creator"]).toBeTruthy();
  });

  test("JSON Feed 1.1 has the right shape and the takeaways", async ({ request }) => {
    const { feed } = await jsonFeed(request, "/feed.json");
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.title).toBe("AI Wins");
    expect(feed.home_page_url).toMatch(/^http.*\/$/);
    expect(feed.feed_url).toMatch(/^http.*[^/]\/feed\.json$/);
    expect(feed.items.length).toBeGreaterThanOrEqual(24);
    expect(feed.items.length).toBeLessThanOrEqual(50);
    for (const item of feed.items) {
      expect(item).toMatchObject({
        id: item.url,
        url: expect.stringMatching(/\/stories\/[a-z0-9-]+$/),
        title: expect.any(String),
        summary: expect.any(String),
        content_html: expect.stringContaining("<h2>Key Takeaways</h2><ol><li>"),
        tags: expect.arrayContaining([expect.any(String)]),
        authors: [{ name: expect.any(String) }],
      });
      expect(new Date(item.date_published).getTime()).toBeGreaterThan(0);
    }
  });

  test("each topic has the three feeds, pointing at themselves, with its stories' takeaways escaped", async ({ request, db, makeStory, uniqueEmail }, testInfo) => {
    const tag = await makeTag(db, uniqueEmail, testInfo);
    const story = await makeStory({
      tagSlugs: [tag.slug, "research"],
      takeaways: ["First <script>alert(1)</script> & ]]> takeaway", "Second\u0001 takeaway"],
    });
    const base = `/tags/${tag.slug}`;

    const rss = (await xmlFeed(request, `${base}/rss.xml`, "application/rss+xml")).doc.rss.channel;
    expect(rss.title).toBe(`AI Wins: ${tag.name}`);
    expect((rss["atom:link"] as Link[]).find((l) => l["@_rel"] === "self")?.["@_href"]).toMatch(new RegExp(`${base}/rss\\.xml$`));
    expect(rss.item.link).toMatch(new RegExp(`/stories/${story.slug}$`));
    expect(rss.item.category.map((c: Link) => c["#text"])).toEqual([tag.name, "Research"]);
    expect(rss.item["content:encoded"]).toContain("<li>First &lt;script&gt;alert(1)&lt;/script&gt; &amp; ]]&gt; takeaway</li><li>Second takeaway</li>");

    const atom = (await xmlFeed(request, `${base}/atom.xml`, "application/atom+xml")).doc.feed;
    expect((atom.link as Link[]).find((l) => l["@_rel"] === "self")?.["@_href"]).toMatch(new RegExp(`${base}/atom\\.xml$`));
    expect(atom.entry.id).toMatch(new RegExp(`/stories/${story.slug}$`));
    expect(atom.entry.content["#text"]).toContain("<li>Second takeaway</li>");

    const { feed } = await jsonFeed(request, `${base}/feed.json`);
    expect(feed.feed_url).toMatch(new RegExp(`${base}/feed\\.json$`));
    expect(feed.home_page_url).toMatch(new RegExp(`${base}$`));
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]!.tags).toEqual([tag.name, "Research"]);
    expect(feed.items[0]!.content_html).toContain("<li>First &lt;script&gt;alert(1)&lt;/script&gt; &amp; ]]&gt; takeaway</li>");
  });

  test("an unknown or malformed topic has no feeds", async ({ request }) => {
    for (const path of ["/tags/no-such-topic/rss.xml", "/tags/no-such-topic/atom.xml", "/tags/no-such-topic/feed.json", "/tags/Not_A_Slug/rss.xml", `/tags/${"a".repeat(300)}/feed.json`, "/tags/%00/atom.xml"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
    }
  });

  test("every page advertises the site's three feeds; a topic page its own three too", async ({ request }) => {
    const siteFeeds = [
      ["application/rss+xml", "/rss.xml"],
      ["application/atom+xml", "/atom.xml"],
      ["application/feed+json", "/feed.json"],
    ];
    const path = (href: string) => new URL(href).pathname;
    for (const page of ["/", "/tags", "/stories/ai-screening-brings-diabetic-eye-checks-to-rural-clinics", "/signin"]) {
      const links = alternateLinks(await (await request.get(page)).text());
      expect(links.map((l) => [l.type, path(l.href!)]), page).toEqual(siteFeeds);
    }
    const links = alternateLinks(await (await request.get("/tags/research")).text());
    expect(links.map((l) => [l.type, path(l.href!), l.title])).toEqual([
      ["application/rss+xml", "/rss.xml", "AI Wins (RSS)"],
      ["application/rss+xml", "/tags/research/rss.xml", "AI Wins: Research (RSS)"],
      ["application/atom+xml", "/atom.xml", "AI Wins (Atom)"],
      ["application/atom+xml", "/tags/research/atom.xml", "AI Wins: Research (Atom)"],
      ["application/feed+json", "/feed.json", "AI Wins (JSON Feed)"],
      ["application/feed+json", "/tags/research/feed.json", "AI Wins: Research (JSON Feed)"],
    ]);
  });

  test("sitemap.xml parses and lists stories and tags; robots.txt points to it", async ({ request }) => {
    const xml = await (await request.get("/sitemap.xml")).text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const urls: string[] = parser.parse(xml).urlset.url.map((u: { loc: string }) => u.loc);
    expect(urls.filter((u) => u.includes("/stories/")).length).toBeGreaterThanOrEqual(24);
    expect(urls.some((u) => u.endsWith("/tags/research"))).toBe(true);
    const robots = await (await request.get("/robots.txt")).text();
    expect(robots).toMatch(/Sitemap: http.*\/sitemap\.xml/);
  });

  test("drafts stay out of RSS and the sitemap", async ({ request, makeStory }) => {
    const draft = (await makeStory({ status: "draft", publishedAt: null })).slug;
    expect(await (await request.get("/rss.xml")).text()).not.toContain(draft);
    expect(await (await request.get("/sitemap.xml")).text()).not.toContain(draft);
  });
});

test.describe("personal feeds", () => {
  test("a reader who follows nothing gets valid, empty, private feeds", async ({ request, db, uniqueEmail }) => {
    const user = await setRoleByEmail(db, uniqueEmail(), "reader");
    const base = `/feeds/${await getOrCreateFeedToken(db, user.id)}`;
    for (const [file, type] of [["rss.xml", "application/rss+xml"], ["atom.xml", "application/atom+xml"]] as const) {
      const { doc, headers } = await xmlFeed(request, `${base}/${file}`, type);
      expect(doc.rss?.channel.item ?? doc.feed?.entry).toBeUndefined();
      expect(headers["cache-control"]).toBe("private, no-store");
      expect(headers["x-robots-tag"]).toBe("noindex");
    }
    const { feed, headers } = await jsonFeed(request, `${base}/feed.json`);
    expect(feed).toMatchObject({ version: "https://jsonfeed.org/version/1.1", items: [] });
    expect(feed.feed_url).toMatch(new RegExp(`${base}/feed\\.json$`));
    expect(headers["cache-control"]).toBe("private, no-store");
  });

  test("settings show the reader's feed; it holds followed topics, and Reset retires the old address at once, with or without JavaScript", async ({ page, browser, request, db, signInAs, makeStory, uniqueEmail }, testInfo) => {
    const user = await signInAs();
    const tag = await makeTag(db, uniqueEmail, testInfo);
    const story = await makeStory({ tagSlugs: [tag.slug] });
    await followTag(db, user.id, tag.slug);

    await page.goto("/settings");
    const section = page.getByRole("region", { name: "Your personal feed" });
    const rssField = section.getByLabel("RSS", { exact: true });
    const first = await rssField.inputValue();
    expect(first).toMatch(/^http.*\/feeds\/[A-Za-z0-9_-]{43}\/rss\.xml$/);
    await expect(section.getByLabel("Atom", { exact: true })).toHaveValue(first.replace(/rss\.xml$/, "atom.xml"));
    await expect(section.getByLabel("JSON Feed", { exact: true })).toHaveValue(first.replace(/rss\.xml$/, "feed.json"));
    // The address is a secret: never advertised in a page's head.
    await expect(page.locator('head link[href*="/feeds/"]')).toHaveCount(0);

    // The token alone opens it (`request` carries no session cookie).
    const { xml, headers } = await xmlFeed(request, first, "application/rss+xml");
    expect(xml).toContain(`/stories/${story.slug}</link>`);
    expect(headers["cache-control"]).toBe("private, no-store");
    expect(headers["x-robots-tag"]).toBe("noindex");
    const { feed } = await jsonFeed(request, first.replace(/rss\.xml$/, "feed.json"));
    expect(feed.items.map((i) => i.url)).toEqual([expect.stringMatching(new RegExp(`/stories/${story.slug}$`))]);

    // Behind a disclosure, so one stray tap cannot do it.
    await expect(section.getByRole("button", { name: "Reset feed address", exact: true })).toBeHidden();
    await section.locator("summary").click();
    await section.getByRole("button", { name: "Reset feed address", exact: true }).click();
    await expect(section.getByRole("status")).toContainText("new address");
    await expect(rssField).not.toHaveValue(first);
    const second = await rssField.inputValue();
    expect((await request.get(first)).status()).toBe(404);
    expect((await request.get(first.replace(/rss\.xml$/, "atom.xml"))).status()).toBe(404);
    expect((await xmlFeed(request, second, "application/rss+xml")).xml).toContain(`/stories/${story.slug}</link>`);

    // The same button as a plain form post.
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    await noScript.addCookies(await page.context().cookies());
    const plain = await noScript.newPage();
    await plain.goto("/settings");
    const plainSection = plain.getByRole("region", { name: "Your personal feed" });
    await expect(plainSection.getByLabel("RSS", { exact: true })).toHaveValue(second);
    await plainSection.locator("summary").click();
    await plainSection.getByRole("button", { name: "Reset feed address", exact: true }).click();
    await expect(plainSection.getByRole("status")).toContainText("new address");
    const third = await plainSection.getByLabel("RSS", { exact: true }).inputValue();
    expect(third).not.toBe(second);
    expect((await request.get(second)).status()).toBe(404);
    expect((await request.get(third)).status()).toBe(200);
    await noScript.close();
  });

  const hostileTokens = [
    "/feeds/%00/rss.xml",
    `/feeds/${"a".repeat(3000)}/atom.xml`,
    "/feeds/..%2F..%2Fetc%2Fpasswd/feed.json",
    "/feeds/%2E%2E%2F/rss.xml",
    "/feeds/%E0%A4%A/rss.xml",
    `/feeds/${"A".repeat(43)}/rss.xml`,
    `/feeds/${"A".repeat(42)}%0A/feed.json`,
  ];
  test("unknown and hostile tokens answer 404, never a server error", async ({ request }) => {
    for (const path of hostileTokens) {
      const response = await request.get(path);
      expect(response.status(), path.slice(0, 60)).toBe(404);
      expect(await response.text()).not.toMatch(/at .*\(.*\.js:\d+:\d+\)|Internal Server Error|SqliteError/);
    }
  });
});

test.describe("hostile input", () => {
  const paths = [
    "/stories/%E0%A4%A",
    "/stories/%",
    "/tags/%ZZ",
    "/%C0%AF",
    "/stories/..%2F..%2Fetc%2Fpasswd",
    "/stories/" + "a".repeat(5000),
    "/stories/%00",
    "/?before=" + "z".repeat(10000),
    "/?before=abc-def&before=1",
    "/?before=%00%FF",
    "/?before[]=1&before[x]=2",
    "/tags/research?before=-1--1",
    "/tags/research?before=%E0%A4%A",
    "/?q=%27%22%3C%3E&page=NaN",
  ];
  for (const path of paths) {
    test(`answers ${path.slice(0, 60)} without a server error`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBeLessThan(500);
      expect([200, 404]).toContain(response.status());
      const body = await response.text();
      expect(body).not.toMatch(/at .*\(.*\.js:\d+:\d+\)|Internal Server Error|SqliteError/);
    });
  }
});
