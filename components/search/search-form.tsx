import { inputClass } from "@/components/ui/classes";
import { MAX_QUERY_LENGTH } from "@/lib/search-query";

function SearchIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2">
      <circle cx="11" cy="11" r="7" />
      <path d="m20 20-3.5-3.5" strokeLinecap="round" />
    </svg>
  );
}

/** A plain GET form to /search: it works before (and without) JavaScript. */
export function SearchForm({
  label,
  defaultValue = "",
  className = "",
  autoFocus = false,
}: {
  /** Names the search landmark; each one on a page needs its own. */
  label: string;
  defaultValue?: string;
  className?: string;
  autoFocus?: boolean;
}) {
  return (
    <form action="/search" method="get" role="search" aria-label={label} className={`flex ${className}`}>
      <input
        type="search"
        name="q"
        defaultValue={defaultValue}
        aria-label="Search stories"
        placeholder="Search stories"
        maxLength={MAX_QUERY_LENGTH}
        autoComplete="off"
        enterKeyHint="search"
        // Only on /search itself, where typing a query is the point of the page.
        autoFocus={autoFocus}
        className={`${inputClass} min-w-0 rounded-r-none`}
      />
      <button
        type="submit"
        className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-r-lg border border-l-0 border-stone-300 bg-stone-100 px-3 text-stone-800 hover:bg-stone-200 dark:border-stone-600 dark:bg-stone-800 dark:text-stone-100 dark:hover:bg-stone-700"
      >
        <SearchIcon />
        <span className="sr-only">Search</span>
      </button>
    </form>
  );
}
