"use client";

// The editor's buttons. Which ones show depends on the saved story's status;
// each save says what it does (draft, publish, schedule, unpublish).
import { useEffect } from "react";
import { primaryButtonClass, secondaryButtonClass } from "@/components/ui/classes";
import type { DeskStatus } from "@/db/queries/admin-stories";
import type { Intent } from "./use-story-writes";

export function ActionBar({
  status,
  busy,
  pendingIntent,
  previewPending,
  onSubmit,
  onPreview,
  onDelete,
}: {
  /** The saved story's status; null for a story not saved yet. */
  status: DeskStatus | null;
  busy: boolean;
  pendingIntent: Intent | null;
  previewPending: boolean;
  onSubmit: (intent: Intent) => void;
  onPreview: () => void;
  onDelete: () => void;
}) {
  // The bar sticks to the bottom on wider screens; keep focused fields from hiding under it.
  useEffect(() => {
    const root = document.documentElement;
    root.style.scrollPaddingBottom = "6rem";
    return () => {
      root.style.scrollPaddingBottom = "";
    };
  }, []);

  function actionButton(intent: Intent, label: string, primary = false) {
    return (
      <button type="button" onClick={() => onSubmit(intent)} disabled={busy} className={primary ? primaryButtonClass : secondaryButtonClass}>
        {pendingIntent === intent ? "Working…" : label}
      </button>
    );
  }

  return (
    <div className="flex flex-wrap gap-3 border-t border-stone-200 py-3 sm:sticky sm:bottom-0 sm:z-10 sm:rounded-xl sm:border sm:bg-white/95 sm:px-4 sm:backdrop-blur dark:border-stone-800 sm:dark:bg-stone-950/95">
      {!status && actionButton("draft", "Save draft", true)}
      {status === "draft" && actionButton("save", "Save draft", true)}
      {(status === "scheduled" || status === "published") && actionButton("save", status === "published" ? "Update" : "Save", true)}
      <button type="button" onClick={onPreview} disabled={busy} className={secondaryButtonClass}>
        {previewPending ? "Opening…" : "Preview"}
      </button>
      {status !== "published" && actionButton("publish", "Publish now")}
      {/* A live story is unpublished first; scheduling it would silently take it off the site. */}
      {status !== "published" && actionButton("schedule", status === "scheduled" ? "Reschedule" : "Schedule")}
      {(status === "scheduled" || status === "published") && actionButton("unpublish", "Unpublish")}
      {status && (
        <button
          type="button"
          disabled={busy}
          onClick={onDelete}
          className="inline-flex min-h-11 items-center justify-center rounded-lg border border-red-300 px-5 font-medium text-red-800 hover:bg-red-50 disabled:opacity-60 sm:ml-auto dark:border-red-800 dark:text-red-300 dark:hover:bg-red-950"
        >
          Delete
        </button>
      )}
    </div>
  );
}
