import Link from "next/link";
import { site } from "@/lib/site";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-stone-200 dark:border-stone-800">
      <div className="mx-auto flex max-w-5xl flex-col gap-4 px-4 py-8 text-sm text-stone-600 sm:flex-row sm:items-center sm:justify-between sm:px-6 dark:text-stone-400">
        <p>
          <span className="font-semibold text-stone-900 dark:text-stone-100">{site.name}</span> — {site.tagline}
        </p>
        <ul className="flex gap-4">
          <li>
            <Link href="/tags" className="underline-offset-4 hover:underline">
              Topics
            </Link>
          </li>
          <li>
            <a href="/rss.xml" className="underline-offset-4 hover:underline">
              RSS feed
            </a>
          </li>
          <li>
            <a href="/sitemap.xml" className="underline-offset-4 hover:underline">
              Sitemap
            </a>
          </li>
        </ul>
      </div>
    </footer>
  );
}
