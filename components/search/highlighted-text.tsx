import { MARK_END, MARK_START } from "@/lib/search-query";

/** How a matched word looks, wherever search marks one. */
export const markClass = "rounded-sm bg-amber-200 px-0.5 text-stone-950 dark:bg-amber-300";

const SPLIT = new RegExp(`(${MARK_START}[^${MARK_END}]*${MARK_END})`, "u");

/**
 * Text from search with the matched words in <mark>. The text stays React text
 * (escaped), so whatever a story contains, only the marks become elements.
 */
export function HighlightedText({ text }: { text: string }) {
  return text.split(SPLIT).map((part, i) =>
    part.startsWith(MARK_START) ? (
      <mark key={i} className={markClass}>
        {part.slice(1, -1)}
      </mark>
    ) : (
      part.replaceAll(MARK_START, "").replaceAll(MARK_END, "")
    ),
  );
}
