// Story bodies are Markdown written in the admin desk. They are rendered on the
// server and sanitised: raw HTML is parsed (so harmless tags like <em> survive)
// and then filtered by rehype-sanitize's GitHub-style allow-list, which drops
// scripts, event handlers, javascript: URLs, iframes and styles.
import rehypeRaw from "rehype-raw";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import type { Element, Root } from "hast";

const schema: SanitizeSchema = {
  ...defaultSchema,
  // Heading ids are not needed and clobbering prefixes would only add noise.
  clobberPrefix: "md-",
  attributes: {
    ...defaultSchema.attributes,
    img: [...(defaultSchema.attributes?.img ?? []), "loading", "decoding"],
  },
};

/** Links leave the site safely; images load lazily and never shift layout much. */
function rehypeExternalLinksAndLazyImages() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      if (node.tagName === "a") {
        const href = String(node.properties.href ?? "");
        if (/^https?:\/\//i.test(href)) {
          node.properties.rel = ["noopener", "noreferrer"];
        }
      }
      if (node.tagName === "img") {
        node.properties.loading = "lazy";
        node.properties.decoding = "async";
      }
    });
  };
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, schema)
  .use(rehypeExternalLinksAndLazyImages)
  .use(rehypeStringify)
  .freeze();

const LIMITS = { quoteDepth: 10, indent: 40, rawTags: 1_000, links: 1_000, brackets: 2_000 };

/**
 * Why a body would be pathological to render (deep nesting overflows the
 * parser's stack; thousands of unclosed links take seconds), or null. Real
 * stories sit far below every limit; the story schema refuses the rest.
 */
export function markdownProblem(markdown: string): string | null {
  let quoteDepth = 0;
  let indent = 0;
  for (const line of markdown.split("\n")) {
    const quotes = /^[\s>]*/.exec(line)?.[0].split(">").length ?? 1;
    quoteDepth = Math.max(quoteDepth, quotes - 1);
    indent = Math.max(indent, /^[ \t]*/.exec(line)?.[0].length ?? 0);
  }
  if (quoteDepth > LIMITS.quoteDepth) return `Quotes are nested ${quoteDepth} deep; ${LIMITS.quoteDepth} is the most.`;
  if (indent > LIMITS.indent) return `A line is indented ${indent} spaces; nest lists less deeply (${LIMITS.indent} at most).`;
  const count = (re: RegExp) => markdown.match(re)?.length ?? 0;
  if (count(/<[a-z]/gi) > LIMITS.rawTags) return `The body has over ${LIMITS.rawTags} HTML tags; use Markdown instead.`;
  if (count(/\]\(/g) > LIMITS.links) return `The body has over ${LIMITS.links} links.`;
  if (count(/\[/g) > LIMITS.brackets) return `The body has over ${LIMITS.brackets} square brackets.`;
  return null;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Markdown → sanitised HTML, safe for dangerouslySetInnerHTML. A body the
 * parser cannot handle is shown as escaped plain text rather than failing
 * the page.
 */
export function renderMarkdown(markdown: string): string {
  try {
    return String(processor.processSync(markdown));
  } catch (error) {
    console.error("Markdown could not be rendered; showing it as text:", error instanceof Error ? error.message : error);
    return markdown
      .split(/\n{2,}/)
      .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
      .join("\n");
  }
}
