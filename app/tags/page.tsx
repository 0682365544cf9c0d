import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listTagsWithCounts } from "@/db/queries/tags";
import { pageMetadata } from "@/lib/metadata";

// Cached for everyone. Any write to stories or tags revalidates it at once
// (server/page-cache/handler.mjs); the timer is only a backstop.
export const revalidate = 300;

export const metadata: Metadata = pageMetadata({
  title: "Topics",
  description: "Every topic AI Wins covers, from health and climate to accessibility and open source.",
  path: "/tags",
});

export default async function TagsPage() {
  const tags = await listTagsWithCounts(getDb());
  return (
    <div className="py-8 sm:py-10">
      <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">Topics</h1>
      <p className="mt-2 text-stone-600 dark:text-stone-400">Browse stories by what they are about.</p>
      {tags.length === 0 ? (
        <p className="mt-8 text-stone-600 dark:text-stone-400">There are no topics yet.</p>
      ) : (
        <ul className="mt-8 grid gap-4 sm:grid-cols-2">
          {tags.map((tag) => (
            <li key={tag.id}>
              <Link
                href={`/tags/${tag.slug}`}
                className="flex h-full flex-col gap-1 rounded-xl border border-stone-200 p-5 hover:border-emerald-700 dark:border-stone-800 dark:hover:border-emerald-400"
              >
                <span className="flex items-baseline justify-between gap-4">
                  <span className="text-lg font-semibold">{tag.name}</span>
                  <span className="text-sm text-stone-600 dark:text-stone-400">
                    {tag.storyCount} {tag.storyCount === 1 ? "story" : "stories"}
                  </span>
                </span>
                {tag.description && <span className="text-sm text-stone-600 dark:text-stone-400">{tag.description}</span>}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
