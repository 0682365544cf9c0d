// Types for server/page-cache/handler.mjs, which Next loads as plain JavaScript.
export default class PageCacheHandler {
  constructor(ctx: unknown);
  get(key: string, ctx: unknown): Promise<{ value: unknown; lastModified: number; cacheControl: unknown } | null>;
  set(key: string, value: unknown, ctx: unknown): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}

/** Closes the page cache's database connection(s) (idempotent; a later lookup reopens it). */
export function closePageCache(): Promise<void>;

/** The cached page for `pathname` when Next would serve it as it is (server/page-cache/fast-path.mjs, for server/main.mjs); otherwise null. */
export function cachedPage(pathname: string): {
  html: string;
  etag: string;
  gzip: () => Buffer;
  cacheControl: { revalidate?: number; expire?: number };
} | null;
