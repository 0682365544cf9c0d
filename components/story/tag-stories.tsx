import { FollowButton } from "@/components/library/follow-button";
import { getDb } from "@/db/client";
import { countFollowers } from "@/db/queries/follows";
import { listPublishedStoriesByTag } from "@/db/queries/stories";
import type { TagSummary } from "@/db/queries/tags";
import type { Cursor } from "@/lib/cursor";
import { StoryList } from "./story-list";

/** A topic's page: its first page at /tags/<slug>, older ones at ?before=<cursor> (proxy.ts routes those to …/older). */
export async function TagStories({ tag, before }: { tag: TagSummary; before: Cursor | null }) {
  const db = getDb();
  const [page, followers] = await Promise.all([listPublishedStoriesByTag(db, tag.id, { before }), countFollowers(db, tag.id)]);
  return (
    <>
      <div className="border-b border-stone-200 py-8 sm:py-10 dark:border-stone-800">
        <p className="text-sm font-semibold tracking-wide text-emerald-800 uppercase dark:text-emerald-400">Topic</p>
        <h1 className="mt-1 font-serif text-3xl font-bold tracking-tight sm:text-4xl">{tag.name}</h1>
        {tag.description && <p className="mt-2 max-w-2xl text-stone-600 dark:text-stone-400">{tag.description}</p>}
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <FollowButton tagSlug={tag.slug} tagName={tag.name} />
          <span className="text-sm text-stone-600 dark:text-stone-400">
            {followers} {followers === 1 ? "follower" : "followers"}
          </span>
        </div>
      </div>
      <StoryList
        page={page}
        basePath={`/tags/${tag.slug}`}
        isFirstPage={!before}
        emptyMessage={before ? "There are no older stories in this topic." : "No stories in this topic yet."}
      />
    </>
  );
}
