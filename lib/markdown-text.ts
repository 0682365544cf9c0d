// The plain text of a Markdown body, one line per block: what search indexes
// and quotes in its snippets, so a result reads as prose rather than as
// Markdown, and link URLs and raw HTML tags are not searchable words.
import type { Nodes } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";

const parser = unified().use(remarkParse).use(remarkGfm).freeze();
const HTML_TAG = /<[^>]*>/g;
const BLOCKS = new Set(["paragraph", "heading", "code", "tableCell", "blockquote", "listItem", "thematicBreak"]);

export function markdownToPlainText(markdown: string): string {
  const lines: string[] = [];
  let line = "";
  const flush = () => {
    const text = line.replace(/\s+/g, " ").trim();
    if (text) lines.push(text);
    line = "";
  };
  visit(parser.parse(markdown), (node: Nodes) => {
    if (BLOCKS.has(node.type)) flush();
    switch (node.type) {
      case "text":
      case "inlineCode":
        line += node.value;
        break;
      case "code":
        line += node.value;
        flush();
        break;
      case "html":
        line += ` ${node.value.replace(HTML_TAG, " ")} `;
        break;
      case "image":
        if (node.alt) line += ` ${node.alt} `;
        break;
      case "break":
        line += " ";
        break;
    }
  });
  flush();
  return lines.join("\n");
}
