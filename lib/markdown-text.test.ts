import { describe, expect, it } from "vitest";
import { markdownToPlainText } from "./markdown-text";

describe("markdownToPlainText", () => {
  it("keeps the words of every block, one block a line, without Markdown syntax", () => {
    const markdown = [
      "## A heading",
      "",
      "Some **bold** and _italic_ text with a [link](https://example.com/secret-path) and `code`.",
      "",
      "- first item",
      "- second item",
      "",
      "> a quote",
    ].join("\n");
    expect(markdownToPlainText(markdown)).toBe(
      ["A heading", "Some bold and italic text with a link and code.", "first item", "second item", "a quote"].join("\n"),
    );
  });

  it("drops raw HTML tags but keeps their text, and keeps image alt text", () => {
    expect(markdownToPlainText('Hello <em onclick="x()">there</em>\n\n![A chart of wins](/c.png)')).toBe(
      "Hello there\nA chart of wins",
    );
    expect(markdownToPlainText("<div>\n<p>Block html</p>\n</div>")).toBe("Block html");
  });

  it("separates table cells and keeps code blocks", () => {
    expect(markdownToPlainText("| a | b |\n| - | - |\n| c | d |\n\n```\nconst x = 1;\n```")).toBe(
      "a\nb\nc\nd\nconst x = 1;",
    );
  });

  it("is empty for an empty body", () => {
    expect(markdownToPlainText("")).toBe("");
  });
});
