"use client";

// The editor's requests (save with an intent, preview, delete) and what the
// form shows of their answers: errors by field, one alert and one success line.
// The server validates again and decides; the form only shows what it says,
// next to the field it concerns.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ApiError, fetcher } from "@/lib/query/fetcher";
import type { StoryDraftState, StoryFields, StoryFormStory } from "./use-story-draft";

export type Intent = "draft" | "save" | "publish" | "schedule" | "unpublish";

type WriteResponse = {
  story: { id: number; slug: string; version: number; status: StoryFormStory["status"]; publishedAt: string | null };
};

export type StoryAlert = { message: string; conflict?: boolean };

/** The success line: a notice from the page (after a new story's first save), or what the last save did. */
export type StorySuccess = { notice: string } | { intent: Intent; liveSlug: string | null };

/** Where each server field path is shown, so an error can focus its control. */
function controlIdFor(path: string): string {
  const [head, index, leaf] = path.split(".");
  if (head === "tagSlugs") return "primaryTag";
  if (head === "newTags") return "newTagName";
  if (head === "takeaways") return index ? `takeaway-${index}` : "add-takeaway";
  if (head === "sources") return index ? `source-${index}-${leaf ?? "url"}` : "add-source";
  return head ?? "title";
}

export function useStoryWrites({
  story,
  notice,
  draft,
  onDeleteFailed,
}: {
  story: StoryFormStory | null;
  notice?: string;
  draft: StoryDraftState;
  onDeleteFailed: () => void;
}) {
  const router = useRouter();
  const [saved, setSaved] = useState(story);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<StoryAlert | null>(null);
  const [success, setSuccess] = useState<StorySuccess | null>(notice ? { notice } : null);
  const [previewLink, setPreviewLink] = useState<string | null>(null);

  function clearErrors(prefix: string) {
    setErrors((all) => Object.fromEntries(Object.entries(all).filter(([path]) => path !== prefix && !path.startsWith(`${prefix}.`))));
  }

  function showErrors(error: unknown) {
    if (error instanceof ApiError) {
      const conflict = error.code === "conflict:version";
      setErrors(error.fields);
      const fieldCount = Object.keys(error.fields).length;
      setAlert({
        message:
          fieldCount > 1
            ? `Please fix the ${fieldCount} fields marked below. Nothing you typed has been lost.`
            : fieldCount === 1
              ? "Please fix the field marked below. Nothing you typed has been lost."
              : error.message,
        conflict,
      });
      const first = Object.keys(error.fields)[0];
      if (first) requestAnimationFrame(() => document.getElementById(controlIdFor(first))?.focus());
    } else {
      setErrors({});
      setAlert({ message: "The server could not be reached. Nothing you typed has been lost; try again." });
    }
  }

  const write = useMutation({
    // The payload travels with the request, so text typed while it is in flight stays "unsaved".
    mutationFn: ({ intent, payload }: { intent: Intent; payload: StoryFields }) =>
      saved
        ? fetcher<WriteResponse>(`/api/admin/stories/${saved.id}`, {
            method: "PUT",
            json: { ...payload, intent, version: saved.version },
          })
        : fetcher<WriteResponse>("/api/admin/stories", { method: "POST", json: { ...payload, intent } }),
    onMutate: () => {
      setAlert(null);
      setSuccess(null);
    },
    onSuccess: ({ story: result }, { intent, payload }) => {
      setErrors({});
      // The publish-time field shows the saved schedule, or nothing.
      const savedPublishAt = result.status === "scheduled" ? result.publishedAt : null;
      draft.markSaved({ ...payload, publishAt: savedPublishAt });
      if (!saved) {
        // The new story's own page takes over; it shows what just happened.
        router.replace(`/admin/stories/${result.id}?done=${intent}`);
        return;
      }
      setSaved({ ...saved, ...result, title: payload.title });
      draft.set({ publishAt: savedPublishAt });
      setSuccess({ intent, liveSlug: result.status === "published" ? result.slug : null });
      router.refresh();
    },
    onError: showErrors,
  });

  const preview = useMutation({
    mutationFn: () =>
      fetcher<{ preview: { url: string } }>("/api/admin/previews", {
        method: "POST",
        json: { ...draft.fields, storyId: saved?.id ?? null },
      }),
    onMutate: () => {
      setAlert(null);
      setPreviewLink(null);
    },
    onSuccess: ({ preview: { url } }) => {
      setErrors({});
      // Opened from the click that asked for it; a blocked pop-up gets a link instead.
      const opened = window.open(url, "_blank");
      if (!opened) setPreviewLink(url);
    },
    onError: showErrors,
  });

  const remove = useMutation({
    mutationFn: () => fetcher(`/api/admin/stories/${saved!.id}?version=${saved!.version}`, { method: "DELETE" }),
    onSuccess: () => {
      draft.markSaved(draft.fields);
      router.replace("/admin?deleted=1");
    },
    onError: (error) => {
      onDeleteFailed();
      showErrors(error);
    },
  });

  return {
    saved,
    status: saved?.status ?? null,
    errors,
    clearErrors,
    alert,
    success,
    previewLink,
    busy: write.isPending || preview.isPending || remove.isPending,
    pendingIntent: write.isPending ? write.variables.intent : null,
    submit: (intent: Intent) => write.mutate({ intent, payload: draft.fields }),
    preview: () => preview.mutate(),
    previewPending: preview.isPending,
    remove: () => remove.mutate(),
    removePending: remove.isPending,
  };
}
