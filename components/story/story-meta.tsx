import Link from "next/link";
import type { TagRef } from "@/db/queries/stories";
import { formatReadingTime } from "@/lib/format";

/** "RESEARCH · Thursday, April 9, 2026 · 2 min read" — the line above every title. */
export function StoryMeta({
  primaryTag,
  publishedAt,
  dateLabel,
  readingMinutes,
}: {
  primaryTag: TagRef;
  publishedAt: Date;
  dateLabel: string;
  readingMinutes: number;
}) {
  return (
    <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-stone-600 dark:text-stone-400">
      <Link
        href={`/tags/${primaryTag.slug}`}
        className="inline-flex min-h-6 items-center font-semibold tracking-wide text-emerald-800 uppercase hover:underline dark:text-emerald-400"
      >
        {primaryTag.name}
      </Link>
      <span aria-hidden="true">·</span>
      <time dateTime={publishedAt.toISOString()}>{dateLabel}</time>
      <span aria-hidden="true">·</span>
      <span>{formatReadingTime(readingMinutes)}</span>
    </p>
  );
}
