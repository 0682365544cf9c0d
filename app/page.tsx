import type { Metadata } from "next";
import { NewsletterCta } from "@/components/newsletter-cta";
import { StoryList } from "@/components/story-list";
import { getDb } from "@/db/client";
import { listPublishedStories } from "@/db/queries/stories";
import { decodeCursor, firstParam } from "@/lib/cursor";
import { pageMetadata } from "@/lib/metadata";
import { site } from "@/lib/site";
import { getViewer } from "@/lib/viewer";

// Visibility depends on the clock (scheduled stories), so render per request.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const before = decodeCursor(firstParam((await searchParams).before));
  const meta = pageMetadata({
    title: before ? "Older stories" : `${site.name} — positive AI news`,
    description: site.description,
    path: before ? `/?before=${firstParam((await searchParams).before)}` : "/",
  });
  return before ? meta : { ...meta, title: { absolute: `${site.name} — positive AI news` } };
}

export default async function FeedPage({ searchParams }: Props) {
  const before = decodeCursor(firstParam((await searchParams).before));
  const page = await listPublishedStories(getDb(), { before });
  const viewer = await getViewer({ storyIds: page.stories.map((s) => s.id) });
  return (
    <>
      <div className="border-b border-stone-200 py-8 sm:py-10 dark:border-stone-800">
        <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">
          {before ? "Older stories" : "Latest positive AI news"}
        </h1>
        <p className="mt-2 max-w-2xl text-stone-600 dark:text-stone-400">{site.tagline}</p>
      </div>
      <StoryList
        page={page}
        viewer={viewer}
        basePath="/"
        isFirstPage={!before}
        emptyMessage={before ? "There are no older stories." : "No stories have been published yet."}
      />
      {!before && <NewsletterCta />}
    </>
  );
}
