import type { Metadata } from "next";
import { site } from "@/lib/site";

/** The site-wide share card (app/opengraph-image.tsx), for pages without an image of their own. */
const defaultImage = { url: "/opengraph-image", width: 1200, height: 630, alt: `${site.name} — positive AI news` };

/**
 * Title, description, canonical URL, feed links and OpenGraph/Twitter tags for
 * one page. Next replaces (not merges) nested metadata objects, so every page
 * states all of them through here.
 */
export function pageMetadata({
  title,
  description,
  path,
  image,
}: {
  title: string;
  description: string;
  path: string;
  image?: { url: string; alt: string; width?: number; height?: number } | null;
}): Metadata {
  const images = [image ?? defaultImage];
  return {
    title,
    description,
    alternates: {
      canonical: path,
      types: { "application/rss+xml": [{ url: "/rss.xml", title: `${site.name} RSS` }] },
    },
    openGraph: { title, description, url: path, siteName: site.name, locale: site.locale, type: "website", images },
    twitter: { card: "summary_large_image", title, description, images },
  };
}
