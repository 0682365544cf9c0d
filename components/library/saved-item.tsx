"use client";

// One entry on /saved. Its Remove button sits in the card's action slot;
// removing hides the entry at once, and if the server refuses, the entry
// stays with the reason.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { createContext, useContext, useState } from "react";
import { fetcher } from "@/lib/query/fetcher";
import { queryKeys } from "@/lib/query/keys";

type Removal = { remove: () => void; error: string | null; storyTitle: string };
const RemovalContext = createContext<Removal | null>(null);

export function SavedItem({ storyId, storyTitle, children }: { storyId: number; storyTitle: string; children: React.ReactNode }) {
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const removal = useMutation({
    // keepalive: the entry is gone at once, so the reader may leave or reload before the answer.
    mutationFn: () => fetcher(`/api/bookmarks/${storyId}`, { method: "DELETE", keepalive: true }),
    onMutate: () => setError(null),
    onSuccess: () => queryClient.setQueryData(queryKeys.bookmark(storyId), false),
    onError: (err) => setError(err.message),
  });
  if (removal.isSuccess || removal.isPending) {
    return (
      // Focus moves here, since the focused Remove button is gone.
      <p
        role="status"
        tabIndex={-1}
        ref={(el) => el?.focus()}
        className="border-b border-stone-200 py-4 text-sm text-stone-600 dark:border-stone-800 dark:text-stone-400"
      >
        Removed “{storyTitle}”.
      </p>
    );
  }
  return (
    <RemovalContext.Provider value={{ remove: () => removal.mutate(), error, storyTitle }}>{children}</RemovalContext.Provider>
  );
}

export function RemoveSavedButton() {
  const removal = useContext(RemovalContext);
  if (!removal) return null;
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      {removal.error && (
        <span role="alert" className="text-sm text-red-800 dark:text-red-300">
          Could not remove it: {removal.error}
        </span>
      )}
      <button
        type="button"
        onClick={removal.remove}
        aria-label={`Remove “${removal.storyTitle}” from Saved`}
        className="inline-flex min-h-9 items-center rounded-full border border-stone-300 px-3 text-sm font-medium hover:border-red-700 hover:text-red-800 dark:border-stone-600 dark:hover:border-red-400 dark:hover:text-red-300"
      >
        Remove
      </button>
    </span>
  );
}
