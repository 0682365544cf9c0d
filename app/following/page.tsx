import type { Metadata } from "next";
import Link from "next/link";
import { FollowButton } from "@/components/library/follow-button";
import { StoryList } from "@/components/story/story-list";
import { getDb } from "@/db/client";
import { listFollowedTags, listFollowingFeed, listPopularTags } from "@/db/queries/follows";
import { requireUserPage } from "@/lib/auth/guards";
import { decodeCursor, firstParam } from "@/lib/cursor";
import { getViewer } from "@/lib/viewer";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Following", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function FollowingPage({ searchParams }: Props) {
  const user = await requireUserPage("/following");
  const before = decodeCursor(firstParam((await searchParams).before));
  const db = getDb();
  const [followed, page] = await Promise.all([listFollowedTags(db, user.id), listFollowingFeed(db, user.id, { before })]);
  const viewer = await getViewer({ storyIds: page.stories.map((s) => s.id) });
  const popular = followed.length === 0 ? await listPopularTags(db) : [];

  return (
    <div className="py-8 sm:py-10">
      <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">Following</h1>

      {followed.length === 0 ? (
        <section aria-labelledby="suggestions-heading" className="mt-6 flex flex-col gap-4">
          <p className="text-stone-600 dark:text-stone-400">
            You don’t follow any topics yet. Follow a few and their newest stories collect here.
          </p>
          <h2 id="suggestions-heading" className="text-xl font-semibold">
            Popular topics
          </h2>
          <ul className="flex flex-col gap-3">
            {popular.map((tag) => (
              <li key={tag.slug} className="flex flex-wrap items-center gap-3">
                <Link href={`/tags/${tag.slug}`} className="min-w-32 font-medium underline-offset-4 hover:underline">
                  {tag.name}
                </Link>
                <FollowButton tagSlug={tag.slug} tagName={tag.name} known={{ signedIn: true, following: false }} />
                <span className="text-sm text-stone-600 dark:text-stone-400">
                  {tag.followers} {tag.followers === 1 ? "follower" : "followers"}
                </span>
              </li>
            ))}
          </ul>
          <p className="text-sm text-stone-600 dark:text-stone-400">
            Followed a topic? <Link href="/following" className="font-medium text-emerald-800 underline dark:text-emerald-300">Refresh this page</Link> to see its stories.
          </p>
        </section>
      ) : (
        <>
          <section aria-labelledby="followed-heading" className="mt-6">
            <h2 id="followed-heading" className="text-sm font-bold tracking-wide uppercase">
              Topics you follow
            </h2>
            <ul className="mt-3 flex flex-wrap gap-3">
              {followed.map((tag) => (
                <li key={tag.slug} className="flex items-center gap-2">
                  <Link href={`/tags/${tag.slug}`} className="font-medium underline-offset-4 hover:underline">
                    {tag.name}
                  </Link>
                  <FollowButton tagSlug={tag.slug} tagName={tag.name} known={{ signedIn: true, following: true }} />
                </li>
              ))}
            </ul>
          </section>
          <StoryList
            page={page}
            viewer={viewer}
            basePath="/following"
            isFirstPage={!before}
            emptyMessage={before ? "No older stories from your topics." : "No stories in your topics yet."}
          />
        </>
      )}
    </div>
  );
}
