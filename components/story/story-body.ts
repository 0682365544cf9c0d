/** The typography of a story's Markdown body, shared by the story page and the editor's live preview. */
export const storyBodyClass =
  "prose prose-stone max-w-none prose-headings:font-serif prose-a:text-emerald-800 prose-img:rounded-xl sm:prose-lg dark:prose-invert dark:prose-a:text-emerald-300";
