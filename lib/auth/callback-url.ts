import { site } from "@/lib/site";

/**
 * Where to send someone after signing in: only ever a page on this site.
 * Other origins, protocol-relative `//evil.example`, backslash tricks,
 * `javascript:` and API routes all fall back to `fallback`. `origin` is the
 * origin the request came in on, accepted as well as SITE_URL's.
 */
export function safeCallbackPath(value: unknown, fallback = "/", origin?: string): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2048) return fallback;
  try {
    const base = new URL(site.url);
    const url = new URL(value, origin ?? base);
    if (url.origin !== base.origin && url.origin !== origin) return fallback;
    if (!/^\/(?![/\\])/.test(url.pathname) || url.pathname.startsWith("/api/")) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
