// Types for server/unknown-pages.mjs.
export type Lookups = {
  storyIsPublic(slug: string): boolean | null;
  tagExists(slug: string): boolean | null;
  cursorIsListed(cursor: { at: Date; id: number }, tagSlug: string | null): boolean | null;
};
export declare function unknownPages(options: {
  lookups: Lookups;
  render: (path: string) => Promise<{ status: number; body: string }>;
  onError?: (message: string) => void;
}): { notFoundPage(url: string): Buffer[] | null };
