import type { Metadata } from "next";
import Link from "next/link";
import { RemoveSavedButton, SavedItem } from "@/components/library/saved-item";
import { StoryCard } from "@/components/story/story-card";
import { getDb } from "@/db/client";
import { listSavedStories, listSavedStoryTags } from "@/db/queries/bookmarks";
import { getTagBySlug } from "@/db/queries/tags";
import { requireUserPage } from "@/lib/auth/guards";
import { decodeCursor, encodeCursor, firstParam } from "@/lib/cursor";
import { slugSchema } from "@/lib/schemas/story";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Saved stories", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const chip = "inline-flex min-h-9 items-center rounded-full border px-3 text-sm font-medium";
const chipOff = `${chip} border-stone-300 hover:border-emerald-700 dark:border-stone-700 dark:hover:border-emerald-400`;
const chipOn = `${chip} border-emerald-800 bg-emerald-800 text-white dark:border-emerald-400 dark:bg-emerald-400 dark:text-stone-950`;

export default async function SavedPage({ searchParams }: Props) {
  const user = await requireUserPage("/saved");
  const params = await searchParams;
  const before = decodeCursor(firstParam(params.before));
  const tagSlug = slugSchema.safeParse(firstParam(params.tag));
  const db = getDb();
  const tag = tagSlug.success ? await getTagBySlug(db, tagSlug.data) : null;
  const [page, tags] = await Promise.all([
    listSavedStories(db, user.id, { before, tagId: tag?.id }),
    listSavedStoryTags(db, user.id),
  ]);
  const base = tag ? `/saved?tag=${tag.slug}` : "/saved";
  const withCursor = (cursor: string) => `${base}${tag ? "&" : "?"}before=${cursor}`;

  return (
    <div className="py-8 sm:py-10">
      <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">Saved stories</h1>
      <p className="mt-2 text-stone-600 dark:text-stone-400">Newest saved first.</p>

      {tags.length > 0 && (
        <nav aria-label="Filter saved stories by topic" className="mt-6">
          <ul className="flex flex-wrap gap-2">
            <li>
              <Link href="/saved" className={tag ? chipOff : chipOn} aria-current={tag ? undefined : "page"}>
                All
              </Link>
            </li>
            {tags.map((t) => (
              <li key={t.slug}>
                <Link
                  href={`/saved?tag=${t.slug}`}
                  className={tag?.slug === t.slug ? chipOn : chipOff}
                  aria-current={tag?.slug === t.slug ? "page" : undefined}
                >
                  {t.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}

      {page.items.length === 0 ? (
        <div className="py-12 text-stone-600 dark:text-stone-400">
          {before || tag ? (
            <p>
              Nothing more here.{" "}
              <Link href="/saved" className="font-medium text-emerald-800 underline dark:text-emerald-300">
                See all saved stories
              </Link>
              .
            </p>
          ) : (
            <>
              <p className="text-lg font-medium text-stone-900 dark:text-stone-100">Nothing saved yet.</p>
              <p className="mt-2">
                Press <strong>Save</strong> on any story, in the feed or on the story itself, and it waits for you here.{" "}
                <Link href="/" className="font-medium text-emerald-800 underline dark:text-emerald-300">
                  Browse the latest stories
                </Link>
                .
              </p>
            </>
          )}
        </div>
      ) : (
        <div className="mt-4">
          {page.items.map(({ story }) => (
            <SavedItem key={story.id} storyId={story.id} storyTitle={story.title}>
              <StoryCard story={story} actions={<RemoveSavedButton />} />
            </SavedItem>
          ))}
        </div>
      )}

      {(page.nextCursor || before) && (
        <nav aria-label="Pagination" className="mt-6 flex flex-wrap justify-between gap-4">
          {before ? (
            <Link href={base} className="inline-flex min-h-11 items-center rounded-md border border-stone-300 px-4 font-medium dark:border-stone-700">
              <span aria-hidden="true">←</span>&nbsp;Newest saved
            </Link>
          ) : (
            <span />
          )}
          {page.nextCursor && (
            <Link
              href={withCursor(encodeCursor(page.nextCursor))}
              rel="next"
              className="inline-flex min-h-11 items-center rounded-md border border-stone-300 px-4 font-medium dark:border-stone-700"
            >
              Older saves&nbsp;<span aria-hidden="true">→</span>
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
