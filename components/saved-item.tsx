"use client";

// One entry on /saved with its Remove button. Removing hides the entry at once;
// if the server refuses, it comes back with the reason.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { fetcher } from "@/lib/query/fetcher";
import { queryKeys } from "@/lib/query/keys";

export function SavedItem({ storyId, storyTitle, children }: { storyId: number; storyTitle: string; children: React.ReactNode }) {
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: () => fetcher(`/api/bookmarks/${storyId}`, { method: "DELETE" }),
    onMutate: () => setError(null),
    onSuccess: () => queryClient.setQueryData(queryKeys.bookmark(storyId), false),
    onError: (err) => setError(err.message),
  });
  if (remove.isSuccess || remove.isPending) {
    return (
      <p role="status" className="border-b border-stone-200 py-4 text-sm text-stone-600 dark:border-stone-800 dark:text-stone-400">
        Removed “{storyTitle}”.
      </p>
    );
  }
  return (
    <div>
      {children}
      <div className="-mt-3 flex flex-wrap items-center justify-end gap-2 pb-4">
        {error && (
          <span role="alert" className="text-sm text-red-800 dark:text-red-300">
            Could not remove it: {error}
          </span>
        )}
        <button
          type="button"
          onClick={() => remove.mutate()}
          aria-label={`Remove “${storyTitle}” from Saved`}
          className="inline-flex min-h-9 items-center rounded-full border border-stone-300 px-3 text-sm font-medium hover:border-red-700 hover:text-red-800 dark:border-stone-600 dark:hover:border-red-400 dark:hover:text-red-300"
        >
          Remove
        </button>
      </div>
    </div>
  );
}
