import { env } from "@/lib/env";

export const site = {
  name: "AI Wins",
  tagline: "Good news from the frontier of artificial intelligence.",
  description:
    "AI Wins reports the research, tools and people using artificial intelligence to make life measurably better, explained in a few minutes each.",
  url: env.SITE_URL.replace(/\/+$/, ""),
  locale: "en_US",
  timeZone: env.SITE_TIME_ZONE,
} as const;

/** The sparkle logo's SVG path (24 × 24): the header draws it, and so do the share cards. */
export const logoPath =
  "M12 2l2.2 6.3L20.5 10l-6.3 2.2L12 18.5l-2.2-6.3L3.5 10l6.3-1.7L12 2zm6 13l1 2.6 2.5 1-2.5 1L18 22l-1-2.4-2.5-1 2.5-1L18 15z";

/** An absolute URL on this site, for canonical links, feeds and JSON-LD. */
export function absoluteUrl(path: string): string {
  return new URL(path, `${site.url}/`).toString();
}
