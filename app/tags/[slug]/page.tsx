import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { FollowButton } from "@/components/follow-button";
import { StoryList } from "@/components/story-list";
import { getDb } from "@/db/client";
import { listPublishedStoriesByTag } from "@/db/queries/stories";
import { countFollowers } from "@/db/queries/follows";
import { getTagBySlug } from "@/db/queries/tags";
import { decodeCursor, firstParam } from "@/lib/cursor";
import { pageMetadata } from "@/lib/metadata";
import { slugSchema } from "@/lib/schemas/story";
import { getViewer } from "@/lib/viewer";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const getTag = cache(async (slug: string) => {
  const parsed = slugSchema.safeParse(slug);
  return parsed.success ? getTagBySlug(getDb(), parsed.data) : null;
});

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const tag = await getTag((await params).slug);
  if (!tag) return { title: "Topic not found" };
  const rawBefore = firstParam((await searchParams).before);
  const before = decodeCursor(rawBefore);
  return pageMetadata({
    title: before ? `${tag.name}: older stories` : tag.name,
    description: tag.description || `Positive AI news about ${tag.name.toLowerCase()}.`,
    path: before ? `/tags/${tag.slug}?before=${rawBefore}` : `/tags/${tag.slug}`,
    feedTag: tag,
  });
}

export default async function TagPage({ params, searchParams }: Props) {
  const tag = await getTag((await params).slug);
  if (!tag) notFound();
  const before = decodeCursor(firstParam((await searchParams).before));
  const db = getDb();
  const [page, followers] = await Promise.all([listPublishedStoriesByTag(db, tag.id, { before }), countFollowers(db, tag.id)]);
  const viewer = await getViewer({ storyIds: page.stories.map((s) => s.id), follows: true });
  return (
    <>
      <div className="border-b border-stone-200 py-8 sm:py-10 dark:border-stone-800">
        <p className="text-sm font-semibold tracking-wide text-emerald-800 uppercase dark:text-emerald-400">Topic</p>
        <h1 className="mt-1 font-serif text-3xl font-bold tracking-tight sm:text-4xl">{tag.name}</h1>
        {tag.description && <p className="mt-2 max-w-2xl text-stone-600 dark:text-stone-400">{tag.description}</p>}
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <FollowButton
            tagSlug={tag.slug}
            tagName={tag.name}
            initialFollowing={viewer.following.has(tag.slug)}
            signedIn={viewer.signedIn}
          />
          <span className="text-sm text-stone-600 dark:text-stone-400">
            {followers} {followers === 1 ? "follower" : "followers"}
          </span>
        </div>
      </div>
      <StoryList
        page={page}
        viewer={viewer}
        basePath={`/tags/${tag.slug}`}
        isFirstPage={!before}
        emptyMessage={before ? "There are no older stories in this topic." : "No stories in this topic yet."}
      />
    </>
  );
}
