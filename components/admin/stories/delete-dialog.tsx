"use client";

import { secondaryButtonClass } from "@/components/ui/classes";

/** Asks before a story is deleted for good; the editor opens it with showModal(). */
export function DeleteStoryDialog({
  ref,
  title,
  published,
  pending,
  onConfirm,
}: {
  ref: React.RefObject<HTMLDialogElement | null>;
  title: string;
  published: boolean;
  pending: boolean;
  onConfirm: () => void;
}) {
  return (
    <dialog
      ref={ref}
      aria-labelledby="delete-heading"
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl border border-stone-200 bg-white p-6 text-stone-900 backdrop:bg-stone-950/60 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
    >
      <h2 id="delete-heading" className="text-lg font-semibold">
        Delete this story?
      </h2>
      <p className="mt-2 text-sm break-words">
        “{title}” will be removed for good, with readers&apos; bookmarks of it. This cannot be undone.
        {published && " To take it off the site but keep it, unpublish it instead."}
      </p>
      <div className="mt-5 flex flex-wrap justify-end gap-3">
        <button type="button" autoFocus onClick={() => ref.current?.close()} className={secondaryButtonClass}>
          Cancel
        </button>
        <button
          type="button"
          disabled={pending}
          onClick={onConfirm}
          className="inline-flex min-h-11 items-center justify-center rounded-lg bg-red-700 px-5 font-semibold text-white hover:bg-red-800 disabled:opacity-60"
        >
          {pending ? "Deleting…" : "Delete story"}
        </button>
      </div>
    </dialog>
  );
}
