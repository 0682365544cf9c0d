import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StoryArticle } from "@/components/story/story-article";
import { getDb } from "@/db/client";
import { getPreview } from "@/lib/story-preview";
import { requireAdminPage } from "@/lib/auth/guards";
import { readingMinutes } from "@/lib/reading-time";

export const metadata: Metadata = { title: "Preview · Admin", robots: { index: false, follow: false } };

type Props = { params: Promise<{ previewId: string }> };

/** The story page as it will go live, from the editor's unsaved text. Only its admin can open it. */
export default async function StoryPreviewPage({ params }: Props) {
  const { previewId } = await params;
  const admin = await requireAdminPage();
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(previewId)) notFound();
  const preview = await getPreview(getDb(), previewId, admin.id);
  if (!preview) notFound();
  const { input, tags } = preview;
  const when = input.publishAt ? new Date(input.publishAt) : preview.createdAt;

  return (
    <>
      <div role="note" className="mx-auto mt-6 max-w-3xl rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-100">
        <strong>Preview.</strong> This is how the story will look; readers cannot see this page.
        {input.storyId && (
          <>
            {" "}
            <Link href={`/admin/stories/${input.storyId}`} className="underline">
              Back to the editor
            </Link>
          </>
        )}
      </div>
      <StoryArticle
        preview
        story={{
          id: input.storyId ?? 0,
          slug: input.slug,
          title: input.title,
          tldr: input.tldr,
          takeaways: input.takeaways,
          body: input.body,
          author: input.author,
          publishedAt: when,
          updatedAt: preview.createdAt,
          readingMinutes: readingMinutes(input.body),
          primaryTag: tags[0] ?? { slug: "", name: "" },
          tags,
          coverUrl: input.coverUrl || null,
          coverAlt: input.coverAlt || null,
          sources: input.sources,
        }}
      />
    </>
  );
}
