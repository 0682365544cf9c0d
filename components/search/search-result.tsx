import Link from "next/link";
import { SaveButton } from "@/components/library/save-button";
import { StoryMeta } from "@/components/story/story-meta";
import { TagList } from "@/components/story/tag-list";
import type { SearchHit } from "@/db/queries/search";
import { excerpt, formatShortDate } from "@/lib/format";
import type { Viewer } from "@/lib/viewer";
import { HighlightedText, markClass } from "./highlighted-text";

/** A story card whose title and passage show where the reader's words matched. */
export function SearchResult({ hit, viewer }: { hit: SearchHit; viewer: Viewer }) {
  return (
    <article className="flex flex-col gap-3 border-b border-stone-200 py-6 last:border-b-0 dark:border-stone-800">
      <StoryMeta
        primaryTag={hit.primaryTag}
        publishedAt={hit.publishedAt}
        dateLabel={formatShortDate(hit.publishedAt)}
        readingMinutes={hit.readingMinutes}
      />
      <h3 className="font-serif text-xl leading-snug font-bold text-balance sm:text-2xl">
        <Link href={`/stories/${hit.slug}`} className="hover:text-emerald-800 hover:underline dark:hover:text-emerald-300">
          <HighlightedText text={hit.titleHighlighted} />
        </Link>
      </h3>
      <p className="text-stone-700 dark:text-stone-300">
        {hit.snippet ? <HighlightedText text={hit.snippet} /> : excerpt(hit.tldr)}
      </p>
      {hit.matchedTags.length > 0 && (
        <p className="text-sm text-stone-600 dark:text-stone-400">
          {hit.matchedTags.length === 1 ? "Topic" : "Topics"}:{" "}
          {hit.matchedTags.map((tag, i) => (
            <span key={tag.slug}>
              {i > 0 && ", "}
              <mark className={markClass}>{tag.name}</mark>
            </span>
          ))}
        </p>
      )}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <TagList tags={hit.tags} label={`Tags for ${hit.title}`} />
        <SaveButton storyId={hit.id} storyTitle={hit.title} known={{ signedIn: viewer.signedIn, saved: viewer.saved.has(hit.id) }} />
      </div>
    </article>
  );
}
