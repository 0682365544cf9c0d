import { describe, expect, it, vi } from "vitest";
import { unknownPages } from "./unknown-pages.mjs";

/** Stands in for Next: a 404 page that shows its address in several places, as Next's does. */
function fakeNext(status = 404) {
  const render = vi.fn(async (path: string) => ({
    status,
    body: `<html><a href="/signin?callbackUrl=${encodeURIComponent(path.split("?")[0]!)}">Sign in</a><script>push(${JSON.stringify(path)})</script></html>`,
  }));
  return render;
}

const lookups = {
  storyIsPublic: vi.fn((slug: string) => slug === "real-story"),
  tagExists: vi.fn((slug: string) => slug === "research"),
  cursorIsListed: vi.fn((cursor: { at: Date; id: number }, tag: string | null) => cursor.id === 7 && (tag === null || tag === "research")),
};
const listed = `${(1_700_000_000_000).toString(36)}-7`;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const text = (parts: Buffer[] | null) => (parts ? Buffer.concat(parts).toString() : null);

describe("404 pages for addresses that name nothing", () => {
  it("asks Next once per kind of address for its 404, then answers every unknown one of that kind as Next would", async () => {
    const render = fakeNext();
    const pages = unknownPages({ lookups, render });
    expect(pages.notFoundPage("/stories/no-such-story")).toBeNull(); // the first goes to Next while a copy is made
    await flush();
    expect(render).toHaveBeenCalledTimes(1);
    expect(render.mock.calls[0]![0]).toMatch(/^\/stories\/t[0-9a-f]{24}$/);
    expect(text(pages.notFoundPage("/stories/no-such-story"))).toBe(
      '<html><a href="/signin?callbackUrl=%2Fstories%2Fno-such-story">Sign in</a><script>push("/stories/no-such-story")</script></html>',
    );
    // Not a slug at all: a 404 without asking the database.
    lookups.storyIsPublic.mockClear();
    expect(text(pages.notFoundPage("/stories/Not_A_Slug"))).toContain('push("/stories/Not_A_Slug")');
    expect(lookups.storyIsPublic).not.toHaveBeenCalled();
    expect(render).toHaveBeenCalledTimes(1);
  });

  it("leaves to Next what exists, what it cannot tell, and what it does not recognise", async () => {
    const render = fakeNext();
    const pages = unknownPages({ lookups: { ...lookups, tagExists: () => null }, render });
    pages.notFoundPage("/stories/nope");
    await flush();
    expect(pages.notFoundPage("/stories/real-story")).toBeNull();
    expect(pages.notFoundPage("/tags/anything")).toBeNull(); // no database to ask (libSQL)
    for (const url of ["/stories/a%20b", "/stories/x/opengraph-image", "/stories/", "/search?q=x", "/?before=x&x=1", `/stories/${"a".repeat(121)}`]) {
      expect(pages.notFoundPage(url), url).toBeNull();
    }
    expect(render).toHaveBeenCalledTimes(1);
  });

  it("answers made-up cursors, in both spellings, and topic pages' with both parts in place", async () => {
    const render = fakeNext();
    const pages = unknownPages({ lookups, render });
    const urls = ["/?before=abc-1", "/older/abc-1", "/tags/research?before=abc-1", "/tags/research/older/abc-1", "/tags/nope/older/abc-1"];
    for (const url of urls) pages.notFoundPage(url);
    await flush();
    expect(render).toHaveBeenCalledTimes(4);
    for (const url of urls) expect(text(pages.notFoundPage(url)), url).toContain(`push(${JSON.stringify(url)})`);
    // Leading zeros spell a listed position, but not as the feed writes it.
    expect(pages.notFoundPage(`/?before=0${listed}`)).not.toBeNull();
    expect(pages.notFoundPage(`/?before=${listed}`)).toBeNull();
    expect(pages.notFoundPage(`/tags/research/older/${listed}`)).toBeNull();
    expect(pages.notFoundPage(`/tags/climate/older/${listed}`)).not.toBeNull();
  });

  it("keeps no copy Next did not answer with a 404, and asks again only later", async () => {
    const render = fakeNext(200);
    const onError = vi.fn();
    const pages = unknownPages({ lookups, render, onError });
    pages.notFoundPage("/tags/nope");
    await flush();
    expect(onError).toHaveBeenCalledWith(expect.stringContaining("answered 200"));
    expect(pages.notFoundPage("/tags/nope")).toBeNull();
    await flush();
    expect(render).toHaveBeenCalledTimes(1);
  });
});
