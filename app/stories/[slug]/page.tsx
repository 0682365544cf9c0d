import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { StoryArticle } from "@/components/story/story-article";
import { StoryCard } from "@/components/story/story-card";
import { JsonLd } from "@/components/ui/json-ld";
import { getDb } from "@/db/client";
import { getPublishedStoryBySlug, listRelatedStories } from "@/db/queries/stories";
import { pageMetadata } from "@/lib/metadata";
import { slugSchema } from "@/lib/schemas/story";
import { shareCardSize, storyCardPath } from "@/lib/share-card";
import { absoluteUrl, site } from "@/lib/site";

// Cached for everyone, rendered on first request (not at build time). Any
// write to stories or tags revalidates it at once (server/page-cache/handler.mjs);
// the timer is only a backstop.
export const revalidate = 300;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

/** One lookup per request, shared by the metadata and the page. */
const getStory = cache(async (slug: string) => {
  const parsed = slugSchema.safeParse(slug);
  return parsed.success ? getPublishedStoryBySlug(getDb(), parsed.data) : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const story = await getStory((await params).slug);
  if (!story) return { title: "Story not found" };
  const meta = pageMetadata({
    title: story.title,
    description: story.tldr,
    path: `/stories/${story.slug}`,
    // The story's own share card, not the cover: covers come in any shape and
    // carry no title, and the card is what every story looks like when shared.
    image: { url: storyCardPath(story.slug), ...shareCardSize, alt: `${story.primaryTag.name}: ${story.title} — ${site.name}` },
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
          image: [absoluteUrl(storyCardPath(story.slug)), ...(story.coverUrl ? [absoluteUrl(story.coverUrl)] : [])],
          mainEntityOfPage: { "@type": "WebPage", "@id": url },
          url,
        }}
      />
      <StoryArticle story={story} />

      {related.length > 0 && (
        <section aria-labelledby="related-heading" className="mx-auto max-w-3xl">
          <h2 id="related-heading" className="font-serif text-2xl font-bold">
            Related stories
          </h2>
          <div>
            {related.map((s) => (
              <StoryCard key={s.id} story={s} headingLevel={3} />
            ))}
          </div>
        </section>
      )}
    </>
  );
}
