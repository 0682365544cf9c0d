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

/** An absolute URL on this site, for canonical links, feeds and JSON-LD. */
export function absoluteUrl(path: string): string {
  return new URL(path, `${site.url}/`).toString();
}
