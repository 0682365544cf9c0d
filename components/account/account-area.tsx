"use client";

// The header's last item: "Sign in", or the account menu once /api/me says who
// is reading. Every page's HTML is the signed-out one (public pages are cached
// and shared by everyone), so the menu is never in it.
import { SignInLink } from "./sign-in-link";
import { useMe } from "./use-me";
import { UserMenu } from "./user-menu";

export function AccountArea() {
  const me = useMe();
  if (me?.user) return <UserMenu user={me.user} />;
  return (
    <SignInLink className="inline-flex min-h-10 items-center rounded-md bg-emerald-800 px-3 font-semibold text-white hover:bg-emerald-900 dark:bg-emerald-400 dark:text-stone-950 dark:hover:bg-emerald-300" />
  );
}
