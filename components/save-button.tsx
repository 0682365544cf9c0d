"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { queryKeys } from "@/lib/query/keys";
import { fetcher } from "@/lib/query/fetcher";
import { useLibraryToggle } from "./library-toggle";
import { rememberIntent } from "./pending-intent";

const buttonClass =
  "inline-flex min-h-9 items-center gap-1.5 rounded-full border px-3 text-sm font-medium transition-colors";
const offClass =
  "border-stone-300 text-stone-700 hover:border-emerald-700 hover:text-emerald-800 dark:border-stone-600 dark:text-stone-300 dark:hover:border-emerald-400 dark:hover:text-emerald-300";
const onClass = "border-emerald-800 bg-emerald-800 text-white dark:border-emerald-400 dark:bg-emerald-400 dark:text-stone-950";

function BookmarkIcon({ filled }: { filled: boolean }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4" fill={filled ? "currentColor" : "none"} stroke="currentColor" strokeWidth="2">
      <path d="M6 3h12v18l-6-4-6 4V3z" strokeLinejoin="round" />
    </svg>
  );
}

/** Save / Saved. Signed out, it is a link to sign in that saves on the way back. */
export function SaveButton({
  storyId,
  storyTitle,
  initialSaved,
  signedIn,
}: {
  storyId: number;
  storyTitle: string;
  initialSaved: boolean;
  signedIn: boolean;
}) {
  const pathname = usePathname();
  if (!signedIn) {
    const intent = `save:${storyId}`;
    const back = `${pathname}?intent=${encodeURIComponent(intent)}`;
    return (
      <Link
        href={`/signin?callbackUrl=${encodeURIComponent(back)}`}
        onClick={() => rememberIntent(intent)}
        className={`${buttonClass} ${offClass}`}
        aria-label={`Save “${storyTitle}” (sign in first)`}
      >
        <BookmarkIcon filled={false} />
        Save
      </Link>
    );
  }
  return <SignedInSaveButton storyId={storyId} storyTitle={storyTitle} initialSaved={initialSaved} />;
}

function SignedInSaveButton({ storyId, storyTitle, initialSaved }: { storyId: number; storyTitle: string; initialSaved: boolean }) {
  const { on, toggle, error } = useLibraryToggle({
    queryKey: queryKeys.bookmark(storyId),
    initial: initialSaved,
    read: async () => (await fetcher<{ saved: boolean }>(`/api/bookmarks/${storyId}`)).saved,
    write: (save) => fetcher(`/api/bookmarks/${storyId}`, { method: save ? "PUT" : "DELETE" }),
  });
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        aria-pressed={on}
        aria-label={`Save “${storyTitle}”`}
        onClick={toggle}
        className={`${buttonClass} ${on ? onClass : offClass}`}
      >
        <BookmarkIcon filled={on} />
        {on ? "Saved" : "Save"}
      </button>
      {error && (
        <span role="alert" className="text-sm text-red-800 dark:text-red-300">
          {on ? "Could not remove it" : "Could not save it"}: {error}
        </span>
      )}
    </span>
  );
}
