"use client";

// The look and behaviour shared by Save and Follow: a pill that is pressed or
// not (aria-pressed), an error beside it when the server refused, and, for
// signed-out readers, the same pill as a link to sign in.
import Link from "next/link";

// At least 44 px tall where the pointer is a finger.
const base = "inline-flex min-h-9 pointer-coarse:min-h-11 items-center gap-1.5 rounded-full border px-3 text-sm font-medium transition-colors";
const off =
  "border-stone-300 text-stone-700 hover:border-emerald-700 hover:text-emerald-800 dark:border-stone-600 dark:text-stone-300 dark:hover:border-emerald-400 dark:hover:text-emerald-300";
const on = "border-emerald-800 bg-emerald-800 text-white dark:border-emerald-400 dark:bg-emerald-400 dark:text-stone-950";
/** The unpressed pill, for buttons that sit beside Save and Follow (Share). */
export const pillButtonClass = `${base} ${off}`;

export function ToggleButton({
  pressed,
  onToggle,
  label,
  error,
  children,
}: {
  pressed: boolean;
  onToggle: () => void;
  /** The accessible name, the same pressed or not (the state is aria-pressed). */
  label: string;
  error: string | null;
  children: React.ReactNode;
}) {
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button type="button" aria-pressed={pressed} aria-label={label} onClick={onToggle} className={`${base} ${pressed ? on : off}`}>
        {children}
      </button>
      {error && (
        <span role="alert" className="text-sm text-red-800 dark:text-red-300">
          {error}
        </span>
      )}
    </span>
  );
}

export function ToggleSignInLink({ href, label, onClick, children }: { href: string; label: string; onClick: () => void; children: React.ReactNode }) {
  return (
    // Not prefetched: a feed page has twenty of these, all to the same sign-in page.
    <Link href={href} prefetch={false} className={`${base} ${off}`} aria-label={label} onClick={onClick}>
      {children}
    </Link>
  );
}
