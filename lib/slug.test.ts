import { describe, expect, it } from "vitest";
import { slugSchema } from "@/lib/schemas/story";
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
