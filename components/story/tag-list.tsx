import Link from "next/link";
import type { TagRef } from "@/db/queries/stories";

/** A story's tags as chips, each linking to its tag page. */
export function TagList({ tags, label = "Tags" }: { tags: TagRef[]; label?: string }) {
  if (tags.length === 0) return null;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2">
      {tags.map((tag) => (
        <li key={tag.slug}>
          <Link
            href={`/tags/${tag.slug}`}
            className="inline-flex min-h-7 items-center rounded-full border border-stone-300 px-3 text-xs font-medium text-stone-700 hover:border-emerald-700 hover:text-emerald-800 dark:border-stone-700 dark:text-stone-300 dark:hover:border-emerald-400 dark:hover:text-emerald-300"
          >
            {tag.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
