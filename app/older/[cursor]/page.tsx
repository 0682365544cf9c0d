// Older pages of the feed. Readers see them at /?before=<cursor>: proxy.ts
// rewrites those here, so that / itself reads no query string and each page
// can be cached on its own.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LatestStories } from "@/components/story/latest-stories";
import { decodeCursor, encodeCursor } from "@/lib/cursor";
import { pageMetadata } from "@/lib/metadata";
import { site } from "@/lib/site";

export const revalidate = 300;
export function generateStaticParams(): { cursor: string }[] {
  return [];
}

type Props = { params: Promise<{ cursor: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const before = decodeCursor((await params).cursor);
  if (!before) return {};
  return pageMetadata({ title: "Older stories", description: site.description, path: `/?before=${encodeCursor(before)}` });
}

export default async function OlderStoriesPage({ params }: Props) {
  const before = decodeCursor((await params).cursor);
  if (!before) notFound();
  return <LatestStories before={before} />;
}
