/** Every React Query key in the app, in one place. */
export const queryKeys = {
  me: () => ["me"] as const,
  bookmark: (storyId: number) => ["bookmarks", storyId] as const,
  bookmarks: () => ["bookmarks"] as const,
  follow: (tagSlug: string) => ["follows", tagSlug] as const,
  follows: () => ["follows"] as const,
  newsletter: () => ["newsletter"] as const,
  markdownPreview: (markdown: string) => ["admin", "markdown", markdown] as const,
};
