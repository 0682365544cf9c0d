import Link from "next/link";
import { SaveButton } from "@/components/library/save-button";
import type { StoryCard as StoryCardData } from "@/db/queries/stories";
import { excerpt, formatShortDate } from "@/lib/format";
import type { Viewer } from "@/lib/viewer";
import { StoryMeta } from "./story-meta";
import { TagList } from "./tag-list";

export function StoryCard({
  story,
  viewer,
  headingLevel = 2,
  actions,
}: {
  story: StoryCardData;
  /** What a personal page's server render knows; cached public pages leave it to the browser. */
  viewer?: Viewer;
  headingLevel?: 2 | 3;
  /** Replaces the Save button, e.g. with Remove on /saved. */
  actions?: React.ReactNode;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="flex flex-col gap-3 border-b border-stone-200 py-6 last:border-b-0 dark:border-stone-800">
      <StoryMeta
        primaryTag={story.primaryTag}
        publishedAt={story.publishedAt}
        dateLabel={formatShortDate(story.publishedAt)}
        readingMinutes={story.readingMinutes}
      />
      <Heading className="font-serif text-xl leading-snug font-bold text-balance sm:text-2xl">
        <Link href={`/stories/${story.slug}`} className="hover:text-emerald-800 hover:underline dark:hover:text-emerald-300">
          {story.title}
        </Link>
      </Heading>
      <p className="text-stone-700 dark:text-stone-300">{excerpt(story.tldr)}</p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <TagList tags={story.tags} label={`Tags for ${story.title}`} />
        {actions ?? (
          <SaveButton
            storyId={story.id}
            storyTitle={story.title}
            known={viewer && { signedIn: viewer.signedIn, saved: viewer.saved.has(story.id) }}
          />
        )}
      </div>
    </article>
  );
}
