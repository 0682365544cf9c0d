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

/** Markdown → sanitised HTML, safe for dangerouslySetInnerHTML. */
export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}
