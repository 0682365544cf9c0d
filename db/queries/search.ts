// Full-text search over public stories, on the FTS5 table `story_search`
// (db/migrations/0007_story_search.sql; triggers keep it in step with every
// write). Ranked by bm25 with title matches weighing most, newer first on a tie.
//
// Pages are numbered, not keyset: bm25 scores shift whenever a story is
// published (they depend on the whole archive), so a cursor holding a score
// could skip results on the next page. The ranked set is bounded
// (SEARCH_CANDIDATES), so every page costs the same ranking and sort, and an
// OFFSET within it adds nothing that grows with the archive.
import "server-only";
import { sql } from "drizzle-orm";
import type { AppDatabase } from "@/db/client";
import { stories, tags } from "@/db/schema";
import {
  MARK_END,
  MARK_START,
  MIN_STEMMED_LENGTH,
  ftsPhrase,
  indexSpelling,
  toFtsQuery,
  type SearchTerm,
} from "@/lib/search-query";
import { isPublic, listCardsByIds, type StoryCard, type TagRef } from "./stories";

export const SEARCH_PAGE_SIZE = 20;
/** Counting stops here: "1,000+ results" is all a reader needs, and it bounds the work. */
export const SEARCH_COUNT_CAP = 1_000;
/**
 * Ranking scores every candidate, so a word that is in every story would cost
 * the whole archive (120 ms at 100,000 stories). A query ranks its newest
 * matches by when they were written (story id), at most this many: exact for
 * any query that matches fewer, and 8 ms at most for one that matches all.
 */
export const SEARCH_CANDIDATES = 2_000;

// Column weights for bm25, in the table's column order: title, tldr, takeaways, body, tags.
const score = sql`bm25(story_search, 10.0, 5.0, 3.0, 1.0, 6.0)`;

export type SearchHit = StoryCard & {
  /** The title with matched words between MARK_START and MARK_END. */
  titleHighlighted: string;
  /** The best passage of the TL;DR, takeaways or body, with matched words marked; null when only the title or tags matched. */
  snippet: string | null;
  /** The story's tags whose names matched a word of the query. */
  matchedTags: TagRef[];
};

export type SearchPage = { hits: SearchHit[]; page: number; nextPage: number | null; total: number; capped: boolean };

/** The last page there can be: the candidates, 20 to a page. */
export const SEARCH_MAX_PAGE = Math.ceil(SEARCH_CANDIDATES / SEARCH_PAGE_SIZE);

function countMarks(text: string): number {
  return text.split(MARK_START).length - 1;
}

/**
 * At most this many indexed terms complete one prefix. Past it, a prefix is
 * short and common, and its stemmed form already reaches nearly all of them.
 */
export const COMPLETIONS_PER_PREFIX = 20;

/**
 * Indexed terms that start with a prefix term's last word, from the fts5vocab
 * tables of migration 0009: FTS5 stems a prefix before matching it, which can
 * change its ending ("play*" becomes "plai*" and misses "player"); see
 * ftsPhrase. A range read of the term list, a few milliseconds at 100,000 stories.
 */
async function completionsFor(
  db: AppDatabase,
  vocabulary: "story_search_terms" | "tag_search_terms",
  term: SearchTerm,
): Promise<string[]> {
  const last = term.words.at(-1);
  if (!term.prefix || !last) return [];
  const start = indexSpelling(last);
  if (Array.from(start).length < MIN_STEMMED_LENGTH) return [];
  const rows = await db.all<{ term: string }>(sql`
    SELECT term FROM ${sql.identifier(vocabulary)}
    WHERE term >= ${start} AND term < ${start + "\u{10FFFF}"}
    LIMIT ${COMPLETIONS_PER_PREFIX}`);
  return rows.map((r) => r.term);
}

/** Tags whose names match a term (at most 50: a short prefix can match many). */
async function tagsMatching(db: AppDatabase, term: SearchTerm): Promise<{ id: number; slug: string }[]> {
  const completions = await completionsFor(db, "tag_search_terms", term);
  return db.all<{ id: number; slug: string }>(sql`
    SELECT ${tags.id} AS id, ${tags.slug} AS slug FROM tag_search JOIN ${tags} ON ${tags.id} = tag_search.rowid
    WHERE tag_search MATCH ${ftsPhrase(term, completions)} LIMIT 50`);
}

