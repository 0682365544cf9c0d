import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { logoPath, site } from "@/lib/site";
import { SearchForm } from "./search-form";
import { SignInLink } from "./sign-in-link";
import { UserMenu } from "./user-menu";

const nav = [
  { href: "/", label: "Latest" },
  { href: "/tags", label: "Topics" },
  { href: "/rss.xml", label: "RSS" },
];

export async function SiteHeader() {
  const user = await getCurrentUser();
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
              {user ? (
                <UserMenu user={user} />
              ) : (
                <SignInLink className="inline-flex min-h-10 items-center rounded-md bg-emerald-800 px-3 font-semibold text-white hover:bg-emerald-900 dark:bg-emerald-400 dark:text-stone-950 dark:hover:bg-emerald-300" />
              )}
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
