// A topic's older pages. Readers see them at /tags/<slug>?before=<cursor>:
// proxy.ts rewrites those here, so each page is cached on its own. Only
// cursors the topic's pages hand out have a page: any other is a 404, never
// cached (see app/older).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { TagStories } from "@/components/story/tag-stories";
import { getDb } from "@/db/client";
import { isTagCursor } from "@/db/queries/stories";
import { decodeCanonicalCursor, encodeCursor } from "@/lib/cursor";
import { pageMetadata } from "@/lib/metadata";
import { getTag } from "@/lib/tag-page";

export const revalidate = 300;
export function generateStaticParams(): { slug: string; cursor: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string; cursor: string }> };

/** The topic and position, when both are real; one look-up per request. */
const getOlderPage = cache(async (slug: string, cursor: string) => {
  const [tag, before] = [await getTag(slug), decodeCanonicalCursor(cursor)];
  if (!tag || !before || !(await isTagCursor(getDb(), tag.id, before))) return null;
  return { tag, before };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, cursor } = await params;
  const older = await getOlderPage(slug, cursor);
  if (!older) return { title: "Topic not found" };
  const { tag, before } = older;
  return pageMetadata({
    title: `${tag.name}: older stories`,
    description: tag.description || `Positive AI news about ${tag.name.toLowerCase()}.`,
    path: `/tags/${tag.slug}?before=${encodeCursor(before)}`,
    feedTag: tag,
  });
}

export default async function OlderTagStoriesPage({ params }: Props) {
  const { slug, cursor } = await params;
  const older = await getOlderPage(slug, cursor);
  if (!older) notFound();
  return <TagStories tag={older.tag} before={older.before} />;
}
