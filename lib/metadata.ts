import type { Metadata } from "next";
import { feedContentTypes, feedFormatNames, feedFormats, feedPaths, type FeedFormat } from "@/lib/feeds";
import { site } from "@/lib/site";

/** The site-wide share card (app/opengraph-image.tsx), for pages without an image of their own. */
const defaultImage = { url: "/opengraph-image", width: 1200, height: 630, alt: `${site.name} — positive AI news` };

type AlternateTypes = NonNullable<NonNullable<Metadata["alternates"]>["types"]>;

/**
 * `<link rel="alternate">` for the site's RSS, Atom and JSON feeds, and for a
 * topic's own three when given. Personal feeds are never advertised: their
 * URL is a secret.
 */
export function feedAlternates(tag?: { slug: string; name: string }): AlternateTypes {
  const feeds: { paths: Record<FeedFormat, string>; title: string }[] = [{ paths: feedPaths(""), title: site.name }];
  if (tag) feeds.push({ paths: feedPaths(`/tags/${tag.slug}`), title: `${site.name}: ${tag.name}` });
  return Object.fromEntries(
    feedFormats.map((format) => [
      feedContentTypes[format],
      feeds.map((feed) => ({ url: feed.paths[format], title: `${feed.title} (${feedFormatNames[format]})` })),
    ]),
  );
}

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
  feedTag,
}: {
  title: string;
  description: string;
  path: string;
  image?: { url: string; alt: string; width?: number; height?: number } | null;
  /** A topic page also advertises that topic's feeds. */
  feedTag?: { slug: string; name: string };
}): Metadata {
  const images = [image ?? defaultImage];
  return {
    title,
    description,
    alternates: {
      canonical: path,
      types: feedAlternates(feedTag),
    },
    openGraph: { title, description, url: path, siteName: site.name, locale: site.locale, type: "website", images },
    twitter: { card: "summary_large_image", title, description, images },
  };
}
