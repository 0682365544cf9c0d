import Link from "next/link";
import { AccountArea } from "@/components/account/account-area";
import { SearchForm } from "@/components/search/search-form";
import { logoPath, site } from "@/lib/site";

const nav = [
  { href: "/", label: "Latest" },
  { href: "/tags", label: "Topics" },
  { href: "/rss.xml", label: "RSS" },
];

/** The same for everyone (it is part of every cached page); AccountArea fills in the reader. */
export function SiteHeader() {
  return (
    <header className="border-b border-stone-200 dark:border-stone-800">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-4 sm:px-6">
        <Link href="/" className="flex items-center gap-2 text-xl font-bold tracking-tight">
          <svg aria-hidden="true" viewBox="0 0 24 24" className="size-7 text-emerald-700 dark:text-emerald-400">
            <path fill="currentColor" d={logoPath} />
          </svg>
          <span>{site.name}</span>
        </Link>
        {/* A full-width row of its own under the name on phones; between the name and the menu from md up. */}
        <SearchForm label="Site search" className="w-full md:w-auto md:max-w-xs md:flex-1" />
        <nav aria-label="Main">
          <ul className="flex items-center gap-1 text-sm font-medium">
            {nav.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  prefetch={item.href.endsWith(".xml") ? false : undefined}
                  className="inline-flex min-h-10 items-center rounded-md px-3 text-stone-700 hover:bg-stone-100 hover:text-stone-950 dark:text-stone-300 dark:hover:bg-stone-900 dark:hover:text-white"
                >
                  {item.label}
                </Link>
              </li>
            ))}
            <li>
              <AccountArea />
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
