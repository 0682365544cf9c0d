import { NewsletterCta } from "@/components/newsletter/newsletter-cta";
import { getDb } from "@/db/client";
import { listPublishedStories } from "@/db/queries/stories";
import type { Cursor } from "@/lib/cursor";
import { site } from "@/lib/site";
import { StoryList } from "./story-list";

/** The feed: its first page at /, older pages at /?before=<cursor> (proxy.ts routes those to app/older). */
export async function LatestStories({ before }: { before: Cursor | null }) {
  const page = await listPublishedStories(getDb(), { before });
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
        basePath="/"
        isFirstPage={!before}
        emptyMessage={before ? "There are no older stories." : "No stories have been published yet."}
      />
      {!before && <NewsletterCta />}
    </>
  );
}
