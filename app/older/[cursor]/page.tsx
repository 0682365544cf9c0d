// Older pages of the feed. Readers see them at /?before=<cursor>: proxy.ts
// rewrites those here, so that / itself reads no query string and each page
// can be cached on its own. Only cursors the feed hands out have a page: any
// other is a 404, which is never cached, so made-up ones cannot push real
// pages out of the cache.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { LatestStories } from "@/components/story/latest-stories";
import { getDb } from "@/db/client";
import { isFeedCursor } from "@/db/queries/stories";
import { decodeCanonicalCursor, encodeCursor } from "@/lib/cursor";
import { pageMetadata } from "@/lib/metadata";
import { site } from "@/lib/site";

export const revalidate = 300;
export function generateStaticParams(): { cursor: string }[] {
  return [];
}

type Props = { params: Promise<{ cursor: string }> };

/** The position, when the cursor is written as the feed writes it and names a public story; one look-up per request. */
const getBefore = cache(async (cursor: string) => {
  const before = decodeCanonicalCursor(cursor);
  return before && (await isFeedCursor(getDb(), before)) ? before : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const before = await getBefore((await params).cursor);
  if (!before) return {};
  return pageMetadata({ title: "Older stories", description: site.description, path: `/?before=${encodeCursor(before)}` });
}

export default async function OlderStoriesPage({ params }: Props) {
  const before = await getBefore((await params).cursor);
  if (!before) notFound();
  return <LatestStories before={before} />;
}
