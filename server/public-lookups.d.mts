// Types for server/public-lookups.mjs: null means "no embedded database here, ask Next".
export declare function storyIsPublic(slug: string, now?: number): boolean | null;
export declare function tagExists(slug: string): boolean | null;
export declare function cursorIsListed(cursor: { at: Date; id: number }, tagSlug: string | null, now?: number): boolean | null;
