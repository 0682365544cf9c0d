import type { Metadata } from "next";
import { z } from "zod";
import Link from "next/link";
import { SearchForm } from "@/components/search/search-form";
import { SearchResult } from "@/components/search/search-result";
import { pagerLinkClass as pagerLink } from "@/components/ui/classes";
import { getDb } from "@/db/client";
import { SEARCH_MAX_PAGE, searchStories, type SearchPage } from "@/db/queries/search";
import { firstParam } from "@/lib/cursor";
import { pageMetadata } from "@/lib/metadata";
import { normalizeQuery, parseQuery } from "@/lib/search-query";
import { getViewer, signedOutViewer } from "@/lib/viewer";

// Results depend on the clock (scheduled stories) and on the query.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// A page number past the last, or not a number at all, shows the first page.
const pageNumber = z.coerce.number().int().min(1).max(SEARCH_MAX_PAGE).catch(1);

async function readParams(searchParams: Props["searchParams"]) {
  const params = await searchParams;
  return { q: normalizeQuery(firstParam(params.q) ?? ""), pageNo: pageNumber.parse(firstParam(params.page) ?? 1) };
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = await readParams(searchParams);
  return {
    ...pageMetadata({
      title: q ? `Search: ${q}` : "Search",
      description: "Search every AI Wins story by title, summary, takeaways, text and topic.",
      path: "/search",
    }),
    // Result pages are endless and thin; crawlers should follow them, not index them.
    robots: { index: false, follow: true },
  };
}

function resultCount(page: SearchPage): string {
  if (page.capped) return `More than ${page.total.toLocaleString("en-US")} stories match`;
  return page.total === 1 ? "1 story matches" : `${page.total.toLocaleString("en-US")} stories match`;
}

export default async function SearchPageRoute({ searchParams }: Props) {
  const { q, pageNo } = await readParams(searchParams);
  const terms = parseQuery(q);
  const page = terms.length > 0 ? await searchStories(getDb(), terms, { page: pageNo }) : null;
  const viewer = page?.hits.length ? await getViewer({ storyIds: page.hits.map((h) => h.id) }) : signedOutViewer;
  const firstPage = `/search?q=${encodeURIComponent(q)}`;

  return (
    <div className="mx-auto max-w-3xl py-8 sm:py-10">
      <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">Search</h1>
      <SearchForm label="Search the archive" defaultValue={q} autoFocus={!q} className="mt-6" />
      <p className="mt-3 text-sm text-stone-600 dark:text-stone-400">
        Put a phrase in quotes (<kbd className="font-mono">&quot;clinical trial&quot;</kbd>), or end a word with an
        asterisk to match its beginning (<kbd className="font-mono">robot*</kbd>).
      </p>

      {q && !page && (
        <p className="mt-8">
          Type a word or two to search for.
        </p>
      )}

      {page && (
        <section aria-labelledby="results-heading" className="mt-8">
          <h2 id="results-heading" className="text-lg font-semibold">
            {page.total === 0 ? (
              <>No stories match “{q}”</>
            ) : (
              <>
                {resultCount(page)} “{q}”{pageNo > 1 ? ` (page ${pageNo})` : ""}
              </>
            )}
          </h2>
          {page.total === 0 ? (
            <div className="mt-4 flex flex-col gap-2 text-stone-700 dark:text-stone-300">
              <p>Check the spelling, try fewer or more general words, or end a word with * to match more.</p>
              <p>
                Or browse by{" "}
                <Link href="/tags" className="font-medium text-emerald-800 underline dark:text-emerald-400">
                  topic
                </Link>
                .
              </p>
            </div>
          ) : page.hits.length === 0 ? (
            <p className="mt-4">
              That is every result.{" "}
              <Link href={firstPage} className="font-medium text-emerald-800 underline dark:text-emerald-400">
                Back to the best matches
              </Link>
            </p>
          ) : (
            <div>
              {page.hits.map((hit) => (
                <SearchResult key={hit.id} hit={hit} viewer={viewer} />
              ))}
            </div>
          )}
          {(page.nextPage || pageNo > 1) && (
            <nav aria-label="Pagination" className="mt-6 flex flex-wrap justify-between gap-4">
              {pageNo > 1 ? (
                <span className="flex flex-wrap gap-4">
                  {pageNo > 2 && (
                    <Link href={firstPage} className={pagerLink}>
                      Best matches
                    </Link>
                  )}
                  <Link href={pageNo === 2 ? firstPage : `${firstPage}&page=${pageNo - 1}`} rel="prev" className={pagerLink}>
                    <span aria-hidden="true">←</span> Previous
                  </Link>
                </span>
              ) : (
                <span />
              )}
              {page.nextPage && (
                <Link href={`${firstPage}&page=${page.nextPage}`} rel="next" className={pagerLink}>
                  More results <span aria-hidden="true">→</span>
                </Link>
              )}
            </nav>
          )}
        </section>
      )}
    </div>
  );
}
