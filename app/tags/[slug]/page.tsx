import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TagStories } from "@/components/story/tag-stories";
import { pageMetadata } from "@/lib/metadata";
import { getTag } from "@/lib/tag-page";

// Cached for everyone, rendered on first request (not at build time). Any
// write to stories or tags revalidates it at once (server/page-cache/handler.mjs);
// the timer is only a backstop.
export const revalidate = 300;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = await getTag((await params).slug);
  if (!tag) return { title: "Topic not found" };
  return pageMetadata({
    title: tag.name,
    description: tag.description || `Positive AI news about ${tag.name.toLowerCase()}.`,
    path: `/tags/${tag.slug}`,
    feedTag: tag,
  });
}

export default async function TagPage({ params }: Props) {
  const tag = await getTag((await params).slug);
  if (!tag) notFound();
  return <TagStories tag={tag} before={null} />;
}
