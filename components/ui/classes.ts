// Shared class names for form controls and buttons, so every form looks alike.
export const inputClass =
  "block w-full min-h-11 rounded-lg border border-stone-300 bg-white px-3 text-base text-stone-900 placeholder:text-stone-500 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100";
export const labelClass = "block text-sm font-medium text-stone-800 dark:text-stone-200";
export const primaryButtonClass =
  "inline-flex min-h-11 items-center justify-center rounded-lg bg-emerald-800 px-5 font-semibold text-white hover:bg-emerald-900 disabled:opacity-60 dark:bg-emerald-400 dark:text-stone-950 dark:hover:bg-emerald-300";
export const secondaryButtonClass =
  "inline-flex min-h-11 items-center justify-center rounded-lg border border-stone-300 px-5 font-medium hover:border-emerald-700 hover:text-emerald-800 disabled:opacity-60 dark:border-stone-600 dark:hover:border-emerald-400 dark:hover:text-emerald-300";
/** Pagination links under lists (Older stories, More results). */
export const pagerLinkClass =
  "inline-flex min-h-11 items-center gap-2 rounded-md border border-stone-300 px-4 font-medium hover:border-emerald-700 hover:text-emerald-800 dark:border-stone-700 dark:hover:border-emerald-400 dark:hover:text-emerald-300";
