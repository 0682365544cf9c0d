"use client";

// The Tags page's interactive part: the new-tag form, the list of tags, and one
// status line that says what the last change did.
import type { DeskTag } from "@/db/queries/admin-tags";
import { CreateTagForm } from "./create-tag-form";
import { TagRow } from "./tag-row";
import { useAnnounce } from "./use-announce";

export function TagDesk({ tags }: { tags: DeskTag[] }) {
  const { notice, statusRef, announce } = useAnnounce();

  return (
    <div>
      {/* Always rendered, so screen readers announce each new message in it. */}
      <div ref={statusRef} role="status" tabIndex={-1} className="rounded-lg">
        {notice && (
          <p className="mb-8 rounded-lg border border-emerald-300 bg-emerald-50 p-3 text-sm break-words text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950/50 dark:text-emerald-100">
            {notice.text}
          </p>
        )}
      </div>
      <div className="flex flex-col gap-10">
        <section aria-labelledby="new-tag-heading" className="flex flex-col gap-4">
          <h2 id="new-tag-heading" className="text-xl font-semibold">
            New tag
          </h2>
          <CreateTagForm announce={announce} />
        </section>

        <section aria-labelledby="all-tags-heading" className="flex flex-col gap-4">
          <h2 id="all-tags-heading" className="text-xl font-semibold">
            All tags <span className="font-normal text-stone-600 dark:text-stone-400">({tags.length})</span>
          </h2>
          {tags.length === 0 ? (
            <p className="text-stone-600 dark:text-stone-400">No tags yet. Create the first one above.</p>
          ) : (
            <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 dark:divide-stone-800 dark:border-stone-800">
              {tags.map((tag) => (
                <TagRow key={tag.slug} tag={tag} allTags={tags} announce={announce} />
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}
