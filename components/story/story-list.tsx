import Link from "next/link";
import { pagerLinkClass as pagerLink } from "@/components/ui/classes";
import type { StoryPage } from "@/db/queries/stories";
import { encodeCursor } from "@/lib/cursor";
import type { Viewer } from "@/lib/viewer";
import { StoryCard } from "./story-card";

/**
 * A page of story cards with plain-link pagination (works without JavaScript).
 * `basePath` is the list's first page; older pages add `?before=<cursor>`.
 */
export function StoryList({
  page,
  basePath,
  isFirstPage,
  emptyMessage,
  viewer,
}: {
  page: StoryPage;
  viewer?: Viewer;
  basePath: string;
  isFirstPage: boolean;
  emptyMessage: string;
}) {
  if (page.stories.length === 0) {
    return (
      <div className="py-12 text-stone-600 dark:text-stone-400">
        <p>{emptyMessage}</p>
        {!isFirstPage && (
          <p className="mt-4">
            <Link href={basePath} className="font-medium text-emerald-800 underline dark:text-emerald-400">
              Back to the newest stories
            </Link>
          </p>
        )}
      </div>
    );
  }
  return (
    <>
      <div>
        {page.stories.map((story) => (
          <StoryCard key={story.id} story={story} viewer={viewer} />
        ))}
      </div>
      {(page.nextCursor || !isFirstPage) && (
        <nav aria-label="Pagination" className="mt-6 flex flex-wrap justify-between gap-4">
          {!isFirstPage ? (
            <Link href={basePath} className={pagerLink}>
              <span aria-hidden="true">←</span> Newest stories
            </Link>
          ) : (
            <span />
          )}
          {page.nextCursor && (
            <Link
              href={`${basePath}?before=${encodeCursor(page.nextCursor)}`}
              rel="next"
              className={pagerLink}
            >
              Older stories <span aria-hidden="true">→</span>
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
