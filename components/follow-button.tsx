"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { fetcher } from "@/lib/query/fetcher";
import { queryKeys } from "@/lib/query/keys";
import { useLibraryToggle } from "./library-toggle";
import { rememberIntent } from "./pending-intent";

const buttonClass = "inline-flex min-h-9 items-center gap-1.5 rounded-full border px-3 text-sm font-medium";
const offClass =
  "border-stone-300 text-stone-700 hover:border-emerald-700 hover:text-emerald-800 dark:border-stone-600 dark:text-stone-300 dark:hover:border-emerald-400 dark:hover:text-emerald-300";
const onClass = "border-emerald-800 bg-emerald-800 text-white dark:border-emerald-400 dark:bg-emerald-400 dark:text-stone-950";

/** Follow / Following for one tag. Signed out, it is a link to sign in that follows on the way back. */
export function FollowButton({
  tagSlug,
  tagName,
  initialFollowing,
  signedIn,
}: {
  tagSlug: string;
  tagName: string;
  initialFollowing: boolean;
  signedIn: boolean;
}) {
  const pathname = usePathname();
  if (!signedIn) {
    const intent = `follow:${tagSlug}`;
    const back = `${pathname}?intent=${encodeURIComponent(intent)}`;
    return (
      <Link
        href={`/signin?callbackUrl=${encodeURIComponent(back)}`}
        onClick={() => rememberIntent(intent)}
        className={`${buttonClass} ${offClass}`}
        aria-label={`Follow ${tagName} (sign in first)`}
      >
        <span aria-hidden="true">+</span> Follow
      </Link>
    );
  }
  return <SignedInFollowButton tagSlug={tagSlug} tagName={tagName} initialFollowing={initialFollowing} />;
}

function SignedInFollowButton({ tagSlug, tagName, initialFollowing }: { tagSlug: string; tagName: string; initialFollowing: boolean }) {
  const { on, toggle, error } = useLibraryToggle({
    queryKey: queryKeys.follow(tagSlug),
    initial: initialFollowing,
    read: async () => (await fetcher<{ following: boolean }>(`/api/follows/${tagSlug}`)).following,
    write: (follow) => fetcher(`/api/follows/${tagSlug}`, { method: follow ? "PUT" : "DELETE" }),
  });
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        aria-pressed={on}
        aria-label={`Follow ${tagName}`}
        onClick={toggle}
        className={`${buttonClass} ${on ? onClass : offClass}`}
      >
        <span aria-hidden="true">{on ? "✓" : "+"}</span>
        {on ? "Following" : "Follow"}
      </button>
      {error && (
        <span role="alert" className="text-sm text-red-800 dark:text-red-300">
          {on ? "Could not unfollow" : "Could not follow"}: {error}
        </span>
      )}
    </span>
  );
}
