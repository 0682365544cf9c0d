// A story's share card (app/stories/[slug]/opengraph-image.tsx): where it
// lives and how its title is fitted, apart from the route so both can be tested.

export const shareCardSize = { width: 1200, height: 630 } as const;

/** The card's path; the story page's og:image, twitter:image and JSON-LD point here. */
export function storyCardPath(slug: string): string {
  return `/stories/${slug}/opengraph-image`;
}

// Han, kana and Hangul are about twice as wide as Latin letters.
const wide = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

/** How long a title looks, in Latin-letter widths. */
function visualLength(text: string): number {
  let length = 0;
  for (const char of text) length += wide.test(char) ? 2 : 1;
  return length;
}

/** The title's line height, and the height it may fill: what the label and site name leave of the card. */
export const cardTitleLineHeight = 1.15;
export const cardTitleMaxHeight = 320;

// By length, largest first: sizes chosen so a title of that length rarely
// needs more lines than fit (beyond that it ends in an ellipsis).
const titleSizes = [
  { upTo: 40, fontSize: 80 },
  { upTo: 70, fontSize: 68 },
  { upTo: 110, fontSize: 56 },
  { upTo: 160, fontSize: 48 },
] as const;
const smallestTitleSize = 42;

/** The title's font size (px) and how many lines fit: smaller as the title gets longer. */
export function cardTitleStyle(title: string): { fontSize: number; maxLines: number } {
  const length = visualLength(title.trim());
  const fontSize = titleSizes.find((s) => length <= s.upTo)?.fontSize ?? smallestTitleSize;
  return { fontSize, maxLines: Math.floor(cardTitleMaxHeight / (fontSize * cardTitleLineHeight)) };
}

/**
 * The text without emoji and other pictographs. next/og draws those from images
 * it downloads while rendering, and a failed download fails the whole render,
 * so the card leaves them out.
 */
export function withoutPictographs(text: string): string {
  return text
    .replace(/[\p{Extended_Pictographic}\p{Regional_Indicator}\u200d\ufe0f\u20e3]/gu, "")
    .replace(/\s{2,}/g, " ")
    .trim();
}
