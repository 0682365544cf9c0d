// A topic's older pages. Readers see them at /tags/<slug>?before=<cursor>:
// proxy.ts rewrites those here, so each page is cached on its own.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TagStories } from "@/components/story/tag-stories";
import { decodeCursor, encodeCursor } from "@/lib/cursor";
import { pageMetadata } from "@/lib/metadata";
import { getTag } from "@/lib/tag-page";

export const revalidate = 300;
export function generateStaticParams(): { slug: string; cursor: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string; cursor: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, cursor } = await params;
  const [tag, before] = [await getTag(slug), decodeCursor(cursor)];
  if (!tag || !before) return { title: "Topic not found" };
  return pageMetadata({
    title: `${tag.name}: older stories`,
    description: tag.description || `Positive AI news about ${tag.name.toLowerCase()}.`,
    path: `/tags/${tag.slug}?before=${encodeCursor(before)}`,
    feedTag: tag,
  });
}

export default async function OlderTagStoriesPage({ params }: Props) {
  const { slug, cursor } = await params;
  const [tag, before] = [await getTag(slug), decodeCursor(cursor)];
  if (!tag || !before) notFound();
  return <TagStories tag={tag} before={before} />;
}
