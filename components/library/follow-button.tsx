"use client";

import { usePathname } from "next/navigation";
import { useMe } from "@/components/account/use-me";
import { fetcher } from "@/lib/query/fetcher";
import { queryKeys } from "@/lib/query/keys";
import { useLibraryToggle } from "./library-toggle";
import { rememberIntent } from "./pending-intent";
import { ToggleButton, ToggleSignInLink } from "./toggle-button";

/**
 * Follow / Following for one tag. Signed out, it is a link to sign in that
 * follows on the way back. `known` is what a personal page's server render
 * knew; on cached public pages the state comes from /api/me.
 */
export function FollowButton({
  tagSlug,
  tagName,
  known,
}: {
  tagSlug: string;
  tagName: string;
  known?: { signedIn: boolean; following: boolean };
}) {
  const pathname = usePathname();
  const me = useMe();
  const signedIn = known?.signedIn ?? !!me?.user;
  if (!signedIn) {
    const intent = `follow:${tagSlug}`;
    return (
      <ToggleSignInLink
        href={`/signin?callbackUrl=${encodeURIComponent(`${pathname}?intent=${encodeURIComponent(intent)}`)}`}
        label={`Follow ${tagName} (sign in first)`}
        onClick={() => rememberIntent(intent)}
      >
        <span aria-hidden="true">+</span> Follow
      </ToggleSignInLink>
    );
  }
  const initialFollowing = known?.following ?? me?.following.includes(tagSlug) ?? false;
  return <SignedInFollowButton tagSlug={tagSlug} tagName={tagName} initialFollowing={initialFollowing} />;
}

function SignedInFollowButton({ tagSlug, tagName, initialFollowing }: { tagSlug: string; tagName: string; initialFollowing: boolean }) {
  const { on, toggle, error } = useLibraryToggle({
    queryKey: queryKeys.follow(tagSlug),
    initial: initialFollowing,
    read: async () => (await fetcher<{ following: boolean }>(`/api/follows/${tagSlug}`)).following,
    write: (follow) => fetcher(`/api/follows/${tagSlug}`, { method: follow ? "PUT" : "DELETE", keepalive: true }),
  });
  return (
    <ToggleButton
      pressed={on}
      onToggle={toggle}
      label={`Follow ${tagName}`}
      error={error && `${on ? "Could not unfollow" : "Could not follow"}: ${error}`}
    >
      <span aria-hidden="true">{on ? "✓" : "+"}</span>
      {on ? "Following" : "Follow"}
    </ToggleButton>
  );
}