/** One page of public stories matching the reader's terms (from lib/search-query's parseQuery). */
export async function searchStories(
  db: AppDatabase,
  terms: SearchTerm[],
  {
    page = 1,
    limit = SEARCH_PAGE_SIZE,
    now = new Date(),
    candidates = SEARCH_CANDIDATES,
  }: { page?: number; limit?: number; now?: Date; candidates?: number } = {},
): Promise<SearchPage> {
  const [tagsByTerm, completions] = await Promise.all([
    Promise.all(terms.map((term) => tagsMatching(db, term))),
    Promise.all(terms.map((term) => completionsFor(db, "story_search_terms", term))),
  ]);
  const match = toFtsQuery(
    terms,
    tagsByTerm.map((found) => found.map((t) => t.id)),
    completions,
  );
  if (!match) return { hits: [], page, nextPage: null, total: 0, capped: false };
  const matchedSlugs = new Set(tagsByTerm.flat().map((t) => t.slug));

  const visible = sql`JOIN ${stories} INDEXED BY stories_visibility_idx ON ${stories.id}`;
  const rows = await db.all<{ id: number; score: number; publishedAt: number }>(sql`
    WITH candidates AS (
      SELECT rowid AS id, ${score} AS score FROM story_search
      WHERE story_search MATCH ${match}
      ORDER BY rowid DESC LIMIT ${candidates}
    )
    SELECT candidates.id, candidates.score, ${stories.publishedAt} AS publishedAt
    FROM candidates ${visible} = candidates.id
    WHERE ${isPublic(now)}
    ORDER BY candidates.score, ${stories.publishedAt} DESC, ${stories.id} DESC
    LIMIT ${limit + 1} OFFSET ${(page - 1) * limit}`);
  const [{ total }] = (await db.all<{ total: number }>(sql`
    SELECT count(*) AS total FROM (
      SELECT 1 FROM story_search ${visible} = story_search.rowid
      WHERE story_search MATCH ${match} AND ${isPublic(now)}
      LIMIT ${SEARCH_COUNT_CAP + 1}
    )`)) as [{ total: number }];

  const found = rows.slice(0, limit);
  const nextPage = rows.length > limit ? page + 1 : null;
  const counted = { total: Math.min(total, SEARCH_COUNT_CAP), capped: total > SEARCH_COUNT_CAP };
  if (found.length === 0) return { hits: [], page, nextPage: null, ...counted };

  const ids = found.map((r) => r.id);
  // Snippets only for this page: computing them for every match would cost far more than ranking.
  const passages = await db.all<{ id: number; title: string; tldr: string; takeaways: string; body: string }>(sql`
    SELECT rowid AS id,
      highlight(story_search, 0, ${MARK_START}, ${MARK_END}) AS title,
      snippet(story_search, 1, ${MARK_START}, ${MARK_END}, '…', 28) AS tldr,
      snippet(story_search, 2, ${MARK_START}, ${MARK_END}, '…', 28) AS takeaways,
      snippet(story_search, 3, ${MARK_START}, ${MARK_END}, '…', 28) AS body
    FROM story_search
    WHERE story_search MATCH ${match} AND rowid IN (${sql.join(ids, sql`, `)})`);
  const byId = new Map(passages.map((p) => [p.id, p]));
  const cards = await listCardsByIds(db, ids, now);

  const hits = cards.map((card): SearchHit => {
    const p = byId.get(card.id);
    const best = p
      ? [p.tldr, p.takeaways, p.body].reduce((a, b) => (countMarks(b) > countMarks(a) ? b : a))
      : "";
    return {
      ...card,
      titleHighlighted: p?.title ?? card.title,
      snippet: countMarks(best) > 0 ? best : null,
      matchedTags: card.tags.filter((t) => matchedSlugs.has(t.slug)),
    };
  });
  return { hits, page, nextPage, ...counted };
}
