import type { Metadata } from "next";
import Link from "next/link";
import { StatusBadge } from "@/components/admin/stories/status-badge";
import { inputClass, labelClass, primaryButtonClass, secondaryButtonClass } from "@/components/ui/classes";
import { FormAlert } from "@/components/ui/form-alert";
import { LocalTime } from "@/components/ui/local-time";
import { getDb } from "@/db/client";
import { listStoriesForDesk } from "@/db/queries/admin-stories";
import { listTagsForDesk } from "@/db/queries/admin-tags";
import { requireAdminPage } from "@/lib/auth/guards";
import { encodeCursor, firstParam } from "@/lib/cursor";
import { deskListQuerySchema, deskStatuses } from "@/lib/schemas/admin";

export const metadata: Metadata = { title: "Stories · Admin" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const statusLabels = { draft: "Drafts", scheduled: "Scheduled", published: "Published" } as const;

export default async function AdminStoriesPage({ searchParams }: Props) {
  await requireAdminPage();
  const params = await searchParams;
  const raw = {
    status: firstParam(params.status) || undefined,
    tag: firstParam(params.tag) || undefined,
    q: firstParam(params.q) || undefined,
    cursor: firstParam(params.before) || undefined,
  };
  // A filter typed into the URL by hand that makes no sense shows everything, with a note.
  const parsed = deskListQuerySchema.safeParse(raw);
  const filter = parsed.success ? parsed.data : { status: undefined, tag: undefined, q: undefined, cursor: null };
  const db = getDb();
  const [page, tags] = await Promise.all([
    listStoriesForDesk(db, { status: filter.status, tagSlug: filter.tag, q: filter.q, before: filter.cursor }),
    listTagsForDesk(db),
  ]);
  const query = new URLSearchParams();
  if (filter.status) query.set("status", filter.status);
  if (filter.tag) query.set("tag", filter.tag);
  if (filter.q) query.set("q", filter.q);
  const filtered = query.size > 0;
  const nextHref = page.nextCursor ? `/admin?${new URLSearchParams([...query, ["before", encodeCursor(page.nextCursor)]])}` : null;

  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-6 py-8">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="font-serif text-3xl font-bold">Stories</h1>
          <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">Every story, most recently edited first.</p>
        </div>
        <Link href="/admin/stories/new" className={primaryButtonClass}>
          New story
        </Link>
      </div>

      <search>
        <form method="get" action="/admin" className="grid gap-3 sm:grid-cols-[1fr_auto_auto_auto] sm:items-end">
          <div>
            <label htmlFor="filter-q" className={labelClass}>
              Title contains
            </label>
            <input id="filter-q" name="q" type="search" defaultValue={filter.q ?? ""} maxLength={200} className={`mt-1 ${inputClass}`} />
          </div>
          <div>
            <label htmlFor="filter-status" className={labelClass}>
              Status
            </label>
            <select id="filter-status" name="status" defaultValue={filter.status ?? ""} className={`mt-1 ${inputClass}`}>
              <option value="">Any status</option>
              {deskStatuses.map((s) => (
                <option key={s} value={s}>
                  {statusLabels[s]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="filter-tag" className={labelClass}>
              Tag
            </label>
            <select id="filter-tag" name="tag" defaultValue={filter.tag ?? ""} className={`mt-1 ${inputClass}`}>
              <option value="">Any tag</option>
              {tags.map((t) => (
                <option key={t.slug} value={t.slug}>
                  {t.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={secondaryButtonClass}>
            Filter
          </button>
        </form>
      </search>
      <FormAlert tone="success" message={firstParam(params.deleted) === "1" ? "The story was deleted." : null} />
      {!parsed.success && (
        <p role="status" className="text-sm text-amber-800 dark:text-amber-300">
          That filter was not understood, so every story is shown.
        </p>
      )}

      {page.stories.length === 0 ? (
        <p className="rounded-xl border border-dashed border-stone-300 p-6 text-center text-stone-600 dark:border-stone-700 dark:text-stone-400">
          {filtered ? (
            <>
              No story matches. <Link href="/admin" className="underline">Clear the filters</Link>
            </>
          ) : (
            <>
              No stories yet. <Link href="/admin/stories/new" className="underline">Write the first one</Link>
            </>
          )}
        </p>
      ) : (
        <ul aria-label="Stories" className="divide-y divide-stone-200 rounded-xl border border-stone-200 dark:divide-stone-800 dark:border-stone-800">
          {page.stories.map((story) => (
            <li key={story.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-start sm:justify-between sm:gap-6">
              <div className="min-w-0">
                <Link
                  href={`/admin/stories/${story.id}`}
                  className="font-semibold break-words text-stone-900 underline-offset-2 hover:underline dark:text-stone-100"
                >
                  {story.title}
                </Link>
                <p className="mt-1 text-sm break-words text-stone-600 dark:text-stone-400">
                  {story.tags.map((t) => t.name).join(" · ")} — by {story.author}
                </p>
              </div>
              <div className="flex shrink-0 flex-wrap items-center gap-x-3 gap-y-1 text-sm sm:flex-col sm:items-end">
                <StatusBadge status={story.status} />
                {story.publishedAt && story.status !== "draft" ? (
                  <span className="text-stone-600 dark:text-stone-400">
                    {story.status === "scheduled" ? "Goes live " : "Published "}
                    <LocalTime iso={story.publishedAt.toISOString()} />
                  </span>
                ) : (
                  <span className="text-stone-600 dark:text-stone-400">
                    Edited <LocalTime iso={story.updatedAt.toISOString()} />
                  </span>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}

      {nextHref && (
        <Link href={nextHref} className={`${secondaryButtonClass} self-center`}>
          Older stories
        </Link>
      )}
    </div>
  );
}
