import { describe, expect, it } from "vitest";
import { createStorySchema, slugSchema } from "@/lib/schemas/story";
import { slugify } from "./slug";

describe("slugify", () => {
  it("turns a title into a valid slug", () => {
    expect(slugify("Cheaper Insulin, Faster!")).toBe("cheaper-insulin-faster");
    expect(slugify("  Étude: l’IA à l’école — 2026  ")).toBe("etude-lia-a-lecole-2026");
    expect(slugify("AI & the NHS's waiting lists")).toBe("ai-the-nhss-waiting-lists");
  });

  it("gives an empty string when nothing usable is left, so the form asks for a slug", () => {
    expect(slugify("!!! ??? 🚀")).toBe("");
    expect(slugify('<script>alert("x")</script>')).toBe("script-alert-x-script");
  });

  it("keeps long slugs under the limit and cuts at a hyphen", () => {
    const slug = slugify("word ".repeat(60));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith("-")).toBe(false);
    expect(slugSchema.safeParse(slug).success).toBe(true);
  });
});

describe("cover image URLs", () => {
  const cover = (coverUrl: string) =>
    createStorySchema.safeParse({
      title: "T",
      slug: "t",
      tagSlugs: ["research"],
      tldr: "x",
      takeaways: ["x"],
      body: "x",
      author: "A",
      coverUrl,
      coverAlt: "An image",
      intent: "draft",
    }).success;

  it("accepts http(s) URLs and paths on this site", () => {
    expect(cover("https://example.org/a.jpg")).toBe(true);
    expect(cover("/images/cover.jpg")).toBe(true);
  });

  it.each(["//evil.example/a.jpg", "/\\evil.example", "/\t/evil.example:99999", "/\n/[", "/a b.jpg", "javascript:alert(1)", "data:image/png;base64,AAAA"])(
    "refuses %j",
    (url) => expect(cover(url)).toBe(false),
  );
});
