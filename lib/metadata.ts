import type { Metadata } from "next";
import { site } from "@/lib/site";

/** Title, description, canonical URL and OpenGraph/Twitter tags for one page. */
export function pageMetadata({
  title,
  description,
  path,
  image,
}: {
  title: string;
  description: string;
  path: string;
  image?: { url: string; alt: string } | null;
}): Metadata {
  const images = image ? [{ url: image.url, alt: image.alt }] : undefined;
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: { title, description, url: path, siteName: site.name, type: "website", images },
    twitter: { card: "summary_large_image", title, description, images },
  };
}
