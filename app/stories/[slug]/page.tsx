import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { JsonLd } from "@/components/json-ld";
import { NewsletterCta } from "@/components/newsletter-cta";
import { FollowButton } from "@/components/follow-button";
import { SaveButton } from "@/components/save-button";
import { StoryCard } from "@/components/story-card";
import { StoryMeta } from "@/components/story-meta";
import { getDb } from "@/db/client";
import { getPublishedStoryBySlug, listRelatedStories } from "@/db/queries/stories";
import { formatFullDate } from "@/lib/format";
import { renderMarkdown } from "@/lib/markdown";
import { pageMetadata } from "@/lib/metadata";
import { slugSchema } from "@/lib/schemas/story";
import { absoluteUrl, site } from "@/lib/site";
import { getViewer } from "@/lib/viewer";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

/** One lookup per request, shared by the metadata and the page. */
const getStory = cache(async (slug: string) => {
  const parsed = slugSchema.safeParse(slug);
  return parsed.success ? getPublishedStoryBySlug(getDb(), parsed.data) : null;
});

const sourceKindLabel = {
  paper: "Paper",
  preprint: "Preprint",
  announcement: "Announcement",
  news: "News",
  dataset: "Dataset",
} as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const story = await getStory((await params).slug);
  if (!story) return { title: "Story not found" };
  const meta = pageMetadata({
    title: story.title,
    description: story.tldr,
    path: `/stories/${story.slug}`,
    image: story.coverUrl ? { url: story.coverUrl, alt: story.coverAlt ?? "" } : null,
  });
  return {
    ...meta,
    authors: [{ name: story.author }],
    keywords: story.tags.map((t) => t.name),
    openGraph: {
      ...meta.openGraph,
      type: "article",
      publishedTime: story.publishedAt.toISOString(),
      modifiedTime: story.updatedAt.toISOString(),
      authors: [story.author],
      section: story.primaryTag.name,
      tags: story.tags.map((t) => t.name),
    },
  };
}

export default async function StoryPage({ params }: Props) {
  const story = await getStory((await params).slug);
  if (!story) notFound();
  const related = await listRelatedStories(getDb(), story);
  const viewer = await getViewer({ storyIds: [story.id, ...related.map((r) => r.id)], follows: true });
  const url = absoluteUrl(`/stories/${story.slug}`);

  return (
    <>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "NewsArticle",
          headline: story.title,
          description: story.tldr,
          datePublished: story.publishedAt.toISOString(),
          dateModified: story.updatedAt.toISOString(),
          author: [{ "@type": "Person", name: story.author }],
          publisher: {
            "@type": "Organization",
            name: site.name,
            url: site.url,
            logo: { "@type": "ImageObject", url: absoluteUrl("/icon.svg") },
          },
          keywords: story.tags.map((t) => t.name).join(", "),
          articleSection: story.primaryTag.name,
          image: [absoluteUrl(story.coverUrl ?? "/opengraph-image")],
          mainEntityOfPage: { "@type": "WebPage", "@id": url },
          url,
        }}
      />
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
            <SaveButton
              storyId={story.id}
              storyTitle={story.title}
              initialSaved={viewer.saved.has(story.id)}
              signedIn={viewer.signedIn}
            />
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
          className="prose prose-stone mt-10 max-w-none prose-headings:font-serif prose-a:text-emerald-800 prose-img:rounded-xl sm:prose-lg dark:prose-invert dark:prose-a:text-emerald-300"
          dangerouslySetInnerHTML={{ __html: renderMarkdown(story.body) }}
        />

        {story.sources.length > 0 && (
          <section aria-labelledby="sources-heading" className="mt-10">
            <h2 id="sources-heading" className="font-serif text-xl font-bold">
              Sources
            </h2>
            <ul className="mt-3 flex flex-col gap-2">
              {story.sources.map((source) => (
                <li key={source.url} className="text-stone-700 dark:text-stone-300">
                  <span className="mr-2 rounded bg-stone-100 px-2 py-0.5 text-xs font-semibold uppercase dark:bg-stone-800">
                    {sourceKindLabel[source.kind]}
                  </span>
                  <a
                    href={source.url}
                    rel="noopener noreferrer"
                    className="text-emerald-800 underline underline-offset-2 dark:text-emerald-300"
                  >
                    {source.title}
                  </a>
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
                <FollowButton
                  tagSlug={tag.slug}
                  tagName={tag.name}
                  initialFollowing={viewer.following.has(tag.slug)}
                  signedIn={viewer.signedIn}
                />
              </li>
            ))}
          </ul>
        </footer>

        <NewsletterCta />
      </article>

      {related.length > 0 && (
        <section aria-labelledby="related-heading" className="mx-auto max-w-3xl">
          <h2 id="related-heading" className="font-serif text-2xl font-bold">
            Related stories
          </h2>
          <div>
            {related.map((s) => (
              <StoryCard key={s.id} story={s} viewer={viewer} headingLevel={3} />
            ))}
          </div>
        </section>
      )}
    </>
  );
}
