import { site } from "@/lib/site";

/**
 * Where to send someone after signing in: only ever a path on this site.
 * Absolute URLs to other origins, protocol-relative `//evil.example`,
 * backslash tricks and `javascript:` all fall back to `fallback`.
 */
export function safeCallbackPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2048) return fallback;
  try {
    const base = new URL(site.url);
    const url = new URL(value, base);
    if (url.origin !== base.origin) return fallback;
    if (!/^\/(?![/\\])/.test(url.pathname)) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
