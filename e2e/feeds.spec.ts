import { XMLParser, XMLValidator } from "fast-xml-parser";
import { expect, test } from "./fixtures";

const parser = new XMLParser({ ignoreAttributes: false });

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
    const draft = makeStory({ status: "draft", publishedAt: null }).slug;
    expect(await (await request.get("/rss.xml")).text()).not.toContain(draft);
    expect(await (await request.get("/sitemap.xml")).text()).not.toContain(draft);
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
