"use client";

import { usePathname } from "next/navigation";
import { useMe } from "@/components/account/use-me";
import { fetcher } from "@/lib/query/fetcher";
import { queryKeys } from "@/lib/query/keys";
import { isSaved } from "@/lib/query/saved-loader";
import { useLibraryToggle } from "./library-toggle";
import { rememberIntent } from "./pending-intent";
import { ToggleButton, ToggleSignInLink } from "./toggle-button";

function BookmarkIcon({ filled }: { filled: boolean }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4" fill={filled ? "currentColor" : "none"} stroke="currentColor" strokeWidth="2">
      <path d="M6 3h12v18l-6-4-6 4V3z" strokeLinejoin="round" />
    </svg>
  );
}

/**
 * Save / Saved. Signed out, it is a link to sign in that saves on the way back.
 * `known` is what a personal page's server render knew; on cached public pages
 * it is absent and the state comes from /api/me (the link shows until then).
 */
export function SaveButton({
  storyId,
  storyTitle,
  known,
}: {
  storyId: number;
  storyTitle: string;
  known?: { signedIn: boolean; saved: boolean };
}) {
  const pathname = usePathname();
  const me = useMe();
  const signedIn = known?.signedIn ?? !!me?.user;
  if (!signedIn) {
    const intent = `save:${storyId}`;
    return (
      <ToggleSignInLink
        href={`/signin?callbackUrl=${encodeURIComponent(`${pathname}?intent=${encodeURIComponent(intent)}`)}`}
        label={`Save “${storyTitle}” (sign in first)`}
        onClick={() => rememberIntent(intent)}
      >
        <BookmarkIcon filled={false} />
        Save
      </ToggleSignInLink>
    );
  }
  return <SignedInSaveButton storyId={storyId} storyTitle={storyTitle} initialSaved={known?.saved} />;
}

function SignedInSaveButton({ storyId, storyTitle, initialSaved }: { storyId: number; storyTitle: string; initialSaved?: boolean }) {
  const { on, toggle, error } = useLibraryToggle({
    queryKey: queryKeys.bookmark(storyId),
    initial: initialSaved,
    read: () => isSaved(storyId),
    write: (save) => fetcher(`/api/bookmarks/${storyId}`, { method: save ? "PUT" : "DELETE", keepalive: true }),
  });
  return (
    <ToggleButton
      pressed={on}
      onToggle={toggle}
      label={`Save “${storyTitle}”`}
      error={error && `${on ? "Could not remove it" : "Could not save it"}: ${error}`}
    >
      <BookmarkIcon filled={on} />
      {on ? "Saved" : "Save"}
    </ToggleButton>
  );
}
