"use client";

import Link from "next/link";
import { signOutAction } from "@/lib/auth/actions";
import type { Me } from "@/lib/me";
import { AccountMenu } from "./account-menu";
import { useForgetMe } from "./use-me";

const itemClass =
  "flex min-h-10 w-full items-center rounded-md px-3 text-left text-sm hover:bg-stone-100 dark:hover:bg-stone-800";

/** The signed-in reader's menu: a native disclosure. */
export function UserMenu({ user }: { user: NonNullable<Me["user"]> }) {
  const forgetMe = useForgetMe();
  const label = user.name || user.email;
  return (
    <AccountMenu className="group relative">
      <summary className="flex min-h-10 cursor-pointer list-none items-center gap-2 rounded-md px-2 hover:bg-stone-100 dark:hover:bg-stone-900 [&::-webkit-details-marker]:hidden">
        <span
          aria-hidden="true"
          className="flex size-8 items-center justify-center rounded-full bg-emerald-800 text-sm font-bold text-white uppercase dark:bg-emerald-400 dark:text-stone-950"
        >
          {label.slice(0, 1)}
        </span>
        <span className="sr-only">Account menu for {label}</span>
        {/* On phones the avatar alone: a long address would widen the page. */}
        <span aria-hidden="true" className="hidden max-w-[10rem] truncate text-sm font-medium sm:inline">
          {label}
        </span>
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-56 rounded-xl border border-stone-200 bg-white p-2 shadow-lg dark:border-stone-700 dark:bg-stone-900">
        <p className="truncate px-3 py-2 text-xs text-stone-600 dark:text-stone-400">{user.email}</p>
        <ul className="flex flex-col">
          <li>
            <Link href="/saved" className={itemClass}>
              Saved
            </Link>
          </li>
          <li>
            <Link href="/following" className={itemClass}>
              Following
            </Link>
          </li>
          <li>
            <Link href="/settings" className={itemClass}>
              Settings
            </Link>
          </li>
          {user.role === "admin" && (
            <li>
              <Link href="/admin" className={itemClass}>
                Admin
              </Link>
            </li>
          )}
          <li>
            <form action={signOutAction} onSubmit={forgetMe}>
              <button type="submit" className={itemClass}>
                Sign out
              </button>
            </form>
          </li>
        </ul>
      </div>
    </AccountMenu>
  );
}
