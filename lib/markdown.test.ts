import { describe, expect, it } from "vitest";
import { markdownProblem, renderMarkdown } from "./markdown";

describe("renderMarkdown", () => {
  it("renders headings, paragraphs, lists, bold, links, images and blockquotes", () => {
    const html = renderMarkdown(
      [
        "## A subheading",
        "Some **bold** text with [a link](https://example.org/paper).",
        "- one\n- two",
        "1. first\n2. second",
        "![A reef at dawn](/images/covers/climate.svg)",
        "> A quote.",
      ].join("\n\n"),
    );
    expect(html).toContain("<h2>A subheading</h2>");
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain('<a href="https://example.org/paper" rel="noopener noreferrer">a link</a>');
    expect(html).toMatch(/<ul>\s*<li>one<\/li>/);
    expect(html).toMatch(/<ol>\s*<li>first<\/li>/);
    expect(html).toContain('<img src="/images/covers/climate.svg" alt="A reef at dawn" loading="lazy" decoding="async">');
    expect(html).toMatch(/<blockquote>\s*<p>A quote.<\/p>\s*<\/blockquote>/);
  });

  it("keeps harmless inline HTML", () => {
    expect(renderMarkdown("Some <em>emphasis</em> here")).toContain("<em>emphasis</em>");
  });

  it.each([
    ["a script tag", "<script>alert(1)</script>", "<script"],
    ["an event handler", '<img src="x" onerror="alert(1)">', "onerror"],
    ["a javascript: link", "[click](javascript:alert(1))", "javascript:"],
    ["a raw javascript: href", '<a href="javascript:alert(1)">x</a>', "javascript:"],
    ["an iframe", '<iframe src="https://evil.example"></iframe>', "<iframe"],
    ["inline styles", '<p style="position:fixed">x</p>', "style="],
    ["a form", '<form action="/x"><input name="a"></form>', "<form"],
    ["an svg with script", "<svg><script>alert(1)</script></svg>", "<script"],
  ])("strips %s", (_name, input, forbidden) => {
    expect(renderMarkdown(input).toLowerCase()).not.toContain(forbidden);
  });
});

describe("pathological bodies", () => {
  it.each([
    ["quotes nested 2,000 deep", `${">".repeat(2000)} x`],
    ["5,000 nested divs", "<div>".repeat(5000)],
    ["30,000 unclosed links", "[a](b ".repeat(30000)],
    ["lists nested 200 deep", Array.from({ length: 200 }, (_, i) => `${" ".repeat(i * 2)}- x`).join("\n")],
    ["20,000 brackets", "[".repeat(20000)],
  ])("refuses %s before rendering", (_name, body) => {
    expect(markdownProblem(body)).toMatch(/.+/);
  });

  it("accepts ordinary long stories", () => {
    const story = "## Heading\n\n> A quote\n> > nested once\n\n- a\n  - b\n    - c\n\nText with [a link](https://example.org).\n\n";
    expect(markdownProblem(story.repeat(200))).toBeNull();
  });

  it("shows a body the parser cannot handle as escaped text instead of failing", () => {
    const html = renderMarkdown(`${"<div>".repeat(5000)}<script>x</script>`);
    expect(html.startsWith("<p>&#60;div&#62;")).toBe(true);
    expect(html).not.toContain("<script");
  });
});
