// A story as readers see it. The public page and the admin preview both render
// this, so a preview is exactly the page that will go live.
import Link from "next/link";
import { FollowButton } from "@/components/library/follow-button";
import { SaveButton } from "@/components/library/save-button";
import { NewsletterCta } from "@/components/newsletter/newsletter-cta";
import type { StoryDetail } from "@/db/queries/stories";
import { formatFullDate } from "@/lib/format";
import { renderMarkdown } from "@/lib/markdown";
import { absoluteUrl } from "@/lib/site";
import { sourceKindLabels } from "@/lib/source-kinds";
import { ShareButton } from "./share-button";
import { storyBodyClass } from "./story-body";
import { StoryMeta } from "./story-meta";

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return "";
  }
}

/**
 * The admin preview passes `preview`: no Save, Share or Follow buttons there.
 * Readers' buttons learn who is reading in the browser (the page is cached).
 */
export function StoryArticle({ story, preview = false }: { story: StoryDetail; preview?: boolean }) {
  return (
  <article className="mx-auto max-w-3xl py-8 sm:py-12">
    <header className="flex flex-col gap-4">
      <StoryMeta
        primaryTag={story.primaryTag}
        publishedAt={story.publishedAt}
        dateLabel={formatFullDate(story.publishedAt)}
        readingMinutes={story.readingMinutes}
      />
      <h1 className="font-serif text-3xl leading-tight font-bold tracking-tight text-balance sm:text-5xl">
        {story.title}
      </h1>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-stone-600 dark:text-stone-400">By {story.author}</p>
        {!preview && (
          // Share comes first: without JavaScript it is an empty space, and
          // Save keeps its place at the edge either way.
          <div className="ml-auto flex items-center gap-2">
            <ShareButton title={story.title} url={absoluteUrl(`/stories/${story.slug}`)} />
            <SaveButton storyId={story.id} storyTitle={story.title} />
          </div>
        )}
      </div>
    </header>

    {story.coverUrl && (
      // Covers may be remote and of any size; a plain img keeps them simple.
      // eslint-disable-next-line @next/next/no-img-element
      <img
        src={story.coverUrl}
        alt={story.coverAlt ?? ""}
        width={1200}
        height={630}
        // The largest thing on the page: fetch it first.
        fetchPriority="high"
        className="mt-8 aspect-[40/21] w-full rounded-xl object-cover"
      />
    )}

    <section
      aria-labelledby="tldr-heading"
      className="mt-8 rounded-xl border-l-4 border-emerald-700 bg-stone-50 p-5 sm:p-6 dark:border-emerald-400 dark:bg-stone-900"
    >
      <h2 id="tldr-heading" className="text-sm font-bold tracking-wide uppercase">
        TL;DR
      </h2>
      <p className="mt-2 text-lg leading-relaxed">{story.tldr}</p>
    </section>

    <section aria-labelledby="takeaways-heading" className="mt-8">
      <h2 id="takeaways-heading" className="font-serif text-2xl font-bold">
        Key Takeaways
      </h2>
      <ol role="list" className="mt-4 flex flex-col gap-3">
        {story.takeaways.map((takeaway, i) => (
          <li key={i} className="flex gap-3">
            <span
              aria-hidden="true"
              className="flex size-7 shrink-0 items-center justify-center rounded-full bg-emerald-800 text-sm font-bold text-white dark:bg-emerald-400 dark:text-stone-950"
            >
              {i + 1}
            </span>
            <span className="pt-0.5">
              <span className="sr-only">{i + 1}. </span>
              {takeaway}
            </span>
          </li>
        ))}
      </ol>
    </section>

    <div
      className={`mt-10 ${storyBodyClass}`}
      dangerouslySetInnerHTML={{ __html: renderMarkdown(story.body) }}
    />

    {story.sources.length > 0 && (
      <section
        aria-labelledby="evidence-heading"
        className="mt-10 rounded-xl border border-stone-200 p-5 sm:p-6 dark:border-stone-800"
      >
        <h2 id="evidence-heading" className="font-serif text-xl font-bold">
          Evidence
        </h2>
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          Where this story comes from, so you can judge the claim for yourself.
        </p>
        <ul className="mt-4 flex flex-col gap-4">
          {story.sources.map((source, i) => (
            <li key={i} className="flex flex-col gap-1">
              <span className="w-fit rounded bg-emerald-50 px-2 py-0.5 text-xs font-semibold tracking-wide text-emerald-900 uppercase dark:bg-emerald-950 dark:text-emerald-200">
                {sourceKindLabels[source.kind]}
              </span>
              <a
                href={source.url}
                rel="noopener noreferrer"
                className="font-medium break-words text-emerald-800 underline underline-offset-2 dark:text-emerald-300"
              >
                {source.title}
              </a>
              <span className="text-sm break-all text-stone-600 dark:text-stone-400">{hostOf(source.url)}</span>
            </li>
          ))}
        </ul>
      </section>
    )}

    <footer className="mt-10 flex flex-col gap-3">
      <h2 className="text-sm font-bold tracking-wide uppercase">Tags</h2>
      <ul aria-label="Story tags" className="flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:gap-4">
        {story.tags.map((tag) => (
          <li key={tag.slug} className="flex items-center gap-2">
            <Link
              href={`/tags/${tag.slug}`}
              className="inline-flex min-h-9 items-center rounded-full border border-stone-300 px-3 text-sm font-medium hover:border-emerald-700 hover:text-emerald-800 dark:border-stone-700 dark:hover:border-emerald-400 dark:hover:text-emerald-300"
            >
              {tag.name}
            </Link>
            {!preview && <FollowButton tagSlug={tag.slug} tagName={tag.name} />}
          </li>
        ))}
      </ul>
    </footer>

    <NewsletterCta />
  </article>
  );
}
